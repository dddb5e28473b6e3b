import { readTsv } from '../lexicon/load.js';
import { COMMON_WORDS, COMPANY_SUFFIXES, NAME_PARTICLES, ROLES, TITLES } from '../lexicon/words.js';
import { isGivenName } from './mentions.js';

/** Words that may join the capitalised words of a name spelled out before its acronym. */
const JOINERS = new Set([
  'of',
  'for',
  'and',
  'the',
  'on',
  'in',
  'de',
  'del',
  'la',
  'le',
  'des',
  'du',
  'y',
  'et',
  '&',
]);
// (`Ministry of Finance (MoF)`, `(MoFA)`: the `o` of `of` may stand between the initials; not `(AbZ)`, a
// person's short name.)
const DEFINITION = /\(([A-Z](?:o?[A-Z0-9&]){1,7})\)/g;

/**
 * Acronyms a cable defines for itself: `Administrative Department of Security (DAS)`. Within that cable
 * the acronym is that organisation, whatever the glossary says (DAS is otherwise a Deputy Assistant
 * Secretary); a title spelled out (`Member of Parliament (MP)`) keeps the glossary's sense. Every letter of the acronym must be an initial of the words before it (in any order, as
 * Spanish and French acronyms follow their own word order); a person's short name is not taken.
 */
/** A cable's own acronyms: the name of each, and the names by their first word to find them spelled out. */
export interface Definitions {
  byAcronym: ReadonlyMap<string, string>;
  /** Short forms of persons' names: `Amadou Toumani Toure (ATT)`. */
  persons: ReadonlySet<string>;
  /** Short forms of titles the glossary lacks, with the title: `Special Coordinator for Lebanon (UNSCOL)`. */
  titles: ReadonlyMap<string, string>;
  byFirstWord: ReadonlyMap<string, readonly { name: string; parts: readonly string[] }[]>;
}

export const NO_DEFINITIONS: Definitions = {
  byAcronym: new Map(),
  byFirstWord: new Map(),
  persons: new Set(),
  titles: new Map(),
};

export function definedAcronyms(texts: readonly string[]): Definitions {
  const defined = new Map<string, string>();
  const persons = new Set<string>();
  const titles = new Map<string, string>();
  for (const text of texts) {
    if (!text.includes('(')) continue;
    for (const m of text.matchAll(DEFINITION)) {
      const acronym = m[1] as string;
      if (defined.has(acronym)) continue;
      const words = text
        .slice(Math.max(0, (m.index ?? 0) - 160), m.index)
        .trimEnd()
        .split(/\s+/);
      // The capitalised words (and their joiners) right before the parenthesis, back to the first
      // point where their initials hold every letter of the acronym.
      const letters = acronym.replace(/[^A-Z]/g, '');
      if (letters.length < 2) continue;
      const name: string[] = [];
      for (let i = words.length - 1; i >= 0 && name.length < 12; i--) {
        const w = words[i] as string;
        if (/^\p{Lu}/u.test(w)) name.unshift(w);
        // (`Mohammed bin Zayed al Nahyan (MBZ)`: the particles inside a person's name join it too.)
        else if ((JOINERS.has(w.toLowerCase()) || NAME_PARTICLES.has(w)) && name.length > 0) name.unshift(w);
        else break;
        if (/^\p{Lu}/u.test(w) && covers(name, letters)) break;
      }
      while (name.length > 0 && JOINERS.has((name[0] as string).toLowerCase())) name.shift();
      if (name[0] === 'The') name.shift();
      // (`UN Special Coordinator for Lebanon (UNSCOL) Michael Williams`: a title's short form before its
      // holder's name, whose letters the words do not all give, stands for that title in this cable.)
      const held = initialsCover(name, letters, false) ? null : heldTitle(name, acronym);
      if (held && !TITLES.match([acronym], 0, [acronym.toLowerCase()]) && givenNameAfter(text, m)) {
        titles.set(acronym, held);
        continue;
      }
      if (name.length < 2 || !covers(name, letters)) continue;
      // `Malian President Amadou Toumani Toure (ATT)`: the initials of a person's name are that person.
      const before = words[words.length - name.length - 1] ?? '';
      // (`Christian Social Union (CSU)` opens with a given name but is made of ordinary words.)
      const ordinary = name.some(
        (w) =>
          !JOINERS.has(w.toLowerCase()) &&
          !NAME_PARTICLES.has(w) &&
          !isGivenName(w) &&
          COMMON_WORDS.has(w.toLowerCase()),
      );
      if (isGivenName(name[0] as string) || TITLES.match([before], 0, [before.toLowerCase()])) {
        if (!ordinary) persons.add(acronym);
        continue;
      }
      // (`Sher Mohammad Akhunzada (SMA)`: or a given name inside, the name no ordinary word.)
      if (!ordinary && name.slice(1, -1).some((w) => isGivenName(w))) {
        persons.add(acronym);
        continue;
      }
      // `Member of Parliament (MP)`, `Regional Security Officer (RSO)`: a title keeps its glossary sense.
      // (`Senior Civilian Representative (SCR) Frank Ruggiero`: before a name, it is that person's short form.)
      if (isTitle(name)) {
        if (givenNameAfter(text, m)) persons.add(acronym);
        continue;
      }
      defined.set(acronym, name.join(' '));
    }
  }
  if (defined.size === 0 && persons.size === 0 && titles.size === 0) return NO_DEFINITIONS;
  const byFirstWord = new Map<string, { name: string; parts: string[] }[]>();
  for (const name of defined.values()) {
    const parts = name.split(' ');
    const list = byFirstWord.get(parts[0] ?? '') ?? [];
    list.push({ name, parts });
    // (`Blackwater Worldwide (BW)` ... `Blackwater's ship`: a company's name without the word that ends it.)
    const short = parts.slice(0, -1);
    if (short.length > 0 && COMPANY_SUFFIXES.has(parts.at(-1) ?? '')) list.push({ name, parts: short });
    list.sort((a, b) => b.parts.length - a.parts.length);
    byFirstWord.set(parts[0] ?? '', list);
  }
  return { byAcronym: defined, byFirstWord, persons, titles };
}

/** A given name and a capitalised word right after the parenthesis: a person's name follows. */
function givenNameAfter(text: string, m: RegExpMatchArray): boolean {
  const end = (m.index ?? 0) + m[0].length;
  // (Past a portfolio: `Senior Civilian Representative (SCR) for the South Frank Ruggiero`.)
  const after =
    /^\s+(?:(?:for|of)\s+(?:the\s+)?(?:\p{Lu}[\p{L}-]*\s+){1,3})?(\p{Lu}[\p{Ll}'’.-]+)\s+\p{Lu}\p{Ll}/u.exec(
      text.slice(end, end + 80),
    );
  return after !== null && isGivenName(after[1] ?? '');
}

/**
 * The glossary's title among the words after the last comma (`UN Special Coordinator for Lebanon`), when
 * the short form holds its initial (not `Minister President of North Rhine-Westphalia (NRW)`), or null.
 */
function heldTitle(name: readonly string[], acronym: string): string | null {
  const from = name.findLastIndex((w) => w.endsWith(',')) + 1;
  const words = name.slice(from) as string[];
  const lower = words.map((w) => w.toLowerCase());
  for (let k = 0; k < words.length; k++) {
    const title = TITLES.match(words, k, lower);
    if (!title) continue;
    const initials = words.slice(k, k + title.length).map((w) => w.charAt(0).toUpperCase());
    return initials.some((c) => acronym.includes(c)) ? (title.entry.value.title ?? null) : null;
  }
  return null;
}

/** True when the words' initials hold each letter of the acronym as often as it occurs there. */
function covers(name: readonly string[], letters: string): boolean {
  return initialsCover(name, letters, false) || initialsCover(name, letters, true);
}

/**
 * Whether the initials of the name's capitalised words hold every letter of the acronym; with `joiners`,
 * the small words' too (`Pakistan Institute of Legislative Development and Transparency (PILDAT)`).
 */
function initialsCover(name: readonly string[], letters: string, joiners: boolean): boolean {
  const initials = new Map<string, number>();
  for (const w of name) {
    if (!joiners && (JOINERS.has(w.toLowerCase()) || NAME_PARTICLES.has(w))) continue;
    const c = w.charAt(0).toUpperCase();
    initials.set(c, (initials.get(c) ?? 0) + 1);
    // (`Maurice Gourdault-Montagne (MGM)`: each capitalised part of a hyphenated word gives an initial.)
    for (const part of w.split('-').slice(1))
      if (/^\p{Lu}/u.test(part)) initials.set(part.charAt(0), (initials.get(part.charAt(0)) ?? 0) + 1);
  }
  for (const c of letters) {
    const n = initials.get(c) ?? 0;
    if (n === 0) return false;
    initials.set(c, n - 1);
  }
  return true;
}

/** A title or staff role, or a name that holds one, spelled out as the glossaries hold it (or plural or possessive). */
function isTitle(name: readonly string[]): boolean {
  const words = name.map((w, i) => (i === 0 ? w.replace(/(?<=[a-z])s$/, '') : w).replace(/['’]s$/, ''));
  const lower = words.map((w) => w.toLowerCase());
  // `District Governor (DG)`, `Supreme Leader Khamenei (SLK)`: a title anywhere makes it a person's.
  if (ROLES.match(words, 0, lower)) return true;
  for (let k = 0; k < words.length; k++) if (TITLES.match(words, k, lower)) return true;
  const spelled = lower.join(' ');
  return ROLE_NAMES.has(spelled);
}

const ROLE_NAMES: ReadonlySet<string> = new Set(
  readTsv('staff-roles.tsv').map((row) => (row.role ?? '').toLowerCase()),
);
