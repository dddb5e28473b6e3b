import { readWordList } from '../lexicon/load.js';
import { COMMON_WORDS, COUNTRIES } from '../lexicon/words.js';
import type { Paragraph } from '../record.js';
import { fieldAt } from './fields.js';
import { normalizeMarking } from './markings.js';

/**
 * A paragraph opening: `¶1.`, `1.`, `1)`, `¶ 12.`, optionally followed by a marking `(C)`, `(S//NF)`, or
 * one that lost its opening parenthesis (`¶7.  C)  Ambassador ...`).
 */
const NUMBERED =
  /^(¶\s?)?(\d{1,4})\s?([.)])(?!\d)\s*(?:\(\s*([A-Za-z][A-Za-z/ ,-]{0,90}?)\s*\)|([A-Z][A-Z/]{0,7})\)(?=\s))?\s*/;
/** A number and a marking with no stop between them: `15 (SBU) He also called ...`. */
const NUMBER_MARKED = /^(¶\s?)?(\d{1,3})\s+\(\s*([A-Za-z][A-Za-z/ ,-]{0,90}?)\s*\)\s+/;
/** An unnumbered paragraph that opens with its marking: `(C) Summary: ...`. */
const MARKED = /^(?:¶\s?)?\(\s*([A-Za-z][A-Za-z/ ,-]{0,90}?)\s*\)\s+/;
/** A number in parentheses, then a marking: `(13) (C) Post contacted ...`. */
const BRACKETED_NUMBER_MARKED = /^\((\d{1,3})\)\s*\(\s*([A-Za-z][A-Za-z/ ,-]{0,90}?)\s*\)\s+/;
const DASHES = /^[-=_*\s]{3,}$/;
/** A letter's salutation: `Dear Mr. President:`, `Dear Colleagues,`. */
const SALUTATION = /^dear\s+\S.*[:,]$/i;
/** A rule the archive's damage ran into text: `----QDI>RpQd%'MkQQto pulse the cleric`. */
const DAMAGED_RULE = /^-{4,}[^-\s]/;
// (`--------------------------------------------- --`: a rule the archive cut in two.)
const TRAILING_DASHES = /\s*-{4,}(?:\s+-+)*\s*$/;

interface Opening {
  number: number | null;
  marking: string | null;
  /** Length of the opening (number and marking) in the line. */
  length: number;
  strong: boolean;
}

function readOpening(line: string): Opening | null {
  const text = line.trimStart();
  const indent = line.length - text.length;
  const m = NUMBERED.exec(text);
  if (m) {
    const inside = m[4] ?? m[5];
    const marking = inside !== undefined ? normalizeMarking(inside) : null;
    // `(a)` or `A)` after a number is a sub-item, not a marking: the opening stops before it.
    const length =
      indent +
      (marking !== null || inside === undefined
        ? m[0].length
        : (m[1] ?? '').length + (m[2] ?? '').length + 1);
    const rest = text.slice(m[0].length);
    // `1.4 (b)` and `2007.` are not openings; an opening is followed by text.
    if (inside === undefined && rest === '') return null;
    return { number: Number(m[2]), marking, length, strong: m[1] !== undefined || marking !== null };
  }
  // (Only with a marking the table knows: `2 (two) ...` opens nothing.)
  const n = NUMBER_MARKED.exec(text);
  const nMarking = n ? normalizeMarking(n[3] ?? '') : null;
  if (n && nMarking !== null)
    return { number: Number(n[2]), marking: nMarking, length: indent + n[0].length, strong: true };
  const b = BRACKETED_NUMBER_MARKED.exec(text);
  const bMarking = b ? normalizeMarking(b[2] ?? '') : null;
  if (b && bMarking !== null)
    return { number: Number(b[1]), marking: bMarking, length: indent + b[0].length, strong: true };
  const u = MARKED.exec(text);
  if (u) {
    const marking = normalizeMarking(u[1] ?? '');
    if (marking !== null) return { number: null, marking, length: indent + u[0].length, strong: true };
  }
  return null;
}

const CLASSIFICATION_LINE =
  /^\(?(?:TOP SECRET|SECRET|CONFIDENTIAL|UNCLASSIFIED|UNCLAS|SBU|FOUO)(?:\s*\/{1,2}\s*[A-Z ]+)*\)?$/;
const CLOSED_LINE = /[.:;!?"'’”)\]]\s*$/;

type Piece =
  | { kind: 'paragraph'; opening: Opening; lines: string[] }
  | { kind: 'heading'; text: string }
  | { kind: 'text'; lines: string[] };

/** The end of a closed sentence, past a closing quotation mark or bracket (`End comment.)`). */
const CLOSED_SENTENCE = /[.!?]["”)]?\s*$/;
/** A line withheld whole, `XXXXXXXXXXXX`: no heading. */
const WITHHELD_LINE = /^X{4,}$/;

/** `//LATIN AMERICA//`: the slashes some posts set around a heading are no part of it. */
function withoutSlashes(text: string): string {
  return text.includes('//') ? text.replace(/^\/{2,}\s*|\s*\/{2,}$/g, '') : text;
}

/** `Ref: khartoum 00378`: a header field (repeated in lower case before the first paragraph), no heading. */
function headerField(text: string): boolean {
  return text.includes(':') && fieldAt(text) !== null;
}

/** The heading line i reads as: title-like, underlined, or boxed between rules; else null. */
/**
 * `END TEXT OF NON-PAPER`, `BEGIN TEXT OF PRESS RELEASE`, `END TALKING POINTS`: markers that open or close a
 * part, no heading, even underlined.
 */
const PART_MARKER =
  /^\s*(?:end|begin)\s+(?:of\s+)?(?:text|talking|points|non-?paper|quote|letter|message)\b/i;

function headingOf(line: string, lines: readonly string[], i: number): string | null {
  if (PART_MARKER.test(line)) return null;
  return (
    isHeadingLine(line) ??
    underlinedHeading(line, ruleBelow(lines, i)) ??
    // (`-----` / blank / `Citizenship fraud begins with civil documents` / blank / `-----`: the rules may
    // stand a blank line away.)
    boxedLine(line, nearestFilled(lines, i, -1), nearestFilled(lines, i, 1))
  );
}

/**
 * The line under line i, or past one blank line the rule of dashes there (`An "Easier Battle to Win"` /
 * blank / `-----`: a heading's rule may stand a blank line away).
 */
function ruleBelow(lines: readonly string[], i: number): string | undefined {
  const next = lines[i + 1];
  if ((next ?? '').trim() !== '') return next;
  const after = lines[i + 2] ?? '';
  return DASHES.test(after) && /-{3,}/.test(after) ? after : next;
}

/** The line nearest to i in direction `step` that is not blank, past at most two blank ones. */
function nearestFilled(lines: readonly string[], i: number, step: 1 | -1): string | undefined {
  let j = i + step;
  while ((lines[j] ?? '').trim() === '' && Math.abs(j - i) <= 2 && j >= 0 && j < lines.length) j += step;
  return lines[j];
}

/**
 * `New saudi fiu promises better cooperation` / blank / `¶2. ...`: a short line in sentence case (the
 * archive lost some capitals), alone between blank lines, with no mark to end it, right over a numbered
 * paragraph, is a heading however few of its words are capitalised.
 */
function plainHeading(lines: string[], i: number, openings: Map<number, Opening>): string | null {
  const text = (lines[i] ?? '').trim();
  let next = i + 1;
  while (next < lines.length && (lines[next] ?? '').trim() === '') next++;
  if (next === i + 1 || openings.get(next)?.number == null) return null;
  if (text.length > 90 || !/^\p{Lu}/u.test(text) || /[.,;:!?)"”]$/.test(text)) return null;
  // (`End talking points/non-paper`: a marker that closes a part, no heading.)
  if (/^(?:end|begin)\b/i.test(text) || SALUTATION.test(text)) return null;
  const list = text.split(/\s+/);
  const words = list.length;
  // (`The Reason: To Raise the Cost of Doing Business in the Islands`: a longer one in title case.)
  const titleCase = list.filter((w) => /^[\p{Lu}\d"“]/u.test(w)).length >= Math.ceil(words * 0.6);
  if (words < 2 || (words > 8 && !(words <= 14 && titleCase)) || (text.length > 60 && !titleCase))
    return null;
  if (WITHHELD_LINE.test(text) || CLASSIFICATION_LINE.test(text)) return null;
  // (Not `Declassify on: Source marked 25X1-human, ...`, a marking's line, nor `II) Bernardino Leon, ...`,
  // a numbered list's item.)
  if (/^declassif/i.test(text) || /^(?:[IVX]+|\d{1,2}|[a-z])\)\s/.test(text)) return null;
  if (headerField(text)) return null;
  return text;
}

/** `- - - Trade and Finance - - -`: rules of spaced dashes on both sides of a heading. */
const SPACED_DASHES_OPEN = /^\s*(?:-\s+){2,}-?\s*(?=\S)/;
const SPACED_DASHES_CLOSE = /\s+(?:-\s*){3,}$/;

/**
 * `- - - High-Level Visits, Dialogue, Thinking Needed in` / `Relationship - - -`: a heading between rules
 * of spaced dashes wrapped over two lines is one line; the second is left blank.
 */
function joinDashedHeadings(lines: string[]): string[] {
  const out = [...lines];
  for (let i = 0; i + 1 < out.length; i++) {
    const line = (out[i] ?? '').trimEnd();
    const next = (out[i + 1] ?? '').trim();
    if (
      SPACED_DASHES_OPEN.test(line) &&
      !SPACED_DASHES_CLOSE.test(line) &&
      /[A-Za-z]/.test(line) &&
      SPACED_DASHES_CLOSE.test(next) &&
      !SPACED_DASHES_OPEN.test(next)
    ) {
      out[i] = `${line} ${next}`;
      out[i + 1] = '';
    }
  }
  return out;
}

/**
 * `COMMENT:  THE WRONG SHIP FROM THE WRONG COUNTRY AT THE WRONG` / `TIME`: a heading in capitals wrapped
 * over two lines, blank lines around the pair, is one line; the second is left blank. Only in a body of
 * mixed case, where lines in capitals stand out (an old telegram is all capitals).
 */
/**
 * `Argentina Requires Ships to Request Permission to Travel to` / `Falklands/Malvinas`: a heading in title
 * case wrapped over two lines, blank lines around the pair and a numbered paragraph under it, is one line;
 * the second is left blank.
 */
function joinWrappedTitleHeadings(lines: string[]): string[] {
  let out: string[] | null = null;
  const blank = (i: number) => i < 0 || i >= lines.length || (lines[i] ?? '').trim() === '';
  const titled = (line: string) => {
    const words = line.split(/\s+/);
    return words.filter((w) => /^[\p{Lu}\d"“&]/u.test(w)).length >= Math.ceil(words.length * 0.6);
  };
  for (let i = 0; i + 1 < lines.length; i++) {
    const first = (lines[i] ?? '').trim();
    const second = (lines[i + 1] ?? '').trim();
    if (!blank(i - 1) || !blank(i + 2) || !first || !second || /^\s*(?:¶|\d{1,2}\.|\()/.test(first)) continue;
    if (/[.;,:!?)"”]$/.test(first) || /[.;,!?)"”]$/.test(second) || second.split(/\s+/).length > 4) continue;
    let next = i + 2;
    while (next < lines.length && blank(next)) next++;
    if (!/^\s*¶?\s*\d{1,2}\s*\.\s/.test(lines[next] ?? '')) continue;
    const joined = `${first} ${second}`;
    const words = joined.split(/\s+/).length;
    if (words < 3 || words > 14 || joined.length > 90 || !titled(first) || !titled(second)) continue;
    out ??= [...lines];
    out[i] = joined;
    out[i + 1] = '';
    i++;
  }
  return out ?? lines;
}

function joinWrappedCapsHeadings(lines: string[]): string[] {
  if (!lines.some((l) => /\p{Ll}/u.test(l))) return lines;
  let out: string[] | null = null;
  const blank = (i: number) => i < 0 || i >= lines.length || (lines[i] ?? '').trim() === '';
  const caps = (line: string) =>
    /\p{Lu}/u.test(line) && !/\p{Ll}/u.test(line) && !/^\s*(?:¶|\d{1,2}\.|\()/.test(line);
  for (let i = 0; i + 1 < lines.length; i++) {
    const first = (lines[i] ?? '').trim();
    const second = (lines[i + 1] ?? '').trim();
    if (!blank(i - 1) || !blank(i + 2) || !first || !second) continue;
    if (!caps(first) || !caps(second) || /[.;,]$/.test(first) || second.length > 40) continue;
    const joined = `${first} ${second}`;
    // (Not `... PRESIDENT OF THE REPUBLIC OF` / `SERBIA, ON THE`: a title page's lines that run on.)
    // (Nor `FROM NEA ACTING ASSISTANT SECRETARY JEFFREY` / `FELTMAN FOR CHARGE MILES`: a letter's sender.)
    if (
      /\b(?:THE|OF|AND|ON|TO|FOR|IN|AT|BY|A|AN)$/.test(joined) ||
      /^(?:FROM|TO|FOR)\b/.test(joined) ||
      isHeadingLine(joined) === null
    )
      continue;
    out ??= [...lines];
    out[i] = joined;
    out[i + 1] = '';
    i++;
  }
  return out ?? lines;
}

function isHeadingLine(line: string): string | null {
  if (PART_MARKER.test(line)) return null;
  // (`- Algiers to Palma to Skopje on January 22, 2004`: a list item, its one dash before the words only;
  // `-- As President Obama said in Prague: "..."`, a talking point, its two.)
  if (/^\s*(?:[-–•*]|--)\s+\S/.test(line) && !/\s[-–]{1,2}\s*$/.test(line) && !SPACED_DASHES_OPEN.test(line))
    return null;
  let text = line.includes('----') ? line.replace(TRAILING_DASHES, '') : line;
  // (`-- Cuba --`, `- - - Trade and Finance - - -`: a heading boxed by short rules on both sides.)
  if (/^\s*[-=]{2,}\s/.test(text)) text = text.replace(/\s[-=]{2,}\s*$/, '');
  // (`--Power Behind the Throne--`: the same rules glued to the words.)
  else if (/^\s*[-=]{2,}\S/.test(text)) text = text.replace(/(?<=\S)[-=]{2,}\s*$/, '');
  if (SPACED_DASHES_OPEN.test(text)) text = text.replace(SPACED_DASHES_CLOSE, '');
  text = text.replace(/^[-=\s]+/, '').trim();
  // (`//Taking on the Russian Mafia//`: slashes around a heading.)
  text = withoutSlashes(text);
  if (text.length < 2 || text.length > 80) return null;
  // (Not a sentence's end; `SPANISH VP WANTS TO VISIT U.S.` ends with an abbreviation.)
  // (`INCREASED INVESTMENT IN RIO PORT AREA, AND...`: an ellipsis leads on to the next heading.)
  if (
    /[.;,]$/.test(text) &&
    !/^(?:summary|comment)\.?$/i.test(text) &&
    !/\s(?:[A-Za-z]\.){2,}$/.test(text) &&
    !/\p{Lu}(?:\.{3}|…)$/u.test(text)
  )
    return null;
  if (!/[A-Za-z]/.test(text) || WITHHELD_LINE.test(text)) return null;
  // (`Dear Mr. President:`: a letter's salutation opens its text; it titles nothing.)
  if (SALUTATION.test(text)) return null;
  // Classification lines (`SECRET//FGI//NOFORN`) mark text; they do not title it.
  if (CLASSIFICATION_LINE.test(text)) return null;
  if (headerField(text)) return null;
  const letters = text.replace(/[^A-Za-z]/g, '');
  const upper = letters === letters.toUpperCase();
  if (upper) return text;
  const words = text.split(/\s+/);
  // Title-like: short, most words capitalised or a question (`Who are we dealing with?`).
  // (`[Content removed]`: the archive's bracket around a title it withheld.)
  const capitalised = words.filter((w) => /^\[?[A-Z0-9"'(“‘]/.test(w)).length;
  if (words.length <= 10 && (capitalised >= Math.ceil(words.length / 2) || text.endsWith('?'))) return text;
  return null;
}

/**
 * `ROK has no new ideas - Japan can only scuttle talks` over a rule of dashes: a short line without a
 * sentence's end, underlined, is a heading however few of its words are capitalised.
 */
function underlinedHeading(line: string, next: string | undefined): string | null {
  if (next === undefined) return null;
  // (`Sistani: "What Do the Americans Want?"` over `----QDI>RpQd%'MkQQto pulse the cleric`: a rule the
  // archive's damage ran into the text; the heading above it stands.)
  const damagedRule = DAMAGED_RULE.test(next);
  if (!damagedRule && (!DASHES.test(next) || !/-/.test(next))) return null;
  // (`U.S. Moroccan` over `----- --------`: rules under each column of a table, not one heading; a spaced
  // `- - - -` and the archive's own break of a long rule after 45 characters are still one rule.)
  const runs = next.trim().split(/\s+/);
  if (!damagedRule && runs.length > 1 && (runs[0] ?? '').length !== 45 && runs.every((r) => r.length > 1))
    return null;
  const text = withoutSlashes(line.trim());
  if (WITHHELD_LINE.test(text)) return null;
  // (`Border confusion...` / `... And allegations of cross-border collaboration`: an ellipsis that runs one
  // heading into the next is no sentence's end.)
  const core = text.replace(/^(?:\.{3}|…)\s*/, '').replace(/\s*(?:\.{3}|…)$/, '');
  // (`2009` over `----`: a year alone, underlined, heads what is expected of it.)
  if (/^(?:19|20)\d\d$/.test(core)) return core;
  // (`In pyongyang - messages for the u.s.`: an abbreviation's stop ends no sentence.)
  const stop = /[.;,:]$/.test(core) && !/\s(?:\p{L}\.){2,}$/u.test(core);
  if (core.length < 2 || text.length > 80 || stop || !/^[A-Z"'(“‘[]/.test(core)) return null;
  return CLASSIFICATION_LINE.test(text) ? null : text;
}

/**
 * `-----` / `dprk delegation offers no criticism of u.s.` / `-----`: a short line boxed between two rules is a
 * heading whatever its case and its last mark.
 */
function boxedLine(line: string, before: string | undefined, after: string | undefined): string | null {
  const rule = (l: string | undefined) => l !== undefined && DASHES.test(l) && /-{3,}/.test(l);
  const text = line.trim();
  // (Up to 100 characters: `Muslim countries should play lead role in Iraq And help solve the Israeli-Palestinian
  // dispute`, between its rules, runs past the width the archive wraps at.)
  if (!rule(before) || !rule(after) || text.length < 2 || text.length > 100 || !/[A-Za-z]/.test(text))
    return null;
  return WITHHELD_LINE.test(text) || CLASSIFICATION_LINE.test(text) ? null : text;
}

/**
 * `LEBANON: A "MODEL"` / `FOR THE REGION` / `-----`: two or three short lines in capitals, none opening a
 * paragraph, over a rule of dashes; how many lines, or 0.
 */
function stackedHeading(lines: string[], i: number, accepted: ReadonlyMap<number, Opening>): number {
  for (let n = 2; n <= 3; n++) {
    const rule = lines[i + n] ?? '';
    if (!DASHES.test(rule) || !/-/.test(rule)) continue;
    const block = lines.slice(i, i + n);
    // (`-----` / `Final Calls Reveal Disillusionment with the` / `Possibilities for Change` / `-----`: boxed
    // between two rules, a heading in title case too.)
    const boxed = DASHES.test(lines[i - 1] ?? '') && /-/.test(lines[i - 1] ?? '');
    // (`Infrastructure Priorities, Private Security Contractors and` / `Conflicts of Interest` / a rule: in
    // title case too, a pair of lines wrapped right over a rule of dashes.)
    // (`The Murder of Jean-Paul Genie by the bodyguards of Humberto` / `Ortega` / `- - - - ...`: a rule of
    // spaced dashes too.)
    const underlined = n === 2 && (/-{10,}/.test(rule) || /(?:- ){5,}/.test(rule));
    // (`Implications of regionalization,` / `fears of saudi over-reaction` / a rule as long as the line over
    // it: a heading in sentence case, wrapped, whose rule was drawn to measure.)
    const measured =
      underlined &&
      /^\p{Lu}/u.test((lines[i] ?? '').trim()) &&
      Math.abs(rule.trim().length - (lines[i + 1] ?? '').trim().length) <= 1;
    // (`Rampant FSLN Human Rights Abuses, including Torture,` / `Disappearances, and Murder` / a rule: the
    // lines read as a heading together, though the first ends with a comma.)
    const joined =
      underlined &&
      block.every((l) => /\p{L}/u.test(l) && !DASHES.test(l)) &&
      isHeadingLine(block.map((l) => l.trim()).join(' ')) !== null;
    const capitals = (l: string) => {
      const letters = l.replace(/[^A-Za-z]/g, '');
      if ((boxed || underlined) && l.trim().length <= 65 && (joined || isHeadingLine(l) !== null))
        return true;
      if (measured && l.trim().length <= 65 && letters.length >= 2) return true;
      // (`KARZAI'S ANTI-U.S. RHETORIC UNDERMINES ADVOCACY FOR CONTINUED` / `SUPPORT` / a rule: a line wrapped
      // where the archive wraps, right over a rule.)
      return (
        letters.length >= 2 && letters === letters.toUpperCase() && l.trim().length <= (underlined ? 65 : 60)
      );
    };
    // (Not a sentence, `END IC POINTS ... VERBATIM.`, nor the telegram's `SIPDIS` marker.)
    if (
      block.every(
        (l, k) =>
          !accepted.has(i + k) &&
          capitals(l) &&
          !CLASSIFICATION_LINE.test(l.trim()) &&
          // (A sentence's stop, not an abbreviation's: `ANTI-U.S. RHETORIC`.)
          !/[.;]\s*$|(?<!\b[A-Z]\.[A-Z])\.\s/.test(l) &&
          l.trim() !== 'SIPDIS',
      )
    )
      return n;
    return 0;
  }
  return 0;
}

/**
 * The first words of a heading left at the end of the paragraph line before it, after the last sentence:
 * `End Summary. Recovery is Fragile and Banker Bonuses` before `Radioactive`. Only before a heading of a
 * few words, and only words a heading would have.
 */
function headingLead(lines: readonly string[], heading: string): { words: string; rest: string } | null {
  const last = lines.at(-1) ?? '';
  if (heading.split(/\s+/).length > 3) return null;
  // (`... END NOTE)` / `Institute of Optics and Fine Mechanics - Spectrometry & Fiber Optic` / blank /
  // `Research` / rule: a heading's first line whole, after a line that closed the paragraph.)
  const whole = last.trim();
  if (
    lines.length >= 2 &&
    /^\p{Lu}/u.test(whole) &&
    !/[.!?:;)]["”]?$/.test(whole) &&
    whole.length <= 90 &&
    /[.!?)]["”)]?$/.test((lines.at(-2) ?? '').trim()) &&
    !isListItem(whole) &&
    !/X{4,}|,|\b(?:end|begin)\b/i.test(whole) &&
    // (Not `Summary`, `Comment`: a heading whole in one word of its own, after a list of names.)
    !/^(?:summary|comment|background|introduction)$/i.test(heading.trim()) &&
    titleLike(`${whole} ${heading}`)
  )
    return { words: whole, rest: '' };
  const m = /^(.*[.!?]["”)]?)\s+([A-Z][^.!?:;]{2,70}?)\s*$/.exec(last);
  if (!m || (m[2] ?? '').split(/\s+/).length > 8) return null;
  // (Not the end of a list item: `-- COL Richard Burgess, Defense Attache, U.S. Embassy Tel Aviv` over
  // `Qualitative Military Edge`.)
  if (isListItem(last.trim())) return null;
  // (`... of the year. U.S. Committed to Address` over `Climate Change`: an abbreviation opens the heading
  // when a sentence ends before it; otherwise it ends no sentence.)
  const abbreviation = /^(.*)\s((?:\p{Lu}\.)+)$/u.exec(m[1] ?? '');
  if (abbreviation) {
    if (!/[.!?]["”)]?$/.test(abbreviation[1] ?? '')) return null;
    m[1] = abbreviation[1] ?? '';
    m[2] = `${abbreviation[2]} ${m[2]}`;
  }
  const words = (m[2] ?? '').trim();
  // (Not `XXXXXXXXXXXX END NOTE)`, `... End summary`: a withheld name or an end mark is no heading.)
  if (isHeadingLine(`${words} ${heading}`.trim()) === null || /X{4,}|\b(?:end|begin)\b|\)$/i.test(words))
    return null;
  return { words, rest: m[1] ?? '' };
}

/** Words in title case, most of them capitalised (`Institute of Optics and Fine Mechanics - ... Research`). */
function titleLike(text: string): boolean {
  const words = text.split(/\s+/).filter((w) => /\p{L}/u.test(w));
  const capitalised = words.filter((w) => /^\p{Lu}/u.test(w)).length;
  return words.length <= 14 && capitalised > words.length / 2;
}

function normalizeHeading(text: string): string {
  const clean = withoutSlashes(
    text
      .replace(/\s+/g, ' ')
      .replace(SPACED_DASHES_OPEN, '')
      .replace(SPACED_DASHES_CLOSE, '')
      .replace(/:$/, ''),
  ).trim();
  if (/^(?:begin\s+)?summary(?:\s+and\s+comment)?\.?$/i.test(clean)) return 'Summary';
  if (/^(?:begin\s+)?comments?\.?$/i.test(clean)) return 'Comment';
  return clean;
}

/** A paragraph mark before a number at the start of a line. */
const STRAY_MARK = /^¶\s?(?=\d)/;

/**
 * Splits body lines into paragraphs, headings and loose text. Paragraph numbers must run forward:
 * a plain `3.` only opens a paragraph after paragraph 2 and after a closed sentence, so list items and
 * wrapped numbers stay inside their paragraph; `¶3.` or a marking makes the opening certain.
 */
function toPieces(lines: string[]): Piece[] {
  const accepted = chooseOpenings(lines);
  const pieces: Piece[] = [];
  let chunkStart = true;
  let current: Piece | null = null;
  const close = () => {
    if (current) pieces.push(current);
    current = null;
  };
  for (let i = 0; i < lines.length; i++) {
    const opening = accepted.get(i);
    const raw = lines[i] ?? '';
    // The archive marks every line that begins with a number (`¶28.` of a wrapped `February 28.`): where
    // that number opens no paragraph, the mark is not the cable's.
    const line = !opening && STRAY_MARK.test(raw) ? raw.replace(STRAY_MARK, '') : raw;
    if (line.trim() === '') {
      chunkStart = true;
      continue;
    }
    const stacked = chunkStart && !opening ? stackedHeading(lines, i, accepted) : 0;
    if (opening) {
      close();
      // (`¶5. WMD Proliferation Financing Issues` over a rule: a numbered heading titles its paragraph and
      // those after it.)
      const rest = line.slice(opening.length).trim();
      // (`(S/REL to RUSSIA) Begin Talking Points`: a marker that opens a part, no heading.)
      const restHeading = isHeadingLine(rest) !== null && !/^(?:begin|end)\b/i.test(rest);
      const restUnderlined = restHeading && underlinedHeading(rest, lines[i + 1]) !== null;
      // (`(S) IRAN,S NUCLEAR PROGRAM` boxed by rules, `(U) Taliban/Haqqani Network` alone between blank lines
      // or after a closed sentence: a heading with a marking of its own, no paragraph.)
      if (
        opening.number === null &&
        restHeading &&
        ((DASHES.test(lines[i - 1] ?? '') && restUnderlined) ||
          ((chunkStart || CLOSED_SENTENCE.test(lines[i - 1] ?? '')) &&
            isSingleLineChunk(lines, i, accepted) &&
            rest.length <= 60))
      ) {
        pieces.push({ kind: 'heading', text: normalizeHeading(rest) });
        while (DASHES.test(lines[i + 1] ?? '')) i++;
        chunkStart = true;
        continue;
      }
      // (`¶2. (C) A PICNIC WITH THE “AMERICAN MAFIA”` over a rule: a numbered heading titles its paragraph.)
      if (restUnderlined) pieces.push({ kind: 'heading', text: normalizeHeading(rest) });
      current = { kind: 'paragraph', opening, lines: [line.slice(opening.length)] };
    } else if (stacked > 0) {
      // A heading in capitals wrapped over two or three lines above its rule: one heading.
      close();
      pieces.push({ kind: 'heading', text: normalizeHeading(lines.slice(i, i + stacked).join(' ')) });
      i += stacked - 1;
      while (DASHES.test(lines[i + 1] ?? '')) i++;
    } else if (
      (chunkStart ||
        // (`... purchased from Russia.` / `XXXXXXXXXXXX` / `//NORTH AFRICA//`: after a paragraph withheld whole.)
        (WITHHELD_LINE.test((lines[i - 1] ?? '').trim()) && !/X{4,}/.test(line)) ||
        // (`... End Summary.` / `China and North Korea` / `-----`: in a cable whose paragraphs are one line
        // each, an underlined heading follows a closed sentence with no blank line between.)
        // (Not after `Participants:`, whose sides stay in its list; after `... End comment.)` and after a
        // paragraph of one line, `¶6. (S) XXXXXXXXXXXX`, yes.)
        ((CLOSED_SENTENCE.test(lines[i - 1] ?? '') ||
          (accepted.has(i - 1) && !/[,;:]\s*$/.test(lines[i - 1] ?? '') && isHeadingLine(line) !== null)) &&
          underlinedHeading(line, ruleBelow(lines, i)) !== null) ||
        capitalsBeforeParagraph(lines, i, accepted)) &&
      isSingleLineChunk(lines, i, accepted) &&
      // (`¶2. (U) Participants:` / blank / `Deputy Secretary Steinberg` / blank / ...: one name to a line
      // between blank lines stays in its list; an underlined heading still ends it.)
      !(inParticipantList(current) && !DASHES.test(lines[i + 1] ?? '') && !DASHES.test(lines[i - 1] ?? '')) &&
      (headingOf(line, lines, i) ?? plainHeading(lines, i, accepted)) !== null
    ) {
      let text = headingOf(line, lines, i) ?? plainHeading(lines, i, accepted) ?? '';
      // (`... End Summary. Recovery is Fragile and Banker Bonuses` / `Radioactive` / rule: a heading whose
      // first words a flattened text left on the paragraph's last line.)
      const open = current as Piece | null;
      const lead = open && open.kind !== 'heading' ? headingLead(open.lines, text) : null;
      if (lead && open && open.kind !== 'heading') {
        text = `${lead.words} ${text}`;
        open.lines[open.lines.length - 1] = lead.rest;
      }
      close();
      // (`POTENTIAL COOPERATION:` / blank / `RENEWABLES, INFRASTRUCTURE PROTECTION` / rule: a heading in
      // capitals that ends in a colon goes on in the next one.)
      let before = i - 1;
      while (before > 0 && (lines[before] ?? '').trim() === '') before--;
      const above = (lines[before] ?? '').trim();
      const last = pieces.at(-1);
      if (
        last?.kind === 'heading' &&
        above.endsWith(':') &&
        above === above.toUpperCase() &&
        last.text === normalizeHeading(above)
      ) {
        pieces.pop();
        text = `${above} ${text}`;
      }
      pieces.push({ kind: 'heading', text: normalizeHeading(text) });
      // A boxed or underlined heading: skip the rule lines around it.
      while (DASHES.test(lines[i + 1] ?? '')) i++;
    } else if (DASHES.test(line)) {
      // (`... they will spend. U.S. Committed to Address Climate Change` / rule: a whole heading a flattened
      // text left at the end of the paragraph's last line, underlined.)
      const open = current as Piece | null;
      // (Only after a paragraph written on one long line: not under a participant's name in a list.)
      const lead =
        open?.kind === 'paragraph' && !chunkStart && /-/.test(line) && (open.lines.at(-1) ?? '').length > 100
          ? headingLead(open.lines, '')
          : null;
      if (lead && open && open.kind !== 'heading') {
        open.lines[open.lines.length - 1] = lead.rest;
        close();
        pieces.push({ kind: 'heading', text: normalizeHeading(lead.words) });
      }
      // A rule line separates like a blank line; it carries no text.
      chunkStart = true;
      continue;
    } else if (current && (current as Piece).kind !== 'heading') {
      const cur = current as Extract<Piece, { lines: string[] }>;
      cur.lines.push(chunkStart ? `\n${line}` : line);
    } else {
      close();
      current = { kind: 'text', lines: [line] };
    }
    chunkStart = false;
  }
  close();
  return pieces;
}

interface Candidate {
  line: number;
  opening: Opening;
  /** The line before is blank, a rule, or ends a sentence: a plain number there may open a paragraph. */
  afterBreak: boolean;
  /** The text before is a withheld block (`XXXXXXXXXXXX` alone): whole paragraphs may be missing there. */
  afterWithheld: boolean;
}

/**
 * Chooses which openings start paragraphs. Numbers run forward: an opening that breaks the sequence
 * (`¶25.` after 5 on a wrapped date, `3)` inside a list) is taken only when the next opening continues
 * from it rather than from the paragraph before. A plain `3.` also needs a sentence break before it;
 * `¶3.` or a marking makes an opening certain enough without one.
 */
function chooseOpenings(lines: string[]): Map<number, Opening> {
  const candidates: Candidate[] = [];
  let previous = '';
  let withheld = false;
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i] ?? '';
    if (line.trim() === '' || DASHES.test(line)) {
      previous = '';
      continue;
    }
    const opening = readOpening(line);
    if (opening)
      candidates.push({
        line: i,
        opening,
        afterBreak: previous === '' || CLOSED_LINE.test(previous),
        afterWithheld: withheld,
      });
    withheld = WITHHELD_LINE.test(line.trim());
    previous = line;
  }
  // The number of the next numbered candidate after each one, computed once from the end.
  const nextNumber: (number | null)[] = new Array(candidates.length).fill(null);
  for (let k = candidates.length - 2; k >= 0; k--) {
    nextNumber[k] = candidates[k + 1]?.opening.number ?? nextNumber[k + 1] ?? null;
  }
  const chosen = new Map<number, Opening>();
  let last: number | null = null;
  candidates.forEach((c, k) => {
    const n = c.opening.number;
    if (n === null) {
      if (c.afterBreak) chosen.set(c.line, c.opening);
      return;
    }
    if (!c.opening.strong && !c.afterBreak) return;
    const expected = last === null ? 1 : last + 1;
    const next = nextNumber[k] ?? null;
    let take: boolean;
    if (n === expected) take = true;
    else if (!c.opening.strong) take = false;
    // The same number twice with its own marking is a numbering slip, not a wrapped number.
    else if (n === last && c.opening.marking !== null) take = true;
    else if (next !== null && next === n + 1) take = true;
    else if (next !== null && last !== null && (next === last + 1 || next === last + 2)) take = false;
    // (`XXXXXXXXXXXX` / `¶16. (S)` after `¶8.`: the paragraphs between were withheld whole.)
    else if (c.afterWithheld && c.opening.strong && last !== null && n > last) take = true;
    else take = last === null ? n <= 3 : n > last && n <= last + 3;
    if (take) {
      chosen.set(c.line, c.opening);
      last = n;
    }
  });
  return chosen;
}

/** A numbered, marked opening after the end of a sentence, inside a line: `... this area. 6.(S) Embassy`. */
const INLINE_OPENING = /(?<=[.!?"”)]) +(?=(?:¶\s?)?\d{1,2}\.\s?\(([A-Za-z/ ]{1,12})\)\s)/;

/**
 * A paragraph whose line break the archive lost starts inside the line before: the line is cut there,
 * when what is in the parentheses is a classification marking (the chooser still asks that the number
 * run on from the paragraph before).
 */
function splitInlineOpenings(lines: string[]): string[] {
  let out: string[] | null = null;
  for (let i = 0; i < lines.length; i++) {
    let line = lines[i] ?? '';
    const parts: string[] = [];
    if (line.includes('(')) {
      // (`¶1. (C) Summary. 1. (C) Summary.`: a number repeated in its own line is the archive's echo.)
      let last = readOpening(line)?.number ?? 0;
      for (let m = INLINE_OPENING.exec(line); m; m = INLINE_OPENING.exec(line)) {
        const number = Number(/\d+/.exec(line.slice(m.index))?.[0]);
        if (normalizeMarking(m[1] ?? '') === null || number <= last) break;
        last = number;
        parts.push(line.slice(0, m.index));
        line = line.slice(m.index + m[0].length);
      }
    }
    if (parts.length === 0) {
      out?.push(line);
      continue;
    }
    out ??= lines.slice(0, i);
    out.push(...parts, line);
  }
  return out ?? lines;
}

/** `... End Summary. Afghanistan ----------- `: a heading and its rule run into the end of a line. */
const RUN_IN_HEADING = /^(.*(?:[.!?]["”)]?|\)))\s+(\p{Lu}[^.!?:;"“”]{1,70}?)\s+-{4,}\s*$/u;
/** A line in capitals with a rule run into its end: `INTERIOR & JUTICE RESIGNATION ... SOLUTION -----`. */
const CAPS_WITH_RULE = /^(\s*[\p{Lu}\d][^\p{Ll}]{2,80}?)\s+-{4,}(?:\s+-+)*\s*$/u;
/** A line that is nothing but a heading in slashes: `//VENEZUELA//`. */
const SLASHED_HEADING = /^\s*\/\/[^/]{2,80}\/\/\s*$/;
/** The first and last lines of a heading in slashes wrapped over two lines. */
const SLASHED_OPEN = /^\s*\/\/[^/]{2,80}$/;
const SLASHED_CLOSE = /^\s*[^/\s][^/]{0,80}\/\/\s*$/;
/** A page's header run into the text before a heading: `STOCKHOLM 00000051 002 OF 002 Comment ------`. */
const RUN_IN_PAGE = /^(?:\p{Lu}[\p{Lu} ]* )?\d{6,9}\s+\d{3}(?:\.\d)?\s+OF\s+\d{3}\s+/u;

/**
 * A flattened text that left a heading with its rule at the end of a paragraph's last line (`... End
 * Summary. Kosovo and the Balkans ------`): the heading goes on a line of its own, over its rule.
 */
function splitRunInHeadings(lines: string[]): string[] {
  let out: string[] | null = null;
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i] ?? '';
    // (`//FOREIGN MINISTER CALLS FOR FORMATION OF U.S.-SPAIN` / `BILATERAL COMMISSION//`: a heading in
    // slashes wrapped over two lines is one line.)
    const joined = line.includes('//') ? `${line.trimEnd()} ${(lines[i + 1] ?? '').trim()}` : '';
    if (SLASHED_OPEN.test(line) && SLASHED_CLOSE.test(lines[i + 1] ?? '') && SLASHED_HEADING.test(joined)) {
      out ??= lines.slice(0, i);
      out.push(joined.trim());
      i++;
      continue;
    }
    // (`NO PROSECUTOR GENERAL FOR MONTHS, MINISTER OF` / `INTERIOR & JUTICE RESIGNATION ... SOLUTION -----`:
    // the second line of a heading in capitals with its rule run in; the rule goes on a line of its own.)
    const capsRun = line.includes('----') ? CAPS_WITH_RULE.exec(line) : null;
    const above = (lines[i - 1] ?? '').trim();
    if (
      capsRun &&
      above !== '' &&
      above === above.toUpperCase() &&
      /[A-Z]/.test(above) &&
      !/[.;:]$/.test(above)
    ) {
      out ??= lines.slice(0, i);
      out.push(capsRun[1] ?? '', '-'.repeat(10));
      continue;
    }
    // (`... at the same level.` / `//BILATERAL ISSUES - CUBA//` / blank: a heading in slashes written on the
    // paragraph's last line, with no blank line before it, stands apart.)
    if (
      SLASHED_HEADING.test(line) &&
      (lines[i - 1] ?? '').trim() !== '' &&
      (lines[i + 1] ?? '').trim() === '' &&
      isHeadingLine(line) !== null
    ) {
      out ??= lines.slice(0, i);
      out.push('', line);
      continue;
    }
    // (`... End Summary. Succession in Progress but Success in Doubt` / blank / `-----`: or its rule below,
    // past a blank line.)
    const ruleBelow =
      !line.includes('----') && (lines[i + 1] ?? '').trim() === '' && /^\s*-{4,}/.test(lines[i + 2] ?? '');
    const below = ruleBelow ? RUN_IN_HEADING.exec(`${line.trimEnd()} ----`) : null;
    // (Past running text only: not `Good Relations with U.S. Essential`, a heading of its own.)
    const m = line.includes('----')
      ? RUN_IN_HEADING.exec(line)
      : below && (below[1] ?? '').split(/\s+/).length >= 8
        ? below
        : null;
    const words = (m?.[2] ?? '').replace(RUN_IN_PAGE, '').trim();
    if (!m || words.split(/\s+/).length > 8 || /^end\b/i.test(words) || isHeadingLine(words) === null) {
      const trailing = trailingHeading(lines, i);
      if (trailing) {
        out ??= lines.slice(0, i);
        out.push(trailing.text, '', trailing.heading, '-'.repeat(trailing.heading.length), '');
        continue;
      }
      out?.push(line);
      continue;
    }
    out ??= lines.slice(0, i);
    out.push(m[1] ?? '', '', words, '-'.repeat(words.length), '');
  }
  return out ?? lines;
}

/** A paragraph's text on one line, then a few words after its last sentence with no stop of their own. */
const TRAILING_WORDS = /^(.*[.!?]["”)]?)\s+(\p{Lu}[^.!?:;]{1,70}?(?::\s+[^.!?:;]{1,60}?)?\??)\s*$/u;

/**
 * `... he said. Possible scenarios` / blank / `¶5. (C) ...`: a flattened text that left a heading, with no
 * rule, at the end of the paragraph before the one it heads. Only a whole paragraph on one line, two to
 * twelve words, not `End Summary`, nor withheld words, with a numbered paragraph next.
 */
function trailingHeading(lines: readonly string[], i: number): { text: string; heading: string } | null {
  const line = lines[i] ?? '';
  // (Cheap tests first: most paragraphs end with their last sentence's stop.)
  if (line.length < 200 || /[.!]["”)\]]?\s*$/.test(line) || line.includes('----')) return null;
  if (!/[a-z]/.test(line.slice(-120))) return null;
  // (`... more widespread. Seeking Commercial Advice ————————`: a rule of long dashes run in too.)
  const m = TRAILING_WORDS.exec(
    line
      .slice(-300)
      .replace(/\s*[—–]{3,}\s*$/, '')
      .trimEnd(),
  );
  const heading = (m?.[2] ?? '').trim();
  // (After a sentence's last word, not a letter's stop: `(INFR-5H) D. Telecommunications ...` lists items.)
  if (!/(?:[\p{L}\d]{2}|\))[.!?]["”)]?$/u.test(m?.[1] ?? '')) return null;
  const count = heading.split(/\s+/).length;
  if (!m || count < 2 || count > 12 || /^end\b/i.test(heading) || /X{4,}/.test(heading)) return null;
  if (RUN_IN_PAGE.test(heading)) return null;
  let j = i + 1;
  while (j < lines.length && (lines[j] ?? '').trim() === '') j++;
  if (j === i + 1 || !readOpening(lines[j] ?? '')?.strong) return null;
  const text = line.trimEnd();
  return { text: text.slice(0, text.lastIndexOf(heading)).trimEnd(), heading };
}

/** True when line i stands alone: the next line is blank, a rule, the end, or a paragraph opening. */
/**
 * `... on security and intelligence.` / `MAMLOUK DESCRIBES GID’S METHODS` / blank / `¶6.`: a line of several
 * words in capitals right after a sentence of mixed case, with the next paragraph's number after it, heads
 * that paragraph though no blank line or rule sets it apart (not `END SUMMARY`).
 */
function capitalsBeforeParagraph(lines: string[], i: number, accepted: Map<number, Opening>): boolean {
  const line = (lines[i] ?? '').trim();
  const before = lines[i - 1] ?? '';
  // (Or after `END SUMMARY.`, itself in capitals.)
  const mixed = /\p{Ll}/u.test(before) || /\b(?:SUMMARY|COMMENT)\.\s*$/.test(before);
  // (`... END SUMMARY` / `POLICE` / blank / `¶2.`: the summary's closing words end it without a full stop.)
  const summaryClosed = /\bEND SUMMARY\s*$/.test(before);
  if (!(CLOSED_SENTENCE.test(before) || summaryClosed) || !mixed || /\p{Ll}/u.test(line)) return false;
  // (One word in capitals too, `JUSTICE`, `IRAN`: a part's name, an ordinary word or a country's, not a
  // signer's name left mid-text, `DINGER`.)
  const oneWord =
    /^\p{Lu}{4,}$/u.test(line) &&
    (/^(?:SUMMARY|COMMENT)$/.test(line) || COMMON_WORDS.has(line.toLowerCase()) || isCountryName(line));
  if (!(oneWord || /^\p{Lu}\S*\s+\S+/u.test(line)) || /^END\b/.test(line) || isHeadingLine(line) === null)
    return false;
  let next = i + 1;
  while (next < lines.length && (lines[next] ?? '').trim() === '') next++;
  return accepted.get(next)?.number != null;
}

/** `IRAN`, `SAUDI ARABIA` written in capitals: a country's name. */
function isCountryName(line: string): boolean {
  const words = line.split(/\s+/).map((w) => w.charAt(0) + w.slice(1).toLowerCase());
  return COUNTRIES.match(words, 0)?.length === words.length;
}

function isSingleLineChunk(lines: string[], i: number, openings: Map<number, Opening>): boolean {
  const next = lines[i + 1];
  return (
    next === undefined ||
    next.trim() === '' ||
    DASHES.test(next) ||
    DAMAGED_RULE.test(next) ||
    openings.has(i + 1)
  );
}

const SQUEEZABLE = /\s\s|[^\S ]/;

/** Joins wrapped lines into running text; keeps breaks before list items and after short lines. */
/** Joins a piece's lines into text; `itemLines` keeps every line apart (a list of names, one to a line). */
function unwrap(lines: string[], width: number, itemLines = false, opening = 0): string {
  let out = '';
  let prev = '';
  // (The first line's length counts its paragraph's number and marking: `¶2. (S//Rel NATO, ISAF) SCR told
  // AWK the attention of the` is a full line, wrapped.)
  let prevLength = 0;
  for (const raw of lines) {
    const hard = raw.startsWith('\n');
    const text = hard ? raw.slice(1) : raw;
    // Runs of spaces and other white space become one space; most lines have none to squeeze.
    const line = (SQUEEZABLE.test(text) ? text.replace(/\s+/g, ' ') : text).trim();
    if (line === '') continue;
    if (out === '') {
      out = line;
      prevLength = line.length + opening;
      prev = line;
      continue;
    } else if (!hard && !isListItem(line) && (/,$/.test(prev) || /^[a-z]/.test(line)) && !itemLines) {
      // (A short line that ends in a comma, or one that goes on in lower case, is wrapped prose.)
      out += /[A-Za-z]-$/.test(prev) && /^[a-z]/.test(line) ? line : ` ${line}`;
    } else if (/[A-Za-z]-$/.test(prev) && /^[A-Za-z]/.test(line) && !itemLines && !isListItem(line)) {
      // (A word cut at its hyphen goes on in the next line, even past a page's break: `Jean-` / `Francois`.)
      out += line;
    } else if (
      hard ||
      itemLines ||
      isListItem(line) ||
      prevLength < Math.max(30, width * 0.6) ||
      width > 110
    ) {
      out += `\n${line}`;
    } else {
      out += ` ${line}`;
    }
    prev = line;
    prevLength = line.length;
  }
  return out;
}

/** Headings over a list of people, one to a line. */
const LIST_HEADINGS = /^(?:participants|attendees|u\.?s\.? participants|participants list)$/i;

/** A paragraph that opens with a list heading (`(U) Participants:`) and has only short lines so far. */
function inParticipantList(piece: Piece | null): boolean {
  if (piece?.kind !== 'paragraph') return false;
  const head = (piece.lines[0] ?? '').replace(/^\s*(?:\([A-Za-z/ ]+\)\s*)?/, '').replace(/:?\s*$/, '');
  return LIST_HEADINGS.test(head) && piece.lines.every((l) => l.length <= 90);
}

function isListItem(line: string): boolean {
  return /^(?:--|-\s|\*\s|•|o\s|[A-Z][.)]\s|\(?[a-z0-9]{1,2}\)\s|\d{1,2}\)\s)/.test(line);
}

/** The wrap width of a text: the 90th percentile of its line lengths. */
function wrapWidth(lines: string[]): number {
  const lengths = lines.map((l) => l.trimEnd().length).filter((n) => n > 0);
  if (lengths.length === 0) return 0;
  lengths.sort((a, b) => a - b);
  return lengths[Math.floor(lengths.length * 0.9)] ?? 0;
}

export interface BodyLayout {
  body: string;
  paragraphs: Paragraph[];
}

const SUMMARY_START = /^(?:begin\s+)?summary\b\s*(?:and\s+comment\s*)?[:.\-–]?/i;
const SUMMARY_END = /\bend\s+(?:of\s+)?summary\b/i;
// (`COMMENT AND ACTION REQUEST. We are skeptical ...`: a comment with what it asks for.)
const COMMENT_START = /^(?:begin\s+)?comment\b(?:\s+and\s+(?:action\s+request|recommendations?))?\s*[:.\-–]/i;
/** An item letter and a paragraph marking opening a line (`¶A.  (SBU)`, `b) (C)`). */
const LETTERED_ITEM = /^\s*¶?\s?[A-Za-z][.)]\s*\([A-Za-z/ ]{1,12}\)(?:\s|$)/;

/** `Ambassador's Comment:`, `EMBASSY HARARE COMMENT:`: a comment label naming the post's own author. */
const AUTHORED_COMMENT_START = /^((?:[\p{L}'’.]+\s+){1,2})comment\s*[:.\-–]/iu;
const COMMENT_AUTHORS: ReadonlySet<string> = readWordList('comment-authors.txt');

/** Whether a paragraph's text opens the cable's comment. */
function opensComment(text: string): boolean {
  if (COMMENT_START.test(text)) return true;
  const lead = AUTHORED_COMMENT_START.exec(text)?.[1]?.trim().toLowerCase().replace(/’/g, "'").split(/\s+/);
  // (The author, or the author then the post's name: `Embassy Harare`.)
  return lead !== undefined && (COMMENT_AUTHORS.has(lead[0] ?? '') || COMMENT_AUTHORS.has(lead.at(-1) ?? ''));
}
// (`End Key Points and Comments.`: the end of a run of sections that ends with the comment.)
const COMMENT_END = /\bend\s+(?:of\s+)?(?:[a-z]+\s+){0,3}(?:and\s+)?comments?\b/i;

/**
 * `¶3. ... points below.` / `FOR WARSAW` / `-- The United States ...` / `(C) FOR ALL ACTION POSTS -- IF
 * ASKED` / `Q: ...` / `¶4. (C) ...`: headings that stand between two paragraphs numbered in turn, each over
 * unnumbered text, head parts of the first (its talking points); the next paragraph goes on under the first
 * one's section, as do those after it under the same heading.
 */
/** A talking point, a question's answer, a bullet: `-- The United States ...`, `A: NATO ...`. */
const POINT_OPENING = /^(?:--?\s*[\p{L}\d"“(]|[QA]:|[•*]\s)/u;

/** Whether a block of text opens as a talking point, an answer or a bullet. */
export function opensAsPoint(text: string): boolean {
  return POINT_OPENING.test(text);
}

function subHeadingsInside(paragraphs: Paragraph[]): void {
  let last: Paragraph | null = null;
  for (let i = 0; i < paragraphs.length; i++) {
    const p = paragraphs[i] as Paragraph;
    if (p.number === null) continue;
    const before = paragraphs[i - 1];
    const inner = p.section;
    if (
      last?.number != null &&
      p.number === last.number + 1 &&
      before &&
      before.number === null &&
      inner !== null &&
      inner !== 'Summary' &&
      inner !== 'Comment' &&
      before.section === inner &&
      last.section !== inner &&
      // (Points, answers, a marked block: not damage that took a lost paragraph's number, `Sistani: "What Do
      // the Americans Want?"` over `----QDI>RpQd%...`.)
      (before.marking !== null || POINT_OPENING.test(before.text))
    ) {
      for (let j = i; j < paragraphs.length && paragraphs[j]?.section === inner; j++)
        (paragraphs[j] as Paragraph).section = last.section;
    }
    last = p;
  }
}

/** Lays out body lines as a cleaned body string with paragraphs, numbers, markings and sections. */
export function layoutBody(lines: string[]): BodyLayout {
  const width = wrapWidth(lines);
  const pieces = toPieces(
    joinWrappedTitleHeadings(
      joinWrappedCapsHeadings(joinDashedHeadings(splitRunInHeadings(splitInlineOpenings(lines)))),
    ),
  );
  const paragraphs: Paragraph[] = [];
  let body = '';
  let heading: string | null = null;
  let inSummary = false;
  let inComment = false;
  // Where a summary opened inline (`2. (C) SUMMARY: ...`): the paragraphs it took, and what their section
  // would be without it.
  let summaryRun: { from: number; ended: boolean } | null = null;
  const runs: { from: number; to: number }[] = [];
  const without: (string | null)[] = [];
  const append = (chunk: string): number => {
    if (body !== '') body += '\n\n';
    const at = body.length;
    body += chunk;
    return at;
  };
  for (const piece of pieces) {
    if (piece.kind === 'heading') {
      // (A heading closes a summary as `End Summary` would: the paragraphs before it were the summary.)
      summaryRun = null;
      append(piece.text);
      heading = piece.text;
      inSummary = piece.text === 'Summary';
      inComment = piece.text === 'Comment';
      continue;
    }
    // (Unnumbered lines under `Participants`, one name to a line, are items, not a wrapped paragraph.)
    const text = unwrap(
      piece.lines,
      width,
      piece.kind === 'text' && heading !== null && LIST_HEADINGS.test(heading),
      piece.kind === 'paragraph' ? piece.opening.length : 0,
    );
    if (text === '') continue;
    // (`¶B. (SBU) WHAT IS THE STATE OF ...?` heads what answers it, up to the next lettered item, `¶C. (SBU)
    // WHAT IS ...? HAVE THESE ...?`, which no heading reads: the paragraphs after that are not B's.)
    if (heading !== null && LETTERED_ITEM.test(heading) && LETTERED_ITEM.test(text)) heading = null;
    const startsSummary = SUMMARY_START.test(text);
    const startsComment = !startsSummary && opensComment(text);
    if (startsSummary && !inSummary) summaryRun = { from: paragraphs.length, ended: false };
    if (startsSummary) inSummary = true;
    if (startsComment) inComment = true;
    const section = inSummary ? 'Summary' : inComment ? 'Comment' : heading;
    without.push(inComment ? 'Comment' : heading === 'Summary' && summaryRun ? null : heading);
    let prefix = '';
    let number: number | null = null;
    let marking: string | null = null;
    if (piece.kind === 'paragraph') {
      number = piece.opening.number;
      marking = piece.opening.marking;
      prefix = `${number !== null ? `${number}. ` : ''}${marking !== null ? `(${marking}) ` : ''}`;
    }
    const at = append(prefix + text) + prefix.length;
    paragraphs.push({ number, marking, section, text, start: at, end: at + text.length });
    if (inSummary && SUMMARY_END.test(text)) {
      inSummary = false;
      if (summaryRun) summaryRun.ended = true;
      if (heading === 'Summary') heading = null;
    }
    if (inComment && COMMENT_END.test(text)) {
      inComment = false;
      if (heading === 'Comment') heading = null;
    }
  }
  if (summaryRun && !summaryRun.ended) runs.push({ from: summaryRun.from, to: paragraphs.length });
  // (`2. (C) SUMMARY: Prime Minister Tsvangirai said ...` with no `End Summary` and no heading after it:
  // the summary is that paragraph, not the rest of the cable.)
  for (const run of runs)
    for (let i = run.from + 1; i < run.to; i++) {
      const p = paragraphs[i];
      if (p && p.section === 'Summary') p.section = without[i] ?? null;
    }
  // `(SBU) In response to ...` then `2. (C) ...`: a paragraph opened by its marking alone, right before the
  // second and after no other marked one, has lost its number 1.
  const second = paragraphs.findIndex((p) => p.number !== null);
  const lost = paragraphs[second - 1];
  if (
    second > 0 &&
    paragraphs[second]?.number === 2 &&
    lost?.number === null &&
    lost.marking !== null &&
    paragraphs.slice(0, second - 1).every((p) => p.marking === null)
  )
    lost.number = 1;
  // (`1. (C) The CDA paid a courtesy call ... End summary.`: a paragraph under no heading that closes a
  // summary it never opened is that summary.)
  // (`1. (C) A senior official told ...` `2. (S) ... End Summary.`: where every numbered paragraph before it
  // stands under no heading either, the summary began with the first of them.)
  const firstNumbered = paragraphs.findIndex((p) => p.number !== null);
  paragraphs.forEach((p, i) => {
    if (p.section !== null || !/\bend\s+(?:of\s+)?summary\W*$/i.test(p.text)) return;
    p.section = 'Summary';
    const before = paragraphs.slice(firstNumbered, i);
    if (
      firstNumbered >= 0 &&
      firstNumbered < i &&
      before.every((q) => q.section === null && q.number !== null)
    )
      for (const q of before) q.section = 'Summary';
  });
  subHeadingsInside(paragraphs);
  // (`¶1. ... ¶4. ... Comment` then `¶1. ...` again after the page break: the archive repeated the text; a
  // numbered paragraph with the number and the words of one before it is that one, not another.)
  const seen = new Set<string>();
  const unique = paragraphs.filter((p) => {
    if (p.number === null) return true;
    const key = `${p.number}\u0000${p.text}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
  return { body, paragraphs: unique };
}
