import { appendFileSync } from 'node:fs';
import { processCable } from '../pipeline.js';
import { inputSize, type ReadMeter } from '../sources/files.js';
import { readSources } from '../sources/index.js';
import { refreshPersonNames } from '../store/names.js';
import type { CableStore, PutStatus } from '../store/store.js';
import { type PreparedCable, prepareCable } from '../store/stored-form.js';
import { ParsePool } from './pool.js';

/** Cables stored or replaced by one ingest from which the indexes are tidied at its end. */
export const OPTIMIZE_AFTER = 1000;

export interface IngestSummary {
  read: number;
  inserted: number;
  unchanged: number;
  replaced: number;
  rejected: number;
  seconds: number;
  /** Input bytes consumed so far and in all (0 when unknown, as for standard input). */
  bytesRead: number;
  bytesTotal: number;
}

export interface IngestOptions {
  /** Records per transaction. */
  batchSize?: number;
  /** Where rejected entries are written, one JSON line each, with the reason. */
  reportPath?: string | null;
  /** Called after every batch with the running totals. */
  onProgress?: (summary: IngestSummary) => void;
  /** Worker threads for parse and extract; 0 parses on this thread. */
  workers?: number;
}

/**
 * Reads, parses, extracts and stores every cable under the paths. Batches are written in one
 * transaction each, so an ingest killed at any moment leaves whole cables; run again, it skips what is
 * stored unchanged and completes the rest. A bad entry is reported and never stops the run.
 */
export async function ingest(
  paths: string[],
  store: CableStore,
  options: IngestOptions = {},
): Promise<IngestSummary> {
  const batchSize = options.batchSize ?? 200;
  const started = Date.now();
  const meter: ReadMeter = { bytes: 0 };
  const summary: IngestSummary = {
    read: 0,
    inserted: 0,
    unchanged: 0,
    replaced: 0,
    rejected: 0,
    seconds: 0,
    bytesRead: 0,
    bytesTotal: await inputSize(paths),
  };
  const reject = (source: string, reason: string) => {
    summary.rejected++;
    if (options.reportPath) appendFileSync(options.reportPath, `${JSON.stringify({ source, reason })}\n`);
  };
  let batch: PreparedCable[] = [];
  const flush = async () => {
    if (batch.length === 0) return;
    const results = await store.putMany(batch);
    for (const r of results) summary[r.status satisfies PutStatus]++;
    batch = [];
    summary.seconds = (Date.now() - started) / 1000;
    summary.bytesRead = meter.bytes;
    options.onProgress?.({ ...summary });
  };
  // With two workers or more the one writer is the scarce thread: compression moves to the workers.
  const prepare = { pack: store.packsDocuments && (options.workers ?? 0) > 1 };
  const pool = (options.workers ?? 0) > 0 ? new ParsePool(options.workers ?? 1, prepare) : null;
  // Jobs in flight, oldest first: results are stored in the order the sources gave them.
  const inFlight: { source: string; result: Promise<{ cable: PreparedCable } | { error: string }> }[] = [];
  const settle = async () => {
    const job = inFlight.shift();
    if (!job) return;
    const result = await job.result;
    if ('error' in result) reject(job.source, `could not be parsed: ${result.error}`);
    else batch.push(result.cable);
    if (batch.length >= batchSize) await flush();
  };
  try {
    for await (const item of readSources(paths, meter)) {
      summary.read++;
      if (item.kind === 'error') {
        reject(item.source, item.message);
        continue;
      }
      if (pool) {
        inFlight.push({ source: item.source, result: pool.process(item.text, item.source, item.meta) });
        // Memory stays flat: at most a few batches are read ahead of the writer.
        while (inFlight.length >= batchSize * 2) await settle();
        continue;
      }
      try {
        batch.push(prepareCable(processCable(item.text, { source: item.source, meta: item.meta }), prepare));
      } catch (error) {
        reject(item.source, `could not be parsed: ${error instanceof Error ? error.message : String(error)}`);
        continue;
      }
      if (batch.length >= batchSize) await flush();
    }
    while (inFlight.length > 0) await settle();
  } finally {
    await pool?.close();
  }
  await flush();
  if (summary.inserted + summary.replaced > 0) await refreshPersonNames(store);
  // A large ingest leaves the full-text index in many segments: merging them costs seconds once and
  // makes every later search faster. A small one is not worth rewriting a large index for.
  if (summary.inserted + summary.replaced >= OPTIMIZE_AFTER) await store.optimize();
  summary.seconds = (Date.now() - started) / 1000;
  summary.bytesRead = meter.bytes;
  return summary;
}
