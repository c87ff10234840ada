import { problemAt, type CheckedRecord, type Problem } from './problems.ts';

/** Roles of people whose accounts the archive exists to hold: each should have a testimony. */
const rolesWithTestimony = new Set(['former-detainee', 'detainee', 'relative-of-detainee', 'witness']);

/**
 * Warns of people who were detained, are relatives of a detainee or witnesses, and whom no
 * testimony mentions (as witness, subject, reporter, speaker or anywhere else). Testimonies
 * that failed their own checks still count, by the ids written in them.
 */
export function checkPeopleWithoutTestimony(records: CheckedRecord[], testimonies: readonly { data: unknown }[] = records.filter((r) => r.collection === 'testimonies')): Problem[] {
	const mentioned = new Set<string>();
	const collect = (value: unknown) => {
		if (typeof value === 'string') mentioned.add(value);
		else if (Array.isArray(value)) value.forEach(collect);
		else if (value && typeof value === 'object') Object.values(value).forEach(collect);
	};
	for (const t of testimonies) collect(t.data);
	return records
		.filter((r) => r.collection === 'people' && !mentioned.has(r.id))
		.filter((r) => ((r.value.roles as string[] | undefined) ?? []).some((role) => rolesWithTestimony.has(role)))
		.map((r) =>
			problemAt(
				r,
				['roles'],
				`no testimony mentions this person, though their roles (${(r.value.roles as string[]).join(', ')}) say they have an account to give`,
				`add their testimony (npm run new -- testimony --id ${r.id} --source <source id>), or name them in a testimony as witness, subjects or a quote's speaker`,
				'warning',
			),
		);
}
