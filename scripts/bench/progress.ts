/** Shows on stderr which step runs and for how long: one updating line on a terminal, a line every 15 s otherwise. */
export function createProgress(stream: NodeJS.WriteStream = process.stderr) {
	const tty = Boolean(stream.isTTY);
	const begun = Date.now();
	let label = '';
	let detail = '';
	let started = Date.now();
	let printed = 0;
	const clock = (ms: number) => {
		const s = Math.floor(ms / 1000);
		return `${Math.floor(s / 60)}:${String(s % 60).padStart(2, '0')}`;
	};
	const line = () => `[${clock(Date.now() - begun)}] ${label} … ${clock(Date.now() - started)}${detail ? ` — ${detail}` : ''}`;
	const render = () => {
		if (!label) return;
		if (tty) stream.write(`\r\x1b[K${line()}`);
		else if (Date.now() - printed >= 15_000) {
			stream.write(`${line()}\n`);
			printed = Date.now();
		}
	};
	const timer = setInterval(render, 1000);
	timer.unref();
	const end = (note = '') => {
		if (!label) return;
		const text = `[${clock(Date.now() - begun)}] ${label}: ${note || 'done'} in ${((Date.now() - started) / 1000).toFixed(1)} s`;
		stream.write(tty ? `\r\x1b[K${text}\n` : `${text}\n`);
		label = '';
	};
	return {
		/** Starts a step (and ends the one before). */
		step(name: string) {
			end();
			label = name;
			detail = '';
			started = Date.now();
			printed = Date.now();
			if (!tty) stream.write(`[${clock(Date.now() - begun)}] ${name} …\n`);
			render();
		},
		/** What the step is doing now, e.g. the build phase and pages made so far. */
		detail(text: string) {
			detail = text;
		},
		end,
		/** A message of its own, between steps. */
		log(text: string) {
			stream.write(tty ? `\r\x1b[K${text}\n` : `${text}\n`);
			render();
		},
		stop() {
			end();
			clearInterval(timer);
		},
	};
}
