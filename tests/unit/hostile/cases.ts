import { maxFileBytes } from '../../../src/schemas/common.ts';
import { captureOf, person, place, quotable, record, source, sourceFiles, testimony } from './records.ts';

/**
 * The hostile-input suite's cases, one table by class: what an archivist's slip or an attacker
 * might hand the archive, and how it must be refused. tests/unit/hostile.test.ts runs every case.
 *
 * A case's `files` are put in a temporary folder holding `archive/` (a copy of
 * tests/fixtures/valid-archive), `outside/` (a folder beside it, with secret.md and secret.txt) and
 * `captures/`; their paths are from `archive/`, so `../captures/x.txt` is a capture to import. In
 * links and command arguments, {root}, {archive}, {outside}, {captures} and {sources} (the
 * archive's content/sources) stand for those folders.
 */

/** A file a case puts in place: text or bytes, a symbolic link, a folder, a named pipe, or a file of zeros of a size (made without writing them). */
export type Entry = string | Buffer | { link: string } | { folder: true } | { pipe: true } | { size: number };

/** A case the check must refuse, naming the file and the field, while the valid records around it pass. */
export interface CheckCase {
	via: 'check';
	name: string;
	files: Record<string, Entry>;
	refused: { file: string; field: string; says: string[] };
	/** What must not reach the page when the refused record's text is rendered anyway. */
	unpublished?: RegExp[];
	/** The case replaces part of the valid archive, so it cannot share an archive with the others. */
	alone?: true;
}

/** A case for `npm run import` or `npm run new`: refused, writing nothing anywhere, or done, writing only these files. */
export interface CommandCase {
	via: 'import' | 'new';
	name: string;
	files?: Record<string, Entry>;
	args: string[];
	refused?: { says: string[] };
	written?: { files: string[]; says?: string[] };
}

export type HostileCase = CheckCase | CommandCase;

/** The words of a file a case keeps outside the archive, to see that nothing reads or writes it. */
export const secret = 'A private note that must never be published or changed.\n';

const article = (paragraphs: string[]) => ['A Report on the Camp', 'By A. Writer', '', ...paragraphs.flatMap((p) => [p, ''])].join('\n');
const prose = 'The guards woke us at five every morning and made us sing for an hour before we were given any food at all.';
/** A small capture the importer takes. */
const capture = article([prose, 'Those who refused to sing were taken away, and we did not see them again for many weeks afterwards.']);
const importArgs = (file: string, ...more: string[]) => [`{captures}/${file}`, '--url', 'https://example.org/2020/01/report/', '--publisher', 'Test Herald', ...more];
const utf16 = (text: string) => Buffer.from(text, 'utf16le');
const deepFlow = `[${'['.repeat(100_000)}${']'.repeat(100_000)}]`;
const bomb = ['a: &a ["lol","lol","lol","lol","lol","lol","lol","lol","lol"]', ...'bcdefghi'.split('').map((k, i) => `${k}: &${k} [${Array(9).fill(`*${'abcdefghi'[i]}`).join(',')}]`)].join('\n');

/** A person whose identity is withheld, for the withholding cases: her name is written with accents. */
const withheld = { 'content/people/witness-b.md': person('"Aigérim Secrétova"', 'withhold: { publicName: "Witness B", reason: "Her family is still in Xinjiang." }') };
/** A place record whose text a withholding case fills in. */
const note = 'content/places/meeting-place.md';
const notes = (body: string) => record('name: Meeting place\nkind: district', body);

export const hostileCases: Record<string, HostileCase[]> = {
	'paths and ids': [
		{ via: 'import', name: 'a slug that climbs out of content/sources, with --force', files: { 'x.md': 'precious', '../captures/a.txt': capture }, args: importArgs('a.txt', '--slug', '../../x', '--force'), refused: { says: ['--slug "../../x" is not a valid id', 'Nothing was imported'] } },
		{ via: 'import', name: 'an empty slug', files: { '../captures/a.txt': capture }, args: importArgs('a.txt', '--slug', ''), refused: { says: ['--slug "" is not a valid id: it is empty'] } },
		{ via: 'import', name: 'a slug that is a name', files: { '../captures/a.txt': capture }, args: importArgs('a.txt', '--slug', 'Kairat_Samarkan'), refused: { says: ['--slug "Kairat_Samarkan" is not a valid id', 'e.g. --slug kairat-samarkan'] } },
		{ via: 'import', name: 'a slug of 101 characters', files: { '../captures/a.txt': capture }, args: importArgs('a.txt', '--slug', 'a'.repeat(101)), refused: { says: ['--slug', 'has 101 characters, and an id has at most 100'] } },
		{ via: 'import', name: '--out pointing outside any archive', files: { '../captures/a.txt': capture }, args: importArgs('a.txt', '--out', '{outside}'), refused: { says: ['--out:', 'is not the content/sources folder of an archive'] } },
		{ via: 'import', name: '--out through a content/ folder that is a symbolic link', files: { '../captures/a.txt': capture, '../linked/content': { link: '{outside}' } }, args: importArgs('a.txt', '--out', '{root}/linked/content/sources'), refused: { says: ['--out:', 'a symbolic link'] } },
		{ via: 'import', name: 'a record path taken by a link to a file outside, with --force', files: { '../captures/a.txt': capture, 'content/sources/linked.md': { link: '{outside}/secret.md' } }, args: importArgs('a.txt', '--slug', 'linked', '--force'), refused: { says: ['[1/1] a.txt: not imported', 'linked.md is a symbolic link', 'Nothing was written'] } },
		{ via: 'import', name: 'one slug for two captures', files: { '../captures/a.txt': capture, '../captures/b.txt': capture }, args: [...importArgs('a.txt', '--slug', 'two-in-one'), '{captures}/b.txt'], refused: { says: ['--slug names one record, but 2 captures were given'] } },
		{ via: 'import', name: 'no id from an address and a headline without Latin letters', files: { '../captures/a.txt': capture }, args: ['{captures}/a.txt', '--url', 'https://example.org/%E6%96%B0%E9%97%BB/', '--publisher', 'Test Herald', '--title', '新疆报道', '--date', '2020'], refused: { says: ['[1/1] a.txt: not imported', 'no id could be made', '--slug'] } },
		{ via: 'new', name: 'an id that climbs out of content/', args: ['person', '--id', '../../x', '--root', '{archive}'], refused: { says: ['"../../x" is not a valid id', 'Nothing was written'] } },
		{ via: 'new', name: 'an empty id', args: ['person', '--id', '', '--root', '{archive}'], refused: { says: ['"" is not a valid id: it is empty'] } },
		{ via: 'new', name: 'a kind folder that is a symbolic link out of the archive', files: { 'content/organizations': { link: '{outside}' } }, args: ['organization', '--name', 'Linked Group', '--root', '{archive}'], refused: { says: ['a symbolic link', 'Nothing was written'] } },
		{ via: 'check', name: 'a relation written as a path', files: { 'content/testimonies/path-witness.md': testimony('A path as witness', quotable).replace('witness: kairat-samarkan', 'witness: ../people/kairat-samarkan') }, refused: { file: 'content/testimonies/path-witness.md', field: 'witness', says: ['"../people/kairat-samarkan" is not an id'] } },
		{ via: 'check', name: 'a file name of 101 characters', files: { [`content/people/${'b'.repeat(101)}.md`]: person('Long Named') }, refused: { file: `content/people/${'b'.repeat(101)}.md`, field: '(file)', says: ['is not a valid id: it has 101 characters'] } },
	],
	'files that are not plain files': [
		{
			via: 'check',
			name: 'a capture that is a link to a file outside, with its right hash and size',
			files: { 'content/sources/linked-capture.md': source('linked-capture', captureOf(secret)), 'content/sources/linked-capture.capture.txt': { link: '{outside}/secret.txt' } },
			refused: { file: 'content/sources/linked-capture.md', field: 'capture.file', says: ['is a symbolic link to', 'the archive reads nothing from outside it', 'replace the link with the file itself'] },
		},
		{ via: 'check', name: 'a capture that is a dangling link', files: { 'content/sources/dangling-capture.md': source('dangling-capture', captureOf(secret)), 'content/sources/dangling-capture.capture.txt': { link: '{outside}/gone.txt' } }, refused: { file: 'content/sources/dangling-capture.md', field: 'capture.file', says: ['is a symbolic link'] } },
		{ via: 'check', name: 'a capture that is a folder', files: { 'content/sources/folder-capture.md': source('folder-capture', captureOf(secret)), 'content/sources/folder-capture.capture.txt': { folder: true } }, refused: { file: 'content/sources/folder-capture.md', field: 'capture.file', says: ['it is a folder, not a capture file'] } },
		{ via: 'check', name: 'a record that is a link to a record outside', files: { '../outside/person.md': person('Outside Person'), 'content/people/linked-person.md': { link: '{outside}/person.md' } }, refused: { file: 'content/people/linked-person.md', field: '(file)', says: ['it is a symbolic link to', 'replace the link with the file itself'] } },
		{ via: 'check', name: 'a folder named like a record', files: { 'content/people/folder-person.md': { folder: true } }, refused: { file: 'content/people/folder-person.md', field: '(file)', says: ['it is a folder, not a record file', 'rename it'] } },
		{ via: 'check', name: 'a dangling link named like a record', files: { 'content/places/dangling-place.md': { link: '{outside}/gone.md' } }, refused: { file: 'content/places/dangling-place.md', field: '(file)', says: ['it is a symbolic link'] } },
		{ via: 'check', name: 'a named pipe named like a record, which a reader would wait on forever', files: { 'content/camps/pipe-camp.md': { pipe: true } }, refused: { file: 'content/camps/pipe-camp.md', field: '(file)', says: ['it is a named pipe, not a record file'] } },
		{ via: 'check', name: 'a kind folder that is a link out of the archive', alone: true, files: { '../outside/bitter-winter.md': record('name: Bitter Winter\nkind: media'), 'content/organizations': { link: '{outside}' } }, refused: { file: 'content/organizations', field: '(folder)', says: ['it is a symbolic link to', 'replace the link with the folder itself'] } },
		{ via: 'import', name: 'a capture that is a folder', files: { '../captures/folder.txt': { folder: true } }, args: importArgs('folder.txt'), refused: { says: ['[1/1] folder.txt: not imported', 'is a folder'] } },
		{ via: 'import', name: 'a capture that is not there', args: importArgs('missing.txt'), refused: { says: ['[1/1] missing.txt: not imported: no file at'] } },
	],
	sizes: [
		{ via: 'check', name: 'a capture larger than the limit', files: { 'content/sources/huge-capture.md': source('huge-capture', { sha256: 'a'.repeat(64), bytes: 1000 }), 'content/sources/huge-capture.capture.txt': { size: maxFileBytes + 1 } }, refused: { file: 'content/sources/huge-capture.md', field: 'capture.file', says: ['the capture is too large', '5.0 MB'] } },
		{ via: 'check', name: 'a record larger than the limit', files: { 'content/people/huge-person.md': { size: maxFileBytes + 1 } }, refused: { file: 'content/people/huge-person.md', field: '(file)', says: ['the record is too large', 'more than the 5.0 MB'] } },
		{ via: 'check', name: 'a capture size above the limit in the record', files: { 'content/sources/claims-huge.md': source('claims-huge', { sha256: 'b'.repeat(64), bytes: maxFileBytes + 1 }) }, refused: { file: 'content/sources/claims-huge.md', field: 'capture.bytes', says: [`more than the ${maxFileBytes} it may be`] } },
		{ via: 'import', name: 'a capture larger than the limit', files: { '../captures/huge.txt': { size: maxFileBytes + 1 } }, args: importArgs('huge.txt'), refused: { says: ['[1/1] huge.txt: not imported: the capture is too large', '5.0 MB'] } },
		{ via: 'import', name: 'one paragraph repeated 4,000 times (it never finished importing)', files: { '../captures/repeated.txt': article(Array(4000).fill(prose)) }, args: importArgs('repeated.txt', '--slug', 'repeated'), written: { files: ['content/sources/repeated.md', 'content/sources/repeated.capture.txt'], says: ['second copy of the page'] } },
	],
	encodings: [
		{ via: 'check', name: 'a record saved as UTF-16 with a byte-order mark', files: { 'content/people/utf16-person.md': Buffer.concat([Buffer.from([0xff, 0xfe]), utf16(person('Utf Sixteen'))]) }, refused: { file: 'content/people/utf16-person.md', field: '(file)', says: ['saved as UTF-16', 'save the file as UTF-8'] } },
		{ via: 'check', name: 'a record saved as UTF-16 without a byte-order mark', files: { 'content/people/utf16-bare.md': utf16(person('Utf Bare')) }, refused: { file: 'content/people/utf16-bare.md', field: '(file)', says: ['saved as UTF-16'] } },
		{ via: 'check', name: 'a NUL byte in a name', files: { 'content/people/nul-name.md': person('Nul\u0000Name') }, refused: { file: 'content/people/nul-name.md', field: 'name', says: ['U+0000, a NUL byte', 'delete it'] } },
		{ via: 'check', name: 'a NUL byte in the text', files: { 'content/people/nul-text.md': record('name: Nul Text\nroles: [activist]', 'A line with a NUL \u0000 in it.') }, refused: { file: 'content/people/nul-text.md', field: '(body)', says: ['U+0000, a NUL byte'] } },
		{ via: 'check', name: 'a C1 control character in a name', files: { 'content/people/c1-name.md': person('Cee\u0090One') }, refused: { file: 'content/people/c1-name.md', field: 'name', says: ['U+0090'] } },
		{ via: 'import', name: 'UTF-16 without a byte-order mark, with --encoding utf-16le', files: { '../captures/utf16.txt': utf16(capture) }, args: importArgs('utf16.txt', '--slug', 'utf16-report', '--encoding', 'utf-16le'), written: { files: ['content/sources/utf16-report.md', 'content/sources/utf16-report.capture.txt'], says: ['decoded as utf-16le'] } },
		{ via: 'import', name: 'UTF-16 without a byte-order mark, without --encoding', files: { '../captures/utf16.txt': utf16(capture) }, args: importArgs('utf16.txt'), refused: { says: ['[1/1] utf16.txt: not imported', 'UTF-16 text without a byte-order mark', 'Pass --encoding utf-16le'] } },
		{ via: 'import', name: 'a binary file', files: { '../captures/image.txt': Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0x00, 0x00, 0x00, 0x0d]) }, args: importArgs('image.txt'), refused: { says: ['[1/1] image.txt: not imported: the capture looks binary'] } },
		{ via: 'import', name: 'an encoding that does not exist', files: { '../captures/a.txt': capture }, args: importArgs('a.txt', '--encoding', 'klingon-8'), refused: { says: ['[1/1] a.txt: not imported', '"klingon-8" is not an encoding this importer knows'] } },
	],
	YAML: [
		{ via: 'check', name: 'the billion laughs (nested aliases)', files: { 'content/people/bomb.md': record(`name: Bomb Person\nroles: [activist]\n${bomb}`) }, refused: { file: 'content/people/bomb.md', field: '(YAML)', says: ['a YAML alias (*a)', 'write the value out in full'] } },
		{ via: 'check', name: 'a __proto__ field', files: { 'content/people/proto.md': person('Proto Person', '__proto__: { polluted: true }') }, refused: { file: 'content/people/proto.md', field: '__proto__', says: ['"__proto__" is not a field of people', 'remove it'] } },
		{ via: 'check', name: 'a constructor field inside a list entry', files: { 'content/people/ctor.md': person('Ctor Person', 'aliases:\n  - name: Ktor\n    constructor: 1') }, refused: { file: 'content/people/ctor.md', field: 'aliases[0].constructor', says: ['"constructor" is not a field of this part of people', 'remove it'] } },
		{ via: 'check', name: 'lists nested 100,000 deep', files: { 'content/people/deep.md': person('Deep Person', `aliases: ${deepFlow}`) }, refused: { file: 'content/people/deep.md', field: '(front matter)', says: ['more than 16 levels deep'] } },
		{ via: 'check', name: 'list entries nested 20,000 deep on one line', files: { 'content/people/deep-dashes.md': person('Dash Person', `aliases:\n  ${'- '.repeat(20_000)}x`) }, refused: { file: 'content/people/deep-dashes.md', field: '(front matter)', says: ['more than 16 levels deep'] } },
		{ via: 'check', name: 'a tag asking for a JavaScript function', files: { 'content/people/tag.md': person('Tag Person', 'occupation: !!js/function "function () { return 1 }"') }, refused: { file: 'content/people/tag.md', field: '(YAML)', says: ['a YAML tag', 'remove the tag'] } },
		{ via: 'check', name: 'a merge key repeating another group', files: { 'content/people/merge.md': record('base: &base { name: Merged Person, roles: [activist] }\n<<: *base') }, refused: { file: 'content/people/merge.md', field: '(YAML)', says: ['a YAML alias (*base)'] } },
		{ via: 'check', name: 'a NUL written as an escape in a quoted name', files: { 'content/people/escaped-nul.md': person('"Escaped\\0Nul"') }, refused: { file: 'content/people/escaped-nul.md', field: 'name', says: ['U+0000 (NUL character), which is not text'] } },
	],
	'URLs and links': [
		{ via: 'check', name: 'a javascript: address as a source’s url', files: sourceFiles('js-url', { url: 'javascript:alert(1)' }), refused: { file: 'content/sources/js-url.md', field: 'url', says: ['is a javascript: address', 'only web addresses'] } },
		{ via: 'check', name: 'a data: address as a source’s url', files: sourceFiles('data-url', { url: 'data:text/html,<script>alert(1)</script>' }), refused: { file: 'content/sources/data-url.md', field: 'url', says: ['is a data: address'] } },
		{ via: 'check', name: 'a source url that is no address', files: sourceFiles('no-url', { url: 'not a url' }), refused: { file: 'content/sources/no-url.md', field: 'url', says: ['is not a full web address'] } },
		{ via: 'import', name: '--url javascript:', files: { '../captures/a.txt': capture }, args: ['{captures}/a.txt', '--url', 'javascript:alert(1)', '--publisher', 'Test Herald'], refused: { says: ['--url "javascript:alert(1)" is a javascript: address', 'Nothing was imported'] } },
		{ via: 'import', name: '--url "not a url", with two captures', files: { '../captures/a.txt': capture, '../captures/b.txt': capture }, args: ['{captures}/a.txt', '{captures}/b.txt', '--url', 'not a url', '--publisher', 'Test Herald'], refused: { says: ['--url "not a url" is not a full web address', 'Nothing was imported'] } },
		{ via: 'check', name: 'an ftp: link in the text', files: { 'content/people/ftp-link.md': record('name: Ftp Link\nroles: [activist]', 'See [the files](ftp://files.example.org/report.pdf).') }, refused: { file: 'content/people/ftp-link.md', field: '(body)', says: ['links to a ftp: address', 'a link may lead only to a web page'] } },
		{ via: 'check', name: 'a data: link in the text', files: { 'content/people/data-link.md': record('name: Data Link\nroles: [activist]', '[Open](data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==)') }, refused: { file: 'content/people/data-link.md', field: '(body)', says: ['links to a data: address'] } },
		{ via: 'check', name: 'a vbscript: link in raw HTML', files: { 'content/people/vbs-link.md': record('name: Vbs Link\nroles: [activist]', 'A <a href="vbscript:msgbox(1)">link</a>.') }, refused: { file: 'content/people/vbs-link.md', field: '(body)', says: ['links to a vbscript: address'] } },
		{ via: 'check', name: 'a file: address in a link definition', files: { 'content/people/file-link.md': record('name: File Link\nroles: [activist]', 'See [the note][n].\n\n[n]: file:///etc/passwd') }, refused: { file: 'content/people/file-link.md', field: '(body)', says: ['links to a file: address'] } },
	],
	images: [
		{ via: 'check', name: 'an image from another site', files: { 'content/people/tracked.md': record('name: Tracked Person\nroles: [activist]', 'A picture: ![him](https://tracker.example/p.png)') }, refused: { file: 'content/people/tracked.md', field: '(body)', says: ['an image from another address (https://tracker.example/p.png)', 'keep images in the archive'] }, unpublished: [/tracker\.example/] },
		{ via: 'check', name: 'an image from another site, without a protocol, in raw HTML', files: { 'content/people/tracked-raw.md': record('name: Tracked Raw\nroles: [activist]', 'A picture: <img src="//tracker.example/p.png" alt="him">') }, refused: { file: 'content/people/tracked-raw.md', field: '(body)', says: ['an image from another address (//tracker.example/p.png)'] }, unpublished: [/tracker\.example/] },
		{ via: 'check', name: 'an image behind a backslash, which browsers read as //', files: { 'content/people/tracked-slash.md': record('name: Tracked Slash\nroles: [activist]', '<img src="/\\tracker.example/b.png" alt="him">') }, refused: { file: 'content/people/tracked-slash.md', field: '(body)', says: ['an image from another address'] }, unpublished: [/tracker\.example/] },
		{ via: 'check', name: 'a picture source from another site', files: { 'content/people/tracked-picture.md': record('name: Tracked Picture\nroles: [activist]', '<picture><source srcset="https://tracker.example/c.png 2x"><img src="/images/own.png" alt="him"></picture>') }, refused: { file: 'content/people/tracked-picture.md', field: '(body)', says: ['an image from another address (https://tracker.example/c.png)'] }, unpublished: [/tracker\.example/] },
		{ via: 'check', name: 'an image by reference to another site', files: { 'content/people/tracked-ref.md': record('name: Tracked Ref\nroles: [activist]', 'A picture: ![him][p]\n\n[p]: https://tracker.example/r.png') }, refused: { file: 'content/people/tracked-ref.md', field: '(body)', says: ['an image from another address (https://tracker.example/r.png)'] }, unpublished: [/tracker\.example/] },
		{ via: 'check', name: 'a video poster from another site', files: { 'content/people/tracked-video.md': record('name: Tracked Video\nroles: [activist]', '<video poster="https://tracker.example/v.png"></video>') }, refused: { file: 'content/people/tracked-video.md', field: '(body)', says: ['an image from another address (https://tracker.example/v.png)'] }, unpublished: [/tracker\.example/] },
	],
	HTML: [
		{ via: 'check', name: 'a javascript: link hidden by an entity', files: { 'content/people/entity-js.md': record('name: Entity Js\nroles: [activist]', 'A <a href="jav&#x09;ascript:alert(1)">link</a>.') }, refused: { file: 'content/people/entity-js.md', field: '(body)', says: ['a javascript: link'] }, unpublished: [/javascript/i, /<a /] },
		{ via: 'check', name: 'a javascript: link in SVG', files: { 'content/people/svg-js.md': record('name: Svg Js\nroles: [activist]', '<svg><a xlink:href="javascript:alert(1)"><text>x</text></a></svg>') }, refused: { file: 'content/people/svg-js.md', field: '(body)', says: ['a javascript: link'] }, unpublished: [/javascript/i, /<svg/] },
		{ via: 'check', name: 'a script in capitals', files: { 'content/people/script-caps.md': record('name: Script Caps\nroles: [activist]', 'Text.<SCRIPT>alert(1)</SCRIPT>') }, refused: { file: 'content/people/script-caps.md', field: '(body)', says: ['a <script> element'] }, unpublished: [/<script/i, /alert/] },
		{ via: 'check', name: 'an unquoted event handler', files: { 'content/people/onerror-bare.md': record('name: Onerror Bare\nroles: [activist]', '<img src=/images/x.png onerror=alert(1)>') }, refused: { file: 'content/people/onerror-bare.md', field: '(body)', says: ['an event-handler attribute'] }, unpublished: [/<img[^>]*onerror/i] },
		{ via: 'check', name: 'an SVG onload handler', files: { 'content/people/svg-onload.md': record('name: Svg Onload\nroles: [activist]', '<svg onload="alert(1)"></svg>') }, refused: { file: 'content/people/svg-onload.md', field: '(body)', says: ['an event-handler attribute'] }, unpublished: [/onload/i] },
		{ via: 'check', name: 'a frame with its own document', files: { 'content/people/srcdoc.md': record('name: Srcdoc Frame\nroles: [activist]', '<iframe srcdoc="<script>alert(1)</script>"></iframe>') }, refused: { file: 'content/people/srcdoc.md', field: '(body)', says: ['an embedded <iframe> element'] }, unpublished: [/<iframe/i] },
	],
	quotes: [
		{ via: 'check', name: 'a quote of one common word', files: { 'content/testimonies/quote-the.md': testimony('One word', 'the') }, refused: { file: 'content/testimonies/quote-the.md', field: 'quotes[0].text', says: ['the quote has 1 word', 'at least 2'] } },
		{ via: 'check', name: 'a quote cut inside a number', files: { 'content/testimonies/quote-number.md': testimony('Cut number', '700 people are held in the camp') }, refused: { file: 'content/testimonies/quote-number.md', field: 'quotes[0].text', says: ['begins or ends inside a word', '"5,700"'] } },
		{ via: 'check', name: 'a quote ending inside a word', files: { 'content/testimonies/quote-end.md': testimony('Cut end', 'He got into the cam') }, refused: { file: 'content/testimonies/quote-end.md', field: 'quotes[0].text', says: ['begins or ends inside a word'] } },
		{ via: 'check', name: 'a quote beginning inside a word', files: { 'content/testimonies/quote-start.md': testimony('Cut start', 'nother Kazakh released due to suicide attempts') }, refused: { file: 'content/testimonies/quote-start.md', field: 'quotes[0].text', says: ['begins or ends inside a word'] } },
		{ via: 'check', name: 'a quote of white space only', files: { 'content/testimonies/quote-blank.md': testimony('Blank quote', '   ') }, refused: { file: 'content/testimonies/quote-blank.md', field: 'quotes[0].text', says: ['the quote is empty'] } },
		{ via: 'check', name: 'a stated value’s quote of one word', files: { 'content/people/event-quote.md': person('Event Quote', 'events:\n  - { date: { value: "2017", precision: year }, text: "Arrested.", source: drama-excerpt, quote: "2017" }') }, refused: { file: 'content/people/event-quote.md', field: 'events[0].quote', says: ['the quote has 1 word'] } },
	],
	'dates and periods': [
		{ via: 'check', name: 'a testimony’s period that ends before it starts', files: { 'content/testimonies/period-reversed.md': testimony('Reversed period', quotable, 'period:\n  start: { value: "2018-01", precision: month }\n  end: { value: "2017-06", precision: month }') }, refused: { file: 'content/testimonies/period-reversed.md', field: 'period.end.value', says: ['the period ends (2017-06) before it starts (2018-01)'] } },
		{ via: 'check', name: 'a detention that ends a year before it starts', files: { 'content/people/detention-reversed.md': person('Detention Reversed', 'detentions:\n  - { camp: bouryltogay-camp, start: { value: "2019", precision: year }, end: { value: "2018-05", precision: month }, source: drama-excerpt }') }, refused: { file: 'content/people/detention-reversed.md', field: 'detentions[0].end.value', says: ['ends (2018-05) before it starts (2019)'] } },
		{ via: 'check', name: 'a detention that ends days before it starts', files: { 'content/people/detention-days.md': person('Detention Days', 'detentions:\n  - { camp: bouryltogay-camp, start: { value: "2018-03-10", precision: day }, end: { value: "2018-03-02", precision: day }, source: drama-excerpt }') }, refused: { file: 'content/people/detention-days.md', field: 'detentions[0].end.value', says: ['ends (2018-03-02) before it starts (2018-03-10)'] } },
	],
	places: [
		{ via: 'check', name: 'a place that lies in itself', files: { 'content/places/self-place.md': place('Self Place', 'partOf: self-place\npartOfInferred: true') }, refused: { file: 'content/places/self-place.md', field: 'partOf', says: ['the place lies in itself', 'its own id'] } },
		{
			via: 'check',
			name: 'three places that lie in each other in a circle',
			files: { 'content/places/circle-a.md': place('Circle A', 'partOf: circle-b\npartOfInferred: true'), 'content/places/circle-b.md': place('Circle B', 'partOf: circle-c\npartOfInferred: true'), 'content/places/circle-c.md': place('Circle C', 'partOf: circle-a\npartOfInferred: true') },
			refused: { file: 'content/places/circle-a.md', field: 'partOf', says: ['circle-a → circle-b → circle-c → circle-a'] },
		},
		{ via: 'check', name: 'two places that lie in each other', files: { 'content/places/pair-a.md': place('Pair A', 'partOf: pair-b\npartOfInferred: true'), 'content/places/pair-b.md': place('Pair B', 'partOf: pair-a\npartOfInferred: true') }, refused: { file: 'content/places/pair-a.md', field: 'partOf', says: ['pair-a → pair-b → pair-a'] } },
	],
	names: [
		{ via: 'check', name: 'a right-to-left override in a name', files: { 'content/people/rlo-name.md': person('Rlo \u202eemaN') }, refused: { file: 'content/people/rlo-name.md', field: 'name', says: ['U+202E (right-to-left override)', 'changes the order'] } },
		{ via: 'check', name: 'a bidirectional isolate in a name', files: { 'content/people/isolate-name.md': person('Isolate \u2066Name\u2069') }, refused: { file: 'content/people/isolate-name.md', field: 'name', says: ['U+2066 (left-to-right isolate)'] } },
		{ via: 'check', name: 'a right-to-left mark in an organisation’s name', files: { 'content/organizations/rlm-group.md': record('name: "Rlm\u200f Group"\nkind: media') }, refused: { file: 'content/organizations/rlm-group.md', field: 'name', says: ['U+200F (right-to-left mark)'] } },
		{ via: 'check', name: 'a bell character in an alias', files: { 'content/people/bell-alias.md': person('Bell Alias', 'aliases:\n  - name: "Bell\\aAlias"') }, refused: { file: 'content/people/bell-alias.md', field: 'aliases[0].name', says: ['U+0007 (control character)'] } },
		{ via: 'check', name: 'a line break in a title', files: { 'content/testimonies/broken-title.md': testimony('Two\\nLines', quotable) }, refused: { file: 'content/testimonies/broken-title.md', field: 'title', says: ['a line break (U+000A), and this field is one line'] } },
		{ via: 'import', name: 'a headline with a direction mark and a control character, from the capture', files: { '../captures/marked.txt': capture.replace('A Report on the Camp', 'A Report\u200f on the\u0007 Camp') }, args: importArgs('marked.txt', '--slug', 'marked-report'), written: { files: ['content/sources/marked-report.md', 'content/sources/marked-report.capture.txt'] } },
		{ via: 'check', name: 'a tab in a publisher', files: sourceFiles('tab-publisher', {}, (text) => text.replace('publisher: Test Herald', 'publisher: "Test\\tHerald"')), refused: { file: 'content/sources/tab-publisher.md', field: 'publisher', says: ['a tab (U+0009)'] } },
	],
	// A withheld name (written with accents) or location, put where redaction cannot reach it or
	// written in a form a reader would not notice as different: each is refused, naming the record.
	withholding: [
		{ via: 'check', name: 'a link whose address carries the name without its accents', files: { ...withheld, [note]: notes('See [her story](https://example.net/aigerim-secretova/).') }, refused: { file: note, field: '(body)', says: ['a link or image address or title gives away the withheld “Aigérim Secrétova”'] }, alone: true },
		{ via: 'check', name: 'an image whose alternative text is the name, decomposed (NFD)', files: { ...withheld, [note]: notes(`![${'Aigérim Secrétova'.normalize('NFD')}](portrait.png)`) }, refused: { file: note, field: '(body)', says: ["an image's alternative text gives away the withheld “Aigérim Secrétova”"] }, alone: true },
		{ via: 'check', name: 'a link title with a soft hyphen inside the name', files: { ...withheld, [note]: notes('See [her story](/people/ "Aigé\u00adrim Secrétova").') }, refused: { file: note, field: '(body)', says: ['a link or image address or title gives away the withheld “Aigérim Secrétova”'] }, alone: true },
		{ via: 'check', name: 'an HTML attribute with an entity between the names', files: { ...withheld, [note]: notes('<abbr title="Aig&eacute;rim&nbsp;Secr&eacute;tova">AS</abbr> spoke.') }, refused: { file: note, field: '(body)', says: ['HTML gives away the withheld “Aigérim Secrétova”'] }, alone: true },
		{ via: 'check', name: 'the name split by a link, with a Cyrillic letter in it', files: { ...withheld, [note]: notes('[Аigérim](https://example.net/) Secrétova spoke.') }, refused: { file: note, field: '(body)', says: ['would still be published in the text after redaction'] }, alone: true },
		{ via: 'check', name: 'a record whose file name carries the name', files: { ...withheld, 'content/places/aigerim-secretova-house.md': place('A house') }, refused: { file: 'content/places/aigerim-secretova-house.md', field: '(file)', says: ['gives away the withheld “Aigérim Secrétova”', 'file names are published'] }, alone: true },
		{ via: 'check', name: 'a source address that carries the name, in upper case', files: { ...withheld, ...sourceFiles('named-report', { url: 'https://example.org/2020/AIGERIM-SECRETOVA/' }) }, refused: { file: 'content/sources/named-report.md', field: 'url', says: ['the address gives away the withheld “Aigérim Secrétova”'] }, alone: true },
		{ via: 'check', name: 'a camp named after the village of its withheld location', files: { 'content/camps/hidden-camp.md': record('name: Camp in Quietvale\nnamed: false\nkind: re-education-camp\nlocation:\n  reading: "No. 9 Well Street, Quietvale"\n  source: drama-excerpt\n  inferred: true\nwithholdLocation:\n  reason: The address would identify a witness.') }, refused: { file: 'content/camps/hidden-camp.md', field: 'name', says: ['gives away “quietvale” from its withheld location'] }, alone: true },
	],
};
