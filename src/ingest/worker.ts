/**
 * Worker thread of the ingest pool: parse and extract, nothing else. Receives `{ n, text, source, meta }`,
 * answers `{ n, record }` or `{ n, error }`. Pure work: no I/O of its own.
 */
import { parentPort } from 'node:worker_threads';
import { processCable } from '../pipeline.js';
import type { SourceMeta } from '../record.js';

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
      record: processCable(job.text, { source: job.source, meta: job.meta }),
    });
  } catch (error) {
    parentPort?.postMessage({ n: job.n, error: error instanceof Error ? error.message : String(error) });
  }
});
