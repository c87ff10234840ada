import type { Contact } from './settings.ts';

/** The "Report a correction" link of a record page. */
export interface CorrectionView {
	/** The contact, filled in with the page's title and address; or, when this copy has set no contact, the about page's section on corrections. */
	href: string;
	/** Where a report goes ("corrections@…", or a web host); undefined when this copy has set no contact. */
	to?: string;
	kind?: Contact['kind'];
	/** Whether the report starts with the page's title and address. */
	prefilled?: boolean;
}

/** The page a report is about, as the report names it. */
interface ReportedPage {
	title: string;
	permalink: string;
}

/** The subject and text a report starts with, for the reader to complete. */
function reportText(page: ReportedPage): { subject: string; body: string } {
	return {
		subject: `Correction: ${page.title}`,
		// RFC 6068 asks for CRLF line breaks in a mailto: body.
		body: `Page: ${page.title}\r\n${page.permalink}\r\n\r\nWhat is wrong, and the source that shows it (or what must be withheld, and why):\r\n\r\n`,
	};
}

/**
 * Where a reader reports a correction to a page. An e-mail address gets the subject and text
 * of the report; a web address gets them where it says `{subject}` and `{body}` (e.g. a new
 * issue's `?title={subject}&body={body}`), and is linked as it is otherwise.
 */
export function correctionLink(contact: Contact | undefined, page: ReportedPage, noContactHref: string): CorrectionView {
	if (!contact) return { href: noContactHref };
	const { subject, body } = reportText(page);
	if (contact.kind === 'email') {
		const query = `subject=${encodeURIComponent(subject)}&body=${encodeURIComponent(body)}`;
		return { href: `${contact.href}${contact.href.includes('?') ? '&' : '?'}${query}`, to: contact.label, kind: contact.kind, prefilled: true };
	}
	const href = contact.href.replaceAll('{subject}', encodeURIComponent(subject)).replaceAll('{body}', encodeURIComponent(body));
	return { href, to: contact.label, kind: contact.kind, prefilled: contact.prefilled };
}

/** The contact's own address, with nothing filled in: for a page that is about no record. */
export const contactHref = (contact: Contact) => contact.href.replaceAll('{subject}', '').replaceAll('{body}', '');
