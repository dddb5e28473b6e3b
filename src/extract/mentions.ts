import { readTsv } from '../lexicon/load.js';
import { postCountry } from '../lexicon/posts.js';
import {
  AFFILIATION_LINKS,
  bureauOf,
  COMMON_WORDS,
  COUNTRIES,
  COUNTRIES_IN_CAPITALS,
  COUNTRY_NAMES,
  CUES,
  DESK_WORDS,
  ENVOY_TITLES,
  endsLikeAbstractNoun,
  GIVEN_NAMES,
  HISPANIC_GIVEN_NAMES,
  HUMAN_NOUNS,
  INSTITUTION_WORDS,
  IRREGULAR_PARTICIPLES,
  isPersonNoun,
  KNOWN_NAMES,
  KNOWN_PLACES,
  LIST_HEADS,
  MILITARY_RANKS,
  MODAL_VERBS,
  NAME_PARTICLES,
  NAME_STOPWORDS,
  NUMBER_WORDS,
  OBJECT_DETERMINERS,
  OBJECT_PARTICIPLES,
  OPENING_PARTICLES,
  ORG_NOUNS,
  ORGANIZATIONS,
  OWN_OFFICE_WORDS,
  PATRONYMIC_WORDS,
  type PhraseMatch,
  type PhraseTable,
  PLACE_NOUNS,
  PLACE_OPENERS,
  PORTFOLIO_BODIES,
  PORTFOLIO_LINKS,
  PORTFOLIOS,
  pluralPersonNoun,
  REGION_WORDS,
  ROLES,
  SPEECH_ADVERBS,
  STANDALONE_TITLES,
  SURNAME_PARTICLES,
  SURNAME_TITLES,
  statedSide,
  TITLE_MODIFIERS,
  TITLE_PREDICATES,
  TITLE_RANKS,
  TITLES,
  US_TITLES,
} from '../lexicon/words.js';
import type { Definitions } from './acronyms.js';
import type { Token } from './tokens.js';

/** A place in the text where someone or something is named. */
export interface Mention {
  kind: 'person' | 'role' | 'pronoun' | 'organization' | 'country';
  /** Index of the first and one past the last token of the whole phrase (titles included). */
  from: number;
  to: number;
  /** Tokens of the name itself (persons), without titles and affiliations. */
  nameFrom: number;
  nameTo: number;
  titles: string[];
  /** Affiliation said by the phrase itself (`UK Permrep`, `Portuguese`, `UN`), or by the line it opens. */
  affiliation: string | null;
  /** Affiliation implied by the title alone (`SYG` → United Nations). */
  titleAffiliation: string | null;
  /** For roles, organisations and countries: the normalised name. */
  label: string;
  /** The phrase began with `the` (`the SYG`, `the Ambassador`). */
  definite: boolean;
  /** Preceded by a preposition: an object, not a subject. */
  object: boolean;
  paragraph: number | null;
  /** The country a title posts the person to (`Ambassador to Saudi Arabia Habibullah Fawzi`). */
  postedTo?: string;
  /** `Ambassador and Mrs. Randt`: the title by which the name also names the holder's spouse. */
  spouse?: string;
}

const PREPOSITIONS = new Set([
  'to',
  'with',
  'from',
  'of',
  'by',
  'for',
  'on',
  'about',
  'at',
  'in',
  'between',
  'among',
  'against',
  'toward',
  'towards',
  'into',
  'under',
  'than',
  'like',
  'through',
  'via',
  'including',
  'without',
  'before',
  'after',
]);
const CUE_FIRST = { has: (w: string) => CUES.startsWith(w) };
const ARTICLE_NAME = /^(?:al|el|ad|as|ash|at|az|ar|bin|ibn|abu)-['’]?\p{Lu}/u;
// A Set, not an object: a look-up of any word in an object literal also finds `constructor`, and is slow.
const PRONOUNS: ReadonlySet<string> = new Set(['he', 'she', 'him', 'her', 'his']);
const LINK_PREPOSITIONS: ReadonlySet<string> = new Set(['by', 'of', 'under', 'the', "'s"]);
/** Staff roles the glossary writes in lower case (`source`, `contact`): they may speak uncapitalised. */
const LOWER_CASE_ROLES: ReadonlySet<string> = new Set(
  readTsv('staff-roles.tsv')
    .map((row) => row.form ?? '')
    .filter((form) => form !== '' && form === form.toLowerCase() && !form.includes(' ')),
);
/** Their first letters: most lower-case words are turned away by one number look-up. */
const ROLE_INITIALS: ReadonlySet<number> = new Set([...LOWER_CASE_ROLES].map((role) => role.charCodeAt(0)));

/** The word without a possessive ending (`Sawyer's`, `Powers'`). */
function bare(text: string): string {
  const last = text.charCodeAt(text.length - 1);
  if (last === 39 || last === 0x2019) return text.slice(0, -1);
  if (last !== 115 && last !== 83) return text;
  const quote = text.charCodeAt(text.length - 2);
  return quote === 39 || quote === 0x2019 ? text.slice(0, -2) : text;
}

const QUOTES = new Set(['"', '“', '”']);

/** The length of a nickname in quotes at k, `("Kip")` or `"Kip"`, or 0. */
export function nicknameLength(tokens: readonly Token[], k: number): number {
  // (`Colonel Bjarne (Michael) Iverson`: a given name in parentheses between the name's words.)
  if (
    tokens[k]?.text === '(' &&
    tokens[k + 2]?.text === ')' &&
    tokens[k + 1]?.cap &&
    tokens[k + 3]?.cap &&
    tokens[k + 3]?.word &&
    isGivenName(tokens[k + 1]?.text ?? '')
  )
    return 3;
  const paren = tokens[k]?.text === '(' ? 1 : 0;
  const open = tokens[k + paren];
  const word = tokens[k + paren + 1];
  const close = tokens[k + paren + 2];
  if (!open || !QUOTES.has(open.text) || !word?.cap || !close || !QUOTES.has(close.text)) return 0;
  if (paren && tokens[k + 4]?.text !== ')') return 0;
  return 3 + 2 * paren;
}

/** First letters of the offices a cable writes in lower case after `the` (`the minister`, `the president`). */
const LOWER_CASE_TITLE_INITIALS: ReadonlySet<number> = new Set([...'mdpgcsfvi'].map((c) => c.charCodeAt(0)));

function isNameToken(token: Token | undefined, allCaps: boolean): boolean {
  if (!token?.word) return false;
  const raw = token.text;
  const last = raw.charCodeAt(raw.length - 1);
  const text = last === 115 || last === 83 || last === 39 || last === 0x2019 ? bare(raw) : raw;
  if (text.length < 2 && !(raw.length === 2 && raw.endsWith('.'))) return false;
  // Arabic names keep their article in lower case: `al-Asad`, `el-Baradei`, `bin-Laden`.
  if (!allCaps && !token.cap) return NAME_PARTICLES.has(text.toLowerCase()) || ARTICLE_NAME.test(text);
  if (NAME_STOPWORDS.has(text)) return false;
  // Redactions (`XXXXXXXXXXXX`, glued as in `Chun.XXXXXXXXXXXX`) hide a name; they are none.
  if (text.includes('XXXX')) return false;
  // (`Serra: Slow and Steady... Serra maintains`: a word an ellipsis closes ends a heading, not a name.)
  if (raw.endsWith('..') || raw.endsWith('…')) return false;
  if (allCaps && (NAME_STOPWORDS.has(titleCase(text)) || !capsNameShape(text))) return false;
  // In capitals, `PRESIDENT SEES` is a title and a verb: a name is not made of ordinary words
  // (`TROUBLE-SHOOTER`: nor with an ordinary word joined).
  if (allCaps && isCommonWord(text.toLowerCase())) return false;
  if (
    allCaps &&
    text.includes('-') &&
    text
      .toLowerCase()
      .split('-')
      .some((part) => isCommonWord(part))
  )
    return false;
  // (`Patrick Worman POL/ECON Jay Munir`: an office's short form with a slash parts two names; not
  // `Tesic/Tezic`, two spellings of one.)
  if (/\d/.test(text) || (!allCaps && officeWithSlash(text))) return false;
  // (`the Russian-speaking Lieberman`, `U.S.-educated`, `his Hungarian-born father`: a compound adjective
  // ending in a participle.)
  if (/-\p{Ll}+(?:ing|ed)$/u.test(text) && isCommonWord(text.slice(text.lastIndexOf('-') + 1))) return false;
  if (text.includes('-') && IRREGULAR_PARTICIPLES.has(text.slice(text.lastIndexOf('-') + 1))) return false;
  // (`We've told Guner`: a contraction opening a sentence.)
  if (/['’](?:ve|d|ll|re|m)$/i.test(text)) return false;
  return !isTitleWord(text);
}

/** `POL/ECON`, `A/S`, `D/CHOD`, `EUR/PRA`: a short form with a slash, in capitals only (not `APR/Yakaar`). */
function officeWithSlash(text: string): boolean {
  return text.includes('/') && !/\p{Ll}/u.test(text);
}

/**
 * Capitalised words that cannot be part of a name: prepositions and negations of headline-style text
 * (`Saudis Unhappy With Zardari`), titles glued with a hyphen (`POTUS-President`, `Chief-Minister`) and
 * titles in the plural (`Secretaries Clinton`, `Ambassadors Holbrooke`).
 */
function isTitleWord(text: string): boolean {
  const lower = text.toLowerCase();
  // (`Senior General Than Shwe`: a given name the lexicon knows is one, whatever else it spells.)
  if ((PREPOSITIONS.has(lower) && !GIVEN_NAMES.has(text)) || lower === 'no' || lower === 'not') return true;
  // (Not `Al-Sheikh`, `Al-Amir`: a title's word after an Arabic article is a family name.)
  if (
    lower.includes('-') &&
    !/^(?:al|el)-/.test(lower) &&
    lower.split('-').some((part) => TITLES.startsWith(part) && TITLES.match([part], 0, [part]))
  )
    return true;
  if (lower.length > 4 && lower.endsWith('s')) {
    const singular = lower.endsWith('ies') ? `${lower.slice(0, -3)}y` : lower.slice(0, -1);
    if (TITLES.match([singular], 0, [singular])) return true;
  }
  // (`PODEMOS Congressmen`, `Spokesmen`: a title in its plural in -men.)
  if (lower.length > 5 && lower.endsWith('men')) {
    const singular = `${lower.slice(0, -3)}man`;
    if (TITLES.match([singular], 0, [singular])) return true;
  }
  return false;
}

/** Words of all-capitals text that are not names: auxiliaries, verb and adverb endings, cue verbs. */
const CAPS_FUNCTION_WORDS = new Set([
  'WILL',
  'HAS',
  'HAVE',
  'HAD',
  'IS',
  'WAS',
  'ARE',
  'WERE',
  'BE',
  'BEEN',
  'MAY',
  'CAN',
  'WOULD',
  'SHOULD',
  'COULD',
  'MUST',
  'DID',
  'DOES',
  'DO',
  'NOT',
  'ALSO',
  'THAT',
  'WHO',
  'AND',
  'OR',
  'BUT',
  'TO',
  'IN',
  'ON',
  'AT',
  'BY',
  'FOR',
  'OF',
  'WITH',
  'FROM',
  'AS',
  'QTE',
  'UNQTE',
]);

function capsNameShape(word: string): boolean {
  if (CAPS_FUNCTION_WORDS.has(word)) return false;
  // (`ALFRED`, `MOHAMMED`: a known name keeps its verb-like ending.)
  if (word.length > 4 && /(?:ED|LY|ING|IZED|ISED)$/.test(word) && !KNOWN_NAMES.has(word.toLowerCase()))
    return false;
  return !CUE_FIRST.has(word.toLowerCase());
}

/**
 * An ordinary word, or one with a verb's or plural's `s` (`CONCEDES`, `UNDERCUTS`); not a name's particle,
 * a given name or a notable surname (`BURNS`).
 */
export function isCommonWord(lower: string): boolean {
  if (NAME_PARTICLES.has(lower) || KNOWN_NAMES.has(lower)) return false;
  if (COMMON_WORDS.has(lower)) return true;
  if (lower.length > 5 && lower.endsWith('ies') && COMMON_WORDS.has(`${lower.slice(0, -3)}y`)) return true;
  return lower.length > 4 && lower.endsWith('s') && COMMON_WORDS.has(lower.slice(0, -1));
}

function allOrdinary(lower: string[], from: number, to: number): boolean {
  for (let k = from; k < to; k++) if (!isCommonWord(bare(lower[k] ?? ''))) return false;
  return true;
}

/** Cities the cables report from (`Abu Dhabi`, `Addis Ababa`) and other places written as a name would be. */
const KNOWN_PLACE_NAMES: ReadonlySet<string> = new Set([
  ...readTsv('post-countries.tsv').map((row) => row.post ?? ''),
  ...KNOWN_PLACES,
]);

/** `Abu Dhabi`, `Hague` (of `The Hague`): a place's name, as written or without its article. */
export function isPlaceName(name: string): boolean {
  return KNOWN_PLACE_NAMES.has(name) || KNOWN_PLACE_NAMES.has(`The ${name}`);
}

function isKnownPlace(words: string[], from: number, to: number): boolean {
  // (`Abu Dhabi's own Masdar`: a place in the possessive.)
  const name = (to - from === 1 ? (words[from] ?? '') : words.slice(from, to).join(' ')).replace(
    /['’]s$/,
    '',
  );
  // (`to The Hague`, `in the Hague`: the article is part of the city's name.)
  return (
    KNOWN_PLACE_NAMES.has(name) ||
    (words[from - 1]?.toLowerCase() === 'the' && KNOWN_PLACE_NAMES.has(`The ${name}`))
  );
}

function titleCase(word: string): string {
  return word.charAt(0).toUpperCase() + word.slice(1).toLowerCase();
}

/** Words of a token list, as the phrase tables match them. */
function wordsOf(tokens: Token[]): string[] {
  return tokens.map((t) => t.text);
}

interface Prefix {
  titles: string[];
  affiliation: string | null;
  titleAffiliation: string | null;
  next: number;
  /** A principal's title after `the` that another principal's title follows: the office alone, no name. */
  standalone?: boolean;
  /** `Ambassador and Mrs. Randt`: the title of address of a spouse the name also names. */
  spouse?: string;
  /** The side the titles imply is a former office's (`former SACEUR`). */
  formerSide?: boolean;
}

/** Titles of address, which a spouse bears beside an office holder of the family name. */
const ADDRESS_TITLES: ReadonlySet<string> = new Set(['Mrs.', 'Ms.', 'Mr.']);

/** Prepositions before which a country is where something is, not whose someone is (`the` is checked beside them: `to the U.S.`). */
const SITE_PREPOSITIONS: ReadonlySet<string> = new Set(['to', 'in', 'of', 'from', 'at', 'for', 'on']);

/** What the reader of a prefix reads: a sentence's tokens and the country table for its case. */
interface PrefixScan {
  readonly tokens: Token[];
  readonly words: string[];
  readonly lower: string[];
  readonly countries: PhraseTable;
  /** Short forms of titles that the cable defines (`(UNSCOL)`). */
  readonly titles: ReadonlyMap<string, string>;
  /** Acronyms the cable defines as bodies (`Administrative Department of Security (DAS)`). */
  readonly bodies: ReadonlyMap<string, string>;
}

const NO_TITLES: ReadonlyMap<string, string> = new Map();

/** `Chief Electoral Advisor`: a field's adjective before a title narrows that title (not a name). */
function fieldTitle(scan: PrefixScan, j: number): ReturnType<PhraseTable['match']> {
  if (!TITLE_MODIFIERS.has(scan.words[j] ?? '')) return null;
  const title = TITLES.match(scan.words, j + 1, scan.lower);
  if (!title) return null;
  return {
    length: title.length + 1,
    entry: {
      tokens: [scan.lower[j] ?? '', ...title.entry.tokens],
      value: { ...title.entry.value, title: `${scan.words[j]} ${title.entry.value.title ?? ''}` },
    },
  };
}

/** A title's short form that the cable defines, at j, as a one-word match of the title table would be. */
function definedTitle(scan: PrefixScan, j: number): ReturnType<PhraseTable['match']> {
  const title = scan.titles.get(scan.words[j] ?? '');
  return title
    ? { length: 1, entry: { tokens: [(scan.words[j] ?? '').toLowerCase()], value: { title } } }
    : null;
}

/** Reads what may stand before a name: `the`, an affiliation (`UK`, `Portuguese`, `UN`) and titles. */
function readPrefix(
  tokens: Token[],
  words: string[],
  i: number,
  lower: string[],
  countries: PhraseTable = COUNTRIES,
  titles: ReadonlyMap<string, string> = NO_TITLES,
  bodies: ReadonlyMap<string, string> = NO_TITLES,
): Prefix {
  const scan: PrefixScan = { tokens, words, lower, countries, titles, bodies };
  const prefix: Prefix = { titles: [], affiliation: null, titleAffiliation: null, next: i };
  let j = sideBeforeTitle(scan, prefix, i);
  j = titlesAt(scan, prefix, i, j);
  const office = j;
  j = portfolioAfterTitles(scan, prefix, j);
  ministerOfPortfolio(scan, prefix, office, j);
  const next = shortFormAfterTitles(scan, prefix, i, j);
  // (`Senior Civilian Representative (SCR) for the South Frank Ruggiero`: the portfolio after the short form.)
  prefix.next =
    next > j && (lower[next] === 'for' || lower[next] === 'of')
      ? portfolioAfterTitles(scan, prefix, next)
      : next;
  return prefix;
}

/**
 * In capitals, what makes one word after it a thing's or a group's name, not a person's: `THE OASGA`,
 * `THE INTERVIEWED AMERASIANS`, `SIXTY-ONE AMERASIANS`, `MOST AMERASIANS`.
 */
function thingBefore(scan: PrefixScan, at: number): boolean {
  const { words, lower, countries } = scan;
  const before = lower[at - 1] ?? '';
  if (before === 'the' || QUANTIFIERS.has(before) || NUMBER_WORDS.has(before)) return true;
  if (lower[at - 2] !== 'the') return false;
  // (`THE INTERVIEWED AMERASIANS`: one ordinary word between; `THE ITALIAN TREASURY`: or a country's.)
  return (isCommonWord(before) && !TITLES.startsWith(before)) || countries.match(words, at - 1)?.length === 1;
}

/** Whether a country's adjective of one word stands at k (`French` in `Phil French`). */
function oneWordDemonym(countries: PhraseTable, words: string[], k: number): boolean {
  const found = countries.match(words, k);
  return found?.entry.value.kind === 'demonym' && found.length === 1;
}
/** Words of quantity before a noun (`MOST AMERASIANS`, `SOME CONTACTS`), lower case. */
const QUANTIFIERS: ReadonlySet<string> = new Set([
  'some',
  'many',
  'most',
  'few',
  'several',
  'all',
  'both',
  'other',
]);

/**
 * `Serbian Ministry for Kosovo State Secretary`: when the country at j is a body's portfolio (after `Ministry
 * for`), the side is the country named before the body (Serbia), or '' when none is; null when j is no
 * portfolio.
 */
function bodyBeforePortfolio(scan: PrefixScan, j: number): string | null {
  const { words, lower, countries } = scan;
  if (lower[j - 1] !== 'for' || !PORTFOLIO_BODIES.has(lower[j - 2] ?? '')) return null;
  for (let k = j - 3; k >= 0 && k >= j - 5; k--) {
    const side = countries.match(words, k);
    if (side && k + side.length === j - 2) return side.entry.value.country ?? '';
  }
  return '';
}

/** A side before the titles (`UK Permrep`, `EU Climate Action Commissioner`, `Swiss Jean`); past it. */
/**
 * Whether the word at j is an acronym the cable defines as a body other than the one the glossary reads
 * (`DAS`, a title in the glossary, for `Administrative Department of Security`; `SPD`, a German party there,
 * for Pakistan's `Strategic Plans Division`); not `FDLR` or `PSOE` defined as the glossary has them.
 */
function redefinedAcronym(scan: PrefixScan, j: number): boolean {
  const defined = scan.bodies.get(scan.words[j] ?? '');
  if (defined === undefined) return false;
  const glossary = ORGANIZATIONS.match(scan.words, j);
  if (glossary?.length !== 1) return true;
  // (The same body in other words or another language: `Democratic Force for the Liberation of Rwanda`,
  // `Partido Socialista Obrero Espanol`; a word's first five letters in common are enough.)
  const stems = (name: string) =>
    name
      .toLowerCase()
      .split(/[^a-z]+/)
      .filter((w) => w.length >= 4)
      .map((w) => w.slice(0, 5));
  const own = new Set(stems(defined));
  return !stems(glossary.entry.value.name ?? '').some((w) => own.has(w));
}

function sideBeforeTitle(scan: PrefixScan, prefix: Prefix, i: number): number {
  const { tokens, words, lower, countries } = scan;
  let j = i;
  // (`former DAS Director Andres Penate` where the cable spells out `Administrative Department of Security
  // (DAS)`: the body it defines, not the glossary's title; its side is the cable's to find.)
  if (redefinedAcronym(scan, j) && TITLES.match(words, j + 1, lower) && tokens[j + 1]?.cap) return j + 1;
  // (`Office of North American Affairs Counselor Deng`: a region's, not the United States'.)
  // (`the ethnic Uzbek leader Dostum`: a people, not a state.)
  const named =
    REGION_WORDS.has(words[j - 1] ?? '') || lower[j - 1] === 'ethnic' ? null : countries.match(words, j);
  // (`American Airlines Country Manager Omar Nottaro`: a body's name that opens with the country's word.)
  const longerBody = named ? ORGANIZATIONS.match(words, j) : null;
  const country = longerBody && named && longerBody.length > named.length ? null : named;
  // `PRM/Admissions Director Rusch`: an office written with its bureau names the bureau's side.
  const bureau = bureauOf(words[j] ?? '');
  // (`EULEX's policy chief Dominique Orsini`: a body in the possessive before its officer's role too.)
  const owning = /['’]s$/.test(words[j] ?? '') ? ORGANIZATIONS.match([bare(words[j] ?? '')], 0) : null;
  const org = country
    ? null
    : (ORGANIZATIONS.match(words, j) ??
      (owning?.length === 1 ? owning : null) ??
      (bureau ? { ...bureau, length: 1 } : null));
  const portfolioOf = country ? bodyBeforePortfolio(scan, j) : null;
  const affiliation =
    portfolioOf !== null
      ? portfolioOf || null
      : (country?.entry.value.country ?? org?.entry.value.affiliation ?? null);
  const afterAffiliation = j + (country?.length ?? org?.length ?? 0);
  if (affiliation && affiliation !== '-' && tokens[j]?.cap) {
    // (`Iran Desk Officer Arnaud Pescheux`, `Iran Division Deputy Director Ni Ruchi`: before a desk or
    // another unit of a ministry, the country is the portfolio, not the side.)
    const unit = country !== null && DESK_WORDS.has(words[afterAffiliation] ?? '');
    const desk = TITLES.match(words, afterAffiliation, lower)?.entry.value.title === 'Desk Officer';
    const titled =
      !desk && TITLES.match(words, afterAffiliation, lower) !== null && tokens[afterAffiliation]?.cap;
    // `EU Climate Action Commissioner Connie Hedegaard`: the title's portfolio between side and title.
    const portfolio = titled ? 0 : portfolioBeforeTitle(tokens, words, lower, afterAffiliation);
    const roleRun = titled || portfolio > 0 ? 0 : roleNounRun(tokens, words, afterAffiliation);
    if (titled || portfolio > 0) {
      // (`SPD EU Industry Commissioner Guenter Verheugen`: a party's member in an international body's office
      // is of that body.)
      const inner =
        org?.entry.value.kind === 'party' ? ORGANIZATIONS.match(words, afterAffiliation)?.entry.value : null;
      const body = inner?.kind === 'international' ? statedSide(inner) : null;
      if (!unit) prefix.affiliation = body ?? affiliation;
      j = afterAffiliation + portfolio;
    } else if (roleRun > 0) {
      // `IGC member Ahmed Chalabi`, `AQAP leader Nassr al-Wahishi`, `Russian international arms trafficker
      // Viktor Bout`: a role noun in lower case, with up to two words before it.
      // (`MFA Rwanda desk officer Laurent Chevallier`: not a country before its desk.)
      const unitWord = words[afterAffiliation] ?? '';
      const deskAfter = DESK_WORDS.has(unitWord.charAt(0).toUpperCase() + unitWord.slice(1));
      if (!(country !== null && deskAfter)) prefix.affiliation = affiliation;
      j = afterAffiliation + roleRun;
    } else if (
      // (`ISN/MTR James Mayes`, `EUR/PRA Matt Hardiman`: an office written with its bureau, then a name.)
      bureau &&
      !country &&
      isGivenName(words[afterAffiliation] ?? '') &&
      tokens[afterAffiliation + 1]?.cap &&
      tokens[afterAffiliation + 1]?.word
    ) {
      prefix.affiliation = affiliation;
      j = afterAffiliation;
    } else if (
      // `Swiss Jean Pierre Gontard`, `Frenchman Noel Saenz`: a demonym right before a given name and a
      // surname (not a country's name: `Ambassador to Iran Geoffrey Adams` holds an office there).
      country &&
      words.slice(j, afterAffiliation).join(' ') !== affiliation &&
      !SITE_PREPOSITIONS.has(lower[j - 1] ?? '') &&
      lower[j - 1] !== 'the' &&
      isGivenName(words[afterAffiliation] ?? '') &&
      tokens[afterAffiliation + 1]?.cap &&
      tokens[afterAffiliation + 1]?.word
    ) {
      prefix.affiliation = affiliation;
      j = afterAffiliation;
    } else if (
      isPersonNoun(words[afterAffiliation] ?? '') &&
      /^(?:of|for)$/.test(lower[afterAffiliation + 1] ?? '') &&
      tokens[afterAffiliation + 2]?.word &&
      !tokens[afterAffiliation + 2]?.cap &&
      TITLES.match(words, afterAffiliation + 3, lower) &&
      tokens[afterAffiliation + 3]?.cap
    ) {
      // `European Union chief of mission Ambassador Andrew Standley`: a role with its object, then a title.
      prefix.affiliation = affiliation;
      j = afterAffiliation + 3;
    }
  } else if (
    words[j - 1] === ')' &&
    words[j - 3] === '(' &&
    tokens[j]?.cap &&
    TITLES.match(words, j, lower)
  ) {
    // (`Council of Europe (COE) Secretary General Terry Davis`: a body's short form in parentheses, then
    // the title, names the holder's side as the body's name would.)
    // (Not `Council for Cooperation with the International Criminal Tribunal ... (ICTY) Chairman Rasim
    // Ljajic`: a body named after `with` is the office's portfolio.)
    let k = j - 4;
    while (k >= 0 && j - k <= 12 && (tokens[k]?.cap || /^(?:of|for|the|and)$/.test(lower[k] ?? ''))) k--;
    const short = ORGANIZATIONS.match(words, j - 2) ?? countries.match(words, j - 2);
    const side = short?.length === 1 ? (short.entry.value.country ?? short.entry.value.affiliation) : null;
    if (side && side !== '-' && !PREPOSITIONS.has(lower[k] ?? '')) prefix.affiliation = side;
  }
  return j;
}

/**
 * `Secretary of State for Latin American Affairs Trinidad Jimenez`, `Socialist Secretary for International
 * Relations Trinidad Jimenez`: the title at `at`, with a portfolio after `for`, is a junior minister's or a
 * party's office, never the American one (whose Secretaries have none).
 */
export function foreignSecretaryOfState(words: string[], lower: string[], at: number): boolean {
  const title = TITLES.match(words, at, lower);
  const name = title?.entry.value.title;
  return (
    (name === 'Secretary of State' || name === 'Secretary') && lower[at + (title?.length ?? 0)] === 'for'
  );
}

/**
 * `U/S for Political Affairs-equivalent at the MFA`, `DAS-equivalent`: a title named as the likeness of one
 * of ours, within its phrase up to a comma; it says nothing of the holder's side.
 */
export function likeness(words: string[], from: number): boolean {
  for (let k = from; k < words.length && k - from <= 6 && !/^[,;:.]$/.test(words[k] ?? ''); k++)
    if (/(?:^|-)equivalent$/i.test(words[k] ?? '')) return true;
  return /-equivalent$/i.test(words[from - 1] ?? '');
}

/** A capitalised word's singular if it may be a plural (`MEPs` → `MEP`, `Congressmen` → `Congressman`). */
function singularTitle(word: string): string | null {
  // (Most words end in neither: the cheap test first, on the hot path of every title read.)
  if (word.endsWith('s')) return /^\p{Lu}\p{L}*[^s]s$/u.test(word) ? word.slice(0, -1) : null;
  if (!word.endsWith('men')) return null;
  return /^\p{Lu}\p{L}+men$/u.test(word) ? `${word.slice(0, -3)}man` : null;
}

/**
 * The title at j; `Minister of Culture and Tourism`: where a title that names its portfolio after `of` goes
 * on with more of it after `and` or a comma, only the office, whose portfolio is read after it.
 */
function portfolioTitle(scan: PrefixScan, j: number): PhraseMatch | null {
  const { tokens, words, lower } = scan;
  const title = TITLES.match(words, j, lower);
  if (
    !title ||
    title.length < 3 ||
    !lower.slice(j + 1, j + title.length).includes('of') ||
    // (Not `Chief of Staff and Intelligence Coordinator`: an office whose name holds the `of`.)
    (title.entry.value.title ?? '').includes(' of ')
  )
    return title;
  const end = j + title.length;
  // (`Minister of Industry, Tourism and Commerce`: or a list of them.)
  const listed =
    words[end] === ',' && !isGivenName(words[end + 1] ?? '') && /^(?:and|&)$/.test(lower[end + 2] ?? '');
  if (
    !(listed || /^(?:and|&)$/.test(lower[end] ?? '')) ||
    !tokens[end + 1]?.cap ||
    TITLES.match(words, end + 1, lower)
  )
    return title;
  const office = lower.indexOf('of', j + 1);
  return TITLES.match(words.slice(j, office), 0, lower.slice(j, office)) ?? title;
}

/** The titles from j on (`U/SYG and Special Adviser`, `Chief of Staff USAF General`); past them. */
function titlesAt(scan: PrefixScan, prefix: Prefix, i: number, from: number): number {
  const { tokens, words, lower, countries } = scan;
  let j = from;
  let firstAt = from;
  let deputyEnd = -1;
  for (;;) {
    // `MEPs Ursula Gacek ...`, `Congressmen Tanner and Gillmor`: a title in the plural before names is
    // each one's.
    const singular = singularTitle(words[j] ?? '');
    const plural =
      prefix.titles.length === 0 &&
      singular !== null &&
      tokens[j + 1]?.cap &&
      // (`Leaders Meeting`, `Bishops Conference`: a common noun after it makes a body's name; not in a pair
      // of names, `Generals Keen and Peixoto`.)
      (!isCommonWord(bare(lower[j + 1] ?? '')) || (lower[j + 2] === 'and' && tokens[j + 3]?.cap === true))
        ? TITLES.match([singular], 0)
        : null;
    const title =
      portfolioTitle(scan, j) ??
      (plural?.length === 1 ? plural : null) ??
      definedTitle(scan, j) ??
      fieldTitle(scan, j);
    if (!title) break;
    // (`Embassy Ag Counselor`: a two-letter abbreviation, `AG`, written in lower case is another word; not
    // its plural, `MPs`.)
    if (
      title.length === 1 &&
      /^\p{Lu}{2}$/u.test(title.entry.value.form ?? '') &&
      /\p{Ll}/u.test((words[j] ?? '').replace(/s$/, ''))
    )
      break;
    // (`Dubai World head Sultan bin Sulayem`: a title word before `bin` is the given name of a patronymic.)
    if (title.length === 1 && /^(?:bin|ibn|bint)$/i.test(words[j + 1] ?? '')) break;
    // A title in lower case is a common noun (`the minister said`): only capitalised titles or
    // abbreviations (`Amb.`) stand before a name.
    const first = tokens[j];
    if (!first || (!first.cap && !/[./]/.test(first.text))) break;
    // (`Duke University's MBA program`, `Duke University Law Professor James Boyle`: a body's word after it,
    // where the body's name ends, makes the title part of the name; not `General Staff Ma Xiaotian`.)
    if (bodyNameAfterTitle(tokens, words, lower, j + title.length)) break;
    // (`thanked Ambassador King for his help`: a one-word title after another, with no name after it, is
    // the family name.)
    if (
      prefix.titles.length > 0 &&
      title.length === 1 &&
      SURNAME_TITLES.has(words[j] ?? '') &&
      !tokens[j + 1]?.cap &&
      words[j + 1] !== '(' &&
      // (`Crown Prince Sultan, a Saleh skeptic,`: or before a comma or the sentence's end.)
      (tokens[j + 1]?.word || words[j + 1] === ',' || words[j + 1] === '.')
    )
      break;
    // (`U.S. The Secretary Charge Michael Gallagher`, a participant list run onto one line: after `the`,
    // one principal's title then another's are two persons.)
    if (
      prefix.titles.length === 1 &&
      lower[firstAt - 1] === 'the' &&
      STANDALONE_TITLES.has(prefix.titles[0] ?? '') &&
      STANDALONE_TITLES.has(title.entry.value.title ?? '')
    ) {
      prefix.standalone = true;
      break;
    }
    if (prefix.titles.length === 0) firstAt = j;
    // (`Deputy PM Dulic-Markovic`, `Deputy Special Envoy X`: a bare `Deputy` right before an office is a rank
    // of that office; read apart, a deputy would hold the office itself and `the PM` name two persons.)
    if (prefix.titles.at(-1) === 'Deputy' && deputyEnd === j)
      prefix.titles[prefix.titles.length - 1] = `Deputy ${title.entry.value.title ?? ''}`;
    else prefix.titles.push(title.entry.value.title ?? '');
    const implied = title.entry.value.affiliation;
    // (`Presidential Secretary-General Claude Gueant`, `Elysee Secretary-General`: a head of state's own
    // office bearing a title the table gives to a body.)
    // (`National Conciliation Commission Secretary-General Father Dario Echeverri`: or a body named before.)
    const ownOffice = OWN_OFFICE_WORDS.has(words[j - 1] ?? '') || INSTITUTION_WORDS.has(words[j - 1] ?? '');
    // (`former SACEUR NSA James Jones`: a former office's side gives way to the office held now.)
    if (prefix.formerSide && prefix.titles.length > 1) {
      prefix.titleAffiliation = null;
      prefix.formerSide = false;
    }
    if (
      implied &&
      implied !== '-' &&
      !prefix.titleAffiliation &&
      !likeness(words, j + title.length) &&
      !ownOffice &&
      !foreignSecretaryOfState(words, lower, j)
    ) {
      prefix.titleAffiliation = implied;
      prefix.formerSide = lower[j - 1] === 'former';
    }
    j += title.length;
    // (`Deputy Transport Minister Jeremy Cronin`: a rank, then the portfolio, then the office it ranks.)
    if (title.length === 1 && TITLE_RANKS.has(lower[j - 1] ?? ''))
      j += portfolioBeforeTitle(tokens, words, lower, j);
    // (`Deputy Minister of Defense Barth-Eide`: the office's last word opens a longer one with its
    // portfolio, `Minister of Defense`; the name follows that.)
    else if (title.length > 1 && lower[j] === 'of') {
      const longer = TITLES.match(words, j - 1, lower);
      if (longer && longer.length > 2) j += longer.length - 1;
    }
    deputyEnd = j;
    // `U/SYG and Special Adviser Nambiar`, `Ambassador and Special Envoy X` (but `the Russian Ambassador
    // and Dr. Prince Turki` are two: a title after `the` is an office of its own).
    // (Not `D/AMB and LtGen (ret'd) Graeme Lamb`: a military rank after `and` opens another person.)
    const joinedTitle = words[j] === 'and' || words[j] === '&' ? TITLES.match(words, j + 1, lower) : null;
    const joinedValue = joinedTitle?.entry.value.title ?? '';
    // (`Ambassador and Mrs. Randt hosted`: a title of address after an office names the holder's spouse, a
    // person of the same family name.)
    if (joinedTitle && ADDRESS_TITLES.has(joinedValue) && !ADDRESS_TITLES.has(prefix.titles.at(-1) ?? '')) {
      prefix.spouse = joinedValue;
      j += 1 + joinedTitle.length;
    } else if (joinedTitle && lower[i - 1] !== 'the' && !MILITARY_RANKS.has(joinedValue)) j++;
    // `Chief of Staff USAF General Moseley`: a side between two titles is the holder's.
    const side = countries.match(words, j) ?? ORGANIZATIONS.match(words, j);
    const sideName = side ? (side.entry.value.country ?? side.entry.value.affiliation) || null : null;
    if (side && sideName && sideName !== '-' && TITLES.match(words, j + side.length, lower)) {
      prefix.affiliation ??= sideName;
      j += side.length;
    } else if (
      // (`PM Macedonian Gruevski`: a demonym between the title and the name is the holder's side.)
      side &&
      sideName &&
      sideName !== '-' &&
      side.entry.value.kind === 'demonym' &&
      tokens[j + side.length]?.cap &&
      isNameToken(tokens[j + side.length], false) &&
      !countries.match(words, j + side.length)
    ) {
      prefix.affiliation ??= sideName;
      j += side.length;
      break;
    }
  }
  return j;
}

/**
 * `Special Envoy for Climate Change Todd Stern`: a title's portfolio runs to the given name that opens the
 * holder's name; past it.
 */
function portfolioAfterTitles(scan: PrefixScan, prefix: Prefix, from: number): number {
  const { tokens, words, lower } = scan;
  let j = from;
  // (`Chinese Ambassador to Islamabad Hui`: the city of a post after `to` is where the office is held.)
  if (
    prefix.titles.length > 0 &&
    lower[j] === 'to' &&
    postCountry(words[j + 1] ?? '') !== null &&
    tokens[j + 2]?.cap === true &&
    tokens[j + 2]?.word === true
  )
    return j + 2;
  // (`Pakistani Ambassador to the U.S. Haqqani`: or a country, after a side, with a name after it.)
  if (prefix.titles.length > 0 && prefix.affiliation && lower[j] === 'to') {
    const at = lower[j + 1] === 'the' ? j + 2 : j + 1;
    const country = COUNTRIES.match(words, at);
    const end = at + (country?.length ?? 0);
    if (
      country?.entry.value.kind === 'name' &&
      /^\p{Lu}\p{Ll}/u.test(words[end] ?? '') &&
      isNameToken(tokens[end], false) &&
      !TITLES.match(words, end, lower)
    )
      return end;
  }
  if (prefix.titles.length > 0 && (lower[j] === 'for' || lower[j] === 'of')) {
    let g = j + 1;
    // (A title inside, `Deputy Chief of President Kaczynski's Bureau`, belongs to another person.)
    let titled = false;
    while (
      g < words.length &&
      g - j <= 6 &&
      (tokens[g]?.cap ||
        // (Not `and` before another title: `Minister of Health Motsaeledi and Minister of Finance Gordhan`.)
        (lower[g] === 'and' && !TITLES.match(words, g + 1, lower)) ||
        lower[g] === '&' ||
        // (`Minister of Commerce, Industry & Tourism Luis Guillermo Plata`: a list of portfolios.)
        (words[g] === ',' &&
          tokens[g + 1]?.cap === true &&
          !isGivenName(words[g + 1] ?? '') &&
          /^(?:and|&)$/.test(lower[g + 2] ?? '')) ||
        lower[g] === 'the' ||
        (lower[g] === 'of' && g > j + 1)) &&
      // (`City Councilman for Sao Paulo Jose Americo`: a place's name may hold a given name.)
      (!isGivenName(words[g] ?? '') || PLACE_OPENERS.has(words[g - 1] ?? ''))
    ) {
      if (TITLES.match(words, g, lower)) titled = true;
      g++;
    }
    // (`UN Special Coordinator for Lebanon (UNSCOL) Michael Williams`: the portfolio ends at the title's
    // short form in parentheses, which the holder's name follows.)
    // (`Special Representative for Afghanistan and Pakistan (SRAP) Amb. Richard Holbrooke`: or a title.)
    const titleAfter = TITLES.match(words, g + 3, lower);
    const shortForm =
      words[g] === '(' &&
      words[g + 2] === ')' &&
      (isGivenName(words[g + 3] ?? '') ||
        (titleAfter !== null && tokens[g + 3 + titleAfter.length]?.cap === true));
    if (!titled && g > j + 1 && g - j <= 6 && shortForm && tokens[g + 4]?.cap) {
      prefix.affiliation ??= portfolioBodySide(words, lower, j, g);
      j = g;
    } else if (
      !titled &&
      g > j + 1 &&
      g - j <= 6 &&
      // (Capitalised: not the verb of `Chief of Policy Sebghatullah Sanjar said`, `Said` as a given name.)
      tokens[g]?.cap &&
      isGivenName(words[g] ?? '') &&
      tokens[g + 1]?.cap
    ) {
      // (`Counselor of the Department of State Eliot Cohen`: a portfolio that is a government body gives its side.)
      prefix.affiliation ??= portfolioBodySide(words, lower, j, g);
      j = g;
    } else if (!titled) {
      // (`Counselor of the State Department Cohen`: a portfolio that is a known body ends where it ends.)
      const at = lower[j + 1] === 'the' ? j + 2 : j + 1;
      const body = ORGANIZATIONS.match(words, at);
      const end = body ? at + body.length : -1;
      const side = body ? portfolioBodySide(words, lower, j, end) : null;
      if (side && tokens[end]?.cap && isNameToken(tokens[end], false) && !TITLES.match(words, end, lower)) {
        prefix.affiliation ??= side;
        j = end;
      } else {
        // (`Under Secretary for Political Affairs Everton Vargas had`: ordinary words make the portfolio,
        // and the two words after them, ending the run, the name.)
        let h = j + 1;
        const ordinary = (w: string) => isCommonWord(w) || PORTFOLIOS.has(w);
        // (`for Development and Economic Affairs`: ordinary capitalised words joined by `and`.)
        while (
          h < words.length &&
          h - j <= 6 &&
          ((tokens[h]?.cap && ordinary(lower[h] ?? '')) ||
            ((lower[h] === 'and' || lower[h] === '&') && h > j + 1 && tokens[h + 1]?.cap === true))
        )
          h++;
        if (
          h > j + 1 &&
          // (`DIRECTOR OF IDEOLOGY FOR THE COMANDO MAISANTA`: in capitals, a name after `the` is a body's.)
          lower[h - 1] !== 'the' &&
          tokens[h]?.cap &&
          tokens[h + 1]?.cap &&
          !tokens[h + 2]?.cap &&
          [h, h + 1].every((x) => isNameToken(tokens[x], false) && !isCommonWord(lower[x] ?? ''))
        )
          j = h;
        // (`Minister of Economy Boudou might be fired`: one name, then a verb in lower case; not `for
        // Primary and Secondary Education from 2002`, `for Nuclear Nonproliferation met`.)
        else if (
          h > j + 1 &&
          tokens[h]?.cap &&
          // (`Minister of Agriculture Rahimi, who`: or a relative clause set off after it.)
          ((tokens[h + 1]?.word === true && !tokens[h + 1]?.cap) ||
            (words[h + 1] === ',' && lower[h + 2] === 'who') ||
            // (`Minister of Planning Manuel, suggesting`: a comma, then a participle.)
            (words[h + 1] === ',' && /^\p{Ll}+ing$/u.test(words[h + 2] ?? ''))) &&
          // (A preposition or `and` after it goes on with the portfolio; not `on` before a date, `Wayne on
          // November 15`.)
          (!PREPOSITIONS.has(lower[h + 1] ?? '') ||
            (lower[h + 1] === 'on' &&
              (MONTH_WORDS.has(lower[h + 2] ?? '') || /^\d/.test(words[h + 2] ?? '')))) &&
          // (`Minister of Health Motsaeledi and Minister of Finance Gordhan`: `and` before another title ends
          // the name; `and Social Welfare` goes on with the portfolio.)
          // (`State Secretary of Security Beltrame and police officials`: or `and` before a word in lower case.)
          (lower[h + 1] !== 'and' ||
            TITLES.match(words, h + 2, lower) !== null ||
            tokens[h + 2]?.cap === false) &&
          isNameToken(tokens[h], false) &&
          !isCommonWord(lower[h] ?? '') &&
          !endsLikeAbstractNoun(lower[h] ?? '') &&
          // (No hyphenated word but an Arabic name with its article: `Minister of Petroleum Al-Naimi`.)
          (!(lower[h] ?? '').includes('-') || /^[ae]l-\p{Ll}/u.test(lower[h] ?? ''))
        )
          j = h;
      }
    }
  }
  return j;
}

/**
 * `Minister of National Planning Manuel`: a minister whose portfolio was read after `of` (from `of` at
 * `from` to `to`) holds that portfolio's office, `National Planning Minister`, not the bare `Minister` that
 * the cable's `the Minister` may mean.
 */
function ministerOfPortfolio(scan: PrefixScan, prefix: Prefix, from: number, to: number): void {
  const { tokens, words, lower } = scan;
  const last = prefix.titles.length - 1;
  if (prefix.titles[last] !== 'Minister' || lower[from] !== 'of' || to - from < 2 || to - from > 6) return;
  const span = words.slice(from + 1, to);
  // (Not `Minister of Education and Devedjian was`, a portfolio cut short, nor one in capitals.)
  if (
    !tokens[to - 1]?.cap ||
    !span.every(
      (w, k) => (tokens[from + 1 + k]?.cap && !/^\p{Lu}{3,}$/u.test(w)) || /^(?:and|&|,|the)$/.test(w),
    )
  )
    return;
  const portfolio = span.filter((w) => w !== 'the').join(' ');
  prefix.titles[last] = `${portfolio.replaceAll(' ,', ',')} Minister`;
}

/** A title's short form or portfolio in parentheses before the holder's name (`Under Secretary (U/S)`); past it. */
function shortFormAfterTitles(scan: PrefixScan, prefix: Prefix, i: number, from: number): number {
  const { tokens, words, lower } = scan;
  let j = from;
  // `(Djiboutian President) Ismail Guelleh`: a prefix in parentheses still names the next name.
  // (`Members of Parliament (MP) Dr. Walid Al-Tabtaba'i`: and a title after it is the name's too.)
  if (words[i - 1] === '(' && words[j] === ')' && j > i) {
    j++;
    // (Not `Political-Military (PM) Assistant Secretary Andrew Shapiro`: only the short form of a title.)
    let glossed = false;
    for (let g = i - 2; g >= Math.max(0, i - 6) && !glossed; g--) {
      // (A title in the plural too: `Members of Parliament`.)
      const span = words.slice(g, i - 1).map((w) => w.replace(/s$/, ''));
      glossed =
        TITLES.match(
          span,
          0,
          span.map((w) => w.toLowerCase()),
        )?.length === span.length;
    }
    let rank = glossed ? TITLES.match(words, j, lower) : null;
    while (rank && tokens[j + rank.length]?.cap) {
      const title = rank.entry.value.title ?? '';
      if (!prefix.titles.includes(title)) prefix.titles.push(title);
      j += rank.length;
      rank = TITLES.match(words, j, lower);
    }
  }
  // `Vice Foreign Minister (V/FM) Miqdad`, `Under Secretary (U/S) William Burns`: the title's short form in
  // parentheses stands between the title and the holder's name.
  if (
    prefix.titles.length > 0 &&
    words[j] === '(' &&
    words[j + 2] === ')' &&
    /^[A-Z][A-Z/]{1,5}$/.test(words[j + 1] ?? '') &&
    ((/^[A-Z][a-z]/.test(words[j + 3] ?? '') &&
      // (`(UNHCHR) Navy Pillay`: a given name that is also a word, before a family name that is none.)
      (!isCommonWord(lower[j + 3] ?? '') ||
        (/^[A-Z][a-z]/.test(words[j + 4] ?? '') &&
          !isCommonWord(lower[j + 4] ?? '') &&
          !/^\p{Lu}/u.test(words[j + 5] ?? ''))) &&
      !TITLES.match(words, j + 3, lower)) ||
      // (Or a portfolio after it: `(SCR) for the South Frank Ruggiero`.)
      ((lower[j + 3] === 'for' || lower[j + 3] === 'of') && tokens[j + 4]?.word === true))
  )
    j += 3;
  // (`Offenbach Lord Mayor (Oberbuergermeister) Grandke`: the title's word in the country's language.)
  else if (
    prefix.titles.length > 0 &&
    words[j] === '(' &&
    words[j + 2] === ')' &&
    /^\p{Lu}\p{Ll}{3,}$/u.test(words[j + 1] ?? '') &&
    !isCommonWord(lower[j + 1] ?? '') &&
    /^\p{Lu}\p{Ll}/u.test(words[j + 3] ?? '') &&
    !isCommonWord(lower[j + 3] ?? '') &&
    !TITLES.match(words, j + 3, lower)
  )
    j += 3;
  // (`Deputy Chief of Staff (DCOS) LTG Ahmed Khalid Al Sabah`: a rank may follow the short form.)
  else if (
    prefix.titles.length > 0 &&
    words[j] === '(' &&
    words[j + 2] === ')' &&
    /^[A-Z][A-Z/]{1,5}$/.test(words[j + 1] ?? '') &&
    tokens[j + 3]?.cap
  ) {
    // (The short form may be a title the table knows, `(DATT)`: the holder has it too.)
    const short = TITLES.match(words, j + 1, lower);
    if (short?.length === 1 && !prefix.titles.includes(short.entry.value.title ?? '')) {
      prefix.titles.push(short.entry.value.title ?? '');
      const implied = short.entry.value.affiliation;
      if (implied && implied !== '-' && !prefix.titleAffiliation) prefix.titleAffiliation = implied;
    }
    let t = j + 3;
    let rank = TITLES.match(words, t, lower);
    while (rank && tokens[t + rank.length]?.cap) {
      prefix.titles.push(rank.entry.value.title ?? '');
      t += rank.length;
      rank = TITLES.match(words, t, lower);
    }
    if (t > j + 3) j = t;
  }
  // `Joint Secretary (Pakistan, Afghanistan and Iran) TCA Raghvan`: a portfolio in parentheses, then a name
  // of two capitalised words.
  else if (prefix.titles.length > 0 && words[j] === '(') {
    const close = words.indexOf(')', j);
    const inside = words.slice(j + 1, close);
    if (
      close > j + 1 &&
      close - j <= 10 &&
      (inside.every((w, n) => tokens[j + 1 + n]?.cap || /^(?:,|and|&)$/.test(w)) ||
        // (`Ambassador-designate (resident in New York) Abdul Ghafoor Mohamed`: an aside in lower case.)
        (tokens[j + 1]?.word === true && !tokens[j + 1]?.cap)) &&
      // (Not a gloss of the title itself: `Secretary-General (Vice Minister) Antonio Patriota`.)
      !inside.some((_, n) => TITLES.match(words, j + 1 + n, lower)) &&
      tokens[close + 1]?.cap &&
      tokens[close + 2]?.cap &&
      !isCommonWord(lower[close + 1] ?? '') &&
      !TITLES.match(words, close + 1, lower)
    )
      j = close + 1;
  }
  return j;
}

/**
 * The side of a portfolio that is wholly a government body of two words or more, from `of` at `j` to the
 * name at `end` (`of the Department of State`, `of the State Department`); not a company, an international
 * body or a one-word name that many countries give theirs (`Congress`).
 */
function portfolioBodySide(words: string[], lower: string[], j: number, end: number): string | null {
  const at = lower[j + 1] === 'the' ? j + 2 : j + 1;
  const body = ORGANIZATIONS.match(words, at);
  if (!body || body.length < 2 || at + body.length !== end || body.entry.value.kind !== 'government')
    return null;
  const side = body.entry.value.affiliation;
  return side && side !== '-' ? side : null;
}

/** The length of one to three lower-case words ending with a noun for a person before a name, or 0. */
function roleNounRun(tokens: Token[], words: string[], at: number): number {
  // (`UNIFIL polchief Milos Strugar`: a staff role of one word after a side is that side's, not ours.)
  // (Written in lower case: `UK Embassy Econoff Tamsin Rees` and `U.S. Embassy Monrovia` read otherwise.)
  if (
    tokens[at]?.cap === false &&
    ROLES.match(words, at)?.length === 1 &&
    tokens[at + 1]?.cap &&
    tokens[at + 1]?.word
  )
    return 1;
  for (let n = 1; n <= 3; n++) {
    const k = at + n - 1;
    // (`EU CIVCOM representative Kim Friedberg`: the short form of one of the side's units may come first.)
    const unit = n === 1 && /^\p{Lu}{3,8}$/u.test(words[k] ?? '');
    // (`UK political Officers Lynda St Cooke`: a person noun capitalised after a lower-case word.)
    const noun = n > 1 && pluralPersonNoun((words[k] ?? '').toLowerCase()) && tokens[k + 1]?.cap === true;
    if (noun) return n;
    if (!tokens[k]?.word || (tokens[k]?.cap && !unit)) return 0;
    // (`French citizen Pierre Cammatte`: a noun for anyone, too.)
    if ((isPersonNoun(words[k] ?? '') || HUMAN_NOUNS.has(words[k] ?? '')) && tokens[k + 1]?.cap) return n;
  }
  return 0;
}

/** The length of one to three capitalised words between a side and a capitalised title, or 0. */
function portfolioBeforeTitle(tokens: Token[], words: string[], lower: string[], at: number): number {
  // (`Ukrainian National Security and Defense Council Secretary Bohatyreva`: up to six words.)
  for (let n = 1; n <= 6; n++) {
    const k = at + n - 1;
    // (`UK Energy and Climate Change Secretary Ed Miliband`: two portfolios joined by `and`.)
    const joining = n > 1 && (lower[k] === 'and' || lower[k] === '&') && tokens[k + 1]?.cap === true;
    if (joining) continue;
    if (!tokens[k]?.cap || isGivenName(words[k] ?? '') || TITLES.match(words, k, lower)) return 0;
    if (TITLES.match(words, k + 1, lower) && tokens[k + 1]?.cap) return n;
  }
  return 0;
}

/** What the scan of one sentence for mentions reads and what it has found. */
interface MentionScan {
  readonly tokens: Token[];
  readonly words: string[];
  readonly lower: string[];
  readonly allCaps: boolean;
  readonly paragraph: number | null;
  readonly defined: Definitions | undefined;
  /** Short forms of titles that the cable defines (`(UNSCOL)`). */
  readonly titles: ReadonlyMap<string, string>;
  /** Acronyms the cable defines as bodies. */
  readonly bodies: ReadonlyMap<string, string>;
  readonly countries: PhraseTable;
  /** The side a participant-list line opens with (`Italy: Ambassador Spatafora`). */
  readonly lineAffiliation: string | null;
  readonly mentions: Mention[];
}

/** Where a mention opens: at `from`, or after its `the` at `start`; after a preposition, an object. */
interface Opening {
  readonly from: number;
  readonly start: number;
  readonly definite: boolean;
  readonly object: boolean;
}

/**
 * Finds the mentions of one sentence: persons (with their titles and affiliations), roles that name no
 * one (`Poloff`, `the SYG`), pronouns, organisations and countries. A participant-list line that opens
 * with `Italy:` gives its side to the persons on it.
 */
export function findMentions(
  tokens: Token[],
  paragraph: number | null,
  allCaps: boolean,
  words: string[] = wordsOf(tokens),
  lower: string[] = words.map((w) => w.toLowerCase()),
  defined?: Definitions,
): Mention[] {
  const countries = allCaps ? COUNTRIES_IN_CAPITALS : COUNTRIES;
  const mentions: Mention[] = [];
  const scan: MentionScan = {
    tokens,
    words,
    lower,
    allCaps,
    paragraph,
    defined,
    titles: defined?.titles ?? NO_TITLES,
    bodies: defined?.byAcronym ?? NO_TITLES,
    countries,
    lineAffiliation: participantLineSide(words, lower, countries),
    mentions,
  };
  let i = 0;
  while (i < tokens.length) i = readMentionAt(scan, i);
  // `from the DPRK Embassy`: an office right after a side that a preposition governs is governed too.
  for (let k = 1; k < mentions.length; k++) {
    const before = mentions[k - 1] as Mention;
    const m = mentions[k] as Mention;
    if (
      m.kind === 'role' &&
      before.object &&
      m.from === before.to &&
      (before.kind === 'organization' || before.kind === 'country')
    )
      m.object = true;
  }
  return withPredicateTitles(
    withListTitles(
      withAppositiveTitles(withPostedTitles(placeTails(mentions, tokens, words), words), words),
      words,
    ),
    words,
  );
}

/**
 * `the Iranian mission in New York had passed`, `Tank and Dera Ismail Khan districts`: a name with no title
 * that ends a known place's name begun by the capitalised word before it is that place, no person.
 */
function placeTails(mentions: Mention[], tokens: Token[], words: string[]): Mention[] {
  return mentions.filter((m) => {
    if (m.kind !== 'person' || m.titles.length > 0 || m.nameFrom !== m.from || !tokens[m.from - 1]?.cap)
      return true;
    const place = `${words[m.from - 1] ?? ''} ${words.slice(m.nameFrom, m.nameTo).join(' ')}`;
    return !KNOWN_PLACES.has(place) && postCountry(place) === null;
  });
}

/** A participant line: `Italy: Ambassador Spatafora`, `UN: SYG Ban, U/SYG Pascoe`: the side it opens with. */
function participantLineSide(words: string[], lower: string[], countries: PhraseTable): string | null {
  const head = countries.match(words, 0) ?? ORGANIZATIONS.match(words, 0);
  const colon = head && LIST_HEADS.has(lower[head.length] ?? '') ? head.length + 1 : head?.length;
  // (`Syria: Congressman Turner asked if ...`: a topic's label before a sentence with a verb of speech is
  // no side of the persons in it.)
  // (Asked only of a sentence that opens with a side and a colon: the scan reads every word.)
  const label = (colon ?? 0) + 1;
  if (
    head &&
    words[colon ?? 0] === ':' &&
    !words.some((_, k) => k > label && CUES.match(words, k, lower) !== null)
  ) {
    const value = head.entry.value;
    return value.country ?? (value.affiliation !== '-' ? (value.affiliation ?? null) : null);
  }
  return null;
}

/** Reads the mention that opens at token i, if one does; returns the token after it. */
function readMentionAt(scan: MentionScan, i: number): number {
  const { tokens, words, lower, allCaps } = scan;
  const token = tokens[i] as Token;
  if (!token.word) return i + 1;
  // Most words are lower case and start nothing: skip them before any table look-up.
  if (
    !token.cap &&
    !allCaps &&
    token.text !== 'the' &&
    !(token.text.length <= 3 && PRONOUNS.has(token.text)) &&
    !(token.text.includes('-') && ARTICLE_NAME.test(token.text)) &&
    // (`del Ponte's letter`, `van Rompuy said`: a family name may open with its particle in lower case.)
    !(
      tokens[i + 1]?.cap === true &&
      OPENING_PARTICLES.has(token.text) &&
      /^\p{Lu}\p{Ll}/u.test(tokens[i + 1]?.text ?? '')
    )
  )
    return lowerCaseMention(scan, i);
  // (`6PT`, the Six-Party Talks: letters glued to a number before them are no name and no acronym.)
  const glued = tokens[i - 1];
  if (glued && glued.end === token.start && /^\d/.test(glued.text)) {
    return i + 1;
  }
  const word = lower[i] ?? '';
  const definite = word === 'the';
  const start = definite ? i + 1 : i;
  // A word that no table starts with and that cannot be part of a name starts nothing (most words
  // after `the`, and of all-capitals text): skip it before reading a prefix.
  if ((definite || !PRONOUNS.has(word)) && !mayStartMention(tokens[start], words, lower, start, allCaps)) {
    return i + 1;
  }
  // (In capitals, `WILL ROB NORIEGA`: the word right after a modal is a verb, not a given name.)
  if (allCaps && MODAL_VERBS.has(lower[i - 1] ?? '') && !TITLES.match(words, i, lower)) return i + 1;
  // (`Darling in a BBC radio interview admitted`: after a preposition and `a`, an object too.)
  // (Not `Ministry for Kosovo State Secretary X`: that `for` takes a body's portfolio, not the person.)
  const object =
    i > 0 &&
    ((PREPOSITIONS.has(lower[i - 1] ?? '') &&
      !(lower[i - 1] === 'for' && PORTFOLIO_BODIES.has(lower[i - 2] ?? ''))) ||
      // (Not `esteemed figures including former Ambassadors Adamishin and Lukin urged`: examples of a subject.)
      (OBJECT_DETERMINERS.has(lower[i - 1] ?? '') &&
        PREPOSITIONS.has(lower[i - 2] ?? '') &&
        lower[i - 2] !== 'including') ||
      // (`staffers accompanying Jobim expressed`: the object of a participle.)
      (OBJECT_PARTICIPLES.has(lower[i - 1] ?? '') && !tokens[i - 1]?.cap) ||
      // (`The arrests of Gelowicz and Schneider ... raised questions`: joined by `and` to a person after `of`;
      // not `Gilad, Pol-Mil Director in the MOD and Nimrod Barkan ... told`.)
      (lower[i - 1] === 'and' && personOfBefore(scan, i - 1)));
  const at: Opening = { from: i, start, definite, object };
  // (`His Royal Highness Prince Andrew`: a pronoun that opens a title is the title's.)
  if (!definite && PRONOUNS.has(word) && !(tokens[i + 1]?.cap && TITLES.match(words, i, lower)))
    return pushMention(scan, at, 'pronoun', i + 1, i + 1, [], word);
  const body = bodyAt(scan, at);
  if (body >= 0) return body;
  return titledOrNamedAt(scan, at);
}

/** The mention ending at `end` is a person's name right after `of` (`the arrests of Gelowicz`). */
function personOfBefore(scan: MentionScan, end: number): boolean {
  const last = scan.mentions.at(-1);
  return last?.to === end && last.kind === 'person' && last.object && scan.lower[last.from - 1] === 'of';
}

/** A lower-case word: it opens a mention only as an office its verb of speech follows (`source said`). */
function lowerCaseMention(scan: MentionScan, i: number): number {
  const { tokens, words, lower, paragraph, mentions } = scan;
  const token = tokens[i] as Token;
  // `..., source said,`: a role written in lower case still speaks when its verb follows.
  // (`Bereyziat told poloff October 29 that`: or spoken to, right after a verb whose object is the listener.)
  if (
    ROLE_INITIALS.has(token.text.charCodeAt(0)) &&
    LOWER_CASE_ROLES.has(token.text) &&
    (CUES.match(words, i + 1, lower) || CUES.match(words, i - 1, lower)?.entry.value.object === 'yes')
  ) {
    const role = ROLES.match(words, i, lower);
    if (role) {
      mentions.push({
        kind: 'role',
        from: i,
        to: i + role.length,
        nameFrom: i + role.length,
        nameTo: i + role.length,
        titles: [],
        affiliation: null,
        titleAffiliation: null,
        label: role.entry.value.role ?? '',
        definite: false,
        object: false,
        paragraph,
      });
      return i + role.length;
    }
  }
  // `The Abkhaz leader also confirmed`, `the Georgian leader reportedly declared`: a people's leader,
  // named before, when a verb of speech follows (resolved with the persons).
  if (token.text === 'leader') {
    const country = mentions.at(-1);
    let verbAt = i + 1;
    while (verbAt < i + 3 && SPEECH_ADVERBS.has(lower[verbAt] ?? '')) verbAt++;
    if (
      country?.kind === 'country' &&
      country.definite &&
      country.to === i &&
      CUES.match(words, verbAt, lower)
    ) {
      mentions.pop();
      mentions.push({
        ...country,
        kind: 'role',
        to: i + 1,
        nameFrom: i + 1,
        nameTo: i + 1,
        titles: ['Leader'],
        affiliation: country.label,
        label: 'the Leader',
      });
      return i + 1;
    }
  }
  // (`the French president told`: after a people's name and `the`, the office is that people's.)
  const people = mentions.at(-1);
  const ofPeople = people?.kind === 'country' && people.definite && people.to === i ? people : null;
  // `The minister added`, `the director general said`: an office in lower case after `the`, its verb
  // right after it, is the office the cable named its holder in (resolved with the persons).
  if ((lower[i - 1] === 'the' || ofPeople) && LOWER_CASE_TITLE_INITIALS.has(token.text.charCodeAt(0))) {
    const title = TITLES.match(words, i, lower);
    const after = i + (title?.length ?? 0);
    // (`The foreign minister also said`: an adverb of speech may stand before the verb.)
    const verbAt = SPEECH_ADVERBS.has(lower[after] ?? '') ? after + 1 : after;
    // (`The presiding magistrate, Rose Ougo, sharply criticized`: or set off before the holder's name.)
    const holderAfter =
      words[after] === ',' && tokens[after + 1]?.cap === true && tokens[after + 1]?.word === true;
    if (title && (CUES.match(words, verbAt, lower) || holderAfter)) {
      if (ofPeople) mentions.pop();
      mentions.push({
        kind: 'role',
        from: ofPeople ? ofPeople.from : i - 1,
        to: after,
        nameFrom: after,
        nameTo: after,
        titles: [title.entry.value.title ?? ''],
        affiliation: ofPeople ? ofPeople.label : null,
        titleAffiliation: null,
        label: `the ${title.entry.value.title ?? ''}`,
        definite: true,
        object: false,
        paragraph,
      });
      return after;
    }
  }
  return i + 1;
}

/** An organisation that opens at `start` by an acronym the cable defines or a long name; -1 if none. */
function bodyAt(scan: MentionScan, at: Opening): number {
  const { tokens, words, lower, defined } = scan;
  const { start } = at;
  // An acronym the cable defines names its organisation, before any glossary meaning.
  if (defined && defined.byAcronym.size > 0) {
    // `PP Director of International Relations`: before a title it is the holder's side, read below.
    const own = TITLES.match(words, start + 1, lower)
      ? undefined
      : defined.byAcronym.get(bare(words[start] ?? ''));
    if (own) {
      return pushWhole(scan, at, 'organization', 1, own);
    }
    // ... and where it is spelled out: `Administrative Department of Security (DAS)`.
    // (Inside a title's portfolio, `Director General for International Security Affairs`, it is the title's.)
    const spelled = PORTFOLIO_LINKS.has(lower[start - 1] ?? '') ? null : spelledOut(words, start, defined);
    if (spelled) {
      return pushWhole(scan, at, 'organization', spelled.length, spelled.name);
    }
  }
  // (`the General Intelligence Presidency`: a body's name longer than the title it opens with is the body.)
  const longBody = TITLES.startsWith(lower[start] ?? '') ? ORGANIZATIONS.match(words, start) : null;
  if (
    longBody &&
    longBody.length >= 2 &&
    longBody.length > (TITLES.match(words, start, lower)?.length ?? 0) &&
    // (Not as a title's portfolio before its holder: `President of the European Commission Romano Prodi`.)
    !tokens[start + longBody.length]?.cap &&
    // (Nor as the side of an office: `State Department official Greg Stanton`.)
    !isPersonNoun(lower[start + longBody.length] ?? '')
  ) {
    return pushWhole(scan, at, 'organization', longBody.length, longBody.entry.value.name ?? '');
  }
  return -1;
}

/** A title or side and the name after it, or an office, a body or a country alone. */
function titledOrNamedAt(scan: MentionScan, at: Opening): number {
  const { tokens, words, lower, allCaps, countries } = scan;
  const { start } = at;
  const prefix = readPrefix(tokens, words, start, lower, countries, scan.titles, scan.bodies);
  // `Executive Assistant to the Secretary Aleisha Woodward`: the office after `to the` is the superior's;
  // the name is the assistant's.
  if (
    lower[start - 1] === 'the' &&
    lower[start - 2] === 'to' &&
    isPersonNoun(lower[start - 3] ?? '') &&
    !prefix.affiliation &&
    TITLES.match(words, start, lower) !== null &&
    tokens[prefix.next]?.cap
  ) {
    prefix.titles = [];
    prefix.titleAffiliation = null;
  }
  if (prefix.titles.length === 0 && !prefix.affiliation) {
    const unnamed = unnamedAt(scan, at);
    if (unnamed >= 0) return unnamed;
  }
  // (`Later Evo said`, `Economist Carlos Melconian`: an ordinary word that opens the sentence is no part
  // of the name after it, where a given name follows.)
  if (
    prefix.next === 0 &&
    prefix.titles.length === 0 &&
    !prefix.affiliation &&
    !allCaps &&
    isCommonWord(lower[0] ?? '') &&
    !isGivenName(words[0] ?? '') &&
    isGivenName(words[1] ?? '')
  ) {
    return 1;
  }
  // (`Control Officer Marcos Mandojana`, `North America Desk Adriana Maldonado` in a participant list: one or
  // two ordinary words of an office no title names, before a given name and a family name, are no name's.)
  const office = officeWordsBefore(scan, prefix.next);
  if (office > 0 && prefix.titles.length === 0 && !prefix.affiliation) return prefix.next + office;
  if (prefix.standalone) {
    const label = `${at.definite ? 'the ' : ''}${prefix.titles[0]}`;
    return pushMention(scan, at, 'role', prefix.next, prefix.next, prefix.titles, label, prefix);
  }
  return personAt(scan, at, prefix);
}

/** How many ordinary capitalised words open a name at k before a given name and another name (0 if none). */
function officeWordsBefore(scan: MentionScan, k: number): number {
  const { tokens, words, lower, allCaps } = scan;
  if (allCaps) return 0;
  for (let n = 1; n <= 2; n++) {
    const given = words[k + n] ?? '';
    const ordinary = (j: number) =>
      tokens[j]?.cap &&
      (isCommonWord(lower[j] ?? '') || DESK_WORDS.has(words[j] ?? '')) &&
      !isGivenName(words[j] ?? '') &&
      // (Not `Investigating Judge Baltasar Garzon`: a title is read as one.)
      TITLES.match(words, j, lower) === null;
    if (!ordinary(k + n - 1)) return 0;
    if (isGivenName(given) && tokens[k + n + 1]?.cap && !isCommonWord(lower[k + n + 1] ?? '')) return n;
  }
  return 0;
}

/** With no title or side before it: an office (`Poloff`), an organisation or a country; -1 if none. */
function unnamedAt(scan: MentionScan, at: Opening): number {
  const { tokens, words, lower, allCaps, countries } = scan;
  const { start, definite } = at;
  const role = ROLES.match(words, start, lower);
  // (`Post 9/11, he believed`: `post` before a date is `after`, no mission.)
  const afterDate = lower[start] === 'post' && /^\d/.test(words[start + 1] ?? '');
  // (`the International Contact Group`: an ordinary word the glossary writes in lower case, capitalised
  // before a body's word, is part of the body's name.)
  const inName =
    !allCaps &&
    role?.length === 1 &&
    LOWER_CASE_ROLES.has(lower[start] ?? '') &&
    isCommonWord(lower[start] ?? '') &&
    INSTITUTION_WORDS.has(words[start + 1] ?? '');
  if (role && (tokens[start]?.cap || definite) && !afterDate && !inName) {
    // `Embassy Riyadh Pol/Mil Counselor Scott McGehee`: the post's city names the embassy, not a person.
    let end = start + role.length;
    const label = role.entry.value.role ?? '';
    // (`The Yemen Post reported`: after a place's name, `Post` is a newspaper's.)
    // (Not `While Post issued`: a capitalised word that opens the sentence.)
    if (
      lower[start] === 'post' &&
      tokens[start - 1]?.cap &&
      tokens[start - 1]?.word &&
      (start > 1 || !isCommonWord(lower[start - 1] ?? ''))
    )
      return pushWhole(scan, at, 'organization', 1, `${words[start - 1]} Post`);
    if (label === 'the Embassy' && tokens[end]?.cap && postCountry(words[end] ?? '') !== null) end++;
    return pushMention(scan, at, 'role', end, end, [], label);
  }
  const plural = endsLikePlural(words[start] ?? '');
  const org = possessiveName(
    words,
    start,
    ORGANIZATIONS,
    ORGANIZATIONS.match(words, start) ?? (plural ? ORGANIZATIONS.match(bareWords(words, start), 0) : null),
  );
  // In capitals, `WHO` and `US` are words before they are organisations.
  if (
    org &&
    !(allCaps && CAPS_FUNCTION_WORDS.has(words[start] ?? '')) &&
    !(allCaps && /^(?:WHO|US|IT|PA|PP|AU)$/.test(words[start] ?? ''))
  ) {
    return pushWhole(scan, at, 'organization', org.length, org.entry.value.name ?? '');
  }
  // `the Ministry of Defense had offered`, `Council of Ministers`: a body's head word with its portfolio.
  const body = bodyWithPortfolio(tokens, words, start);
  if (body > 0) {
    return pushWhole(scan, at, 'organization', body, words.slice(start, start + body).join(' '));
  }
  const country = possessiveName(
    words,
    start,
    countries,
    countries.match(words, start) ?? (plural ? pluralCountry(countries, words, start) : null),
  );
  if (country) {
    return pushWhole(scan, at, 'country', country.length, country.entry.value.country ?? '');
  }
  return -1;
}

/** A run of names and titles with hardly a word in lower case (a participant list), not a sentence. */
function isListLine(scan: MentionScan): boolean {
  let words = 0;
  let lower = 0;
  for (const t of scan.tokens) {
    if (!t.word || NAME_PARTICLES.has(t.text)) continue;
    words++;
    if (!t.cap) lower++;
  }
  return words >= 6 && lower * 8 <= words;
}

/** How many of the six words from `from` open with an Arabic article joined by a hyphen (`al-Salem`, `El-Materi`). */
function joinedArticles(words: readonly string[], from: number): number {
  let n = 0;
  for (let j = from; j < from + 6 && j < words.length; j++) {
    const w = words[j] ?? '';
    const a = w.charCodeAt(0) | 32;
    if (
      (a === 97 || a === 101) &&
      (w.charCodeAt(1) | 32) === 108 &&
      w.charCodeAt(2) === 45 &&
      /^\p{L}/u.test(w.slice(3, 4))
    )
      n++;
  }
  return n;
}

/** The name after a prefix (if it is one: not ordinary words, a place, a participle): a person or a role. */
function personAt(scan: MentionScan, at: Opening, prefix: Prefix): number {
  const { tokens, words, lower, allCaps, defined, countries } = scan;
  const { start, definite } = at;
  const nameFrom = prefix.next;
  let k = nameFrom;
  // A name: capitalised words, with particles (`al-`, `bin`, `de`) and initials, at most five besides the
  // particles in lower case (`Maria Teresa Fernandez de la Vega`).
  let skipped = 0;
  let particles = 0;
  // (`ISN-557 (Ben Qumu Abu Sufian Ibrahim Ahmed Hamouda)`: a name alone in parentheses may run longer.)
  // (`Shaykh Salman Sabah al-Salem al-Humoud Al Sabah`: an Arabic name of a family's branches, two articles
  // joined to their names, runs longer too.)
  const limit =
    words[nameFrom - 1] === '(' && words.slice(nameFrom, nameFrom + 9).includes(')')
      ? 8
      : joinedArticles(words, nameFrom) >= 2
        ? 7
        : 5;
  while (k < tokens.length && k - nameFrom - skipped - particles < limit) {
    // `General William E. ("Kip") Ward`: a nickname in quotes inside the name is passed over.
    const nick = k > nameFrom && !skipped ? nicknameLength(tokens, k) : 0;
    if (nick > 0 && isNameToken(tokens[k + nick], allCaps)) {
      k += nick;
      skipped = nick;
      continue;
    }
    // (In capitals, `NGUYEN VAN SON,`: an ordinary word after a particle, ending the item, is the name's
    // last word.)
    const closesItem =
      allCaps && k > nameFrom && NAME_PARTICLES.has(lower[k - 1] ?? '') && /^[,;]$/.test(words[k + 1] ?? '');
    // (`Minister-President Christian Wulff`: after a title, a given name that is also a word of a creed or a
    // people opens the name where a name follows it.)
    const givenAfterTitle =
      k === nameFrom &&
      prefix.titles.length > 0 &&
      !allCaps &&
      tokens[k]?.cap === true &&
      GIVEN_NAMES.has(words[k] ?? '') &&
      isNameToken(tokens[k + 1], allCaps) &&
      // (Not `Chairman of the Christian Social Union`.)
      !ORGANIZATIONS.match(words, k) &&
      ![1, 2, 3].some((d) => INSTITUTION_WORDS.has(words[k + d] ?? ''));
    // (`Mohammed Sultan Ibrahim Sultan Al-Ali`: inside a name, between two of its words, a given name that is
    // also a title is the name's.)
    const givenInside =
      k > nameFrom &&
      !allCaps &&
      tokens[k]?.cap === true &&
      GIVEN_NAMES.has(words[k] ?? '') &&
      isNameToken(tokens[k - 1], allCaps) &&
      isNameToken(tokens[k + 1], allCaps);
    if (
      !isNameToken(tokens[k], allCaps) &&
      !(closesItem && tokens[k]?.word) &&
      !givenAfterTitle &&
      !givenInside
    )
      break;
    // (`Special Assistant to the AG Paul Rosen DOJ Attache Tony Garcia`: list lines run together; in mixed
    // case an acronym before a title after a name of two words opens the next person's office.)
    if (k >= nameFrom + 2 && !allCaps && isAcronym(words[k] ?? '') && TITLES.match(words, k + 1, lower))
      break;
    // (`Michelle Gavin PolOff Skye Justice`: a staff role inside a run of names opens the next.)
    if (
      k > nameFrom &&
      // (`Prince Khaled bin Sultan`: after `bin`, a father's name that is also a title.)
      !PATRONYMIC_WORDS.has(lower[k - 1] ?? '') &&
      !givenInside &&
      (TITLES.match(words, k, lower) ||
        ROLES.match(words, k, lower) ||
        isCountryOrOrg(words, k, countries)) &&
      // (`Congressman Rob Bishop (R-UT)`: a one-word title right after a given name, with no name after
      // it, is the family name.)
      !(
        k === nameFrom + 1 &&
        isGivenName(words[nameFrom] ?? '') &&
        TITLES.match(words, k, lower)?.length === 1 &&
        (!tokens[k + 1]?.cap ||
          // (`Interior Minister Jaime Mayor Oreja`: after a Spanish given name, the first of two family names.)
          // (Not `Trinidad Mayor Moises Shiriqui`, a city's office before a given name; a title opens the name.)
          (HISPANIC_GIVEN_NAMES.has(words[nameFrom] ?? '') &&
            isNameToken(tokens[k + 1], allCaps) &&
            !isGivenName(words[k + 1] ?? '') &&
            !TITLES.match(words, k + 1, lower) &&
            TITLES.match(words, nameFrom - 1, lower)?.length === 1)) &&
        !isCountryOrOrg(words, k, countries)
      ) &&
      // (`WHA/AND Director Phil French,`: a demonym right after a given name, ending the name, is a surname.)
      !(
        k === nameFrom + 1 &&
        isGivenName(words[nameFrom] ?? '') &&
        oneWordDemonym(countries, words, k) &&
        !tokens[k + 1]?.cap
      )
    )
      break;
    if (k === nameFrom && isCountryOrOrg(words, k, countries)) break;
    if (k > nameFrom && !tokens[k]?.cap && NAME_PARTICLES.has(lower[k] ?? '')) particles++;
    // (`met Nelson Jobim Feb. 13`: a month before a day ends the name.)
    if (k > nameFrom && MONTH_WORDS.has(lower[k] ?? '') && /^\d/.test(words[k + 1] ?? '')) break;
    // (`Thomas T. Riley Mohamed Yassine`, `Elliot Abrams Erin Yerger`: a participant list's columns run
    // together; there a given name after a family name, with a name after it, opens the next person's.)
    if (
      k >= nameFrom + 2 &&
      !allCaps &&
      isGivenName(words[k] ?? '') &&
      isGivenName(words[nameFrom] ?? '') &&
      !isGivenName(words[k - 1] ?? '') &&
      !NAME_PARTICLES.has(lower[k - 1] ?? '') &&
      /^\p{Lu}\p{Ll}/u.test(words[k - 1] ?? '') &&
      (/^\p{Lu}\p{Ll}/u.test(words[k + 1] ?? '') ||
        (NAME_PARTICLES.has(lower[k + 1] ?? '') && /^\p{Lu}\p{Ll}/u.test(words[k + 2] ?? ''))) &&
      // (Last: it reads the whole sentence.)
      isListLine(scan)
    )
      break;
    k++;
    // A possessive ends the name (`Ban's own participation`).
    if (/['’][sS]?$/.test(tokens[k - 1]?.text ?? '')) break;
  }
  // (A particle that ends a name in lower case opens what follows; capitalised it is the name's own:
  // `Philippe Tran Van`.)
  while (
    k > nameFrom &&
    NAME_PARTICLES.has((words[k - 1] ?? '').toLowerCase()) &&
    // (In capitals, `NGO VAN DU,`: a particle after a particle, ending the item, is the name's own.)
    !(
      allCaps &&
      k - nameFrom >= 3 &&
      NAME_PARTICLES.has(lower[k - 2] ?? '') &&
      /^[,;]$/.test(words[k] ?? '')
    ) &&
    // (Only a particle of a surname, capitalised: not `Al`, `Bin`, which stand inside a name.)
    !(
      k - nameFrom >= 3 &&
      /^\p{Lu}\p{Ll}/u.test(words[k - 1] ?? '') &&
      SURNAME_PARTICLES.has(words[k - 1] ?? '')
    )
  )
    k--;
  // `Under Secretary for Arms Control Ellen Tauscher`: after `for`/`of`, capitalised words before a
  // given name are the portfolio of the title, not the name.
  let personFrom = nameFrom;
  // (`member of the Tri-Presidency Haris Silajdzic`: also after `of the`.)
  const link = PORTFOLIO_LINKS.has(lower[nameFrom - 1] ?? '')
    ? nameFrom - 1
    : lower[nameFrom - 1] === 'the' && PORTFOLIO_LINKS.has(lower[nameFrom - 2] ?? '')
      ? nameFrom - 2
      : -1;
  if (k - nameFrom >= 3 && link >= 0 && !isGivenName(words[nameFrom] ?? '')) {
    for (let g = nameFrom + 1; g < k - 1; g++)
      if (isGivenName(words[g] ?? '')) {
        // (Not `of the St. Lawrence Power Project`: after `the`, a name of no ordinary words.)
        const ordinary = words
          .slice(g + 1, k)
          .some((w) => isCommonWord(w.toLowerCase()) || INSTITUTION_WORDS.has(w));
        if (link === nameFrom - 1 || !ordinary) personFrom = g;
        break;
      }
  }
  // (`Minister of State for Petroleum Resources Odein Ajumogobia`: with no given name the lexicon knows,
  // ordinary words that open the run are the portfolio's.)
  // (The name opens after the last ordinary word that leaves two words for it.)
  // (Only after a title's `for`/`of`, a capitalised word before it.)
  if (
    personFrom === nameFrom &&
    k - nameFrom >= 3 &&
    PORTFOLIO_LINKS.has(lower[nameFrom - 1] ?? '') &&
    tokens[nameFrom - 2]?.cap === true
  ) {
    for (let g = k - 3; g >= nameFrom; g--)
      if (isCommonWord(lower[g] ?? '') || INSTITUTION_WORDS.has(words[g] ?? '')) {
        personFrom = g + 1;
        break;
      }
  }
  // (`Deputy Head of NATO Division Gunnar Denecke`: a body's word that opens the run after a capitalised
  // one ends the body's name; not `the University Candido Mendes`, named after a man.)
  if (
    personFrom === nameFrom &&
    k - nameFrom >= 3 &&
    INSTITUTION_WORDS.has(words[nameFrom] ?? '') &&
    tokens[nameFrom - 1]?.cap === true
  )
    personFrom = nameFrom + 1;
  // `Member of Parliament for Kandahar Kayyum Karzai`, `DCM in Riyadh Emmanuel Bonne`: a known place
  // before a name of two words or more is where the office is held.
  // (Not a given name that is also a city's: `Santiago Miralles Huete`.)
  if (
    personFrom === nameFrom &&
    k - nameFrom >= 3 &&
    isKnownPlace(words, nameFrom, nameFrom + 1) &&
    // (Not `Rio de Janeiro Favelas`: a particle after it goes on with a longer place's name.)
    /^\p{Lu}/u.test(words[nameFrom + 1] ?? '') &&
    !isGivenName(words[nameFrom] ?? '')
  )
    personFrom += 1;
  // `Acknowledging Medvedev's loyalty…`: a sentence that opens with a participle opens with no name
  // (also after an opening quotation mark: `“Freeing Helmand from the Taliban is important`).
  const opens = personFrom === 0 || tokens.slice(0, personFrom).every((t) => !t.word);
  const first = words[personFrom] ?? '';
  if (opens && k - personFrom >= 2 && /ing$/.test(first) && !isGivenName(first)) personFrom += 1;
  // (`Transitioning, Zardari blamed`: a participle alone before a comma is no name either.)
  else if (opens && k - personFrom === 1 && words[k] === ',' && /ing$/.test(first) && !isGivenName(first)) {
    return k;
  }
  // `Evidently Dadis also suffered`: nor with an adverb.
  else if (
    opens &&
    k - personFrom >= 2 &&
    /ly$/.test(first.toLowerCase()) &&
    isCommonWord(first.toLowerCase()) &&
    !isGivenName(first)
  )
    personFrom += 1;
  // `news magazine Semana`, `the daily Hurriyet`: a medium or body named after what it is.
  // (`pro-Bosniak daily, Dnevni Avaz,`: also set off by commas.)
  // (Not `the leader of the party, Tihic,`: that is the leader.)
  const setOff =
    words[personFrom - 1] === ',' &&
    (words[k] === ',' || words[k] === '.') &&
    !lower.slice(Math.max(0, personFrom - 6), personFrom - 2).includes('of');
  if (
    k > personFrom &&
    prefix.titles.length === 0 &&
    (ORG_NOUNS.has(lower[personFrom - 1] ?? '') || (setOff && ORG_NOUNS.has(lower[personFrom - 2] ?? ''))) &&
    !words.slice(personFrom, k).some(isGivenName)
  ) {
    return pushMention(scan, at, 'organization', k, k, [], words.slice(personFrom, k).join(' '));
  }
  // `Major Economies Forum`, `Abu Dhabi`: ordinary words only, or a city, name no one.
  if (
    k - personFrom >= 1 &&
    !allCaps &&
    ((k - personFrom >= 2 && allOrdinary(lower, personFrom, k)) ||
      // (`Major Economies`, `General Crimes`: a plural ordinary word after a title is no surname.)
      (k - personFrom === 1 && /s$/.test(lower[personFrom] ?? '') && allOrdinary(lower, personFrom, k)) ||
      // (`Director of Intelligence,`: an ordinary word after `of` is a portfolio, no surname.)
      (k - personFrom === 1 && lower[personFrom - 1] === 'of' && allOrdinary(lower, personFrom, k)) ||
      isKnownPlace(words, personFrom, k))
  ) {
    return k;
  }
  // In mixed-case text a short all-capitals word is an acronym (`OMLT`, `NSB`), not a name.
  const acronym =
    !allCaps &&
    prefix.titles.length === 0 &&
    k - nameFrom === 1 &&
    isAcronym(words[nameFrom] ?? '') &&
    !defined?.persons.has(bare(words[nameFrom] ?? ''));
  if (k > nameFrom && !acronym && (prefix.titles.length > 0 || !definite)) {
    // (`End Note.) Further, ...`: after closing marks only, a word still opens its sentence.)
    // (`(NOTE: Interestingly, ...`: nor after an opening mark and a note's label.)
    const opens =
      nameFrom === 0 || words.slice(0, nameFrom).every((w) => CLOSING_MARKS.has(w) || OPENING_LABELS.has(w));
    const weak = !allCaps && opens && k - nameFrom === 1 && prefix.titles.length === 0;
    // (`the super-engaged Prince’s questions`, `the King’s view`: a title in the possessive names no one.)
    const owner =
      k - nameFrom === 1 && prefix.titles.length === 0 ? possessiveTitle(words[nameFrom] ?? '') : null;
    if (owner) {
      return k;
    }
    // (In capitals, `THE RECENT RESOLUTION OF THE OASGA CONFIRMED`: one word after `the` with no title is a
    // thing's name, as a person's would be written with a title.)
    if (allCaps && k - nameFrom === 1 && prefix.titles.length === 0 && thingBefore(scan, nameFrom)) return k;
    // (`Fortunately, our European partners ...`: an adverb set off at the sentence's opening.)
    const word = words[nameFrom] ?? '';
    if (weak && words[k] === ',' && word.length >= 6 && word.endsWith('ly') && !isGivenName(word)) return k;
    return pushMention(
      scan,
      at,
      'person',
      k,
      personFrom,
      prefix.titles,
      weak ? 'sentence-initial' : '',
      prefix,
    );
  }
  if (prefix.titles.length > 0) {
    const role = ROLES.match(words, start, lower);
    const label = role ? (role.entry.value.role ?? '') : `${definite ? 'the ' : ''}${prefix.titles[0]}`;
    return pushMention(scan, at, 'role', prefix.next, prefix.next, prefix.titles, label, prefix);
  }
  return at.from + 1;
}

/** Adds a mention that opens at `at`; returns the token after it. */
function pushMention(
  scan: MentionScan,
  at: Opening,
  kind: Mention['kind'],
  to: number,
  nameFrom: number,
  titles: string[],
  label: string,
  p?: Prefix,
): number {
  const i = at.from;
  scan.mentions.push({
    kind,
    from: i,
    to,
    nameFrom,
    nameTo: kind === 'person' ? to : nameFrom,
    titles,
    affiliation:
      envoyOfPossessor(scan, i, titles, p) ??
      p?.affiliation ??
      scan.lineAffiliation ??
      (kind === 'person' || kind === 'role'
        ? ((titles.length > 0 ? possessorCountry(scan, i) : null) ?? governedBy(scan, i))
        : null),
    titleAffiliation: p?.titleAffiliation ?? null,
    label,
    definite: at.definite,
    object: at.object,
    paragraph: scan.paragraph,
  });
  if (p?.spouse && kind === 'person') (scan.mentions.at(-1) as Mention).spouse = p.spouse;
  return Math.max(to, i + 1);
}

/** A body or a country: the whole of it from `start`, no name inside. */
function pushWhole(
  scan: MentionScan,
  at: Opening,
  kind: Mention['kind'],
  length: number,
  label: string,
): number {
  return pushMention(scan, at, kind, at.start + length, at.start + length, [], label);
}

/**
 * `the Serbian government under Prime Minister Kostunica`: a country a few linking words before a
 * person names the side that person is on.
 */
function governedBy(scan: MentionScan, at: number): string | null {
  const { lower, mentions } = scan;
  let j = at - 1;
  let governing = false;
  while (j >= 0 && at - j <= 6 && AFFILIATION_LINKS.has(lower[j] ?? '')) {
    // `deported to Pakistan by Karzai`: a preposition alone links nothing; `government`, `led` do.
    if (!LINK_PREPOSITIONS.has(lower[j] ?? '')) governing = true;
    j--;
  }
  const before = mentions[mentions.length - 1];
  return governing && before?.kind === 'country' && before.to === j + 1 && j + 1 < at && j + 1 > at - 7
    ? before.label
    : null;
}

/**
 * `Lithuania's NATO PermRep Linkevicius`: an envoy to a body, the body named before the title, speaks for
 * the country in the possessive before it.
 */
function envoyOfPossessor(
  scan: MentionScan,
  at: number,
  titles: string[],
  p: Prefix | undefined,
): string | null {
  if (!p?.affiliation || COUNTRY_NAMES.has(p.affiliation) || !ENVOY_TITLES.has(titles[0] ?? '')) return null;
  return possessorCountry(scan, at);
}

/**
 * `Israel’s Prime Minister Ehud Omert`: a country in the possessive right before a title (not before a
 * bare name: `Turkey's Kissinger` is a likeness).
 */
function possessorCountry(scan: MentionScan, at: number): string | null {
  const last = scan.mentions[scan.mentions.length - 1];
  return last?.kind === 'country' && last.to === at && /['’]s?$/.test(scan.words[at - 1] ?? '')
    ? last.label
    : null;
}

/**
 * `Representatives Brian Baird (D-WA), Christopher Shays (R-CT), and Jim Cooper`: a title in the plural
 * before a list of names is each one's, through commas, `and` and a short note in parentheses after each.
 */
function withListTitles(mentions: Mention[], words: string[]): Mention[] {
  for (let n = 0; n < mentions.length; n++) {
    const head = mentions[n] as Mention;
    if (head.kind !== 'person' || head.titles.length === 0 || !isTitleWord(words[head.from] ?? '')) continue;
    let last = head;
    // (`Ambassadors Goldberg and Shapiro, Ticana`: the list ends with the name after `and`.)
    for (
      let next = n + 1;
      next < mentions.length && !/^(?:and|&)$/.test(words[last.from - 1] ?? '');
      next++
    ) {
      const m = mentions[next] as Mention;
      let k = last.to;
      if (words[k] === '(') {
        const close = words.indexOf(')', k);
        if (close < 0 || close - k > 6) break;
        k = close + 1;
      }
      if (words[k] === ',') k++;
      if (words[k] === 'and' || words[k] === '&') k++;
      if (k === last.to || m.from !== k || m.kind !== 'person') break;
      // (`Representatives Nancy Pelosi and Committee/Sub-Committee Chairs`: no name.)
      const name = words.slice(m.nameFrom, m.nameTo);
      if (
        name.some((w) => w.includes('/')) ||
        (name.length === 1 && isCommonWord((name[0] ?? '').toLowerCase()))
      )
        break;
      if (m.titles.length === 0) {
        m.titles = [...head.titles];
        m.titleAffiliation ??= head.titleAffiliation;
      }
      last = m;
    }
  }
  return mentions;
}

function spelledOut(
  words: string[],
  i: number,
  defined: Definitions,
): { name: string; length: number } | null {
  const candidates = defined.byFirstWord.get(words[i] ?? '');
  if (!candidates) return null;
  // (`Blackwater Worldwide's Development Manager`: the last word in the possessive too.)
  for (const { name, parts } of candidates)
    if (
      parts.every((w, k) => words[i + k] === w || (k === parts.length - 1 && bare(words[i + k] ?? '') === w))
    )
      return { name, length: parts.length };
  return null;
}

/** A word that ends a list item or an aside: `-Frank Rose, Deputy Assistant Secretary -John Plumb`. */
function endsItem(word: string | undefined): boolean {
  return word === undefined || word === ',' || word === '-' || word === ';' || word === ')' || word === '.';
}

/**
 * `Frank Rose, Deputy Assistant Secretary` and `Director of the Minister's Secretariat, Michal Miarka`: a
 * title set off by a comma right after or before a name, and naming no one else, is that person's title.
 * A title's portfolio (`of the Minister's Secretariat`) holds no names of its own.
 */
function withAppositiveTitles(mentions: Mention[], words: string[]): Mention[] {
  const dropped = new Set<Mention>();
  /** Names that took the title before them in a list (`Minister for Defense Haji`). */
  const holders = new Set<Mention>();
  const lower = (k: number) => (words[k] ?? '').toLowerCase();
  // (`the CEO of African Consolidated Resources`, `President of Diamond Merchants Association`: a name
  // ending as a body's does inside a portfolio names that body, no holder; so does one with a body's word
  // before a place, `Commander of Task Force Helmand`.)
  const endsAsBody = (m: Mention) =>
    m.nameTo - m.nameFrom >= 2 && words.slice(m.nameFrom + 1, m.nameTo).some((w) => INSTITUTION_WORDS.has(w));
  for (let n = 0; n < mentions.length; n++) {
    const role = mentions[n] as Mention;
    if (role.kind !== 'role' || role.titles.length === 0 || dropped.has(role)) continue;
    // The title's end: past its portfolio, up to the comma or the item's end.
    let end = role.to;
    // (`Assistant to the President for Homeland Security and Counterterrorism (AFHSC),`: past a short form.)
    if (words[end] === '(' && words[end + 2] === ')' && /^[A-Z][A-Z/&-]+$/.test(words[end + 1] ?? ''))
      end += 3;
    if (TITLE_PORTFOLIOS.has(lower(end))) {
      let k = end + 1;
      while (k < words.length && k - end <= 8 && words[k] !== ':') {
        // (`UN High Commissioner for Human Rights (UNHCHR) Navy Pillay`: past the title's short form.)
        if (
          words[k] === '(' &&
          words[k + 2] === ')' &&
          /^[A-Z][A-Z/&-]+$/.test(words[k + 1] ?? '') &&
          mentions.some(
            (m) =>
              m.kind === 'person' && m.from === k + 3 && m.nameTo - m.nameFrom >= 2 && endsItem(words[m.to]),
          )
        )
          k += 3;
        if (endsItem(words[k])) break;
        k++;
      }
      end = k;
      // `Minister of the Presidency Juan Ramon Quintana,`: a full name inside is the title's own holder.
      // (`Russian Ambassador to Latvia Veshnyakov`: right after a country for post, one word is a surname.)
      const postCountry = (m: Mention) =>
        mentions.some((c) => c.kind === 'country' && c.from === role.to + 1 && c.to === m.from) &&
        !isCommonWord(lower(m.nameFrom));
      const inside = mentions.filter(
        (m) =>
          m.kind === 'person' &&
          m.from > role.from &&
          m.from < end &&
          !endsAsBody(m) &&
          (m.nameTo - m.nameFrom >= 2 || (m.nameTo - m.nameFrom === 1 && postCountry(m))),
      );
      const holder = inside.at(-1);
      if (holder) {
        // Capitalised portfolios (`of Strategic Planning`) look like names: a holder opens with a given name.
        // (`UN SRSG for Somalia Ahmedou Ould-Abdallah`: after a country for portfolio, the name is the holder's.)
        const afterCountry = mentions.some(
          (m) =>
            m.kind === 'country' &&
            m.from === role.to + 1 &&
            m.to === holder.from &&
            (holder.nameTo - holder.nameFrom >= 2 || postCountry(holder)) &&
            words
              .slice(holder.nameFrom, holder.nameTo)
              .every((w) => !isCommonWord(w.toLowerCase()) && !INSTITUTION_WORDS.has(w)),
        );
        // (`Minister of State for Petroleum Resources Odein Ajumogobia had denied`: a name of two words or
        // more right after capitalised portfolio words, none of its words ordinary, holds the title too.)
        const afterPortfolio =
          holder.nameTo - holder.nameFrom >= 2 &&
          holder.nameFrom > role.to + 1 &&
          // (The name was cut from the portfolio's own capitalised words: not `and Tourism Erkan Mumcu`; or
          // follows the title's short form, `(UNHCHR) Navy Pillay`.)
          /^[\p{Lu})]/u.test(words[holder.nameFrom - 1] ?? '') &&
          // (In capitals, `DIRECTOR OF IDEOLOGY FOR THE COMANDO MAISANTA`: a name after `the` is a body's.)
          lower(holder.nameFrom - 1) !== 'the' &&
          words.slice(role.to + 1, holder.nameFrom).some((w) => /^\p{Lu}/u.test(w)) &&
          words
            .slice(role.to + 1, holder.nameFrom)
            .every(
              (w, i) =>
                /^[\p{Lu}()]/u.test(w) ||
                TITLE_PORTFOLIOS.has(lower(role.to + 1 + i)) ||
                PORTFOLIO_JOINERS.has(lower(role.to + 1 + i)),
            ) &&
          words
            .slice(holder.nameFrom, holder.nameTo)
            // (After the title's short form the name may open with a word that is also common: `Navy`.)
            .every(
              (w, i) =>
                (i === 0 && words[holder.nameFrom - 1] === ')') ||
                (!isCommonWord(w.toLowerCase()) && !INSTITUTION_WORDS.has(w)),
            );
        // (`Shell EVP for Shell Companies in Africa Ann Pickard met with`: the name may end the portfolio
        // before the verb, with no comma.)
        // (Only where the title states its side, or is no title the US reads as its own: a bare `Secretary
        // for Energy Development X` would be taken for an American.)
        // (`Ambassador to Tehran Michael Postl (please protect) debriefed`: or before a note in brackets.)
        const endsBeforeVerb =
          (role.affiliation !== null || !role.titles.some((t) => US_TITLES.has(t))) &&
          (/^\p{Ll}/u.test(words[holder.to] ?? '') || words[holder.to] === '(') &&
          !PORTFOLIO_JOINERS.has(lower(holder.to)) &&
          !TITLE_PORTFOLIOS.has(lower(holder.to));
        // (Not `reminded the Prime Minister of the recent case of Jamshid Ghassemi`: after `the`, a portfolio
        // names its office in capitals.)
        const plainAfterThe = words
          .slice(role.to + 1, holder.nameFrom)
          .some((w, i) => lower(role.to + i) === 'the' && /^\p{Ll}/u.test(w));
        if (
          (holder.to === end || endsBeforeVerb) &&
          !plainAfterThe &&
          holder.titles.length === 0 &&
          (isGivenName(words[holder.nameFrom] ?? '') || afterCountry || afterPortfolio)
        ) {
          attach(holder, role);
          // (`Deputy Chief of President Kaczynski's National Security Bureau Witold Waszczykowski`: a
          // titled person inside the portfolio is a person of his own; the title itself and the rest of its
          // portfolio are the holder's phrase.)
          for (const m of mentions)
            if (m.from >= role.from && m.to <= holder.from && !(m.kind === 'person' && m.titles.length > 0))
              dropped.add(m);
          // (The holder's phrase now opens where the title does: `for` inside it governs no object.)
          holder.from = role.from;
          holder.object = role.object;
        }
        continue;
      }
      // Only lone capitalised words (`Secretariat`, `Missile`) may stand in a portfolio, not names.
      const foreign = mentions.some(
        (m) =>
          m.from > role.from &&
          m.from < end &&
          // `of the Minister's Secretariat`: an office's possessive is part of the portfolio.
          ((m.kind === 'role' && !/['’]s$/.test(words[m.to - 1] ?? '')) ||
            (m.kind === 'person' &&
              !endsAsBody(m) &&
              (m.titles.length > 0 || m.nameTo - m.nameFrom > 1 || isGivenName(words[m.nameFrom] ?? '')))),
      );
      if (foreign) continue;
    }
    // (`met by the COS, LTG Hamid Thani al Rumaithy, Director ...`: an office with `the`, set off right
    // before a name that has a rank and nothing else, is that person's.)
    const next = mentions[n + 1];
    if (
      role.definite &&
      end === role.to &&
      words[role.to] === ',' &&
      next?.kind === 'person' &&
      next.from === role.to + 1 &&
      next.titles.length > 0 &&
      next.titles.every((t) => MILITARY_RANKS.has(t)) &&
      next.nameTo - next.nameFrom >= 2 &&
      endsItem(words[next.to])
    ) {
      attach(next, role);
      continue;
    }
    // (`Anatoliy Antonov, MFA Director for Disarmament ...,`: a body's short form may open the title.)
    // (Not where the body states no side and the title alone would make an American of a host's official.)
    const body = mentions[n - 1];
    const bodySide = body?.kind === 'organization' ? organizationSideAt(words, body) : null;
    const bodyFirst =
      body?.kind === 'organization' &&
      body.to === role.from &&
      mentions[n - 2]?.to === body.from - 1 &&
      (bodySide !== null || !role.titles.some((t) => US_TITLES.has(t)));
    const before = bodyFirst ? mentions[n - 2] : body;
    if (
      before?.kind === 'person' &&
      !dropped.has(before) &&
      // (`with U/S Burns, UAE Vice President, Prime Minister and Dubai Ruler Sheikh Mohammed`: another
      // side's office after a titled name opens the next name's titles.)
      !(
        role.affiliation &&
        before.titles.length > 0 &&
        TITLES.match(
          words,
          end + 1,
          words.map((w) => w.toLowerCase()),
        )
      ) &&
      // (`Prince Andrew, the Duke of York,`: with `the`, only an office that is one person's own.)
      // (`Andrew Cranswick, the CEO of African Consolidated Resources (ACR),`: or an office with its portfolio
      // after a full name.)
      // (`Gordon Messenger, the British Commander,`: or an office whose side is stated, held by one at a time,
      // after a name with no office yet; not `Ambassador Al Jindan, the Pakistani Counselor, and the MOF`.)
      (!role.definite ||
        (role.affiliation !== null && before.titles.every((t) => MILITARY_RANKS.has(t))) ||
        lower(role.to - 2) === 'of' ||
        (end > role.to && before.nameTo - before.nameFrom >= 2)) &&
      startsLikeName(before, words) &&
      before.to + 1 === (bodyFirst ? (body as Mention).from : role.from) &&
      words[before.to] === ',' &&
      endsItem(words[end]) &&
      // `Thatcher, Major, Blair`: a one-word title in a list of names may be a name itself.
      (end > role.to || role.to - role.from >= 2)
    ) {
      // (`NSIS Director Gichangi, Minister for Defense Haji,`: a name that ends the portfolio, no ordinary
      // word, holds the title itself.)
      const holder = mentions.find(
        (m) =>
          m.kind === 'person' &&
          m.from > role.to + 1 &&
          m.to === end &&
          m.titles.length === 0 &&
          startsLikeName(m, words) &&
          !isCommonWord(lower(m.nameTo - 1)) &&
          !INSTITUTION_WORDS.has(words[m.nameTo - 1] ?? ''),
      );
      // (Only in a list whose items are a title, then a name: `Anita Friedt, Director of Non-Proliferation,`
      // is a title after its name.)
      const titledList = before.titles.length > 0 && (before.nameFrom > before.from || holders.has(before));
      if (
        holder &&
        titledList &&
        // (Not `Ambassador John Herbst, the U.S. Coordinator for Reconstruction and Stabilization,`.)
        !role.definite &&
        words[end] === ',' &&
        holder.from >= role.to + 2 &&
        TITLE_PORTFOLIOS.has(lower(role.to))
      ) {
        attach(holder, role);
        holders.add(holder);
        for (const m of mentions) if (m.from >= role.from && m.to <= holder.from) dropped.add(m);
        continue;
      }
      attach(before, role);
      // (`Chris Walker, DOE Director,`: the body's side where it states one.)
      if (bodyFirst) before.affiliation ??= bodySide;
      for (let k = n; k < mentions.length && (mentions[k] as Mention).from < end; k++)
        dropped.add(mentions[k] as Mention);
      continue;
    }
    // (`Equatorial Guinean Minister (and the President's son), Teodoro Nguema Obiang,`: past a note.)
    // (Not `Interior Secretary (Deputy Minister), Qamar Zaman`: a note in capitals names the office again.)
    if (words[end] === '(' && /^\p{Ll}/u.test(words[end + 1] ?? '')) {
      const close = words.indexOf(')', end);
      if (close > end && close - end <= 10 && words[close + 1] === ',') end = close + 1;
    }
    if (words[end] !== ',') continue;
    let after = mentions.find((m) => m.from === end + 1);
    // (`the Mayor of Tachira's capital city, San Cristobal, Monica de Mendez,`: a name set off after a noun
    // for a place names that place; the holder comes after it.)
    // (Not `the Premier of Gauteng Province, Nomvula Mokonyane, a close childhood friend`: no name after it.)
    const holderAfter =
      after && PLACE_NOUNS.has(lower(end - 1)) && words[after.to] === ','
        ? mentions.find((m) => m.from === (after as Mention).to + 1 && m.kind === 'person')
        : undefined;
    if (after && holderAfter) {
      dropped.add(after);
      after = holderAfter;
    }
    // `Minister of Immigration, Integration, ...`: after the title, a full name, not a lone word.
    // (`ISAF Commander, General Stanley McChrystal,`: a titled name takes the side a title before states.)
    if (
      after?.kind !== 'person' ||
      (after.titles.length > 0 && (!role.affiliation || after.affiliation !== null)) ||
      after.nameTo - after.nameFrom < 2 ||
      !startsLikeName(after, words) ||
      !endsItem(words[after.to])
    )
      continue;
    attach(after, role);
    // (`the President of the ECOWAS Commission, Mohamed Ibn Chambas,`: the body the title is of is his side.)
    if (lower(role.to) === 'of') after.affiliation ??= sideOfPortfolio(mentions, words, role.to + 1, end);
    for (const m of mentions) if (m.from >= role.from && m.to <= end) dropped.add(m);
  }
  return dropped.size === 0 ? mentions : mentions.filter((m) => !dropped.has(m));
}

/** The side an organisation's mention states (`DOE`, `the PSOE's`), or null for one every country has (`MFA`). */
function organizationSideAt(words: string[], body: Mention): string | null {
  const at = body.definite ? body.from + 1 : body.from;
  return statedSide(
    (ORGANIZATIONS.match(words, at) ?? ORGANIZATIONS.match([bare(words[at] ?? '')], 0))?.entry.value,
  );
}

/** The side of the body or country that opens a title's portfolio at `from` (`of the ECOWAS Commission`). */
function sideOfPortfolio(mentions: Mention[], words: string[], from: number, end: number): string | null {
  const body = mentions.find(
    (m) => m.from === from && m.to <= end && (m.kind === 'organization' || m.kind === 'country'),
  );
  if (!body) return null;
  const at = body.definite ? body.from + 1 : body.from;
  if (body.kind === 'country')
    return body.to === end ? (COUNTRIES.match(words, at)?.entry.value.country ?? null) : null;
  const org = ORGANIZATIONS.match(words, at)?.entry.value;
  // (An international body's own organ may follow it, `the ECOWAS Commission`; a government's name is whole:
  // `the Treasury Select Committee` is no Treasury's.)
  const whole =
    body.to === end ||
    (org?.kind === 'international' && end - body.to === 1 && INSTITUTION_WORDS.has(words[body.to] ?? ''));
  return whole ? statedSide(org) : null;
}

/** `Fortunately, the Chancellor`, `Head, Nuclear Non-Proliferation`: ordinary words are no name. */
function startsLikeName(m: Mention, words: string[]): boolean {
  return m.label !== 'sentence-initial' && !isCommonWord((words[m.nameFrom] ?? '').toLowerCase());
}

/**
 * `Saudi Arabian Ambassador to the US Adel al-Jubeir`: the country after `to` is where the office is held;
 * the full name after it holds the office, with the side the office states.
 */
function withPostedTitles(mentions: Mention[], words: string[]): Mention[] {
  for (let n = 0; n + 2 < mentions.length; n++) {
    const role = mentions[n] as Mention;
    const post = mentions[n + 1] as Mention;
    const person = mentions[n + 2] as Mention;
    if (
      role.kind === 'role' &&
      role.titles.length > 0 &&
      (words[role.to] ?? '').toLowerCase() === 'to' &&
      post.kind === 'country' &&
      post.from === role.to + 1 &&
      person.kind === 'person' &&
      person.from === post.to &&
      person.titles.length === 0 &&
      person.nameTo - person.nameFrom >= 2 &&
      // (`Ambassador to the US Adel al-Jubeir`, no side written: the title would make him American.)
      (role.affiliation !== null || post.label !== 'United States')
    ) {
      attach(person, role);
      person.affiliation = role.affiliation;
      person.postedTo = post.label;
    }
  }
  return mentions;
}

/**
 * `Jose Julio Rodriguez Fernandez was named Chief of Defense`: an office given to the person named right
 * before the verb (title-predicates.txt) is that person's title, its side unchanged.
 */
function withPredicateTitles(mentions: Mention[], words: string[]): Mention[] {
  for (let n = 0; n + 1 < mentions.length; n++) {
    const person = mentions[n] as Mention;
    const role = mentions[n + 1] as Mention;
    if (person.kind !== 'person' || role.kind !== 'role' || role.titles.length === 0) continue;
    const gap = role.from - person.to;
    if (gap < 1 || gap > 4) continue;
    const between = words
      .slice(person.to, role.from)
      .map((w) => w.toLowerCase())
      .join(' ');
    if (!TITLE_PREDICATES.has(between)) continue;
    for (const t of role.titles) if (!person.titles.includes(t)) person.titles.push(t);
  }
  return mentions;
}

function attach(person: Mention, role: Mention): void {
  for (const t of role.titles) if (!person.titles.includes(t)) person.titles.push(t);
  person.titleAffiliation ??= role.titleAffiliation;
  // `Israeli Ambassador, Gaby Levy`: the side the title states is the person's.
  person.affiliation ??= role.affiliation;
}

/** Months as written before a day (`Feb. 13`, `December 19`), lower case. */
export const MONTH_WORDS: ReadonlySet<string> = new Set(
  'jan jan. january feb feb. february mar mar. march apr apr. april may june jul jul. july aug aug. august sep sep. sept sept. september oct oct. october nov nov. november dec dec. december'.split(
    ' ',
  ),
);
const CLOSING_MARKS: ReadonlySet<string> = new Set([')', ']', '"', '”', "'", '’']);
/** What may stand before a sentence's first word inside it: opening marks and a note's label (`(NOTE:`). */
const OPENING_LABELS: ReadonlySet<string> = new Set([
  '(',
  '[',
  '“',
  ':',
  '--',
  'NOTE',
  'Note',
  'COMMENT',
  'Comment',
]);

/** Words that open a title's portfolio or post: `Director of ...`, `Ambassador to ...`, `DCM in La Paz`. */
const TITLE_PORTFOLIOS: ReadonlySet<string> = new Set(['of', 'for', 'on', 'to', 'in', 'at']);

/** First words of titles and roles (lower case), and of organisations and countries (as written). */
const OFFICE_OPENERS: ReadonlySet<string> = new Set([...TITLES.firstWords(), ...ROLES.firstWords()]);
const SIDE_OPENERS: ReadonlySet<string> = new Set([...ORGANIZATIONS.firstWords(), ...COUNTRIES.firstWords()]);

/** True when a phrase table starts with this word (or its bare form), or it may be part of a name. */
function mayStartMention(
  token: Token | undefined,
  words: string[],
  lowerWords: string[],
  i: number,
  allCaps: boolean,
): boolean {
  const word = words[i];
  const lower = lowerWords[i];
  if (token === undefined || word === undefined || lower === undefined) return false;
  if (OFFICE_OPENERS.has(lower)) return true;
  if (token.cap && lower.endsWith('s') && TITLES.startsWith(lower.slice(0, -1))) return true;
  if (token.cap && lower.endsWith('men') && TITLES.startsWith(`${lower.slice(0, -3)}man`)) return true;
  if (token.cap && INSTITUTION_WORDS.has(word) && /^(?:of|for)$/.test(lowerWords[i + 1] ?? '')) return true;
  if (SIDE_OPENERS.has(word)) return true;
  // (`NEA/IPA Deputy Director Nicole Shampaine`: an office written with its bureau may open a title; no name.)
  if (token.cap && officeWithSlash(word)) return true;
  if (allCaps && COUNTRIES_IN_CAPITALS.startsWith(word)) return true;
  if (endsLikePlural(word)) {
    const b = bareFirst(word);
    if (ORGANIZATIONS.startsWith(b) || COUNTRIES.startsWith(b)) return true;
  }
  return isNameToken(token, allCaps);
}

/**
 * A country read from a word with its plural or possessive ending dropped (`Europeans`, `France's`,
 * `the Saudis`); not a given name that is a country's name with an `s` (`Frances Fragos Townsend`).
 */
function pluralCountry(
  countries: PhraseTable,
  words: string[],
  start: number,
): ReturnType<PhraseTable['match']> {
  const found = countries.match(bareWords(words, start), 0);
  if (found?.entry.value.kind !== 'name') return found;
  const word = words[start] ?? '';
  return /['’][sS]?$/.test(word) || !isGivenName(word) ? found : null;
}

/** Ends in `s` or an apostrophe: a plural or possessive whose bare form may be in a table. */
function endsLikePlural(word: string): boolean {
  const last = word.charCodeAt(word.length - 1);
  return last === 115 /* s */ || last === 83 /* S, in capitals */ || last === 39 || last === 0x2019;
}

/** A word with a plural or possessive ending dropped (`Europeans`, `UN's`). */
function bareFirst(word: string): string {
  return bare(word).replace(/(?<=[a-z])s$|(?<=[A-Z]{3})S$/, '');
}

/** A short window of words from i with the first one's ending dropped; match it at index 0. */
function bareWords(words: string[], i: number): string[] {
  const window = words.slice(i, i + 8);
  const w = window[0];
  if (w !== undefined) window[0] = bareFirst(w);
  return window;
}

/** `Prince’s`: the title a word in the possessive is (no one's name), or null. */
function possessiveTitle(word: string): string | null {
  const owner = bare(word);
  if (owner === word) return null;
  const lower = owner.toLowerCase();
  return TITLES.match([owner], 0, [lower])?.entry.value.title ?? null;
}

/** True when the word at k ends a body's name (`University's`, `University in`, `University Law Professor`). */
function bodyNameAfterTitle(tokens: Token[], words: string[], lower: string[], k: number): boolean {
  const word = words[k] ?? '';
  if (!INSTITUTION_WORDS.has(bare(word))) return false;
  const next = tokens[k + 1];
  return (
    bare(word) !== word ||
    !next?.word ||
    !next.cap ||
    TITLES.match(words, k + 1, lower) !== null ||
    (tokens[k + 2]?.cap === true && TITLES.match(words, k + 2, lower) !== null)
  );
}

/** Small words inside a body's portfolio (`Ministry of Trade and Industry`). */
const PORTFOLIO_JOINERS: ReadonlySet<string> = new Set(['of', 'for', 'and', 'the', '&']);

/**
 * The length of `Ministry of Defense`, `Office of the President`: a capitalised word that heads a body's
 * name, `of` or `for`, and capitalised words (with their small words); 0 when there is none.
 */
function bodyWithPortfolio(tokens: Token[], words: string[], i: number): number {
  const head = words[i] ?? '';
  if (!tokens[i]?.cap || !INSTITUTION_WORDS.has(head)) return 0;
  // (Only after `the`, and not inside a title's portfolio: `Director General of the Institute of X Mikhail
  // Delyagin` is the title's, with its holder.)
  const before = (words[i - 1] ?? '').toLowerCase();
  if (before !== 'the' || /^(?:of|for|to|at)$/i.test(words[i - 2] ?? '')) return 0;
  const link = words[i + 1] ?? '';
  if (link !== 'of' && link !== 'for') return 0;
  let end = i + 2;
  if (words[end] === 'the') end++;
  if (!tokens[end]?.cap) return 0;
  while (end < words.length && end - i <= 8) {
    const w = words[end] ?? '';
    if (tokens[end]?.cap && tokens[end]?.word && !isGivenName(w) && !TITLES.match(words, end)) end++;
    else if (PORTFOLIO_JOINERS.has(w) && tokens[end + 1]?.cap) end++;
    else break;
  }
  // (A capitalised word right after it may open a name: then this is no body of its own.)
  if (tokens[end]?.cap && tokens[end]?.word) return 0;
  return end - i;
}

/**
 * `Saudi Arabia's`, `Inter-Services Intelligence’s`, `North Koreans`: a name of two words in the possessive
 * or (a people's) in the plural, where the first alone (`Saudi`, `North`) would match a shorter entry or none.
 */
function possessiveName(
  words: string[],
  i: number,
  table: PhraseTable,
  found: ReturnType<PhraseTable['match']>,
): ReturnType<PhraseTable['match']> {
  const second = words[i + 1] ?? '';
  if (found && found.length >= 2) return found;
  // (`the North Koreans`: a people's name of two words in the plural, by its demonym.)
  const plural = /[a-z]s$/.test(second) && !/['’]s$/.test(second);
  if (!plural && !/['’][sS]$/.test(second)) return found;
  const two = table.match([words[i] ?? '', plural ? second.slice(0, -1) : bare(second)], 0);
  if (plural && two?.entry.value.kind !== 'demonym') return found;
  return two && two.length === 2 ? two : found;
}

function isCountryOrOrg(words: string[], k: number, countries: PhraseTable = COUNTRIES): boolean {
  const w = words[k] ?? '';
  if (countries.match(words, k) !== null || ORGANIZATIONS.match(words, k) !== null) return true;
  // Plurals and possessives (`Europeans`, `UN's`) only need the second look.
  if (endsLikePlural(w)) {
    if (pluralCountry(countries, words, k) !== null || ORGANIZATIONS.match(bareWords(words, k), 0) !== null)
      return true;
  }
  // (`US-EU`, `PRC-DPRK`: acronyms joined; not a name in capitals, `NAVARRO-VALLS`, `AL-ASAD`.)
  if (!w.includes('-') || !/^\p{Lu}{1,4}-\p{Lu}{1,4}$/u.test(w)) return false;
  return !w.split('-').some((part) => NAME_PARTICLES.has(part.toLowerCase()));
}

function isAcronym(word: string): boolean {
  const w = bare(word);
  // (`IRPO/DRMH`: offices joined by a slash are acronyms too.)
  if (w.includes('/'))
    return w === w.toUpperCase() && w.split('/').every((part) => /^\p{Lu}{1,6}$/u.test(part));
  return w.length <= 5 && w === w.toUpperCase() && /^\p{Lu}/u.test(w);
}

export function isGivenName(word: string): boolean {
  if (GIVEN_NAMES.has(word) || GIVEN_NAMES.has(titleCase(word))) return true;
  // `Jean-Louis`, `Hans-Dietrich`: two given names joined.
  const dash = word.indexOf('-');
  return (
    dash > 0 &&
    word.indexOf('-', dash + 1) < 0 &&
    isGivenName(word.slice(0, dash)) &&
    isGivenName(word.slice(dash + 1))
  );
}

export { bare as bareName };
