import {
  ABBREVIATIONS,
  CABLE_POINTERS,
  COMMON_WORDS,
  COUNTRIES,
  DESIGNATOR_ABBREVIATIONS,
  GIVEN_NAMES,
  LIST_END_ABBREVIATIONS,
  NOTABLE_SIDES,
  TITLES,
} from '../lexicon/words.js';

/** 0: not a letter, 1: a lower-case (or uncased) letter, 2: a capital. ASCII without a regex. */
function charKind(code: number, raw: string): 0 | 1 | 2 {
  if (code >= 65 && code <= 90) return 2;
  if (code >= 97 && code <= 122) return 1;
  if (code < 128) return 0;
  if (!/^\p{L}/u.test(raw)) return 0;
  return /^\p{Lu}/u.test(raw) ? 2 : 1;
}

/** A redaction mark standing for a name (`XXXXXXXXXXXX`, `xxxxx`, glued as in `Chun.XXXXXXXXXXXX`). */
export function isRedaction(word: string): boolean {
  return /x{4}/i.test(word);
}

/** A double quotation mark, straight or curly, standing as a token of its own. */
export function isQuoteMark(word: string): boolean {
  return word === '"' || word === '“' || word === '”';
}

/** A word or punctuation mark of a paragraph, with its offsets in the record's body. */
export interface Token {
  text: string;
  start: number;
  end: number;
  /** A word (letters, with inner `.`, `'`, `-`, `/`), not punctuation or a number. */
  word: boolean;
  /** Starts with a capital letter. */
  cap: boolean;
  /** Index of the sentence the token belongs to, within its paragraph. */
  sentence: number;
}

const LETTER = /^\p{L}/u;
const LETTER_OR_MARK = /^[\p{L}\p{M}]/u;
const SPACE = /^\s/u;

/**
 * The next token of `text` at or after `from`, as [start, end], or null at the end. A scanner that reads
 * ASCII by character code and asks a Unicode regex only about other characters; it cuts text exactly as
 * `[\p{L}](?:[\p{L}\p{M}'’/.]|-(?!-))*[\p{L}\p{M}.]|[\p{L}]|\d+(?:[.,:/]\d+)*|\S` (with the `u` flag)
 * would, at twice its speed. Words keep inner apostrophes, hyphens, slashes and dots (`Sawyer's`,
 * `Ki-moon`, `U/SYG`, `U.S.`), not a dash of two hyphens; numbers keep inner separators (`1,200`, `12/28`).
 */
export function nextToken(text: string, from: number): [number, number] | null {
  const n = text.length;
  let i = from;
  while (i < n) {
    const c = text.charCodeAt(i);
    if (c === 32 || c === 10 || c === 9 || c === 13) {
      i++;
      continue;
    }
    const width = charWidth(text, i, c);
    const ascii = c < 128;
    if (ascii ? (c >= 65 && c <= 90) || (c >= 97 && c <= 122) : LETTER.test(text.slice(i, i + width))) {
      const start = i;
      i += width;
      // The word runs over letters, marks and inner punctuation, and ends at its last letter, mark or dot.
      let end = i;
      while (i < n) {
        const d = text.charCodeAt(i);
        if (d < 128) {
          if ((d >= 65 && d <= 90) || (d >= 97 && d <= 122) || d === 46) end = ++i;
          // (A dash written as two hyphens ends the word: `MANDELA--WHO`.)
          else if (d === 45 && text.charCodeAt(i + 1) === 45) break;
          else if (d === 39 || d === 45 || d === 47) i++;
          else break;
        } else if (d === 0x2019) i++;
        else {
          const w = charWidth(text, i, d);
          if (!LETTER_OR_MARK.test(text.slice(i, i + w))) break;
          i += w;
          end = i;
        }
      }
      return [start, end];
    }
    if (c >= 48 && c <= 57) {
      const start = i++;
      while (i < n) {
        const d = text.charCodeAt(i);
        if (d >= 48 && d <= 57) i++;
        else if ((d === 46 || d === 44 || d === 58 || d === 47) && isDigit(text.charCodeAt(i + 1))) i += 2;
        else break;
      }
      return [start, i];
    }
    if ((c < 32 || c >= 128) && SPACE.test(text.slice(i, i + width))) {
      i += width;
      continue;
    }
    return [i, i + width];
  }
  return null;
}

/** Character codes of `)`, `,`, `;`, `:`: after a quotation mark, they show that it closes. */
const CLOSING_AFTER_QUOTE: ReadonlySet<number> = new Set([41, 44, 59, 58]);

/** 2 for a surrogate pair (one code point in two code units), 1 for anything else, lone halves included. */
function charWidth(text: string, i: number, code: number): 1 | 2 {
  if (code < 0xd800 || code > 0xdbff) return 1;
  const low = text.charCodeAt(i + 1);
  return low >= 0xdc00 && low <= 0xdfff ? 2 : 1;
}

function isDigit(code: number): boolean {
  return code >= 48 && code <= 57;
}

/** Whether a reference's designator follows at `at`: one letter or a number, then no more letters (`A`, `5`). */
function designatorAt(text: string, at: number): boolean {
  let i = at;
  while (text.charCodeAt(i) === 32) i++;
  const first = text.charCodeAt(i);
  if (isDigit(first)) return true;
  const isLetter = (c: number) => (c >= 65 && c <= 90) || (c >= 97 && c <= 122);
  return isLetter(first) && !isLetter(text.charCodeAt(i + 1));
}

/** Whether the next word after position i, past spaces, opens with a capital letter (ASCII). */
function capitalNext(text: string, i: number): boolean {
  let j = i;
  while (j < text.length && (text.charCodeAt(j) === 32 || text.charCodeAt(j) === 10)) j++;
  const c = text.charCodeAt(j);
  return c >= 65 && c <= 90;
}

/**
 * Splits a paragraph into tokens and sentences. A word's trailing full stop is split off unless the word
 * is an abbreviation or an initial, so `Ban.` is `Ban` + `.`, while `U.S.` and `J.` stay whole.
 */
export function tokenize(text: string, offset: number): Token[] {
  const tokens: Token[] = [];
  let sentence = 0;
  let pendingBreak = false;
  // Where the last opening bracket stands among the tokens.
  let opened = -1;
  for (let m = nextToken(text, 0); m !== null; m = nextToken(text, m[1])) {
    const local = m[0];
    let raw = text.slice(local, m[1]);
    const at = local + offset;
    let trailing = false;
    if (raw.length > 1 && raw.charCodeAt(raw.length - 1) === 46 /* . */) {
      const bare = raw.slice(0, -1);
      const lower = bare.toLowerCase();
      // (`D/Amb.`: a compound of an office whose last part is an abbreviation.)
      // (Not the `s.` of a decade, `the 1990s.`: no initial, its stop ends the sentence.)
      const keep =
        (bare.length === 1 && !(bare === 's' && isDigit(text.charCodeAt(local - 1)))) ||
        (ABBREVIATIONS.has(lower) && !(LIST_END_ABBREVIATIONS.has(lower) && capitalNext(text, m[1]))) ||
        (DESIGNATOR_ABBREVIATIONS.has(lower) && designatorAt(text, m[1])) ||
        bare.charCodeAt(bare.length - 2) === 46 ||
        (lower.includes('/') && ABBREVIATIONS.has(lower.slice(lower.lastIndexOf('/') + 1)));
      if (!keep) {
        raw = bare;
        trailing = true;
      }
    }
    const kind = charKind(raw.charCodeAt(0), raw);
    const word = kind !== 0;
    const cap = kind === 2;
    const c0 = raw.charCodeAt(0);
    // A closing quote after the full stop (`himself."`) still belongs to the sentence it closes.
    const isQuote = raw.length === 1 && (c0 === 34 || c0 === 39 || c0 === 0x201d || c0 === 0x2019);
    // (Also before closing punctuation: `("... support."), adding`.)
    const after = text.charCodeAt(local + 1);
    // (A closing bracket too, after words: `End Note.) Stating, "...," Alzir explained` opens a sentence at
    // `Stating`; `Major (retd.) Abdurrehman Syed` does not.)
    const closingQuote =
      (isQuote && (local + 1 >= text.length || after <= 32 || CLOSING_AFTER_QUOTE.has(after))) ||
      (raw.length === 1 && (c0 === 41 || c0 === 93) && tokens.length - opened > 3);
    if (raw.length === 1 && (c0 === 40 || c0 === 91)) opened = tokens.length;
    if (
      pendingBreak &&
      !closingQuote &&
      (cap ||
        (raw.length === 1 && (c0 === 34 || c0 === 0x201c || c0 === 0x2018 || c0 === 39 || c0 === 40)) ||
        (c0 >= 48 && c0 <= 57) ||
        // (`... governance. xxxxx, observing that`: a name withheld in lower case opens a sentence too, unless
        // a name follows it, `xxxxxxxxxxxx McNevin held`, where it stands for words before the name.)
        (c0 === 120 && raw.startsWith('xxxx') && !capitalNext(text, m[1])))
    )
      sentence++;
    if (!closingQuote) pendingBreak = false;
    tokens.push({ text: raw, start: at, end: at + raw.length, word, cap, sentence });
    if (trailing) {
      tokens.push({
        text: '.',
        start: at + raw.length,
        end: at + raw.length + 1,
        word: false,
        cap: false,
        sentence,
      });
      pendingBreak = true;
    } else if (raw.length === 1 && (c0 === 46 || c0 === 33 || c0 === 63)) pendingBreak = true;
  }
  splitAfterCountryAbbreviations(tokens);
  const glue = glueIn(text);
  if (glue.pointer) splitEach(tokens, splitGluedPointer);
  if (glue.redaction) splitEach(tokens, splitGluedRedaction);
  if (glue.name) splitEach(tokens, splitGluedName);
  if (TIME_PREFIX_IN.test(text)) splitEach(tokens, splitTimePrefix);
  if (DASH_BEFORE_FUNCTION_WORD_IN.test(text)) splitEach(tokens, splitDashBeforeFunctionWord);
  // Line breaks inside a paragraph (list items, participant lines) also end sentences.
  markLineBreaks(text, offset, tokens);
  return text.includes("'") ? withoutAynApostrophes(text, offset, tokens) : tokens;
}

/**
 * Which words of a paragraph may have lost the space or dash after them: a pointer to another cable, a
 * redaction or a name glued on (cheap tests before the tokens are walked). The Unicode patterns scan ten
 * times slower than their ASCII twins, which say the same of a text whose only other characters are
 * punctuation.
 */
export function glueIn(text: string): { pointer: boolean; redaction: boolean; name: boolean } {
  const plain = !OTHER_THAN_ASCII.test(text);
  return {
    pointer: (plain ? GLUED_POINTER_ASCII : GLUED_POINTER).test(text),
    redaction: (plain ? GLUED_REDACTION_ASCII : GLUED_REDACTION).test(text),
    name: (plain ? GLUED_NAME_ASCII : GLUED_NAME).test(text),
  };
}

/**
 * `Alimi and 'Anisi both concurred`, `KSS Chief 'Athbi Al-Fahad`: an apostrophe glued before a capital
 * that no later quote closes writes the Arabic ayn, not a quotation; it is left out, so that the name
 * reads as it does after `al-` (`al-'Anisi`).
 */
function withoutAynApostrophes(text: string, offset: number, tokens: Token[]): Token[] {
  return tokens.filter((t) => {
    if (t.text !== "'") return true;
    const at = t.start - offset;
    const before = text.charCodeAt(at - 1);
    if (at > 0 && !(before === 32 || before === 10 || before === 9 || before === 40)) return true;
    if (!/^\p{Lu}\p{Ll}/u.test(text.slice(at + 1, at + 3))) return true;
    return CLOSING_QUOTE.test(text.slice(at + 1));
  });
}
/** A quote that closes: after a letter or a stop, not before a letter (`Minute'`, not `Saleh's`). */
const CLOSING_QUOTE = /[\p{L}.,!?]'(?!\p{L})/u;

/**
 * `... intelligence sharing from the U.S. President Saleh said`: an abbreviated country before an office
 * and a notable person known for another side ends its sentence; the office opens the next.
 */
function splitAfterCountryAbbreviations(tokens: Token[]): void {
  let shift = 0;
  for (let i = 0; i < tokens.length; i++) {
    const token = tokens[i] as Token;
    token.sentence += shift;
    // (An abbreviated country, `U.S.`, `U.K.`, whose full stop may also end a sentence.)
    if (!token.text.endsWith('.') || !tokens[i + 1]?.cap) continue;
    const side = COUNTRIES.match([token.text], 0)?.entry.value.country;
    if (side === undefined) continue;
    const words = tokens.slice(i + 1, i + 6).map((t) => t.text);
    const title = TITLES.match(words, 0);
    const name = title ? tokens[i + 1 + title.length] : undefined;
    const sides = name?.cap ? NOTABLE_SIDES.get(name.text.toLowerCase()) : undefined;
    if (sides && !sides.has(side) && tokens[i + 1]?.sentence === token.sentence - shift) shift++;
  }
}

/**
 * `President Armando Guebuza-septel)`: a pointer to another cable glued by a hyphen to the word before it
 * (a dash lost in transmission) is split off, so that the name reads alone.
 */
function splitGluedPointer(token: Token): Token[] | null {
  const dash = token.word ? token.text.lastIndexOf('-') : -1;
  if (dash <= 0 || !GLUED_POINTERS.has(token.text.slice(dash + 1).toLowerCase())) return null;
  const at = token.start + dash;
  return [
    { ...token, text: token.text.slice(0, dash), end: at },
    { ...token, text: '-', start: at, end: at + 1, word: false, cap: false },
    { ...token, text: token.text.slice(dash + 1), start: at + 1, cap: false },
  ];
}

/** Replaces each token that `split` cuts by its parts, walking back so that the indices ahead hold. */
function splitEach(tokens: Token[], split: (token: Token) => Token[] | null): void {
  for (let i = tokens.length - 1; i >= 0; i--) {
    const parts = split(tokens[i] as Token);
    if (parts) tokens.splice(i, 1, ...parts);
  }
}
/** Pointers to other cables that a lost dash may glue to a word: the cable-pointer words of cables. */
const GLUED_POINTERS: ReadonlySet<string> = new Set(
  [...CABLE_POINTERS.keys()].filter((w) => /(?:tel|tels)$/.test(w)),
);
/** Whether a paragraph holds one of them glued (a cheap test before the tokens are walked). */
const GLUED_POINTER = new RegExp(`\\p{L}-(?:${[...GLUED_POINTERS].join('|')})\\b`, 'iu');
const GLUED_POINTER_ASCII = new RegExp(`[A-Za-z]-(?:${[...GLUED_POINTERS].join('|')})\\b`, 'i');

/** A word with a redaction glued after it (`Baker HughesXXXXXXXXXXXX confided`, `ChevronXXXXXXXXXXXX`). */
const GLUED_REDACTION = /\p{Ll}X{4}/u;
const GLUED_REDACTION_ASCII = /[a-z]X{4}/;

/** Cuts such a word in two: the word, then the redaction, which stands for whom it withholds. */
function splitGluedRedaction(token: Token): Token[] | null {
  const glued = token.word ? /^(.*\p{Ll})(X{4,})$/u.exec(token.text) : null;
  return glued?.[1] && glued[2] ? cutToken(token, glued[1].length) : null;
}

/** A token cut in two after its first `length` characters, each part a word of its own. */
function cutToken(token: Token, length: number): [Token, Token] {
  const at = token.start + length;
  const second = token.text.slice(length);
  return [
    { ...token, text: token.text.slice(0, length), end: at },
    { ...token, text: second, start: at, cap: charKind(second.charCodeAt(0), second) === 2 },
  ];
}

/** An ordinary word with a name glued after it by a lost space (`the PresidencyDiango Cissoko`). */
const GLUED_NAME = /\p{Ll}{3}\p{Lu}\p{Ll}{2}/u;
const GLUED_NAME_ASCII = /[a-z]{3}[A-Z][a-z]{2}/;
/**
 * A character other than printable ASCII, tab, line breaks, and the dashes, quotes and bullets of
 * U+2010–U+2027 (none of which is a letter).
 */
const OTHER_THAN_ASCII = /[^\t\n\r -~\u2010-\u2027]/;

/**
 * Cuts `PresidencyDiango`, `AffairsShapiro`, `GeneralMoseley` in two where the first part is an ordinary
 * word and the second is not (not `MasterCard`, `PowerPoint`, `ExxonMobil`).
 */
function splitGluedName(token: Token): Token[] | null {
  const glued = token.word ? /^(\p{Lu}\p{Ll}{4,})(\p{Lu}\p{Ll}{2,})$/u.exec(token.text) : null;
  if (!glued?.[1] || !glued[2]) return null;
  const first = glued[1].toLowerCase();
  const ordinary =
    COMMON_WORDS.has(first) ||
    (first.endsWith('s') && COMMON_WORDS.has(first.slice(0, -1))) ||
    TITLES.match([glued[1]], 0)?.length === 1;
  return ordinary && !COMMON_WORDS.has(glued[2].toLowerCase()) ? cutToken(token, glued[1].length) : null;
}

/**
 * `sending troops to Afghanistan-and highlighted`, `the Taliban-to include`, `such visits-which may have`: a
 * hyphen between a word and a small word that joins clauses stands for a dash the text lost its spaces around.
 */
// (An ASCII test of the paragraph first, as the Unicode pattern scans ten times slower; the tokens say the rest.)
const DASH_BEFORE_FUNCTION_WORD_IN = /-(?:and|or|but|which|who|to)\b/;
const DASH_BEFORE_FUNCTION_WORD = /^(\p{L}[\p{L}.'’]{2,})-(?:and|or|but|which|who|to)$/u;

/** Cuts such a word into the word, the dash and the small word. */
function splitDashBeforeFunctionWord(token: Token): Token[] | null {
  const first = token.word ? DASH_BEFORE_FUNCTION_WORD.exec(token.text)?.[1] : undefined;
  if (!first) return null;
  const [word, rest] = cutToken(token, first.length);
  const [dash, small] = cutToken(rest, 1);
  return [word, { ...dash, word: false, cap: false }, small];
}

/** `then-Secretary`, `ex-President`: a word of time hyphened to the capitalised word after it. */
const TIME_PREFIX_IN = /\b(?:[Tt]hen|[Ee]x)-[A-Z]/;
const TIME_PREFIX = /^((?:[Tt]hen|[Ee]x)-)[A-Z]/;

/**
 * Cuts `then-Secretary of Health and Human Services Tommy Thompson` into `then` and `Secretary`, so that
 * the title reads as after `former` (the hyphen is left out).
 */
function splitTimePrefix(token: Token): Token[] | null {
  const prefix = token.word ? TIME_PREFIX.exec(token.text)?.[1] : undefined;
  if (!prefix) return null;
  const [time, rest] = cutToken(token, prefix.length);
  return [{ ...time, text: prefix.slice(0, -1), end: time.end - 1, cap: false }, rest];
}

function markLineBreaks(text: string, offset: number, tokens: Token[]): void {
  if (!text.includes('\n')) return;
  let shift = 0;
  let t = 0;
  for (let i = 0; i < text.length; i++) {
    if (text.charCodeAt(i) !== 10 || isWrap(text, i)) continue;
    const at = offset + i;
    while (t < tokens.length && (tokens[t] as Token).start < at) {
      (tokens[t] as Token).sentence += shift;
      t++;
    }
    shift++;
  }
  while (t < tokens.length) {
    (tokens[t] as Token).sentence += shift;
    t++;
  }
}

/**
 * A line break that only wraps prose (`met with Vice President Francisco` / `Santos and ...`): the line
 * before is long prose that ends inside a sentence, and the next line opens no list item or `Side:` label.
 */
function isWrap(text: string, at: number): boolean {
  // Cheap tests first: most line breaks end a short or a finished line.
  let last = at - 1;
  while (last >= 0 && (text.charCodeAt(last) === 32 || text.charCodeAt(last) === 13)) last--;
  const lineStart = text.lastIndexOf('\n', last) + 1;
  if (last - lineStart + 1 < 40 || FINISHED.has(text.charCodeAt(last))) return false;
  let end = text.indexOf('\n', at + 1);
  if (end < 0) end = text.length;
  const next = text.slice(at + 1, Math.min(end, at + 121)).trimStart();
  // (`Minister President Roland Koch` / `-- to great applause -- noted`: a dash that opens an aside in lower
  // case, closed on its line, goes on with the sentence; a list's dash opens an item.)
  const aside = /^--?\s+\p{Ll}[^\n]*?\s--?\s/u.test(next);
  if (next === '' || (!aside && /^(?:[-*•·]|\d{1,2}[.)]|\(?[a-z\d]\))/.test(next))) return false;
  const colon = next.indexOf(':');
  if (colon >= 0 && colon <= 30) return false;
  // `Stuart Wood, Special Advisor to the Prime Minister`: a list item opens with a name and a comma.
  if (LIST_ITEM.test(next)) return false;
  // (`Ambassador to the United States Carolina Barco` / `Control Officer Marcos Mandojana`: a whole next
  // line of a few capitalised words is a list's next item.)
  // (Not `... a lateral highway into the` / `Middle East ...`: the line before is a list's too, with few
  // words in lower case.)
  if (
    end - at <= 80 &&
    CAPITALISED_LINE.test(text.slice(at + 1, end).trim()) &&
    (text.slice(lineStart, last + 1).match(/(?:^|\s)\p{Ll}/gu)?.length ?? 0) <= 2
  )
    return false;
  // Prose has lower-case words; a list line (`Communications Director Jaime Bermudez`) has almost none,
  // and a marker line (`SIPDIS`) is one word.
  let lowerWords = 0;
  for (let i = lineStart; i <= last && lowerWords < 2; i++) {
    const c = text.charCodeAt(i);
    if (c >= 97 && c <= 122 && (i === lineStart || text.charCodeAt(i - 1) === 32)) lowerWords++;
  }
  if (!/\S\s+\S/.test(next)) return false;
  if (lowerWords >= 2) return true;
  // (`The Ambassador met Colombian Army Commander Oscar` / `Gonzalez on May 8 to voice ...`: one verb in
  // lower case will do where a given name ends the line and the next goes on in prose after its first
  // word; not a heading over its text, `... Capital is Tanking` / `Isaias' popularity stemmed`.)
  const lastWord = text.slice(text.lastIndexOf(' ', last) + 1, last + 1);
  return lowerWords === 1 && GIVEN_NAMES.has(lastWord) && /^\S+\s+\p{Ll}/u.test(next);
}

/** Characters that end a finished line: `.`, `:`, `;`, `!`, `?`, quotes, `)`. */
const FINISHED: ReadonlySet<number> = new Set([46, 58, 59, 33, 63, 34, 0x201d, 41]);

/**
 * A line of two to ten capitalised words, nothing else in lower case (`&` and notes in parentheses allowed:
 * `Accion Social (GOC development agency) Director Diego Molano`).
 */
const CAPITALISED_LINE = /^\p{Lu}[\p{L}'’.-]*(?:\s+(?:\p{Lu}[\p{L}'’.-]*|&|\([^)]{1,30}\))){1,9}$/u;

const LIST_ITEM = /^\p{Lu}[\p{L}'’.-]*(?:\s+\p{Lu}[\p{L}'’.-]*){1,3}(?:\s*\([^)]{1,30}\))?,/u;

/** No real sentence is longer; longer runs (lists without stops, damaged text) are cut to bound the work. */
const MAX_SENTENCE_TOKENS = 400;

/** The tokens of each sentence, in order. */
export function sentences(tokens: Token[]): Token[][] {
  const out: Token[][] = [];
  let current: Token[] = [];
  let id = tokens[0]?.sentence ?? 0;
  for (const token of tokens) {
    if ((token.sentence !== id || current.length >= MAX_SENTENCE_TOKENS) && current.length > 0) {
      out.push(current);
      current = [];
    }
    id = token.sentence;
    current.push(token);
  }
  if (current.length > 0) out.push(current);
  return out;
}

/** True when a paragraph is written in capitals only, where capitalisation tells nothing about names. */
export function isAllCaps(text: string): boolean {
  let upper = 0;
  let lower = 0;
  for (let i = 0; i < text.length && upper + lower < 400; i++) {
    const c = text[i] as string;
    if (c >= 'a' && c <= 'z') lower++;
    else if (c >= 'A' && c <= 'Z') upper++;
  }
  return upper + lower > 20 && lower / (upper + lower) < 0.1;
}

/** The tokens that are a dash between words: `-`, `--`, an em dash, an en dash. */
export const DASH_WORDS: ReadonlySet<string> = new Set(['-', '--', '—', '–']);
