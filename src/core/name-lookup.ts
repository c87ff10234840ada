import { kindNames } from '../schemas/kinds.ts';
import { recordPath } from './links.ts';
import { closestNames, minPrefix, nameForm, nameIndexRoot, nameKinds, nameMatch, notNameWords, type IndexedRecord, type MatchLevel, type NameKind, type NameLeaf, type NameNode } from './name-search.ts';

/**
 * Answers a name query from the name index (see `name-search.ts`), reading only the files it
 * needs through `load`: in the browser a fetch of `search/names/<file>.json`, in the tests the
 * files the build would write. Every file is read once.
 */

/** A record as a result: what the page shows of it. */
export interface NameResult {
	kind: NameKind;
	/** "Person", "Camp", "Place", "Organisation". */
	kindName: string;
	id: string;
	name: string;
	/** Its other recorded spellings. */
	spellings: string[];
	summary: string;
	/** Whether the sources name it; a record they only describe ("Guard at … (not named)") is ranked after. */
	named: boolean;
	/** Its address, relative to the site's base path. */
	path: string;
	/** How the query met its names. */
	level: MatchLevel;
	/** How many accounts involve it, and the first few; unknown until `withAccounts` has read them. */
	accounts?: { count: number; first: { title: string; path: string }[] };
}

/**
 * The answer to a query:
 * - `found`: records with the query as a whole name, or with every word of it as a whole word
 *   of a name; `count` of them (`atLeast` when a word is so common that the index lists only the
 *   best attested of those that have it);
 * - `begins`: no name is the query, but some begin with it: the reader may still be typing;
 * - `none`: no name in the archive is the query or begins with it;
 * - `common`: every word of the query is in more names than the index lists, and none of those
 *   listed has them all: the archive may hold the name, and the index cannot say;
 * - `short`: fewer than two letters to search by.
 * `suggestions` are the nearest names when nothing is found.
 */
export interface NameAnswer {
	status: 'found' | 'begins' | 'none' | 'common' | 'short';
	results: NameResult[];
	count: number;
	atLeast: boolean;
	suggestions: NameResult[];
}

const levelOrder: MatchLevel[] = ['exact', 'words', 'prefix', 'none'];

export function nameLookup(load: (file: string) => Promise<unknown>) {
	const files = new Map<string, Promise<unknown>>();
	const read = <T>(file: string): Promise<T> => {
		let promise = files.get(file);
		if (!promise) {
			promise = load(file);
			// A failed read (the network, a new build) is tried again next time.
			promise.catch(() => files.delete(file));
			files.set(file, promise);
		}
		return promise as Promise<T>;
	};

	/** The leaf whose keys run from below `key` to above it, and where the next leaf starts. */
	async function leafOf(key: string): Promise<{ leaf: NameLeaf; next?: string }> {
		let node = await read<NameNode>(nameIndexRoot);
		let next: string | undefined;
		for (;;) {
			let i = 0;
			while (i < node.s.length && node.s[i] <= key) i++;
			if (i < node.s.length) next = node.s[i];
			if (!node.c.length) return { leaf: { r: [], k: [] }, next };
			if (node.leaves) return { leaf: await read<NameLeaf>(node.c[i]), next };
			node = await read<NameNode>(node.c[i]);
		}
	}

	const resultOf = (row: IndexedRecord, level: MatchLevel = 'none'): NameResult => {
		const [kindIndex, id, names, summary, named, count, first] = row;
		const kind = nameKinds[kindIndex];
		return {
			kind,
			kindName: kindNames[kind].one,
			id,
			name: names[0],
			spellings: names.slice(1),
			summary,
			named: named === 1,
			path: recordPath(kind, id),
			level,
			accounts: count === undefined ? undefined : { count, first: (first ?? []).map(([tid, title]) => ({ title, path: recordPath('testimonies', tid) })) },
		};
	};

	/** The keys of a leaf that `wanted` accepts: how many records each has, and those it lists. */
	function linesOf(leaf: NameLeaf, wanted: (key: string) => boolean) {
		const lines: { key: string; count: number; rows: IndexedRecord[] }[] = [];
		for (const [key, count, ...rows] of leaf.k) if (wanted(key)) lines.push({ key, count, rows: rows.map((r) => leaf.r[r]) });
		return lines;
	}

	/** A result with the accounts that involve it, read from the leaf of its name when the leaf it came from did not hold them. */
	async function withAccounts(result: NameResult): Promise<NameResult> {
		if (result.accounts) return result;
		const { joined } = nameForm(result.name);
		const { leaf } = await leafOf(joined);
		const row = linesOf(leaf, (key) => key === joined)
			.flatMap((line) => line.rows)
			.find((r) => nameKinds[r[0]] === result.kind && r[1] === result.id);
		return row ? resultOf(row, result.level) : result;
	}

	async function lookup(query: string): Promise<NameAnswer> {
		const q = nameForm(query);
		const answer = (status: NameAnswer['status'], results: NameResult[] = [], count = results.length, atLeast = false, suggestions: NameResult[] = []): NameAnswer => ({ status, results, count, atLeast, suggestions });
		if (q.joined.length < 2) return answer('short');
		const seen = new Map<string, IndexedRecord>();
		const see = (rows: IndexedRecord[]) => {
			for (const row of rows) {
				const id = `${row[0]}/${row[1]}`;
				const known = seen.get(id);
				// A full row (with its accounts) wins over a brief one.
				if (!known || (known[5] === undefined && row[5] !== undefined)) seen.set(id, row);
			}
		};
		// The records of every leaf read, for the nearest names when nothing is found.
		const near: IndexedRecord[] = [];

		// 1. The query run together: a whole name (or, for one word, a word of names), and, while
		// typing, the names that begin with it.
		const typing = q.joined.length >= minPrefix;
		const first = await leafOf(q.joined);
		near.push(...first.leaf.r);
		const lines = linesOf(first.leaf, (key) => key === q.joined || (typing && key.startsWith(q.joined)));
		if (typing && !lines.some((l) => l.key !== q.joined) && first.next?.startsWith(q.joined)) {
			const after = await leafOf(first.next);
			near.push(...after.leaf.r);
			lines.push(...linesOf(after.leaf, (key) => key.startsWith(q.joined)));
		}
		for (const line of lines) see(line.rows);
		const whole = lines.find((l) => l.key === q.joined);

		// How many records match, and whether every one of them was read.
		const exact = whole?.rows.filter((row) => nameMatch(query, row[2]).level === 'exact') ?? [];
		let total: number | undefined;
		let complete = false;
		if (whole && q.words.length === 1) {
			// Every record with the key has the word whole, or as its whole name: the key's count is the answer.
			total = whole.count;
			complete = true;
		} else if (exact.length) {
			// The key lists the records whose whole name it is before any other.
			total = exact.length;
			complete = whole!.count === whole!.rows.length || exact.length < whole!.rows.length;
		} else if (q.words.length === 1) complete = true;
		else {
			// 2. Each word of the query, longest first, until one whose records are all listed:
			// every name that has all the words is among them.
			const searchable = [...new Set(q.words)].filter((w) => w.length > 1 && !notNameWords.has(w)).sort((a, b) => b.length - a.length);
			// Only small words and letters: no name is looked up by them, so none is named so.
			if (!searchable.length) complete = true;
			for (const word of searchable) {
				const { leaf } = await leafOf(word);
				near.push(...leaf.r);
				const line = linesOf(leaf, (key) => key === word)[0];
				// No name has this word, so none has them all.
				if (!line) complete = true;
				else see(line.rows);
				if (!line || line.count === line.rows.length) {
					complete = true;
					break;
				}
			}
		}

		const ranked = [...seen.values()].map((row) => ({ row, match: nameMatch(query, row[2]) })).filter(({ match }) => match.level !== 'none');
		ranked.sort(
			(a, b) =>
				levelOrder.indexOf(a.match.level) - levelOrder.indexOf(b.match.level) ||
				Number(a.match.words > q.words.length + 1) - Number(b.match.words > q.words.length + 1) ||
				b.row[4] - a.row[4] ||
				a.match.words - b.match.words ||
				a.row[2][0].length - b.row[2][0].length ||
				(b.row[5] ?? 0) - (a.row[5] ?? 0),
		);
		const found = ranked.filter(({ match }) => match.level === 'exact' || match.level === 'words').map(({ row, match }) => resultOf(row, match.level));
		if (found.length) {
			found[0] = await withAccounts(found[0]);
			return answer('found', found, total ?? found.length, !complete);
		}
		const begins = ranked.filter(({ match }) => match.level === 'prefix').map(({ row, match }) => resultOf(row, match.level));
		if (begins.length) return answer('begins', begins);
		// Records the sources only describe are not offered as names.
		const candidates = [...new Map(near.filter((row) => row[4]).map((row) => [`${row[0]}/${row[1]}`, row])).values()].map((row) => ({ names: row[2], row }));
		const suggestions = closestNames(query, candidates).map(({ row }) => resultOf(row));
		return answer(complete ? 'none' : 'common', [], 0, false, suggestions);
	}

	return { lookup };
}
