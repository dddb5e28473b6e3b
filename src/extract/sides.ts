import {
  COUNTRIES,
  COUNTRIES_IN_CAPITALS,
  INTERNATIONAL_AFFILIATIONS,
  LIST_HEADS,
  ORGANIZATIONS,
  TITLES,
  tokenizePhrase,
} from '../lexicon/words.js';
import type { Paragraph } from '../record.js';
import type { Mention } from './mentions.js';

/** `Participants:`, `Attendees`: the words that open a list of who took part. */
const PARTICIPANT_LIST = /\b(?:participants|attendees|present|delegations?)\b/i;
/** A line whose last words open a list on the lines after it: `Other attendees included:`. */
const LIST_OPENING_LINE = /\b(?:participants|attendees|delegations?)\b[^\n:]{0,30}:\n/i;
/** A line that is nothing but such a heading: `Participants:`, `U.S. Participants`. */
const LIST_HEADING_LINE = /^[\p{L}.\s]{0,24}\b(?:participants|attendees|present|delegations?)\s*:?\s*$/iu;

/** The side a line names when it is nothing but a country or a body (`U.S.`, `UAE:`, `Poland`). */
function sideOf(line: string): string | null {
  const words = tokenizePhrase(line.trim().replace(/:$/, ''));
  if (words.length === 0 || words.length > 4) return null;
  // (`Russian Delegation:`, `U.S. side`: the words after the side that name a list.)
  const rest = (from: number) => words.slice(from).every((w) => LIST_HEADS.has(w.toLowerCase()));
  const country = COUNTRIES.match(words, 0) ?? COUNTRIES_IN_CAPITALS.match(words, 0);
  if (country && rest(country.length)) return country.entry.value.country ?? null;
  const body = ORGANIZATIONS.match(words, 0);
  const affiliation = body?.entry.value.affiliation;
  return body && rest(body.length) && affiliation && affiliation !== '-' ? affiliation : null;
}

/**
 * The side that opens a list line flattened onto one line, with its people after it (`AUSTRALIA Prime
 * Minister Kevin Rudd Ambassador Dennis Richardson ...`, `U.S. The Secretary ...`): a country's name written
 * in capitals, or followed by a colon, then at least two more words.
 */
function leadingSide(line: string): string | null {
  const words = tokenizePhrase(line.trim());
  // (`The Netherlands FM Maxime Verhagen`: the country's article before it.)
  const from = words[0] === 'The' ? 1 : 0;
  const country = COUNTRIES_IN_CAPITALS.match(words, from) ?? COUNTRIES.match(words, from);
  if (!country) return null;
  const end = from + country.length;
  if (country.entry.value.kind !== 'name' || words.length < end + 2) return null;
  const written = words.slice(from, end).join(' ');
  // (In mixed case, a capitalised title right after it: `The Netherlands FM Maxime Verhagen ...`.)
  const titled = /^\p{Lu}/u.test(words[end] ?? '') && TITLES.match(words, end) !== null;
  const marked = written === written.toUpperCase() || written.endsWith(':') || titled;
  return marked ? (country.entry.value.country ?? null) : null;
}

/**
 * The side a list line without one takes from the offices in it: a line of names whose titles state one
 * side only (`NSA General (retired) James Jones CDA Peter Burleigh ... DATT Colonel Richard White Political
 * Officer Sameer Sheth`: the Defense Attache and the Political Officer are American) is that side's.
 */
function sideOfOffices(line: string): string | null {
  const words = tokenizePhrase(line);
  const lower = words.map((w) => w.toLowerCase());
  const sides = new Set<string>();
  for (let i = 0; i < words.length; i++) {
    const title = TITLES.match(words, i, lower);
    if (!title) continue;
    const side = title.entry.value.affiliation ?? '-';
    if (side !== '-') sides.add(side);
    i += title.length - 1;
  }
  if (sides.size !== 1) return null;
  // (A country named in the line is a side of its own: `Minister A.K. Antony`, `Indian Ambassador ...`.)
  for (let i = 0; i < words.length; i++) if (COUNTRIES.match(words, i)) return null;
  return [...sides][0] ?? null;
}

/** Where in the body each side's list starts, and the side: `[start, side]`, in order. */
export type SideMarks = [number, string | null][];

/**
 * The sides of a participant list written as headings (a memorandum of conversation):
 *
 *     Participants:
 *     U.S.
 *     Acting Assistant Secretary Jeffrey Feltman
 *     UAE
 *     Ambassador Yousef al Otaiba
 *
 * A line that is only a country names the side of the lines under it, to the end of its paragraph; a list
 * paragraph without a number under such a heading (the parser reads a heading's underline as a section)
 * is that side's. Only inside a participant list: `Iran` over a paragraph elsewhere is its topic.
 */
export function participantSides(paragraphs: Paragraph[]): SideMarks {
  const marks: SideMarks = [];
  let inList = false;
  for (const p of paragraphs) {
    if (p.number !== null || p.section === null) inList = false;
    if (PARTICIPANT_LIST.test(p.text.slice(0, 40))) inList = true;
    // (`... in Mexico City. Other attendees included:` ending a line of a paragraph: the lines after it are
    // the list, to the paragraph's end.)
    let from = 0;
    if (!inList) {
      const opener = LIST_OPENING_LINE.exec(p.text);
      if (!opener) continue;
      from = opener.index + opener[0].length;
      inList = true;
    }
    const heading = p.number === null && p.section !== null ? sideOf(p.section) : null;
    marks.push([p.start + from, heading]);
    let current = heading;
    // (A flattened line is read only under a line that is the list's heading alone, `Participants:`; not
    // in prose that opens with a side, `U.S. military participants agreed that ...`.)
    let headed = from > 0 || (p.number === null && p.section !== null && PARTICIPANT_LIST.test(p.section));
    let at = from;
    for (const line of p.text.slice(from).split('\n')) {
      const side = sideOf(line);
      // (Offices tell a line's side only where no heading has named one: `Brazil:` over `PolCounselor
      // Carlos Ceglia`.)
      const leading = side || !headed ? null : (leadingSide(line) ?? (current ? null : sideOfOffices(line)));
      if (LIST_HEADING_LINE.test(line)) headed = true;
      if (side) {
        marks.push([p.start + at + line.length, side]);
        current = side;
      } else if (leading) {
        marks.push([p.start + at, leading]);
        marks.push([p.start + at + line.length, current]);
      }
      at += line.length + 1;
    }
    marks.push([p.start + p.text.length, null]);
  }
  return marks;
}

/**
 * Gives each person named under a side heading that side, unless the mention states its own. (A body of
 * states before the title is where a country's envoy serves: `Bolivia` over `UN Charge Pablo Solon`.)
 */
export function applySides(mentions: Mention[], starts: number[], marks: SideMarks): void {
  if (marks.length === 0) return;
  mentions.forEach((m, i) => {
    if (m.kind !== 'person') return;
    if (m.affiliation && !INTERNATIONAL_AFFILIATIONS.has(m.affiliation)) return;
    const at = starts[i] ?? -1;
    let side: string | null = null;
    for (const [start, value] of marks) {
      if (start > at) break;
      side = value;
    }
    if (side && !(m.affiliation && INTERNATIONAL_AFFILIATIONS.has(side))) m.affiliation = side;
  });
}
