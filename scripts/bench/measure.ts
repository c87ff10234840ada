// Runs a command as a child process and measures it: wall time, the peak memory of its
// whole process tree (sampled from /proc), and the time each line of its log arrived.
import { spawn } from 'node:child_process';
import { existsSync, readdirSync, readFileSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

export interface LogLine {
	/** Milliseconds since the command started. */
	at: number;
	text: string;
}

export interface RunResult {
	code: number | null;
	signal: NodeJS.Signals | null;
	timedOut: boolean;
	wallMs: number;
	/** Largest sum of resident memory over the process tree, sampled every 200 ms (KiB). */
	peakTreeKiB: number;
	/** Largest peak (VmHWM) of any single process in the tree (KiB). */
	peakProcessKiB: number;
	/** Maximum resident set size from /usr/bin/time -v, when it is installed (KiB). */
	timeMaxRssKiB?: number;
	/** CPU time (user + system) of the command and its children, from /usr/bin/time -v: less disturbed than wall time when other work shares the machine. */
	cpuSeconds?: number;
	/** CPU seconds per program name in the process tree, as last sampled (e.g. node, pagefind_extended). */
	cpuByProgram: Record<string, number>;
	/** Log lines, without the one-line-per-page lines (those are only counted). */
	lines: LogLine[];
	pageLines: number;
}

const ansi = /\x1b\[[0-9;]*[A-Za-z]/g;

function childrenOf(pid: number): number[] {
	const found: number[] = [];
	try {
		for (const tid of readdirSync(`/proc/${pid}/task`)) {
			const text = readFileSync(`/proc/${pid}/task/${tid}/children`, 'utf8').trim();
			if (text) found.push(...text.split(/\s+/).map(Number));
		}
	} catch {
		// The process ended between two reads.
	}
	return found;
}

const ticks = 100; // USER_HZ: /proc reports CPU time in 1/100 s on Linux.

/** A process's program name and CPU time so far (user + system, seconds). */
function cpuOf(pid: number): { program: string; seconds: number } | undefined {
	try {
		const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
		const close = stat.lastIndexOf(')');
		const program = stat.slice(stat.indexOf('(') + 1, close);
		const fields = stat.slice(close + 2).split(' ');
		return { program, seconds: (Number(fields[11]) + Number(fields[12])) / ticks };
	} catch {
		return undefined;
	}
}

function memoryOf(pid: number): { rss: number; hwm: number } {
	try {
		const status = readFileSync(`/proc/${pid}/status`, 'utf8');
		return { rss: Number(/VmRSS:\s+(\d+)/.exec(status)?.[1] ?? 0), hwm: Number(/VmHWM:\s+(\d+)/.exec(status)?.[1] ?? 0) };
	} catch {
		return { rss: 0, hwm: 0 };
	}
}

/** The process and all its descendants. */
function processTree(root: number): number[] {
	const all: number[] = [];
	const stack = [root];
	while (stack.length) {
		const pid = stack.pop()!;
		all.push(pid);
		stack.push(...childrenOf(pid));
	}
	return all;
}

export interface RunOptions {
	cwd: string;
	env?: NodeJS.ProcessEnv;
	/** Called with each log line as it arrives. */
	onLine?: (line: LogLine, pageLines: number) => void;
	/** Kills the whole process tree after this long. */
	timeoutMs?: number;
}

/** Runs `command args` and measures it (see RunResult). */
export function runMeasured(command: string, args: string[], options: RunOptions): Promise<RunResult> {
	const timeFile = join(tmpdir(), `bench-time-${process.pid}-${Date.now()}.txt`);
	const useTime = existsSync('/usr/bin/time');
	const [cmd, argv] = useTime ? ['/usr/bin/time', ['-v', '-o', timeFile, command, ...args]] : [command, args];
	const started = performance.now();
	const child = spawn(cmd, argv, { cwd: options.cwd, env: options.env, stdio: ['ignore', 'pipe', 'pipe'], detached: true });
	const lines: LogLine[] = [];
	let pageLines = 0;
	let peakTreeKiB = 0;
	let peakProcessKiB = 0;
	let timedOut = false;
	const cpuByPid = new Map<number, { program: string; seconds: number }>();

	const sample = () => {
		if (!child.pid) return;
		let sum = 0;
		for (const pid of processTree(child.pid)) {
			const { rss, hwm } = memoryOf(pid);
			sum += rss;
			// /usr/bin/time itself is tiny; its peak is not the build's.
			if (hwm > peakProcessKiB) peakProcessKiB = hwm;
			const cpu = cpuOf(pid);
			if (cpu) cpuByPid.set(pid, cpu);
		}
		if (sum > peakTreeKiB) peakTreeKiB = sum;
	};
	const sampler = setInterval(sample, 200);
	const timer = options.timeoutMs
		? setTimeout(() => {
				timedOut = true;
				try {
					process.kill(-child.pid!, 'SIGKILL');
				} catch {
					// already gone
				}
			}, options.timeoutMs)
		: undefined;

	const reader = (stream: NodeJS.ReadableStream) => {
		let rest = '';
		stream.setEncoding('utf8');
		stream.on('data', (chunk: string) => {
			const parts = (rest + chunk).split('\n');
			rest = parts.pop() ?? '';
			for (const raw of parts) {
				const text = raw.replace(ansi, '').trimEnd();
				const line = { at: performance.now() - started, text };
				if (/^\s*\S*\s*[├└]─/.test(text)) pageLines++;
				else if (text.trim()) lines.push(line);
				options.onLine?.(line, pageLines);
			}
		});
	};
	reader(child.stdout!);
	reader(child.stderr!);

	return new Promise((resolve, reject) => {
		child.on('error', reject);
		child.on('close', (code, signal) => {
			clearInterval(sampler);
			if (timer) clearTimeout(timer);
			const wallMs = performance.now() - started;
			let timeMaxRssKiB: number | undefined;
			let cpuSeconds: number | undefined;
			if (useTime && existsSync(timeFile)) {
				const report = readFileSync(timeFile, 'utf8');
				timeMaxRssKiB = Number(/Maximum resident set size \(kbytes\): (\d+)/.exec(report)?.[1]) || undefined;
				const user = /User time \(seconds\): ([\d.]+)/.exec(report);
				const system = /System time \(seconds\): ([\d.]+)/.exec(report);
				if (user && system) cpuSeconds = Number(user[1]) + Number(system[1]);
				const exit = /Exit status: (\d+)/.exec(report);
				if (exit && code === 0) code = Number(exit[1]);
				rmSync(timeFile, { force: true });
			}
			const cpuByProgram: Record<string, number> = {};
			for (const { program, seconds } of cpuByPid.values()) cpuByProgram[program] = Math.round(((cpuByProgram[program] ?? 0) + seconds) * 10) / 10;
			resolve({ code, signal, timedOut, wallMs, peakTreeKiB, peakProcessKiB, timeMaxRssKiB, cpuSeconds, cpuByProgram, lines, pageLines });
		});
	});
}

/** Files, bytes and HTML pages under a folder. */
export function folderStats(dir: string): { files: number; bytes: number; pages: number; byTop: Record<string, number> } {
	let files = 0;
	let bytes = 0;
	let pages = 0;
	const byTop: Record<string, number> = {};
	const walk = (path: string, top: string) => {
		for (const entry of readdirSync(path, { withFileTypes: true })) {
			const full = join(path, entry.name);
			if (entry.isDirectory()) walk(full, top || entry.name);
			else {
				const size = statSync(full).size;
				files++;
				bytes += size;
				if (entry.name.endsWith('.html')) pages++;
				byTop[top || '(root)'] = (byTop[top || '(root)'] ?? 0) + size;
			}
		}
	};
	walk(dir, '');
	return { files, bytes, pages, byTop };
}
