/** Text made in pieces as a stream of bytes, each piece made when the reader asks for it: no file is held whole in memory. */
export function streamOf(pieces: Iterable<string>): ReadableStream<Uint8Array> {
	const iterator = pieces[Symbol.iterator]();
	const encoder = new TextEncoder();
	return new ReadableStream<Uint8Array>({
		pull(controller) {
			const next = iterator.next();
			if (next.done) controller.close();
			else controller.enqueue(encoder.encode(next.value));
		},
	});
}
