import { decodeHTML } from 'entities';

const PARTIAL_NOTICE =
  /this record is a partial extract of the original cable\.?(?:\s*the full text of the original cable is not available\.?)?/i;
const HTML_TAG =
  /<\/?(?:a|b|i|u|em|strong|br|p|pre|code|div|span|font|td|tr|th|table|tbody|html|body|head|h\d)\b[^<>]{0,2000}>/gi;
const HTML_BREAK = /<(?:br|\/p|\/div|\/tr|\/pre)\b[^<>]{0,200}>/gi;
const ENTITY = /&(?:#\d{1,7}|#x[0-9a-f]{1,6}|[a-z][a-z0-9]{1,31});/i;
// C0 controls other than tab and newline, DEL, and C1 controls left over from bad decodes.
// biome-ignore lint/suspicious/noControlCharactersInRegex: these are exactly the characters removed
const CONTROL = /[\u0000-\u0008\u000b-\u001f\u007f-\u009f\ufffe\uffff]/g;
// biome-ignore lint/suspicious/noControlCharactersInRegex: the same characters, looked for once
const CONTROL_ANY = /[\u0000-\u0008\u000b-\u001f\u007f-\u009f\ufffe\uffff]/;

export interface NormalizedText {
  text: string;
  partial: boolean;
  /** The text came as one flattened line and line breaks were restored before field markers. */
  unflattened: boolean;
  /** Spans the archive wrote twice after a `Q` (`lack of QShe said ...`), taken out. */
  repeats: number;
  hadHtml: boolean;
  /** The id of another cable whose raw `cables.csv` row followed this one's, cut off; else null. */
  nextRow: string | null;
}

/** A raw `cables.csv` row's opening: `121752<TAB>2007-09-11 12:50:00<TAB>07TBILISI2290<TAB>...`. */
const ROW_LINE = /^(?:\d+\t)?\d{4}-\d{2}-\d{2} \d{2}:\d{2}(?::\d{2})?\t(\d{2}[A-Z][A-Z0-9]*?\d+)\t/gm;

/**
 * A page that shows its cable as a raw `cables.csv` row may show the next row after it: the text from the
 * row of another cable on is that cable's, cut off.
 */
function cutAtNextRow(text: string): { text: string; nextRow: string | null } {
  let first: string | null = null;
  for (const m of text.matchAll(ROW_LINE)) {
    const id = m[1] ?? '';
    if (first === null) first = id;
    else if (id !== first) return { text: text.slice(0, m.index), nextRow: id };
  }
  return { text, nextRow: null };
}

/** Lines that end with a backslash, the row's escaped line breaks: most lines of such a text do. */
function unescapeLineEnds(text: string): string {
  const lines = text.split('\n');
  const escaped = lines.filter((l) => /\\\s*$/.test(l)).length;
  if (escaped < 10 || escaped * 3 < lines.filter((l) => l.trim() !== '').length) return text;
  return lines.map((l) => l.replace(/\s*\\\s*$/, '')).join('\n');
}

/** Markers before which a flattened cable (every line break replaced by a space) gets its breaks back. */
const FLAT_BREAKS =
  /\s(?=(?:¶\s?\d{1,3}\s?\.|\d{1,3}\s?\.\s?\((?:U|SBU|C|S|TS|FOUO|C\/NF|S\/NF|S\/\/NF|C\/\/NF|U\/\/FOUO)\)|E\.?\s?O\.?\s+1\d{4}\b|TAGS:?\s|SUBJECT:|SUBJ:|REF:|REFS:|Classified\s+By\b|CLASSIFIED\s+BY\b|SIPDIS\b|END\s+SUMMARY\b|(?:BEGIN\s+)?COMMENT\s*:|END\s+COMMENT\b))| {2}(?=\d{1,2}\.\s{1,3}[A-Z(])/gi;

/**
 * Turns raw cable text from any source into the plain form the parser reads: one `\n` per line break,
 * HTML tags and entities resolved, control characters removed, the archive's partial-extract notice
 * taken out (and reported), flattened one-line cables given their line breaks back.
 */
export function normalizeText(raw: string): NormalizedText {
  let text = raw.replace(/^\ufeff/, '').replace(/\r\n?/g, '\n');
  let hadHtml = false;
  if (/<[a-z/][^<>]{0,2000}>/i.test(text)) {
    const stripped = text.replace(HTML_BREAK, '\n').replace(HTML_TAG, '');
    hadHtml = stripped !== text;
    text = stripped;
  }
  if (ENTITY.test(text)) {
    text = decodeHTML(text);
    hadHtml = true;
  }
  // Most texts have neither: a look costs less than a replace that copies the text.
  if (CONTROL_ANY.test(text)) text = text.replace(CONTROL, '');
  let nextRow: string | null = null;
  if (text.includes('\t')) {
    const cut = cutAtNextRow(text);
    text = cut.text;
    nextRow = cut.nextRow;
  }
  if (text.includes('\\\n')) text = unescapeLineEnds(text);
  if (text.includes('\t') || text.includes('\u00a0')) text = text.replace(/[\u00a0\t]/g, ' ');

  text = repairMangledQuotes(text);
  if (STRIPPED_ACCENT_ANY.test(text)) text = repairStrippedAccents(text);
  // (`... inside of Yemen.xxxxx told PolOff`: a withheld name glued to the sentence before it.)
  if (text.includes('.xxxx') || text.includes('.XXXX')) text = text.replace(GLUED_REDACTION, '$1 $2');
  const repaired = dropRepeatedSpans(text);
  text = repaired.text;

  let partial = false;
  const notice = PARTIAL_NOTICE.exec(text.slice(0, 4000));
  if (notice) {
    partial = true;
    text = `${text.slice(0, notice.index)}\n${text.slice(notice.index + notice[0].length)}`;
  }

  let unflattened = false;
  if (looksFlattened(text)) {
    text = text.replace(FLAT_BREAKS, '\n\n');
    unflattened = true;
  }

  text = text
    .split('\n')
    .map((line) => line.trimEnd())
    .join('\n');
  return { text, partial, unflattened, hadHtml, repeats: repaired.repeats, nextRow };
}

// Accented letters whose UTF-8 bytes lost their high bit on the way (`FernC!ndez`, `HC)ctor`, `ChacC3n`,
// `communiquC)`): `é` (C3 A9) became `C)`. The second byte, 0x20-0x3F once stripped, is the letter's offset
// from U+00C0. Only where letters stand around it, as they do in a name or a word: `C-130`, `OC-in`,
// `RC's`, an acronym before a hyphen or a quote, are left alone.
/** The stripped second bytes of the accented letters names carry (`á é í ó ñ ç ú ã õ ê ü ö ä ô`). */
const IN_WORD = "[!)\\-31':#5*<6$4]";
/** Of those, the ones a capital or a word's end may stand beside (`HC)ctor`, `communiquC)`). */
const AT_EDGE = '[!)31:]';
const STRIPPED_ACCENT = new RegExp(
  `(?<=\\p{Ll})C(${IN_WORD})(?=\\p{Ll})|(?<=\\b\\p{Lu})C(${AT_EDGE})(?=\\p{Ll}{2})|(?<=\\p{Ll}{2})C([!)3])(?=[\\s.,;:])`,
  'gu',
);
/** A cheap look first: most texts have none. */
const STRIPPED_ACCENT_ANY = new RegExp(`[a-z]C${IN_WORD}|\\b[A-Z]C${AT_EDGE}[a-z]`);

function repairStrippedAccents(text: string): string {
  return text.replace(STRIPPED_ACCENT, (_, a?: string, b?: string, c?: string) =>
    String.fromCharCode(0xc0 + (a ?? b ?? c ?? ' ').charCodeAt(0)),
  );
}

/** A sentence's end glued to a withheld name (`Yemen.xxxxx told`): a word, a stop, then x's. */
const GLUED_REDACTION = /(\p{L}{2}[.)])(x{4,}|X{4,})/gu;

// The archive's conversion repeated some lines after a stray `Q`: `due to the lack of QShe said the industry
// won't be able to do that due to the lack of investment`, the `Q` and the copy of the text since the line's
// start glued to the next word. A `Q` right before a word (no letter before it) that opens a copy of the
// text just before it, whitespace aside, is taken out with the copy; `QME`, `Qatar` open no copy.
const STRAY_Q = /(?<![\p{L}\p{N}])Q(?=[\p{L}\p{N}“"(])/gu;
/** How far back the copied text may start: about a line and a half of a telegram. */
const REPEAT_WINDOW = 160;
/** The shortest copy taken for one (shorter matches could be chance). */
const REPEAT_MIN = 12;

function dropRepeatedSpans(text: string): { text: string; repeats: number } {
  if (!text.includes('Q')) return { text, repeats: 0 };
  const cuts: [number, number][] = [];
  for (const m of text.matchAll(STRAY_Q)) {
    const q = m.index;
    const probe = text.slice(q + 1, q + 1 + REPEAT_MIN);
    if (probe.length < REPEAT_MIN) continue;
    const from = text.lastIndexOf(probe, q - 1);
    if (from < 0 || q - from > REPEAT_WINDOW) continue;
    const end = copyEnd(text, from, q, q + 1);
    if (end > 0) cuts.push([q, end]);
  }
  if (cuts.length === 0) return { text, repeats: 0 };
  let out = '';
  let at = 0;
  for (const [from, to] of cuts) {
    out += text.slice(at, from);
    at = to;
  }
  return { text: out + text.slice(at), repeats: cuts.length };
}

/**
 * Where the copy of text[from, to) that starts at `start` ends, runs of whitespace matching runs of
 * whitespace; -1 when the text there is no copy.
 */
function copyEnd(text: string, from: number, to: number, start: number): number {
  let i = from;
  let j = start;
  const space = (c: number) => c === 32 || c === 10;
  while (i < to) {
    const a = text.charCodeAt(i);
    const b = text.charCodeAt(j);
    if (space(a)) {
      while (i < to && space(text.charCodeAt(i))) i++;
      // (Trailing whitespace before the `Q` has no copy: the copy runs on into the next word.)
      if (i >= to) break;
      if (!space(b)) return -1;
      while (space(text.charCodeAt(j))) j++;
      continue;
    }
    if (a !== b) return -1;
    i++;
    j++;
  }
  return j;
}

// The archive's conversion from Windows-1252 turned typographic quotes into ASCII look-alikes: “ became `&`
// and ” became `8` (`&middle power8`). Each pair is put back as `"`, one character for one, so offsets hold.
// (Its apostrophes, turned into commas, `Iran,s`, are put back line by line with the body: cable.ts.)
const MANGLED_OPEN_QUOTE = /(?<=^|[\s([])&(?=[A-Za-z0-9])/gm;
// A closing mark after a word or its punctuation, not inside a number or a name like `G8`.
const MANGLED_CLOSE_QUOTE = /(?<=[a-z0-9.,!?%)]|[A-Za-z]{2})8(?=[\s.,;:!?)-]|$)/;

/**
 * A quotation split by its tag, one of its marks mangled and the other not (`"You can easily bribe a
 * judge,8 he said, &but you can't bribe 50 elders."`): the mark closing before the tag, the one opening
 * after it.
 */
const MANGLED_BEFORE_TAG =
  /(?<=[a-z0-9.,!?])8(?=\s+(?:he|she|they|we|I|\p{Lu}\p{Ll}+)\s+(?:said|added|told|noted|asked|stated|continued|explained|insisted|replied|stressed)\b)/gu;
const MANGLED_AFTER_TAG =
  /(?<=\b(?:said|added|noted|stated|continued|explained|insisted|replied|stressed),\s)&(?=\p{L})/gu;

function repairMangledQuotes(text: string): string {
  const mixed = text.includes('“') ? repairMixedPairs(text) : text;
  if (!mixed.includes('&')) return mixed;
  const paired = repairQuotePairs(mixed);
  return /,8\s/.test(paired)
    ? paired.replace(MANGLED_BEFORE_TAG, '"').replace(MANGLED_AFTER_TAG, '"')
    : paired;
}

/**
 * `“very supportive, very committed8 during`: a typographic opening mark the conversion kept, its closing
 * one turned into `8`, before any other mark in the paragraph.
 */
function repairMixedPairs(text: string): string {
  // (Most texts with typographic quotes close them all: test for a mangled closing mark once, first.)
  if (!MIXED_CLOSE_QUOTE.test(text)) return text;
  const marks: number[] = [];
  for (const open of text.matchAll(/“/g)) {
    const from = open.index + 1;
    const window = text.slice(from, from + 400).split(/\n\s*\n|[“”"&]/)[0] ?? '';
    const close = MIXED_CLOSE_QUOTE.exec(window);
    if (close) marks.push(from + close.index);
  }
  if (marks.length === 0) return text;
  const chars = text.split('');
  for (const at of marks) chars[at] = '”';
  return chars.join('');
}
// A closing mark turned into `8` after a word (not a digit's `8`: `LONDON 00002198 002 OF 005`, a page's
// header inside the quotation).
const MIXED_CLOSE_QUOTE = /(?<=[a-z.,!?)]|[A-Za-z]{2})8(?=[\s.,;:!?)-]|$)/;

/** `&` ... `8` in a paragraph: a quotation both of whose marks were mangled. */
function repairQuotePairs(text: string): string {
  // Positions of the marks to put back, found first: most texts with an `&` have none (`R&D`, `AT&T`).
  const marks: number[] = [];
  for (const open of text.matchAll(MANGLED_OPEN_QUOTE)) {
    const from = open.index + 1;
    // The closing mark stands in the same paragraph, before any other opening mark.
    const window = text.slice(from, from + 400).split(/\n\s*\n|(?<=[\s([])&(?=[A-Za-z0-9])/)[0] ?? '';
    const close = MANGLED_CLOSE_QUOTE.exec(window);
    if (close) marks.push(open.index, from + close.index);
  }
  if (marks.length === 0) return text;
  const chars = text.split('');
  for (const at of marks) chars[at] = '"';
  return chars.join('');
}

/** A cable whose line breaks were all replaced by spaces: long, with almost no newlines. */
function looksFlattened(text: string): boolean {
  if (text.length < 250) return false;
  let newlines = 0;
  for (let i = 0; i < text.length && newlines < 8; i++) if (text.charCodeAt(i) === 10) newlines++;
  return newlines < 8 && text.length / (newlines + 1) > 250;
}
