import { fileURLToPath } from 'node:url';
import { DEFAULT_DB } from '../store/open.js';
import type { ParseCommandIo } from './parse-command.js';
import { runServe } from './serve-command.js';
import { runIngest, runStats } from './store-commands.js';

const SAMPLES = fileURLToPath(new URL('../../samples/', import.meta.url));

export interface DemoOptions {
  samples?: string;
  db?: string;
  /** Serve after ingesting (the default); false only ingests and prints stats. */
  serve: boolean;
  port: number;
  host: string;
}

/**
 * `cablescope demo` (the README's main command): ingests the bundled sample cables into the default
 * database, prints what it holds, and serves the API and the web UI over it.
 */
export async function runDemo(options: DemoOptions, io: ParseCommandIo): Promise<number> {
  const target = options.db ?? DEFAULT_DB;
  const code = await runIngest([options.samples ?? SAMPLES], target, io);
  await runStats(target, false, io);
  if (!options.serve) return code;
  return runServe({ db: target, port: options.port, host: options.host, token: null }, io);
}
