import spdx from 'spdx-license-list';

/**
 * What a deployment of the archive sets about itself, read from the environment of the build:
 * where it is served, how readers reach its maintainers, and the licence of its own text and
 * data. Read once by `astro.config.mjs` (the address), `scripts/build.ts` (which checks every
 * value and warns, once, about what is missing) and `src/site/settings.ts` (the pages).
 */

/** Where readers send a correction: an e-mail address or a web page (a form, an issue tracker). */
export interface Contact {
	kind: 'email' | 'web';
	/** The setting as given, `mailto:…` or `https://…`, possibly with `{subject}` and `{body}` to fill in. */
	href: string;
	/** What a reader sees of it: the e-mail address, or the web page's host. */
	label: string;
	/** Whether a report can start with the page's title and address: always by e-mail; on the web, where the address has `{subject}` or `{body}`. */
	prefilled: boolean;
}

/** The licence of the archive's own text and data (not of the sources' words it quotes). */
export interface Licence {
	/** The SPDX identifier, e.g. "CC-BY-4.0". */
	id: string;
	name: string;
	url: string;
}

export interface Settings {
	/** The address the site is served at, e.g. "https://archive.example.net"; unknown when not set. */
	site?: string;
	contact?: Contact;
	licence: Licence;
}

/** The names of the settings, as set in the environment. */
const settingNames = { site: 'SITE_URL', contact: 'ARCHIVE_CONTACT', licence: 'ARCHIVE_LICENSE' } as const;

/**
 * Creative Commons Attribution 4.0: anyone may reuse and adapt the archive's text and data, for
 * any purpose, if they credit the archive; so a reuse still leads back to the records and their
 * sources. Version 4.0 also covers the database rights some countries give a collection of data.
 */
const defaultLicence = 'CC-BY-4.0';

/** A setting whose value cannot be used; the message says what to write instead. */
export class SettingsError extends Error {}

const isWebAddress = (url: URL) => url.protocol === 'https:' || url.protocol === 'http:';

function parseUrl(value: string): URL | undefined {
	try {
		return new URL(value);
	} catch {
		return undefined;
	}
}

function readSite(value: string): string {
	const url = parseUrl(value);
	if (!url || !isWebAddress(url) || url.search || url.hash) throw new SettingsError(`${settingNames.site} must be the web address the site is served at, such as https://archive.example.net, but it is "${value}".`);
	if (url.pathname !== '/') throw new SettingsError(`${settingNames.site} is the address of the domain only ("${url.origin}"); give the path "${url.pathname}" as BASE_PATH=${url.pathname.replace(/\/?$/, '/')} instead.`);
	return url.origin;
}

function readContact(value: string): Contact {
	const url = parseUrl(value);
	if (url?.protocol === 'mailto:' && /^[^@\s]+@[^@\s]+\.[^@\s]+$/.test(url.pathname)) return { kind: 'email', href: value, label: decodeURIComponent(url.pathname), prefilled: true };
	if (url && isWebAddress(url)) return { kind: 'web', href: value, label: url.host, prefilled: /\{(subject|body)\}/.test(value) };
	const hint = /^[^@\s:]+@[^@\s]+$/.test(value) ? ` For an e-mail address write ${settingNames.contact}=mailto:${value}.` : '';
	throw new SettingsError(`${settingNames.contact} must be an e-mail address written as mailto:corrections@example.net, or the web address of a form or issue tracker, but it is "${value}".${hint}`);
}

function readLicence(value: string): Licence {
	const found = Object.keys(spdx).find((id) => id.toLowerCase() === value.toLowerCase());
	if (!found) throw new SettingsError(`${settingNames.licence} must be an SPDX licence identifier, such as CC-BY-4.0, CC-BY-SA-4.0, CC0-1.0 or ODbL-1.0 (see https://spdx.org/licenses/), but it is "${value}".`);
	return { id: found, name: spdx[found].name, url: spdx[found].url };
}

/** The settings from the environment; a value that is set but cannot be used throws a `SettingsError`. */
export function readSettings(env: Readonly<Record<string, string | undefined>>): Settings {
	const given = (name: string) => env[name]?.trim() || undefined;
	const site = given(settingNames.site);
	const contact = given(settingNames.contact);
	return {
		site: site === undefined ? undefined : readSite(site),
		contact: contact === undefined ? undefined : readContact(contact),
		licence: readLicence(given(settingNames.licence) ?? defaultLicence),
	};
}

/** What the build says about settings left unset: what readers get without them, and how to set them. */
export function settingsWarnings(settings: Settings): string[] {
	const warnings: string[] = [];
	if (!settings.site)
		warnings.push(
			`${settingNames.site} is not set, so this build does not know the address it will be served at. Permalinks, citations, JSON-LD and the data files give addresses from the site's root (/people/…/), record pages carry no canonical link, and no sitemap.xml is written. Set ${settingNames.site}=https://your.domain to the address of the site.`,
		);
	if (!settings.contact)
		warnings.push(
			`${settingNames.contact} is not set, so readers have no way to report a correction: each record page's "Report a correction" leads to the about page, which says that this copy has set no contact. Set ${settingNames.contact}=mailto:you@your.domain, or the web address of a form.`,
		);
	return warnings;
}

/**
 * What the licence covers and what it does not, as the data page, the footer, README.txt and
 * archive.json state it.
 */
export function licenceTerms(licence: Licence, archive: string) {
	const covered = "The archive’s own text and data (its records, summaries and the links between them, and the files made from them)";
	return {
		/** What the licence covers, for a page to link the licence after "are published under". */
		covered,
		covers: `${covered} are published under the ${licence.name} licence (${licence.id}).`,
		credit: `Credit ${archive}, with the address of the record or file you use.`,
		excludes: `Quoted passages and the texts of sources remain the words of their authors and publishers: the archive reproduces them for research and reference, and its licence does not cover them.`,
	};
}
