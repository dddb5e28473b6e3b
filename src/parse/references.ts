import { readWordList } from '../lexicon/load.js';
import { postFromBanner } from '../lexicon/posts.js';
import type { Reference } from '../record.js';

const STOPWORDS: ReadonlySet<string> = readWordList('reference-stopwords.txt');

/** An item letter: `A.`, `B)`, `(C)`, `¶D.` at the start or after white space or `;`. */
const ITEM_LABEL = /(?:^|[\s;])(?:¶\s?)?\(?([A-Z])[.)]\s+/g;
/** A cable cited by post and number, with an optional two-digit year: `07 BRUSSELS 1234`, `STATE 123456`. */
const CABLE_REF =
  /(?:\b(?:\d{2})?(\d{2})\s?)?\b([A-Z][A-Z'-]*(?: [A-Z][A-Z'-]*){0,3}) ?(\d{1,7})\b(?!\s*[/:.]\d)/g;

function splitItems(text: string): { label: string | null; text: string }[] {
  const labels: { label: string; at: number; end: number }[] = [];
  let expected = 'A';
  for (const m of text.matchAll(ITEM_LABEL)) {
    if (m[1] !== expected) continue;
    const at = (m.index ?? 0) + (m[0].length - m[0].trimStart().length);
    labels.push({ label: expected, at, end: (m.index ?? 0) + m[0].length });
    expected = String.fromCharCode(expected.charCodeAt(0) + 1);
  }
  if (labels.length === 0) return [{ label: null, text: text.trim() }];
  const items: { label: string | null; text: string }[] = [];
  const lead = text.slice(0, labels[0]?.at ?? 0).trim();
  if (lead) items.push({ label: null, text: lead });
  labels.forEach((l, i) => {
    items.push({ label: l.label, text: text.slice(l.end, labels[i + 1]?.at ?? text.length).trim() });
  });
  return items;
}

function isPostName(name: string): boolean {
  return name.split(' ').every((word) => !STOPWORDS.has(word)) && !/^[A-Z]$/.test(name);
}

/**
 * References from the text of a `REF:` field. A cable cited without a year takes the citing cable's
 * year, as the archive does; `year` is null when the citing cable's date is unknown.
 */
export function parseReferences(field: string, year: number | null): Reference[] {
  const text = field
    .replace(/^REF(?:S|TEL|TELS|ERENCES?)?\s*:?\s*/i, '')
    .replace(/\s+/g, ' ')
    .trim();
  if (!text) return [];
  const refs: Reference[] = [];
  for (const item of splitItems(text)) {
    const upper = item.text.toUpperCase();
    let found = false;
    for (const m of upper.matchAll(CABLE_REF)) {
      const [, yy, name = '', num = ''] = m;
      if (!isPostName(name) || num.length < 2) continue;
      const post = postFromBanner(name);
      const refYear = yy !== undefined ? yy : year !== null ? String(year % 100).padStart(2, '0') : null;
      refs.push({
        id: refYear !== null ? `${refYear}${post.code}${Number(num)}` : null,
        text: item.text.slice(m.index ?? 0, (m.index ?? 0) + m[0].length).trim(),
        label: item.label,
      });
      found = true;
    }
    if (!found && item.text)
      refs.push({ id: null, text: item.text.replace(/[\s;,.]+$/, ''), label: item.label });
  }
  return refs;
}
