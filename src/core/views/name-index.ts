import type { ArchiveIndex } from '../archive.ts';
import { label } from '../labels.ts';
import { nameForm, nameKinds, notNameWords, withheldNameReader, type IndexedKey, type IndexedRecord, type NameKind, type NameLeaf, type NameNode, type NameRoot } from '../name-search.ts';
import { byName, namesOf, titleOf, type RecordOf } from '../records.ts';
import { recordKey } from '../refs.ts';

/**
 * The name index, as the files the build writes under `search/names/` (see `core/name-search.ts`
 * for what each holds and how the browser reads them). Made from the public records only, so
 * a withheld name is no more in it than on any page.
 *
 * Sizes are bounded whatever the size of the archive: a leaf stops growing at `leafBytes`; a
 * key lists at most `perKey` records (a given name that thousands share lists the best attested
 * and says how many there are); a record names at most `accountsShown` of its accounts (a camp
 * that thousands of accounts involve says how many, and its page lists them all); a node
 * holds at most `fanout` children, and nodes are stacked until the root would hold no more than
 * `rootFanout`. The root is read once per page and every other file once per query, so a larger
 * root saves a file on every query after the first: at 50,000 testimonies a query reads a node
 * and a leaf.
 */
export const nameIndexLimits = { leafBytes: 5000, perKey: 12, accountsShown: 3, fanout: 64, rootFanout: 256 };
type Limits = typeof nameIndexLimits;

type Named = { [K in NameKind]: RecordOf<K> }[NameKind];

const encoder = new TextEncoder();
const bytes = (value: unknown) => encoder.encode(JSON.stringify(value)).length;

/** The line under a name in the results: what the record is. */
function summaryOf(archive: ArchiveIndex, record: Named): string {
	switch (record.collection) {
		case 'people':
			return record.data.roles.map(label).join(', ');
		case 'camps':
			return [label(record.data.kind), record.data.location?.description ?? record.data.location?.reading].filter(Boolean).join(' · ');
		case 'places': {
			const partOf = record.data.partOf && archive.get(record.data.partOf);
			return `${label(record.data.kind)}${partOf ? ` in ${titleOf(partOf)}` : ''}`;
		}
		case 'organizations':
			return [label(record.data.kind), record.data.country].filter(Boolean).join(' · ');
	}
}

/** Fields through which an account is about a record rather than only mentioning it. */
const involving = ['witness', 'subjects', 'camps', 'places', 'organizations'];

/** The accounts that involve a record: those it is the witness, subject, camp, place or organisation of first, each group by title. */
function accountsOf(archive: ArchiveIndex, record: Named) {
	const key = recordKey(record.collection, record.id);
	const first = new Set(archive.referrers(key, 'testimonies', involving));
	const rest = archive.referrers(key, 'testimonies').filter((t) => !first.has(t));
	return [...[...first].sort(byName), ...rest.sort(byName)];
}

interface Entry {
	row: number;
	brief: IndexedRecord;
	full: IndexedRecord;
	/** The bytes of each row in JSON. */
	size: { brief: number; full: number };
	/** The keys that are one of its whole names: a leaf holding one stores the full row. */
	whole: Set<string>;
	/** Order among the records of one key: named first, then the best attested, then by name. */
	rank: [number, number, string];
}

/** Every record the index holds, with its keys. */
function entriesOf(archive: ArchiveIndex, limits: Limits) {
	const entries: Entry[] = [];
	const byKey = new Map<string, Entry[]>();
	const withheldIn = withheldNameReader(archive.withheldValues);
	for (const [kind, collection] of nameKinds.entries()) {
		for (const record of archive.of(collection) as Named[]) {
			const names = [...new Set(namesOf(record))];
			const named = 'named' in record.data && record.data.named === false ? 0 : 1;
			const summary = summaryOf(archive, record);
			const brief: IndexedRecord = [kind, record.id, names, summary, named];
			const accounts = accountsOf(archive, record);
			const first = accounts.slice(0, limits.accountsShown).map((t): [string, string] => [t.id, t.data.title]);
			const full: IndexedRecord = first.length ? [kind, record.id, names, summary, named, accounts.length, first] : [kind, record.id, names, summary, named, 0];
			const size = { brief: bytes(brief), full: bytes(full) };
			const entry: Entry = { row: entries.length, brief, full, size, whole: new Set(), rank: [1 - named, -accounts.length, titleOf(record)] };
			entries.push(entry);
			const keys = new Set<string>();
			for (const name of names) {
				// The check refuses such a name first, with its file and line; this is the last guard.
				if (withheldIn(name)) throw new Error(`The name index would find ${record.collection}/${record.id} by a withheld name: its name “${name}” reads as one once folded for search (npm run check says where).`);
				const { words, joined } = nameForm(name);
				if (!joined) continue;
				entry.whole.add(joined);
				keys.add(joined);
				// Single letters ("T." for a given name) and the small words of descriptions are not words a name is searched by.
				for (const word of words) if (word.length > 1 && !notNameWords.has(word)) keys.add(word);
			}
			for (const key of keys) {
				const list = byKey.get(key);
				if (list) list.push(entry);
				else byKey.set(key, [entry]);
			}
		}
	}
	const order = (a: Entry, b: Entry, key: string) =>
		Number(!a.whole.has(key)) - Number(!b.whole.has(key)) || a.rank[0] - b.rank[0] || a.rank[1] - b.rank[1] || a.rank[2].localeCompare(b.rank[2]);
	return [...byKey]
		.sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
		.map(([key, list]) => ({ key, count: list.length, entries: list.sort((a, b) => order(a, b, key)).slice(0, limits.perKey) }));
}

/** Cuts the sorted keys into leaves of at most `leafBytes` (a single key larger than that makes a leaf of its own). */
function leavesOf(keys: ReturnType<typeof entriesOf>, limits: Limits) {
	const leaves: { first: string; last: string; leaf: NameLeaf }[] = [];
	let leaf: NameLeaf = { r: [], k: [] };
	let rows = new Map<number, number>();
	let size = bytes(leaf);
	let first = '';
	let last = '';
	const close = () => {
		if (leaf.k.length) leaves.push({ first, last, leaf });
		leaf = { r: [], k: [] };
		rows = new Map();
		size = bytes(leaf);
	};
	for (const { key, count, entries } of keys) {
		// What this key adds to the leaf as it stands: each record not yet in it (or, where the key is
		// one of its whole names, the full row in place of a brief one), and its own line, which
		// lists the rows by their place in the leaf.
		const added = () => {
			let next = leaf.r.length;
			let sum = 0;
			const at = entries.map((e) => {
				const known = rows.get(e.row);
				const full = e.whole.has(key);
				if (known === undefined) {
					sum += (full ? e.size.full : e.size.brief) + 1;
					return next++;
				}
				if (full && leaf.r[known] === e.brief) sum += e.size.full - e.size.brief;
				return known;
			});
			return sum + bytes([key, count, ...at]) + 1;
		};
		if (leaf.k.length && size + added() > limits.leafBytes) close();
		size += added();
		if (!leaf.k.length) first = key;
		last = key;
		const line: IndexedKey = [key, count];
		for (const e of entries) {
			const wanted = e.whole.has(key) ? e.full : e.brief;
			let at = rows.get(e.row);
			if (at === undefined) {
				at = leaf.r.push(wanted) - 1;
				rows.set(e.row, at);
			} else if (wanted === e.full) leaf.r[at] = e.full;
			line.push(at);
		}
		leaf.k.push(line);
	}
	close();
	return leaves;
}

/** The shortest beginning of `next` that sorts after `previous`: where a child starts. */
function separator(previous: string, next: string) {
	for (let n = 1; n <= next.length; n++) if (next.slice(0, n) > previous) return next.slice(0, n);
	return next;
}

/** A short name for a file from its content, so that a browser never mixes files of two builds. */
function fileName(text: string) {
	// FNV-1a, 32 bits: not for security, only to tell builds' files apart.
	let hash = 0x811c9dc5;
	for (let i = 0; i < text.length; i++) hash = Math.imul(hash ^ text.charCodeAt(i), 0x01000193) >>> 0;
	return hash.toString(36).padStart(7, '0');
}

/**
 * The files of the name index: `root` and the rest by a name made from their content, each
 * as the JSON text to write at `search/names/<name>.json`. `limits` are for the tests.
 */
export function nameIndex(archive: ArchiveIndex, limits: Limits = nameIndexLimits): Map<string, string> {
	const files = new Map<string, string>();
	const add = (value: unknown) => {
		const text = JSON.stringify(value);
		let name = fileName(text);
		// Two files whose names collide: the later one gets a suffix (no two builds share it).
		for (let n = 1; files.has(name) && files.get(name) !== text; n++) name = `${fileName(text)}-${n}`;
		files.set(name, text);
		return name;
	};
	let level = leavesOf(entriesOf(archive, limits), limits).map(({ first, last, leaf }) => ({ first, last, file: add(leaf) }));
	let leaves = true;
	while (level.length > limits.rootFanout) {
		const up: typeof level = [];
		for (let i = 0; i < level.length; i += limits.fanout) {
			const children = level.slice(i, i + limits.fanout);
			up.push({ first: children[0].first, last: children.at(-1)!.last, file: add(nodeOf(children, leaves)) });
		}
		level = up;
		leaves = false;
	}
	const root: NameRoot = { v: 1, ...nodeOf(level, leaves) };
	files.set('root', JSON.stringify(root));
	return files;
}

function nodeOf(children: { first: string; last: string; file: string }[], leaves: boolean): NameNode {
	return { s: children.slice(1).map((child, i) => separator(children[i].last, child.first)), c: children.map((child) => child.file), leaves };
}
