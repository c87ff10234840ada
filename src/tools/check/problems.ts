import { fieldPath, type Path } from '../../core/refs.ts';
import type { RawRecord } from '../read.ts';

/** Something wrong with one record, written for the archivist who has to fix it. */
export interface Problem {
	file: string;
	line: number;
	field: string;
	message: string;
	fix: string;
	severity: 'error' | 'warning';
}

/** A record that passed its schema, with the values the schema produced. */
export interface CheckedRecord extends RawRecord {
	value: Record<string, unknown>;
}

/** A problem with the field at `path` of a record, at the line the field is written on. */
export const problemAt = (record: RawRecord, path: Path, message: string, fix: string, severity: Problem['severity'] = 'error'): Problem => ({
	file: record.file,
	line: record.lineOf(path),
	field: path.length ? fieldPath(path) : '(file)',
	message,
	fix,
	severity,
});

/** One line per problem: `file:line — field — what is wrong — how to fix`. */
export const formatProblem = (p: Problem) => `${p.file}:${p.line} — ${p.field} — ${p.message} — ${p.fix}`;
