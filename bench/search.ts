/**
 * Search and API speed: latency (p50/p95/p99) of a fixed set of 20 queries (words, phrases, filters,
 * facets), of person pages and of graph queries, run in-process against a store; then API throughput
 * under 32 concurrent clients on loopback (autocannon, bounded in time).
 * Usage: npm run bench:search [-- --db FILE|postgres://…] [--seconds 10] [--rounds 20]
 * Without --db, the sample corpus is ingested into a temporary SQLite file first.
 */
import { spawn, spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { cpus, tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import autocannon from 'autocannon';
import { graph } from '../src/query/graph.js';
import { listPersons, personView } from '../src/query/persons.js';
import { search } from '../src/query/search.js';
import { openStore } from '../src/store/open.js';

const args = process.argv.slice(2);
const option = (name: string) => {
  const i = args.indexOf(name);
  return i >= 0 ? args[i + 1] : undefined;
};
const seconds = Number(option('--seconds') ?? 10);
const rounds = Number(option('--rounds') ?? 20);

export const QUERIES = [
  'kosovo',
  'iran nuclear',
  '"security council"',
  '"prime minister" election',
  'nucl*',
  'president -bush',
  'iraq OR syria',
  '(oil OR gas) pipeline',
  'the',
  'ambassador',
  'origin:paris',
  'tag:PREL',
  'class:secret iran',
  'year:2008 election',
  'from:2009-01 to:2009-12 human rights',
  'person:Karzai',
  'speaker:Poloff',
  'org:NATO afghanistan',
  'tag:PGOV -class:unclassified',
  'terror* origin:embassy year:2007',
];

function percentiles(values: number[]): { p50: number; p95: number; p99: number; max: number } {
  const sorted = [...values].sort((a, b) => a - b);
  const at = (p: number) => sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))] ?? 0;
  return { p50: at(50), p95: at(95), p99: at(99), max: sorted[sorted.length - 1] ?? 0 };
}

const ms = (n: number) => `${n.toFixed(1)} ms`;

/** The temporary database made when no --db is given, removed at the end. */
let scratch: string | null = null;

async function main() {
  let db = option('--db');
  if (!db) {
    scratch = mkdtempSync(join(tmpdir(), 'cablescope-bench-'));
    db = join(scratch, 'c.db');
    const corpus = resolve('../shared/corpus/cables');
    const r = spawnSync(process.execPath, ['bin/cablescope.js', 'ingest', corpus, '--db', db], {
      stdio: 'inherit',
    });
    if (r.status !== 0) throw new Error('ingest failed');
  }
  const store = openStore(db);
  const stats = await store.stats();
  console.log(
    `${stats.cables} cables in ${db.startsWith('postgres') ? 'PostgreSQL' : 'SQLite'}; ${cpus()[0]?.model}, Node ${process.version}`,
  );

  const all: number[] = [];
  const rows: string[] = [];
  for (const q of QUERIES) {
    await search(store, { q, limit: 20 }); // warm
    const times: number[] = [];
    let total = 0;
    for (let i = 0; i < rounds; i++) {
      const t0 = performance.now();
      total = (await search(store, { q, limit: 20 })).total;
      times.push(performance.now() - t0);
    }
    all.push(...times);
    const p = percentiles(times);
    rows.push(
      `  ${q.padEnd(40)} ${String(total).padStart(7)} hits  p50 ${ms(p.p50).padStart(9)}  p95 ${ms(p.p95).padStart(9)}`,
    );
  }
  console.log('search with facets (20 results, 5 facets):');
  console.log(rows.join('\n'));
  const p = percentiles(all);
  console.log(
    `  all ${QUERIES.length} queries × ${rounds}: p50 ${ms(p.p50)}, p95 ${ms(p.p95)}, p99 ${ms(p.p99)}, max ${ms(p.max)}`,
  );

  const people = await listPersons(store, '', 20);
  const personTimes: number[] = [];
  for (const person of people) {
    const t0 = performance.now();
    await personView(store, person.id);
    personTimes.push(performance.now() - t0);
  }
  const pp = percentiles(personTimes);
  console.log(`person page (20 most cited persons): p50 ${ms(pp.p50)}, p95 ${ms(pp.p95)}`);
  const graphTimes: number[] = [];
  for (const r of [
    {},
    { min_weight: 2 },
    { from: '2008', to: '2009' },
    { tag: 'PREL' },
    { kind: 'cables' as const },
  ]) {
    const t0 = performance.now();
    await graph(store, { ...r, minWeight: (r as { min_weight?: number }).min_weight });
    graphTimes.push(performance.now() - t0);
  }
  const gp = percentiles(graphTimes);
  console.log(`graph (5 requests: all, min weight, dates, tag, cites): p50 ${ms(gp.p50)}, max ${ms(gp.max)}`);

  await store.close();
  // The API as users run it: `cablescope serve` with one process per core, with its answer cache and
  // without (every request then runs its query).
  for (const cache of ['0', '1000']) {
    const child = spawn(
      process.execPath,
      ['bin/cablescope.js', 'serve', '--db', db, '--port', '0', '--cache', cache],
      {
        stdio: ['ignore', 'ignore', 'pipe'],
      },
    );
    const base = await new Promise<string>((resolve, reject) => {
      let err = '';
      child.stderr.on('data', (chunk: Buffer) => {
        err += chunk.toString();
        const m = /serve: (http:\/\/[^/\s]+)\//.exec(err);
        if (m) resolve(m[1] as string);
      });
      child.on('exit', () => reject(new Error(err)));
    });
    const result = await autocannon({
      url: base,
      connections: 32,
      duration: seconds,
      requests: QUERIES.map((q) => ({ method: 'GET', path: `/api/search?q=${encodeURIComponent(q)}` })),
    });
    console.log(
      `API /api/search (${cpus().length} processes, cache ${cache === '0' ? 'off' : 'on'}), 32 clients, ${seconds} s: ${Math.round(result.requests.average)} req/s, latency p50 ${result.latency.p50} ms, p99 ${result.latency.p99} ms, ${result.non2xx} non-2xx, ${result.errors} errors, ${result.timeouts} timeouts`,
    );
    const exited = new Promise((resolve) => child.on('exit', resolve));
    child.kill('SIGTERM');
    await exited;
  }
}

try {
  await main();
} finally {
  if (scratch) rmSync(scratch, { recursive: true, force: true });
}
