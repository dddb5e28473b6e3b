import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseCable } from '../parse/cable.js';
import type { CableRecord } from '../record.js';

/** One row of the archive's metadata (`cables.jsonl`). */
export interface ArchiveRow {
  id: string;
  created: string;
  classification: string;
  origin: string;
  subject: string;
  file: string;
}

export interface FieldScore {
  field: string;
  agree: number;
  total: number;
  rate: number;
  misses: { id: string; expected: string | null; got: string | null }[];
}

// The archive's subject drops a leading parenthesis (`S) TITLE`) and keeps stray tags: compare the words.
const squash = (s: string | null) =>
  (s ?? '')
    .replace(/<[^>]*>/g, ' ')
    .replace(/^[^A-Za-z0-9]*(?:[A-Z]{1,4}(?:\/+[A-Z]{1,4})?\)\s*)?/i, '')
    .replace(/\s+/g, ' ')
    .trim()
    .toUpperCase();

/**
 * How often the parser, reading the text alone, agrees with the archive's metadata. `id` and `date` are
 * scored only on cables whose text keeps a date-time group (the others cannot know them); `subject`
 * agrees when the archive's subject (its first line) is where the parsed subject starts.
 */
export function scoreHeaderAgreement(corpusDir: string): FieldScore[] {
  const rows = readFileSync(join(corpusDir, 'cables.jsonl'), 'utf8')
    .split('\n')
    .filter(Boolean)
    .map((line) => JSON.parse(line) as ArchiveRow);
  const fields = ['origin', 'classification', 'id', 'date', 'subject'];
  const scores = new Map(
    fields.map((f) => [f, { field: f, agree: 0, total: 0, rate: 0, misses: [] } as FieldScore]),
  );
  const score = (field: string, ok: boolean, id: string, expected: string | null, got: string | null) => {
    const s = scores.get(field);
    if (!s) return;
    s.total++;
    if (ok) s.agree++;
    else s.misses.push({ id, expected, got });
  };
  for (const row of rows) {
    const record: CableRecord = parseCable(readFileSync(join(corpusDir, row.file), 'utf8'), {
      source: row.file,
    });
    score('origin', record.origin === row.origin, row.id, row.origin, record.origin);
    score(
      'classification',
      record.classification === row.classification,
      row.id,
      row.classification,
      record.classification,
    );
    const hasDtg = !record.problems.some((p) => p.code === 'no-dtg');
    if (hasDtg) {
      score('id', record.id === row.id, row.id, row.id, record.id);
      const day = row.created.slice(0, 10);
      score('date', record.date === day, row.id, day, record.date);
    }
    const expected = squash(row.subject);
    const got = squash(record.subject);
    // The archive's subject is the first line of SUBJECT, sometimes run into the next field.
    const same =
      expected === '' ? got === '' : got !== '' && (got.startsWith(expected) || expected.startsWith(got));
    score('subject', same, row.id, row.subject, record.subject);
  }
  for (const s of scores.values()) s.rate = s.total === 0 ? 0 : s.agree / s.total;
  return [...scores.values()];
}

/** The same agreement on flattened rows (every line break replaced by a space), with their own metadata. */
export function scoreFlattenedAgreement(jsonlPath: string): FieldScore[] {
  const fields = ['origin', 'classification'] as const;
  const scores = fields.map((field) => ({ field, agree: 0, total: 0, rate: 0, misses: [] }) as FieldScore);
  for (const line of readFileSync(jsonlPath, 'utf8').split('\n')) {
    if (!line) continue;
    const row = JSON.parse(line) as { id: string; text: string; origin: string; classification: string };
    const record = parseCable(row.text);
    fields.forEach((field, i) => {
      const s = scores[i] as FieldScore;
      s.total++;
      if (record[field] === row[field]) s.agree++;
      else s.misses.push({ id: row.id, expected: row[field], got: record[field] });
    });
  }
  for (const s of scores) s.rate = s.total === 0 ? 0 : s.agree / s.total;
  return scores;
}
