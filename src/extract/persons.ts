import { readTsv } from '../lexicon/load.js';
import { postCountry } from '../lexicon/posts.js';
import {
  AIDE_NOUNS,
  ARABIC_GIVEN_NAME_ENDINGS,
  ARABIC_NAME_HEADS,
  BEFORE_VERB,
  BODY_HEADS,
  BURMESE_NAME_PARTS,
  bureauOf,
  COMMON_WORDS,
  COMPANY_AFFILIATIONS,
  COMPANY_SUFFIXES,
  COMPANY_TITLES,
  COMPOUND_GIVEN_PARTS,
  COUNTRIES,
  COUNTRIES_IN_CAPITALS,
  COUNTRY_NAMES,
  COURSE_VERBS,
  CUES,
  DELEGATION_TITLES,
  DELEGATION_WORDS,
  DEMONYM_SHARERS,
  DESK_WORDS,
  DOUBLE_SURNAME_COUNTRIES,
  FACILITY_NOUNS,
  FAMILY_NAME_SUFFIXES,
  FAMILY_NOUNS,
  FAMILY_PARTICLES,
  GIVEN_NAME_CITED_COUNTRIES,
  GIVEN_NAME_HONORIFICS,
  HEAD_TITLES,
  HISPANIC_GIVEN_NAMES,
  HUMAN_NOUNS,
  INNER_SURNAME_PARTICLES,
  INSTITUTION_WORDS,
  isNationalOffice,
  isPersonNoun,
  KIN_NOUNS,
  KNOWN_NAMES,
  KNOWN_PLACES,
  LEADER_TITLES,
  LOCAL_OFFICE_WORDS,
  MEDIUM_NOUNS,
  MILITARY_RANKS,
  MIND_VERBS,
  NAME_PARTICLES,
  NOTABLE_PERSONS,
  NUMBER_WORDS,
  notSpeechBefore,
  nounLikeCue,
  ORG_NOUNS,
  ORGANIZATIONS,
  PATRONYMIC_WORDS,
  PERSON_NOUNS,
  PLACE_NOUNS,
  PLACE_OPENERS,
  PORTFOLIOS,
  PRESS_NOUNS,
  pluralPersonNoun,
  REGION_WORDS,
  ROMANCE_ARTICLES,
  RULER_NOUNS,
  SECRETARY_CABINETS,
  SIDE_BODIES,
  SPEECH_ADVERBS,
  SPEECH_NOUNS,
  SPOUSE_TITLES,
  STAFF_BODIES,
  SURNAME_PARTICLES,
  statedSide,
  TITLE_RANKS,
  TITLES,
  US_TITLES,
  VESSEL_NOUNS,
} from '../lexicon/words.js';
import type { Person, TextSpan } from '../record.js';
import {
  bareName,
  foreignSecretaryOfState,
  isCommonWord,
  isGivenName,
  isPlaceName,
  likeness,
  type Mention,
  nicknameLength,
} from './mentions.js';
import { DASH_WORDS, isQuoteMark, type Token } from './tokens.js';

/** One sentence with its tokens and the mentions found in it. */
export interface SentenceMentions {
  tokens: Token[];
  /** The tokens' text, and the same lower-cased: computed once, read by every stage. */
  words: string[];
  lower: string[];
  mentions: Mention[];
  paragraph: number | null;
  allCaps: boolean;
}

/** `D-WA`, `R-Calif`, `I-VT`: a party's initial and a state, as written after a member of Congress. */
const US_CONGRESS_SEAT = /^[DRI]-[A-Z][A-Za-z]{1,4}\.?$/;
/** Titles of US staff that speak as offices: `the Ambassador` is not resolved to a named person. */
const STAFF_TITLES: ReadonlySet<string> = new Set([
  'Ambassador',
  "Charge d'Affaires",
  'Deputy Chief of Mission',
  'Political Counselor',
  'Consul General',
]);
const ADVERBS = SPEECH_ADVERBS;

export interface ResolvedPersons {
  persons: Person[];
  /** The person each person or role mention refers to, keyed by the mention object. */
  byMention: Map<Mention, Person>;
}

interface Cluster {
  key: string;
  person: Person;
  mentions: Mention[];
  sentences: SentenceMentions[];
  strong: boolean;
  /** Written family name first (`Wu Dawei`). */
  surnameFirst?: boolean;
  /** Written family name first, yet cited by the given name alone (`Cheng Guoping ... Guoping said`). */
  citedByGiven?: boolean;
  /** A part of a double family name the cable cites alone more often than whole (`Mashabane`). */
  citedPart?: string;
}

/** A ruler's ordinal written in Roman numerals: `II`, `VI`, `XIII`. */
const REGNAL_NUMBER = /^(?=[IVX])X{0,2}(?:IX|IV|V?I{0,3})$/;

export function surnameOf(tokens: string[]): { surname: string; given: string | null } {
  const words = movedArticles(tokens.map(bareName).filter(Boolean));
  if (words.length === 0) return { surname: '', given: null };
  // (`King Mohammed VI`, `Abdullah II`: a ruler's number follows the name he is cited by.)
  if (words.length >= 2 && REGNAL_NUMBER.test(words.at(-1) ?? '')) return surnameOf(words.slice(0, -1));
  // East Asian order with a hyphenated given name: `Ban Ki-moon` → Ban.
  const last = words[words.length - 1] as string;
  if (words.length >= 2 && /^\p{Lu}\p{Ll}+-\p{Ll}+$/u.test(last)) {
    return { surname: words[0] as string, given: words.slice(1).join(' ') };
  }
  // `Dominique de Villepin`, `Herman Van Rompuy`: the particles before the last word are the surname's.
  let from = words.length - 1;
  // (`FW DE KLERK`: in capitals a particle is written in capitals too.)
  const capitals = words.every((w) => w === w.toUpperCase());
  const particle = (w: string) =>
    SURNAME_PARTICLES.has(w) || (capitals && SURNAME_PARTICLES.has(w.toLowerCase()));
  // (`Julio Soares de Moura Neto`: a generation word after a family name is cited with it, `Moura Neto`.)
  // (Alone, `Moura Neto`, unless the word before is a given name; the particles before stay the given part's.)
  const suffixed =
    from >= 1 &&
    FAMILY_NAME_SUFFIXES.has(words[from] as string) &&
    /^\p{Lu}\p{Ll}/u.test(words[from - 1] ?? '') &&
    (from >= 2 || !isGivenName(words[0] as string));
  if (suffixed) from--;
  else while (from > 0 && particle(words[from - 1] as string)) from--;
  // `Hamad bin Jassim Al Thani`: an Arabic article inside a name opens the family name (not in `Al Gore`).
  if (
    from === words.length - 1 &&
    from > 1 &&
    INNER_SURNAME_PARTICLES.has((words[from - 1] as string).toLowerCase())
  )
    from--;
  const surname = words.slice(from).join(' ');
  const given = words.slice(0, from).filter((w) => !/^\p{Lu}\.?$/u.test(w) || words.length > 2);
  return { surname, given: given.length > 0 ? given.join(' ') : null };
}

/** `Saud-Al Faisal`: an article hyphened to the word before it by slip belongs to the word after (`Al-Faisal`). */
function movedArticles(words: string[]): string[] {
  const out: string[] = [];
  for (let i = 0; i < words.length; i++) {
    const slip = /^(\p{Lu}\p{Ll}+)-([Aa]l|[Ee]l)$/u.exec(words[i] ?? '');
    const next = words[i + 1];
    if (slip && next && /^\p{Lu}/u.test(next)) {
      out.push(slip[1] as string, `${slip[2]}-${next}`);
      i++;
    } else out.push(words[i] as string);
  }
  return out;
}

/**
 * `Lula da Silva`, `Luiz Inacio Lula da Silva`: a full name that holds the name a notable person is cited
 * by, right before the family name's particle (first, or after that person's given names), is cited by it.
 */
function notableInside(tokens: string[]): { surname: string; given: string | null } | null {
  const words = tokens.map(bareName);
  // (`Osama bin Laden`, `Bin Laden`: a notable family name of two words, the first a particle.)
  if (words.length >= 2) {
    const two = words.slice(-2).join(' ');
    // (Not `Al Maliki`, whose article the key drops: that is Maliki's entry.)
    if (NOTABLE_ROWS.has(nameKey(two)) && nameKey(two) !== nameKey(words.at(-1) ?? ''))
      return { surname: two, given: words.length > 2 ? words.slice(0, -2).join(' ') : null };
  }
  for (let i = 0; i < words.length - 1; i++) {
    const known = NOTABLE.get(nameKey(words[i] ?? ''));
    if (!known) continue;
    const before = words.slice(0, i).join(' ');
    const fits =
      SURNAME_PARTICLES.has(words[i + 1] ?? '') &&
      (i === 0 ||
        // (`Luis Inacio Lula da Silva`: a given name misspelt by a letter is still his.)
        (known.given !== undefined &&
          known.given !== '' &&
          distance(nameKey(before), nameKey(known.given), 1) <= 1));
    if (fits) return { surname: words[i] ?? '', given: before || null };
  }
  return null;
}

/**
 * `Jose Manuel Martinez Morales ... Mr. Martinez`: a name with two family names (the father's, then the
 * mother's) is cited by the first; where the cable writes that one alone more often than the last, it is
 * the surname (`David Penytoo Ocheng ... Ocheng said` keeps the last).
 */
function paternalSurname(
  tokens: string[],
  alone: ReadonlyMap<string, number>,
  side: string | null | undefined,
): { surname: string; given: string; family: number } | null {
  const words = tokens.map(bareName).filter(Boolean);
  // (`Guillermo Corral van Damme ... Corral said`: the mother's family name may open with a particle; not
  // `de`, which in `Cristina Fernandez de Kirchner` joins a husband's name.)
  const particle = (words.at(-2) ?? '').toLowerCase();
  // (`Pablo Gomez de Olea ... Gomez said`: after `de` too, where the cable writes the first alone, often,
  // and never the last.)
  const deCited =
    /^de[l]?$/.test(particle) &&
    (alone.get(nameKey(words.at(-3) ?? '')) ?? 0) >= 2 &&
    (alone.get(nameKey(words.at(-1) ?? '')) ?? 0) === 0;
  const tail =
    words.length >= 4 && SURNAME_PARTICLES.has(particle) && (!/^de[l]?$/.test(particle) || deCited) ? 2 : 1;
  if (words.length < 1 + tail) return null;
  const first = words[words.length - 1 - tail] as string;
  const before = words[words.length - 2 - tail] ?? '';
  /** A capitalised particle opens the family name (`Le Fraper`); one in lower case ends a given name (`del Pilar`). */
  const leads =
    words.length >= 4 + tail - 1 && /^\p{Lu}/u.test(before) && SURNAME_PARTICLES.has(before.toLowerCase());
  // (`Undersecretary Gutierrez Fernandez ... Geronimo Gutierrez Fernandez ... Gutierrez said`: the family
  // names alone, or after a given name no list knows, where the cable writes the first alone often.)
  const citedAlone =
    side != null && DOUBLE_SURNAME_COUNTRIES.has(side) && (alone.get(nameKey(first)) ?? 0) >= 2;
  // (Not `Morales Production`, `Erdogan Calls`: a heading's ordinary word after a name is no family name.)
  const familyLast = !isCommonWord((words.at(-1) ?? '').toLowerCase());
  if (words.length < 2 + tail && !(citedAlone && familyLast && words.length === 1 + tail)) return null;
  if (
    !/^\p{Lu}\p{Ll}+$/u.test(first) ||
    isGivenName(first) ||
    (!isGivenName(words[0] as string) && !citedAlone) ||
    SURNAME_PARTICLES.has(first) ||
    // (`Jose Obdulio Gaviria`, `Maria del Pilar Hurtado`: a second given name.)
    HISPANIC_GIVEN_NAMES.has(first) ||
    (SURNAME_PARTICLES.has(before.toLowerCase()) && !leads) ||
    (alone.get(`${nameKey(first)} ${nameKey(words[words.length - 1] as string)}`) ?? 0) >=
      (alone.get(nameKey(first)) ?? 0) ||
    (alone.get(nameKey(first)) ?? 0) <= (alone.get(nameKey(words[words.length - 1] as string)) ?? 0) ||
    !/^\p{Lu}\p{Ll}+$/u.test(words[words.length - 1] as string)
  )
    return null;
  // (`Beatrice Le Fraper du Hellen ... Le Fraper said`: a capitalised particle before it opens that family name.)
  if (leads)
    return { surname: `${before} ${first}`, given: words.slice(0, -2 - tail).join(' '), family: 2 + tail };
  return { surname: first, given: words.slice(0, -1 - tail).join(' '), family: 1 + tail };
}

/** `Khalid bin`: a given part that ends where the father's name begins. */
function fatherNamed(given: string | null | undefined): boolean {
  return PATRONYMIC_WORDS.has((given ?? '').split(' ').at(-1)?.toLowerCase() ?? '');
}

/**
 * `Prime Minister Abhisit Vejjajiva ... Abhisit said`: a person of a country whose people are cited by the
 * given name, where the cable writes the first word alone more often than the last, is cited by it.
 */
function givenNameCited(
  tokens: string[],
  alone: ReadonlyMap<string, number>,
  side: string | null | undefined,
): { surname: string; given: null } | null {
  const words = tokens.map(bareName).filter(Boolean);
  if (words.length !== 2 || !side || !GIVEN_NAME_CITED_COUNTRIES.has(side)) return null;
  const [first, last] = words as [string, string];
  return (alone.get(nameKey(first)) ?? 0) > (alone.get(nameKey(last)) ?? 0)
    ? { surname: first, given: null }
    : null;
}

/** `Consulates General Duesseldorf, Frankfurt`: a post's city after `Consulate(s) General`, no general's name. */
function consularPost(s: SentenceMentions, m: Mention): boolean {
  const general = s.words.indexOf('General', Math.max(0, m.from - 1));
  return general >= 0 && general < m.nameFrom && /^Consulates?$/.test(s.words[general - 1] ?? '');
}

/** `the Kang Nam 1 affair`, `a Mi 17`: a name with a number after it is a vessel's or a model's. */
function numbered(s: SentenceMentions, m: Mention): boolean {
  // (Not a year after a possessive: `Olexander Moroz's 2004 campaign`.)
  return (
    m.titles.length === 0 &&
    /^\d{1,3}$/.test(s.words[m.nameTo] ?? '') &&
    !/['’,]s$/.test(s.words[m.nameTo - 1] ?? '')
  );
}

/** `de Villepin` matches `Villepin`: the particles that open a surname, dropped for its key. */
const LEADING_PARTICLES = new RegExp(
  `^(?:(?:${[...SURNAME_PARTICLES].filter((p) => p === p.toLowerCase()).join('|')})\\s+)+`,
);

/** A surname reduced for matching: no accents, case, possessive, or Arabic article (`al-Alimi` = `Alimi`). */
export function nameKey(surname: string): string {
  let key = NAME_KEYS.get(surname);
  if (key === undefined) {
    // Names recur across a corpus: the cache is cleared, not grown, past a bound.
    if (NAME_KEYS.size >= 50_000) NAME_KEYS.clear();
    key = computeNameKey(surname);
    NAME_KEYS.set(surname, key);
  }
  return key;
}

const NAME_KEYS = new Map<string, string>();

function computeNameKey(surname: string): string {
  return surname
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/['’][sS]?$/, '')
    .replace(/^(?:al|el|ad|as|ash|at|az|ar)[- ]/, '')
    .replace(LEADING_PARTICLES, '')
    .replace(/[^a-z-]/g, '');
}

/** The first notable person of each surname: the one a surname alone names. */
const NOTABLE_ROWS = new Map<string, Record<string, string>>();
/** Every notable person of each surname (`Kim Jong-il`, `Kim Il-sung`): a given name tells them apart. */
const NOTABLE_BEARERS = new Map<string, Record<string, string>[]>();
for (const row of NOTABLE_PERSONS) {
  const key = nameKey(row.surname ?? '');
  if (!NOTABLE_ROWS.has(key)) NOTABLE_ROWS.set(key, row);
  NOTABLE_BEARERS.set(key, [...(NOTABLE_BEARERS.get(key) ?? []), row]);
}
const NOTABLE_SPELLINGS = new Map<string, Record<string, string> | undefined>();

/**
 * The notable person with this surname key, also under a slip of one letter in a long name (`Khattami`,
 * `Ahmedinejad`); short names differ by a letter too often (`Osama`, `Obama`), and so do last letters
 * (`Barader` is not `Baradei`; `Khrushcheva`, a letter added, is the same family).
 */
const NOTABLE = {
  get(key: string): Record<string, string> | undefined {
    const exact = NOTABLE_ROWS.get(key);
    if (exact || key.length < 7) return exact;
    if (NOTABLE_SPELLINGS.has(key)) return NOTABLE_SPELLINGS.get(key);
    let found: Record<string, string> | undefined;
    for (const [known, row] of NOTABLE_ROWS) {
      if (
        known.length >= 7 &&
        known[0] === key[0] &&
        (known.at(-1) === key.at(-1) || key.startsWith(known)) &&
        distance(known, key, 1) <= 1
      ) {
        found = row;
        break;
      }
    }
    if (NOTABLE_SPELLINGS.size >= 10_000) NOTABLE_SPELLINGS.clear();
    NOTABLE_SPELLINGS.set(key, found);
    return found;
  },
  has(key: string): boolean {
    return this.get(key) !== undefined;
  },
};

function newCluster(
  key: string,
  strong: boolean,
  surname: string,
  given: string | null,
  allCaps: boolean,
): Cluster {
  return {
    key,
    strong,
    mentions: [],
    sentences: [],
    person: {
      id: '',
      name: '',
      surname: display(surname, allCaps),
      given: given ? display(given, allCaps, false) : null,
      titles: [],
      affiliation: null,
      affiliation_source: null,
      aliases: [],
      mentions: [],
    },
  };
}

/** Familiar forms of given names → the full form, both as name keys (`bill` → `william`). */
const FULL_GIVEN = new Map(
  readTsv('given-name-variants.tsv').flatMap((row) =>
    (row.variants ?? '')
      .split(';')
      .filter(Boolean)
      .map((v) => [nameKey(v), nameKey(row.name ?? '')] as const),
  ),
);

function fullGiven(name: string): string {
  const key = nameKey(name.split(' ')[0] ?? '').replace(/\./g, '');
  return FULL_GIVEN.get(key) ?? key;
}

/**
 * The given name of the notable bearer of a surname, where the cable's year falls in the years the
 * lexicon gives them (`Castro` is Fidel until 2008).
 */
function notableGiven(key: string, year: number | null): string | null {
  const row = NOTABLE.get(key);
  if (!row?.given) return null;
  const period = notablePeriod(row);
  if (year !== null && period && (year < period[0] || year > period[1])) return null;
  return row.given;
}

/** The years a notable person's row gives (`2001-2009`), or null when it gives none. */
function notablePeriod(row: Record<string, string>): [number, number] | null {
  const period = /^(\d{4})-(\d{4})$/.exec(row.period ?? '');
  return period ? [Number(period[1]), Number(period[2])] : null;
}

/**
 * Given names that may be one person's: the same first name or a familiar form of it (`Bill`, `William`),
 * near spellings, or an initial of it.
 */
/**
 * Whether two ways of writing a person's given names share one (`Akbar Hashemi` and `Ali Akbar`,
 * `Mir-Hossein` and `Mir Housein`), particles aside.
 */
function givenNamesMeet(a: string, b: string): boolean {
  if (sameGiven(a.split(' ')[0] ?? '', b.split(' ')[0] ?? '')) return true;
  if (middleNameUsed(a, b) || middleNameUsed(b, a)) return true;
  // (Split at a hyphen only before a capital: `Mir-Hossein` is two names, `Jong-hoon` one.)
  const parts = (g: string) =>
    g
      .split(/\s+|-(?=\p{Lu})/u)
      .filter((w) => w.length > 1 && !NAME_PARTICLES.has(w.toLowerCase()))
      .map((w) => w.toLowerCase());
  const x = parts(a);
  const y = parts(b);
  // (Both of several names: `Julian Ernesto` is not `Ernesto` Guevara.)
  if (x.length < 2 || y.length < 2) return false;
  return x.some((w) => y.includes(w));
}

/**
 * Whether the given name a cable writes is a notable person's (`Dadis Camara` for Moussa Dadis Camara: the
 * last of the notable's given names, by which he is known, written alone before the family name).
 */
function notableGivenMeets(notable: string, written: string): boolean {
  if (givenNamesMeet(notable, written)) return true;
  const words = notable.split(' ');
  return words.length >= 2 && !written.includes(' ') && nameKey(words.at(-1) ?? '') === nameKey(written);
}

/** `C. David` and `David` (Welch): one goes by the middle name, the first written as an initial. */
function middleNameUsed(initialled: string, given: string): boolean {
  const m = /^\p{Lu}\.\s+(\S+)/u.exec(initialled);
  return m !== null && m[1] === given.split(' ')[0] && !/^\p{Lu}\./u.test(given);
}
function sameGiven(a: string, b: string): boolean {
  if (middleNameUsed(a, b) || middleNameUsed(b, a)) return true;
  // (`Abubakr` and `Abu Bakr`: one name written in one word or two.)
  if (a.length > 4 && a !== b && joinedName(a) === joinedName(b)) return true;
  // (`SYG de Hoop Scheffer` and `Jaap de Hoop Scheffer`: the words before the last, opening with a
  // particle, are the end of the other's.)
  if (a !== b && (particleTail(a, b) || particleTail(b, a))) return true;
  // (`Tello Peon` and `Jorge Tello Peon`: a word no list gives as a given name, ending the other's given
  // words, is the first of two family names.)
  if (a !== b && (familyTail(a, b) || familyTail(b, a))) return true;
  // (`Francisco de Paula` and `Wolney Francisco de Paula`: the second of two given names, used alone.)
  if (a !== b && (secondGiven(a, b) || secondGiven(b, a))) return true;
  const x = fullGiven(a);
  const y = fullGiven(b);
  if (!x || !y) return true;
  // (`Ali Asif Zardari` for `Asif Ali Zardari`: the same given names in another order.)
  const words = (g: string) => g.toLowerCase().split(/\s+/).sort().join(' ');
  if (a.includes(' ') && words(a) === words(b)) return true;
  if (x.length === 1 || y.length === 1) return x[0] === y[0];
  // (`Kim Jong-il`, `Kim Jong-un`: the syllables of a hyphenated given name are the name; no slip allowed.)
  if (a.includes('-') && b.includes('-')) return x === y;
  // `Bodgan` for `Bogdan`: a slip of two letters in a longer name is still the name.
  const limit = Math.min(x.length, y.length) >= 5 ? 2 : 1;
  return x[0] === y[0] && distance(x, y, limit) <= limit;
}

/** A name's letters in lower case, without spaces and hyphens. */
function joinedName(name: string): string {
  return name.replace(/[\s-]/g, '').toLowerCase();
}

/** Whether `word`, one word and no given name, ends `given` after a word of its own. */
function familyTail(word: string, given: string): boolean {
  return (
    !word.includes(' ') &&
    !isGivenName(word) &&
    !isCommonWord(word.toLowerCase()) &&
    // (`Haj Hamoud` for `Mohammed al-Haj Hamoud`: or after the article of an Arabic name.)
    (given.endsWith(` ${word}`) || given.endsWith(` al-${word}`) || given.endsWith(` el-${word}`)) &&
    // (`Jorge Tello`, `Salvador Sanchez`: the other's opens with a given name, `Espen Barth` with a word
    // shaped as one; not `Franco-Israeli Strategic`.)
    (HISPANIC_GIVEN_NAMES.has(given.split(' ')[0] ?? '') || nameShaped(given.split(' ')[0] ?? ''))
  );
}

/** A known given name, or a capitalised word that is no common word (`Espen`, not `Analyst`). */
function nameShaped(word: string): boolean {
  return isGivenName(word) || (/^\p{Lu}\p{Ll}+$/u.test(word) && !isCommonWord(word.toLowerCase()));
}

/** Whether `word`, a given name, is the second of the two words of `given`. */
function secondGiven(word: string, given: string): boolean {
  const [first = '', second, ...rest] = given.split(' ');
  return (
    rest.length === 0 &&
    second === word &&
    isGivenName(word) &&
    // (Not `Leila Ben Ali` for President `Ben Ali`: a particle opens a family name.)
    !SURNAME_PARTICLES.has(word) &&
    !SURNAME_PARTICLES.has(word.toLowerCase()) &&
    // (Nor `Analyst Bernadette Graves`, `Franco-Colombian Ingrid Betancourt`: the first is a name too.)
    nameShaped(first)
  );
}

/** Whether `tail` opens with a surname particle and ends `given` after a word of its own. */
function particleTail(tail: string, given: string): boolean {
  // (`Da Sousa Gomes` opening a sentence and `Joao Carlos da Sousa Gomes`: the particle capitalised there.)
  const first = tail.split(' ')[0] ?? '';
  const lowered = `${first.toLowerCase()}${tail.slice(first.length)}`;
  return (
    SURNAME_PARTICLES.has(first.toLowerCase()) &&
    tail.includes(' ') &&
    (given.endsWith(` ${tail}`) || given.endsWith(` ${lowered}`))
  );
}

/** Whether `given` is one capitalised particle (`Ben`, `Abu`) that ends the other's given words. */
function particleGiven(given: string, other: string): boolean {
  return (
    /^\p{Lu}\p{Ll}+$/u.test(given) && NAME_PARTICLES.has(given.toLowerCase()) && other.endsWith(` ${given}`)
  );
}

/** Edit distance, stopping early beyond `limit`. */
function distance(a: string, b: string, limit: number): number {
  if (Math.abs(a.length - b.length) > limit) return limit + 1;
  // Three rows of the edit-distance table, reused; the search stops once a whole row exceeds the limit.
  // Two letters swapped count as one edit (`Bolhke` for `Bohlke`), as a typist makes them.
  let before = new Uint16Array(b.length + 1);
  let prev = new Uint16Array(b.length + 1);
  let row = new Uint16Array(b.length + 1);
  for (let j = 0; j <= b.length; j++) prev[j] = j;
  for (let i = 1; i <= a.length; i++) {
    row[0] = i;
    let best = i;
    const ca = a.charCodeAt(i - 1);
    for (let j = 1; j <= b.length; j++) {
      const cb = b.charCodeAt(j - 1);
      let v = Math.min(
        (prev[j] as number) + 1,
        (row[j - 1] as number) + 1,
        (prev[j - 1] as number) + (ca === cb ? 0 : 1),
      );
      if (i > 1 && j > 1 && ca === b.charCodeAt(j - 2) && a.charCodeAt(i - 2) === cb)
        v = Math.min(v, (before[j - 2] as number) + 1);
      row[j] = v;
      if (v < best) best = v;
    }
    if (best > limit) return limit + 1;
    [before, prev, row] = [prev, row, before];
  }
  return prev[b.length] as number;
}

function sameName(a: string, b: string): boolean {
  if (a === b) return true;
  const shorter = Math.min(a.length, b.length);
  if (shorter < 5 || a[0] !== b[0]) return false;
  // (`Medvedev` and `Medvedeva`, `Putin` and `Putina`: a family name's feminine form is another person's.)
  if (a === `${b}a` || b === `${a}a`) return false;
  if (distance(a, b, shorter >= 8 ? 2 : 1) <= (shorter >= 8 ? 2 : 1)) return true;
  // (`PM Ergodan` for `Erdogan`: two letters exchanged a letter apart, as a typist slips.)
  if (shorter >= 6 && exchangedLetters(a, b)) return true;
  // (`Sonia Ghandi` for `Gandhi`: the same letters, one of them moved.)
  if (
    shorter >= 6 &&
    a.length === b.length &&
    distance(a, b, 2) <= 2 &&
    [...a].sort().join('') === [...b].sort().join('')
  )
    return true;
  // (`Sadiqqui` for `Siddiqui`: letters doubled or not, and one slip beyond; not `Khomeini`, `Khamenei`.)
  const x = undoubled(a);
  const y = undoubled(b);
  return shorter >= 7 && (x !== a || y !== b) && distance(x, y, 1) <= 1;
}

/** Whether `a` is `b` with two of its letters, at most two apart, exchanged. */
function exchangedLetters(a: string, b: string): boolean {
  if (a.length !== b.length) return false;
  const diff: number[] = [];
  for (let i = 0; i < a.length && diff.length <= 2; i++) if (a[i] !== b[i]) diff.push(i);
  if (diff.length !== 2) return false;
  const [i, j] = diff as [number, number];
  return j - i <= 2 && a[i] === b[j] && a[j] === b[i];
}

/** A name with each run of one letter written once (`siddiqui` → `sidiqui`). */
function undoubled(name: string): string {
  return name.replace(/(.)\1+/g, '$1');
}

/** `citizens in Marjah telling Marines`: after these a name is a place, whatever verb follows it. */
const LOCATIVES: ReadonlySet<string> = new Set(['in', 'at', 'near', 'inside', 'outside', 'throughout']);

/**
 * A name written as one in the words of a subject (not after a preposition, not in the possessive, no
 * place, body, country or common word): where a verb of thinking or a pronoun for a man or a woman is
 * the only further proof at hand.
 */
function subjectName(s: SentenceMentions, m: Mention): boolean {
  if (m.titles.length > 0 || m.nameTo - m.nameFrom > 3) return false;
  const prev = s.lower[m.from - 1] ?? '';
  // (Nor `[Name removed]`, a later release's mark.)
  if (LOCATIVES.has(prev) || /^(?:of|to|from|by|for|with|on|into|against|the|a|an|\[)$/.test(prev))
    return false;
  const words = s.words.slice(m.nameFrom, m.nameTo);
  if (/['’]s?$/.test(words.at(-1) ?? '')) return false;
  return words.every(
    (w, i) =>
      // (Not `Chirac-era`, `Georgian-born`: a lower-case word after the hyphen makes an adjective.)
      /^(?:(?:al|el)-)?\p{Lu}\p{Ll}+(?:-\p{Lu}\p{Ll}+)?$/u.test(w) &&
      !COMMON_WORDS.has(w.toLowerCase()) &&
      !namesPlaceOrBody(w) &&
      !COUNTRIES.match(s.words, m.nameFrom + i),
  );
}

/**
 * `much as Aziz had thought`, `Rajoelina seemed to believe that`: a verb of thinking or feeling after the
 * name (past an auxiliary, or `seemed to`) is said of a person.
 */
function thinksNext(s: SentenceMentions, m: Mention): boolean {
  if (!subjectName(s, m)) return false;
  let k = m.to;
  while (k < m.to + 3 && BEFORE_VERB.has(s.lower[k] ?? '')) k++;
  // (Not `Carabinieri believed to be blackmailing`: a passive that reports others' belief.)
  if (s.lower[k + 1] === 'to' && /ed$|^(?:thought|known|understood|felt)$/.test(s.lower[k] ?? ''))
    return false;
  if (/^(?:seemed|seems|appeared|appears)$/.test(s.lower[k] ?? '') && s.lower[k + 1] === 'to') k += 2;
  else if (/^(?:did|does)$/.test(s.lower[k - 1] ?? '')) return MIND_VERBS.has(s.lower[k] ?? '');
  else if (/(?:ed|s|t)$/.test(s.lower[k] ?? '') === false) return false;
  return MIND_VERBS.has(s.lower[k] ?? '');
}

/**
 * `Ravalomanana was recruiting mercenaries ... that could help him seize power`: a pronoun for a man or a
 * woman later in the sentence, with no one else named between, refers back to the subject's name (not a
 * tag, `..., he said`, whose pronoun is the speaker's).
 */
function pronounRefersBack(s: SentenceMentions, m: Mention): boolean {
  if (!subjectName(s, m)) return false;
  let k = m.to;
  while (k < m.to + 3 && BEFORE_VERB.has(s.lower[k] ?? '')) k++;
  const verb = s.lower[k] ?? '';
  if (!/^(?:was|is|would|could|will|seemed|appeared|remained|wanted|wants)$/.test(verb) && !/ed$/.test(verb))
    return false;
  // (`Adjectives used here by those who know her`: a participle with its agent describes a thing.)
  if (/ed$/.test(verb) && s.lower.slice(k + 1, k + 3).includes('by')) return false;
  for (let j = k + 1; j < s.words.length && j <= m.to + 20; j++) {
    const w = s.lower[j] ?? '';
    if (w === ';' || w === ':' || isQuoteMark(s.words[j] ?? '')) return false;
    if (s.mentions.some((o) => o !== m && o.from === j && o.kind !== 'pronoun' && o.kind !== 'country'))
      return false;
    if (/^(?:he|him|his|himself|she|her|herself)$/.test(w)) {
      // (`... a rotating Prime Ministership would not happen, he was confident`: a clause of its own.)
      if (s.words[j - 1] === ',') return false;
      return !CUES.match(s.words, j + 1);
    }
  }
  return false;
}

/** True when a cue verb follows the mention closely: `Ban said`, `Sawyers also added`. */
function speaksNext(s: SentenceMentions, m: Mention): boolean {
  const words = s.words;
  // (Not `French DCM in Riyadh Emmanuel Bonne provided`: a given name inside makes the rest a person's.)
  if (
    LOCATIVES.has(s.lower[m.from - 1] ?? '') &&
    !s.words.slice(m.nameFrom + 1, m.nameTo).some((w) => isGivenName(w))
  )
    return false;
  // (`a member of the Duma recently exclaimed`: a lone word after `the` names a body, not its member;
  // `the Chancellor's spokesman on Opel said`: nor one after a preposition, the object of the noun before.)
  if (
    m.nameTo - m.nameFrom === 1 &&
    m.titles.length === 0 &&
    (s.lower[m.from - 1] === 'the' ||
      /^(?:on|about|for|with|at|from|over|into)$/.test(s.lower[m.from - 1] ?? ''))
  )
    return false;
  // (`the new Presidential Order proposed to`: after an article, a name ending in an ordinary word is a
  // thing's.)
  const last = s.lower[m.nameTo - 1] ?? '';
  if (
    m.titles.length === 0 &&
    [s.lower[m.from - 1], s.lower[m.from - 2]].some((w) => w === 'the' || w === 'a' || w === 'an') &&
    COMMON_WORDS.has(last) &&
    !KNOWN_NAMES.has(last)
  )
    return false;
  let k = m.to;
  // (`Abousaeda Mustafa, a Russian, informed`: a short apposition opened by an article.)
  if (words[k] === ',' && /^(?:a|an)$/.test(s.lower[k + 1] ?? '')) {
    const close = words.indexOf(',', k + 2);
    // (A person's apposition: a demonym or a noun for a person; not `The Dong-A Ilbo, a moderate daily,`.)
    const personal = s.words
      .slice(k + 2, close)
      .some((w, i) => isPersonNoun(w) || COUNTRIES.match(s.words, k + 2 + i)?.entry.value.kind === 'demonym');
    if (close > k && close - k <= 5 && personal) k = close + 1;
  }
  while (k < words.length && ADVERBS.has(s.lower[k] ?? '')) k++;
  // (`Karzai had been pressing him`: the perfect progressive.)
  if (s.lower[k] === 'been' && /ing$/.test(s.lower[k + 1] ?? '')) k++;
  if (words[k] === ',') return false;
  const cue = CUES.match(words, k);
  if (!cue || nounLikeCue(s.lower, s.tokens, k, cue.length) || notSpeechBefore(s.lower, k, cue.length))
    return false;
  // (`two Gigabites per second`: `per`, `according to` name their speaker after them, not before.)
  if (cue.entry.value.lemma === 'according to') return false;
  // (`Tehran sent troops`: a verb that reports speech only with a speech noun, `sent a letter`.)
  if (cue.entry.value.object !== 'speech') return true;
  const after = k + cue.length;
  return s.lower.slice(after, after + 4).some((w) => SPEECH_NOUNS.has(w));
}

/**
 * `The CSU's foreign policy spokeswoman in the Bundestag, Dorothee Baer, told`: a name of two words or more
 * set off by commas after a noun for a person, a few words back, with a verb of speaking after it.
 */
function setOffSpeaker(s: SentenceMentions, m: Mention): boolean {
  if (m.nameTo - m.nameFrom < 2 || s.words[m.from - 1] !== ',' || s.words[m.to] !== ',') return false;
  const cue = CUES.match(s.words, m.to + 1, s.lower);
  if (!cue || cue.entry.value.weak === 'yes') return false;
  for (let k = m.from - 2; k >= 0 && k >= m.from - 6; k--) {
    if (!s.tokens[k]?.word) return false;
    if (isPersonNoun(s.lower[k] ?? '')) return true;
  }
  return false;
}

/**
 * `The Iraqi Army is poorly trained, said Khalaf.`: a name in the tag that closes the words, right after a
 * verb of speech set off by a comma, at the sentence's end (not `said Hamas`, in capitals, a body).
 */
function taggedSpeaker(s: SentenceMentions, m: Mention): boolean {
  if (s.allCaps || m.to !== s.words.length - 1 || !/^[.!]$/.test(s.words[m.to] ?? '')) return false;
  // (Not `an NGO dedicated to this cause, called Caged Prisoners.`: naming a thing.)
  const cue = CUES.match(s.words, m.from - 1, s.lower);
  const lemma = cue?.entry.value.lemma;
  if (
    cue?.length !== 1 ||
    lemma === 'call' ||
    s.words[m.from - 2] !== ',' ||
    !/ed$|^said$/.test(s.lower[m.from - 1] ?? '')
  )
    return false;
  for (let k = m.nameFrom; k < m.nameTo; k++) if (!/\p{Ll}/u.test(s.words[k] ?? '')) return false;
  return true;
}

/**
 * `The seven are laborers ..., according to Chun.`: a name cited as the source of what the sentence
 * reports (not `according to ENI`, a word in capitals, as likely a body's).
 */
function citedSource(s: SentenceMentions, m: Mention): boolean {
  if (s.allCaps || s.lower[m.from - 2] !== 'according' || s.lower[m.from - 1] !== 'to') return false;
  // (The name whole, before a comma or the sentence's end: not `according to Presidential Administration
  // staffer X`, `according to Receita Federal`.)
  if (m.to < s.words.length && !/^[,.;]$/.test(s.words[m.to] ?? '')) return false;
  for (let k = m.nameFrom; k < m.nameTo; k++) if (!/\p{Ll}/u.test(s.words[k] ?? '')) return false;
  return true;
}

/**
 * `including Rafi al-Issawi`: a capitalised word, then a family name joined to its article in lower case
 * (`al-`, `el-`), is a person's name.
 */
function arabicFamilyName(s: SentenceMentions, m: Mention): boolean {
  const first = s.words[m.nameFrom] ?? '';
  // (A plain capitalised word first: not `Maldives-based al-Qa`, `Al-Sharq al-Awsat`, `Shatt al-Arab`.)
  if (m.nameTo - m.nameFrom < 2 || !/^\p{Lu}[\p{Ll}'’]+$/u.test(first) || ARABIC_NAME_HEADS.has(first))
    return false;
  const last = s.words[m.nameTo - 1] ?? '';
  return /^(?:al|el)-\p{Lu}\p{Ll}/u.test(last) && !ARABIC_GIVEN_NAME_ENDINGS.has(last);
}

/** True when the mention is spoken to: `told Ban`, `urged Saleh`, `stressed to Ban`. */
function spokenTo(s: SentenceMentions, m: Mention): boolean {
  const words = s.words;
  let k = m.from - 1;
  // `told CODEL Corzine`: a delegation or office word between the verb and the name its leader.
  if (k > 0 && ORGANIZATIONS.match(words, k)?.length === 1) k--;
  if ((words[k] ?? '').toLowerCase() === 'to') k--;
  for (let start = Math.max(0, k - 1); start <= k; start++) {
    const cue = CUES.match(words, start);
    if (
      cue &&
      start + cue.length === k + 1 &&
      // (`sent to Malaga`: a verb that needs a speech noun reports nothing without one.)
      cue.entry.value.object !== 'speech' &&
      // (`committed to Sufism`: `to` after a verb of promising opens what is promised.)
      cue.entry.value.object !== 'infinitive' &&
      // (`a fatwah reminding Helmandis`: such a participle as often describes a thing; it proves no person.)
      cue.entry.value.weak !== 'yes' &&
      // (`two meetings related to Azurix`: a verb that is no speech before its next word.)
      !notSpeechBefore(s.lower, start, cue.length) &&
      // (`reconstruction pledges to Musa Qala`: a form in -s after a common noun is a plural noun.)
      !(
        /[^s]s$/.test(s.lower[start] ?? '') &&
        s.tokens[start - 1]?.word === true &&
        !s.tokens[start - 1]?.cap &&
        !/^(?:he|she|it|who|which|that)$/.test(s.lower[start - 1] ?? '')
      ) &&
      (cue.entry.value.object === 'yes' || words[m.from - 1]?.toLowerCase() === 'to')
    )
      return true;
  }
  return false;
}

/**
 * Whether the holder of `title` is who a role of `role` means: the same title, or one that ends with it
 * after a portfolio (`Justice Minister` is `the Minister`; `Deputy Minister`, `Vice President` are not).
 */
function holdsTitle(title: string, role: string): boolean {
  if (title === role) return true;
  const words = title.split(' ');
  const first = (words[0] ?? '').toLowerCase();
  if (TITLE_RANKS.has(first)) return false;
  return title.endsWith(` ${role}`) || title.startsWith(`${role} of `);
}

/** A post's city, a country or an organisation: a word that opens no person's name. */
function namesPlaceOrBody(word: string): boolean {
  return (
    // (`other ranking DFA, Transport, and Irish Defense Department officials`: a ministry's portfolio.)
    PORTFOLIOS.has(word.toLowerCase()) ||
    postCountry(word) !== null ||
    COUNTRIES.match([word], 0) !== null ||
    ORGANIZATIONS.match([word], 0) !== null
  );
}

/**
 * `Ammar Saleh` in a cable about President Ali Abdullah Saleh: a first name and a known surname, where
 * the first name is a proper name (not `Close Kirchner` opening a sentence, not `AG Gonzales`), is a
 * second person of that surname even where nothing else proves it. (Not a part of the other's given
 * names: `Garcia Linera` is Alvaro Garcia Linera.)
 */
function namesakeByName(s: SentenceMentions, m: Mention, tokens: string[], otherGiven: string): boolean {
  if (tokens.length !== 2 || m.label === 'sentence-initial' || s.allCaps) return false;
  const first = bareName(tokens[0] ?? '');
  if (!/^\p{Lu}\p{Ll}{2,}$/u.test(first) || !/^\p{Lu}\p{Ll}/u.test(bareName(tokens[1] ?? ''))) return false;
  if (COMMON_WORDS.has(first.toLowerCase()) || NAME_PARTICLES.has(first.toLowerCase())) return false;
  // (`in Istanbul Klich and Gagor said`: a place run into the next sentence's name.)
  if (namesPlaceOrBody(first)) return false;
  return !otherGiven.split(' ').some((g) => nameKey(g) === nameKey(first));
}

/**
 * `Dr. Prince Turki Al-Kabeer ... Prince Turki`, `Hamad bin Jassim Al Thani ... Shaykh Hamad`, `Ammar
 * Saleh ... Ammar`: a name written alone that is the given name of one person named in full, and no
 * other's surname, is that person, when it carries no title or only an honorific.
 */
/** A Russian or Ukrainian patronymic (`Vladimirovich`, `Yuryevna`). */
const PATRONYMIC = /^\p{Lu}\p{Ll}+(?:ovich|evich|yevich|ovna|evna|yevna|ichna)$/u;

/**
 * `Evo told the group` in a cable that names `Morales` and `President Morales` but never `Evo Morales`: a
 * given name written alone, twice or more and with no title, that is the given name the lexicon knows for
 * the one notable bearer of a family name the cable names, and no other's, is that person.
 */
function joinNotableGivenNames(
  clusters: Cluster[],
  byMention: Map<Mention, Person>,
  year: number | null,
): void {
  for (let i = clusters.length - 1; i >= 0; i--) {
    const alone = clusters[i] as Cluster;
    if (
      alone.person.given ||
      alone.surnameFirst ||
      alone.person.titles.length > 0 ||
      alone.mentions.length < 2
    )
      continue;
    if (clusters.some((c) => c !== alone && c.key === alone.key)) continue;
    const bearers = clusters.filter(
      (c) =>
        c !== alone &&
        !c.person.given &&
        nameKey((notableGiven(c.key, year) ?? '').split(' ')[0] ?? '') === alone.key,
    );
    if (bearers.length !== 1 || !bearers[0]) continue;
    mergeCluster(alone, bearers[0], byMention);
    clusters.splice(i, 1);
  }
}

/** Whether the person of a cluster is also written by `second` and the family name (`Dadis Camara`). */
function citedBySecondName(c: Cluster | undefined, second: string): boolean {
  if (!c) return false;
  const form = `${second} ${c.person.surname}`;
  return c.mentions.some((m, i) => {
    const words = c.sentences[i]?.words ?? [];
    return m.nameTo - m.nameFrom === 2 && words.slice(m.nameFrom, m.nameTo).join(' ') === form;
  });
}

function joinGivenNameForms(clusters: Cluster[], byMention: Map<Mention, Person>): void {
  const byGiven = new Map<string, Cluster[]>();
  const byMiddle = new Map<string, Cluster[]>();
  for (const c of clusters) {
    const [first, ...rest] = c.person.given?.split(' ') ?? [];
    if (!first || c.surnameFirst) continue;
    const key = nameKey(first);
    byGiven.set(key, [...(byGiven.get(key) ?? []), c]);
    for (const word of rest) {
      if (word.length < 3 || word.endsWith('.')) continue;
      byMiddle.set(nameKey(word), [...(byMiddle.get(nameKey(word)) ?? []), c]);
    }
  }
  // (`Ali Majid` for `Lieutenant General Ali bin Majid al-Ma'amari`: a given name and the father's name,
  // the `bin` between them dropped.)
  const byFather = new Map<string, Cluster[]>();
  for (const c of clusters) {
    const words = c.person.given?.split(' ') ?? [];
    if (words.length !== 3 || !PATRONYMIC_WORDS.has(words[1]?.toLowerCase() ?? '')) continue;
    const key = `${nameKey(words[0] ?? '')} ${nameKey(words[2] ?? '')}`;
    byFather.set(key, [...(byFather.get(key) ?? []), c]);
  }
  // (`Saif al-Islam` for `Saif al-Islam al-Qadhafi`: an Arabic compound given name, its second word joined to
  // the article, that is the whole given name of one named in full; not `Fulgencio Coll` of `Fulgencio Coll de
  // San Simon`, a family name cited short.)
  const keyOf = (words: string) => words.split(' ').map(nameKey).join(' ');
  const byWholeGiven = new Map<string, Cluster[]>();
  for (const c of clusters) {
    if (!c.person.given?.includes(' ')) continue;
    const key = keyOf(c.person.given);
    byWholeGiven.set(key, [...(byWholeGiven.get(key) ?? []), c]);
  }
  for (let i = clusters.length - 1; i >= 0 && byWholeGiven.size > 0; i--) {
    const short = clusters[i] as Cluster;
    if (!short.person.given || !/^(?:al|el|ud|ad)-/i.test(short.person.surname)) continue;
    const full = byWholeGiven.get(keyOf(`${short.person.given} ${short.person.surname}`));
    if (full?.length !== 1 || full[0] === short) continue;
    mergeCluster(short, full[0] as Cluster, byMention);
    clusters.splice(i, 1);
  }
  for (let i = clusters.length - 1; i >= 0 && byFather.size > 0; i--) {
    const short = clusters[i] as Cluster;
    if (!short.person.given || short.person.given.includes(' ')) continue;
    const full = byFather.get(`${nameKey(short.person.given)} ${short.key}`);
    if (full?.length !== 1 || full[0] === short) continue;
    mergeCluster(short, full[0] as Cluster, byMention);
    clusters.splice(i, 1);
    const bearers = byGiven.get(nameKey(short.person.given));
    if (bearers)
      byGiven.set(
        nameKey(short.person.given),
        bearers.filter((c) => c !== short),
      );
  }
  joinGivenNamesCitedAlone(clusters, byMention);
  joinFamilyNameParts(clusters, byMention);
  for (let i = clusters.length - 1; i >= 0; i--) {
    const alone = clusters[i] as Cluster;
    // (`Vladimir Vladimirovich, where is the steering wheel?`: a given name and a patronymic, the Russian
    // polite address, name the one person named in full with that given name.)
    const given = alone.person.given ?? '';
    if (given !== '' && !given.includes(' ') && PATRONYMIC.test(alone.person.surname)) {
      const bearers = (byGiven.get(nameKey(given)) ?? []).filter(
        (c) => c !== alone && !PATRONYMIC.test(c.person.surname),
      );
      if (bearers.length === 1) {
        mergeCluster(alone, bearers[0] as Cluster, byMention);
        clusters.splice(i, 1);
      }
      continue;
    }
    if (alone.person.given || alone.surnameFirst) continue;
    // (`General Sebhat` for `Defense Minister Sebhat Efrem`: any title before a given name the lexicon
    // does not know, as the cable itself has just used it as one; `King Abdullah` is not `Abdullah Gul`.)
    const honorific = alone.person.titles.every((t) => GIVEN_NAME_HONORIFICS.has(t));
    // (A rank before a known given name too: a rank is no office of its own, so `General Sebhat` is the
    // one Sebhat named in full, where `King Abdullah` may be another Abdullah's king.)
    const rankOnly = alone.person.titles.every((t) => MILITARY_RANKS.has(t));
    const titledUnknown =
      alone.person.titles.length > 0 &&
      (!isGivenName(alone.person.surname) || rankOnly) &&
      !NOTABLE.has(alone.key) &&
      !SURNAMES_FIRST.has(alone.person.surname) &&
      byGiven.has(alone.key);
    // (`David Penytoo Ocheng ... Penytoo said`: a name of one person's middle, known as no given name.)
    // (`Moussa Dadis Camara ... Dadis Camara arrived ... see Dadis`: a given name too, where the one
    // person bearing it second is also written by it and the family name.)
    const middle =
      alone.person.titles.length === 0 &&
      (!isGivenName(alone.person.surname) ||
        citedBySecondName(byMiddle.get(alone.key)?.[0], alone.person.surname)) &&
      !NOTABLE.has(alone.key) &&
      (byMiddle.get(alone.key)?.length ?? 0) === 1 &&
      !byGiven.has(alone.key);
    if (middle) {
      const into = byMiddle.get(alone.key)?.[0] as Cluster;
      if (into !== alone && !clusters.some((c) => c !== alone && c.key === alone.key)) {
        mergeCluster(alone, into, byMention);
        clusters.splice(i, 1);
      }
      continue;
    }
    // (`Evo said` after `President Evo Morales`: a known given name written alone, again and again, that
    // only one person named in full bears first.)
    // (Those bearing it count where titled or named more than once: not `'Bolivia Cambia, Evo Cumple'`.)
    const named = byGiven.get(alone.key) ?? [];
    const titled = named.filter((c) => c.person.titles.length > 0);
    // (`his son, Jean, ... Jean Sarkozy`: or the one whose given name it is whole, named once.)
    const repeated = named.filter((c) => c.mentions.length >= 2);
    const whole = named.filter((c) => nameKey(c.person.given ?? '') === alone.key);
    const bearers = titled.length > 0 ? titled : repeated.length > 0 ? repeated : whole;
    const givenAlone =
      alone.person.titles.length === 0 &&
      isGivenName(alone.person.surname) &&
      alone.mentions.length >= 2 &&
      bearers.length === 1;
    // (`King Abdullah bin Abd al-Aziz ... King Abdullah`: a given name alone under the office of the one named
    // in full with it and his father's name.)
    const sameOffice = (byGiven.get(alone.key) ?? []).filter(
      (c) =>
        c !== alone &&
        alone.person.titles.length > 0 &&
        (c.person.given ?? '').split(' ').some((w) => PATRONYMIC_WORDS.has(w.toLowerCase())) &&
        alone.person.titles.every((t) => c.person.titles.includes(t)),
    );
    if (sameOffice.length === 1 && !clusters.some((c) => c !== alone && c.key === alone.key)) {
      mergeCluster(alone, sameOffice[0] as Cluster, byMention);
      clusters.splice(i, 1);
      continue;
    }
    if (!honorific && !titledUnknown && !givenAlone) continue;
    // (`Shaykh Dr. Ahmed` for `Shaykh Dr. Ahmad Naser Al Sabah`: a near spelling of the one given name.)
    const near = [...byGiven].filter(([key]) => sameGiven(key, alone.key)).flatMap(([, list]) => list);
    // (Untitled, a slip of one letter at most: `Nicolas` for `Nicholas Sarkozy`, but `Abbas would join his
    // son` is not `Akbar Hashemi Rafsanjani`, nor `Dadis` `Denis Sassou-Nguesso`, two letters away.)
    const close =
      alone.person.titles.length > 0
        ? near
        : [...byGiven].filter(([key]) => distance(key, alone.key, 1) <= 1).flatMap(([, list]) => list);
    let full = givenAlone ? bearers : (byGiven.get(alone.key) ?? close);
    // (`General Ali` for `Lieutenant General Ali bin Majid al-Ma'amari`, not `Ali Khamenei`: of several
    // bearing the given name, the one whose office the title names.)
    if (full.length > 1 && alone.person.titles.length > 0) {
      const holds = (c: Cluster) =>
        alone.person.titles.every((t) => c.person.titles.some((u) => u === t || u.endsWith(` ${t}`)));
      full = full.filter(holds);
    }
    if (full.length !== 1 || full[0] === alone) continue;
    const into = full[0] as Cluster;
    // (Another of that name blocks it, unless only as a father's: `Prince Nayif` is `Nayif bin Abdulaziz`,
    // not his son `Mohammed bin Nayif`.)
    if (clusters.some((c) => c !== alone && c.key === alone.key && !fatherNamed(c.person.given))) continue;
    mergeCluster(alone, into, byMention);
    clusters.splice(i, 1);
  }
}

/**
 * `Chinese Ambassador Cheng Guoping ... Guoping said ... Guoping confided`: a name written family name first
 * whose given name the cable then writes alone, again and again, is cited by that name, as the cable cites it.
 */
function joinGivenNamesCitedAlone(clusters: Cluster[], byMention: Map<Mention, Person>): void {
  const byGiven = new Map<string, Cluster[]>();
  for (const c of clusters) {
    const given = c.person.given ?? '';
    if (!c.surnameFirst || given === '' || given.includes(' ')) continue;
    const key = nameKey(given);
    byGiven.set(key, [...(byGiven.get(key) ?? []), c]);
  }
  joinAloneInto(
    clusters,
    byMention,
    byGiven,
    (_, into) => {
      into.citedByGiven = true;
    },
    { accept: (alone) => alone.mentions.length >= 2 },
  );
}

/**
 * `Minister Maite Nkoana-Mashabane ... Mashabane said`: a part of a double family name joined by a hyphen,
 * written alone, is the one person named in full with it; where the cable writes that part alone more often
 * than the whole, the part is the surname it cites.
 */
function joinFamilyNameParts(clusters: Cluster[], byMention: Map<Mention, Person>): void {
  const byPart = new Map<string, Cluster[]>();
  for (const c of clusters) {
    // (`Wilkens Geraldes Filho ... Geraldes said`: or the family name before a generation word.)
    const [family, generation] = c.person.surname.split(' ');
    const suffixed = generation !== undefined && FAMILY_NAME_SUFFIXES.has(generation);
    const parts = suffixed ? [family ?? ''] : c.person.surname.split('-');
    if (
      c.surnameFirst ||
      parts.length !== (suffixed ? 1 : 2) ||
      !parts.every((w) => /^\p{Lu}\p{Ll}{2,}$/u.test(w))
    )
      continue;
    for (const part of parts) byPart.set(nameKey(part), [...(byPart.get(nameKey(part)) ?? []), c]);
  }
  joinAloneInto(clusters, byMention, byPart, (alone, into) => {
    if (alone.mentions.length > into.mentions.length) into.citedPart = alone.person.surname;
  });
  // (`Minister of Culture Angeles Gonzalez Sinde ... Minister Gonzalez-Sinde`: the two family names written
  // with a hyphen are the one person named in full with them apart.)
  const bySpaced = new Map<string, Cluster[]>();
  for (const c of clusters) {
    const last = c.person.given?.split(' ').at(-1);
    if (c.surnameFirst || !last || !/^\p{Lu}\p{Ll}{2,}$/u.test(last) || c.person.surname.includes(' '))
      continue;
    const key = nameKey(`${last}-${c.person.surname}`);
    bySpaced.set(key, [...(bySpaced.get(key) ?? []), c]);
  }
  joinAloneInto(
    clusters,
    byMention,
    bySpaced,
    (alone, into) => {
      into.citedPart = alone.person.surname;
    },
    { held: true },
  );
}

/** How `joinAloneInto` chooses: which lone names it takes, and whether an office may stand for a fuller one. */
interface JoinAlone {
  accept?: (alone: Cluster) => boolean;
  /** A title of the portfolio's holder may stand for the office alone (`Culture Minister`, `Minister`). */
  held?: boolean;
}

/**
 * Merges each cluster of a name written alone (no given name, not family name first) that `accept` lets
 * through into the one cluster `index` gives for its key, where its titles are that cluster's (not another
 * person of that name, titled otherwise) and no other cluster bears its key; `joined` marks the cluster
 * merged into, before the merge.
 */
function joinAloneInto(
  clusters: Cluster[],
  byMention: Map<Mention, Person>,
  index: ReadonlyMap<string, Cluster[]>,
  joined: (alone: Cluster, into: Cluster) => void,
  { accept = () => true, held = false }: JoinAlone = {},
): void {
  if (index.size === 0) return;
  for (let i = clusters.length - 1; i >= 0; i--) {
    const alone = clusters[i] as Cluster;
    if (alone.person.given || alone.surnameFirst || !accept(alone)) continue;
    const full = index.get(alone.key);
    if (full?.length !== 1) continue;
    const into = full[0] as Cluster;
    const titled = (t: string) =>
      held ? into.person.titles.some((u) => holdsTitle(u, t)) : into.person.titles.includes(t);
    if (into === alone || !alone.person.titles.every(titled)) continue;
    if (clusters.some((c) => c !== alone && c !== into && c.key === alone.key)) continue;
    joined(alone, into);
    mergeCluster(alone, into, byMention);
    clusters.splice(i, 1);
  }
}

/** The longest form a cluster's person is named by, word by word (`Hamad bin Jassim Al Thani`). */
function longestName(c: Cluster): string[] {
  const names = c.mentions.map((m, i) => nameTokens(c.sentences[i] as SentenceMentions, m).map(bareName));
  // (`Barth Eide` for `Barth-Eide`: the hyphen dropped makes no longer name.)
  const hyphenated = new Set(
    names.filter((n) => n.length === 1 && n[0]?.includes('-')).map((n) => nameKey(n[0] ?? '')),
  );
  const whole = names.filter((n) => !(n.length === 2 && hyphenated.has(nameKey(n.join('-')))));
  // (`Jorge Torres Victoria (Pablo Catatumbo)`: another name of the person, merged in, is not how the
  // person is cited; the names that hold the family name are.)
  const own = whole.filter(
    (n) => holdsKey(n, c.key) || (n.length === 1 && sameName(nameKey(n[0] ?? ''), c.key)),
  );
  return (own.length > 0 ? own : whole).reduce((a, b) => (b.length > a.length ? b : a), [] as string[]);
}

/** Whether some run of a name's words makes the name key (`San Gil` in `Maria San Gil`). */
function holdsKey(words: readonly string[], key: string): boolean {
  for (let i = 0; i < words.length; i++)
    for (let j = i + 1; j <= words.length; j++) if (nameKey(words.slice(i, j).join(' ')) === key) return true;
  return false;
}

/** Moves the mentions, titles and aliases of one cluster into another (the caller drops the first). */
function mergeCluster(from: Cluster, into: Cluster, byMention: Map<Mention, Person>): void {
  for (const m of from.mentions) byMention.set(m, into.person);
  into.mentions.push(...from.mentions);
  into.sentences.push(...from.sentences);
  for (const t of from.person.titles) if (!into.person.titles.includes(t)) into.person.titles.push(t);
  for (const a of from.person.aliases) if (!into.person.aliases.includes(a)) into.person.aliases.push(a);
  into.person.mentions.push(...from.person.mentions);
}

/**
 * `the Reagan-Gorbachev era`, `the Obama-Medvedev summit`: one word joining two persons' names, each a
 * person of the cable or a notable one, names both.
 */
function namedPairs(
  sentences: SentenceMentions[],
  byMention: Map<Mention, Person>,
  find: (key: string) => Cluster | null,
  create: (key: string, surname: string, allCaps: boolean) => Cluster,
): void {
  for (const s of sentences) {
    for (const m of s.mentions) {
      if (m.kind !== 'person' || byMention.has(m) || m.nameTo - m.nameFrom !== 1) continue;
      const token = s.tokens[m.nameFrom];
      const parts = token?.text.split('-') ?? [];
      if (!token || parts.length !== 2 || !parts.every((w) => /^\p{Lu}\p{Ll}{2,}$/u.test(w))) continue;
      const known = parts.map((w) => find(nameKey(w)) ?? (NOTABLE.has(nameKey(w)) ? w : null));
      if (known.some((k) => k === null)) continue;
      let at = token.start;
      known.forEach((k, i) => {
        const part = parts[i] as string;
        const cluster = typeof k === 'string' ? (find(nameKey(k)) ?? create(nameKey(k), k, s.allCaps)) : k;
        cluster?.person.mentions.push({ paragraph: s.paragraph, start: at, end: at + part.length });
        at += part.length + 1;
      });
    }
  }
}

/** `Complutense University`, `the Foreign Intelligence Service`: a name run into a body's word names the body. */
function namesBody(s: SentenceMentions, m: Mention): boolean {
  // (`the general manager, Sable Chemicals,`, `Qods Aviations Industries`: a name a company's word ends.)
  if (m.nameTo - m.nameFrom >= 2 && COMPANY_SUFFIXES.has(s.words[m.nameTo - 1] ?? '')) return true;
  // (`General Intelligence Service`: a title's word before a body's name; a titled name ends with it.)
  if (m.titles.length > 0) {
    // (`General Officer/Flag Officer Discussions`: no name holds a slash.)
    for (let k = m.nameFrom; k < m.nameTo; k++) if (s.tokens[k]?.text.includes('/')) return true;
    if ([s.tokens[m.nameTo - 1], s.tokens[m.nameTo]].some((t) => t?.cap && isInstitutionWord(t.text)))
      return true;
    // (`King Abdullah II Special Operations Training Center`: a run of capitalised words after the name
    // that ends with a body's word names the body.)
    // (Not past a possessive: `President Zapatero's Spanish Socialist Workers Party` names its leader.)
    const owns = /['’]s?$/.test(s.tokens[m.nameTo - 1]?.text ?? '');
    let k = m.nameTo;
    while (!owns && k < m.nameTo + 4 && s.tokens[k]?.cap && s.tokens[k]?.word) {
      if (isInstitutionWord(s.tokens[k]?.text ?? '') && k > m.nameTo) return true;
      k++;
    }
    return false;
  }
  // (`Antonio Carlos Jobim International Airport`: two capitalised words after the name may end a body's.)
  // (Not past a possessive: `Jean-Marie LePen's National Front` names its leader.)
  const possessive = /['’]s$/.test(s.tokens[m.nameTo - 1]?.text ?? '');
  // (`King Abdullah II Special Operations Training Center`: up to four capitalised words after it.)
  let last = m.nameTo;
  while (!possessive && last < m.nameTo + 4 && s.tokens[last]?.cap && s.tokens[last]?.word) last++;
  for (let k = m.nameFrom; k <= last; k++) {
    const t = s.tokens[k];
    if (t?.cap && isInstitutionWord(t.text)) return true;
  }
  // (`TOLD "ROSE EL YOUSSEF" MAGAZINE`, `TOLD AL AHRAM NEWSPAPER`: a body's or medium's noun right after
  // the name, past a closing quotation mark, names the body.)
  const after = /^["”]$/.test(s.words[m.to] ?? '') ? m.to + 1 : m.to;
  if (!possessive && s.tokens[after]?.word && MEDIUM_NOUNS.has(s.lower[after] ?? '')) return true;
  // (`the Ministry of Reintegration has said`: the body's own word before `of`; not `the head of Iran's
  // Chamber of Commerce Mohammad Nahavandian`, a given name after the body's own words.)
  const head = s.tokens[m.from - 2];
  const holder = m.nameFrom > m.from && isGivenName(s.words[m.nameFrom] ?? '');
  return s.lower[m.from - 1] === 'of' && head?.cap === true && BODY_HEADS.has(head.text) && !holder;
}

/**
 * `THE DEFENSE MINISTER CELEBRATES GROUNDHOG DAY`: in a heading written in capitals inside mixed-case
 * text, ordinary words after a title are no name.
 */
function headingWords(s: SentenceMentions, m: Mention): boolean {
  if (s.allCaps) return false;
  // (One word the lexicon lacks, `GROUNDHOG`, may stand among three.)
  let unknown = m.nameTo - m.nameFrom >= 3 ? 1 : 0;
  for (let k = m.nameFrom; k < m.nameTo; k++) {
    const word = s.tokens[k]?.text ?? '';
    const lower = word.toLowerCase();
    if (word !== word.toUpperCase() || word.length < 2 || KNOWN_NAMES.has(lower)) return false;
    const common = COMMON_WORDS.has(lower) || (lower.endsWith('s') && COMMON_WORDS.has(lower.slice(0, -1)));
    if (!common && unknown-- <= 0) return false;
  }
  return m.nameTo > m.nameFrom;
}

/** `Commission`, `Commissions`: a word that ends a body's name, also in the plural. */
function isInstitutionWord(word: string): boolean {
  return INSTITUTION_WORDS.has(word) || (word.endsWith('s') && INSTITUTION_WORDS.has(word.slice(0, -1)));
}

/** `Charles de Gaulle airport`, `King Fahd University`: a name before the site named after its bearer. */
function namesFacility(s: SentenceMentions, m: Mention): boolean {
  const last = (s.lower[m.nameTo - 1] ?? '').replace(/['’]s$/, '');
  // (`the holy Abbas and Husayn shrines`: the first of two names before a plural site names one too.)
  const paired =
    s.lower[m.to] === 'and' &&
    s.tokens[m.to + 1]?.cap === true &&
    /s$/.test(s.lower[m.to + 2] ?? '') &&
    FACILITY_NOUNS.has(s.lower[m.to + 2] ?? '');
  return (
    paired ||
    FACILITY_NOUNS.has(s.lower[m.to] ?? '') ||
    // (`the French aircraft carrier Charles de Gaulle`: a vessel's name after its noun.)
    (m.titles.length === 0 &&
      s.tokens[m.from - 1]?.cap === false &&
      VESSEL_NOUNS.has(s.lower[m.from - 1] ?? '')) ||
    (m.nameTo - m.nameFrom >= 2 && FACILITY_NOUNS.has(last))
  );
}

/** `San Sebastian`, `Puerto Cabezas`, `Bandar Abbas`: an untitled name that opens like a place's is one. */
function namesPlace(s: SentenceMentions, m: Mention): boolean {
  if (m.titles.length > 0) return false;
  // (`San Jose de Guaviare`, `Santa Maria`: a saint's name after the word that makes it a place's.)
  const opener = m.nameFrom > m.from ? m.nameFrom - 1 : m.from - 1;
  if (PLACE_OPENERS.has(s.words[opener] ?? '') && s.tokens[opener]?.cap) return true;
  // (`the Iranian mission in New York`, `in New Delhi`: the last word of a place's name that the word before
  // it opens.)
  const joined = `${s.words[opener] ?? ''} ${s.words.slice(m.nameFrom, m.nameTo).join(' ')}`;
  if (s.tokens[opener]?.cap && (KNOWN_PLACES.has(joined) || postCountry(joined) !== null)) return true;
  if (listedAmongPlaces(s, m)) return true;
  // (`in Sharm El-Sheikh`: an Arabic word that opens places' names, then a word joined to its article.)
  if (
    m.nameTo - m.nameFrom === 2 &&
    ARABIC_NAME_HEADS.has(s.words[m.nameFrom] ?? '') &&
    /^(?:al|el)-/i.test(s.words[m.nameFrom + 1] ?? '')
  )
    return true;
  if (m.nameTo - m.nameFrom >= 2) return PLACE_OPENERS.has(s.tokens[m.nameFrom]?.text ?? '');
  // (`Serbs in north Mitrovica`: a lone name after a point of the compass, itself after `in`, is a place.)
  const compass = s.words[m.from - 1] ?? '';
  if (
    /^(?:in|from|of)$/.test(s.lower[m.from - 2] ?? '') &&
    REGION_WORDS.has(compass.charAt(0).toUpperCase() + compass.slice(1))
  )
    return true;
  // (`spoke in Colombo, Jaffna, and elsewhere`: a lone name listed after a city or a country is a place;
  // not `In Kabul, Karzai said`.)
  const before = s.words[m.from - 2] ?? '';
  return (
    s.words[m.from - 1] === ',' &&
    /^(?:,|and|or)$/.test(s.lower[m.to] ?? '') &&
    (postCountry(before) !== null || COUNTRIES.match([before], 0) !== null)
  );
}

/**
 * `stations including Ciudad del Este, Encarnacion, Pedro Juan Caballero and Puerto Falcon`: a name listed
 * between places (named as places are, or opened by `Puerto`, `Ciudad`) is a place too.
 */
function listedAmongPlaces(s: SentenceMentions, m: Mention): boolean {
  const joiner = (k: number) => s.words[k] === ',' || s.lower[k] === 'and' || s.lower[k] === 'or';
  const inName = (k: number) => s.tokens[k]?.cap === true || NAME_PARTICLES.has(s.lower[k] ?? '');
  const isPlace = (from: number, to: number) => {
    const name = s.words.slice(from, to).join(' ');
    return (
      PLACE_OPENERS.has(s.words[from] ?? '') ||
      isPlaceName(name) ||
      postCountry(name) !== null ||
      COUNTRIES.match(s.words, from)?.length === to - from
    );
  };
  // Items before the name, then after it, each a run of capitalised words between joiners: a place on
  // each side (not `According to Meir Dagan, Jordan, Saudi Arabia, and the Gulf States all fear`).
  const sides: number[] = [];
  for (const step of [-1, 1]) {
    let places = 0;
    let k = step < 0 ? m.from - 1 : m.to;
    for (let n = 0; n < 5 && joiner(k); n++) {
      while (joiner(k)) k += step;
      let edge = k;
      while (inName(edge + step) && Math.abs(edge - k) < 5) edge += step;
      if (!s.tokens[k]?.cap) break;
      const [from, to] = step < 0 ? [edge, k + 1] : [k, edge + 1];
      if (isPlace(from, to)) places++;
      k = edge + step;
    }
    sides.push(places);
  }
  return sides.every((n) => n > 0);
}

/** The mentions already known to name persons (a map from them, or a test of one). */
interface KnownPersons {
  has(m: Mention): boolean;
}

/**
 * `warlords Mohammed Dheere and Indha Adde`: a full name joined by `and` or a comma to a person's name
 * is a person's too.
 */
function coordinatedWithPerson(
  s: SentenceMentions,
  m: Mention,
  byMention: Map<Mention, Person>,
  known: KnownPersons,
): boolean {
  if (m.label === 'sentence-initial') return false;
  // (`between Bashir and Deby`: a lone surname only when paired by `and` with a lone surname.)
  if (m.nameTo - m.nameFrom < 2) return surnamePair(s, m, byMention, known);
  // (`Air Force`, `Lower House`, `Joint Staff`: names of things are made of ordinary words.)
  for (let k = m.nameFrom; k < m.nameTo; k++) if (COMMON_WORDS.has(s.lower[k] ?? '')) return false;
  if (namesPlaceOrBody(s.words[m.nameFrom] ?? '')) return false;
  // (In capitals, `FOR THE COMANDO MAISANTA, JESSE CHACON`: a name after `the` is a body's; in mixed case
  // `the Lachsen Ikassrien and Hamid Abdurrahman cases` names two men.)
  if (s.allCaps && s.lower[m.from - 1] === 'the') return false;
  const joiner = (k: number) => s.lower[k] === 'and' || s.words[k] === ',' || s.words[k] === '&';
  return s.mentions.some(
    (o) =>
      o !== m &&
      o.kind === 'person' &&
      known.has(o) &&
      ((o.to + 1 === m.from && joiner(o.to)) ||
        // (`Abbas Hoseyni (of the Erbil office) and Hormat Faruqi`: past a note in parentheses.)
        (s.lower[m.from - 1] === 'and' && pastParentheses(s, o.to) === m.from - 1) ||
        (o.to + 2 === m.from && s.words[o.to] === ',' && s.lower[o.to + 1] === 'and') ||
        (m.to + 1 === o.from && joiner(m.to))),
  );
}

/** Where the words after a note in parentheses that opens at k go on (k itself if none opens there). */
function pastParentheses(s: SentenceMentions, k: number): number {
  if (s.words[k] !== '(') return k;
  const close = s.words.indexOf(')', k);
  return close > k && close - k <= 10 ? close + 1 : k;
}

function surnamePair(
  s: SentenceMentions,
  m: Mention,
  byMention: Map<Mention, Person>,
  known: KnownPersons,
): boolean {
  if (COMMON_WORDS.has(s.lower[m.nameFrom] ?? '') || namesPlaceOrBody(s.words[m.nameFrom] ?? ''))
    return false;
  // (Not `Putin and United Russia`: a capitalised word after it makes a longer name, a body's; nor `both
  // Garcia and Itamaraty officials`: a noun in the plural after it makes it a side of many.)
  const after = s.words[m.to] ?? '';
  if (s.tokens[m.to]?.cap || (/^\p{Ll}{3,}s$/u.test(after) && !/^(?:was|has|says)$/.test(after)))
    return false;
  return (
    inSurnameList(s, m, byMention) ||
    s.mentions.some(
      (o) =>
        o !== m &&
        o.kind === 'person' &&
        o.nameTo - o.nameFrom === 1 &&
        o.titles.length === 0 &&
        known.has(o) &&
        ((o.to + 1 === m.from && s.lower[o.to] === 'and') ||
          // (`Mousavi, Karroubi, and Reza'i`: the last of a list after its comma.)
          (o.to + 2 === m.from && s.words[o.to] === ',' && s.lower[o.to + 1] === 'and') ||
          (m.to + 1 === o.from && s.lower[m.to] === 'and')),
    )
  );
}

/**
 * `received Kissinger, Schulz, Perry and Nunn`: lone surnames in a list of three or more, joined by
 * commas and a last `and`, one of them already a person's: all are persons.
 */
function inSurnameList(s: SentenceMentions, m: Mention, byMention: Map<Mention, Person>): boolean {
  // (The others may carry a title: `between NSA Jones, Leon, and Solomont`.)
  const lone = (x: Mention | undefined, self = false) =>
    x !== undefined &&
    x.kind === 'person' &&
    x.nameTo - x.nameFrom === 1 &&
    (x.titles.length === 0 || (!self && x.nameFrom > x.from));
  const at = (from: number) => s.mentions.find((x) => x.from === from);
  // The list's items, walking left then right from m over `,` and a last `and` (or `, and`).
  const items: Mention[] = [m];
  let closed = false;
  for (let x: Mention = m; ; ) {
    let k = x.from - 1;
    // (m the last item: `..., and Solomont`.)
    const and = x === m && s.lower[k] === 'and';
    if (and) k--;
    if (s.words[k] === ',') k--;
    else if (!and) break;
    const prev: Mention | undefined = s.mentions.find((y) => y.to === k + 1 && lone(y));
    if (!prev) break;
    if (and) closed = true;
    items.unshift(prev);
    x = prev;
  }
  for (let x: Mention = m; !closed; ) {
    let k = x.to;
    const comma = s.words[k] === ',';
    if (comma) k++;
    const and = s.lower[k] === 'and';
    if (and) k++;
    const next = at(k);
    if (!(comma || and) || !lone(next)) break;
    items.push(next as Mention);
    x = next as Mention;
    if (and) {
      closed = true;
      break;
    }
  }
  // (`Environment, Science and Technology Counselor`: a list that runs into a title names an office.)
  const last = items[items.length - 1] as Mention;
  if (s.tokens[last.to]?.cap) return false;
  return (
    closed &&
    items.length >= 3 &&
    lone(m, true) &&
    items.some((x) => x !== m && x.label !== 'sentence-initial' && byMention.has(x))
  );
}

/**
 * `Mustaq Ali Patel`, `Lynda St Cooke`: three name-like words with the second part of a compound given name,
 * or a family name's particle, between them.
 */
function innerGivenName(s: SentenceMentions, m: Mention): boolean {
  if (m.nameTo - m.nameFrom !== 3) return false;
  const words = s.words.slice(m.nameFrom, m.nameTo);
  // (Not an article: `Castilla La Mancha`, `Seguros La Previsora`.)
  const particle =
    SURNAME_PARTICLES.has((words[1] ?? '').toLowerCase()) && !ROMANCE_ARTICLES.has(words[1] ?? '');
  if (
    !words.every(
      (w, i) =>
        /^\p{Lu}\p{Ll}+$/u.test(w) &&
        ((particle && i === 1) || !COMMON_WORDS.has(w.toLowerCase())) &&
        !INSTITUTION_WORDS.has(w),
    )
  )
    return false;
  return (
    // (`Lynda St Cooke`: or a particle that opens a family name.)
    (COMPOUND_GIVEN_PARTS.has(words[1] ?? '') || particle) && !KNOWN_PLACES.has(words.join(' '))
  );
}

/** `a man named Ibrahim`, `an individual named Imran`: the name given to a noun for a person, even one word. */
function namedPersonNoun(s: SentenceMentions, m: Mention): boolean {
  const k = m.from - 1;
  const noun = s.lower[k - 1] ?? '';
  return s.lower[k] === 'named' && (isPersonNoun(noun) || HUMAN_NOUNS.has(noun));
}

/** `department chief Fulvio Pompeo`, `party spokesman Juan Perez`: a noun for a person, then the name. */
function afterPersonNoun(s: SentenceMentions, m: Mention): boolean {
  // (`Taliban commander Arsullah Rahmani`: also inside the mention, after the side it names; `the
  // party's political director, Yemane Ghebreab`: also after a comma.)
  const comma = s.words[m.from - 1] === ',' && m.nameTo - m.nameFrom >= 2 ? m.from - 2 : -1;
  // (`the other veteran judges - Gilbert Thiel and Laurence le Vert -`: persons named after a dash.)
  const listed =
    DASH_WORDS.has(s.words[m.from - 1] ?? '') &&
    m.nameTo - m.nameFrom >= 2 &&
    s.tokens[m.from - 2]?.cap === false &&
    isPersonNoun(s.lower[m.from - 2] ?? '');
  const noun = (k: number) => {
    const before = s.tokens[k];
    return k >= 0 && before?.word === true && !before.cap && PERSON_NOUNS.has(s.lower[k] ?? '');
  };
  // (`ties to officials such as Diodino Cambaza`: a full name given as an example of persons.)
  const example =
    m.nameTo - m.nameFrom >= 2 &&
    s.lower[m.from - 1] === 'as' &&
    s.lower[m.from - 2] === 'such' &&
    s.tokens[m.from - 3]?.cap === false &&
    isPersonNoun(s.lower[m.from - 3] ?? '');
  return (
    example ||
    listed ||
    [m.from - 1, m.nameFrom - 1, comma].some(noun) ||
    officeOfBodyBefore(s, m, noun) ||
    (m.nameTo - m.nameFrom >= 2 && [m.nameFrom - 1, comma].some((k) => nationalNounAt(s, k) !== null))
  );
}

/**
 * `French citizen Clotilde Reiss`, `Iranian national, Majid Kakavan`: a noun for any human being (human-
 * nouns.txt) that a people's name opens, at k: the country of that people, or null.
 */
function nationalNounAt(s: SentenceMentions, k: number): string | null {
  if (k < 1 || !HUMAN_NOUNS.has(s.lower[k] ?? '') || s.tokens[k]?.cap) return null;
  const people = s.mentions.find((x) => x.kind === 'country' && x.to === k);
  if (people) return /^\p{Lu}/u.test(s.words[people.from] ?? '') ? people.label : null;
  // (Inside the person's own phrase, which read the people's name as its side.)
  const inside = s.mentions.find((x) => x.kind === 'person' && x.from < k && x.nameFrom === k + 1);
  return inside?.affiliation && s.tokens[k - 1]?.cap ? inside.affiliation : null;
}

/**
 * `the director of the public institution "Children of Sarajevo," Razija Mahmutovic`: a full name set off
 * after an office and the body it is of (`the <person noun> of ...,`), within a few words.
 */
function officeOfBodyBefore(s: SentenceMentions, m: Mention, noun: (k: number) => boolean): boolean {
  if (m.nameTo - m.nameFrom < 2) return false;
  const quote = /^["”']$/.test(s.words[m.from - 1] ?? '') ? 1 : 0;
  if (s.words[m.from - 1 - quote] !== ',') return false;
  for (let k = m.from - 2 - quote; k >= 1 && k >= m.from - 12; k--) {
    if (/^[,()]$/.test(s.words[k] ?? '') || /^(?:and|who|that)$/.test(s.lower[k] ?? '')) return false;
    if (noun(k) && s.lower[k + 1] === 'of' && /^(?:the|a|an|its|his|her|their)$/.test(s.lower[k - 1] ?? ''))
      return true;
  }
  return false;
}

/**
 * `Poloff Kirsten Schulz`, `EconOff John Smith`: a full name right after a staff role is the officer's.
 * Returns the officer's side (the mission's own, unless a side is written), or null for no officer.
 */
function staffOfficerSide(s: SentenceMentions, m: Mention, authorKeys: ReadonlySet<string>): string | null {
  const role = s.mentions.find((x) => x.kind === 'role' && x.to === m.from && x.titles.length === 0);
  // (An officer, not a body: `Embassy Tel Aviv` is no one; `Poloff Spot Report` names a report.)
  // (`CG Tribble`: a surname alone only where that officer wrote the cable.)
  const single = m.nameTo - m.nameFrom === 1 && authorKeys.has(nameKey(s.words[m.nameFrom] ?? ''));
  if (!role || role.label.startsWith('the ') || m.titles.length > 0 || (m.nameTo - m.nameFrom < 2 && !single))
    return null;
  if (
    s.words
      .slice(m.nameFrom, m.nameTo)
      .some((w) => COMMON_WORDS.has(w.toLowerCase()) || INSTITUTION_WORDS.has(w) || postCountry(w) !== null)
  )
    return null;
  // (`UK Embassy Econoff Tamsin Rees`: a side written before the officer's mission is the officer's.)
  let first = role;
  for (;;) {
    const previous = s.mentions.find((x) => x.kind === 'role' && x.to === first.from);
    if (!previous) break;
    first = previous;
  }
  const side = s.mentions.find((x) => x.to === first.from && x.kind === 'country')?.label;
  return role.affiliation ?? side ?? 'United States';
}

/**
 * `ISI director Kiyani`, `army chief Kayani`: a lone name right after a noun for a person, when it is
 * written as a name is (not `official SEDENA`) and no other name or noun goes on from it (not `head
 * United Russia`, `partner Badr chief`, `terrorist Kurdistan Workers Party`).
 */
function loneNameAfterPersonNoun(s: SentenceMentions, m: Mention): boolean {
  if (m.nameTo - m.nameFrom !== 1 || !(afterPersonNoun(s, m) || pairAfterPluralPersonNoun(s, m)))
    return false;
  const word = s.tokens[m.nameFrom]?.text ?? '';
  const next = s.tokens[m.nameTo];
  return (
    // (`spokesman McCormack`, `O'Donnell`: a prefix with a capital of its own.)
    /^(?:(?:al|el)-)?(?:Mc|Mac|O['’]|D['’])?\p{Lu}\p{Ll}+$/u.test(word) &&
    !COUNTRIES.match(s.words, m.nameFrom) &&
    !(next?.word && (next.cap || PERSON_NOUNS.has(s.lower[m.nameTo] ?? ''))) &&
    // (`secular nationalist Iraqiyya list`: a name before a body's noun is the body's.)
    !(next?.word && ORG_NOUNS.has(s.lower[m.nameTo] ?? '')) &&
    // (`any successor Castroite regime`: a follower's adjective before a rule's noun.)
    !(next?.word && RULER_NOUNS.has(s.lower[m.nameTo] ?? '') && /(?:ite|ista?|ian)$/.test(word))
  );
}

/** `South Ossetian leaders Bagapsh and Kokoity`: the first of two names joined by `and` after a noun for persons in the plural. */
function pairAfterPluralPersonNoun(s: SentenceMentions, m: Mention): boolean {
  const noun = s.lower[m.nameFrom - 1] ?? '';
  return (
    s.tokens[m.nameFrom - 1]?.cap === false &&
    noun.endsWith('s') &&
    PERSON_NOUNS.has(noun.slice(0, -1)) &&
    s.lower[m.nameTo] === 'and' &&
    // (Not `market leaders Visa and MasterCard`: two words written as names are, neither an ordinary word.)
    [m.nameFrom, m.nameTo + 1].every(
      (j) => /^\p{Lu}\p{Ll}+$/u.test(s.words[j] ?? '') && !COMMON_WORDS.has(s.lower[j] ?? ''),
    )
  );
}

const ARTICLE_PARTICLES: ReadonlySet<string> = new Set(['al', 'el']);

/** The word before `at`, past a closing quotation mark (`two Russian political "analysts" --`). */
function wordBeforeQuote(s: SentenceMentions, at: number): number {
  return isQuoteMark(s.words[at - 1] ?? '') ? at - 2 : at - 1;
}

/**
 * `the same Orange oligarchs -- Poroshenko, Zhvaniya, Tretyakov, Chervonenko -- who`: lone names listed
 * after a dash, a colon or a parenthesis that a noun for persons in the plural opens.
 */
function listedAfterPersonNoun(s: SentenceMentions, m: Mention): boolean {
  // (A family name with its article counts as one: `Al Bathali`.)
  const lone = (x: Mention) =>
    x.kind === 'person' &&
    x.titles.length === 0 &&
    (x.nameTo - x.nameFrom === 1 ||
      (x.nameTo - x.nameFrom === 2 && ARTICLE_PARTICLES.has(s.lower[x.nameFrom] ?? '')));
  if (!lone(m)) return false;
  let first = m;
  for (;;) {
    let k = first.from - 1;
    const and = s.lower[k] === 'and';
    if (and) k--;
    if (s.words[k] === ',') k--;
    else if (!and) break;
    const prev = s.mentions.find((y) => y.to === k + 1 && lone(y));
    if (!prev) break;
    first = prev;
  }
  let opener = first.from - 1;
  // (`the three Kuwaiti UN 1267 designees (Al Bathali, Al-Ali, and Jalamah)`: or in parentheses.)
  if (!DASH_WORDS.has(s.words[opener] ?? '') && !/^[:(]$/.test(s.words[opener] ?? '')) return false;
  // (`--` is two dashes.)
  while (DASH_WORDS.has(s.words[opener - 1] ?? '')) opener--;
  // (`two Russian political "analysts" -- Dugin and Zarifulin`: the noun may be in quotation marks.)
  const noun = wordBeforeQuote(s, opener);
  if (s.tokens[noun]?.cap !== false || !pluralPersonNoun(s.lower[noun] ?? '')) return false;
  return first !== m || s.words[m.to] === ',' || s.lower[m.to] === 'and';
}

/**
 * `M.K. Sivajilingam`, `R. Sampanthan`: initials, then one word written as a surname is (not `Ref A.
 * Please refer`, `D.C. Later`, `U.S.S. Ashland`: an ordinary word, a reference's letter, a place's initials).
 */
function initialsBeforeName(s: SentenceMentions, m: Mention): boolean {
  if (m.nameTo - m.nameFrom !== 2) return false;
  const initials = s.tokens[m.nameFrom]?.text ?? '';
  const name = s.tokens[m.nameFrom + 1]?.text ?? '';
  return (
    /^(?:\p{Lu}\.){1,3}$/u.test(initials) &&
    !PLACE_INITIALS.has(initials) &&
    /^\p{Lu}\p{Ll}{2,}$/u.test(name) &&
    !COMMON_WORDS.has(name.toLowerCase()) &&
    postCountry(name) === null &&
    // (`¶C. Peshawar has not`: one letter opening a sentence labels an item.)
    (initials.length > 2 || m.nameFrom > 0) &&
    !/^(?:ref|refs|reftel|para|paras|annex|tab)$/.test(s.lower[m.nameFrom - 1] ?? '')
  );
}

/** Initials that name a place or a ship's prefix, not a person: `U.S.`, `D.C.`, `U.S.S.`. */
const PLACE_INITIALS: ReadonlySet<string> = new Set([
  'U.S.',
  'U.K.',
  'U.N.',
  'D.C.',
  'U.S.S.',
  'U.A.E.',
  'E.U.',
]);

/**
 * `Prabhakaran relative M.K. Sivajilingam`: a lone name right before a noun of kinship is a person's;
 * so is one after `the` before a noun for a rule named after its ruler (`the Banzer regime`).
 */
function beforeKinNoun(s: SentenceMentions, m: Mention): boolean {
  const noun = s.lower[m.to] ?? '';
  return (
    m.nameTo - m.nameFrom === 1 &&
    m.nameTo === m.to &&
    (KIN_NOUNS.has(noun) ||
      // (Not `the Czarist era`, `the initial Bolivarian regime`: adjectives of a people or a creed.)
      (RULER_NOUNS.has(noun) &&
        s.lower[m.from - 1] === 'the' &&
        !s.allCaps &&
        !/(?:ista?|ian|ic)$/.test(s.lower[m.nameFrom] ?? ''))) &&
    /^\p{Lu}\p{Ll}+$/u.test(s.tokens[m.nameFrom]?.text ?? '') &&
    !COUNTRIES.match(s.words, m.nameFrom)
  );
}

/**
 * `the UK under Thatcher, and Spain under Gonzalez`: a lone name after a country and `under` is the one who
 * ruled it then; the country, or null.
 */
function countryRuled(s: SentenceMentions, m: Mention): string | null {
  const under = m.from - 1;
  if (
    m.nameTo - m.nameFrom !== 1 ||
    m.from !== m.nameFrom ||
    s.lower[under] !== 'under' ||
    s.allCaps ||
    !/^\p{Lu}\p{Ll}+$/u.test(s.tokens[m.nameFrom]?.text ?? '') ||
    COUNTRIES.match(s.words, m.nameFrom) ||
    // (Not `Vietnam under Raul`: a given name cited alone is someone known by it, named elsewhere.)
    isGivenName(s.words[m.nameFrom] ?? '')
  )
    return null;
  // (A country's name: not `Soviet Germans under Stalin`, a people.)
  const country = s.mentions.find((x) => x.kind === 'country' && x.to === under);
  const start = country && s.lower[country.from] === 'the' ? country.from + 1 : country?.from;
  const name = start === undefined ? null : COUNTRIES.match(s.words, start);
  return country && name?.entry.value.kind === 'name' ? country.label : null;
}

/** `Ahmed Fattani, publisher of ...`, `Jaghloul Abdelghafar, a counselor at ...`: a person described. */
/**
 * `The MFA's Deputy Director of the Arab and Middle East Affairs Department, Muwaffaq Ajlouni, put it`: a
 * name of two words or more set off by commas right after an office is its holder's.
 */
function namedAfterOffice(s: SentenceMentions, m: Mention): boolean {
  // (`Ministry of Defense State Secretary, Espen Barth Eide is one of`: the closing comma may be missing
  // before the verb.)
  const next = s.tokens[m.to];
  const closed =
    /^[,:;]$/.test(s.words[m.to] ?? '') ||
    (next?.word === true && !next.cap && !/^(?:and|or)$/.test(s.lower[m.to] ?? ''));
  if (s.words[m.from - 1] !== ',' || !closed || m.nameTo - m.nameFrom < 2) return false;
  // (Not `Country Officer`, `Nuclear Non-Proliferation`: ordinary words name an office or a subject.)
  if (s.lower.slice(m.nameFrom, m.nameTo).some((w) => isCommonWord(w.split('-')[0] ?? w))) return false;
  const comma = m.from - 1;
  return s.mentions.some(
    (x) =>
      x.kind === 'role' &&
      x.titles.length > 0 &&
      x.to <= comma &&
      comma - x.to <= 10 &&
      !s.words.slice(x.to, comma).some((w) => /^[,;:()]$/.test(w)),
  );
}

function hasApposition(s: SentenceMentions, m: Mention): boolean {
  const t = s.tokens;
  if (t[m.to]?.text !== ',') return false;
  // (`Further, in official correspondence, ...`: a phrase that a preposition opens describes no one;
  // `in Helmand, Governor Mangal focused`: a titled name after the comma is the next person.)
  if (APPOSITION_PREPOSITIONS.has(s.lower[m.to + 1] ?? '')) return false;
  // (`Mastercard, which is an active member of the OSAC Advisory Council`: `which` is said of things.)
  if (s.lower[m.to + 1] === 'which') return false;
  // (`Governors in Jujuy and Misiones, and Buenos Aires Governor Felipe Sola`, `killings in Cesar, but Army
  // Commander Oscar Gonzalez`: after a pair or a place, a conjunction goes on to someone else; but `Zaeef,
  // Muttawakil, and former Taliban commander Arsullah Rahmani` lists persons.)
  const before = s.lower[m.from - 1] ?? '';
  if (/^(?:and|or|but)$/.test(s.lower[m.to + 1] ?? '') && (before === 'and' || LOCATIVES.has(before)))
    return false;
  if (s.mentions.some((x) => x.from === m.to + 1 && x.kind === 'person' && x.titles.length > 0)) return false;
  // (`visit to Seville, Andalusia Region President Manuel Chaves told`: or past capitalised words that
  // place the title.)
  if (
    s.mentions.some(
      (x) =>
        x.kind === 'person' &&
        x.titles.length > 0 &&
        x.nameTo - x.nameFrom >= 2 &&
        x.from > m.to + 1 &&
        x.from <= m.to + 4 &&
        s.tokens.slice(m.to + 1, x.from).every((t) => t.cap && t.word) &&
        // (The subject of a clause of its own, its verb next; not `Emmanuelle Lenain, Embassy Spokesperson`
        // in a list whose next name the title runs into.)
        /^\p{Ll}/u.test(s.words[x.to] ?? ''),
    )
  )
    return false;
  // (`Lahcen Ikassrien, a Moroccan,`: a people's name as the noun.)
  const demonym = /^(?:a|an)$/.test(s.lower[m.to + 1] ?? '') ? COUNTRIES.match(s.words, m.to + 2) : null;
  if (demonym?.entry.value.kind === 'demonym' && /^[,).;]$/.test(s.words[m.to + 2 + demonym.length] ?? ''))
    return true;
  // (`Antoly Chubais, a liberal and close Medvedev ally,`: an article may lead a few words to the noun.)
  const reach = s.lower[m.to + 1] === 'a' || s.lower[m.to + 1] === 'an' ? 7 : 5;
  for (let k = m.to + 1; k <= m.to + reach && k < t.length; k++) {
    const word = (t[k]?.text ?? '').toLowerCase();
    // (`practices at Shannon, including by Foreign Minister Dermot Ahern`, `Darfur, including prosecution
    // of Sudanese leaders`: a phrase of its own, no apposition.)
    if (word === 'including' || (APPOSITION_PREPOSITIONS.has(word) && !APPOSITION_GOING_ON.has(word)))
      return false;
    // (`Trident, a point that Shadow Foreign Secretary William Hague made`: a clause of its own.)
    if (reach > 5 && /^(?:that|which)$/.test(word)) return false;
    // (`Savk Electricity, owned by PM Erdogan's friend Cihan Kamer`: after a participle and a possessive,
    // someone else; not `Safiya, Hannibal's mother`.)
    const owned =
      /['’]s$/.test(t[k - 1]?.text ?? '') &&
      s.lower.slice(m.to + 1, k).some((w) => w === 'by' || /ed$/.test(w));
    if (PERSON_NOUNS.has(word)) return !owned;
    // (After `in`, a plural is a place's people: `the bombing in Pune, India's politicians were focused`.)
    // (Not `Desperate Housewives, Friends and similar fare`: a capitalised plural is a name.)
    if (PERSON_NOUNS.has(word.replace(/s$/, '')))
      return !owned && (s.allCaps || !t[k]?.cap) && !LOCATIVES.has(s.lower[m.from - 1] ?? '');
    if (!t[k]?.word) return false;
  }
  return false;
}

/**
 * `-- Rami Yungman, MOD Political-Military Bureau`: a name of uncommon words opening a list item, a comma
 * (or a colon) and a capitalised office or body after it, as participant lists are written.
 */
function listedWithOffice(s: SentenceMentions, m: Mention): boolean {
  if (!DASH_WORDS.has(s.words[m.from - 1] ?? '') || !/^[,:]$/.test(s.words[m.to] ?? '')) return false;
  // (`--Ergin Saygun:  Former Deputy CHOD (2006-2008)`, `--Cetin Dogan: Former 1st Army Commander`: past a
  // word that says the office was held before.)
  let at = m.to + 1;
  while (at < m.to + 4 && /^(?:former|retired|ex|\d+(?:st|nd|rd|th)?|st|nd|rd|th)$/i.test(s.words[at] ?? ''))
    at++;
  // (An office or a body after the comma: not `Bolsa Familia, Brazil's ...`.)
  // (`Former 1st Army Commander`: a service's name may stand before the office.)
  const officeAt = (j: number) =>
    TITLES.match(s.words, j, s.lower) !== null ||
    s.mentions.some((x) => x.from === j && (x.kind === 'organization' || x.kind === 'role'));
  let office = officeAt(at);
  for (let j = at + 1; !office && j < at + 3 && /^\p{Lu}/u.test(s.words[j - 1] ?? ''); j++)
    office = officeAt(j);
  if (!office) return false;
  for (let k = m.nameFrom; k < m.nameTo; k++) {
    const word = s.words[k] ?? '';
    if (!/^\p{Lu}\p{Ll}/u.test(word) || isCommonWord(word.toLowerCase()) || INSTITUTION_WORDS.has(word))
      return false;
  }
  return true;
}

/** `Sai Sam Htun`, `Min Ko Naing`: two to four words of Burmese names, which make no other name. */
function burmeseName(s: SentenceMentions, m: Mention): boolean {
  const n = m.nameTo - m.nameFrom;
  if (n < 2 || n > 4) return false;
  for (let k = m.nameFrom; k < m.nameTo; k++)
    if (!BURMESE_NAME_PARTS.has(bareName(s.tokens[k]?.text ?? ''))) return false;
  return true;
}

/** `DIOSDADO CABELLO (FORMER INFRASTRUCTURE MINISTER, ...)`: an office in parentheses right after a name. */
function officeInParentheses(s: SentenceMentions, m: Mention): boolean {
  if (s.tokens[m.to]?.text !== '(') return false;
  for (let k = m.to + 1; k <= m.to + 4 && k < s.tokens.length; k++) {
    if (!s.tokens[k]?.word) return false;
    if (PERSON_NOUNS.has(s.lower[k] ?? '') || s.mentions.some((x) => x.kind === 'role' && x.from === k))
      return true;
  }
  return false;
}

/** `Heidemarie Wieczorek-Zeul (SPD)`: a political party's short form in parentheses after a name. */
function partyInParentheses(s: SentenceMentions, m: Mention): boolean {
  // (Not a place a party governs, an office's portfolio: `Minister President of Nordrhein Westfallen (CDU)`.)
  const portfolio = /^(?:of|for)$/.test(s.lower[m.from - 1] ?? '') && s.tokens[m.from - 2]?.cap === true;
  if (s.words[m.to] !== '(' || portfolio) return false;
  const party = ORGANIZATIONS.match(s.words, m.to + 1);
  return party?.entry.value.kind === 'party' && s.words[m.to + 1 + party.length] === ')';
}

function spanOf(s: SentenceMentions, m: Mention): TextSpan {
  const first = s.tokens[m.nameFrom] ?? s.tokens[m.from];
  const last = s.tokens[Math.max(m.nameTo, m.nameFrom + 1) - 1] ?? s.tokens[m.to - 1];
  return { paragraph: s.paragraph, start: first?.start ?? 0, end: last?.end ?? 0 };
}

/**
 * A sentence that opens with one ordinary word (`Finally,`, `Separately,`, `Others explained`): with no
 * title and no person already known by it, a word the cables mostly write in lower case is not a name
 * there. Inside a sentence it may be (`told Ban`), as capitals mean more there.
 */
function isOrdinaryWord(s: SentenceMentions, m: Mention): boolean {
  // (`al-Khattab and Salafism`: a doctrine's name, which no family name is.)
  if (m.nameTo - m.nameFrom === 1 && m.titles.length === 0 && /\p{Ll}ism$/u.test(s.words[m.nameFrom] ?? ''))
    return true;
  if (m.label !== 'sentence-initial' || m.titles.length > 0) return false;
  const word = bareName(s.tokens[m.nameFrom]?.text ?? '').toLowerCase();
  // (`Unfortunately,`, `Worryingly,`: an adverb's ending, which no name has.)
  if (m.nameTo - m.nameFrom === 1 && /(?:ally|ingly|ately|ously|ively|edly|fully)$/.test(word)) return true;
  return COMMON_WORDS.has(word) && !KNOWN_NAMES.has(word);
}

/** One-word titles and staff roles long enough that a slip of one letter still shows them (`Ambassader`). */
const LONG_TITLE_WORDS: readonly string[] = [
  ...new Set(
    [
      ...readTsv('titles.tsv').map((r) => r.form ?? ''),
      ...readTsv('staff-roles.tsv').map((r) => r.form ?? ''),
    ]
      .filter((f) => f.length >= 7 && !/[\s./-]/.test(f))
      .map((f) => f.toLowerCase()),
  ),
];

/** `the Ambassader said`: a title misspelled by one letter names no one. */
function misspelledTitle(word: string): boolean {
  const lower = word.toLowerCase();
  if (lower.length < 7) return false;
  return LONG_TITLE_WORDS.some((t) => t.charCodeAt(0) === lower.charCodeAt(0) && distance(lower, t, 1) <= 1);
}

/** The normalised title a misspelt title word stands for (`Sectary` → `Secretary`), if one. */
function correctedTitle(word: string): string | null {
  const lower = word.toLowerCase();
  // (Nor a body's word: `Brigade` is no `Brigadier`.)
  if (lower.length < 7 || !/^\p{Lu}\p{Ll}+$/u.test(word) || INSTITUTION_WORDS.has(word)) return null;
  // (A letter wrong, or two left out of a long title: `Sectary`; not `Comandante`, another language's word.)
  const best = LONG_TITLE_WORDS.find(
    (t) =>
      t.charCodeAt(0) === lower.charCodeAt(0) &&
      t !== lower &&
      // (`Command`, `Advisory`: a word the title is made from, or made from it, is a word of its own.)
      !t.startsWith(lower) &&
      !lower.startsWith(t) &&
      (distance(lower, t, 1) <= 1 ||
        (t.length - lower.length === 2 && t.length >= 9 && isSubsequence(lower, t))),
  );
  return best ? (TITLES.match([best], 0)?.entry.value.title ?? null) : null;
}

/** Whether the letters of `short` stand in `long` in order. */
function isSubsequence(short: string, long: string): boolean {
  let i = 0;
  for (let j = 0; j < long.length && i < short.length; j++) if (long[j] === short[i]) i++;
  return i === short.length;
}

/**
 * `convinced Karzai that ...`, `THABO MBEKI`: a surname the lexicon of notable persons holds is that
 * person, except as a sentence's capitalised first word.
 */
function isNotable(s: SentenceMentions, m: Mention, surname: string, year: number | null): boolean {
  const row = NOTABLE.get(nameKey(surname));
  if (!row) return false;
  // (`Mandera Central MP ... Billow Kerrow`: a word a letter away from a notable name, before another
  // capitalised word, names a place or a body, not that person.)
  if (!NOTABLE_ROWS.has(nameKey(surname)) && s.tokens[m.to]?.cap && s.tokens[m.to]?.word) return false;
  // (`Hague conditionality`: a bare name that is also a place's, before a common noun, is the place.)
  if (
    m.titles.length === 0 &&
    m.nameTo - m.nameFrom === 1 &&
    isPlaceName(surname) &&
    isCommonWord(bareName(s.lower[m.nameTo] ?? ''))
  )
    return false;
  // (Opening a sentence, only in the possessive or set off by a comma, where no common noun can be meant:
  // `Medvedev's ratings are seen`, `Maliki, McCain told the group, was weak`; not `Rice exports fell`.)
  if (
    m.label === 'sentence-initial' &&
    !/['’]s$/.test(s.words[m.nameTo - 1] ?? '') &&
    !(s.words[m.to] === ',' && m.nameTo - m.nameFrom === 1 && !isCommonWord(surname.toLowerCase()))
  )
    return false;
  // (`THE U.S. PORT BAN` in 1989: long before the years the lexicon gives a notable bearer, a word proves
  // no person by that bearer's fame. Cables cite people some years before their office, and for ever
  // after it: Stalin, Mitterrand.)
  const period = notablePeriod(row);
  // (`An "Easier Battle to Win"` in 2008: a name that is also an ordinary word, written alone with no
  // title, after the bearer's years, is the word, not Ne Win.)
  if (
    period &&
    year !== null &&
    year > period[1] &&
    m.titles.length === 0 &&
    m.nameTo - m.nameFrom === 1 &&
    COMMON_WORDS.has(surname.toLowerCase())
  )
    return false;
  return year === null || !period || year >= period[0] - NOTABLE_YEARS_BEFORE;
}
/** How many years before a notable person's period a bare surname already proves that person. */
const NOTABLE_YEARS_BEFORE = 10;

/** Family names written first (`Wu Dawei`), with the countries of their tradition: a closed set, as data. */
const SURNAMES_FIRST = new Map(
  readTsv('surname-first.tsv').map((row) => [row.surname ?? '', (row.countries ?? '').split(';')] as const),
);

/** The countries whose people write the family name first. */
const SURNAME_FIRST_COUNTRIES: ReadonlySet<string> = new Set([...SURNAMES_FIRST.values()].flat());

/** `Ban Ki Moon`, `Hu Jintao`, `Saddam Hussein`: a notable person named by the cited name, then the rest. */
function isNotableSurnameFirst(s: SentenceMentions, m: Mention): boolean {
  if (m.nameTo - m.nameFrom < 2) return false;
  const known = NOTABLE.get(nameKey(bareName(s.tokens[m.nameFrom]?.text ?? '')));
  if (!known?.given) return false;
  const letters = (text: string) => text.toLowerCase().replace(/[^a-z]/g, '');
  const rest = s.tokens
    .slice(m.nameFrom + 1, m.nameTo)
    .map((t) => bareName(t.text))
    .join('');
  return letters(rest) === letters(known.given);
}

/** `Wu Dawei`, `Wang Jiarui`: two or three capitalised words opening with such a family name. */
/** A syllable of a romanised Korean name (`song`, `taek`, `kyong`, `hui`), not an English word (`based`). */
const KOREAN_SYLLABLE = /^[bcdghjkmnprstwy]{0,3}[aeiouyw]{1,3}(?:ng|[nkmlpt])?$/;

function isSurnameFirst(s: SentenceMentions, m: Mention): boolean {
  const n = m.nameTo - m.nameFrom;
  // (`Chang Song-taek`, `Oh Kuk-ryul`: a short family name, then a Korean given name in two joined parts;
  // `Kim Il-Sung`, the second part capitalised.)
  const family = bareName(s.tokens[m.nameFrom]?.text ?? '');
  const given = bareName(s.tokens[m.nameFrom + 1]?.text ?? '');
  if (
    n === 2 &&
    family.length <= 5 &&
    /^\p{Lu}\p{Ll}*$/u.test(family) &&
    /^\p{Lu}\p{Ll}+-\p{L}\p{Ll}+$/u.test(given)
  )
    if (
      given
        .toLowerCase()
        .split('-')
        .every((part) => KOREAN_SYLLABLE.test(part))
    )
      return true;
  // (`Kim Yong Il`, `Lee Myung Bak`: a short family name, then a given name of two syllables written apart;
  // not a Burmese name, `Aung Kyaw Moe`, `Sai Sam Htun`, which has no family name.)
  const parts = [1, 2].map((d) => bareName(s.tokens[m.nameFrom + d]?.text ?? ''));
  if (
    n === 3 &&
    family.length <= 5 &&
    !burmeseName(s, m) &&
    // (`Maria San Gil`: a Spanish given name opens a Spanish name.)
    !HISPANIC_GIVEN_NAMES.has(family) &&
    /^\p{Lu}\p{Ll}*$/u.test(family) &&
    [family, ...parts].every((p) => !COMMON_WORDS.has(p.toLowerCase())) &&
    parts.every((p) => /^\p{Lu}\p{Ll}*$/u.test(p) && KOREAN_SYLLABLE.test(p.toLowerCase()))
  )
    return true;
  if (n < 2 || n > 3 || !SURNAMES_FIRST.has(s.tokens[m.nameFrom]?.text ?? '')) return false;
  for (let k = m.nameFrom + 1; k < m.nameTo; k++) {
    const word = bareName(s.tokens[k]?.text ?? '');
    if (!/^\p{Lu}\p{Ll}/u.test(word) || COMMON_WORDS.has(word.toLowerCase()) || isGivenName(word))
      return false;
  }
  return true;
}

/** An apposition at k opening with a noun for persons in the plural (`staff members of`, `both officials`). */
function pluralApposition(s: SentenceMentions, k: number): boolean {
  for (let j = k; j < k + 3; j++) {
    const w = s.lower[j] ?? '';
    if (!s.tokens[j]?.word || s.tokens[j]?.cap) return false;
    if (/[^s]s$/.test(w) && isPersonNoun(w.slice(0, -1))) return true;
  }
  return false;
}

/**
 * `Ali Akbar Velayati, former Iranian foreign minister`: a demonym opening an apposition, before the
 * office it describes, is the person's side.
 */
function sideInApposition(s: SentenceMentions, k: number): string | null {
  let j = k;
  while (APPOSITION_OPENERS.has(s.lower[j] ?? '')) j++;
  const demonym = COUNTRIES.match(s.words, j);
  if (demonym?.entry.value.kind !== 'demonym') return bodyInApposition(s, k);
  // (An office in lower case: `, Pakistani Foreign Secretary Riaz` opens the next person of a list.)
  const at = j + demonym.length;
  const after = s.tokens[at];
  // (`Abousaeda Mustafa, a Russian, informed`: the demonym alone, as a noun, set off by commas.)
  // (`a third detainee, Lahcen Ikassrien, a Moroccan)`: or closing the parenthesis or the sentence.)
  if (/^[,).;]$/.test(s.words[at] ?? '') && /^(?:a|an)$/.test(s.lower[j - 1] ?? ''))
    return demonym.entry.value.country ?? null;
  // (`Jen Ochtrop, the German Development Bank's (KfW) Brazil Director`: a people's body named in the
  // possessive.)
  if (after?.cap) {
    let end = at;
    while (end < at + 4 && s.tokens[end]?.cap && !/['’]s$/.test(s.words[end] ?? '')) end++;
    if (s.tokens[end]?.cap && /['’]s$/.test(s.words[end] ?? '')) return demonym.entry.value.country ?? null;
  }
  // (`Jihad Hammadeh, a Lebanese Sheik who speaks`: after an article, a people and an office that no name
  // follows.)
  const office =
    after?.cap && /^(?:a|an)$/.test(s.lower[j - 1] ?? '') ? TITLES.match(s.words, at, s.lower) : null;
  if (office && !s.tokens[at + office.length]?.cap) return demonym.entry.value.country ?? null;
  if (!after?.word || after.cap) return null;
  // (`influence over Morales, Brazilian and Peruvian diplomats ... assert`: peoples joined before a plural
  // open the next clause's subject, no apposition.)
  // (Not `Adel Tebourski, a Tunisian and French dual-national citizen`: after an article it describes him.)
  if ((after.text === 'and' || after.text === 'or') && !/^(?:a|an)$/.test(s.lower[j - 1] ?? '')) return null;
  return s.mentions.some((m) => m.kind === 'person' && m.from >= j && m.from <= at + 4)
    ? null
    : (demonym.entry.value.country ?? null);
}
/**
 * Small words inside a list of names and titles: joiners, the particles names hold (`de`, `bin`), and
 * `staff` (`Senate staff Richard Fontaine and Dan Serchuk`).
 */
const LIST_WORDS: ReadonlySet<string> = new Set([
  'and',
  'of',
  'the',
  'for',
  'to',
  'staff',
  ...NAME_PARTICLES,
]);

/**
 * `The Ambassador and General Ward were accompanied by Foreign Policy Advisor Dr. Raymond L. Brown`: those
 * who accompany a side are of that side, where nothing else but the host country placed them.
 */
function sideOfCompanions(sentences: SentenceMentions[], byMention: Map<Mention, Person>): void {
  for (const s of sentences) {
    const accompanied = s.lower.indexOf('accompanied');
    if (accompanied >= 0 && s.lower[accompanied + 1] !== 'by') {
      accompanying(s, accompanied, byMention);
      continue;
    }
    // (`Otto Reich led a delegation to Brasilia November 20-21 that included WHA/BSC Director James
    // Carragher, Special Advisor William Perry, and Michael Zarin`: a delegation's members are its leader's.)
    const at = accompanied >= 0 ? accompanied : delegationIncluded(s);
    if (at < 0) continue;
    const listFrom = accompanied >= 0 ? at + 2 : at + 1;
    // The side of the sentence's subject: its first name or role, and those joined to it by `and`.
    const sides = new Set<string>();
    let next = s.lower[0] === 'the' ? 0 : -1;
    // (`told Ambassador Guzman (who was accompanied by ...)`: those who accompany are the one `who` follows.)
    const who = /^(?:was|were)$/.test(s.lower[at - 1] ?? '') && s.lower[at - 2] === 'who' ? at - 2 : -1;
    const antecedent = s.mentions.find(
      (m) => m.to === who || (m.to === who - 1 && /^[(,]$/.test(s.words[who - 1] ?? '')),
    );
    if (antecedent) next = antecedent.from - 1;
    // (`Senators McCain, Lieberman and Graham, accompanied by the Ambassador`: a subject placed only by
    // the host country is placed with the others.)
    const unplaced: Person[] = [];
    for (const m of s.mentions) {
      if (antecedent && m.from < antecedent.from) continue;
      if (m.to > at || (m.from !== next + 1 && m.from !== 0)) break;
      const person = byMention.get(m);
      // (`Defense Minister Santos was accompanied by`: an office only a country's own government gives
      // holds the host's side for sure.)
      const national = person?.titles.some(isNationalOffice) === true;
      if (person?.affiliation_source === 'host-country' && !m.affiliation && !national) unplaced.push(person);
      else if (person?.affiliation) sides.add(person.affiliation);
      // (`the Ambassador`, `Poloff`: the reporting mission's own staff, unless a side is written.)
      else if (!person && m.kind === 'role')
        sides.add(
          m.affiliation ??
            (STAFF_TITLES.has(m.titles[0] ?? '') || m.titles.length === 0 ? 'United States' : ''),
        );
      else sides.add('');
      next = s.lower[m.to] === 'and' || s.lower[m.to] === ',' ? m.to : -2;
    }
    const side = sides.size === 1 ? [...sides][0] : undefined;
    if (!side) continue;
    for (const person of unplaced) {
      person.affiliation = side;
      person.affiliation_source = 'companion';
    }
    // The companions' list: names, titles and their small words, up to the first other word
    // (`accompanied by DCM, met with Mossad Chief Dagan`: the one met is not a companion).
    let end = listFrom;
    while (end < s.words.length) {
      const t = s.tokens[end];
      const w = s.lower[end] ?? '';
      // (Items may be set apart by semicolons and dashes: `Colonel Mike Bell, Director - Commander's
      // Initiatives Group; Sadi Othman, Cultural Advisor`.)
      if (t?.word ? !t.cap && !LIST_WORDS.has(w) && !PERSON_NOUNS.has(w) : !/^[,()"“”;-]$/.test(w)) break;
      end++;
    }
    for (const m of s.mentions) {
      if (m.from < listFrom || m.to > end) continue;
      const person = byMention.get(m);
      // (`Santos was accompanied by ... Ambassador to the U.S. Carolina Barco`: an `Ambassador` read as the
      // US's own is a guess too.)
      if (person && guessedOrTitleSide(person) && !m.affiliation) {
        person.affiliation = side;
        person.affiliation_source = 'companion';
      }
    }
  }
}

/** Where `included` follows `a delegation ... that` (or `including` follows the delegation), or -1. */
function delegationIncluded(s: SentenceMentions): number {
  const delegation = s.lower.indexOf('delegation');
  if (delegation < 0) return -1;
  for (let k = delegation + 1; k < s.lower.length; k++) {
    const w = s.lower[k];
    if (w !== 'included' && w !== 'including') continue;
    const from = Math.max(0, k - 8);
    const noun = s.lower.slice(from, k).lastIndexOf('delegation');
    if (noun >= 0 && !s.words.slice(from + noun, k).some((x) => x === '.' || x === ';')) return k;
  }
  return -1;
}

/**
 * `the upcoming visits of Attorney General Holder, Secretary Clinton, Secretary Locke, and NSC Deputy
 * Michael Froman`: in a list of three names or more, one placed only by the host country (or not at all), with an office
 * that is no country's own government's, is of the side that at least two others share, and no other
 * contradicts.
 */
function sideOfListMates(sentences: SentenceMentions[], byMention: Map<Mention, Person>): void {
  for (const s of sentences) {
    if (s.mentions.length < 3) continue;
    let run: Mention[] = [];
    /** Every name of the run so far has its office in parentheses after it: a roster. */
    let roster = true;
    const settle = () => {
      if (run.length >= 3) placeListMates(run, byMention, roster);
      run = [];
      roster = true;
    };
    for (const m of s.mentions) {
      if (m.kind !== 'person') continue;
      const last = run.at(-1);
      // (`David Hodson (OSD), Stephen Mathias (L), Mark Melamed (EUR/RPM)`: past each one's office in
      // parentheses.)
      const written = last ? s.lower.slice(last.to, m.from).join(' ') : '';
      const gap = pastParenthesesNote(written);
      if (last && gap !== ',' && gap !== 'and' && gap !== ', and') settle();
      else if (last && gap === written) roster = false;
      run.push(m);
    }
    settle();
  }
}

/** A gap between two names with the parenthesised notes in it taken out: `( osd ) ,` → `,`. */
function pastParenthesesNote(gap: string): string {
  return gap.replace(/^\( [^()]{1,40} \) ?/, '').trim();
}

function placeListMates(run: Mention[], byMention: Map<Mention, Person>, roster: boolean): void {
  const sides = new Map<string, number>();
  const unplaced: Person[] = [];
  /** Placed only by the host, with no office: moved only as the one odd name out of a roster all of one side. */
  const untitled: Person[] = [];
  for (const m of run) {
    const person = byMention.get(m);
    if (!person) continue;
    // (An office only a country's own government gives, `Defense Minister Wardak`, keeps the host's.)
    if ((person.affiliation_source === 'host-country' || !person.affiliation) && !m.affiliation) {
      if (person.titles.length > 0 && !person.titles.some(isNationalOffice)) unplaced.push(person);
      else if (person.titles.length === 0) untitled.push(person);
    } else if (person.affiliation && person.affiliation_source !== 'us-title')
      // (A side a title gives by default, `Ambassador` read as the US's own, does not place the others.)
      sides.set(person.affiliation, (sides.get(person.affiliation) ?? 0) + 1);
  }
  const [side, count] = sides.size === 1 ? ([...sides][0] as [string, number]) : ['', 0];
  if (count < 2) return;
  if (roster && untitled.length === 1 && unplaced.length === 0 && count === run.length - 1)
    unplaced.push(...untitled);
  for (const person of unplaced) {
    person.affiliation = side;
    person.affiliation_source = 'companion';
  }
}

/**
 * `The French were represented at the ICG by Francois Goldblatt, Ambassador to Burkina Faso, Jean Grabling,
 * ...`: those a country or body is represented by are of it, where only the host country or a title
 * placed them (an `Ambassador` read as the US's own).
 */
function sideOfRepresentatives(sentences: SentenceMentions[], byMention: Map<Mention, Person>): void {
  for (const s of sentences) {
    const by = listOfSide(s);
    if (!by) continue;
    const { side } = by;
    // The list: names, offices and their small words, up to the first other word (`who saw`).
    let end = by.at + 1;
    // (`US attendees were: CJCS ADM Mullen, Ambassador Rivkin (US Ambassador to France), ...`: past a colon
    // after the verb, and past each office in parentheses.)
    if (s.words[end] === ':') end++;
    while (end < s.words.length) {
      const t = s.tokens[end];
      const w = s.lower[end] ?? '';
      const past = w === '(' ? pastParentheses(s, end) : end;
      if (past > end) {
        end = past;
        continue;
      }
      // (Items may be set apart by semicolons: `Paul Jones, Deputy for Holbrooke; Ashley Bommer, ...`.)
      // (`Hamad Thani al-Rumaithi, Ambassador ...`: a family name joined to its article goes on with the list;
      // so does `and included` a second verb of the list: `led by Shapiro and Vershbow and included RADM Payne`.)
      const listWord =
        LIST_WORDS.has(w) ||
        /^(?:al|el)-\p{Lu}/u.test(t?.text ?? '') ||
        (LIST_VERBS.has(w) && s.lower[end - 1] === 'and');
      if (t?.word ? !t.cap && !listWord && w !== 'at' && !isPersonNoun(w) : !/^[,();]$/.test(w)) break;
      end++;
    }
    for (const m of s.mentions) {
      if (m.from <= by.at || m.to > end || m.affiliation) continue;
      const person = byMention.get(m);
      if (person && guessedOrTitleSide(person)) {
        person.affiliation = side;
        person.affiliation_source = 'represented';
      }
    }
  }
}

/** Words that make an office any or several of its holders (`every regional President`, `other ministers`). */
const QUANTIFIERS: ReadonlySet<string> = new Set([
  'every',
  'each',
  'any',
  'other',
  'all',
  'some',
  'several',
  'many',
  'various',
]);

/** True when a quantifier stands among the lower-case words right before an office (`every single other`). */
function quantified(s: SentenceMentions, m: Mention): boolean {
  for (let j = m.from - 1; j >= 0 && j >= m.from - 4; j--) {
    const t = s.tokens[j];
    if (!t?.word || t.cap) return false;
    const w = s.lower[j] ?? '';
    if (QUANTIFIERS.has(w)) return true;
    // (`In both meetings SecDef conveyed`: a noun before the office closes the phrase.)
    if (/s$/.test(w)) return false;
  }
  return false;
}

/**
 * `General Ward of Africa Command visited`, `Foreign Minister Smith of Canada`: a titled name followed by
 * `of` and a body or a country is of that side, where only the host country placed it.
 */
function sideAfterOf(sentences: SentenceMentions[], byMention: Map<Mention, Person>): void {
  for (const s of sentences)
    for (const m of s.mentions) {
      if (m.kind !== 'person' || m.affiliation || s.lower[m.to] !== 'of') continue;
      const person = byMention.get(m);
      if (!person || !guessedSide(person)) continue;
      const body = s.mentions.find(
        (x) =>
          (x.from === m.to + 1 || (x.from === m.to + 2 && s.lower[m.to + 1] === 'the')) &&
          (x.kind === 'organization' || x.kind === 'country'),
      );
      // (`Louis Amorim of the Council Secretariat`: untitled, a name written in full, of a body.)
      if (m.titles.length === 0 && (body?.kind !== 'organization' || m.nameTo - m.nameFrom < 2)) continue;
      const side = body ? sideOfMention(s, body) : cityCountryAt(s, m.to + 1);
      if (!side) continue;
      person.affiliation = side;
      person.affiliation_source = 'of';
    }
}

/**
 * `Mayor Ken Livingstone of London`: the country of a city the post table knows, named (in one or two
 * words) at k and not opening a longer name (`of London School of Economics`); or null.
 */
function cityCountryAt(s: SentenceMentions, k: number): string | null {
  for (const length of [2, 1]) {
    if (!s.tokens[k]?.cap || !s.tokens[k + length - 1]?.cap || s.tokens[k + length]?.cap) continue;
    const country = postCountry(s.words.slice(k, k + length).join(' '));
    if (country) return country;
  }
  return null;
}

/**
 * A person whom only a guess placed, of the people or body named right before the name: set off after a
 * noun for any human being (`Iranian national, Majid Kakavan`), a people's name right before a full name
 * (`the resettlement in May of Algerian Lakdar Boumediene`), a body before the parenthesis the name fills
 * (`NSC (AF Senior Director Gavin)`).
 */
function sideOfPeopleBefore(sentences: SentenceMentions[], byMention: Map<Mention, Person>): void {
  for (const s of sentences)
    for (const m of s.mentions) {
      const person = m.kind === 'person' ? byMention.get(m) : undefined;
      if (!person || !guessedSide(person)) continue;
      const side =
        s.words[m.from - 1] === ','
          ? nationalNounAt(s, m.from - 2)
          : (demonymRightBefore(s, m) ?? bodyBeforeParenthesis(s, m));
      if (!side) continue;
      person.affiliation = side;
      person.affiliation_source = 'stated';
    }
}

/** `officials at ... NSC (AF Senior Director Gavin)`: the side of a body named right before the parenthesis m opens. */
function bodyBeforeParenthesis(s: SentenceMentions, m: Mention): string | null {
  // (An office's code may open the parenthesis: `(AF Senior Director Gavin)`.)
  const open = /^\p{Lu}{2,4}$/u.test(s.words[m.from - 1] ?? '') ? m.from - 2 : m.from - 1;
  if (s.words[open] !== '(' || s.words[m.to] !== ')') return null;
  const body = s.mentions.find((x) => x.kind === 'organization' && x.to === open);
  return body ? (sideOfMention(s, body) ?? null) : null;
}

/** The country of a people's name right before a full name m with no title (`Algerian Lakdar Boumediene`). */
function demonymRightBefore(s: SentenceMentions, m: Mention): string | null {
  if (m.nameTo - m.nameFrom < 2 || m.from !== m.nameFrom) return null;
  const people = s.mentions.find((x) => x.kind === 'country' && x.to === m.from);
  return people && COUNTRIES.match(s.words, people.from)?.entry.value.kind === 'demonym'
    ? people.label
    : null;
}

/** Words for the party a side sends (`The U.S. side included`, `the French delegation consisted of`). */
// (`US attendees were: CJCS ADM Mullen, ...`, `The French participants were`.)
const SIDE_NOUNS: ReadonlySet<string> = new Set(['side', 'delegation', 'team', 'attendees', 'participants']);
const LIST_VERBS: ReadonlySet<string> = new Set(['included', 'includes', 'comprised', 'consisted', 'were']);

/**
 * Where the list of a side's people opens, and the side: `The French were represented at the ICG by`, `The
 * U.S. side included`; null when the sentence has none.
 */
function listOfSide(s: SentenceMentions): { side: string; at: number } | null {
  const lower = s.lower;
  const represented = lower.indexOf('represented');
  if (represented >= 1 && /^(?:was|were|is|are)$/.test(lower[represented - 1] ?? '')) {
    const side = sideOfBody(s, represented - 1);
    // `by` right after the verb or past a place (`at the ICG by`).
    let by = represented + 1;
    while (
      by < s.words.length &&
      by - represented <= 6 &&
      lower[by] !== 'by' &&
      !/^[,;.]$/.test(s.words[by] ?? '')
    )
      by++;
    if (side && lower[by] === 'by') return { side, at: by };
  }
  for (let k = 2; k < s.words.length; k++) {
    const verb = lower[k] ?? '';
    // (`an IMF team headed by Charles McPherson`: the one a side's party is led by is of it too.)
    const led = (verb === 'headed' || verb === 'led') && lower[k + 1] === 'by';
    if (!led && !LIST_VERBS.has(verb)) continue;
    // (`the Indian side also included`: an adverb may stand before the verb; `The U.S. Delegation was led
    // by`: or the passive's `was`.)
    const noun =
      lower[k - 1] === 'also' || (led && /^(?:was|were)$/.test(lower[k - 1] ?? '')) ? k - 2 : k - 1;
    if (!SIDE_NOUNS.has(lower[noun] ?? '')) continue;
    const side = sideOfBody(s, noun);
    if (side) return { side, at: led || lower[k + 1] === 'of' ? k + 1 : k };
  }
  // (`U.S. representatives (Dodd, Lugar, Baukus and possibly others)`: a side's people, then their names.)
  for (let k = 1; k < s.words.length; k++) {
    if ((s.words[k] !== '(' && s.words[k] !== ':') || !pluralPersonNoun(lower[k - 1] ?? '')) continue;
    const side = sideOfBody(s, k - 1);
    if (side) return { side, at: k };
  }
  return null;
}

/** The side of the country or body whose mention ends at token `end`, as the glossary gives it (`IMF`). */
function sideOfBody(s: SentenceMentions, end: number): string | undefined {
  const m = s.mentions.find((x) => x.to === end && (x.kind === 'country' || x.kind === 'organization'));
  return m ? sideOfMention(s, m) : undefined;
}

/** A country mention's country, or a body's side as the glossary gives it; undefined when it gives none. */
function sideOfMention(s: SentenceMentions, m: Mention): string | undefined {
  if (m.kind === 'country') return m.label;
  // (`Treasury's delegation`: the body's name without its possessive.)
  const words = s.words
    .slice(m.definite ? m.from + 1 : m.from, m.to)
    .map((w, i, all) => (i === all.length - 1 ? w.replace(/['’]s$/, '') : w));
  const side = ORGANIZATIONS.match(words, 0)?.entry.value.affiliation;
  return side && side !== '-' ? side : undefined;
}

/**
 * `Ali Larijani as Majles Speaker and Javad Larijani as head of the Judiciary`: a person nothing placed
 * who shares the family name of others the cable placed, all on one side, is of that side.
 */
function sideOfFamily(persons: Person[]): void {
  for (const p of persons) {
    // (`Raul Castro` beside `Fidel Castro` in a cable from Caracas: a namesake of the notable bearer the
    // cable names, placed only by the host, is of the bearer's side.)
    // (Not a family name many share: `Kim`, `Bush`; names of four letters or fewer, or written family first.)
    if (p.affiliation_source === 'host-country') {
      const key = nameKey(p.surname);
      // (Nor one with no given name to tell the two apart: `King Hussein` is no kin of Saddam Hussein.)
      if (key.length < 5 || SURNAMES_FIRST.has(p.surname) || !p.given) continue;
      const bearer = persons.find(
        (o) => o !== p && o.affiliation_source === 'known' && nameKey(o.surname) === key,
      );
      if (bearer?.affiliation) {
        p.affiliation = bearer.affiliation;
        p.affiliation_source = 'family';
      }
      continue;
    }
    if (p.affiliation !== null) continue;
    const key = nameKey(p.surname);
    const sides = new Set(
      persons
        .filter((o) => o !== p && o.affiliation !== null && nameKey(o.surname) === key)
        .map((o) => o.affiliation),
    );
    if (sides.size !== 1) continue;
    p.affiliation = [...sides][0] ?? null;
    p.affiliation_source = 'family';
  }
}

/**
 * `Senator Lieberman, along with the Ambassador, Consul General, codel staff members`: in a cable that names a
 * visiting delegation, its legislators whom only the host country placed are of the delegation's side.
 */
function sideOfDelegation(sentences: SentenceMentions[], persons: Person[]): void {
  // (Only a cable with a legislator in it is searched for the delegation's word.)
  if (
    !persons.some(
      (p) => p.affiliation_source === 'host-country' && p.titles.some((t) => DELEGATION_TITLES.has(t)),
    )
  )
    return;
  let side: string | undefined;
  for (const s of sentences) {
    for (const t of s.tokens) {
      side = DELEGATION_WORDS.get(t.text);
      if (side) break;
    }
    if (side) break;
  }
  if (!side) return;
  for (const p of persons)
    if (p.affiliation_source === 'host-country' && p.titles.some((t) => DELEGATION_TITLES.has(t))) {
      p.affiliation = side;
      p.affiliation_source = 'delegation';
    }
}

/** `the President of Tajikistan`: the country named right after `of` that follows an office, or null. */
function countryOfOffice(s: SentenceMentions, m: Mention): string | null {
  if (s.lower[m.to] !== 'of') return null;
  const country = s.mentions.find((x) => x.from === m.to + 1 && x.kind === 'country');
  return country && !country.definite ? country.label : null;
}

/**
 * True when the words from k to the comma are one title, with the post it is held at (`Director of
 * Military Intelligence`, `Ambassador to Tripoli`).
 */
function officeUpTo(s: SentenceMentions, k: number, comma: number): boolean {
  return officeEnd(s, k) === comma;
}

/** Where one title (`Director of Military Intelligence`, `Ambassador to Iran`) that starts at k ends, or -1. */
function officeEnd(s: SentenceMentions, k: number): number {
  const title = TITLES.match(s.words, k, s.lower);
  if (!title) return -1;
  let end = k + title.length;
  if (s.lower[end] === 'to' && s.tokens[end + 1]?.cap) {
    end += 2;
    while (s.tokens[end]?.cap && s.tokens[end]?.word) end++;
  }
  return end;
}

/** `Chief of Staff and former Ambassador to Iran,`: titles joined by `and` up to the comma. */
function officesUpTo(s: SentenceMentions, k: number, comma: number): boolean {
  let at = k;
  for (;;) {
    if (s.lower[at] === 'former') at++;
    const end = officeEnd(s, at);
    if (end < 0) return false;
    if (end === comma) return true;
    if (s.lower[end] !== 'and') return false;
    at = end + 1;
  }
}

/**
 * `Foreign Minister Mariano Fernandez, Under Secretary Angel Flisfisch, ... accompanied President
 * Bachelet`: those listed before `accompanied` whom only a US title placed (`Under Secretary`) are of the
 * side of the one they accompany.
 */
function accompanying(s: SentenceMentions, at: number, byMention: Map<Mention, Person>): void {
  const host = s.mentions.find((m) => m.from >= at + 1 && m.from <= at + 2);
  const led = host ? byMention.get(host) : undefined;
  if (!led?.affiliation || guessedOrTitleSide(led)) return;
  for (const m of s.mentions) {
    if (m.to > at) break;
    const person = byMention.get(m);
    if (person && !m.affiliation && person.affiliation_source === 'us-title') {
      person.affiliation = led.affiliation;
      person.affiliation_source = 'companion';
    }
  }
}

/** No side, or one given for want of evidence (the host's), which evidence may replace. */
function guessedSide(person: Person | undefined): boolean {
  return !person?.affiliation || person.affiliation_source === 'host-country';
}

/** A guessed side, or one an `Ambassador` read as the US's own gave by default. */
function guessedOrTitleSide(person: Person | undefined): boolean {
  return guessedSide(person) || person?.affiliation_source === 'us-title';
}

/**
 * `Sarkozy's chief diplomatic advisor, Jean-David Levitte`, `secretary general of President Sarkozy's
 * office, Claude Gueant`: a person whom the cable places only by its host country, named after a phrase
 * that makes him someone's staff, is of that someone's side.
 */
/**
 * A person whom only a guess placed takes the side of an owner the sentence names: `Ahmadinejad ally
 * Habibullah Dehmordah`, `Berdimuhamedov's son-in-law, Dovlet Atabayev` (a noun of kinship or personal ties
 * that the owner's name opens); `Nicolas Pickard ... accompanied by his deputy Andrew Ford` (`his` or `her` and
 * a noun for someone's own staff, the owner the person named last before the pronoun).
 */
function sideOfOwner(sentences: SentenceMentions[], byMention: Map<Mention, Person>): void {
  for (const s of sentences)
    for (const m of s.mentions) {
      const person = byMention.get(m);
      if (!person || !guessedSide(person)) continue;
      const owner =
        kinOwner(s, m) ??
        (m.affiliation
          ? undefined
          : (staffOwner(s, m, byMention) ?? appositionOwner(s, m, byMention) ?? bodyOwner(s, m, byMention)));
      const side = owner ? byMention.get(owner) : undefined;
      // (Not a side an office's title gave by default: `Development Secretary Douglas Alexander` read as
      // the US's is no ground for his private secretary's.)
      if (!side || side === person || guessedOrTitleSide(side)) continue;
      person.affiliation = side.affiliation;
      person.affiliation_source = 'kin';
    }
}

/** `Ambassador and Mrs. Randt`: a spouse whom only a guess placed is of the holder's side. */
function sideOfSpouses(ix: PersonIndex): void {
  for (const [m, spouse] of ix.spouses) {
    const holder = ix.byMention.get(m);
    if (!holder || guessedSide(holder) || !guessedSide(spouse.person)) continue;
    spouse.person.affiliation = holder.affiliation;
    spouse.person.affiliation_source = 'kin';
  }
}

/** The name that opens a noun of kinship right before m (`Ahmadinejad ally`, `Berdimuhamedov's son-in-law,`). */
function kinOwner(s: SentenceMentions, m: Mention): Mention | undefined {
  const noun = s.words[m.from - 1] === ',' ? m.from - 2 : m.from - 1;
  if (!KIN_NOUNS.has(s.lower[noun] ?? '')) return undefined;
  return s.mentions.find((x) => x.to === noun && x.kind === 'person');
}

/**
 * `Ali Akbar Velayati, Supreme Leader Khamenei's diplomatic advisor`: the owner named in the possessive in
 * an apposition after m, before a noun for someone's staff or kin (one adjective may stand between).
 */
function appositionOwner(
  s: SentenceMentions,
  m: Mention,
  byMention: Map<Mention, Person>,
): Mention | undefined {
  if (s.words[m.to] !== ',') return undefined;
  const owner = s.mentions.find((x) => x.from === m.to + 1 && x.kind === 'person' && byMention.has(x));
  if (!owner || !/['’]s$/.test(s.words[owner.to - 1] ?? '')) return undefined;
  const noun = (j: number) => AIDE_NOUNS.has(s.lower[j] ?? '') || KIN_NOUNS.has(s.lower[j] ?? '');
  return noun(owner.to) || (s.tokens[owner.to]?.cap === false && noun(owner.to + 1)) ? owner : undefined;
}

/**
 * `Maud Arnould and John Clancy from Commissioner de Gucht's Cabinet`: the one named in the possessive after
 * `from` or `of`, before a noun for the staff a person heads (lexicon/staff-bodies.txt), past other names
 * listed with m.
 */
function bodyOwner(s: SentenceMentions, m: Mention, byMention: Map<Mention, Person>): Mention | undefined {
  let at = m.to;
  for (;;) {
    let next = at;
    while (s.words[next] === ',' || s.lower[next] === 'and') next++;
    if (next === at) break;
    const listed = s.mentions.find((x) => x.from === next && x.kind === 'person');
    if (!listed) return officeOfOwner(s, m, byMention);
    at = listed.to;
  }
  if (s.lower[at] !== 'from' && s.lower[at] !== 'of') return officeOfOwner(s, m, byMention);
  const owner = s.mentions.find((x) => x.from === at + 1 && x.kind === 'person' && byMention.has(x));
  if (!owner || !/['’]s$/.test(s.words[owner.to - 1] ?? '')) return officeOfOwner(s, m, byMention);
  return STAFF_BODIES.has(s.lower[owner.to] ?? '') ? owner : undefined;
}

/**
 * `Fred Hof, Special Advisor for Regional Affairs in the office of Special Envoy Mitchell`: in the apposition
 * after m, a noun for a person's staff, `of`, and that person.
 */
function officeOfOwner(
  s: SentenceMentions,
  m: Mention,
  byMention: Map<Mention, Person>,
): Mention | undefined {
  // (The apposition may be read into the mention already, its office a title of the name.)
  const from = s.words[m.to] === ',' ? m.to + 1 : m.to;
  for (let k = from; k < Math.min(s.words.length, from + 14) && s.words[k] !== ','; k++) {
    if (!STAFF_BODIES.has(s.lower[k] ?? '') || s.lower[k + 1] !== 'of') continue;
    return s.mentions.find((x) => x.from === k + 2 && x.kind === 'person' && byMention.has(x));
  }
  return undefined;
}

/** The person named last before `his deputy` right before m, whom the pronoun stands for. */
function staffOwner(s: SentenceMentions, m: Mention, byMention: Map<Mention, Person>): Mention | undefined {
  const pronoun = s.lower[m.from - 2];
  if ((pronoun !== 'his' && pronoun !== 'her') || !AIDE_NOUNS.has(s.lower[m.from - 1] ?? ''))
    return undefined;
  return s.mentions.findLast((x) => x.to <= m.from - 2 && x.kind === 'person' && byMention.has(x));
}

/** `Raul Castro's Cuba`, `Putin's Russia`: a person whose country the cable names as his is of it. */
function sideOfOwnCountry(sentences: SentenceMentions[], byMention: Map<Mention, Person>): void {
  for (const s of sentences)
    for (const m of s.mentions) {
      const person = byMention.get(m);
      if (!person || !guessedSide(person) || !/['’]s?$/.test(s.words[m.to - 1] ?? '')) continue;
      const country = s.mentions.find((x) => x.from === m.to && x.kind === 'country');
      // (The country's own name, not a demonym before a noun: `Castro's Cuban allies`.)
      if (!country || s.tokens[country.to]?.cap || !/^\p{Lu}/u.test(s.words[country.from] ?? '')) continue;
      if (s.tokens[country.to]?.word && !PREPOSITIONS_OR_VERBS_AFTER.test(s.lower[country.to] ?? ''))
        continue;
      person.affiliation = country.label;
      person.affiliation_source = 'stated';
    }
}

/** Words after `X's Cuba` that show the country is named whole, not a demonym before a noun. */
const PREPOSITIONS_OR_VERBS_AFTER =
  /^(?:and|or|but|is|was|has|had|will|would|in|on|at|for|of|to|with|from|by|that|which)$/;

/**
 * `contact ISN/MTR's John Paul Herrmann`, `NATO's Rasmussen`: a body's possessive right before a name
 * gives the side of its people, where nothing but a guess placed the person.
 */
function sideOfBodyPossessive(sentences: SentenceMentions[], byMention: Map<Mention, Person>): void {
  for (const s of sentences)
    for (const m of s.mentions) {
      const person = byMention.get(m);
      const before = s.words[m.from - 1] ?? '';
      if (!person || !guessedSide(person) || m.affiliation || !/['’]s$/.test(before)) continue;
      const body = before.slice(0, -2).split('/')[0] ?? '';
      const side = ORGANIZATIONS.match([body], 0)?.entry.value.affiliation;
      if (!side || side === '-') continue;
      person.affiliation = side;
      person.affiliation_source = 'possessor';
    }
}

function sideOfPossessor(sentences: SentenceMentions[], byMention: Map<Mention, Person>): void {
  for (const s of sentences) {
    for (const m of s.mentions) {
      const person = byMention.get(m);
      if (!person || !guessedOrTitleSide(person) || s.words[m.from - 1] !== ',') continue;
      const comma = m.from - 1;
      // (The phrase names an office: `Sarkozy's chief diplomatic advisor,`, `secretary general of
      // President Sarkozy's office,`; not `In Boko's opinion, Olympio`.)
      const office = (from: number, to: number) => {
        for (let j = Math.max(0, from); j < to; j++)
          if (PERSON_NOUNS.has(s.lower[j] ?? '') || TITLES.match(s.words, j, s.lower)) return true;
        return false;
      };
      // (`NATO's new Senior Civilian Representative, Ambassador Mark Sedwill`: a body's office, in capitals.)
      // (`President Karzai’s Chief of Staff and former Ambassador to Iran, Omar Daudzai`: a person's offices,
      // as titles.)
      const titled = (x: Mention) => x.kind === 'person' && officesUpTo(s, x.to, comma);
      const possessor = s.mentions.find(
        (x) =>
          x.to < comma &&
          /['’]s$/.test(s.words[x.to - 1] ?? '') &&
          (titled(x) ||
            (x.to >= comma - 5 &&
              (s.tokens.slice(x.to, comma).every((t) => t.word && (!t.cap || x.kind === 'organization')) ||
                // (`the UAE's Director of Military Intelligence, BG ...`: a country's office, as a title.)
                (x.kind === 'country' && officeUpTo(s, x.to, comma))) &&
              (office(x.to, comma) || office(x.from - 4, x.from)))),
      );
      // A person's side, or the side a body gives its people (a US-titled official stays US unless a
      // body possesses the office).
      const side =
        possessor?.kind === 'organization'
          ? (possessor.affiliation ?? organizationSide(s, possessor))
          : possessor?.kind === 'country' && officeUpTo(s, possessor.to, comma)
            ? possessor.label
            : possessor && (guessedSide(person) || titled(possessor))
              ? (() => {
                  const owner = byMention.get(possessor);
                  return owner?.affiliation && owner !== person && !guessedSide(owner)
                    ? owner.affiliation
                    : null;
                })()
              : null;
      if (!side) continue;
      person.affiliation = side;
      person.affiliation_source = 'possessor';
    }
  }
}

/**
 * `key DPJ officials like Foreign Minister Okada and Finance Minister Kan`: names given as examples of a
 * side's officials are that side's.
 */
function exampleSide(s: SentenceMentions, m: Mention): string | null {
  let at = m.from - 1;
  // (Back over the list's earlier items: `like A, B and C`.)
  while (s.lower[at] === 'and' || s.words[at] === ',') {
    const item = s.mentions.find((x) => x.kind === 'person' && x.to === at);
    if (!item) break;
    at = item.from - 1;
  }
  if (s.lower[at] === 'as' && s.lower[at - 1] === 'such') at--;
  else if (s.lower[at] !== 'like' && s.lower[at] !== 'including') return null;
  const noun = s.lower[at - 1] ?? '';
  if (!noun.endsWith('s') || !isPersonNoun(noun.slice(0, -1))) return null;
  const side = s.mentions.find(
    (x) => (x.kind === 'country' || x.kind === 'organization') && x.to >= at - 2 && x.to <= at - 1,
  );
  if (!side) return null;
  return side.kind === 'organization' ? (side.affiliation ?? organizationSide(s, side)) : side.label;
}

/**
 * `Omar Amer Deghayes, ISN US9LY-00727-DP (Libyan)`: a people's name in parentheses after a name and an
 * identifier of capitals and digits (a detainee's number) is the person's side; null otherwise.
 */
function peopleInParentheses(s: SentenceMentions, m: Mention): string | null {
  let j = m.to;
  while (j < s.words.length && j - m.to <= 10 && s.words[j] !== '(') {
    const w = s.words[j] ?? '';
    if (w !== ',' && !/^[A-Z0-9-]+$/.test(w)) return null;
    j++;
  }
  // (Past an identifier only: `Asif Rahimi (Tajik)` names an Afghan's people, not his state.)
  if (s.words[j] !== '(' || !s.words.slice(m.to, j).some((w) => /\d/.test(w))) return null;
  const found = COUNTRIES.match(s.words, j + 1);
  return found && s.words[j + 1 + found.length] === ')' ? (found.entry.value.country ?? null) : null;
}

/**
 * `the visits of three Iranian officials -- National Security Advisor Saeed Jalili on December 3, ... and
 * Minister of Defense Ahmad Ali Vahidi`: persons listed after a dash that a side's noun for persons in the
 * plural opens are of that side.
 */
function dashListSide(s: SentenceMentions, m: Mention): string | null {
  let dash = m.from - 1;
  while (dash > 0 && !DASH_WORDS.has(s.words[dash] ?? '')) dash--;
  while (dash > 0 && DASH_WORDS.has(s.words[dash - 1] ?? '')) dash--;
  // (`two Russian political "analysts" -- Dugin and Zarifulin`: a word between, the noun in quotation marks.)
  const noun = wordBeforeQuote(s, dash);
  if (noun < 1 || !pluralPersonNoun(s.lower[noun] ?? '')) return null;
  let end = noun;
  if (isQuoteMark(s.words[end - 1] ?? '')) end--;
  if (s.tokens[end - 1]?.word === true && s.tokens[end - 1]?.cap === false) end--;
  const side = s.mentions.find((x) => x.kind === 'country' && (x.to === noun || x.to === end));
  return side?.label ?? null;
}

/** The side the glossary gives the people of an organisation named by its acronym (`NATO's`), or null. */
function organizationSide(s: SentenceMentions, m: Mention): string | null {
  return statedSide(
    (ORGANIZATIONS.match(s.words, m.from) ?? ORGANIZATIONS.match([bareName(s.words[m.from] ?? '')], 0))?.entry
      .value,
  );
}

/**
 * `Nicolas Suran, DCM at the French embassy,`, `X, Secretary of State for the Government of Romania`, `X,
 * Secretary of State of Romania,`: a country's body, or the country, named inside the apposition.
 */
function bodyInApposition(s: SentenceMentions, k: number): string | null {
  // (`Nils Talbot, PM/WRA technical expert;`, `Santo Polizzi, DHS liaison;`: a government's office or
  // bureau, then a noun for a person or a title, ending the apposition.)
  const code = (bureauOf(s.words[k] ?? '') ?? ORGANIZATIONS.match(s.words, k))?.entry.value;
  if (code?.kind === 'government' && statedSide(code) !== null) {
    const codeEnd = k + (s.words[k]?.includes('/') ? 1 : (ORGANIZATIONS.match(s.words, k)?.length ?? 1));
    for (let i = codeEnd; i < codeEnd + 4 && i < s.words.length; i++) {
      if (/^[,;).]$/.test(s.words[i] ?? '')) break;
      if (isPersonNoun(s.lower[i] ?? '') && /^[,;).]$/.test(s.words[i + 1] ?? '')) return statedSide(code);
      const title = TITLES.match(s.words, i, s.lower);
      if (title && /^[,;).]$/.test(s.words[i + title.length] ?? '')) return statedSide(code);
    }
  }
  // (`XI HUI, THE CHINA EMBASSY'S FIRST SECRETARY`: a country's body, possessive, before the office.)
  if (s.lower[k] === 'the') {
    const country = (s.allCaps ? COUNTRIES_IN_CAPITALS : COUNTRIES).match(s.words, k + 1);
    const body = s.lower[k + 1 + (country?.length ?? 0)] ?? '';
    if (
      country?.entry.value.kind === 'name' &&
      /['’]s$/.test(body) &&
      SIDE_BODIES.has(body.replace(/['’]s$/, ''))
    )
      return country.entry.value.country ?? null;
  }
  const title = TITLES.match(s.words, k, s.lower);
  for (let i = k; i < s.words.length && i - k <= 9 && s.words[i] !== ','; i++) {
    // (Right after the office: `of Romania` where the apposition ends.)
    if (title && i === k + title.length && s.lower[i] === 'of') {
      const country = COUNTRIES.match(s.words, i + 1);
      const end = i + 1 + (country?.length ?? 0);
      if (
        country?.entry.value.kind === 'name' &&
        (end >= s.words.length || /^[,.;(]$/.test(s.words[end] ?? ''))
      )
        return country.entry.value.country ?? null;
    }
    // (`Counselor for ... Assistance of the German Embassy in Brasilia`: or `of`.)
    if ((!APPOSITION_PREPOSITIONS.has(s.lower[i] ?? '') && s.lower[i] !== 'of') || s.lower[i + 1] !== 'the')
      continue;
    // (`Nicolas Pickard, head of the FCO Security Policy Group,`: a body that states its side, whole or
    // with a unit of its own after it.)
    // (Only right after an office or a noun for a person: not `King Juan Carlos, mid-February visit to the
    // White House`.)
    const office =
      i - k <= 4 &&
      /^(?:of|at|from)$/.test(s.lower[i] ?? '') &&
      (title !== null || isPersonNoun(s.lower[i - 1] ?? ''));
    const body = office ? unitOfBodyAt(s, i + 2) : null;
    if (body) return body;
    const demonym = COUNTRIES.match(s.words, i + 2);
    if (demonym?.entry.value.kind === 'demonym') {
      // (`the head of the Iraqi MFA's Neighboring Countries' division`: the body in the possessive too.)
      if (SIDE_BODIES.has((s.lower[i + 2 + demonym.length] ?? '').replace(/['’]s$/, '')))
        return demonym.entry.value.country ?? null;
      continue;
    }
    // (`for the Government of Romania('s)`: the body, then its country.)
    if (SIDE_BODIES.has(s.lower[i + 2] ?? '') && s.lower[i + 3] === 'of') {
      const country = COUNTRIES.match([bareName(s.words[i + 4] ?? ''), s.words[i + 5] ?? ''], 0);
      if (country?.entry.value.kind === 'name') return country.entry.value.country ?? null;
    }
  }
  return null;
}
/**
 * The side of the government body or international organisation at token j, named whole (`the FCO,`), or
 * a government body with capitalised words ending in a unit of its own (`the FCO Security Policy Group`);
 * not a body inside another's name (`the Treasury Select Committee`).
 */
function unitOfBodyAt(s: SentenceMentions, j: number): string | null {
  const org = ORGANIZATIONS.match(s.words, j);
  const value = org?.entry.value;
  const side = statedSide(value);
  if (!org || !side || (value?.kind !== 'government' && value?.kind !== 'international')) return null;
  let end = j + org.length;
  // (`head of the United Nations Division of the Ministry of External Relations`: a desk named for an
  // international body is a ministry's, about it.)
  if (!/^[,.;)]?$/.test(s.words[end] ?? '')) {
    if (value?.kind !== 'government') return null;
    while (end < j + org.length + 4 && s.tokens[end]?.cap && !DESK_WORDS.has(s.words[end] ?? '')) end++;
    if (!DESK_WORDS.has(s.words[end] ?? '')) return null;
  }
  return side;
}

const APPOSITION_PREPOSITIONS = new Set([
  'in',
  'on',
  'at',
  'for',
  'with',
  'by',
  'from',
  'during',
  'after',
  'before',
  'under',
  'to',
]);
/** Prepositions inside an apposition that still go on about the name: `along with his wife`, `as
 * personified by his son`, `according to British diplomats`. */
const APPOSITION_GOING_ON: ReadonlySet<string> = new Set(['with', 'to', 'by']);
const APPOSITION_OPENERS = new Set(['former', 'current', 'then', 'the', 'a', 'an', 'acting']);

/** The country named as one item of the parentheses opening at token k (`(Chile)`, `(PSE, Netherlands)`). */
function countryInParentheses(s: SentenceMentions, k: number): string | null {
  // (`Ambassador Westendorp's (Spain's ambassador to the U.S.)`: a country's office, the country possessive.)
  const first = s.words[k + 1] ?? '';
  if (/['’]s$/.test(first) && (isPersonNoun(s.lower[k + 2] ?? '') || TITLES.match(s.words, k + 2, s.lower))) {
    const country = COUNTRIES.match([first.replace(/['’]s$/, '')], 0);
    if (country?.entry.value.kind === 'name') return country.entry.value.country ?? null;
  }
  for (let i = k + 1; i < s.words.length && i - k <= 8 && s.words[i] !== ')'; i++) {
    if (i > k + 1 && s.words[i - 1] !== ',') continue;
    const country = COUNTRIES.match(s.words, i);
    if (country?.entry.value.kind !== 'name') continue;
    const end = s.words[i + country.length];
    if (end === ')' || end === ',') return country.entry.value.country ?? null;
  }
  return null;
}

/**
 * `Chris Walker (DOE HQ)`, `Lisa Meyers (DOS/Office of Counterproliferation Initiatives)`: the side of a
 * government body or an international organisation that opens the parentheses at token k (not a party's,
 * which `partyInParentheses` reads, nor a company's).
 */
function bodyInParentheses(s: SentenceMentions, k: number): string | null {
  const first = s.words[k + 1] ?? '';
  const found = ORGANIZATIONS.match(s.words, k + 1) ?? bureauOf(first);
  const value = found?.entry.value;
  return value?.kind === 'government' || value?.kind === 'international' ? statedSide(value) : null;
}

/** `Al Nahyan` at token k: a name particle and the capitalised words after it, or null. */
function familyNameAfter(s: SentenceMentions, k: number): string | null {
  const particle = s.words[k] ?? '';
  // `Al Nahyan`, or glued to the name: `Al-Nahyan`.
  const glued = /^(?:Al|al|El|el)-\p{Lu}/u.test(particle);
  const lower = particle.toLowerCase();
  const written = particle === lower || particle === lower.charAt(0).toUpperCase() + lower.slice(1);
  if (!glued && !(written && FAMILY_PARTICLES.has(lower))) return null;
  let end = k + 1;
  while (end < s.words.length && end - k < 4 && /^\p{Lu}\p{Ll}/u.test(s.words[end] ?? '')) end++;
  if (end === k + 1 && !glued) return null;
  return s.words.slice(k, end).join(' ');
}

/** `CODEL Reed`: the name a delegation is known by is its leader's. */
function leadsDelegation(s: SentenceMentions, m: Mention): boolean {
  return DELEGATION_WORDS.has(s.tokens[m.nameFrom - 1]?.text ?? '');
}

/** Gives every `CODEL Corzine` mention the delegation's side, whether or not it proves a person. */
function markDelegations(sentences: SentenceMentions[]): void {
  for (const s of sentences)
    for (const m of s.mentions) {
      if (m.kind !== 'person') continue;
      const before = DELEGATION_WORDS.get(s.tokens[m.nameFrom - 1]?.text ?? '');
      if (before) m.affiliation ??= before;
      // `Codel Snowe` read as one name: the delegation word inside it says the same.
      const inside = DELEGATION_WORDS.get(s.tokens[m.nameFrom]?.text ?? '');
      if (inside && m.nameTo - m.nameFrom > 1) {
        m.affiliation ??= inside;
        m.nameFrom++;
      }
    }
}

function nameTokens(s: SentenceMentions, m: Mention): string[] {
  const out: string[] = [];
  for (let k = m.nameFrom; k < m.nameTo; k++) {
    const nick = k > m.nameFrom ? nicknameLength(s.tokens, k) : 0;
    if (nick > 0) k += nick - 1;
    else out.push(s.tokens[k]?.text ?? '');
  }
  return out;
}

function display(word: string, allCaps: boolean, regnal = true): string {
  if (!allCaps && word !== word.toUpperCase()) return word;
  if (word.length <= 3 && !/[aeiou]/i.test(word)) return word;
  // (`M.K. Sivajilingam`: initials stay as written.)
  if (/^(?:\p{Lu}\.)+$/u.test(word)) return word;
  // (`MOHAMMED VI`: a regnal number stays in capitals; never a given name's, `XI HUI`.)
  if (regnal && /^(?:I{1,3}|IV|VI{0,3}|IX|XI{0,3})$/.test(word)) return word;
  return word
    .toLowerCase()
    .replace(/(^|[-'’\s])(\p{L})/gu, (_, p: string, c: string) => p + c.toUpperCase())
    .replace(/^(Al|El)-/, (x) => x.toLowerCase());
}

/** What the cable says around its prose that helps to resolve persons. */
export interface CableContext {
  /** The cable's year, for the notable persons of that time. */
  year?: number | null;
  /** Who wrote the cable: its signer and its `Classified By` line, as written. */
  authors?: readonly string[];
  /** The cable's subject line, which often names its principal by title (`DEPUTY SECRETARY STEINBERG'S ...`). */
  subject?: string | null;
}

/** The persons found so far, and the indexes that find them by name. */
interface PersonIndex {
  readonly clusters: Cluster[];
  readonly byMention: Map<Mention, Person>;
  readonly byKey: Map<string, Cluster>;
  /** Persons who share a surname with one named before (`Shabbaz Sharif` after `Nawaz Sharif`). */
  readonly namesakes: Cluster[];
  /** `Ambassador and Mrs. Randt`: the holder's mention and the spouse it also names. */
  readonly spouses: Map<Mention, Cluster>;
  /** `Wu Dawei`, `Nguyen Tan Dung`: names written family name first. */
  readonly surnameFirst: Set<Mention>;
  /** Surnames the cable also writes alone (`Mr. Martinez`), for names with two family names. */
  readonly alone: Map<string, number>;
  /** Where each surname written alone first stands: its paragraph. */
  readonly firstAlone: Map<string, number>;
  /** The cable's year, for the notable persons of that time. */
  readonly year: number | null;
  readonly hostCountry: string | null;
  /** The name keys of the words of the cable's signer and `Classified By` line. */
  readonly authorKeys: ReadonlySet<string>;
}

/** The person a name key stands for: exactly, or by a name spelt nearly the same. */
function findCluster(ix: PersonIndex, key: string): Cluster | null {
  const exact = ix.byKey.get(key);
  if (exact) return exact;
  const fuzzy = ix.clusters.find((c) => sameName(c.key, key)) ?? null;
  if (fuzzy) ix.byKey.set(key, fuzzy);
  return fuzzy;
}

/**
 * Groups person mentions into persons: a titled or full name starts a person; a bare surname, a
 * possessive, a misspelling (`Sawyer's` for Sawyers) or a capitalised `KHALILZAD` joins the person it
 * names; `the SYG` joins the one Secretary-General. A lone capitalised word that nothing else supports
 * is dropped unless it speaks (`Zebari responded`) or is described (`Fattani, publisher of ...`).
 */
export function resolvePersons(
  sentences: SentenceMentions[],
  hostCountry: string | null,
  context: CableContext = {},
): ResolvedPersons {
  correctMisspeltTitles(sentences);
  const ix: PersonIndex = {
    clusters: [],
    byMention: new Map(),
    byKey: new Map(),
    namesakes: [],
    spouses: new Map(),
    surnameFirst: new Set(),
    ...surnamesWrittenAlone(sentences),
    year: context.year ?? null,
    hostCountry,
    authorKeys: new Set((context.authors ?? []).flatMap((a) => a.split(/[\s.,;:]+/).map(nameKey))),
  };
  markDelegations(sentences);
  const pending = addSelfEvidentPersons(ix, sentences);
  readShortForms(ix, sentences);
  indexInitials(ix);
  const { organizations, shortForms } = organizationNames(sentences);
  addPendingNames(ix, pending, organizations);
  markShortForms(sentences, ix.byMention, shortForms);
  joinGivenNameForms(ix.clusters, ix.byMention);
  joinNotableGivenNames(ix.clusters, ix.byMention, ix.year);
  namedPairs(
    sentences,
    ix.byMention,
    (key) => findCluster(ix, key),
    (key, surname, allCaps) => {
      const c = newCluster(key, true, surname, null, allCaps);
      ix.clusters.push(c);
      ix.byKey.set(key, c);
      return c;
    },
  );
  mergeAliases(ix, sentences);
  mergeShortPatronymics(ix);
  dropOrdinaryWords(ix, sentences);
  for (const c of ix.clusters) assignAffiliation(c, hostCountry);
  officesGlossedByName(ix, sentences);
  resolveOffices(ix, sentences, context);
  const persons = ix.clusters.map((c) => finishPerson(ix, c));
  const { byMention } = ix;
  sideOfPossessor(sentences, byMention);
  sideOfBodyPossessive(sentences, byMention);
  sideOfOwnCountry(sentences, byMention);
  sideOfOwner(sentences, byMention);
  sideOfSpouses(ix);
  sideOfCompanions(sentences, byMention);
  sideOfRepresentatives(sentences, byMention);
  sideAfterOf(sentences, byMention);
  sideOfPeopleBefore(sentences, byMention);
  sideOfDelegation(sentences, persons);
  sideOfListMates(sentences, byMention);
  sideOfFamily(persons);
  demonymSpeakers(sentences, byMention);
  persons.forEach((p, i) => {
    p.id = `p${i + 1}`;
  });
  return { persons, byMention };
}

/** A verb of speech at `at`, past adverbs of speech (`also`, `reportedly`). */
function speechVerbAfter(s: SentenceMentions, at: number): boolean {
  let verb = at;
  while (SPEECH_ADVERBS.has(s.lower[verb] ?? '')) verb++;
  return CUES.match(s.words, verb, s.lower) !== null;
}

/**
 * `The Brazilian made clear`, `When the Brazilian queried`: a people's name alone after `the`, before a
 * verb of speech, is the person of that side named last before it in the cable.
 */
function demonymSpeakers(sentences: readonly SentenceMentions[], byMention: Map<Mention, Person>): void {
  const last = new Map<string, Person>();
  for (const s of sentences) {
    for (const m of s.mentions) {
      const person = byMention.get(m);
      // (Only one who speaks: a verb of speech after the name, or `according to` before it; not `Brazilian FM
      // Amorim's criticism`, `to back Morales`.)
      if (
        person?.affiliation &&
        m.kind === 'person' &&
        (speechVerbAfter(s, m.to) || (s.lower[m.from - 1] === 'to' && s.lower[m.from - 2] === 'according'))
      )
        last.set(person.affiliation, person);
      if (m.kind !== 'country' || !m.definite || m.to - m.from !== 2 || !m.label) continue;
      const word = s.words[m.from + 1] ?? '';
      // (A person's demonym, `the Brazilian`, `the Iraqi`; not a people's, `the French`, `the Chinese`.)
      if (!/(?:an|i)$/.test(word) || COUNTRIES.match(s.words, m.from + 1)?.entry.value.kind !== 'demonym')
        continue;
      if (!speechVerbAfter(s, m.to)) continue;
      const named = last.get(m.label);
      if (named) byMention.set(m, named);
    }
  }
}

/**
 * `the Crown Prince (Shaykh Mohammed bin Zayid)`: an office with a name alone in parentheses right after it
 * is that person's, so that the office is he there and wherever it stands alone.
 */
function officesGlossedByName(ix: PersonIndex, sentences: readonly SentenceMentions[]): void {
  for (const s of sentences)
    for (const m of s.mentions) {
      if (m.kind !== 'role' || m.titles.length === 0 || s.words[m.to] !== '(') continue;
      const named = s.mentions.find(
        (x) => x.from === m.to + 1 && x.kind === 'person' && s.words[x.to] === ')',
      );
      const person = named ? ix.byMention.get(named) : undefined;
      if (!person) continue;
      for (const title of m.titles) if (!person.titles.includes(title)) person.titles.push(title);
    }
}

/**
 * `Credible reports indicate`, `Tearline reports`, `Degrading Treatment or Punishment have agreed`, `the
 * Strategic Dialogue may have been`: a "person" the cable only ever names by ordinary words, none of them a
 * given name, and with no title, is those words, not a name. (Surnames that are also words, `Brown`,
 * `Frank`, come with a given name or a title somewhere, or are known names.)
 */
function dropOrdinaryWords(ix: PersonIndex, sentences: readonly SentenceMentions[]): void {
  const things = namesOfThings(sentences);
  const bodies = namesOfBodies(sentences);
  for (const c of [...ix.clusters]) {
    const { person } = c;
    if (person.titles.length > 0 || c.mentions.some((m) => m.titles.length > 0)) continue;
    // (`the Strategic Dialogue may have been`: also a name of ordinary words only, none a given name.)
    const words = [person.given ?? '', person.surname].join(' ').split(/\s+/).filter(Boolean);
    const ordinary = words.length > 0 && words.every((w) => isCommonWord(w.toLowerCase()));
    // (`Odyssey has provided voluminous information` where the cable writes `the Odyssey had never
    // provided`: a lone name the cable also gives an article names a thing.)
    const full = person.given ? `${person.given} ${person.surname}` : person.surname;
    // (`INSULTEC has maintained a relationship`: a name in capitals amid mixed case is a body's, as
    // acronyms are.)
    const capitals =
      c.mentions.length > 0 &&
      c.mentions.every((m, i) => {
        const sentence = c.sentences[i] as SentenceMentions;
        const word = bareName(sentence.tokens[m.nameFrom]?.text ?? '');
        return (
          !sentence.allCaps &&
          m.titles.length === 0 &&
          m.nameTo - m.nameFrom === 1 &&
          /^\p{Lu}{4,}$/u.test(word) &&
          !KNOWN_NAMES.has(word.toLowerCase())
        );
      });
    const thing =
      (capitals && !NOTABLE.has(nameKey(person.surname))) ||
      // (`the German-based Deniz Feneri Charity ... the case against Deniz Feneri`: a name the cable also
      // writes before a body's word names that body, even opening with a given name.)
      (c.mentions.every((m) => m.titles.length === 0) && bodies.has(full)) ||
      (c.mentions.every((m) => m.titles.length === 0) &&
        things.has(full) &&
        !NOTABLE.has(nameKey(person.surname)) &&
        !(person.given && isGivenName(person.given)));
    if (ordinary) dropCluster(ix, c);
    else if (thing) {
      // (Still a subject, of its own verbs: `because Odyssey has provided` is not the Minister's.)
      for (const m of c.mentions) {
        m.kind = 'organization';
        m.label = full;
      }
      dropCluster(ix, c, true);
    }
  }
}

/** Capitalised words written alone after `the`, ending a phrase or before a verb (`the Odyssey had`). */
function namesOfThings(sentences: readonly SentenceMentions[]): Set<string> {
  const things = new Set<string>();
  for (const s of sentences)
    for (let i = 1; i < s.words.length; i++) {
      // (`the Odyssey`, or `The Odyssey` opening the sentence; not `Save The Children`.)
      const article = s.lower[i - 1] === 'the' && (i === 1 || !s.tokens[i - 1]?.cap);
      if (!article || !s.tokens[i]?.cap || !s.tokens[i]?.word) continue;
      // (`the Sangin District`: a name before a capitalised noun for a place is that place's, written alone
      // too, `Prior to departing Sangin`.)
      if (s.tokens[i + 1]?.cap && PLACE_NOUNS.has(s.lower[i + 1] ?? '')) things.add(s.words[i] ?? '');
      // (`The Executive Session continued`: two words too.)
      const end = s.tokens[i + 1]?.cap && s.tokens[i + 1]?.word ? i + 2 : i + 1;
      const next = s.tokens[end];
      const follower = s.lower[end] ?? '';
      if (!next?.word || THING_FOLLOWERS.has(follower) || (end > i + 1 && COURSE_VERBS.has(follower)))
        things.add(s.words.slice(i, end).join(' '));
    }
  return things;
}
/** The capitalised words (two or more) right before a word that ends a body's name: `Deniz Feneri` of `Deniz Feneri Charity`. */
function namesOfBodies(sentences: readonly SentenceMentions[]): Set<string> {
  const bodies = new Set<string>();
  for (const s of sentences)
    for (const m of s.mentions)
      if (m.kind === 'person' && m.nameTo - m.nameFrom >= 3 && isInstitutionWord(s.words[m.nameTo - 1] ?? ''))
        bodies.add(s.words.slice(m.nameFrom, m.nameTo - 1).join(' '));
  return bodies;
}

const THING_FOLLOWERS: ReadonlySet<string> = new Set([
  'to',
  'in',
  'had',
  'has',
  'was',
  'is',
  'would',
  'could',
  'will',
  'did',
]);

/** Forgets a person the cable does not name after all: its mentions open nothing. */
function dropCluster(ix: PersonIndex, c: Cluster, keepMentions = false): void {
  const { clusters, byMention, byKey } = ix;
  // (The word opens no mention at all: `Tearline reports` has no subject to give the verb.)
  c.mentions.forEach((m, i) => {
    byMention.delete(m);
    const mentions = c.sentences[i]?.mentions;
    if (!keepMentions && mentions?.includes(m)) mentions.splice(mentions.indexOf(m), 1);
  });
  clusters.splice(clusters.indexOf(c), 1);
  if (byKey.get(c.key) === c) byKey.delete(c.key);
}

/** `Sectary Rice`: a misspelt title before a name is the title, not a given name. */
function correctMisspeltTitles(sentences: SentenceMentions[]): void {
  for (const s of sentences)
    for (const m of s.mentions) {
      if (m.kind !== 'person' || m.nameTo - m.nameFrom < 2 || m.titles.length > 0) continue;
      const first = s.tokens[m.nameFrom]?.text ?? '';
      // (Not `Command Capital`, `Advisory Opinion`: words of their own; nor `Commandante Daniel`, a given
      // name left alone.)
      const loneGiven = m.nameTo - m.nameFrom === 2 && isGivenName(s.tokens[m.nameFrom + 1]?.text ?? '');
      const title =
        isGivenName(first) || isCommonWord(first.toLowerCase()) || loneGiven ? null : correctedTitle(first);
      if (!title) continue;
      m.titles = [title];
      m.nameFrom++;
    }
}

/**
 * Surnames the cable also writes alone (`Mr. Martinez`), for names with two family names: how often, and
 * in which paragraph one first stands alone with no title (for the notable bearer of a name two share).
 * (Both family names written alone, `Fernandez Bermejo`, count for the last: the short form's key.)
 */
function surnamesWrittenAlone(sentences: SentenceMentions[]): {
  alone: Map<string, number>;
  firstAlone: Map<string, number>;
} {
  const alone = new Map<string, number>();
  const firstAlone = new Map<string, number>();
  for (const s of sentences)
    for (const m of s.mentions) {
      if (m.kind !== 'person' || m.nameTo - m.nameFrom > 2) continue;
      const first = nameKey(bareName(s.tokens[m.nameFrom]?.text ?? ''));
      if (m.nameTo - m.nameFrom === 1 && m.titles.length === 0 && !firstAlone.has(first))
        firstAlone.set(first, s.paragraph ?? -1);
      // (`Birtukan (Midekssa)`: the name in parentheses glosses the one before; it is not how she is cited.)
      if (s.words[m.from - 1] === '(' && s.mentions.some((x) => x.kind === 'person' && x.to === m.from - 1))
        continue;
      const last = nameKey(bareName(s.tokens[m.nameTo - 1]?.text ?? ''));
      if (m.nameTo - m.nameFrom === 1) alone.set(last, (alone.get(last) ?? 0) + 1);
      else if (!isGivenName(s.tokens[m.nameFrom]?.text ?? ''))
        alone.set(`${first} ${last}`, (alone.get(`${first} ${last}`) ?? 0) + 1);
    }
  return { alone, firstAlone };
}

/** Adds a person mention: to the person its name stands for, or, if strong, as a new person. */
function addPerson(ix: PersonIndex, s: SentenceMentions, m: Mention, strong: boolean): void {
  const { byMention, surnameFirst, alone, hostCountry } = ix;
  const tokens = nameTokens(s, m);
  // (`the Dubai's rapid development`: a post's city, a country or a body alone names no one.)
  if (tokens.length === 1 && m.titles.length === 0 && namesPlaceOrBody(bareName(tokens[0] ?? ''))) return;
  // (`told El Universal`, `La Nacion reported`: a Romance article before ordinary words names a paper or a
  // body, not a person.)
  if (
    tokens.length >= 2 &&
    ROMANCE_ARTICLES.has(tokens[0] ?? '') &&
    tokens.slice(1).every((t) => isCommonWord(bareName(t).toLowerCase()))
  )
    return;
  // (`Human Rights NGOs have also called`: a name ending in a plural acronym is bodies'.)
  if (m.titles.length === 0 && /^\p{Lu}{2,}s$/u.test(bareName(tokens.at(-1) ?? ''))) return;
  // (`the other Six-Party states`: a word opening with a number names no one.)
  if (tokens.length === 1 && NUMBER_WORDS.has((bareName(tokens[0] ?? '').split('-')[0] ?? '').toLowerCase()))
    return;
  // (`the "Shannon Five," a group of anti-war protesters`: a name ending in a number is a group's.)
  if (
    tokens.length > 1 &&
    m.titles.length === 0 &&
    NUMBER_WORDS.has(bareName(tokens.at(-1) ?? '').toLowerCase())
  )
    return;
  // (`Deputy Minister Barth-Eide ... Barth Eide said`: a name whose words, hyphenated, are the family name
  // of one named before is that person's.)
  const hyphenated = tokens.length === 2 ? ix.byKey.get(nameKey(tokens.map(bareName).join('-'))) : undefined;
  const { surname, given } = hyphenated
    ? { surname: hyphenated.person.surname, given: null }
    : surnameFirst.has(m)
      ? { surname: bareName(tokens[0] ?? ''), given: tokens.slice(1).map(bareName).join(' ') }
      : (notableInside(tokens) ??
        paternalSurname(tokens, alone, m.affiliation ?? hostCountry) ??
        givenNameCited(tokens, alone, m.affiliation ?? (m.titleAffiliation ? null : hostCountry)) ??
        surnameOf(tokens));
  const key = nameKey(surname);
  if (!key) return;
  // (`Mehmet Vecdi Gonul (MND Gonul)`: a short form in capitals before the surname is an office's, no given name.)
  const office =
    given !== null && !s.allCaps && /^\p{Lu}{2,4}$/u.test(given) && !isCommonWord(given.toLowerCase());
  // (`the Cabinet Office's Afghan Officer Helen Evans`: an ordinary word before a given name and a family
  // name is an office the title table lacks, no part of the name.)
  const head = bareName(tokens[0] ?? '');
  if (
    tokens.length >= 3 &&
    !s.allCaps &&
    isCommonWord(head.toLowerCase()) &&
    !isGivenName(head) &&
    isGivenName(bareName(tokens[1] ?? ''))
  ) {
    m.nameFrom++;
    addPerson(ix, s, m, strong);
    return;
  }
  // (`Possible VP Biden Visit - The Spanish press`, `Hillary Clinton Offers`: a heading's ordinary word
  // after a family name the cable writes alone, or a notable one, is no part of the name.)
  const last = bareName(tokens.at(-1) ?? '');
  const before = nameKey(bareName(tokens.at(-2) ?? ''));
  if (
    tokens.length >= 2 &&
    !s.allCaps &&
    isCommonWord(last.toLowerCase()) &&
    !isGivenName(last) &&
    !isCommonWord(bareName(tokens.at(-2) ?? '').toLowerCase()) &&
    ((alone.get(before) ?? 0) > 0 || NOTABLE.has(before)) &&
    (alone.get(nameKey(last)) ?? 0) === 0
  ) {
    m.to--;
    m.nameTo--;
    addPerson(ix, s, m, strong);
    return;
  }
  // (`last week in Beletwein Robow and his militias`, `in London Karzai told`: after `in`, a word no given
  // name, before a family name known only from elsewhere, is the place; the name is the family name.)
  if (
    !strong &&
    given !== null &&
    !given.includes(' ') &&
    tokens.length === 2 &&
    m.titles.length === 0 &&
    LOCATIVES.has(s.lower[m.from - 1] ?? '') &&
    !isGivenName(given)
  ) {
    m.from++;
    m.nameFrom++;
    addPerson(ix, s, m, strong);
    return;
  }
  const cluster = clusterFor(ix, s, m, { tokens, key, surname, given: office ? null : given }, strong);
  if (!cluster) return;
  cluster.mentions.push(m);
  cluster.sentences.push(s);
  if (surnameFirst.has(m)) cluster.surnameFirst = true;
  byMention.set(m, cluster.person);
  const p = cluster.person;
  for (const title of m.titles) if (!p.titles.includes(title)) p.titles.push(title);
  if (given && !office && !p.given) p.given = display(given, s.allCaps, false);
  // Prefer the fuller form (`al-Alimi` over `Alimi`).
  if (/^(?:al|el)-/i.test(surname) && !/^(?:al|el)-/i.test(p.surname))
    p.surname = display(surname, s.allCaps);
  // Prefer the surname as written in mixed case (`Khalilzad` over `KHALILZAD`).
  if (p.surname === p.surname.toUpperCase() && surname !== surname.toUpperCase()) p.surname = surname;
  const alias = s.tokens
    .slice(m.from, m.to)
    .map((t) => t.text)
    .join(' ');
  if (!p.aliases.includes(alias)) p.aliases.push(alias);
  // (`Jose Manuel "Mel" Zelaya Rosales ... Mel has acted`: a nickname in quotes inside the name names him alone.)
  for (let k = m.nameFrom + 1; k < m.nameTo; k++) {
    const length = nicknameLength(s.tokens, k);
    const nick = length > 0 ? s.tokens.slice(k, k + length).find((t) => t.word) : undefined;
    if (nick && !ix.byKey.has(nameKey(nick.text))) ix.byKey.set(nameKey(nick.text), cluster);
  }
  p.mentions.push(spanOf(s, m));
  if (m.spouse) addSpouse(ix, s, m, m.spouse, { key, surname });
}

/** `Ambassador and Mrs. Randt`: the holder's spouse, named by the same words, a person of her own. */
function addSpouse(
  ix: PersonIndex,
  s: SentenceMentions,
  m: Mention,
  title: string,
  name: { key: string; surname: string },
): void {
  const spouse: Mention = { ...m, titles: [title] };
  delete spouse.spouse;
  const cluster = newCluster(name.key, true, name.surname, null, s.allCaps);
  cluster.mentions.push(spouse);
  cluster.sentences.push(s);
  cluster.person.titles.push(title);
  cluster.person.mentions.push(spanOf(s, m));
  ix.clusters.push(cluster);
  ix.namesakes.push(cluster);
  ix.spouses.set(m, cluster);
}

/** `Al Saud` for `Saud`: the family name is the word with an Arabic article before it. */
function familyWithArticle(family: string, word: string): boolean {
  return /^(?:al|el|Al|El|AL|EL)[- ]/.test(family) && !/^(?:al|el)[- ]/i.test(word);
}

/**
 * The person a name joins: the one with its surname, unless given names or titles show a namesake
 * (`Shabbaz Sharif` after `Nawaz Sharif`) or a notable bearer of the name; a new person if strong.
 */
function clusterFor(
  ix: PersonIndex,
  s: SentenceMentions,
  m: Mention,
  name: { tokens: string[]; key: string; surname: string; given: string | null },
  strong: boolean,
): Cluster | null {
  const { clusters, byKey, namesakes, year, hostCountry } = ix;
  const { tokens, key, surname, given } = name;
  let cluster = findCluster(ix, key);
  // (`Saud added`, after `Saudi FM Saud al Faisal` and `King Abdullah bin Abdulaziz Al Saud`: a lone word
  // that is a family name only without its article, `Al`, and another's given name, is that given name.)
  if (
    cluster &&
    !given &&
    tokens.length === 1 &&
    m.titles.length === 0 &&
    familyWithArticle(cluster.person.surname, surname)
  ) {
    const bearer = clusters.find(
      (c) => c !== cluster && nameKey(c.person.given?.split(' ')[0] ?? '') === key && c.person.given !== null,
    );
    if (bearer) cluster = bearer;
  }
  // A person of this family name apart from the one already known by it.
  const namesake = (strongly: boolean, givenName: string | null): Cluster => {
    const c = newCluster(key, strongly, surname, givenName, s.allCaps);
    clusters.push(c);
    namesakes.push(c);
    return c;
  };
  // (`MM Lee said` after `Minister Mentor Lee Kuan Yew` and `Cheryl Lee`: a titled surname alone is the
  // namesake who holds that title.)
  if (cluster && !given && m.titles.length > 0 && !m.titles.some((t) => cluster?.person.titles.includes(t))) {
    const holder = clusters.filter((c) => c.key === key && m.titles.some((t) => c.person.titles.includes(t)));
    if (holder.length === 1) cluster = holder[0] ?? cluster;
  }
  // (`President Yar'Adua ... First Lady Turai Yar'Adua`: the spouse of an office holder, by her title, is a
  // person of her own, and the office holder is not she.)
  const spouse = (titles: readonly string[]) => titles.some((t) => SPOUSE_TITLES.has(t));
  if (
    cluster &&
    m.titles.length > 0 &&
    cluster.person.titles.length > 0 &&
    spouse(m.titles) !== spouse(cluster.person.titles)
  ) {
    const own = clusters.find((c) => c.key === key && spouse(c.person.titles) === spouse(m.titles));
    if (own) cluster = own;
    else if (!strong) return null;
    else cluster = namesake(strong, given);
  }
  // (`Seyyed Hasan Khomeini, Ayatollah Khomeini's grandson`: the one whose kin a name in apposition is
  // said to be is another person of the family.)
  if (cluster && kinInApposition(s, m, cluster)) {
    const own = namesakes.find((c) => c !== cluster && c.key === key && !c.person.given) ?? null;
    if (!own && !strong) return null;
    cluster = own ?? namesake(strong, given);
  }
  // `Nawaz Sharif` and `Shabbaz Sharif`: two given names that cannot be one make two persons; a bare
  // `Sharif` still joins the first. (`President Mubarak ... presidential son Gamal Mubarak`: a name
  // written without a given name is the notable bearer's, when the lexicon knows one, unless the two
  // share a title: `Under Secretary Burns ... Under Secretary William Burns` is one.)
  const notable =
    cluster && !cluster.person.given && !m.titles.some((t) => cluster?.person.titles.includes(t))
      ? notableGiven(cluster.key, year)
      : null;
  // (`Prince Khalid bin Faisal ... his late father King Faisal`: a name written alone, with a title the son
  // does not hold, that is the father's name in a patronymic already read is the father, a person of his
  // own; not `Mohamed Ibn Chambas ... Chambas`.)
  if (
    cluster &&
    !given &&
    m.nameTo - m.nameFrom === 1 &&
    fatherNamed(cluster.person.given) &&
    m.titles.length > 0 &&
    (!m.titles.some((t) => cluster?.person.titles.includes(t)) ||
      // (`late UAE President Sheikh Zayed` after `Sheikh Hazaa bin Zayed`: an honorific both bear is no office.)
      (!m.titles.some((t) => !GIVEN_NAME_HONORIFICS.has(t) && cluster?.person.titles.includes(t)) &&
        m.titles.some((t) => !GIVEN_NAME_HONORIFICS.has(t))))
  ) {
    const father = namesakes.find((c) => c.key === key && !c.person.given) ?? null;
    if (!father && !strong) return null;
    cluster = father ?? namesake(strong, null);
  }
  // (`Prince Nayif bin Abdulaziz ... Prince Mohammed bin Nayif ... Nayif emphasized`: a name written alone
  // that is one person's father's name and another's own first name is the latter's; a patronymic is no
  // family name to be cited by.)
  if (cluster && !given && m.nameTo - m.nameFrom === 1 && fatherNamed(cluster.person.given)) {
    const own = clusters.find(
      (c) =>
        c !== cluster &&
        fatherNamed(c.person.given) &&
        nameKey((c.person.given ?? '').split(' ')[0] ?? '') === key &&
        (c.person.given ?? '').split(' ').length === 2,
    );
    if (own) cluster = own;
  }
  // (`DCOS Al Sabah` after `LTG Ahmed Khalid Al Sabah`: an article read as a given name is the family
  // name's own where the one named before has that family name.)
  const articleOnly =
    given !== null &&
    /^(?:al|el)$/i.test(given) &&
    cluster !== null &&
    new RegExp(`^${given}[- ]`, 'i').test(cluster.person.surname);
  // (`Ben Mustafa` after `Khaled Ben Mustafa`: a particle read as a given name ends the other's given
  // names; not `President Ben Ali` after his wife `Leila Ben Ali`, a title she does not bear.)
  const particleOnly =
    given !== null &&
    cluster !== null &&
    ((particleGiven(given, cluster.person.given ?? '') &&
      m.titles.every((t) => cluster?.person.titles.includes(t))) ||
      (particleGiven(cluster.person.given ?? '', given) &&
        cluster.person.titles.every((t) => m.titles.includes(t))));
  const other = cluster && !articleOnly && !particleOnly ? (cluster.person.given ?? notable) : null;
  // (`SMRC Pandith` after `Special Representative to Muslim Communities (SMRC) Farah Pandith`: the office's
  // short form read as a given name.)
  const shortForm = cluster !== null && given !== null && byKey.get(nameKey(given)) === cluster;
  if (cluster && given && other && !shortForm && !sameGiven(given, other) && !nicknamed(cluster, given)) {
    cluster =
      namesakes.find((c) => c.key === key && c.person.given && sameGiven(given, c.person.given)) ?? null;
    if (!cluster && (strong || namesakeByName(s, m, tokens, other))) cluster = namesake(strong, given);
    if (!cluster) return null;
  }
  // (`Nestor Kirchner ... President Kirchner` in 2009: a titled name without a given name, where the one
  // named before with a given name is not the notable bearer of the time, is that bearer.)
  // (Not where the two share a title, `Under Secretary R. Nicholas Burns ... Under Secretary Burns`, nor
  // where the bearer is of another side, `Salah Al-Bashir ... Foreign Minister Bashir`.)
  if (
    cluster &&
    !given &&
    cluster.person.given &&
    m.titles.length > 0 &&
    !m.titles.some((t) => cluster?.person.titles.includes(t))
  ) {
    const bearer = notableGiven(key, year);
    const side = cluster.mentions.find((x) => x.affiliation)?.affiliation ?? hostCountry;
    if (
      bearer &&
      !sameGiven(bearer.replace(/-/g, ' '), cluster.person.given.replace(/-/g, ' ')) &&
      NOTABLE.get(key)?.affiliation === side
    ) {
      const known = namesakes.find(
        (c) => c.key === key && c.person.given && sameGiven(bearer, c.person.given),
      );
      cluster = known ?? namesake(true, bearer);
    }
  }
  // (`Raul Castro ... Fidel Castro ... Castro's illness`: a family name written alone, where two bearers are
  // named, is the notable bearer's of the time.)
  // (Only where the name alone comes first, before either bearer is named in full; not `Kim`, a name many
  // share, nor a name of four letters or fewer.)
  if (
    cluster &&
    !given &&
    m.titles.length === 0 &&
    cluster.person.given &&
    key.length >= 5 &&
    !SURNAMES_FIRST.has(surname) &&
    (cluster.person.mentions[0]?.paragraph ?? -1) > (ix.firstAlone.get(key) ?? Number.MAX_SAFE_INTEGER)
  ) {
    const bearer = notableGiven(key, year);
    const own = cluster.person.given;
    const named =
      bearer && !sameGiven(bearer.replace(/-/g, ' '), own.replace(/-/g, ' '))
        ? namesakes.find((c) => c.key === key && c.person.given && sameGiven(bearer, c.person.given))
        : undefined;
    if (named) cluster = named;
  }
  // (`Jean-Paul Genie ... the father of Jean Paul`: a given name of two words, written alone, is its bearer's.)
  if (!cluster && given !== null && !given.includes(' ')) {
    const whole = joinedName(`${given} ${surname}`);
    cluster = clusters.find((c) => c.person.given && joinedName(c.person.given) === whole) ?? null;
  }
  if (!cluster) {
    if (!strong) return null;
    cluster = newCluster(key, strong, surname, given, s.allCaps);
    clusters.push(cluster);
    byKey.set(key, cluster);
  }
  return cluster;
}

/** `X, Y's grandson` where X is of the cluster: a possessive mention before a family noun, set off after X. */
function kinInApposition(s: SentenceMentions, m: Mention, cluster: Cluster): boolean {
  return (
    /['’]s$/.test(s.words[m.nameTo - 1] ?? '') &&
    m.nameTo === m.to &&
    FAMILY_NOUNS.has(s.lower[m.to] ?? '') &&
    s.words[m.from - 1] === ',' &&
    s.mentions.some((x) => x.to === m.from - 1 && cluster.mentions.includes(x))
  );
}

/**
 * Whether the person was named with this given name as a nickname in quotes inside the name (`Jose Manuel
 * "Mel" Zelaya Rosales ... Mel Zelaya`).
 */
function nicknamed(cluster: Cluster, given: string): boolean {
  const key = nameKey(given.split(' ')[0] ?? '');
  return cluster.mentions.some((x, i) => {
    const tokens = cluster.sentences[i]?.tokens ?? [];
    for (let k = x.nameFrom + 1; k < x.nameTo; k++) {
      const length = nicknameLength(tokens, k);
      if (length > 0 && tokens.slice(k, k + length).some((t) => t.word && nameKey(t.text) === key))
        return true;
    }
    return false;
  });
}

/** `San Miguel` after `Walker San Miguel`: a place's form that is, whole, the family name of a person named before. */
function placeNamedPerson(ix: PersonIndex, s: SentenceMentions, m: Mention): boolean {
  const { surname, given } = surnameOf(nameTokens(s, m));
  return given === null && m.nameTo - m.nameFrom >= 2 && ix.byKey.has(nameKey(surname));
}

/** Pass 1: mentions that are persons on their own evidence; the others wait for pass 2. */
function addSelfEvidentPersons(
  ix: PersonIndex,
  sentences: SentenceMentions[],
): [SentenceMentions, Mention][] {
  const { surnameFirst } = ix;
  const add = (s: SentenceMentions, m: Mention, strong: boolean) => addPerson(ix, s, m, strong);
  const pending: [SentenceMentions, Mention][] = [];
  for (const s of sentences) {
    for (const m of s.mentions) {
      if (
        m.kind !== 'person' ||
        namesBody(s, m) ||
        // (`Defense Minister Walker San Miguel ... San Miguel told`: a place's form that a person named before
        // bears as a family name is that person.)
        (namesPlace(s, m) && !placeNamedPerson(ix, s, m)) ||
        namesFacility(s, m) ||
        headingWords(s, m) ||
        numbered(s, m) ||
        consularPost(s, m)
      )
        continue;
      const n = m.nameTo - m.nameFrom;
      const first = s.tokens[m.nameFrom]?.text ?? '';
      const titled = m.titles.length > 0;
      // In capitals a given name still opens a name (`ALFRED NZO`); a verb after it proves less there.
      const eastern = isNotableSurnameFirst(s, m) || (!s.allCaps && isSurnameFirst(s, m));
      const officer = s.allCaps ? null : staffOfficerSide(s, m, ix.authorKeys);
      if (eastern) surnameFirst.add(m);
      const strong = s.allCaps
        ? titled || (n >= 2 && (isGivenName(first) || hasApposition(s, m) || officeInParentheses(s, m)))
        : titled ||
          eastern ||
          (n >= 2 &&
            (isGivenName(first) ||
              // (`M.K. Sivajilingam`, `R. Sampanthan`: initials before a name stand for given names.)
              initialsBeforeName(s, m) ||
              // (`Mustaq Ali Patel`: the second part of a compound given name inside a name of three words.)
              innerGivenName(s, m) ||
              speaksNext(s, m) ||
              hasApposition(s, m) ||
              partyInParentheses(s, m) ||
              namedAfterOffice(s, m) ||
              afterPersonNoun(s, m) ||
              burmeseName(s, m) ||
              listedWithOffice(s, m) ||
              officer !== null)) ||
          namedPersonNoun(s, m);
      if (officer) m.affiliation ??= officer;
      if (strong) add(s, m, true);
      else pending.push([s, m]);
    }
  }
  return pending;
}

/** Short forms and sides written in parentheses after a name, or between its title and the name. */
function readShortForms(ix: PersonIndex, sentences: SentenceMentions[]): void {
  const { clusters, byMention, byKey } = ix;
  // `Abdullah bin Zayed (AbZ)`: a short form in parentheses after a name is that person's.
  for (const s of sentences) {
    for (const m of s.mentions) {
      const person = m.kind === 'person' ? byMention.get(m) : undefined;
      // `Pfizer lawyers Joe Petrosinelli and Atiba Adams`: a plural role with its side before two names.
      if (m.kind === 'person' && !m.affiliation && m.titles.length === 0 && s.lower[m.from - 1] === 'and') {
        // (`officers Abbas Hoseyni (of the Erbil office) and Hormat Faruqi`: past a note in parentheses.)
        const first = s.mentions.find(
          (x) => x.kind === 'person' && (x.to === m.from - 1 || pastParentheses(s, x.to) === m.from - 1),
        );
        const role = first ? (s.lower[first.nameFrom - 1] ?? '') : '';
        if (first?.affiliation && pluralPersonNoun(role)) {
          m.affiliation = first.affiliation;
          // (`Abkhaz and South Ossetian leaders Bagapsh and Kokoity`: two sides for two names, in turn.)
          const other =
            s.lower[first.from - 1] === 'and'
              ? s.mentions.find((x) => x.kind === 'country' && x.to === first.from - 1)
              : undefined;
          if (other && first.nameFrom > first.from) first.affiliation = other.label;
        }
      }
      if (m.kind === 'person' && !m.affiliation)
        m.affiliation =
          exampleSide(s, m) ?? dashListSide(s, m) ?? countryRuled(s, m) ?? peopleInParentheses(s, m);
      // (Also for a name not yet known as a person's: `Begg, a British citizen,` may join one later.)
      if (m.kind === 'person' && s.words[m.to] === ',' && !m.affiliation) {
        m.affiliation = sideInApposition(s, m.to + 1);
        // (`Frank Januzzi and Puneet Talwar, staff members of the Senate Foreign Relations Committee,`: an
        // apposition in the plural after two names joined by `and` places both.)
        const partner =
          m.affiliation && s.lower[m.from - 1] === 'and' && pluralApposition(s, m.to + 1)
            ? s.mentions.find((x) => x.kind === 'person' && x.to === m.from - 1)
            : undefined;
        if (partner && !partner.affiliation) partner.affiliation = m.affiliation;
      }
      // `President Sharif of Somalia('s Transitional Federal Government)`, `King Abdullah of Jordan`;
      // `Stuart Goodwin from Scotland Yard`.
      const link = s.lower[m.to];
      if (person && !m.affiliation && ((link === 'of' && m.titles.length > 0) || link === 'from')) {
        const side = s.mentions.find(
          (x) =>
            x.from === m.to + 1 && (x.kind === 'country' || (link === 'from' && x.kind === 'organization')),
        );
        const name = side?.kind === 'organization' ? organizationSide(s, side) : side?.label;
        if (name) m.affiliation = name;
      }
      // `Senior Civilian Representative (SCR) Frank Ruggiero`: a short form between title and name is the
      // person's too.
      const inner = person ? s.words.indexOf('(', m.from) : -1;
      if (person && inner >= 0 && inner < m.nameFrom && s.words[inner + 2] === ')') {
        const short = s.words[inner + 1] ?? '';
        const cluster = clusters.find((c) => c.person === person);
        if (/^\p{Lu}{2,6}$/u.test(short) && cluster && !byKey.has(nameKey(short)))
          byKey.set(nameKey(short), cluster);
      }
      // (`Department point of contact is Chris Herrington ISN/CPI, 647-5035`: an office code right after
      // the name.)
      if (person && !m.affiliation && (s.words[m.to] ?? '').includes('/')) {
        const code = bureauOf(s.words[m.to] ?? '')?.entry.value;
        if (code?.kind === 'government') m.affiliation = statedSide(code);
      }
      if (!person || s.words[m.to] !== '(') continue;
      const alias = s.words[m.to + 1] ?? '';
      if (/^(?:aka|a\.k\.a\.?|alias)$/i.test(alias)) continue;
      // `Ricardo Lagos (Chile)`: a country in parentheses is the person's side, not another name.
      // (`Asif Rahimi (Tajik)` is an ethnicity: only a country's name counts.)
      // `Ursula Gacek (EPP-ED, Poland)`: also as the item of a list in the parentheses.
      // (`Brian Baird (D-WA)`: a party and a state after a name is a member of the US Congress.)
      const side =
        US_CONGRESS_SEAT.test(alias) && s.words[m.to + 2] === ')'
          ? 'United States'
          : (countryInParentheses(s, m.to) ?? bodyInParentheses(s, m.to));
      if (side) {
        m.affiliation ??= side;
        continue;
      }
      const key =
        s.words[m.to + 2] === ')' && /^\p{Lu}/u.test(alias) && alias.length <= 12 ? nameKey(alias) : '';
      const cluster = clusters.find((c) => c.person === person);
      // (`Foreign Minister ABZ urged`, a titled short form read as a person of its own before its definition
      // was: that person is the one named in full.)
      const shortOnly = key ? byKey.get(key) : undefined;
      if (
        cluster &&
        shortOnly &&
        shortOnly !== cluster &&
        shortOnly.person.given === null &&
        nameKey(shortOnly.person.surname) === key
      ) {
        mergeCluster(shortOnly, cluster, byMention);
        clusters.splice(clusters.indexOf(shortOnly), 1);
        byKey.set(key, cluster);
      }
      if (key && cluster && !byKey.has(key)) byKey.set(key, cluster);
      // `Sheikh Mohammed bin Zayed (MbZ) Al Nahyan`: the name goes on after its short form, and its last
      // words are the family name.
      const rest = key ? familyNameAfter(s, m.to + 3) : null;
      if (rest && cluster && !byKey.has(nameKey(rest))) {
        person.given = [person.given, person.surname].filter(Boolean).join(' ');
        person.surname = rest;
        cluster.key = nameKey(rest);
        byKey.set(cluster.key, cluster);
      }
    }
  }
}

/**
 * `Crown Prince Mohammed bin Zayed ... MbZ said`: the initials of a name of three words or more, as
 * a well-known person's are written without being defined, are that person's (when only one has them).
 */
function indexInitials(ix: PersonIndex): void {
  const { clusters, byKey } = ix;
  const initials = new Map<string, Cluster | null>();
  for (const c of clusters) {
    const words = `${c.person.given ?? ''} ${c.person.surname}`
      .split(/[\s-]+/)
      .filter((w) => /^\p{L}/u.test(w));
    if (words.length < 3) continue;
    const key = nameKey(words.map((w) => w.charAt(0)).join(''));
    initials.set(key, initials.has(key) ? null : c);
  }
  for (const [key, c] of initials) if (c && !byKey.has(key)) byKey.set(key, c);
}

/** `news magazine Semana ... asked Semana to refrain`: a name the cable gave an organisation stays one. */
function organizationNames(sentences: SentenceMentions[]): {
  organizations: Set<string>;
  shortForms: Map<string, string>;
} {
  const organizations = new Set<string>();
  const shortForms = new Map<string, string>();
  for (const s of sentences) {
    for (const m of s.mentions) {
      if (m.kind !== 'organization') continue;
      organizations.add(nameKey(m.label));
      // (`the daily, Dnevni Avaz, ... Avaz labeled Ceric`: the last word of a body's proper name stands
      // for it.)
      const short = shortFormOf(m.label);
      if (short) {
        organizations.add(short);
        shortForms.set(short, m.label);
      }
    }
    // (`Embraer CEO Federico Curado ... Embraer proposed`: the word before a company officer's title
    // names the company.)
    // (`told Okaz newspaper ... Okaz called the attack`: and the name a paper's noun follows, in lower case;
    // not `the Vendrell channel`.)
    for (let k = 1; k < s.words.length; k++) {
      if (!s.tokens[k - 1]?.cap) continue;
      const officer = s.tokens[k]?.cap && COMPANY_TITLES.has(s.lower[k] ?? '') && s.tokens[k + 1]?.cap;
      const paper = !s.tokens[k]?.cap && PRESS_NOUNS.has(s.lower[k] ?? '');
      if (officer || paper) organizations.add(nameKey(bareName(s.words[k - 1] ?? '')));
    }
  }
  return { organizations, shortForms };
}

/** The key of the last word of a body's proper name (`Dnevni Avaz` → avaz), or '' when it is an ordinary word. */
function shortFormOf(label: string): string {
  let key = SHORT_FORMS.get(label);
  if (key === undefined) {
    const words = label.split(' ');
    const word = words.length >= 2 ? (words.at(-1) ?? '') : '';
    const proper =
      /^\p{Lu}\p{Ll}+$/u.test(word) && !COMMON_WORDS.has(word.toLowerCase()) && !INSTITUTION_WORDS.has(word);
    key = proper ? nameKey(word) : '';
    // (Bodies recur across a corpus: the cache is cleared, not grown, past a bound.)
    if (SHORT_FORMS.size >= 10_000) SHORT_FORMS.clear();
    SHORT_FORMS.set(label, key);
  }
  return key;
}
const SHORT_FORMS = new Map<string, string>();

/** `Avaz labeled Ceric ...` after `the daily, Dnevni Avaz,`: a body's short form that no person took is the body. */
function markShortForms(
  sentences: SentenceMentions[],
  byMention: ReadonlyMap<Mention, unknown>,
  shortForms: ReadonlyMap<string, string>,
): void {
  if (shortForms.size === 0) return;
  for (const s of sentences)
    for (const m of s.mentions) {
      if (m.kind !== 'person' || m.titles.length > 0 || m.nameTo - m.nameFrom !== 1 || byMention.has(m))
        continue;
      const label = shortForms.get(nameKey(bareName(s.words[m.nameFrom] ?? '')));
      if (label === undefined) continue;
      m.kind = 'organization';
      m.label = label;
    }
}

/**
 * `- Kirk James Bird`: a list item that is a name of two to four words and nothing else, none of them an
 * ordinary word, is a person's (as the items around it are, `- James Fairing`).
 */
function nameListItem(s: SentenceMentions, m: Mention): boolean {
  const words = m.nameTo - m.nameFrom;
  return (
    m.from === 1 &&
    DASH_WORDS.has(s.words[0] ?? '') &&
    m.to >= s.words.length - 1 &&
    (m.to === s.words.length || /^[.,;]$/.test(s.words[m.to] ?? '')) &&
    words >= 2 &&
    words <= 4 &&
    !s.lower.slice(m.nameFrom, m.nameTo).some((w) => isCommonWord(w)) &&
    !isPlaceName(s.words.slice(m.nameFrom, m.nameTo).join(' '))
  );
}

/** `MOI Atmar's dismissal`: a lone name right after a ministry's short form is its minister's or officer's. */
function ministryBefore(s: SentenceMentions, m: Mention): boolean {
  return (
    m.nameTo - m.nameFrom === 1 &&
    m.titles.length === 0 &&
    !isPlaceName(s.words[m.nameFrom] ?? '') &&
    // (Not `MFA Desk`, `MOD Political-Military`, `MFA Middle East`: a division's words.)
    !isCommonWord(s.lower[m.nameFrom] ?? '') &&
    !(s.words[m.nameFrom] ?? '').includes('-') &&
    // (`MOD Alonso's June 8 meeting`: a capitalised word past the possessive is another phrase's.)
    (s.tokens[m.to]?.cap !== true || /['’]s$/.test(s.words[m.nameTo - 1] ?? '')) &&
    !DESK_WORDS.has(s.words[m.nameFrom] ?? '') &&
    s.mentions.some(
      (o) =>
        o.to === m.from &&
        o.kind === 'organization' &&
        o.to - o.from === 1 &&
        /^Ministry\b/.test(o.label) &&
        /^\p{Lu}{2,5}$/u.test(s.words[o.from] ?? ''),
    )
  );
}

/** `the Kirchners`, `the Castros`: one word after `the`, a known person's family name with a plural `s`. */
function familyInPlural(ix: PersonIndex, s: SentenceMentions, m: Mention, key: string): boolean {
  return (
    m.nameTo - m.nameFrom === 1 &&
    s.lower[m.nameFrom - 1] === 'the' &&
    key.endsWith('s') &&
    ix.byKey.has(key.slice(0, -1))
  );
}

/**
 * Pass 2: bare names join known persons; speakers and described names start their own.
 * First the names that prove themselves, wherever they stand, so that `Jerome Leonnet` in the second
 * paragraph joins the `Leonnet said` of the third; then the bare names that join them.
 */
function addPendingNames(
  ix: PersonIndex,
  pending: [SentenceMentions, Mention][],
  organizations: ReadonlySet<string>,
): void {
  const { clusters, byMention } = ix;
  const find = (key: string) => findCluster(ix, key);
  const add = (s: SentenceMentions, m: Mention, strong: boolean) => addPerson(ix, s, m, strong);
  const started = new Set<Mention>();
  const surnames = new Map<Mention, string>();
  // (`support from Putin and Luzhkov`: a name read before whose person is known, though this mention of it
  // joins that person only below.)
  const known: KnownPersons = {
    has: (o) => {
      const surname = surnames.get(o);
      if (byMention.has(o)) return true;
      const person = surname === undefined ? undefined : ix.byKey.get(nameKey(surname))?.person;
      return person !== undefined && (person.given !== null || NOTABLE.has(nameKey(surname ?? '')));
    },
  };
  for (const [s, m] of pending) {
    const tokens = nameTokens(s, m);
    // (`Gutierrez Fernandez` after `Undersecretary Gutierrez Fernandez`: two family names, the first cited.)
    const { surname } =
      notableInside(tokens) ??
      paternalSurname(tokens, ix.alone, m.affiliation ?? ix.hostCountry) ??
      surnameOf(tokens);
    const key = nameKey(surname);
    // (`The Kirchners have lashed out`: a family name in the plural is the family, no one person of it.)
    if (familyInPlural(ix, s, m, key)) continue;
    surnames.set(m, surname);
    if (find(key) || organizations.has(key)) continue;
    if (
      // In capitals a lone short word is as likely an acronym (`SAG`, `PAC`): four letters at least.
      (!s.allCaps || m.nameTo - m.nameFrom > 1 || surname.length >= 4) &&
      // (`Lyle Edgard Lumsden III`: a generation's number is no word of the name.)
      m.nameTo - m.nameFrom - (REGNAL_NUMBER.test(s.words[m.nameTo - 1] ?? '') ? 1 : 0) <= 3 &&
      !isOrdinaryWord(s, m) &&
      !(m.nameTo - m.nameFrom === 1 && misspelledTitle(surname)) &&
      (leadsDelegation(s, m) ||
        // `Deputy Commander alias Fabian Ramirez`: a nom de guerre is a person's name.
        /^(?:alias|aka|a\.k\.a\.)$/.test(s.lower[m.nameFrom - 1] ?? '') ||
        // (`A COUNSELOR NAMED CHOI`: in capitals too.)
        namedPersonNoun(s, m) ||
        speaksNext(s, m) ||
        setOffSpeaker(s, m) ||
        hasApposition(s, m) ||
        ageAfter(s, m) ||
        loneNameAfterPersonNoun(s, m) ||
        listedAfterPersonNoun(s, m) ||
        beforeKinNoun(s, m) ||
        countryRuled(s, m) !== null ||
        beforeOwnPossessive(s, m) ||
        spokenTo(s, m) ||
        citedSource(s, m) ||
        taggedSpeaker(s, m) ||
        thinksNext(s, m) ||
        pronounRefersBack(s, m) ||
        isNotable(s, m, surname, ix.year) ||
        ministryBefore(s, m) ||
        nameListItem(s, m) ||
        coordinatedWithPerson(s, m, byMention, known))
    ) {
      add(s, m, true);
      started.add(m);
    }
  }
  for (const [s, m] of pending) {
    if (started.has(m) || !surnames.has(m)) continue;
    if (find(nameKey(surnames.get(m) ?? ''))) add(s, m, false);
  }
  // Last, `including Rafi al-Issawi`: a name of that form is a person's, unless it opens the longer name
  // of one already known.
  for (const [s, m] of pending) {
    if (byMention.has(m) || !(arabicFamilyName(s, m) || relativeWho(s, m))) continue;
    const text = s.words.slice(m.nameFrom, m.nameTo).join(' ');
    // (The persons' names are not written yet: their mentions say them.)
    const longer = clusters.filter((c) =>
      c.mentions.some((x, i) => {
        const words = c.sentences[i]?.words ?? [];
        return (
          x.nameTo - x.nameFrom > m.nameTo - m.nameFrom &&
          words.slice(x.nameFrom, x.nameTo).join(' ').startsWith(`${text} `)
        );
      }),
    );
    // (`Saif al-Islam al-Qadhafi told ... Saif al-Islam, who claimed`: the one person whose name it opens.)
    const only = longer.length === 1 ? longer[0] : undefined;
    if (only) {
      only.mentions.push(m);
      only.sentences.push(s);
      only.person.mentions.push(spanOf(s, m));
      byMention.set(m, only.person);
    }
    if (longer.length > 0) continue;
    add(s, m, true);
  }
}

/**
 * `Emilia Mueller, 56, Upper Palatinate`, `(Barbara Stamm, 64)`: a name of two words or more with an age
 * set off after it is a person's.
 */
function ageAfter(s: SentenceMentions, m: Mention): boolean {
  if (m.nameTo - m.nameFrom < 2 || s.words[m.to] !== ',') return false;
  const age = s.words[m.to + 1] ?? '';
  const after = s.words[m.to + 2];
  return /^[1-9]\d$/.test(age) && Number(age) >= 18 && (after === ',' || after === ')' || after === ';');
}

/** `Djamel Beghal and his accomplices`: a name of two words or more that `and his` or `and her` follows. */
function beforeOwnPossessive(s: SentenceMentions, m: Mention): boolean {
  return (
    m.nameTo - m.nameFrom >= 2 &&
    s.lower[m.to] === 'and' &&
    /^(?:his|her)$/.test(s.lower[m.to + 1] ?? '') &&
    // (Not `the Goldstone Report and his inability`, `in Beletwein Robow and his militias`.)
    !s.lower.slice(m.nameFrom, m.nameTo).some((w) => isCommonWord(w) || INSTITUTION_WORDS.has(w)) &&
    !LOCATIVES.has(s.lower[m.from - 1] ?? '')
  );
}

/**
 * `Ghulam Rassul Moti, who has smuggled hashish`: a name of two words or more that a relative `who`
 * follows; not a body's (`the Chitral Scouts, who`: a plural of a common noun last; `Hawiye/Haber Gedir`).
 */
function relativeWho(s: SentenceMentions, m: Mention): boolean {
  if (s.words[m.to] !== ',' || s.lower[m.to + 1] !== 'who' || m.nameTo - m.nameFrom < 2) return false;
  const words = s.lower.slice(m.nameFrom, m.nameTo);
  const last = words.at(-1) ?? '';
  const plural =
    last.endsWith('s') && (COMMON_WORDS.has(last.slice(0, -1)) || isPersonNoun(last.slice(0, -1)));
  const body = INSTITUTION_WORDS.has(s.words[m.nameTo - 1] ?? '');
  return !words.some((w) => w.includes('/')) && !plural && !body;
}

/** `Eduardo Linares (aka Douglas Santamaria)`, `X, aka Y`: another name of the same person. */
function mergeAliases(ix: PersonIndex, sentences: SentenceMentions[]): void {
  const { clusters, byMention, byKey } = ix;
  for (const s of sentences) {
    for (const m of s.mentions) {
      const person = m.kind === 'person' ? byMention.get(m) : undefined;
      const aka = /^(?:aka|a\.k\.a\.?|alias)$/i.test(s.words[m.to + 1] ?? '');
      // (`Mohammed Sultan Ibrahim Sultan Al-Ali, aka Jawad/Abu Umar`: set off by a comma too.)
      if (!person || (s.words[m.to] !== '(' && !(s.words[m.to] === ',' && aka))) continue;
      // (`Jorge Torres Victoria (Pablo Catatumbo)`, `Guillermo Saenz (Alfonso Cano)`: a full name in
      // parentheses right after a full name, nothing else inside, is the other name of the same person.)
      const bare = s.mentions.find(
        (x) =>
          x.from === m.to + 1 &&
          x.kind === 'person' &&
          x.titles.length === 0 &&
          x.nameTo - x.nameFrom >= 2 &&
          m.nameTo - m.nameFrom >= 2 &&
          s.words[x.to] === ')',
      );
      // (`Gen. Razaq, aka "Abu Amal,"`: the other name may be in quotation marks.)
      const at = /^["“']$/.test(s.words[m.to + 2] ?? '') ? m.to + 3 : m.to + 2;
      const other = aka ? s.mentions.find((x) => x.from === at && x.kind === 'person') : bare;
      const first = clusters.find((c) => c.person === person);
      const second = other ? clusters.find((c) => c.person === byMention.get(other)) : undefined;
      if (!first || !second || first === second) continue;
      // (The name the cable cites the more often stays the person's: `Catatumbo`, not `Torres Victoria`.)
      const [into, from] =
        !aka && second.mentions.length > first.mentions.length ? [second, first] : [first, second];
      const kept = into.person;
      from.mentions.forEach((x, i) => {
        into.mentions.push(x);
        into.sentences.push(from.sentences[i] as SentenceMentions);
        byMention.set(x, kept);
      });
      kept.mentions.push(...from.person.mentions);
      for (const a of from.person.aliases) if (!kept.aliases.includes(a)) kept.aliases.push(a);
      clusters.splice(clusters.indexOf(from), 1);
      byKey.set(from.key, into);
    }
  }
}

/**
 * (`Prime Minister Hamad bin Jassim Al Thani` ... `Prime Minister Hamad bin Jassim (HBJ)`: a name with a
 * father's name that opens a longer name of the cable is that person, cited without the family name.)
 */
function mergeShortPatronymics(ix: PersonIndex): void {
  const { clusters, byMention, byKey } = ix;
  const fullNames = clusters.map((c) => longestName(c).map(nameKey));
  for (let i = clusters.length - 1; i >= 0; i--) {
    const short = fullNames[i] ?? [];
    if (short.length < 3 || !short.slice(1, -1).some((w) => PATRONYMIC_WORDS.has(w))) continue;
    const j = fullNames.findIndex(
      (long, n) => n !== i && long.length > short.length && short.every((w, k) => long[k] === w),
    );
    const from = clusters[i];
    const into = clusters[j];
    if (!from || !into) continue;
    mergeCluster(from, into, byMention);
    clusters.splice(i, 1);
    fullNames.splice(i, 1);
    byKey.set(from.key, into);
  }
}

/**
 * Roles that name one person's office: `the SYG` is the Secretary-General named elsewhere; `the
 * Ambassador` the one US ambassador the cable names, or the one who wrote it.
 */
/** Where the cable first names an office as a role (`the Ambassador`), or Infinity. */
function firstRoleAt(sentences: readonly SentenceMentions[], title: string): number {
  for (const s of sentences)
    for (const m of s.mentions)
      if (m.kind === 'role' && m.titles[0] === title)
        return s.tokens[m.from]?.start ?? Number.POSITIVE_INFINITY;
  return Number.POSITIVE_INFINITY;
}

/** Whether every mention of a person is a possessive or follows a preposition: spoken of, never acting. */
function onlySpokenOf(c: Cluster): boolean {
  return c.mentions.every((m, i) => {
    const s = c.sentences[i] as SentenceMentions;
    return (
      /['’]s$/.test(s.words[m.to - 1] ?? '') || /^(?:with|to|from|of|by|for)$/.test(s.lower[m.from - 1] ?? '')
    );
  });
}

function resolveOffices(ix: PersonIndex, sentences: SentenceMentions[], context: CableContext): void {
  const { clusters, byMention, hostCountry } = ix;
  const { authors = [], subject = null } = context;
  const subjectWords = new Set(
    (subject ?? '')
      .split(/[^\p{L}'’-]+/u)
      .filter(Boolean)
      .map((w) => nameKey(bareName(w))),
  );
  const wrote = (surname: string) => ix.authorKeys.has(nameKey(surname));
  // (`Nkoana-Mashabane` in `CALL ON FOREIGN MINISTER MASHABANE`: a part of a double family name too.)
  const inSubjectLine = (c: Cluster) =>
    [c.person.surname, ...c.person.surname.split('-')].some((w) => subjectWords.has(nameKey(w)));
  const authorAmbassador = authors.some((a) => /\bAmbassador\b/i.test(a));
  // The titles the cable's authors sign with (`CG Martin R. Quinn`, `Amb. Marie L. Yovanovitch`).
  const authorTitles = new Set(
    authors.flatMap((a) => {
      const words = a.split(/\s+/);
      return words.flatMap((_, i) => TITLES.match(words, i)?.entry.value.title ?? []);
    }),
  );
  // Roles that name one person's office: `the SYG` is the Secretary-General named elsewhere.
  // Offices a side placed that no one named holds, by sentence.
  const unnamedOffices = new Map<SentenceMentions, Set<string>>();
  const firstRoles = new Map<string, number>();
  for (const s of sentences) {
    for (const m of s.mentions) {
      if (m.kind !== 'role' || m.titles.length === 0) continue;
      const title = m.titles[0] as string;
      // (`Sheikh acknowledged` after `Dr. Safa al-Sheikh`: an honorific written alone, no `the`, that is the
      // family name of one person named, its article dropped, is that person.)
      if (!m.definite && m.to - m.from === 1 && s.words[m.from] === title) {
        const bearers = clusters.filter((c) => c.key === nameKey(title) && c.person.surname !== title);
        if (bearers.length === 1 && bearers[0]) {
          byMention.set(m, bearers[0].person);
          bearers[0].person.mentions.push(spanOf(s, m));
          continue;
        }
      }
      // `the Ambassador` is the one US ambassador the cable names; with none or several it stays a role.
      const staff = STAFF_TITLES.has(title);
      // (Without `the`, as in `Ambassador noted`, only the cable's author: see below.)
      const bare = staff && !m.definite;
      // (`Joshua Matlou, ANC Youth League Provincial Chairperson, told`: an office in an apposition is the
      // named person's, not another holder's.)
      if (
        !m.definite &&
        s.mentions.some((p) => {
          if (p.kind !== 'person' || !byMention.has(p) || p.to >= m.from || s.words[p.to] !== ',')
            return false;
          const close = s.words.indexOf(',', p.to + 1);
          return close >= m.to && close - p.to <= 20;
        })
      )
        continue;
      // (`every single other regional President had told him`: a quantified office is no one person.)
      if (quantified(s, m)) continue;
      // (`Ambassador, PolCouns and Regional Affairs Chief raised`: a capitalised word before the head of a body
      // that no mention reads names the body; only a holder named with that word is that head, as `RAO
      // Chief John Bennett` is `The RAO Chief`.)
      const qualifier =
        HEAD_TITLES.has(title) &&
        s.tokens[m.from - 1]?.word &&
        s.tokens[m.from - 1]?.cap &&
        !s.allCaps &&
        !s.mentions.some((x) => x.to === m.from)
          ? (s.words[m.from - 1] ?? '')
          : null;
      const namedWith = (c: Cluster) =>
        qualifier === null ||
        c.mentions.some((x, i) =>
          c.sentences[i]?.words.slice(Math.max(0, x.from - 1), x.nameFrom).includes(qualifier),
        );
      // (`the President of Tajikistan`: a country after `of` says whose office, as a side before it does.)
      const side = m.affiliation ?? countryOfOffice(s, m);
      // (`asked the President of Tajikistan ..., the President had responded`: the same office again in the
      // sentence is that one, no holder named elsewhere.)
      if (!side && m.definite && unnamedOffices.get(s)?.has(title)) continue;
      // (`the Australian Prime Minister` is not Prime Minister Singh of India.)
      const eligible = clusters.filter(
        (c) =>
          namedWith(c) &&
          // (`The Canadian Ambassador` is the Canadian one named: a side on the office says whose.)
          (side
            ? c.person.affiliation === side
            : !staff || c.person.affiliation === 'United States' || c.mentions.every((x) => !x.affiliation)),
      );
      // The title itself first (`General Petraeus` before `Major General Ali`), else one ending with it.
      // (`DOD A/S Vershbow ... Amb. Vershbow`: a Washington official whom the cable also calls ambassador
      // is not the post's `the Ambassador`, unless he wrote the cable.)
      // (Nor `Ambassador Holbrooke's visit`, `Ambassador O'Donnell's letter`, `with Ambassador O'Donnell`: one
      // named only as an owner or an object is someone the cable speaks of, not its own ambassador.)
      // (Only where the office stands before the name: `CDA Richard Erdman's September 5 meeting ... the
      // Charge asked` is he.)
      const roleAt = firstRoles.get(title) ?? firstRoleAt(sentences, title);
      firstRoles.set(title, roleAt);
      const visitor = (c: Cluster) =>
        staff &&
        !wrote(c.person.surname) &&
        (c.person.titles.some((t) => t !== title && US_TITLES.has(t)) ||
          (onlySpokenOf(c) && c.person.mentions.every((x) => x.start > roleAt)));
      const exact = eligible.filter((c) => c.person.titles.includes(title) && !visitor(c));
      const holding = eligible.filter(
        (c) => c.person.titles.some((t) => holdsTitle(t, title)) && !visitor(c),
      );
      // (`CALL ON FOREIGN MINISTER MASHABANE ... The Minister said`, with an Agriculture Minister named too:
      // the holder of an office ending with it whom the subject line names is one of those it may mean.)
      // (Not `Minister of Energy`: a portfolio after the office names another.)
      const subjectHolders = /^(?:of|for)$/.test(s.lower[m.to] ?? '')
        ? []
        : holding.filter((c) => !exact.includes(c) && inSubjectLine(c));
      // (`Mossad Director Meir Dagan ... the Mossad Chief`: with a side said, another title for the head.)
      // (`Foreign Minister Fassi Fihri stated ... The Minister noted`, with `Minister of National Defense Konate`
      // named only later: where no holder of the very title is named before it, one whose title ends with it,
      // named before it in its paragraph, is the one meant.)
      const roleStart = s.tokens[m.from]?.start ?? 0;
      const exactBefore = exact.some((c) => c.person.mentions.some((x) => x.end <= roleStart));
      const endingBefore = holding.some(
        (c) =>
          !exact.includes(c) &&
          c.person.mentions.some((x) => x.paragraph === s.paragraph && x.end <= roleStart),
      );
      // (`CALL ON FOREIGN MINISTER MASHABANE ... thanked the Minister`, with `Minister of National Planning
      // Manuel` named only later: the holder the subject line names, not one yet to come.)
      const titled =
        exact.length > 0 && !exactBefore && subjectHolders.length > 0
          ? subjectHolders
          : exact.length > 0 && (exactBefore || !endingBefore)
            ? [...exact, ...subjectHolders]
            : exact.length > 0
              ? holding
              : holding.length > 0 || !side || !HEAD_TITLES.has(title)
                ? holding.length > 0 || side || s.tokens[m.to - 1]?.cap
                  ? holding
                  : // (`Deputy Prosecutor Monqith Al-Faroun ... The prosecutor claimed`: an office in lower case,
                    // that no one holds, describes the one deputy of it; `the Foreign Minister` is not his deputy.)
                    eligible.filter((c) => c.person.titles.includes(`Deputy ${title}`))
                : eligible.filter((c) => c.person.titles.some((t) => HEAD_TITLES.has(t)));
      // (`KMG President Kairgeldy Kabyldin ... the President told him to calm down`: with no side said, an
      // office of state before a company's.)
      const ofState = side
        ? titled
        : titled.filter((c) => !COMPANY_AFFILIATIONS.has(c.person.affiliation ?? ''));
      // (`the Abkhaz leader`, `the Georgian leader`: the one of that people the cable names, or its one head.)
      const leaders =
        title === 'Leader' && side && titled.length === 0
          ? eligible.length === 1
            ? eligible
            : eligible.filter((c) => c.person.titles.some((t) => LEADER_TITLES.has(t)))
          : [];
      const holders = leaders.length > 0 ? leaders : ofState.length > 0 ? ofState : titled;
      // Several holders: the one named last before, in the same paragraph (`Ambassador Ray ... the Ambassador`).
      const at = s.tokens[m.from]?.start ?? 0;
      const named = (c: Cluster) =>
        c.person.mentions
          .filter((x) => x.paragraph === s.paragraph && x.end <= at)
          .reduce((n, x) => Math.max(n, x.end), -1);
      // (None named there: `the President` in a cable from Bamako is the one of Mali, where only one is.)
      const local = holders.filter((h) => hostCountry !== null && h.person.affiliation === hostCountry);
      // (None named there either: `Ambassador Sison ... Ambassador Wahba ... Ambassador noted` is the one
      // who signed the cable or classified it.)
      const author = staff ? holders.filter((h) => wrote(h.person.surname)) : [];
      const inSubject = holders.filter(inSubjectLine);
      // (`Classified By: Ambassador Ryan C. Crocker`, never named in the body: `the Ambassador` is he, not
      // `Ambassador Ruperez` of a visiting delegation.)
      // (`the Canadian Ambassador` says whose: that one is still read.)
      if (staff && title === 'Ambassador' && !m.affiliation && author.length === 0 && authorAmbassador) {
        // (`between NSA Jones, Leon, and Solomont` in a cable Ambassador Solomont classified: named in the
        // body without his title, he is `the Ambassador` still.)
        const named = clusters.filter((c) => wrote(c.person.surname) && c.person.titles.length === 0);
        if (named.length !== 1 || !m.definite) continue;
        const self = named[0] as Cluster;
        if (!self.person.titles.includes('Ambassador')) self.person.titles.push('Ambassador');
        if (self.person.affiliation === hostCountry) {
          self.person.affiliation = 'United States';
          self.person.affiliation_source = 'author';
        }
        byMention.set(m, self.person);
        self.person.mentions.push(spanOf(s, m));
        continue;
      }
      // (`Charge introduced Mr. Brennan` in a cable the Consul General signed: the one Charge the cable names.)
      const c = bare
        ? author.length === 1 && holders.length >= 1
          ? author[0]
          : author.length === 0 && holders.length === 1 && title !== 'Ambassador' && !authorTitles.has(title)
            ? holders[0]
            : undefined
        : holders.length === 1
          ? holders[0]
          : (pairedWithLocal(
              holders.filter((h) => named(h) >= 0).sort((a, b) => named(b) - named(a))[0],
              local.length === 1 && m.definite ? local[0] : undefined,
              named,
            ) ??
            // (`The Deputy Secretary noted` in `DEPUTY SECRETARY STEINBERG'S ... CONVERSATION`, with a second
            // deputy secretary read from a participant line: the one the subject names.)
            (inSubject.length === 1 ? inSubject[0] : undefined) ??
            (local.length === 1 && m.definite ? local[0] : author.length === 1 ? author[0] : undefined) ??
            // (`President Obama ... Egyptian President Mubarak ... the President had assured him`: named in no
            // paragraph of its own before, and of no host's, `the President` of a US cable is the US one.)
            (title === 'President' && m.definite && !side && local.length === 0
              ? lastAmericanBefore(holders, at)
              : undefined));
      if (c) {
        byMention.set(m, c.person);
        c.person.mentions.push(spanOf(s, m));
      } else if (side) unnamedOffices.set(s, (unnamedOffices.get(s) ?? new Set()).add(title));
    }
  }
}

/** Of the holders placed in the United States, the one named last before offset `at`. */
function lastAmericanBefore(holders: Cluster[], at: number): Cluster | undefined {
  let best: Cluster | undefined;
  let bestEnd = -1;
  for (const h of holders) {
    if (h.person.affiliation !== 'United States') continue;
    for (const x of h.person.mentions)
      if (x.end <= at && x.end > bestEnd) {
        best = h;
        bestEnd = x.end;
      }
  }
  return best;
}

/**
 * The holder an office names where the one named last stood right after the host's own, in one phrase
 * (`Kings Mohammed VI and Abdullah II of Jordan ... The King said`, in a cable from Rabat): the host's.
 */
function pairedWithLocal(
  last: Cluster | undefined,
  local: Cluster | undefined,
  named: (c: Cluster) => number,
): Cluster | undefined {
  if (!last || !local || last === local) return last;
  const gap = named(last) - named(local);
  return named(local) >= 0 && gap >= 0 && gap < 40 ? local : last;
}

/** The person a cluster of mentions makes: its name chosen from the longest form, its side. */
function finishPerson(ix: PersonIndex, c: Cluster): Person {
  const { alone, hostCountry } = ix;
  const p = c.person;
  const longest = longestName(c);
  const paternal = paternalSurname(
    longest,
    alone,
    c.mentions.find((m) => m.affiliation)?.affiliation ?? hostCountry,
  );
  const cited = givenNameCited(
    longest,
    alone,
    c.mentions.find((m) => m.affiliation)?.affiliation ??
      (c.mentions.some((m) => m.titleAffiliation) ? null : hostCountry),
  );
  const inside = notableInside(longest);
  const { surname, given } = inside ?? paternal ?? cited ?? surnameOf(longest);
  // (A name spelt two ways keeps the spelling of the notable bearer: `Erdogan`, not a first `Ergodan`.)
  // (`COMISAF McChyrstal` ... `COMISAF McChrystal`: the table's own spelling, not one a slip still finds.)
  // (`Sonia Ghandi` ... `Sonia Gandhi`: or the last word of a fuller name.)
  // (Only where the cable writes the name another way: an alias that does not end with the surname.)
  if (p.aliases.some((a) => !a.endsWith(p.surname)) && !NOTABLE_ROWS.has(nameKey(p.surname))) {
    const known = c.mentions
      .map(
        (m, i) =>
          nameTokens(c.sentences[i] as SentenceMentions, m)
            .map(bareName)
            .at(-1) ?? '',
      )
      .find(
        (last) =>
          last !== p.surname &&
          NOTABLE_ROWS.has(nameKey(last)) &&
          sameName(nameKey(last), nameKey(p.surname)),
      );
    if (known && (longest.length === 1 || longest.at(-1) === p.surname)) p.surname = known;
  }
  let eastern = c.surnameFirst === true;
  // (`Saddam Hussein`: a notable person cited by the first word, of no family-name-first tradition, is
  // surnamed by the last word where the name is written whole.)
  let cites = eastern ? NOTABLE.get(nameKey(p.surname)) : undefined;
  if (
    cites &&
    !SURNAME_FIRST_COUNTRIES.has(cites.affiliation ?? '') &&
    // (`Ban Ki-moon`: a hyphenated given name is of those traditions whatever side the person is on.)
    !(cites.given ?? '').includes('-') &&
    !SURNAMES_FIRST.has(p.surname) &&
    longest.length >= 2 &&
    nameKey(longest[0] ?? '') === nameKey(p.surname)
  ) {
    p.surname = longest.at(-1) ?? p.surname;
    p.given = longest.slice(0, -1).join(' ');
    eastern = false;
  } else cites = undefined;
  if (given && !eastern && (!p.given || given.length > p.given.length)) p.given = display(given, false);
  p.name = [p.given, p.surname].filter(Boolean).join(' ');
  // (`Mohammed VI`: the ruler's number stays in the name.)
  if (longest.length >= 2 && REGNAL_NUMBER.test(longest.at(-1) ?? '')) p.name = `${p.name} ${longest.at(-1)}`;
  // (With both family names written, the name keeps the second: `Jose Manuel Martinez Morales`.)
  if (paternal && p.surname === paternal.surname)
    p.name = [p.given, ...longest.slice(-paternal.family)].filter(Boolean).join(' ');
  if ((cited && p.surname === cited.surname) || (inside && p.surname === inside.surname))
    p.name = longest.join(' ');
  if (eastern) p.name = [p.surname, p.given].filter(Boolean).join(' ');
  else if (longest.length >= 2 && /^\p{Lu}\p{Ll}+-\p{Ll}+$/u.test(longest.at(-1) ?? ''))
    p.name = `${surname} ${given ?? ''}`.trim();
  assignAffiliation(c, hostCountry);
  // (The name stays as written, `Cheng Guoping`; the surname is the word the cable cites alone.)
  if (c.citedByGiven && p.given) [p.surname, p.given] = [p.given, p.surname];
  if (c.citedPart) {
    // (`Angeles Gonzalez Sinde` cited as `Gonzalez-Sinde`: the first family name leaves the given names.)
    const first = c.citedPart.includes('-') ? ` ${c.citedPart.split('-')[0]}` : null;
    if (first && p.given?.endsWith(first)) p.given = p.given.slice(0, -first.length);
    p.surname = c.citedPart;
  }
  if (cites?.affiliation && (!p.affiliation || p.affiliation_source === 'host-country')) {
    p.affiliation = cites.affiliation;
    p.affiliation_source = 'known';
  }
  p.mentions.sort((a, b) => a.start - b.start);
  return p;
}

/**
 * `Defense Secretary Galvan`, `Public Security Secretary Garcia Luna` in a Mexico cable: where ministers are
 * styled Secretary, a cabinet Secretary is the host's unless his name is a known American's.
 */
function hostSecretary(p: Person, hostCountry: string | null): boolean {
  return (
    hostCountry !== null &&
    SECRETARY_CABINETS.has(hostCountry) &&
    p.titles.some((t) => t === 'Secretary' || t.startsWith('Secretary of ')) &&
    NOTABLE.get(nameKey(p.surname))?.affiliation !== 'United States'
  );
}

/** A sentence that asks `country clearance` for someone. */
function clearanceRequest(s: SentenceMentions): boolean {
  const at = s.lower.indexOf('clearance');
  return at > 0 && s.lower[at - 1] === 'country';
}

function assignAffiliation(c: Cluster, hostCountry: string | null): void {
  const p = c.person;
  const explicit = c.mentions.find((m) => m.affiliation);
  // (`Prime Minister Al Maliki`: an article read as a given name says nothing against the known one.)
  const given = p.given && !NAME_PARTICLES.has(p.given.toLowerCase()) ? p.given : null;
  // (`Kim Il-sung` in a cable that also names `Kim Jong-il`: of several notable bearers of the surname, the
  // one whose given name is written.)
  const known =
    (given
      ? NOTABLE_BEARERS.get(nameKey(p.surname))?.find(
          (row) => row.given && notableGivenMeets(row.given, given),
        )
      : undefined) ?? NOTABLE.get(nameKey(p.surname));
  // (`Congolese President Denis Sassou-Nguesso`: a demonym two countries share says less than the known
  // holder's country, where it is the other.)
  const knownSide = known?.affiliation;
  if (explicit?.affiliation && knownSide && DEMONYM_SHARERS.get(explicit.affiliation)?.has(knownSide)) {
    p.affiliation = knownSide;
    p.affiliation_source = 'known';
    return;
  }
  if (explicit?.affiliation) {
    p.affiliation = explicit.affiliation;
    p.affiliation_source = 'stated';
    return;
  }
  // (`Municipal Secretary for Development Felipe Goes`, `ANCYL Provincial Secretary Julius Malema`: a
  // word before the title that makes it another body's office; as data. Once is enough: `MRE Under
  // Secretary Everton Vargas ... U/S Vargas` is Brazil's.)
  const localWord = (m: Mention, i: number) => {
    const s = c.sentences[i];
    if (!s) return false;
    // (`MFA Middle East DAS Ludovic Pouille`: or before a portfolio of capitalised words.)
    let before = m.from - 1;
    while (before > m.from - 4 && s.tokens[before]?.cap && !LOCAL_OFFICE_WORDS.has(s.words[before] ?? ''))
      before--;
    // (`Rio State Security Secretary Jose Mariano Beltrame`: a region of its own opens the office, the words
    // up to it capitalised; not `in Abu Dhabi, Under Secretary Burns`.)
    let open = m.from;
    while (open > m.from - 4 && s.tokens[open - 1]?.cap && s.tokens[open - 1]?.word) open--;
    const opening = s.words.slice(open, m.from);
    // (A region, not a post's city: `Riyadh Pol/Mil Counselor Scott McGehee` is of the Embassy there.)
    const placed = opening.some((w) => KNOWN_PLACES.has(w) && postCountry(w) === null);
    return (
      placed ||
      LOCAL_OFFICE_WORDS.has(s.words[before] ?? '') ||
      // (`MRE Under Secretary ... Vargas`: the ministry's short name may open the mention itself.)
      (LOCAL_OFFICE_WORDS.has(s.words[m.from] ?? '') && !TITLES.match(s.words, m.from, s.lower)) ||
      // (`Lefebvre de Laboulaye, U/S for Political Affairs-equivalent at the MFA`: the likeness of our office.)
      (s.words[m.to] === ',' && likeness(s.words, m.to + 1)) ||
      // (Not `Assistant Secretary for South and Central Asian Affairs`, an American office with a portfolio.)
      foreignSecretaryOfState(s.words, s.lower, m.from)
    );
  };
  const local =
    c.mentions.some((m, i) => m.titles.some((t) => US_TITLES.has(t)) && localWord(m, i)) ||
    hostSecretary(p, hostCountry);
  const implied = c.mentions.find((m) => m.titleAffiliation);
  const knownFits = known?.affiliation && (!known.given || !given || notableGivenMeets(known.given, given));
  // (`Secretary-General Rasmussen` in a cable from NATO: an office several bodies have, that the title table
  // gives one of them by default, is the known holder's body.)
  const otherBody =
    knownFits &&
    !COUNTRY_NAMES.has(known?.affiliation ?? '') &&
    !!implied?.titleAffiliation &&
    !COUNTRY_NAMES.has(implied.titleAffiliation);
  // (`U/S Vargas` after `MRE Under Secretary ... Vargas`: a US office's short form says less than the ministry.)
  if (implied?.titleAffiliation && !otherBody && !(local && implied.titleAffiliation === 'United States')) {
    p.affiliation = implied.titleAffiliation;
    p.affiliation_source = 'title';
    return;
  }
  if (known?.affiliation && knownFits) {
    p.affiliation = known.affiliation;
    p.affiliation_source = 'known';
    return;
  }
  // `Wu Dawei` in a Seoul cable is Chinese; in a Beijing or Taipei cable, of the host. (Before a title
  // that would make an American of him: `Ambassador Guan Mu` in Rangoon is China's.)
  const tradition = c.surnameFirst ? SURNAMES_FIRST.get(p.surname) : undefined;
  // (`Amb. Sun Jun-young` in a Seoul cable: a given name of two Korean syllables joined is of Korea's
  // tradition, whatever other tradition shares the family name.)
  const korean =
    (hostCountry === 'South Korea' || hostCountry === 'North Korea') &&
    /^\p{Lu}\p{Ll}+-\p{Ll}+$/u.test(p.given ?? '') &&
    (p.given ?? '')
      .toLowerCase()
      .split('-')
      .every((part) => KOREAN_SYLLABLE.test(part));
  // (Not where the tradition is a Korea's already: `Jang Song-taek` is of the North.)
  if (korean && hostCountry && tradition?.[0] && !tradition.some((t) => t.endsWith('Korea'))) {
    p.affiliation = hostCountry;
    p.affiliation_source = 'name';
    return;
  }
  if (tradition?.[0] && !(hostCountry && tradition.includes(hostCountry))) {
    p.affiliation = tradition[0];
    p.affiliation_source = 'name';
    return;
  }
  // (`State Secretary for Public Security Jose Beltrame ... State Security Secretary Beltrame`: a US
  // office's word inside another office the person holds is that office's short form.)
  // (`Opel managers such as Berlin Representative Uwe Berlinghoff`: nor one a city's name opens each time,
  // a local office.)
  const cityOffice =
    c.mentions.some((m) => m.titles.length > 0) &&
    c.mentions.every((m, i) => {
      const before = c.sentences[i]?.words[m.from - 1] ?? '';
      return (
        m.titles.length === 0 ||
        (c.sentences[i]?.tokens[m.from - 1]?.cap === true &&
          (KNOWN_PLACES.has(before) || postCountry(before) !== null))
      );
    });
  const usTitle =
    !cityOffice &&
    p.titles.some(
      (t) => US_TITLES.has(t) && !p.titles.some((o) => o !== t && !US_TITLES.has(o) && o.endsWith(` ${t}`)),
    );
  // (`ex-Ambassador to Saudi Arabia Habibullah Fawzi` in a Kabul cable, `ex-Ambassador to the U.S. Jorge
  // Montano` in a Mexico City one: an envoy posted to another country than the host, his side unsaid, is
  // the host's own.)
  const postedAbroad =
    hostCountry !== null && c.mentions.some((m) => m.postedTo !== undefined && m.postedTo !== hostCountry);
  if (!local && usTitle && !postedAbroad) {
    p.affiliation = 'United States';
    p.affiliation_source = 'us-title';
    return;
  }
  // (`REQUESTS COUNTRY CLEARANCE FOR MR. MANSFIELD BLACKWOOD ..., AND MR. MICHAEL DONALD`: travellers a post
  // asks clearance for are the US government's.)
  if (c.sentences.some(clearanceRequest)) {
    p.affiliation = 'United States';
    p.affiliation_source = 'us-title';
    return;
  }
  if (hostCountry) {
    p.affiliation = hostCountry;
    p.affiliation_source = 'host-country';
  }
}
