import { readFileSync } from 'node:fs';

/** The lexicon folder ships beside `src/` and `dist/`, so one relative path serves both. */
const LEXICON_DIR = new URL('../../lexicon/', import.meta.url);

export function readLexicon(file: string): string {
  return readFileSync(new URL(file, LEXICON_DIR), 'utf8');
}

/** The words of a one-word-per-line lexicon: `#` lines are comments, blank lines skipped. */
export function readWordList(file: string): Set<string> {
  return new Set(
    readLexicon(file)
      .split('\n')
      .map((w) => w.trim())
      .filter((w) => w !== '' && !w.startsWith('#')),
  );
}

/** Rows of a tab-separated lexicon: `#` lines are comments, the first other line names the columns. */
export function readTsv(file: string): Record<string, string>[] {
  const lines = readLexicon(file)
    .split('\n')
    .filter((line) => line.trim() !== '' && !line.startsWith('#'));
  const header = (lines.shift() ?? '').split('\t');
  return lines.map((line) => {
    const cells = line.split('\t');
    const row: Record<string, string> = {};
    header.forEach((name, i) => {
      row[name] = (cells[i] ?? '').trim();
    });
    return row;
  });
}

export function readJson<T>(file: string): T {
  return JSON.parse(readLexicon(file)) as T;
}
