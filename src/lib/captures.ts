import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { CollectionEntry } from 'astro:content';
import { loadArchive } from './archive.ts';
import { withheldValuesIn } from './withhold.ts';

type Source = CollectionEntry<'sources'>;

/** A source's raw capture as stored, byte for byte. */
export const captureBytes = (source: Source) => readFileSync(join(process.cwd(), 'content', 'sources', source.data.capture.file));

/**
 * Whether a source's raw capture may be offered for download. Not when it names a person or
 * a location the archive withholds: the capture is kept byte for byte, so it cannot be
 * redacted like the source's text; its page says why it is not offered.
 */
export async function capturePublished(source: Source): Promise<boolean> {
	const { redactions } = await loadArchive();
	if (!redactions.length) return true;
	const text = new TextDecoder(source.data.capture.encoding).decode(captureBytes(source));
	return withheldValuesIn(
		text,
		redactions.map((r) => r.value),
	).length === 0;
}
