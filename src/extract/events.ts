import * as chrono from 'chrono-node';
import {
  CHAINED_DATE_WORDS,
  DATE_PERIOD_UNITS,
  FUTURE_MARKERS,
  RELATIVE_DATE_WORDS,
} from '../lexicon/words.js';
import { isValidDate, pad } from '../parse/dtg.js';
import type { DatedEvent, Paragraph } from '../record.js';

const MONTH =
  '(Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?|Sept?(?:ember)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)';
// `December 19`, `Dec. 19`, `November 20-21`, `December 19, 2007`; `19 December`, `19-20 Dec 2007`.
const MONTH_DAY = new RegExp(
  `\\b${MONTH}\\.?\\s+(\\d{1,2})(?:\\s*[-–]\\s*(\\d{1,2}))?(?:st|nd|rd|th)?\\b(?:,?\\s+(\\d{4})\\b)?(?!\\s*(?:%|percent|per cent|million|billion))`,
  'gi',
);
const DAY_MONTH = new RegExp(
  `\\b(\\d{1,2})(?:\\s*[-–]\\s*(\\d{1,2}))?(?:st|nd|rd|th)?\\s+${MONTH}\\.?(?:\\s+(\\d{4}))?\\b`,
  'gi',
);
/**
 * `on 1/18`, `on 6/30/08`: a date in figures, month first as US cables write it, after `on`, `by` or
 * `until` (not `after 9/11`, `since 9/11`: the attacks of 2001, named by their date).
 */
const NUMERIC_DATE = /\b(?:on|by|until|through)\s+(\d{1,2})\/(\d{1,2})(?:\/(\d{4}|\d{2}))?\b(?!\/|\.\d)/gi;
/**
 * A month name glued to the word before it where a line join lost the space (`situationApril 16-18`):
 * capitalised (the pattern without the `i` flag), after a lower-case letter, and followed by a day.
 */
const GLUED_MONTH = new RegExp(`[a-z](?=${MONTH}\\.?\\s+\\d)`, 'g');

/**
 * A day glued to the word after it (`on December 10that the government`): the first letter after the
 * day's digits, where no ordinal ending stands there.
 */
const GLUED_DAY = new RegExp(`(?<=\\b${MONTH}\\.?\\s+\\d{1,2})[a-z](?=[a-z])(?!(?:st|nd|rd|th)\\b)`, 'g');

// (Six letters or more: a name of five, `Marco 3`, is too near `March`.)
const FULL_MONTHS = ['January', 'February', 'August', 'September', 'October', 'November', 'December'];
/** A capitalised word before a day, a month's name perhaps misspelt (`Decmeber 3`). */
const WORD_BEFORE_DAY = /\b[A-Z][a-z]{5,8}(?=\s+\d{1,2}\b)/g;

/**
 * The month a word of the same length misspells by one letter wrong or two letters swapped (`Decmeber`,
 * `Feburary`), or the word itself: same length, so what is read keeps its place in the text.
 */
function monthSlip(word: string): string {
  for (const month of FULL_MONTHS) {
    if (month.length !== word.length || month[0] !== word[0] || month === word) continue;
    const diff: number[] = [];
    for (let i = 0; i < word.length && diff.length <= 2; i++) if (word[i] !== month[i]) diff.push(i);
    const [a, b] = diff;
    if (diff.length === 1) return month;
    if (diff.length === 2 && a !== undefined && b === a + 1 && word[a] === month[b] && word[b] === month[a])
      return month;
  }
  return word;
}

/** The text to read dates in: the same length, with a space for a letter glued to a month or a day. */
function datesReadable(text: string): string {
  // (Cheap tests first: each pattern needs a capital after a lower-case letter, or two letters after a digit.)
  const monthGlued = /[a-z][ADFJMNOS]/.test(text) ? text.replace(GLUED_MONTH, ' ') : text;
  const dayGlued = /\d[a-z]{2}/.test(monthGlued) ? monthGlued.replace(GLUED_DAY, ' ') : monthGlued;
  // (The text is rebuilt only where a month is misspelt: a new string for every paragraph costs the reads after.)
  WORD_BEFORE_DAY.lastIndex = 0;
  for (let m = WORD_BEFORE_DAY.exec(dayGlued); m; m = WORD_BEFORE_DAY.exec(dayGlued))
    if (monthSlip(m[0]) !== m[0]) return dayGlued.replace(WORD_BEFORE_DAY, monthSlip);
  return dayGlued;
}
const MONTHS = ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec'];

function monthIndex(word: string): number {
  return MONTHS.indexOf(word.slice(0, 3).toLowerCase()) + 1;
}

/**
 * The year of a date written without one: of the cable's year and the years either side, the one that
 * puts the date nearest to the cable's date.
 */
export function inferYear(month: number, day: number, cableDate: string | null): number | null {
  if (!cableDate) return null;
  const ref = Date.UTC(
    Number(cableDate.slice(0, 4)),
    Number(cableDate.slice(5, 7)) - 1,
    Number(cableDate.slice(8, 10)),
  );
  const year = Number(cableDate.slice(0, 4));
  let best: number | null = null;
  let bestGap = Number.POSITIVE_INFINITY;
  for (const y of [year - 1, year, year + 1]) {
    if (!isValidDate(y, month, day)) continue;
    const gap = Math.abs(Date.UTC(y, month - 1, day) - ref);
    if (gap < bestGap) {
      best = y;
      bestGap = gap;
    }
  }
  return best;
}

function iso(year: number | null, month: number, day: number): string {
  return `${year === null ? 'XXXX' : String(year)}-${pad(month)}-${pad(day)}`;
}

/** `.`, `;`, `:`, `!`, `?` and the line break, by character code. */
const CLAUSE_BREAKS: ReadonlySet<number> = new Set([46, 59, 58, 33, 63, 10]);

/** The clause around a date: from the last clause break before it to the next one after. */
function clauseAround(text: string, from: number, to: number): { start: number; end: number } {
  let start = from;
  while (start > 0 && !CLAUSE_BREAKS.has(text.charCodeAt(start - 1))) start--;
  let end = to;
  while (end < text.length && !CLAUSE_BREAKS.has(text.charCodeAt(end))) end++;
  // Keep the phrase short, at most 80 characters either side of the date, cut between words.
  if (start < from - 80) {
    start = from - 80;
    while (start < from && /\S/.test(text[start - 1] ?? '')) start++;
  }
  if (end > to + 80) {
    end = to + 80;
    while (end > to && /\S/.test(text[end] ?? '')) end--;
  }
  // Start at a word: not inside the space or the bracket that closed the last clause.
  while (start < from && /[\s)\]}"'”’,-]/.test(text[start] ?? '')) start++;
  return { start, end };
}

/** `08` is 2008, `98` is 1998: the cables run from the 1960s to the 2010s. */
function twoDigitYear(yy: number): number {
  return yy < 50 ? 2000 + yy : 1900 + yy;
}

/**
 * Dates in the paragraphs, resolved against the cable's date: written with month and day (the year
 * inferred when missing), and relative to the cable's date where it has one.
 */
export function extractEvents(paragraphs: Paragraph[], cableDate: string | null): DatedEvent[] {
  const events: DatedEvent[] = [];
  // Noon, so that no time zone moves the day.
  const reference = cableDate ? new Date(`${cableDate}T12:00:00Z`) : null;
  for (const p of paragraphs) {
    // Matches come sorted by position: one that starts before the last kept one ends overlaps it.
    let keptEnd = -1;
    const found: {
      at: number;
      end: number;
      month: number;
      day: number;
      until: number | null;
      year: number | null;
    }[] = [];
    const text = datesReadable(p.text);
    // (A date written with a month needs a digit.)
    const figures = /\d/.test(text);
    for (const m of figures ? text.matchAll(MONTH_DAY) : []) {
      // `December 17 and 24`, `March 14 or 21`: the month written once serves the days after it.
      const tail =
        /^(?:(?:,\s*|\s+(?:and|or)\s+|\s*&\s*)(\d{1,2})\b(?!\s*(?:%|percent|million|billion|[.,]\d)))+/.exec(
          text.slice((m.index ?? 0) + m[0].length),
        );
      if (tail && !m[4]) {
        for (const d of tail[0].matchAll(/\d{1,2}/g)) {
          const at = (m.index ?? 0) + m[0].length + (d.index ?? 0);
          found.push({
            at,
            end: at + d[0].length,
            month: monthIndex(m[1] ?? ''),
            day: Number(d[0]),
            until: null,
            year: null,
          });
        }
      }
      found.push({
        at: m.index ?? 0,
        end: (m.index ?? 0) + m[0].length,
        month: monthIndex(m[1] ?? ''),
        day: Number(m[2]),
        until: m[3] ? Number(m[3]) : null,
        year: m[4] ? Number(m[4]) : null,
      });
    }
    for (const m of figures ? text.matchAll(DAY_MONTH) : []) {
      found.push({
        at: m.index ?? 0,
        end: (m.index ?? 0) + m[0].length,
        month: monthIndex(m[3] ?? ''),
        day: Number(m[1]),
        until: m[2] ? Number(m[2]) : null,
        year: m[4] ? Number(m[4]) : null,
      });
    }
    for (const m of text.includes('/') ? text.matchAll(NUMERIC_DATE) : []) {
      const at = (m.index ?? 0) + m[0].indexOf(m[1] ?? '');
      const month = Number(m[1]);
      const written = m[3];
      if (month < 1 || month > 12) continue;
      found.push({
        at,
        end: (m.index ?? 0) + m[0].length,
        month,
        day: Number(m[2]),
        until: null,
        year: written ? (written.length === 4 ? Number(written) : twoDigitYear(Number(written))) : null,
      });
    }
    found.sort((a, b) => a.at - b.at);
    for (const f of found) {
      if (f.at < keptEnd) continue;
      // `May` is also a verb: only `May 5` with a capital counts.
      if (p.text.slice(f.at, f.at + 3) === 'may') continue;
      if (f.month === 0 || f.day < 1 || f.day > 31) continue;
      const year = f.year ?? inferYear(f.month, f.day, cableDate);
      if (year !== null && !isValidDate(year, f.month, f.day)) continue;
      keptEnd = f.end;
      const clause = clauseAround(p.text, f.at, f.end);
      events.push({
        date: iso(year, f.month, f.day),
        until: f.until !== null && f.until > f.day && f.until <= 31 ? iso(year, f.month, f.until) : null,
        text: p.text.slice(clause.start, clause.end).trim(),
        paragraph: p.number,
        start: p.start + f.at,
        end: p.start + f.end,
        relative: false,
      });
    }
    if (reference) events.push(...relativeEvents(p, reference, keptSpans(events, p)));
  }
  return events.sort((a, b) => a.start - b.start);
}

const RELATIVE_WORD_ALL = new RegExp(`\\b(?:${[...RELATIVE_DATE_WORDS].join('|')})\\b`, 'gi');
const WRITTEN_MONTH = new RegExp(`\\b${MONTH}\\b`, 'i');
/** `two days later`, `the week before`: relative to another event, not to the cable's date. */
const CHAINED = new RegExp(`\\b(?:${[...CHAINED_DATE_WORDS].join('|')})\\b`, 'i');
const DAY_MS = 86_400_000;

/**
 * chrono's English casual grammar with only the parsers of dates written relative to the cable's date
 * (`today`, `next week`, `on Monday`, `two weeks ago`, `in three days`): results with a month name, a
 * year or a time are dropped below anyway, and the others' grammars cost most of the parsing. Should a chrono
 * release rename them, the whole casual grammar is used as before.
 */
const RELATIVE_PARSERS = new Set([
  // (`today (2/12)`: a month and day written in figures next to a relative word.)
  'SlashDateFormatParser',
  'ENWeekdayParser',
  'ENTimeUnitWithinFormatParser',
  'ENTimeUnitAgoFormatParser',
  'ENTimeUnitLaterFormatParser',
  'ENCasualDateParser',
  'ENCasualTimeParser',
  'ENRelativeDateFormatParser',
  'ENTimeUnitCasualRelativeFormatParser',
]);
const RELATIVE_GRAMMAR = (() => {
  const grammar = chrono.en.casual.clone();
  const kept = grammar.parsers.filter((p) => RELATIVE_PARSERS.has(p.constructor.name));
  if (kept.length !== RELATIVE_PARSERS.size) return chrono.en.casual;
  grammar.parsers = kept;
  return grammar;
})();

/** How far either side of a relative word a date phrase may reach (`the second Tuesday of next month`). */
const RELATIVE_WINDOW = 48;

/**
 * chrono's results for the text around each relative word only, with indexes into the whole text:
 * the grammar costs time in proportion to the text it reads, and most of a paragraph holds no date.
 */
function parseAroundRelativeWords(
  text: string,
  reference: Date,
): { index: number; result: chrono.ParsedResult }[] {
  const windows: [number, number][] = [];
  for (const m of text.matchAll(RELATIVE_WORD_ALL)) {
    let from = Math.max(0, m.index - RELATIVE_WINDOW);
    let to = Math.min(text.length, m.index + m[0].length + RELATIVE_WINDOW);
    // Whole words only: widen to the spaces around the window.
    while (from > 0 && !/\s/.test(text[from - 1] ?? '')) from--;
    while (to < text.length && !/\s/.test(text[to] ?? '')) to++;
    const last = windows[windows.length - 1];
    if (last && from <= last[1]) last[1] = to;
    else windows.push([from, to]);
  }
  return windows.flatMap(([from, to]) =>
    RELATIVE_GRAMMAR.parse(text.slice(from, to), { instant: reference, timezone: 0 }).map((result) => ({
      index: from + result.index,
      result,
    })),
  );
}

/** `for two days`, `the past two weeks`: a stretch of time; `in two weeks` and `two weeks ago` are days. */
function isPeriod(phrase: string): boolean {
  const words = phrase.toLowerCase().split(/\s+/);
  const last = words[words.length - 1] ?? '';
  // `in the weeks ahead` counts nothing from the cable's date.
  return DATE_PERIOD_UNITS.has(last) && (words[0] !== 'in' || words[1] === 'the');
}

function keptSpans(events: DatedEvent[], p: Paragraph): [number, number][] {
  return events.filter((e) => e.paragraph === p.number).map((e) => [e.start - p.start, e.end - p.start]);
}

function isoDay(d: Date): string {
  return d.toISOString().slice(0, 10);
}

/**
 * Dates written relative to the cable's date (`next week`, `yesterday`, `on Monday`), resolved with
 * chrono-node. Only paragraphs that hold a relative word are parsed: the grammar is the slowest part of
 * extraction. A bare weekday in a clause about the future is the next one.
 */
function relativeEvents(p: Paragraph, reference: Date, taken: [number, number][]): DatedEvent[] {
  const out: DatedEvent[] = [];
  for (const { index: at, result: r } of parseAroundRelativeWords(p.text, reference)) {
    const end = at + r.text.length;
    // (`Sunday, September 3`, `today (June 19)`: a date written out right after is the one meant.)
    if (taken.some(([a, b]) => at < b && a <= end + 2)) continue;
    if (WRITTEN_MONTH.test(r.text) || CHAINED.test(r.text) || /\d{1,2}:\d{2}|\d{4}/.test(r.text)) continue;
    // `sat`, `wed`: a verb or a word in lower case, not a weekday written short.
    if (isPeriod(r.text) || /^[a-z]{1,3}$/.test(r.text)) continue;
    if (!r.start.isCertain('day') && !r.start.isCertain('weekday')) continue;
    const clause = clauseAround(p.text, at, end);
    let date = r.start.date();
    if (!r.start.isCertain('day') && date < reference) {
      const words = p.text
        .slice(clause.start, clause.end)
        .toLowerCase()
        .split(/[^a-z]+/);
      if (words.some((w) => FUTURE_MARKERS.has(w))) date = new Date(date.getTime() + 7 * DAY_MS);
    }
    const until = r.end?.isCertain('day') ? isoDay(r.end.date()) : null;
    out.push({
      date: isoDay(date),
      until: until && until > isoDay(date) ? until : null,
      text: p.text.slice(clause.start, clause.end).trim(),
      paragraph: p.number,
      start: p.start + at,
      end: p.start + end,
      relative: true,
    });
  }
  return out;
}
