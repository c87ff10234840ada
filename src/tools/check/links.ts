import type { Element, Root as HtmlRoot } from 'hast';
import { fromHtml } from 'hast-util-from-html';
import type { Definition } from 'mdast';
import { visit } from 'unist-util-visit';
import { addressKind } from '../../core/addresses.ts';
import { parseMarkdown } from '../../core/markdown-text.ts';
import type { CheckedRecord, Problem } from './problems.ts';

/** Text that may hold a link or an image: Markdown's `](`, `][` and `]:`, or HTML. Most records hold none and are not parsed. */
const mayLink = /\]\s*[([]|\]:|</;

/** Attributes of HTML elements that the browser follows when asked (links), and that it fetches at once. */
const followed = ['href', 'xLinkHref', 'formAction'];
const fetched = ['src', 'srcSet', 'poster', 'data'];

/**
 * Reports links and images in a record's text that could hurt its readers: a link to anything
 * but a web page (https://…), an e-mail address (mailto:) or a page of this site, and an image
 * (or any element that loads something) from another site, which would tell that site who reads
 * the account. Raw HTML is read as a browser reads it, so `jav&#x09;ascript:` is a javascript: link.
 */
export function checkLinks(record: CheckedRecord): Problem[] {
	if (!mayLink.test(record.body)) return [];
	const problems: Problem[] = [];
	const report = (line: number | undefined, message: string, fix: string) =>
		problems.push({ file: record.file, line: record.bodyLine + (line ?? 1) - 1, field: '(body)', message, fix, severity: 'error' });
	const link = (url: string, line: number | undefined) => {
		const { kind, protocol } = addressKind(url);
		if (kind !== 'other') return;
		if (protocol === 'javascript') report(line, "the text contains a javascript: link, which could run code in readers' browsers", 'remove the link; write links to web pages only, as [link text](https://…)');
		else report(line, `the text links to a ${protocol}: address (${url.slice(0, 80)}); a link may lead only to a web page (https://…), an e-mail address (mailto:…) or a page of this site`, 'remove the link, or link to the web page that holds the document (https://…)');
	};
	const image = (url: string, line: number | undefined) => {
		if (addressKind(url).kind === 'site') return;
		report(
			line,
			`the text shows an image from ${url ? `another address (${url.slice(0, 80)})` : 'no address'}: a reader's browser would fetch it from there, and tell that site who reads the account`,
			'keep images in the archive (public/images/) and give their path (/images/…), or remove the image',
		);
	};
	const tree = parseMarkdown(record.body);
	const definitions = new Map<string, Definition>();
	visit(tree, 'definition', (node) => void definitions.set(node.identifier.toLowerCase(), node));
	visit(tree, (node) => {
		const line = node.position?.start.line;
		if (node.type === 'link' || node.type === 'definition') link(node.url, line);
		else if (node.type === 'image') image(node.url, line);
		else if (node.type === 'imageReference') {
			const definition = definitions.get(node.identifier.toLowerCase());
			if (definition) image(definition.url, line);
		} else if (node.type === 'html') {
			visit(fromHtml(node.value, { fragment: true }) as HtmlRoot, 'element', (element: Element) => {
				for (const name of followed) {
					const value = element.properties[name];
					if (typeof value === 'string') link(value, line);
				}
				for (const name of fetched) {
					const value = element.properties[name];
					if (value === undefined || value === null) continue;
					// A srcset lists addresses, each followed by its width or density.
					const urls = name === 'srcSet' ? String(value).split(',').map((s) => s.trim().split(/\s+/)[0]) : [String(value)];
					for (const url of urls) image(url, line);
				}
			});
		}
	});
	return problems;
}
