import { buildServer } from '../api/server.js';
import { openStore } from '../store/open.js';
import type { ParseCommandIo } from './parse-command.js';

export interface ServeOptions {
  db: string;
  port: number;
  host: string;
  token: string | null;
}

/**
 * `cablescope serve`: the JSON API (and the web UI) over a store until interrupted. Binds to loopback
 * unless told otherwise; writes only with a token.
 */
export async function runServe(options: ServeOptions, io: ParseCommandIo): Promise<number> {
  const store = openStore(options.db);
  const app = await buildServer({ store, token: options.token });
  const address = await app.listen({ port: options.port, host: options.host });
  io.err(
    `serve: ${address}/ (API under /api/, description at /api/openapi.json)${options.token ? ', writes enabled' : ', read-only'}`,
  );
  await new Promise<void>((resolve) => {
    const stop = () => resolve();
    process.once('SIGINT', stop);
    process.once('SIGTERM', stop);
  });
  await app.close();
  await store.close();
  return 0;
}
