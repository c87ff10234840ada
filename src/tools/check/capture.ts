import { createHash } from 'node:crypto';
import { join } from 'node:path';
import { readContentFile } from '../files.ts';
import { problemAt, type CheckedRecord, type Problem } from './problems.ts';

/**
 * Reports source captures that are missing, are not a plain file kept beside the record (a
 * symbolic link could publish any file of the machine as the capture), are larger than the
 * archive takes, or whose bytes no longer match their SHA-256.
 */
export function checkCapture(root: string, record: CheckedRecord): Problem[] {
	const capture = record.value.capture as { file: string; sha256: string; bytes: number };
	const file = join('content', 'sources', capture.file);
	const read = readContentFile(root, file, 'capture');
	if (read.kind === 'missing') {
		return [problemAt(record, ['capture', 'file'], `the raw capture ${file} is missing`, 'restore the capture file beside this record (never edit it)')];
	}
	if (read.kind === 'refused') return [problemAt(record, ['capture', 'file'], `the raw capture ${file} is not read: ${read.message}`, read.fix)];
	const { bytes } = read;
	const sha256 = createHash('sha256').update(bytes).digest('hex');
	if (sha256 !== capture.sha256) {
		return [problemAt(record, ['capture', 'sha256'], `the capture's SHA-256 is ${sha256}, not the recorded value: the capture was changed or the hash mistyped`, 'restore the original capture byte for byte, or re-import it')];
	}
	if (bytes.length !== capture.bytes) {
		return [problemAt(record, ['capture', 'bytes'], `the capture has ${bytes.length} bytes, not ${capture.bytes}`, 'correct the byte count')];
	}
	return [];
}
