import { BANNER_WORDS } from '../lexicon/classification.js';

export interface Banner {
  level: string;
  /** Caveats written in the banner itself (`NOFORN` in `SECRET//NOFORN PARIS 001234`). */
  caveats: string[];
  section: { number: number; of: number } | null;
  /** The post as the banner writes it (`USUN NEW YORK`), null for a bare classification line. */
  post: string | null;
  /** The serial number without leading zeros. */
  number: string | null;
}

/** A classification word may be letter-spaced (`C O N F I D E N T I A L`) or lose/double a letter's space. */
function spaced(word: string): string {
  return word
    .split('')
    .map((ch) => (ch === ' ' ? '\\s+' : ch))
    .join(' ?');
}

const WORDS = BANNER_WORDS.map((w) => spaced(w.word)).join('|');
// An optional stray letter before the word (`SS E C R E T`, `CSE C R E T`) is damage seen in real copies.
const BANNER_AT_START = new RegExp(
  `^\\s*(?:[A-Z] ?)?(${WORDS})((?:\\s*/{1,2}\\s*[A-Z]+(?: [A-Z]+)*?|\\s+(?:NOFORN|SENSITIVE|E ?F ?T ?O|EXDIS|NODIS|LIMDIS))*)\\s+(?:SECTION\\s+(\\d{1,2})\\s+OF\\s+(\\d{1,2})\\s+)?(?:\\d{2}\\s+)?([A-Z][A-Z .'/-]{0,40}?)\\s+(\\d{1,7})\\b\\s*(.*)$`,
  'i',
);
// The banner run into the end of the previous line (`...PRIORITYS E C R E T DOHA 001093`).
const BANNER_AT_END = new RegExp(
  `(${WORDS})((?:\\s*/{1,2}\\s*[A-Z]+)*)\\s+(?:SECTION\\s+(\\d{1,2})\\s+OF\\s+(\\d{1,2})\\s+)?([A-Z][A-Z .'-]{0,40}?)\\s+(\\d{3,7})\\s*$`,
);
const BARE_LEVEL = new RegExp(`^\\s*(?:[A-Z] ?)?(${WORDS})\\s*$`, 'i');

function levelOf(written: string): string | null {
  const squeezed = written.replace(/\s+/g, '').toUpperCase();
  for (const { word, level } of BANNER_WORDS) if (word.replace(/\s+/g, '') === squeezed) return level;
  return null;
}

function caveatsOf(text: string): string[] {
  return text
    .split(/\/{1,2}|\s{2,}|\s+(?=NOFORN|SENSITIVE|EXDIS|NODIS|LIMDIS)/i)
    .map((s) => s.replace(/\s+/g, ' ').trim().toUpperCase())
    .map((s) => (s.replace(/ /g, '') === 'EFTO' ? 'EFTO' : s))
    .filter(Boolean);
}

function build(m: RegExpExecArray, offset: number): Banner | null {
  const level = levelOf(m[offset] ?? '');
  if (!level) return null;
  const post = (m[offset + 4] ?? '').replace(/\s+/g, ' ').trim().toUpperCase();
  // "SECTION" alone would be read as a post when the banner is cut after it.
  if (!post || /^(?:SECTION|OF|PAGE)$/.test(post)) return null;
  const sec = m[offset + 2];
  const of = m[offset + 3];
  return {
    level,
    caveats: caveatsOf(m[offset + 1] ?? ''),
    section: sec && of ? { number: Number(sec), of: Number(of) } : null,
    post,
    number: String(Number(m[offset + 5])),
  };
}

/** Reads a banner line: `C O N F I D E N T I A L SECTION 01 OF 03 USUN NEW YORK 001130`. */
export function parseBannerLine(line: string): Banner | null {
  if (line.length > 160) return null;
  const m = BANNER_AT_START.exec(line);
  if (m) {
    const rest = (m[7] ?? '').trim();
    // A sentence that happens to start with "Secret" is not a banner: a banner ends at its number
    // or carries only short trailing words (`CORRECTED COPY`).
    if (rest.length > 30) return null;
    const banner = build(m, 1);
    // Caveats may trail the number: `S E C R E T BOGOTA 000243 SIPDIS NOFORN`.
    if (banner)
      for (const word of rest.toUpperCase().split(/[\s,/]+/))
        if (/^(?:NOFORN|SIPDIS|SENSITIVE|EXDIS|NODIS|LIMDIS)$/.test(word)) banner.caveats.push(word);
    return banner;
  }
  return null;
}

/** Finds a banner glued to the end of another line; returns it with the index where it starts. */
export function findBannerAtEnd(line: string): { banner: Banner; index: number } | null {
  if (line.length > 300) return null;
  const m = BANNER_AT_END.exec(line);
  if (!m) return null;
  const banner = build(m, 1);
  return banner ? { banner, index: m.index } : null;
}

/** A line that is nothing but a classification word (the centred banner of old telegram pages). */
export function parseBareLevel(line: string): string | null {
  if (line.length > 80) return null;
  const m = BARE_LEVEL.exec(line);
  return m ? levelOf(m[1] ?? '') : null;
}
