import { ingest } from '../ingest/ingest.js';
import { openStore, withStore } from '../store/open.js';
import type { CorpusStats } from '../store/store.js';
import type { ParseCommandIo } from './parse-command.js';
import { ingestProgress } from './progress.js';

function table(title: string, rows: { value: string; count: number }[], limit = 15): string {
  const shown = rows.slice(0, limit).map((r) => `  ${String(r.count).padStart(7)}  ${r.value}`);
  const more = rows.length > limit ? [`  … ${rows.length - limit} more`] : [];
  return [`${title}:`, ...shown, ...more].join('\n');
}

export function formatStats(stats: CorpusStats): string {
  return [
    `${stats.cables} cables, ${stats.paragraphs} paragraphs, ${stats.persons} persons, ${stats.statements} statements, ${stats.events} dated events`,
    '',
    table(
      'By year',
      [...stats.byYear].sort((a, b) => a.value.localeCompare(b.value)),
      60,
    ),
    '',
    table('By origin', stats.byOrigin),
    '',
    table('By classification', stats.byClassification),
  ].join('\n');
}

/**
 * `cablescope ingest`: everything under the paths into the store, with progress on standard error and
 * a summary at the end. Exit code 1 when anything was rejected (the reasons are in the report file).
 */
export async function runIngest(
  paths: string[],
  db: string,
  io: ParseCommandIo,
  workers = 0,
  tty = false,
): Promise<number> {
  const store = openStore(db, { bulk: true });
  const reportPath = `${db}.rejected.jsonl`;
  const progress = ingestProgress(tty, io.err);
  try {
    const summary = await ingest(paths, store, {
      reportPath,
      workers,
      onProgress: (s) => progress.update(s),
    });
    progress.stop();
    io.err(
      `ingest: done in ${summary.seconds.toFixed(1)} s: ${summary.read} read, ${summary.inserted} new, ${summary.unchanged} unchanged, ${summary.replaced} replaced, ${summary.rejected} rejected${summary.rejected > 0 ? ` (reasons in ${reportPath})` : ''}`,
    );
    return summary.rejected > 0 ? 1 : 0;
  } finally {
    progress.stop();
    await store.close();
  }
}

/** `cablescope stats`: what the corpus holds, as text or (`--json`) as an object. */
export async function runStats(db: string, json: boolean, io: ParseCommandIo): Promise<number> {
  return withStore(db, async (store) => {
    const stats = await store.stats();
    await io.out(json ? `${JSON.stringify(stats, null, 2)}\n` : `${formatStats(stats)}\n`);
    return 0;
  });
}
