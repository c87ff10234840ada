import { parseArgs, type ParseArgsConfig } from 'node:util';

/**
 * A command's options, read with Node's parseArgs. An unknown or malformed option is a mistake
 * of the person typing, not of the program: it is said in one line with the usage, and the
 * command exits with 2, never with a stack trace.
 */
export function readOptions<T extends ParseArgsConfig>(config: T, usage: string): ReturnType<typeof parseArgs<T>> {
	try {
		return parseArgs(config);
	} catch (error) {
		console.error(`${error instanceof Error ? error.message : String(error)}\n${usage}`);
		return process.exit(2);
	}
}
