/**
 * Where a link or an image in a record's text leads, read as a browser reads it. The check
 * refuses links that are not web, e-mail or site addresses and images from anywhere but the site;
 * the Markdown pipeline drops such images too, so both follow this one reading.
 */
export type AddressKind =
	/** A path on the archive's own site: `/people/x/`, `../x/`, `#q-1`. */
	| 'site'
	/** An http:// or https:// address, or one starting with `//` (another host, same protocol). */
	| 'web'
	| 'mailto'
	/** Any other protocol: javascript:, data:, file:, ftp:, … */
	| 'other';

/** The kind of an address, and its protocol when it has one (lower case, without the colon). */
export function addressKind(address: string): { kind: AddressKind; protocol?: string } {
	// Browsers drop tabs and line breaks anywhere in an address and control characters and
	// spaces at its ends, so `java\tscript:` is a javascript: link.
	const url = address.replace(/[\t\n\r]/g, '').replace(/^[\u0000-\u0020]+|[\u0000-\u0020]+$/g, '');
	const protocol = /^([a-z][a-z0-9+.-]*):/i.exec(url)?.[1].toLowerCase();
	if (protocol === 'http' || protocol === 'https') return { kind: 'web', protocol };
	if (protocol === 'mailto') return { kind: 'mailto', protocol };
	if (protocol) return { kind: 'other', protocol };
	// A browser reads a backslash as a slash in web addresses: `/\host` is `//host`, another site.
	return /^[/\\]{2}/.test(url) ? { kind: 'web' } : { kind: 'site' };
}

/** Whether an image address is on the archive's own site: the only images a page may load. */
export const isOwnImage = (src: string) => addressKind(src).kind === 'site';
