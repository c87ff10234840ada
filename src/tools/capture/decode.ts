/** Thrown for a capture that cannot be imported faithfully; the message says what to do. */
export class CaptureError extends Error {}

export interface DecodedCapture {
	text: string;
	/** The WHATWG label the bytes were decoded from, e.g. "utf-8", "windows-1251". */
	encoding: string;
	/** True when the encoding was guessed from the bytes rather than declared or valid UTF-8. */
	guessed: boolean;
}

const controlBytes = (bytes: Uint8Array) => {
	let count = 0;
	for (const b of bytes) if (b < 0x20 && b !== 0x09 && b !== 0x0a && b !== 0x0d && b !== 0x0c) count++;
	return count;
};

/**
 * "utf-16le" or "utf-16be" when, in the first 4 kB, many bytes at odd (or even) offsets are NUL and
 * none at the others: UTF-16 puts a NUL beside every ASCII character, binary files anywhere.
 */
function utf16Order(bytes: Uint8Array): 'utf-16le' | 'utf-16be' | undefined {
	const head = bytes.subarray(0, 4096 - (Math.min(bytes.length, 4096) % 2));
	let odd = 0;
	let even = 0;
	for (let i = 0; i < head.length; i += 2) {
		if (head[i] === 0) even++;
		if (head[i + 1] === 0) odd++;
	}
	const pairs = head.length / 2;
	if (pairs < 8) return undefined;
	return odd >= pairs / 4 && even === 0 ? 'utf-16le' : even >= pairs / 4 && odd === 0 ? 'utf-16be' : undefined;
}

function decodeStrict(bytes: Uint8Array, label: string): string {
	let decoder: TextDecoder;
	try {
		decoder = new TextDecoder(label, { fatal: true, ignoreBOM: false });
	} catch {
		throw new CaptureError(`"${label}" is not an encoding this importer knows. Use a WHATWG label such as utf-8, windows-1251 or windows-1252.`);
	}
	try {
		return decoder.decode(bytes);
	} catch {
		throw new CaptureError(`the capture is not valid ${label}. Check the encoding and pass the right one with --encoding.`);
	}
}

function firstInvalidUtf8(bytes: Uint8Array): number {
	const decoder = new TextDecoder('utf-8', { fatal: true });
	let lo = 0;
	let hi = bytes.length;
	// Binary search for the shortest invalid prefix; a truncated sequence at the cut is not an error.
	while (hi - lo > 4) {
		const mid = (lo + hi) >> 1;
		try {
			decoder.decode(bytes.subarray(0, mid), { stream: true });
			lo = mid;
		} catch {
			hi = mid;
		}
	}
	return lo;
}

/**
 * Single-byte Cyrillic text puts most letters above 0x7F, so high bytes come in runs;
 * Western single-byte text has isolated accented letters between ASCII ones.
 */
function looksLikeWindows1251(bytes: Uint8Array): boolean {
	let high = 0;
	let cyrillicRange = 0;
	let adjacent = 0;
	for (let i = 0; i < bytes.length; i++) {
		const b = bytes[i];
		if (b < 0x80) continue;
		high++;
		if (b >= 0xc0 || b === 0xa8 || b === 0xb8) cyrillicRange++;
		if ((i > 0 && bytes[i - 1] >= 0x80) || (i + 1 < bytes.length && bytes[i + 1] >= 0x80)) adjacent++;
	}
	return high >= 8 && cyrillicRange / high > 0.85 && adjacent / high > 0.6;
}

function declaredHtmlCharset(bytes: Uint8Array): string | undefined {
	const head = new TextDecoder('latin1').decode(bytes.subarray(0, 4096));
	return /<meta[^>]+charset\s*=\s*["']?([\w-]+)/i.exec(head)?.[1]?.toLowerCase();
}

/**
 * Decodes a raw capture to text, or refuses it. Never returns text with replacement
 * characters: a capture is decoded correctly or not at all.
 */
export function decodeCapture(bytes: Uint8Array, options: { encoding?: string } = {}): DecodedCapture {
	if (bytes.length === 0) throw new CaptureError('the capture is empty (0 bytes): there is nothing to import.');
	const nul = bytes.indexOf(0);
	const utf16Bom = (bytes[0] === 0xff && bytes[1] === 0xfe) || (bytes[0] === 0xfe && bytes[1] === 0xff);
	// UTF-16 puts a NUL byte beside every ASCII letter: its text is told from binary once decoded.
	const utf16 = utf16Bom || /^utf-?16/i.test(options.encoding ?? '');
	if (!utf16 && (nul !== -1 || controlBytes(bytes.subarray(0, 65536)) > 32)) {
		const order = utf16Order(bytes);
		if (order) throw new CaptureError(`the capture looks like UTF-16 text without a byte-order mark (a NUL byte beside each letter). Pass --encoding ${order} to import it.`);
		throw new CaptureError(
			`the capture looks binary${nul !== -1 ? ` (a NUL byte at offset ${nul})` : ''}, not text or HTML. Save the page as text or HTML and import that.`,
		);
	}
	let result: DecodedCapture;
	if (options.encoding) {
		result = { text: decodeStrict(bytes, options.encoding), encoding: options.encoding.toLowerCase(), guessed: false };
	} else if (utf16Bom) {
		const label = bytes[0] === 0xff ? 'utf-16le' : 'utf-16be';
		result = { text: decodeStrict(bytes, label), encoding: label, guessed: false };
	} else {
		const declared = declaredHtmlCharset(bytes);
		if (declared && declared !== 'utf-8' && declared !== 'utf8') {
			result = { text: decodeStrict(bytes, declared), encoding: declared, guessed: false };
		} else {
			try {
				result = { text: new TextDecoder('utf-8', { fatal: true }).decode(bytes), encoding: 'utf-8', guessed: false };
			} catch {
				if (looksLikeWindows1251(bytes)) {
					result = { text: decodeStrict(bytes, 'windows-1251'), encoding: 'windows-1251', guessed: true };
				} else {
					throw new CaptureError(
						`the capture is not valid UTF-8 (first bad byte near offset ${firstInvalidUtf8(bytes)}) and its encoding could not be recognised. If you know it, pass it with --encoding (e.g. --encoding windows-1252).`,
					);
				}
			}
		}
	}
	const nulChar = result.text.indexOf('\u0000');
	if (utf16 && nulChar !== -1) {
		throw new CaptureError(`the capture, decoded as ${result.encoding}, holds a NUL character at character ${nulChar}: it is binary, or not ${result.encoding}. Check the encoding, or save the page as text or HTML and import that.`);
	}
	if (result.text.replace(/^\uFEFF/, '').trim() === '') {
		throw new CaptureError('the capture holds only white space: there is nothing to import.');
	}
	result.text = result.text.replace(/^\uFEFF/, '').replace(/\r\n?/g, '\n');
	return result;
}
