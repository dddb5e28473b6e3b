/**
 * Parse and extraction throughput on one core, against two floors on the same bytes: reading them, and splitting
 * them into lines and blank-line paragraphs. Usage: npm run bench [-- corpusDir] [--rounds N]
 */
import { readdirSync, readFileSync } from 'node:fs';
import { cpus } from 'node:os';
import { join, resolve } from 'node:path';
// The compiled package, as users run it (tsx's on-the-fly transform adds overhead of its own).
import { extractRecord, parseCable } from '../dist/index.js';

const args = process.argv.slice(2);
const roundsAt = args.indexOf('--rounds');
const rounds = roundsAt >= 0 ? Number(args[roundsAt + 1]) || 5 : 5;
const dir = resolve(
  args.find((a, i) => !a.startsWith('--') && (roundsAt < 0 || i !== roundsAt + 1)) ??
    '../shared/corpus/cables',
);

const files = readdirSync(dir).filter((f) => f.endsWith('.txt'));
const texts = files.map((f) => readFileSync(join(dir, f), 'utf8'));
const bytes = texts.reduce((n, t) => n + Buffer.byteLength(t), 0);
const mb = bytes / 1e6;

function time(label: string, fn: () => void): void {
  fn(); // warm up the JIT
  const runs: number[] = [];
  for (let r = 0; r < rounds; r++) {
    const t0 = process.hrtime.bigint();
    fn();
    runs.push(Number(process.hrtime.bigint() - t0) / 1e9);
  }
  runs.sort((a, b) => a - b);
  const s = runs[Math.floor(runs.length / 2)] ?? 0;
  console.log(
    `${label.padEnd(28)} ${(mb / s).toFixed(1).padStart(8)} MB/s ${(texts.length / s).toFixed(0).padStart(8)} cables/s  (median of ${rounds}: ${(s * 1000).toFixed(0)} ms)`,
  );
}

console.log(
  `${texts.length} cables, ${mb.toFixed(2)} MB, ${cpus()[0]?.model ?? 'unknown CPU'}, Node ${process.version}`,
);
time('floor: read files', () => {
  for (const f of files) readFileSync(join(dir, f), 'utf8');
});
time('floor: split paragraphs', () => {
  let n = 0;
  for (const t of texts) n += t.split(/\n\s*\n/).length + t.split('\n').length;
  if (n < 0) console.log(n);
});
time('parse (one core)', () => {
  for (const t of texts) parseCable(t);
});
time('parse + extract (one core)', () => {
  for (const t of texts) extractRecord(parseCable(t));
});
