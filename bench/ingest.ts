/**
 * Ingest throughput: the sample corpus into a fresh SQLite file (and into PostgreSQL when
 * CABLESCOPE_BENCH_PG names a database, emptied first: its public schema is dropped), through the CLI
 * as users run it. Reports wall time, cables/s,
 * peak RSS of the ingest process and the database size. Usage: npm run bench:ingest [-- corpusDir]
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import pg from 'pg';

const corpus = resolve(process.argv[2] ?? '../shared/corpus/cables');
const bin = resolve('bin/cablescope.js');

function run(db: string, workers: number): void {
  const started = Date.now();
  // GNU time reports the child's peak resident set; fall back to wall time alone without it.
  const timed = spawnSync(
    '/usr/bin/time',
    ['-v', process.execPath, bin, 'ingest', corpus, '--db', db, '--workers', String(workers)],
    {
      encoding: 'utf8',
    },
  );
  const seconds = (Date.now() - started) / 1000;
  const rss = /Maximum resident set size \(kbytes\): (\d+)/.exec(timed.stderr ?? '')?.[1];
  const summary = /done in [^:]+: (\d+) read, (\d+) new/.exec(timed.stderr ?? '');
  const stored = Number(summary?.[2] ?? 0);
  const size = db.startsWith('postgres')
    ? null
    : statSync(db).size + (statSync(`${db}-wal`, { throwIfNoEntry: false })?.size ?? 0);
  console.log(
    `${db.startsWith('postgres') ? 'postgresql' : 'sqlite    '} workers=${workers}  ${stored} cables in ${seconds.toFixed(1)} s = ${(stored / seconds).toFixed(0)} cables/s` +
      `  peak RSS ${rss ? `${(Number(rss) / 1024).toFixed(0)} MB` : 'n/a'}${size !== null ? `  database ${(size / 1e6).toFixed(1)} MB` : ''}`,
  );
}

console.log(`corpus: ${corpus}`);
for (const workers of [0, 1, 2]) {
  const dir = mkdtempSync(join(tmpdir(), 'cablescope-bench-'));
  run(join(dir, 'bench.db'), workers);
  rmSync(dir, { recursive: true, force: true });
}
const pgUrl = process.env.CABLESCOPE_BENCH_PG;
if (pgUrl) {
  // A database already holding the corpus would count its cables as unchanged, not stored.
  const client = new pg.Client({ connectionString: pgUrl });
  await client.connect();
  await client.query('DROP SCHEMA public CASCADE; CREATE SCHEMA public');
  await client.end();
  run(pgUrl, 2);
}
