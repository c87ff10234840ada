import { idFromName } from '../core/fold.ts';
import { idPattern, maxFileBytes } from '../schemas/common.ts';

/**
 * The rules for what people hand the tools, in one place: `npm run new`, `npm run import` and
 * the check all ask these, so an id or a file refused by one is refused by all, in the same words.
 */

/**
 * Why a text is not a record id (`"…" is not a valid id: <reason>`), with an id to use instead;
 * undefined when it is one.
 */
export function idProblem(id: string): { reason: string; suggestion: string } | undefined {
	if (idPattern.test(id)) return undefined;
	const suggestion = idFromName(id) || 'a-record-id';
	if (!id) return { reason: 'it is empty', suggestion };
	if (id.length > 100) return { reason: `it has ${id.length} characters, and an id has at most 100`, suggestion };
	return { reason: 'an id is lower-case letters (a–z) and digits, in words joined by single hyphens', suggestion };
}

/** The words of an id refused by `idProblem`, for a message: the id itself when it is short enough to show. */
export const shownId = (id: string) => JSON.stringify(id.length > 60 ? `${id.slice(0, 60)}…` : id);

/** A size in bytes as a reader takes it in: "5.2 MB", "740 kB". */
const megabytes = (bytes: number) => (bytes >= 1024 * 1024 ? `${(bytes / 1024 / 1024).toFixed(1)} MB` : `${Math.ceil(bytes / 1024)} kB`);

/** Why a file is too large for the archive (a capture or a record), or undefined when it is not. */
export function sizeProblem(bytes: number): string | undefined {
	return bytes > maxFileBytes ? `it is ${megabytes(bytes)} (${bytes.toLocaleString('en')} bytes), more than the ${megabytes(maxFileBytes)} a file of the archive may be` : undefined;
}
