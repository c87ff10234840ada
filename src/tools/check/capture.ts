import { createHash } from 'node:crypto';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { problemAt, type CheckedRecord, type Problem } from './problems.ts';

/** Reports source captures that are missing or whose bytes no longer match their SHA-256. */
export function checkCapture(root: string, record: CheckedRecord): Problem[] {
	const capture = record.value.capture as { file: string; sha256: string; bytes: number };
	const path = join(root, 'content', 'sources', capture.file);
	if (!existsSync(path)) {
		return [problemAt(record, ['capture', 'file'], `the raw capture content/sources/${capture.file} is missing`, 'restore the capture file beside this record (never edit it)')];
	}
	const bytes = readFileSync(path);
	const sha256 = createHash('sha256').update(bytes).digest('hex');
	if (sha256 !== capture.sha256) {
		return [problemAt(record, ['capture', 'sha256'], `the capture's SHA-256 is ${sha256}, not the recorded value: the capture was changed or the hash mistyped`, 'restore the original capture byte for byte, or re-import it')];
	}
	if (bytes.length !== capture.bytes) {
		return [problemAt(record, ['capture', 'bytes'], `the capture has ${bytes.length} bytes, not ${capture.bytes}`, 'correct the byte count')];
	}
	return [];
}
