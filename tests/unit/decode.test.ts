import { describe, expect, it } from 'vitest';
import { CaptureError, decodeCapture } from '../../src/tools/capture/decode.ts';

const russian = 'Свидетель рассказал, что его держали в лагере восемь месяцев без суда и следствия.';

describe('decoding raw captures', () => {
	it('refuses an empty capture', () => {
		expect(() => decodeCapture(new Uint8Array())).toThrow(/empty/);
		expect(() => decodeCapture(Buffer.from(' \n\u00a0\n'))).toThrow(/only white space/);
	});

	it('refuses a binary file', () => {
		expect(() => decodeCapture(Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0x00, 0x00]))).toThrow(/binary.*NUL byte at offset 8/);
	});

	it('decodes UTF-8 and drops a byte-order mark and CRLF line ends', () => {
		const decoded = decodeCapture(Buffer.from(`\uFEFFLine one\r\nLine “two”`));
		expect(decoded).toEqual({ text: 'Line one\nLine “two”', encoding: 'utf-8', guessed: false });
	});

	it('recognises Windows-1251 Cyrillic and decodes it correctly', () => {
		const bytes = new Uint8Array([...russian].map((ch) => (ch >= 'А' && ch <= 'я' ? ch.charCodeAt(0) - 0x410 + 0xc0 : ch.charCodeAt(0))));
		const decoded = decodeCapture(bytes);
		expect(decoded.text).toBe(russian);
		expect(decoded).toMatchObject({ encoding: 'windows-1251', guessed: true });
	});

	it('refuses bytes it cannot recognise rather than mangle them, and decodes them when told the encoding', () => {
		const latin1 = Buffer.from('Ürümqi and Kashgar: détention à la française, réfugiés, année 2019, Zürich', 'latin1');
		expect(() => decodeCapture(latin1)).toThrow(CaptureError);
		expect(() => decodeCapture(latin1)).toThrow(/not valid UTF-8 .*--encoding/);
		expect(decodeCapture(latin1, { encoding: 'windows-1252' }).text).toContain('Ürümqi');
	});

	it('follows the charset an HTML page declares', () => {
		const html = Buffer.concat([Buffer.from('<html><head><meta charset="windows-1251"></head><body><p>'), Buffer.from([0xcb, 0xe0, 0xe3, 0xe5, 0xf0, 0xfc]), Buffer.from('</p></body></html>')]);
		expect(decodeCapture(html).text).toContain('Лагерь');
	});

	it('rejects an unknown encoding name with a clear message', () => {
		expect(() => decodeCapture(Buffer.from('abc'), { encoding: 'klingon-8' })).toThrow(/not an encoding this importer knows/);
	});
});
