import { CAVEATS, FOUO_WORDS, MARKING_LEVELS, NOFORN_WORDS, ZNY_LEVELS } from '../lexicon/classification.js';
import { postFromBanner, postFromFm } from '../lexicon/posts.js';
import type { CableRecord, Problem, SourceMeta } from '../record.js';
import { type Banner, findBannerAtEnd, parseBannerLine, parseBareLevel } from './banner.js';
import { layoutBody } from './body.js';
import { parseDtgLine } from './dtg.js';
import {
  type FieldName,
  fieldAt,
  parseClassifiedBy,
  parseEo,
  parseSubject,
  parseTags,
  splitRunTogetherFields,
} from './fields.js';
import { normalizeText } from './normalize.js';
import { parseReferences } from './references.js';
import { parseRouting } from './routing.js';

export interface ParseOptions {
  /** Where the text was read from; goes to `source`. */
  source?: string;
  /** Metadata the source gives beside the text (CSV columns, the archive page's table). */
  meta?: SourceMeta | null;
}

const ROUTING_LINE =
  /^(?:VZCZC|DE\s+[A-Z]{4,}|ZNY\b|ZNR\b|FM\s|TO\s|INFO\s|[A-Z]{2}\s+RUE|[OPRZ]{1,2}\s+RUE)/;
const LEVEL_ORDER = ['UNCLASSIFIED', 'LIMITED OFFICIAL USE', 'CONFIDENTIAL', 'SECRET', 'TOP SECRET'];
/** How far into a text the banner and header fields are looked for. */
const HEADER_SCAN_LINES = 400;

interface Field {
  name: FieldName;
  text: string;
}

interface Header {
  fields: Field[];
  caveats: string[];
  handling: string[];
  /** Index of the first body line. */
  bodyStart: number;
}

function isParagraphOpening(line: string): boolean {
  return /^\s*(?:¶\s?\d{1,3}\s?[.)]|\d{1,3}\s?[.)]\s*\((?:U|SBU|C|S|TS|FOUO|C\/\/?NF|S\/\/?NF|U\/\/?FOUO|SBU\/\/?NF)\))/i.test(
    line,
  );
}

/** A line made only of caveat words (`SIPDIS`, `NOFORN`, `SECRET/NOFORN`, `SENSITIVE`). */
function caveatLine(line: string): string[] | null {
  const text = line.trim().toUpperCase().replace(/[.]$/, '');
  if (text === '' || text.length > 80) return null;
  if (CAVEATS.has(text)) return [text];
  const listed = text.split(/\s*[,;]\s*/);
  if (listed.length > 1 && listed.every((part) => CAVEATS.has(part))) return listed;
  const words = text.split(/\s*\/{1,2}\s*|\s+/).filter(Boolean);
  const found: string[] = [];
  let i = 0;
  while (i < words.length) {
    const three = words.slice(i, i + 3).join(' ');
    const two = words.slice(i, i + 2).join(' ');
    const one = words[i] ?? '';
    if (CAVEATS.has(three)) {
      found.push(three);
      i += 3;
    } else if (CAVEATS.has(two)) {
      found.push(two);
      i += 2;
    } else if (CAVEATS.has(one)) {
      found.push(one);
      i += 1;
    } else if (parseBareLevel(one) !== null || one === 'TOP') {
      i += 1;
    } else return null;
  }
  return found.length > 0 ? found : null;
}

/**
 * Reads the fields between the banner and the body: caveat lines, `E.O.`, `TAGS`, `SUBJECT`, `REF`,
 * `Classified By`, and passing instructions. The header ends at the first paragraph opening, or at the
 * first line of prose once a field has been read.
 */
/** Whether one of the next `within` lines that are not blank opens a header field. */
function nextFieldWithin(lines: string[], from: number, within: number): boolean {
  for (let i = from, seen = 0; i < lines.length && seen < within; i++) {
    const t = (lines[i] ?? '').trim();
    if (t === '') continue;
    if (fieldAt(t)) return true;
    seen++;
  }
  return false;
}

function readHeader(lines: string[], from: number): Header {
  const header: Header = { fields: [], caveats: [], handling: [], bodyStart: from };
  const pending: string[] = [];
  let field: Field | null = null;
  let blankSinceField = false;
  const limit = Math.min(lines.length, from + HEADER_SCAN_LINES);
  let i = from;
  const flush = () => {
    if (field) header.fields.push(field);
    field = null;
  };
  for (; i < limit; i++) {
    const line = lines[i] ?? '';
    const trimmed = line.trim();
    if (trimmed === '') {
      blankSinceField = true;
      if (field && (field.name === 'subject' || field.name === 'classified' || field.name === 'eo')) flush();
      continue;
    }
    if (isParagraphOpening(trimmed)) break;
    // A rule line after the fields opens the body (the top of a boxed heading).
    if (/^[-=_*\s]{3,}$/.test(trimmed) && (field || header.fields.length > 0)) break;
    // (`SUBJECT: ... MEETS WITH ZIMBABWE` / ` CONFIDENTIAL` / `PAGE 02 HARARE 06677 01 OF 03 291400Z OPPOSITION
    // LEADER`: the classification closes the page, and the next page goes on with the subject.)
    const page = PAGE_HEADER.exec(trimmed);
    const pageFoot = parseBareLevel(trimmed) !== null && PAGE_HEADER.test((lines[i + 1] ?? '').trim());
    if (page || pageFoot || isMachineLine(trimmed, null)) {
      if (page?.[2] && field?.name === 'subject') field.text += `\n${page[2]}`;
      header.bodyStart = i + 1;
      continue;
    }
    // (`REF: XXXXXXXXXXXX` / blank / `XXXXXXXXXXXX` / blank / `Classified By: ...`: a line withheld whole
    // between fields is part of the header, when a field follows.)
    if (
      /^X{6,}$/.test(trimmed) &&
      header.fields.length + (field ? 1 : 0) > 0 &&
      nextFieldWithin(lines, i + 1, 3)
    ) {
      flush();
      header.bodyStart = i + 1;
      continue;
    }
    const parts = splitRunTogetherFields(trimmed);
    let consumed = true;
    for (const part of parts) {
      const name = fieldAt(part);
      const cav = name ? null : caveatLine(part);
      if (name) {
        flush();
        field = { name, text: part };
        blankSinceField = false;
      } else if (cav) {
        flush();
        header.caveats.push(...cav);
      } else if (field && continues(field, part, blankSinceField)) {
        field.text += `\n${part}`;
      } else if (header.fields.length === 0 && !field) {
        pending.push(part);
      } else if (!field && subjectGoesOn(header.fields.at(-1), part, lines, i)) {
        // (`SUBJECT: ... AFTER CURRENCY` / blank / `REFORM` / blank / `REF: ...`: the subject's last word.)
        (header.fields.at(-1) as Field).text += `\n${part}`;
      } else {
        consumed = false;
        break;
      }
    }
    if (!consumed) break;
    header.bodyStart = i + 1;
  }
  flush();
  if (header.fields.length === 0 && header.caveats.length === 0) {
    // Nothing was read as a header: every line belongs to the body.
    header.bodyStart = from;
    return header;
  }
  header.handling = pending.map((p) => p.replace(/\s+/g, ' ').trim());
  return header;
}

/**
 * A short line in capitals after the subject and a blank line, with another field next, ends the subject
 * (damaged copies break a subject's last line off with blank lines).
 */
function subjectGoesOn(last: Field | undefined, part: string, lines: string[], at: number): boolean {
  if (last?.name !== 'subject' || part.length > 60 || !/^[^a-z]*[A-Z][^a-z]*$/.test(part)) return false;
  for (let j = at + 1; j < Math.min(lines.length, at + 4); j++) {
    const next = (lines[j] ?? '').trim();
    if (next !== '') return fieldAt(next) !== null;
  }
  return false;
}

function continues(field: Field, part: string, afterBlank: boolean): boolean {
  switch (field.name) {
    case 'subject':
    case 'classified':
      return !afterBlank;
    case 'ref':
      // Reference lists run over blank lines while each item still looks like a reference.
      return !afterBlank || /^(?:¶\s?)?\(?[A-Z][.)]\s|^(?:\d{2}\s)?[A-Z][A-Z .]{1,30}\s\d{2,7}\b/.test(part);
    case 'tags':
      return !afterBlank && /^(?:[A-Z]{2,6}[\s,]*)+$/.test(part);
    default:
      return false;
  }
}

interface BannerAt {
  banner: Banner | null;
  /** Index of the banner line, or of the line the header starts at when there is no banner. */
  index: number;
  /** The routing text before a banner glued to the end of a line. */
  gluedPrefix: string | null;
  bareLevel: string | null;
}

function findBanner(lines: string[]): BannerAt {
  const limit = Math.min(lines.length, HEADER_SCAN_LINES);
  let inRouting = false;
  let bareLevel: string | null = null;
  let lastRouting = -1;
  for (let i = 0; i < limit; i++) {
    const line = lines[i] ?? '';
    const trimmed = line.trim();
    if (trimmed === '') continue;
    const banner = parseBannerLine(trimmed);
    if (banner) return { banner, index: i, gluedPrefix: null, bareLevel };
    if (ROUTING_LINE.test(trimmed)) {
      inRouting = true;
      lastRouting = i;
    }
    if (inRouting && /\d\s*$/.test(trimmed)) {
      const glued = findBannerAtEnd(trimmed);
      if (glued && glued.index > 0) {
        return { banner: glued.banner, index: i, gluedPrefix: trimmed.slice(0, glued.index), bareLevel };
      }
    }
    if (bareLevel === null) bareLevel = parseBareLevel(trimmed);
    // Header fields may stand before the banner (a copy pasted into a mail); only a paragraph ends the search.
    if (isParagraphOpening(trimmed)) break;
  }
  // No banner: the header starts after the routing block, if there is one.
  let index = -1;
  if (lastRouting >= 0) {
    index = lastRouting;
    while ((lines[index + 1] ?? '').trim() !== '' && index + 1 < limit) index++;
  }
  return { banner: null, index, gluedPrefix: null, bareLevel };
}

/**
 * A flattened cable lost its line breaks; in its header each line ended with a space, so a run of two
 * spaces marks where a break was. Header lines (up to the first paragraph) get them back.
 */
function restoreHeaderBreaks(lines: string[]): void {
  for (let i = 0; i < lines.length && i < HEADER_SCAN_LINES; i++) {
    const line = lines[i] ?? '';
    if (isParagraphOpening(line) || /^\s*\d{1,3}\s?[.)]\s/.test(line)) return;
    if (line.length > 4000 || !/ {2}/.test(line)) continue;
    const parts = line.split(/ {2,}/).filter((part) => part.trim() !== '');
    lines.splice(i, 1, ...parts);
    i += parts.length - 1;
  }
}

/** `... REASON: 1.4 (b), (d) 1. (C) Summary: ...`: the first paragraph glued to the end of a field line. */
const GLUED_FIRST_OPENING = /\s(?=(?:¶\s?)?1\.\s?\((?:[A-Za-z/]{1,6})\)\s)/;

/**
 * Puts the first paragraph back on a line of its own where a dump glued it to the `Classified By` line,
 * so that the header's field ends where the body begins.
 */
function splitGluedOpening(lines: string[]): void {
  for (let i = 0; i < lines.length && i < HEADER_SCAN_LINES; i++) {
    const line = lines[i] ?? '';
    if (isParagraphOpening(line.trim())) return;
    if (!/^\s*classified\s+by\b/i.test(line)) continue;
    const at = line.search(GLUED_FIRST_OPENING);
    if (at > 20) lines.splice(i, 1, line.slice(0, at), line.slice(at + 1));
    return;
  }
}

const CONTINUATION_MARK_LINE = /^[A-Z][A-Z .]{1,40} \d{5,9} +\d{3}(?:\.\d)? OF \d{3}$/i;
const CONTINUATION_MARK_OPENING = /^[A-Z][A-Z .]{1,40} \d{5,9} +\d{3}(?:\.\d)? OF \d{3}\s+(?=\S)/i;

/**
 * A continuation mark (`MOSCOW 00005154 002 OF 004`) has a digit after a space within its first 42
 * characters: a scan for that spares the regex (and its backtracking) on ordinary lines.
 */
function mayOpenWithContinuationMark(line: string): boolean {
  const end = Math.min(line.length, 43);
  for (let i = 2; i < end; i++) {
    const c = line.charCodeAt(i);
    if (c >= 48 && c <= 57) return line.charCodeAt(i - 1) === 32;
  }
  return false;
}

const COMMA_APOSTROPHE = /(\p{L}),(s|t|d|ll|re|ve|m)\b/giu;
/**
 * The same in names: `Dave O,Reilly`, `D,Alema` (one capital, the comma, a capitalised word), `Yar,Adua`
 * (a short first part), and French elisions, `General de Corps d,Armee`, `l,Etat`.
 */
const COMMA_APOSTROPHE_NAME = /(?<!\p{L})([ODLdl]|\p{Lu}\p{Ll}{1,3}),(?=\p{Lu}\p{Ll})/gu;
/**
 * And inside Arabic names and words, before a lower-case syllable: `Misha,al`, `al-Qa,ida`, `Ba,ath` (not
 * `Paris,and`, a comma that lost its space).
 */
const COMMA_APOSTROPHE_SYLLABLE =
  /(?<![\p{L}])(\p{Lu}\p{Ll}{1,4}),(?!(?:and|the|but|or|in|on|of|to|as|at|by|for|nor|yet|so)\b)(?=\p{Ll}{2,4}\b)/gu;

/** A letter's character code (any beyond ASCII counts: the patterns decide). */
function letterCode(c: number): boolean {
  return (c >= 65 && c <= 90) || (c >= 97 && c <= 122) || c > 127;
}

/** A comma glued between two letters, the only place where the telegram's apostrophe may stand. */
function commaInWord(line: string): boolean {
  for (let i = line.indexOf(','); i > 0; i = line.indexOf(',', i + 1))
    if (letterCode(line.charCodeAt(i - 1)) && letterCode(line.charCodeAt(i + 1))) return true;
  return false;
}

/** The line with the telegram's commas for apostrophes read as apostrophes. */
function commaApostrophes(line: string): string {
  // (Most commas are followed by a space: the two patterns are not run on such lines.)
  return commaInWord(line)
    ? line
        .replace(COMMA_APOSTROPHE, "$1'$2")
        .replace(COMMA_APOSTROPHE_NAME, "$1'")
        .replace(COMMA_APOSTROPHE_SYLLABLE, "$1'")
    : line;
}

/** A database query a web archive's export left in a cable's text. */
const ARCHIVE_QUERY_LINE = /^SELECT\s+\*\s+FROM\s+`?cables?`?\s+WHERE\b/i;

/** A corrected copy's notice, letter-spaced or not, with its reason: `C O R R E C T E D C O P Y (ADDED TAGS)`. */
const CORRECTED_COPY_LINE = /^C ?O ?R ?R ?E ?C ?T ?E ?D\s+C ?O ?P ?Y(?:\s*\([^()]{0,60}\))?\s*$/;

/** Lines that the telegram system, not the author, put in the body: page headers, end marks, banners. */
function isMachineLine(line: string, banner: Banner | null): boolean {
  const t = line.trim();
  if (t === '') return false;
  if (/^(?:BT|NNNN|#\d{1,7})$/.test(t) || PAGE_LINE.test(t)) return true;
  // Section continuation marks of later telegrams: `MOSCOW 00005154 002 OF 004`.
  if (mayOpenWithContinuationMark(t) && CONTINUATION_MARK_LINE.test(t)) return true;
  if (
    /^Declassified\/Released US Department of State EO\b|^Systematic Review \d{1,2} [A-Z]{3} \d{4}$/i.test(t)
  )
    return true;
  // (`C O R R E C T E D C O P Y (ADDED TAGS)` repeated under each page's continuation mark.)
  if (CORRECTED_COPY_LINE.test(t)) return true;
  // (`SELECT * FROM \`cable\` WHERE \`id\` = '188474' ...`: a query an archive's export left after the text.)
  if (ARCHIVE_QUERY_LINE.test(t)) return true;
  // (`XXXXXXXXXXXX  002 OF 002`: a continuation mark whose post and number were withheld.)
  if (/^X{6,}\s+\d{3}(?:\.\d)?\s+OF\s+\d{3}$/.test(t)) return true;
  if (parseBareLevel(t) !== null && line.length - line.trimStart().length > 8) return true;
  const b = parseBannerLine(t);
  return (
    b !== null &&
    (banner === null || (b.post === banner.post && b.number === banner.number) || b.section !== null)
  );
}

/**
 * A page header of the telegrams of the 1990s and 2000s, `PAGE 04 HARARE 06677 01 OF 03 291400Z`, with
 * what the page goes on with after it: the page number and the rest of the line.
 */
const PAGE_HEADER = /^PAGE\s+(\d{1,3})\s+[A-Z][A-Z ]*?\s+\d{3,6}\s+\d{1,3}\s+OF\s+\d{1,3}\s+\d{6}Z\b\s*(.*)$/;
/** The classification a page ends with, run into its last line: `... ESSENTIALLY, A  CONFIDENTIAL`. */
const PAGE_FOOT = /\s+(?:UNCLASSIFIED|CONFIDENTIAL|SECRET)(?:\s+PTQ\d+)?\s*$/;

/** The most lines the repeated routing and header block of a later section can take before its page 2. */
const REPEATED_BLOCK_LINES = 25;

/**
 * Rejoins a body that page headers cut (`PAGE 04 HARARE 06677 01 OF 03 291400Z COALITION GOVERNMENT. ...`):
 * the text after a header goes on with the body, the classification closing the page before it goes,
 * page 2 of a section carries the end of the subject again, and page 1 of a later section opens a
 * repeated routing and header block that runs to its page 2.
 */
function joinPages(lines: string[]): string[] {
  if (!lines.some((line) => line.startsWith('PAGE '))) return lines;
  const out: string[] = [];
  let repeated = 0;
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i] ?? '';
    const page = PAGE_HEADER.exec(line.trim());
    if (page) {
      const n = Number(page[1]);
      repeated = n === 1 ? REPEATED_BLOCK_LINES : 0;
      if (n >= 3 && page[2]) out.push(page[2]);
      continue;
    }
    if (repeated > 0) {
      repeated--;
      continue;
    }
    const next = (lines[i + 1] ?? '').trim();
    if (PAGE_HEADER.test(next) && PAGE_FOOT.test(` ${line}`)) {
      const kept = ` ${line}`.replace(PAGE_FOOT, '').trimStart();
      if (kept.trim() !== '') out.push(kept);
      continue;
    }
    out.push(line);
  }
  return out;
}

/** A page header line of any layout (`PAGE 05 RUEHFRA2440 C O N F I D E N T I A L PARIS 002440`). */
const PAGE_LINE = /^PAGE\s+\d{1,3}\b/;
/** A line whose text ends a sentence, or a line that is no prose at all. */
const SENTENCE_END = /[.:;!?"')\]]\s*$|^\s*$/;

/** A line that is only the distribution mark. */
const SIPDIS_LINE = /^\s*SIPDIS\s*$/;

/** A continuation mark cut after the section's first digit: `RIO DE JAN 00000365 002.` / `2 OF 002 5. (C) ...`. */
const SPLIT_MARK_HEAD = /^[A-Z][A-Z .]{1,40} \d{5,9} +\d{3}\.$/;
const SPLIT_MARK_TAIL = /^\d OF \d{3}\b/;

/** A cheap look before the pattern: the line ends with a digit and a full stop. */
function mayBeSplitMarkHead(line: string): boolean {
  const t = line.trimEnd();
  const c = t.charCodeAt(t.length - 2);
  return t.endsWith('.') && c >= 48 && c <= 57 && SPLIT_MARK_HEAD.test(t.trimStart());
}

/** Puts a continuation mark cut in two (with blank lines between) back on one line, before the text after it. */
function joinSplitMarks(lines: string[]): string[] {
  if (!lines.some(mayBeSplitMarkHead)) return lines;
  const out: string[] = [];
  for (let i = 0; i < lines.length; i++) {
    const line = (lines[i] ?? '').trim();
    let next = i + 1;
    while (next < lines.length && (lines[next] ?? '').trim() === '') next++;
    if (SPLIT_MARK_HEAD.test(line) && SPLIT_MARK_TAIL.test((lines[next] ?? '').trim())) {
      out.push(line + (lines[next] ?? '').trim());
      i = next;
      continue;
    }
    out.push(lines[i] ?? '');
  }
  return out;
}

/**
 * A continuation mark inside a line, for the post of the banner as the mark writes it (its first letters:
 * the mark may cut the name, `TEGUCIGALP` for `TEGUCIGALPA`), with the space before it.
 */
function inlineContinuationMark(banner: Banner | null): RegExp | null {
  const head = /^[A-Z]{3,6}/.exec(banner?.post ?? '')?.[0];
  return head ? new RegExp(` ${head}[A-Z .]{0,34} \\d{5,9} +\\d{3}(?:\\.\\d)? OF \\d{3}(?= |$)`, 'g') : null;
}

const SUBJECT_LABEL = /^\s*SUBJECT\s*:\s*/i;

/**
 * How many characters of `text` repeat the start of `subject`, spaces and case aside: the page header of
 * a later page may repeat the subject (`SUBJECT: IRAN VIEW FROM BAKU: ...`), whole, wrapped over lines,
 * or cut at the page's width with the text running on after it (`... WITH UK, FRANCE, AND GERMA He
 * mentioned`).
 */
function repeatedSubjectLength(text: string, subject: string): number {
  let i = 0;
  let k = 0;
  while (i < text.length && k < subject.length) {
    const a = text.charCodeAt(i);
    const b = subject.charCodeAt(k);
    if (a === 32 || a === 9) {
      i++;
      if (b === 32) k++;
      continue;
    }
    if (b === 32) {
      k++;
      continue;
    }
    if ((text[i] as string).toUpperCase() !== (subject[k] as string).toUpperCase()) break;
    i++;
    k++;
  }
  return i;
}

/**
 * A subject line that a later page repeats, with its wrapped rest on the next lines: the index of the last
 * line it takes and the text run on after a subject cut short (often ''), or null when line i is none.
 */
function repeatedSubject(lines: string[], i: number, subject: string): { last: number; tail: string } | null {
  const line = lines[i] ?? '';
  const label = SUBJECT_LABEL.exec(line);
  if (!label) return null;
  let rest = line.slice(label[0].length);
  let matched = repeatedSubjectLength(rest, subject);
  // (A short prefix may be a new subject line of a pasted message: at least 20 characters or the whole.)
  if (matched < Math.min(20, subject.length)) return null;
  const consumed = subject.replace(/\s+/g, '').length;
  let done = rest.slice(0, matched).replace(/\s+/g, '').length;
  let last = i;
  // (Wrapped: the next lines go on with the subject.)
  while (matched >= rest.trimEnd().length && done < consumed && last + 1 < lines.length) {
    const next = lines[last + 1] ?? '';
    const left = subject.slice(subjectIndexAfter(subject, done));
    const more = repeatedSubjectLength(next.trimStart(), left);
    if (more === 0) break;
    last++;
    rest = next.trimStart();
    matched = more;
    done += rest.slice(0, more).replace(/\s+/g, '').length;
  }
  return { last, tail: rest.slice(matched).trim() };
}

/** The index in `subject` after its first `count` characters that are not spaces. */
function subjectIndexAfter(subject: string, count: number): number {
  let seen = 0;
  let k = 0;
  while (k < subject.length && seen < count) {
    if (subject.charCodeAt(k) !== 32) seen++;
    k++;
  }
  return k;
}

/** Removes machine lines, and caveat lines that follow a repeated banner. */
function cleanBodyLines(lines: string[], banner: Banner | null, subject: string | null = null): string[] {
  const out: string[] = [];
  let afterBanner = false;
  let midSentencePage = false;
  const inlineMark = inlineContinuationMark(banner);
  const joined = joinPages(joinSplitMarks(lines));
  for (let n = 0; n < joined.length; n++) {
    let line = joined[n] as string;
    // (A page's repeat of the subject: `Baku 00000478 002.2 of 003` / blank / `SUBJECT: IRAN VIEW ...`.)
    // (The text run on after a subject cut short is cleaned as any line.)
    const repeat =
      subject && line.length > 8 && line.charCodeAt(line.search(/\S/)) === 83
        ? repeatedSubject(joined, n, subject)
        : null;
    if (repeat) {
      n = repeat.last;
      if (repeat.tail === '') continue;
      line = repeat.tail;
    }
    if (isMachineLine(line, banner)) {
      afterBanner = parseBannerLine(line.trim()) !== null;
      // A page break inside a sentence (`GELLET ENCOURAGED` / blank lines / `PAGE 05 RUEHFRA2440 ...` /
      // `THE U.S. TO CONTINUE`): the blank lines around it are the page's, not a paragraph break.
      if (PAGE_LINE.test(line.trim())) {
        while (out.length > 0 && (out[out.length - 1] ?? '').trim() === '') out.pop();
        midSentencePage = out.length > 0 && !SENTENCE_END.test(out[out.length - 1] ?? '');
      }
      continue;
    }
    if (midSentencePage && line.trim() === '') continue;
    midSentencePage = false;
    if (afterBanner && (line.trim() === '' || caveatLine(line) !== null)) continue;
    afterBanner = false;
    // (`TSVANGIRAI OFFERED FOUR\nSIPDIS SCENARIOS`: the distribution mark the system set inside the text.)
    if (SIPDIS_LINE.test(line)) continue;
    if (line.startsWith('SIPDIS ')) line = line.slice(7);
    // A continuation mark run into the line after it: `ASHGABAT 00001182 002.2 OF 003 THE EDUCATION ...`.
    let text = mayOpenWithContinuationMark(line) ? line.replace(CONTINUATION_MARK_OPENING, '') : line;
    // Or into the middle of a line that holds a whole paragraph: `he delivered a TEGUCIGALP 00000459 002
    // OF 004 ringing speech`.
    if (inlineMark && text.includes(' OF ')) text = text.replace(inlineMark, '');
    // Apostrophes the telegram system turned into commas: `Qatar,s`, `don,t`, `I,d`.
    out.push(text.includes(',') ? commaApostrophes(text) : text);
  }
  return out;
}

const SIGNER_LINE = /^(?:[A-Z][A-Za-z'’.-]+|[A-Z]\.)(?: (?:[A-Z][A-Za-z'’.-]+|[A-Z]\.)){0,2}$/;
const NOT_SIGNER =
  /^(?:END|NNNN|BT|SIPDIS|NOFORN|SUMMARY|COMMENT|UNCLASSIFIED|UNCLAS|CONFIDENTIAL|SECRET|THANKS|REGARDS)\b/i;

/** The name a signature line holds, or null: one to three words, one name written twice once (`KUBISKE KUBISKE`). */
function signerName(line: string): string | null {
  const name = line.replace(/[.,]$/, '');
  if (name.length > 40 || !SIGNER_LINE.test(name) || NOT_SIGNER.test(name)) return null;
  const [first, second, third] = name.split(' ');
  return second !== undefined && third === undefined && first === second ? first : name;
}

/** The signer: the last line of the body when it is a name of one to three words (`KHALILZAD`). */
function takeSigner(lines: string[]): string | null {
  // (`MCDONALD` / ` CONFIDENTIAL` / `>`: the classification closing the last page, and the end mark.)
  while (lines.length > 0) {
    const last = (lines[lines.length - 1] ?? '').trim();
    if (last !== '' && !/^>+$/.test(last) && parseBareLevel(last) === null) break;
    lines.pop();
  }
  let i = lines.length - 1;
  while (i >= 0 && (lines[i] ?? '').trim() === '') i--;
  if (i < 0) return null;
  // (`CHICOLA` / `...`, `TRIVELLI` / `DANIEL ORTEGA AN...`: the archive's page may close with a cut-off
  // snippet of the text after the signer; it is no part of the cable.)
  const snippet = (lines[i] ?? '').trim();
  if (snippet.length <= 80 && /\.\.\.?$/.test(snippet)) {
    let s = i - 1;
    while (s >= 0 && (lines[s] ?? '').trim() === '') s--;
    const name = signerName((lines[s] ?? '').trim());
    if (s >= 0 && name !== null) {
      lines.splice(s);
      return name;
    }
  }
  // The name run into the end of the last sentence: `... END COMMENT. FOLEY`. Only the line's tail is
  // read, with anchored patterns: the line may be megabytes long.
  const tail = (lines[i] ?? '').trimEnd().slice(-300);
  const glued = /([.!?"”)])\s+([A-Z][A-Z'’-]{2,})$/.exec(tail);
  if (glued && !NOT_SIGNER.test(glued[2] ?? '')) {
    const before = tail.slice(0, glued.index + 1);
    if (/[a-z]/.test(before) || /\bEND (?:COMMENT|SUMMARY)\.?$/i.test(before)) {
      const line = (lines[i] ?? '').trimEnd();
      lines[i] = line.slice(0, line.length - tail.length + glued.index + 1);
      return glued[2] ?? null;
    }
  }
  const last = signerName((lines[i] ?? '').trim());
  if (last === null) return null;
  // A lone word right after an unfinished sentence is the end of that sentence, not a signature.
  const before = (lines[i - 1] ?? '').trim();
  if (
    before !== '' &&
    /[a-z,]$/.test(before) &&
    !/:/.test(before) &&
    last.split(' ').length === 1 &&
    /^[a-z]/.test(last.slice(1))
  ) {
    if (!/^[A-Z][a-z]+$/.test(last)) return null;
  }
  lines.splice(i, 1);
  return last;
}

function maxMarkingLevel(
  markings: (string | null)[],
): { level: string; fouo: boolean; noforn: boolean } | null {
  let best = -1;
  let fouo = false;
  let noforn = false;
  for (const marking of markings) {
    if (!marking) continue;
    const [first = '', ...rest] = marking.split('/');
    const level = MARKING_LEVELS.get(first);
    if (!level) continue;
    best = Math.max(best, LEVEL_ORDER.indexOf(level));
    if (first === 'SBU' || first === 'FOUO' || rest.includes('FOUO')) fouo = true;
    if (rest.includes('NF') || rest.includes('NOFORN')) noforn = true;
  }
  const level = LEVEL_ORDER[best];
  return level ? { level, fouo, noforn } : null;
}

/** The archive's form: the level, then `//NOFORN`, or `//FOR OFFICIAL USE ONLY` for sensitive unclassified. */
function archiveClassification(level: string, caveats: string[]): string {
  if (caveats.some((c) => NOFORN_WORDS.has(c)) && level !== 'UNCLASSIFIED') return `${level}//NOFORN`;
  if (level === 'UNCLASSIFIED' && caveats.some((c) => FOUO_WORDS.has(c)))
    return 'UNCLASSIFIED//FOR OFFICIAL USE ONLY';
  return level;
}

function metaString(meta: SourceMeta | null | undefined, key: string): string | null {
  const value = meta?.[key];
  return typeof value === 'string' && value.trim() !== '' ? value.trim() : null;
}

/** Parses one cable's text into a record. Pure: no I/O, never throws on any string. */
export function parseCable(raw: string, options: ParseOptions = {}): CableRecord {
  const problems: Problem[] = [];
  const meta = options.meta ?? null;
  const norm = normalizeText(raw);
  const lines = norm.text.split('\n');
  if (norm.unflattened) restoreHeaderBreaks(lines);
  splitGluedOpening(lines);

  const found = findBanner(lines);
  const banner = found.banner;
  const routingLines = found.index >= 0 ? lines.slice(0, found.index) : [];
  if (found.gluedPrefix) routingLines.push(found.gluedPrefix);
  const routing = parseRouting(routingLines);
  const header = readHeader(lines, found.index + 1);

  let dtg = routing.dtg;
  if (!dtg) {
    for (let i = 0; i < header.bodyStart && !dtg; i++) dtg = parseDtgLine((lines[i] ?? '').trim());
  }

  const caveats: string[] = [];
  for (const c of [...(banner?.caveats ?? []), ...header.caveats]) if (!caveats.includes(c)) caveats.push(c);

  let tags: string[] = [];
  let subject: string | null = null;
  let eo: ReturnType<typeof parseEo> = { executive_order: null, declassify_on: null };
  let classified: ReturnType<typeof parseClassifiedBy> = { classified_by: null, reasons: [] };
  const refTexts: string[] = [];
  // Fields written before the banner (mail copies) count only where the header lacks them.
  const preBanner = routingLines
    .map((line) => line.trim())
    .filter((line) => fieldAt(line) === 'subject' || fieldAt(line) === 'tags')
    .map((line) => ({ name: fieldAt(line) as FieldName, text: line }));
  for (const field of [...header.fields, ...preBanner]) {
    if (field.name === 'tags' && tags.length === 0) tags = parseTags(field.text);
    else if (field.name === 'subject' && subject === null) subject = parseSubject(field.text);
    else if (field.name === 'eo' && eo.executive_order === null) eo = parseEo(field.text);
    else if (field.name === 'classified' && classified.classified_by === null)
      classified = parseClassifiedBy(field.text);
    else if (field.name === 'ref') refTexts.push(field.text);
  }

  const bodyLines = cleanBodyLines(lines.slice(header.bodyStart), banner, subject);
  const signer = takeSigner(bodyLines);
  const { body, paragraphs } = layoutBody(bodyLines);

  // Date and time: the date-time group, else what the source says.
  const date = dtg?.date ?? metaString(meta, 'date');
  const time = dtg?.time ?? (dtg ? null : metaString(meta, 'time'));
  if (!dtg) problems.push({ code: 'no-dtg', message: 'no date-time group in the text' });

  const year = date ? Number(date.slice(0, 4)) : null;
  const references = refTexts.flatMap((text) => parseReferences(text, year));

  // Origin: the FM line names the post; a banner alone says only its city.
  const fmPost = routing.from ? postFromFm(routing.from) : null;
  // A post redacted to `XXXXXXXXXXXX` names nothing.
  const bannerPost = banner?.post && !/^X+$/.test(banner.post) ? postFromBanner(banner.post) : null;
  const origin = fmPost?.origin ?? bannerPost?.origin ?? metaString(meta, 'origin');

  // A banner naming another post than the FM line belongs to another cable pasted under this routing
  // header (the archive files such copies under the routing header's id and classification).
  const foreignBanner =
    fmPost !== null &&
    bannerPost !== null &&
    fmPost.code !== bannerPost.code &&
    !(routing.from ?? '').toUpperCase().includes(banner?.post ?? '\u0000');
  let id: string | null = null;
  const serial = foreignBanner || !banner?.number ? (routing.serial ?? banner?.number) : banner.number;
  // The id takes the post as the banner writes it (`09BRUSSELS269` for a USEU Brussels cable).
  const code = foreignBanner ? fmPost?.code : (bannerPost?.code ?? fmPost?.code);
  if (dtg && serial && code) id = `${dtg.date.slice(2, 4)}${code}${serial}`;
  id ??= metaString(meta, 'id');

  const znyLevel = routing.zny ? (ZNY_LEVELS.get(routing.zny) ?? null) : null;
  let level = (foreignBanner ? znyLevel : null) ?? banner?.level ?? znyLevel ?? found.bareLevel;
  // The caveats under a foreign banner are the pasted cable's, not this one's.
  const allCaveats = foreignBanner && znyLevel ? [] : [...caveats];
  if (!banner) problems.push({ code: 'no-banner', message: 'no classification banner in the text' });
  if (foreignBanner)
    problems.push({
      code: 'foreign-banner',
      message: `the banner names ${banner?.post ?? '?'} but the routing header ${routing.from ?? '?'}: two cables run together`,
    });
  if (!level) {
    const fromMarkings = maxMarkingLevel(paragraphs.map((p) => p.marking));
    if (fromMarkings) {
      level = fromMarkings.level;
      if (fromMarkings.fouo) allCaveats.push('FOR OFFICIAL USE ONLY');
      if (fromMarkings.noforn) allCaveats.push('NOFORN');
      problems.push({
        code: 'classification-from-markings',
        message: 'classification taken from paragraph markings',
      });
    }
  }
  const classification = level
    ? archiveClassification(level, allCaveats)
    : metaString(meta, 'classification');

  if (paragraphs.length === 0) problems.push({ code: 'no-body', message: 'no body text' });
  else if (!paragraphs.some((p) => p.number !== null) && body.length > 400)
    problems.push({ code: 'no-numbered-paragraphs', message: 'the body has no numbered paragraphs' });
  const lastText = paragraphs.at(-1)?.text ?? '';
  if (lastText && !signer && !/[.!?:;"'’”)\]]$/.test(lastText.trimEnd()))
    problems.push({ code: 'truncated', message: 'the text ends in mid-sentence and has no signer' });
  if (norm.repeats > 0)
    problems.push({
      code: 'repeated-text',
      message: `${norm.repeats} span(s) the archive wrote twice after a stray Q were taken out`,
    });
  if (norm.nextRow)
    problems.push({
      code: 'next-cable-cut',
      message: `the raw archive row of another cable (${norm.nextRow}) that followed the text was cut off`,
    });
  if (norm.unflattened)
    problems.push({
      code: 'flattened',
      message: 'line breaks were missing and were restored before field markers',
    });

  compareWithMeta(meta, { id, date, origin, classification }, problems);

  return {
    source: options.source ?? '-',
    id,
    date,
    time,
    origin,
    classification,
    caveats,
    tags,
    subject,
    references,
    classified_by: classified.classified_by,
    reasons: classified.reasons,
    declassify_on: eo.declassify_on,
    recipients: routing.recipients,
    info: routing.info,
    signer,
    precedence: dtg?.precedence ?? null,
    from: routing.from ?? banner?.post ?? null,
    section: banner?.section ?? null,
    executive_order: eo.executive_order,
    handling: header.handling,
    partial: norm.partial,
    body,
    paragraphs,
    source_meta: meta,
    problems,
    persons: [],
    organizations: [],
    places: [],
    statements: [],
    events: [],
    meeting: null,
  };
}

/** Where the source's metadata and the text disagree, both are kept and the difference is reported. */
function compareWithMeta(
  meta: SourceMeta | null,
  parsed: Record<'id' | 'date' | 'origin' | 'classification', string | null>,
  problems: Problem[],
): void {
  if (!meta) return;
  for (const key of ['id', 'date', 'origin', 'classification'] as const) {
    const given = metaString(meta, key);
    const value = parsed[key];
    if (given && value && given.toUpperCase() !== value.toUpperCase()) {
      problems.push({
        code: `meta-${key}`,
        message: `the source says ${key} ${given}, the text says ${value}`,
      });
    }
  }
}
