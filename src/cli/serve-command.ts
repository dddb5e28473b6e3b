import cluster from 'node:cluster';
import { fileURLToPath } from 'node:url';
import { buildServer } from '../api/server.js';
import { openStore } from '../store/open.js';
import type { ParseCommandIo } from './parse-command.js';

export interface ServeOptions {
  db: string;
  port: number;
  host: string;
  token: string | null;
  /** Server processes sharing the port (each with its own database connection); 1 serves in this one. */
  workers?: number;
  /** Search answers cached per process (0: none). */
  cacheSize?: number;
}

function waitForStop(): Promise<void> {
  return new Promise<void>((resolve) => {
    process.once('SIGINT', () => resolve());
    process.once('SIGTERM', () => resolve());
  });
}

function announce(address: string, options: ServeOptions, io: ParseCommandIo): void {
  io.err(
    `serve: ${address}/ (API under /api/, description at /api/openapi.json)${options.token ? ', writes enabled' : ', read-only'}${(options.workers ?? 1) > 1 ? `, ${options.workers} processes` : ''}`,
  );
}

/** One server in this process until stopped; returns the address it listens on through `ready`. */
export async function serveHere(options: ServeOptions, ready: (address: string) => void): Promise<void> {
  const store = openStore(options.db);
  const app = await buildServer({ store, token: options.token, cacheSize: options.cacheSize });
  ready(await app.listen({ port: options.port, host: options.host }));
  await waitForStop();
  await app.close();
  await store.close();
}

/**
 * `cablescope serve`: the JSON API (and the web UI) over a store until interrupted. Binds to loopback
 * unless told otherwise; writes only with a token. With several workers, each is a process of its own
 * (node:cluster) sharing the port: SQLite's WAL lets them read at once, writes wait their turn.
 */
export async function runServe(options: ServeOptions, io: ParseCommandIo): Promise<number> {
  const workers = options.workers ?? 1;
  if (workers <= 1) {
    await serveHere(options, (address) => announce(address, options, io));
    return 0;
  }
  cluster.setupPrimary({ exec: fileURLToPath(new URL('./serve-worker.js', import.meta.url)), args: [] });
  const env = { CABLESCOPE_SERVE: JSON.stringify(options) };
  for (let i = 0; i < workers; i++) cluster.fork(env);
  let announced = false;
  let stopping = false;
  await new Promise<void>((resolve, reject) => {
    cluster.on('listening', (_worker, address) => {
      if (announced) return;
      announced = true;
      announce(`http://${address.address ?? options.host}:${address.port}`, options, io);
      resolve();
    });
    cluster.on('exit', (worker, code) => {
      if (stopping) return;
      if (!announced) reject(new Error(`a server process exited with code ${code} before listening`));
      else {
        // A crashed server process is replaced; the others go on answering meanwhile.
        io.err(`serve: process ${worker.process.pid} exited (${code}); starting another`);
        cluster.fork(env);
      }
    });
  });
  await waitForStop();
  stopping = true;
  await Promise.all(
    Object.values(cluster.workers ?? {}).map(
      (w) =>
        new Promise<void>((resolve) => {
          if (!w || w.isDead()) return resolve();
          w.once('exit', () => resolve());
          w.process.kill('SIGTERM');
        }),
    ),
  );
  return 0;
}
