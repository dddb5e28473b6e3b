import { escapeUTF8 } from 'entities';
import { STEM_ENDINGS, WORD_ENDINGS } from '../lexicon/words.js';

/** The start every highlighted form of a query word shares: a rough stem, never shorter than 3 letters. */
export function stemPrefix(word: string): string {
  const w = word.toLowerCase();
  for (const end of STEM_ENDINGS)
    if (w.endsWith(end) && w.length - end.length >= 3) return w.slice(0, -end.length);
  return w;
}

/** Endings a word may take in the text and still be the query's word (longest first). */
const ENDING_PATTERN = WORD_ENDINGS.join('|');

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/**
 * The passage of a cable that best shows why it matched: the window of about `width` characters holding
 * the most distinct query words, cut at word boundaries, escaped, with the words in `<mark>`. Null when no
 * query word occurs (the match was in the subject).
 */
export function snippetFor(text: string, words: string[], width = 220): string | null {
  // A word matches with one of the usual endings (`talk`: `talks`, `talked`); a prefix (`nucl*`) with any.
  const terms = [
    ...new Map(
      words.map((w) => {
        const open = w.endsWith('*');
        const stem = open ? w.slice(0, -1).toLowerCase() : stemPrefix(w);
        return [`${stem}${open ? '*' : ''}`, { stem, open }] as const;
      }),
    ).values(),
  ].filter((t) => t.stem.length > 0);
  if (terms.length === 0) return null;
  const stems = terms.map((t) => t.stem).sort((a, b) => b.length - a.length);
  const forms = terms.map(
    (t) => `${escapeRegExp(t.stem)}${t.open ? '[\\p{L}\\p{N}]*' : `(?:${ENDING_PATTERN})?`}`,
  );
  const pattern = new RegExp(`(?<![\\p{L}\\p{N}])(?:${forms.join('|')})(?![\\p{L}\\p{N}])`, 'giu');
  const hits: { at: number; end: number; stem: string }[] = [];
  for (const m of text.matchAll(pattern)) {
    const lower = m[0].toLowerCase();
    hits.push({
      at: m.index ?? 0,
      end: (m.index ?? 0) + m[0].length,
      stem: stems.find((s) => lower.startsWith(s)) ?? '',
    });
    if (hits.length >= 2000) break;
  }
  if (hits.length === 0) return null;
  // Slide a window over the hits: most distinct words first, then most hits.
  let best = { from: 0, to: 0, distinct: 0, count: 0 };
  let j = 0;
  const inWindow = new Map<string, number>();
  for (let i = 0; i < hits.length; i++) {
    const h = hits[i] as (typeof hits)[number];
    inWindow.set(h.stem, (inWindow.get(h.stem) ?? 0) + 1);
    while ((hits[i]?.end ?? 0) - (hits[j]?.at ?? 0) > width) {
      const old = hits[j] as (typeof hits)[number];
      const n = (inWindow.get(old.stem) ?? 1) - 1;
      if (n === 0) inWindow.delete(old.stem);
      else inWindow.set(old.stem, n);
      j++;
    }
    const distinct = inWindow.size;
    const count = i - j + 1;
    if (distinct > best.distinct || (distinct === best.distinct && count > best.count))
      best = { from: j, to: i, distinct, count };
  }
  const first = hits[best.from] as (typeof hits)[number];
  const last = hits[best.to] as (typeof hits)[number];
  const slack = Math.max(0, width - (last.end - first.at));
  let start = Math.max(0, first.at - Math.floor(slack / 2));
  let end = Math.min(text.length, last.end + Math.ceil(slack / 2));
  // Whole words at both ends.
  while (start > 0 && /\S/.test(text[start - 1] ?? '') && first.at - start < width) start--;
  while (end < text.length && /\S/.test(text[end] ?? '') && end - last.end < width) end++;
  let out = start > 0 ? '…' : '';
  let at = start;
  for (const h of hits) {
    if (h.at < start || h.at < at) continue;
    if (h.end > end) break;
    out += `${escapeUTF8(text.slice(at, h.at))}<mark>${escapeUTF8(text.slice(h.at, h.end))}</mark>`;
    at = h.end;
  }
  out += escapeUTF8(text.slice(at, end));
  return (out + (end < text.length ? '…' : '')).replace(/\s+/g, ' ').trim();
}
