import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { Worker } from 'node:worker_threads';
import type { SourceMeta } from '../record.js';
import type { PreparedCable, PrepareOptions } from '../store/stored-form.js';

type Result = { cable: PreparedCable } | { error: string };

/**
 * Parse-and-extract on worker threads. Runs the compiled worker (`dist/ingest/worker.js`), which `npm
 * ci` builds; callers bound how many jobs they keep in flight.
 */
export class ParsePool {
  private readonly workers: Worker[] = [];
  private readonly pending = new Map<number, (result: Result) => void>();
  private next = 0;
  private turn = 0;

  /** `pack`: compress JSON and body as well (see `prepareCable`). */
  constructor(size: number, options: PrepareOptions = {}) {
    const path = fileURLToPath(new URL('../../dist/ingest/worker.js', import.meta.url));
    const local = fileURLToPath(new URL('./worker.js', import.meta.url));
    const script = existsSync(local) && local.endsWith('.js') ? local : path;
    for (let i = 0; i < size; i++) {
      const worker = new Worker(script, { workerData: options });
      worker.on('message', (msg: { n: number } & Result) => {
        const resolve = this.pending.get(msg.n);
        this.pending.delete(msg.n);
        resolve?.(msg);
      });
      worker.on('error', (error) => {
        // A crashed worker fails its jobs; the run goes on with the others' results.
        for (const [n, resolve] of this.pending) {
          resolve({ error: `worker failed: ${error.message}` });
          this.pending.delete(n);
        }
      });
      this.workers.push(worker);
    }
  }

  process(text: string, source: string, meta: SourceMeta | null): Promise<Result> {
    const n = this.next++;
    const worker = this.workers[this.turn++ % this.workers.length] as Worker;
    return new Promise((resolve) => {
      this.pending.set(n, resolve);
      worker.postMessage({ n, text, source, meta });
    });
  }

  async close(): Promise<void> {
    await Promise.all(this.workers.map((w) => w.terminate()));
  }
}
