import { describe, expect, it } from 'vitest';
import { contactHref, correctionLink } from '../../src/core/corrections.ts';
import { readSettings, SettingsError, settingsWarnings } from '../../src/core/settings.ts';

describe('the settings of a deployment', () => {
	it('has no address and no contact when none is set, and CC BY 4.0 as the licence', () => {
		expect(readSettings({})).toEqual({
			site: undefined,
			contact: undefined,
			licence: { id: 'CC-BY-4.0', name: 'Creative Commons Attribution 4.0 International', url: 'https://creativecommons.org/licenses/by/4.0/legalcode' },
		});
		expect(readSettings({ SITE_URL: ' ', ARCHIVE_CONTACT: '' }).site).toBeUndefined();
	});

	it('reads the site’s address as its origin, and refuses anything else with what to write instead', () => {
		expect(readSettings({ SITE_URL: 'https://archive.test/' }).site).toBe('https://archive.test');
		expect(() => readSettings({ SITE_URL: 'archive.test' })).toThrow(SettingsError);
		expect(() => readSettings({ SITE_URL: 'archive.test' })).toThrow('SITE_URL must be the web address the site is served at, such as https://archive.example.net, but it is "archive.test".');
		expect(() => readSettings({ SITE_URL: 'ftp://archive.test' })).toThrow(SettingsError);
		expect(() => readSettings({ SITE_URL: 'https://user.github.io/archive' })).toThrow('SITE_URL is the address of the domain only ("https://user.github.io"); give the path "/archive" as BASE_PATH=/archive/ instead.');
	});

	it('reads a contact as an e-mail address or a web page, and says how to write a bare e-mail address', () => {
		expect(readSettings({ ARCHIVE_CONTACT: 'mailto:corrections@archive.test' }).contact).toEqual({ kind: 'email', href: 'mailto:corrections@archive.test', label: 'corrections@archive.test', prefilled: true });
		expect(readSettings({ ARCHIVE_CONTACT: 'https://forms.archive.test/report' }).contact).toEqual({ kind: 'web', href: 'https://forms.archive.test/report', label: 'forms.archive.test', prefilled: false });
		expect(readSettings({ ARCHIVE_CONTACT: 'https://git.test/o/r/issues/new?title={subject}&body={body}' }).contact?.prefilled).toBe(true);
		expect(() => readSettings({ ARCHIVE_CONTACT: 'corrections@archive.test' })).toThrow('For an e-mail address write ARCHIVE_CONTACT=mailto:corrections@archive.test.');
		expect(() => readSettings({ ARCHIVE_CONTACT: 'mailto:nobody' })).toThrow(SettingsError);
		expect(() => readSettings({ ARCHIVE_CONTACT: 'javascript:alert(1)' })).toThrow(SettingsError);
	});

	it('reads a licence by its SPDX id, in any case, and refuses one that is not', () => {
		expect(readSettings({ ARCHIVE_LICENSE: 'cc0-1.0' }).licence).toEqual({ id: 'CC0-1.0', name: 'Creative Commons Zero v1.0 Universal', url: 'https://creativecommons.org/publicdomain/zero/1.0/legalcode' });
		expect(() => readSettings({ ARCHIVE_LICENSE: 'CC BY' })).toThrow('ARCHIVE_LICENSE must be an SPDX licence identifier, such as CC-BY-4.0, CC-BY-SA-4.0, CC0-1.0 or ODbL-1.0 (see https://spdx.org/licenses/), but it is "CC BY".');
	});

	it('warns about an unset address and an unset contact, each once, and about nothing when both are set', () => {
		const warnings = settingsWarnings(readSettings({}));
		expect(warnings).toHaveLength(2);
		expect(warnings[0]).toMatch(/^SITE_URL is not set, .* no sitemap\.xml is written\. Set SITE_URL=/);
		expect(warnings[1]).toMatch(/^ARCHIVE_CONTACT is not set, .*"Report a correction" leads to the about page/);
		expect(settingsWarnings(readSettings({ SITE_URL: 'https://archive.test', ARCHIVE_CONTACT: 'mailto:c@archive.test' }))).toEqual([]);
	});
});

describe('"Report a correction"', () => {
	const page = { title: 'Gulnara Testova & co', permalink: 'https://archive.test/people/gulnara-testova/' };

	it('starts an e-mail with the page’s title and address', () => {
		const link = correctionLink(readSettings({ ARCHIVE_CONTACT: 'mailto:corrections@archive.test' }).contact, page, '/about/#corrections');
		expect(link).toEqual({
			href:
				'mailto:corrections@archive.test?subject=Correction%3A%20Gulnara%20Testova%20%26%20co&body=Page%3A%20Gulnara%20Testova%20%26%20co%0D%0Ahttps%3A%2F%2Farchive.test%2Fpeople%2Fgulnara-testova%2F%0D%0A%0D%0AWhat%20is%20wrong%2C%20and%20the%20source%20that%20shows%20it%20(or%20what%20must%20be%20withheld%2C%20and%20why)%3A%0D%0A%0D%0A',
			to: 'corrections@archive.test',
			kind: 'email',
			prefilled: true,
		});
		const url = new URL(link.href);
		expect(url.searchParams.get('subject')).toBe('Correction: Gulnara Testova & co');
		expect(url.searchParams.get('body')).toContain('\r\nhttps://archive.test/people/gulnara-testova/\r\n');
	});

	it('adds to an e-mail address that already has a query', () => {
		expect(correctionLink(readSettings({ ARCHIVE_CONTACT: 'mailto:c@archive.test?cc=d@archive.test' }).contact, page, '/about/').href).toMatch(/^mailto:c@archive\.test\?cc=d@archive\.test&subject=Correction/);
	});

	it('fills in a web address where it asks for the subject and text, and links any other as it is', () => {
		const tracker = readSettings({ ARCHIVE_CONTACT: 'https://git.test/o/r/issues/new?title={subject}&body={body}' }).contact!;
		const link = correctionLink(tracker, page, '/about/');
		expect(new URL(link.href).searchParams.get('title')).toBe('Correction: Gulnara Testova & co');
		expect(new URL(link.href).searchParams.get('body')).toMatch(/^Page: Gulnara Testova & co\r\nhttps:\/\/archive\.test\/people\/gulnara-testova\/\r\n/);
		expect(contactHref(tracker)).toBe('https://git.test/o/r/issues/new?title=&body=');
		expect(correctionLink(readSettings({ ARCHIVE_CONTACT: 'https://forms.archive.test/report' }).contact, page, '/about/')).toEqual({ href: 'https://forms.archive.test/report', to: 'forms.archive.test', kind: 'web', prefilled: false });
	});

	it('leads to the about page’s section on corrections when this copy has set no contact, never to a dead link', () => {
		expect(correctionLink(undefined, page, '/archive/about/#corrections')).toEqual({ href: '/archive/about/#corrections' });
	});
});
