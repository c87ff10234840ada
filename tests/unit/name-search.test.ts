import { describe, expect, it } from 'vitest';
import { nameLookup } from '../../src/core/name-lookup.ts';
import { foldForSearch } from '../../src/core/fold.ts';
import type { ArchiveRecord } from '../../src/core/records.ts';
import { closestNames, nameMatch, type NameLeaf, type NameRoot } from '../../src/core/name-search.ts';
import { nameIndex, nameIndexLimits } from '../../src/core/views/name-index.ts';
import { fixtureArchive } from './test-utils.ts';

/** The name index of a fixture, and a lookup that reads it as the browser would, counting the files read. */
function indexOf(fixture: string, limits = nameIndexLimits, edit?: (records: ArchiveRecord[]) => ArchiveRecord[]) {
	const files = nameIndex(fixtureArchive(fixture, { edit }), limits);
	const read: string[] = [];
	const { lookup } = nameLookup(async (file) => {
		read.push(file);
		const text = files.get(file);
		if (text === undefined) throw new Error(`no file ${file}`);
		return JSON.parse(text);
	});
	return { files, read, lookup };
}

describe('matching a query with a name', () => {
	it('tells a whole name, whole words of it, the beginning of it, and no match apart', () => {
		const names = ['Serikzhan Bilash', 'Серикжан Билаш'];
		expect(nameMatch('Serikjan Bilash', names).level).toBe('exact');
		expect(nameMatch('SERIKZHANBILASH', names).level).toBe('exact');
		expect(nameMatch('Bilash Serikzhan', names).level).toBe('words');
		expect(nameMatch('Bilash', names).level).toBe('words');
		expect(nameMatch('Bila', names).level).toBe('prefix');
		expect(nameMatch('Serikzhan Bil', names).level).toBe('prefix');
		expect(nameMatch('Bi', names).level).toBe('none');
		expect(nameMatch('Bilash Almaty', names).level).toBe('none');
	});

	it('suggests the nearest names for a misspelling, and none for gibberish', () => {
		const records = [{ names: ['Nurlan Kokteubai'] }, { names: ['Almaty'] }];
		expect(closestNames('Kokteubaj', records)).toEqual([{ names: ['Nurlan Kokteubai'] }]);
		expect(closestNames('Qwertyuiop', records)).toEqual([]);
	});
});

describe('the name index of the core fixture', () => {
	it('finds a person by name, recorded spelling, Cyrillic and unrecorded spelling, with the accounts that involve them', async () => {
		const { lookup } = indexOf('core-archive');
		for (const query of ['Aidarbek Testov', 'aydarbek testow', 'Айдарбек Тестов', 'AYDARBEK TESTOV', 'AidarbekTestov']) {
			const answer = await lookup(query);
			expect(answer.status, query).toBe('found');
			expect(answer.count, query).toBe(1);
			expect(answer.results[0]).toMatchObject({ kind: 'people', id: 'aidarbek-testov', name: 'Aidarbek Testov', path: 'people/aidarbek-testov/', level: 'exact', summary: 'Former detainee, Witness' });
		}
		const [person] = (await lookup('Aidarbek Testov')).results;
		expect(person.spellings).toEqual(['Aydarbek Testow', 'Айдарбек Тестов']);
		// The accounts he gives or is the subject of first, then the one that quotes him.
		expect(person.accounts).toEqual({
			count: 3,
			first: [
				{ title: 'Aidarbek Testov: eight months in Mockville Camp No. 1', path: 'testimonies/testov-mockville-camp/' },
				{ title: 'Gulnara Testova on her brother’s return', path: 'testimonies/gulnara-testova-on-her-brother/' },
				{ title: 'Mirza Mockov: standing in the yard at the 7th Street Detention Centre', path: 'testimonies/mirza-mockov-7th-street/' },
			],
		});
	});

	it('finds records by a whole word of their names, the named before those only described', async () => {
		const { lookup } = indexOf('core-archive');
		const answer = await lookup('Mockville');
		expect(answer.status).toBe('found');
		// The city, its camp, and the guard described by the camp's name.
		expect(answer.count).toBe(3);
		expect(answer.results.map((r) => r.id)).toEqual(['mockville', 'mockville-camp-no-1', 'mockville-camp-guard']);
		expect(answer.results[0].accounts?.count).toBe(2);
		const camp = await lookup('camp mockville');
		expect(camp.results.map((r) => [r.id, r.level])).toEqual([
			['mockville-camp-no-1', 'words'],
			['mockville-camp-guard', 'words'],
		]);
	});

	it('says what each record is under its name', async () => {
		const { lookup } = indexOf('core-archive');
		const summary = async (query: string) => (await lookup(query)).results[0].summary;
		expect(await summary('7th Street Detention Centre')).toBe('Detention centre · 7th Street, Mockville');
		expect(await summary('Mockville Camp No. 1')).toBe('Re-education camp · on the road north of Mockville');
		expect(await summary('Mokvil')).toBe('City in North Testovia');
		expect(await summary('Testwatch')).toBe('Human rights group · Fictistan');
		expect(await summary('Testwatch International')).toBe('International body');
		expect(await summary('Guard at Mockville Camp No. 1 (not named)')).toBe('Perpetrator');
	});

	it('answers the beginning of a name as a beginning, not as a match', async () => {
		const { lookup } = indexOf('core-archive');
		const answer = await lookup('Testo');
		expect(answer.status).toBe('begins');
		expect(answer.results.map((r) => r.name)).toEqual(['North Testovia', 'Aidarbek Testov', 'Gulnara Testova']);
		expect((await lookup('Aidarbek Tes')).results.map((r) => r.name)).toEqual(['Aidarbek Testov']);
	});

	it('says plainly when no name is in the archive, with the nearest names as suggestions', async () => {
		const { lookup } = indexOf('core-archive');
		const absent = await lookup('Mihrigul Tursun');
		expect(absent).toMatchObject({ status: 'none', results: [], count: 0 });
		const nearMiss = await lookup('Aidarbek Testof');
		expect(nearMiss.status).toBe('none');
		expect(nearMiss.suggestions.map((r) => r.name)).toEqual(['Aidarbek Testov']);
		// Two real words of two different names are not a name.
		expect((await lookup('Gulnara Mockov')).status).toBe('none');
		expect((await lookup('x')).status).toBe('short');
		// The small words of descriptions are no one's name, alone or together.
		expect((await lookup('of')).status).toBe('none');
		expect((await lookup('of the')).status).toBe('none');
		// ...but they must still match: the guard is "at" Mockville Camp, not "of" it.
		expect((await lookup('Guard at Mockville')).results.map((r) => r.id)).toEqual(['mockville-camp-guard']);
		expect((await lookup('Guard of Mockville')).status).toBe('none');
	});

	it('finds every name of every record when the index is split into many small files', async () => {
		const small = { leafBytes: 300, perKey: 12, accountsShown: 1, fanout: 2, rootFanout: 3 };
		const { files, lookup } = indexOf('core-archive', small);
		const root = JSON.parse(files.get('root')!) as NameRoot;
		expect(root.leaves).toBe(false);
		expect(files.size).toBeGreaterThan(20);
		for (const [query, id] of [
			['Aidarbek Testov', 'aidarbek-testov'],
			['Gulnara Testova', 'gulnara-testova'],
			['Mirza Mockov', 'mirza-mockov'],
			['Vera Exampleva', 'vera-exampleva'],
			['7th Street Detention Centre', '7th-street-detention-centre'],
			['Camp Number One', 'mockville-camp-no-1'],
			['Mokvil', 'mockville'],
			['North Testovia', 'north-testovia'],
			['Fictistan', 'fictistan'],
			['Testwatch', 'testwatch'],
			['Testwatch Internationale', 'testwatch-international'],
		]) {
			const answer = await lookup(query);
			expect(answer.results[0]?.id, query).toBe(id);
		}
		// The beginning of names whose keys start in the next leaf.
		for (const [query, names] of [
			['Testw', ['Testwatch', 'Testwatch International']],
			['Aidarb', ['Aidarbek Testov']],
		] as const) {
			const answer = await lookup(query);
			expect(answer.status, query).toBe('begins');
			expect(answer.results.map((r) => r.name).sort(), query).toEqual([...names]);
		}
		// A leaf holds no more than its limit, unless one key alone is larger.
		for (const [name, text] of files) {
			const value = JSON.parse(text) as NameLeaf | NameRoot;
			if ('k' in value && value.k.length > 1) expect(new TextEncoder().encode(text).length, name).toBeLessThanOrEqual(small.leafBytes);
		}
	});

	it('lists only the first records of a common word, says how many have it, and never claims absence it cannot prove', async () => {
		const { lookup } = indexOf('core-archive', { ...nameIndexLimits, perKey: 1 });
		// Three names have the word; the key lists the city, and the camp is found by the beginning of its name run together.
		const common = await lookup('Mockville');
		expect(common).toMatchObject({ status: 'found', count: 3, atLeast: false });
		expect(common.results.map((r) => r.id)).toEqual(['mockville', 'mockville-camp-no-1']);
		// "Camp" and "Mockville" are each in more names than listed: what is found is at least what there is.
		expect(await lookup('Camp Mockville')).toMatchObject({ status: 'found', count: 1, atLeast: true });
		// "Testwatch" and "Camp" likewise, and no name listed has both: the index cannot tell.
		expect((await lookup('Testwatch Camp')).status).toBe('common');
		// "Road" is in no name: then no name has all three words.
		expect((await lookup('Camp Mockville Road')).status).toBe('none');
	});

	it('keeps every leaf within its limit, counting the place of each row it lists', () => {
		// Limits at which a leaf of the fixture holds ten rows or more: their places take two digits.
		const archive = fixtureArchive('core-archive');
		for (let leafBytes = 2400; leafBytes <= 3000; leafBytes++) {
			for (const [name, text] of nameIndex(archive, { ...nameIndexLimits, leafBytes })) {
				const value = JSON.parse(text) as NameLeaf | NameRoot;
				if ('k' in value && value.k.length > 1) expect(new TextEncoder().encode(text).length, `${name} at ${leafBytes}`).toBeLessThanOrEqual(leafBytes);
			}
		}
	});

	it('reads the root and one leaf for a whole name', async () => {
		const { lookup, read } = indexOf('core-archive');
		await lookup('Aidarbek Testov');
		expect(read.length).toBe(2);
	});
});

describe('the name index and withheld identities', () => {
	it('holds the public name only: no withheld name, spelling or location, in any form', async () => {
		const { files, lookup } = indexOf('withheld');
		const all = [...files.values()].join('\n').toLowerCase();
		for (const value of ['Secretname', 'Hiddenova', 'Sekretname', 'Khiddenova', 'hidenova', 'secretvillage', 'hidden lane']) expect(all).not.toContain(value.toLowerCase());
		expect((await lookup('Secretname Hiddenova')).status).toBe('none');
		const witness = await lookup('Witness A');
		expect(witness.results[0]).toMatchObject({ id: 'witness-a', name: 'Witness A', named: false });
		expect(witness.results[0].accounts?.first[0].title).toBe('Witness A: eleven months in a school turned into a camp');
	});

	// An attacker's disguises of "Secretname Hiddenova", given as the names of other records and
	// an account's title. The check refuses most of them; these records skip it, as a mistake in
	// the check would let them through.
	const disguises = [
		'Sécretname Hïddenova',
		'Secretname Hiddenova'.normalize('NFD'),
		'Secret\u200bname Hidden\u00adova',
		'S\u0435cretname Hidd\u0435nova',
		'ＳＥＣＲＥＴＮＡＭＥ ＨＩＤＤＥＮＯＶＡ',
		'SECRETNAME-HIDDENOVA',
		'sekretname  khiddenova',
	];
	const given = (names: string[]) => (records: ArchiveRecord[]) =>
		records.map((r) => {
			if (r.collection === 'organizations') return { ...r, data: { ...r.data, aliases: names.map((name) => ({ name })) } } as ArchiveRecord;
			if (r.collection === 'places') return { ...r, data: { ...r.data, name: `${names[0]} district` } } as ArchiveRecord;
			if (r.collection === 'testimonies') return { ...r, data: { ...r.data, title: `${names.at(-1)}: eleven months` } } as ArchiveRecord;
			return r;
		});

	it('holds no withheld name in disguise, and no query in any spelling finds it', async () => {
		const { files, lookup } = indexOf('withheld', nameIndexLimits, given(disguises));
		// Folded as search folds: no key, name or title of the index is any part of hers.
		const folded = foldForSearch([...files.values()].join(' '));
		for (const word of ['secretname', 'sekretname', 'hidenova']) expect(folded).not.toContain(word);
		for (const query of [...disguises, 'Secretname', 'Hiddenova', 'SecretnameHiddenova', 'Секретнаме Хидденова', 'Secretname Hidenova']) {
			const answer = await lookup(query);
			expect(answer.status, query).toBe('none');
			expect(answer.suggestions.map((r) => r.name).join(' '), query).not.toMatch(/secret|hidden/i);
		}
	});

	it('is not made when a name redaction leaves would be her name once folded', () => {
		// Read by a reader as "SecretnameHiddenova": one word to redaction, her name run together to search.
		for (const name of ['SecretnameHiddenova', 'Secretname\u2060Hiddenova', 'Secret Name Hiddenova'])
			expect(() => indexOf('withheld', nameIndexLimits, given([name])), name).toThrow(/withheld name/);
	});
});

