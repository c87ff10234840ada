// The build's scan of the built site for withheld values, in a thread of its own (see
// scripts/build.ts): it sends back what it found, and the build fails on any of it.
import { parentPort, workerData } from 'node:worker_threads';
import { findValues, type ScanJob } from './scan.ts';

const { dir, values, skip } = workerData as ScanJob;
parentPort!.postMessage(findValues(dir, values, (file) => !file.startsWith(skip)));
