import { existsSync, lstatSync, mkdirSync, readFileSync, readlinkSync, renameSync, rmSync, writeFileSync, type Stats } from 'node:fs';
import { basename, dirname, join, resolve } from 'node:path';
import { sizeProblem } from './input.ts';

/** A file under content/ as the check may read it: its bytes, or why it is not read. */
export type ContentFile = { kind: 'file'; bytes: Buffer } | { kind: 'missing' } | { kind: 'refused'; message: string; fix: string };

/** What a directory entry is, in the archivist's words, when it is not a plain file. */
function notAFile(stats: Stats): string {
	if (stats.isDirectory()) return 'a folder';
	if (stats.isFIFO()) return 'a named pipe';
	if (stats.isSocket()) return 'a socket';
	if (stats.isCharacterDevice() || stats.isBlockDevice()) return 'a device';
	return 'not a plain file';
}

/**
 * Why an entry of content/ may not be read, or undefined when it is a plain file within the size
 * limit. The archive reads only files kept in content/ itself: a symbolic link could bring in a
 * file from anywhere on the machine (and publish it, for a capture), a folder or a pipe named like
 * a record cannot be read as one, and a file over the limit would slow every check and build.
 */
export function entryProblem(path: string, stats: Stats, role: 'record' | 'capture' | 'folder'): { message: string; fix: string } | undefined {
	if (stats.isSymbolicLink()) {
		let target = '';
		try {
			target = ` to ${readlinkSync(path)}`;
		} catch {
			// The target is only named to help; the link is refused either way.
		}
		return {
			message: `it is a symbolic link${target}, not a ${role === 'folder' ? 'folder' : 'file'} kept in content/ (the archive reads nothing from outside it)`,
			fix: `replace the link with the ${role === 'folder' ? 'folder' : 'file'} itself`,
		};
	}
	if (role === 'folder') return stats.isDirectory() ? undefined : { message: `it is ${notAFile(stats)}, not a folder of records`, fix: 'remove it, or rename it and make a folder of this name for the records' };
	if (!stats.isFile()) {
		return {
			message: `it is ${notAFile(stats)}, not a ${role} file`,
			fix: role === 'record' ? 'rename it so that its name does not end in .md, or move it out of content/' : 'put the capture file itself here, byte for byte',
		};
	}
	const tooLarge = sizeProblem(stats.size);
	if (tooLarge) {
		return {
			message: `the ${role} is too large: ${tooLarge}`,
			fix: role === 'capture' ? 'capture only the article (save the page as text, or as HTML without images), or split a book into parts and import each' : 'a record is a few kilobytes; a source this large comes from a capture over the limit: split the capture into parts and import each',
		};
	}
	return undefined;
}

/** Reads a file under `root`, at `file` (relative to `root`), if it is a plain file the archive may read. */
export function readContentFile(root: string, file: string, role: 'record' | 'capture'): ContentFile {
	const path = join(root, file);
	let stats: Stats;
	try {
		stats = lstatSync(path);
	} catch {
		return { kind: 'missing' };
	}
	const refused = entryProblem(path, stats, role);
	if (refused) return { kind: 'refused', ...refused };
	try {
		return { kind: 'file', bytes: readFileSync(path) };
	} catch (error) {
		const code = (error as NodeJS.ErrnoException).code;
		return { kind: 'refused', message: `the file could not be read (${code === 'EACCES' || code === 'EPERM' ? 'permission denied' : (code ?? String(error))})`, fix: 'make the file readable (check its permissions), or restore it' };
	}
}

/** Thrown when the tools may not write where they were asked to; the message says why and that nothing was written. */
export class RefusedWrite extends Error {}

/**
 * Why the tools may not write into `folder`, or undefined when they may: it must be the folder of
 * one kind of record in an archive, `<archive>/content/<collection>`, with `content/` an existing
 * folder and neither of them a symbolic link (which could lead anywhere on the machine).
 */
export function contentFolderProblem(folder: string, collection: string): string | undefined {
	const path = resolve(folder);
	const content = dirname(path);
	if (basename(path) !== collection || basename(content) !== 'content') return `${folder} is not the content/${collection} folder of an archive, and the tools write nowhere else`;
	const kind = (p: string) => {
		try {
			const stats = lstatSync(p);
			return stats.isSymbolicLink() ? 'a symbolic link' : stats.isDirectory() ? 'folder' : 'not a folder';
		} catch {
			return 'absent';
		}
	};
	const ofContent = kind(content);
	if (ofContent !== 'folder') return `${content} is ${ofContent === 'absent' ? 'not there' : ofContent}: the tools write only into an existing content/ folder`;
	const ofFolder = kind(path);
	if (ofFolder !== 'folder' && ofFolder !== 'absent') return `${path} is ${ofFolder}, not a folder of records`;
	return undefined;
}

/**
 * Writes files into `<archive>/content/<collection>`: each file is written beside its place and
 * then moved into it in one step, so no file is ever half written and none is written through a
 * symbolic link. Nothing is written unless every file may be: an existing file is replaced only
 * when `replace` says so, and never when it is a link, a folder or anything but a plain file.
 */
export function writeIntoContent(folder: string, collection: string, files: { name: string; data: string | Uint8Array; replace: boolean }[]): void {
	const refused = contentFolderProblem(folder, collection);
	if (refused) throw new RefusedWrite(`${refused}. Nothing was written.`);
	for (const { name, replace } of files) {
		// Names are made from ids, which hold no separator; this keeps any other out of the folder.
		if (!/^[^/\\]+$/.test(name) || name === '.' || name === '..') throw new RefusedWrite(`"${name}" is not a file name. Nothing was written.`);
		let stats: Stats | undefined;
		try {
			stats = lstatSync(join(folder, name));
		} catch {
			continue;
		}
		const shown = join(folder, name);
		if (stats.isSymbolicLink()) throw new RefusedWrite(`${shown} is a symbolic link; the tools never write through one. Remove the link, then try again. Nothing was written.`);
		if (!stats.isFile()) throw new RefusedWrite(`${shown} is a folder or another thing that is not a file. Move it away, then try again. Nothing was written.`);
		if (!replace) throw new RefusedWrite(`${shown} already exists. Nothing was written.`);
	}
	if (!existsSync(folder)) mkdirSync(folder);
	const temporary = files.map(({ name }) => join(folder, `.${name}.${process.pid}.tmp`));
	try {
		files.forEach(({ data }, i) => writeFileSync(temporary[i], data, { flag: 'wx' }));
		files.forEach(({ name }, i) => renameSync(temporary[i], join(folder, name)));
	} finally {
		for (const path of temporary) rmSync(path, { force: true });
	}
}
