/**
 * The benchmarks at several corpus sizes, side by side: for each size a generated corpus (made once by
 * bench/generate.ts, kept in --out), its ingest into a fresh SQLite file under /usr/bin/time (wall
 * time, cables/s, peak RSS, database size), then the search, person-page, graph and API benchmarks
 * (bench/search.ts) on the result. Prints each step's own output, then one summary table.
 *
 * Usage: npm run bench:scale -- [--sizes 10000,251287,1000000] [--out /tmp/cablescope-bench]
 *        [--rounds 3] [--seconds 5] [--workers N]
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, rmSync, statSync } from 'node:fs';
import { join, resolve } from 'node:path';

const args = process.argv.slice(2);
const option = (name: string, fallback: string) => {
  const i = args.indexOf(name);
  return i >= 0 ? (args[i + 1] ?? fallback) : fallback;
};
const sizes = option('--sizes', '10000').split(',').map(Number);
const out = resolve(option('--out', '/tmp/cablescope-bench'));
const rounds = option('--rounds', '3');
const seconds = option('--seconds', '5');
const workers = option('--workers', '');

function step(label: string, command: string, argv: string[]): string {
  console.log(`\n## ${label}\n$ ${command} ${argv.join(' ')}`);
  const r = spawnSync(command, argv, { encoding: 'utf8', maxBuffer: 1 << 26 });
  process.stdout.write(r.stdout ?? '');
  if (r.status !== 0) {
    process.stderr.write(r.stderr ?? '');
    throw new Error(`${label} failed`);
  }
  return `${r.stdout ?? ''}\n${r.stderr ?? ''}`;
}

const summary: string[] = [
  '| cables | ingest | cables/s | peak RSS | database | search p50 / p95 / p99 | person page p50 | graph p50 | API uncached / cached |',
  '| ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: |',
];
for (const size of sizes) {
  const dir = join(out, String(size));
  const csv = join(dir, 'cables.csv');
  if (!existsSync(csv)) {
    mkdirSync(dir, { recursive: true });
    step(`generate ${size}`, process.execPath, [
      '--import',
      'tsx',
      'bench/generate.ts',
      '--count',
      String(size),
      '--out',
      dir,
      '--formats',
      'csv',
    ]);
  }
  const db = join(dir, 'bench.db');
  for (const f of [db, `${db}-wal`, `${db}-shm`, `${db}.rejected.jsonl`]) rmSync(f, { force: true });
  const ingest = step(`ingest ${size}`, '/usr/bin/time', [
    '-v',
    process.execPath,
    'bin/cablescope.js',
    'ingest',
    csv,
    '--db',
    db,
    ...(workers ? ['--workers', workers] : []),
  ]);
  const wall = Number(/done in ([\d.]+) s/.exec(ingest)?.[1] ?? Number.NaN);
  const rss = Number(/Maximum resident set size \(kbytes\): (\d+)/.exec(ingest)?.[1] ?? Number.NaN) / 1024;
  const bytes = statSync(db).size + (statSync(`${db}-wal`, { throwIfNoEntry: false })?.size ?? 0);
  const found = step(`search ${size}`, process.execPath, [
    '--import',
    'tsx',
    'bench/search.ts',
    '--db',
    db,
    '--rounds',
    rounds,
    '--seconds',
    seconds,
  ]);
  const pick = (re: RegExp) => re.exec(found)?.slice(1) ?? [];
  const [p50, p95, p99] = pick(/p50 ([\d.]+ ms), p95 ([\d.]+ ms), p99 ([\d.]+ ms)/);
  const [person] = pick(/person page[^:]*: p50 ([\d.]+ ms)/);
  const [graph] = pick(/graph \(.*\): p50 ([\d.]+ ms)/);
  const api = [...found.matchAll(/cache (?:off|on)\), 32 clients, \d+ s: (\d+) req\/s/g)].map((m) => m[1]);
  summary.push(
    `| ${size.toLocaleString('en')} | ${wall.toFixed(0)} s | ${(size / wall).toFixed(0)} | ${rss.toFixed(0)} MB | ${(bytes / 1e9).toFixed(2)} GB | ${p50} / ${p95} / ${p99} | ${person} | ${graph} | ${api.join(' / ')} req/s |`,
  );
}
console.log(`\n## Summary (${new Date().toISOString().slice(0, 10)})\n${summary.join('\n')}`);
