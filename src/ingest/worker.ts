/**
 * Worker thread of the ingest pool: parse, extract and prepare for storing (JSON and content hash), so
 * that the writer thread only writes. Receives `{ n, text, source, meta }`, answers `{ n, cable }` or
 * `{ n, error }`. Pure work: no I/O of its own.
 */
import { parentPort } from 'node:worker_threads';
import { processCable } from '../pipeline.js';
import type { SourceMeta } from '../record.js';
import { prepareCable } from '../store/stored-form.js';

interface Job {
  n: number;
  text: string;
  source: string;
  meta: SourceMeta | null;
}

parentPort?.on('message', (job: Job) => {
  try {
    parentPort?.postMessage({
      n: job.n,
      cable: prepareCable(processCable(job.text, { source: job.source, meta: job.meta })),
    });
  } catch (error) {
    parentPort?.postMessage({ n: job.n, error: error instanceof Error ? error.message : String(error) });
  }
});
