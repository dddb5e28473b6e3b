import { fileURLToPath } from 'node:url';
import { DEFAULT_DB } from '../store/open.js';
import type { ParseCommandIo } from './parse-command.js';
import { runIngest, runStats } from './store-commands.js';

const SAMPLES = fileURLToPath(new URL('../../samples/', import.meta.url));

/**
 * `cablescope demo` (the README's main command): ingests the bundled sample cables into the default
 * database and prints what it holds. It will serve them once the server exists.
 */
export async function runDemo(
  dir: string | undefined,
  db: string | undefined,
  io: ParseCommandIo,
): Promise<number> {
  const target = db ?? DEFAULT_DB;
  const code = await runIngest([dir ?? SAMPLES], target, io);
  await runStats(target, false, io);
  return code;
}
