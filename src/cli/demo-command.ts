import { fileURLToPath } from 'node:url';
import { parseCable } from '../parse/cable.js';
import { readCablePaths } from '../sources/files.js';
import type { ParseCommandIo } from './parse-command.js';

const SAMPLES = fileURLToPath(new URL('../../samples/', import.meta.url));

function countBy(counts: Map<string, number>, key: string | null): void {
  const k = key ?? '(unknown)';
  counts.set(k, (counts.get(k) ?? 0) + 1);
}

function table(title: string, counts: Map<string, number>): string {
  const rows = [...counts.entries()].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]));
  return [`${title}:`, ...rows.map(([k, n]) => `  ${String(n).padStart(4)}  ${k}`)].join('\n');
}

/**
 * `cablescope demo`: parses the bundled sample cables and prints what they hold. It becomes ingest and
 * serve once the store and the server exist.
 */
export async function runDemo(dir: string | undefined, io: ParseCommandIo): Promise<number> {
  const byOrigin = new Map<string, number>();
  const byClass = new Map<string, number>();
  const byYear = new Map<string, number>();
  let cables = 0;
  let paragraphs = 0;
  let failed = 0;
  for await (const item of readCablePaths([dir ?? SAMPLES])) {
    if (item.kind === 'error') {
      failed++;
      io.err(`cablescope: ${item.source}: ${item.message}`);
      continue;
    }
    const record = parseCable(item.text, { source: item.source, meta: item.meta });
    cables++;
    paragraphs += record.paragraphs.length;
    countBy(byOrigin, record.origin);
    countBy(byClass, record.classification);
    countBy(byYear, record.date?.slice(0, 4) ?? null);
    await io.out(
      `${(record.id ?? '-').padEnd(22)} ${(record.date ?? '-').padEnd(10)} ${(record.subject ?? '').slice(0, 70)}\n`,
    );
  }
  await io.out(`\n${cables} cables, ${paragraphs} paragraphs, ${failed} unreadable\n\n`);
  await io.out(
    `${table('By year', byYear)}\n\n${table('By origin', byOrigin)}\n\n${table('By classification', byClass)}\n`,
  );
  return failed > 0 ? 1 : 0;
}
