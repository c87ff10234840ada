import { lineAt } from '../read.ts';
import { problemAt, type CheckedRecord, type Problem } from './problems.ts';

/** HTML that could run code, each with the words an archivist knows it by (javascript: links are found by checkLinks, however they are written). */
const unsafeHtml: [RegExp, string][] = [
	[/<\s*script\b/i, 'a <script> element'],
	[/<\s*(iframe|object|embed|style|form)\b/i, 'an embedded <$1> element'],
	[/<[^>]*\son[a-z]+\s*=/i, 'an event-handler attribute (such as onerror= or onclick=)'],
];

/** Reports record texts that are empty where one is required or carry active HTML, and a testimony with no witness that needs one. */
export function checkBody(record: CheckedRecord): Problem[] {
	const problems: Problem[] = [];
	const bodyLine = record.bodyLine;
	if (!record.body.trim()) {
		const required = record.collection === 'sources' || record.collection === 'testimonies';
		problems.push({
			file: record.file,
			line: bodyLine,
			field: '(body)',
			message: required ? 'the text below the front matter is empty' : 'there is no description below the front matter',
			fix: record.collection === 'sources' ? 're-import the capture' : 'write a short summary in your own words below the closing "---"',
			severity: required ? 'error' : 'warning',
		});
	}
	for (const [pattern, what] of unsafeHtml) {
		const match = pattern.exec(record.body);
		if (!match) continue;
		problems.push({
			file: record.file,
			line: bodyLine + lineAt(record.body, match.index) - 1,
			field: '(body)',
			message: `the text contains ${what.replace('$1', match[1] ?? '')}, which could run code in readers' browsers`,
			fix: 'remove the HTML; write plain Markdown ([link text](https://…) for links)',
			severity: 'error',
		});
	}
	if (record.collection === 'testimonies' && record.value.kind !== 'summarised' && !record.value.witness) {
		problems.push({ ...problemAt(record, ['witness'], `a ${record.value.kind} testimony needs the person who gives it`, 'add witness: <person id>, or set kind: summarised'), line: record.lineOf(['kind']) });
	}
	return problems;
}
