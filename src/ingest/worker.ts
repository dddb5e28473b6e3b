/**
 * Worker thread of the ingest pool: parse, extract and prepare for storing (JSON, content hash and, for
 * a store that compresses, the compressed forms), so that the writer thread only writes. Started with
 * the prepare options as its data; receives `{ n, text, source, meta }`, answers `{ n, cable }` or
 * `{ n, error }`. Pure work: no I/O of its own.
 */
import { parentPort, workerData } from 'node:worker_threads';
import { processCable } from '../pipeline.js';
import type { SourceMeta } from '../record.js';
import { type PrepareOptions, prepareCable } from '../store/stored-form.js';

interface Job {
  n: number;
  text: string;
  source: string;
  meta: SourceMeta | null;
}

const options = (workerData ?? {}) as PrepareOptions;

parentPort?.on('message', (job: Job) => {
  try {
    parentPort?.postMessage({
      n: job.n,
      cable: prepareCable(processCable(job.text, { source: job.source, meta: job.meta }), options),
    });
  } catch (error) {
    parentPort?.postMessage({ n: job.n, error: error instanceof Error ? error.message : String(error) });
  }
});
