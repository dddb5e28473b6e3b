import { readTsv } from './load.js';

export interface Post {
  /** Archive name: `Embassy Paris`, `USUN New York`, `Secretary of State`. */
  origin: string;
  /** Id code: the part of an archive id between the year and the number (`USUNNEWYORK`). */
  code: string;
}

interface PostRow {
  kind: string;
  origin: string;
  code: string;
}

const rows = new Map<string, PostRow>();
for (const row of readTsv('posts.tsv')) {
  rows.set(row.name ?? '', { kind: row.kind ?? 'Embassy', origin: row.origin ?? '-', code: row.code ?? '-' });
}

const prefixes = new Map<string, string>();
for (const row of readTsv('fm-prefixes.tsv')) prefixes.set(row.prefix ?? '', row.kind ?? 'Other');

export function titleCase(words: string): string {
  return words
    .toLowerCase()
    .split(/\s+/)
    .filter(Boolean)
    .map((w) => w.charAt(0).toUpperCase() + w.slice(1))
    .join(' ');
}

function squeeze(name: string): string {
  return name.replace(/[^A-Z0-9]/g, '');
}

function fromRow(name: string, row: PostRow | undefined, kind: string): Post {
  const origin = row && row.origin !== '-' ? row.origin : `${row?.kind ?? kind} ${titleCase(name)}`;
  const code = row && row.code !== '-' ? row.code : squeeze(name);
  return { origin, code };
}

function clean(text: string): string {
  return text
    .toUpperCase()
    .replace(/[^A-Z0-9 ]+/g, ' ')
    .replace(/\s+/g, ' ')
    .trim();
}

/**
 * The post named on an `FM` line (`AMEMBASSY ALGIERS`, `USMISSION USUN NEW YORK`, `SECSTATE WASHDC`).
 * Returns null for text that does not look like a post.
 */
export function postFromFm(fm: string): Post | null {
  const text = clean(fm);
  if (!text) return null;
  const whole = rows.get(text);
  if (whole) return fromRow(text, whole, whole.kind);
  const [first = '', ...rest] = text.split(' ');
  const kind = prefixes.get(first);
  if (kind && rest.length > 0) {
    const name = rest.join(' ');
    const row = rows.get(name);
    // A consulate row names the post, but the FM prefix says what kind it was when the cable was sent.
    if (row && row.origin === '-') return fromRow(name, undefined, kind);
    return fromRow(name, row, kind);
  }
  return fromRow(text, undefined, 'Other');
}

/** The post named in a banner or a reference (`PARIS`, `USUN NEW YORK`, `STATE`): embassy unless known. */
export function postFromBanner(name: string): Post {
  const text = clean(name);
  return fromRow(text, rows.get(text), 'Embassy');
}

const hostCountries = new Map(
  readTsv('post-countries.tsv').map((row) => [(row.post ?? '').toLowerCase(), row.country ?? ''] as const),
);

/** The country an embassy or consulate reports from, by the post's city (`Harare` → Zimbabwe). */
export function postCountry(post: string): string | null {
  return hostCountries.get(post.toLowerCase()) || null;
}
