import { readTsv, readWordList as wordList } from './load.js';

/** Capitalised words that are not names of people. */
export const NAME_STOPWORDS: ReadonlySet<string> = wordList('name-stopwords.txt');
/** Given names: the common list, with the women's and the Spanish ones (`Clara Rojas`, `Consuelo Gonzalez`). */
export const GIVEN_NAMES: ReadonlySet<string> = new Set([
  ...wordList('given-names.txt'),
  ...wordList('female-given-names.txt'),
  ...wordList('hispanic-given-names.txt'),
]);
/** Words that open a body's name before `of` (`the Ministry of Reintegration`). */
export const BODY_HEADS: ReadonlySet<string> = wordList('body-heads.txt');
/** `media`, `parliament`: nouns for a people's institutions after its name (people-body-nouns.txt). */
export const PEOPLE_BODY_NOUNS: ReadonlySet<string> = wordList('people-body-nouns.txt');
/** Countries whose people are cited by the given name (`Abhisit Vejjajiva ... Abhisit said`). */
export const GIVEN_NAME_CITED_COUNTRIES: ReadonlySet<string> = wordList('given-name-cited-countries.txt');
/** Abbreviations after which a full stop does not end a sentence (abbreviations.txt). */
export const ABBREVIATIONS: ReadonlySet<string> = wordList('abbreviations.txt');
/** `etc.`: abbreviations whose full stop before a capital ends the sentence (list-end-abbreviations.txt). */
export const LIST_END_ABBREVIATIONS: ReadonlySet<string> = wordList('list-end-abbreviations.txt');
/** Abbreviations whose full stop ends no sentence before a letter or number (designator-abbreviations.txt). */
export const DESIGNATOR_ABBREVIATIONS: ReadonlySet<string> = wordList('designator-abbreviations.txt');
/** Countries whose people are cited by the first of two family names (double-surname-countries.txt). */
export const DOUBLE_SURNAME_COUNTRIES: ReadonlySet<string> = wordList('double-surname-countries.txt');
/** `-born`, `-made`: participles in no `-ed` that end compound adjectives (irregular-participles.txt). */
export const IRREGULAR_PARTICIPLES: ReadonlySet<string> = wordList('irregular-participles.txt');
/** `reported to be`, `said to have`: what others say of a name (hearsay-participles.txt). */
export const HEARSAY_PARTICIPLES: ReadonlySet<string> = wordList('hearsay-participles.txt');
/** `to date`, `so far`: time between a negation and its verb (time-so-far.txt). */
export const TIME_SO_FAR: ReadonlySet<string> = wordList('time-so-far.txt');
/** Countries whose ministers are styled Secretary (`Defense Secretary Galvan` in Mexico). */
export const SECRETARY_CABINETS: ReadonlySet<string> = wordList('secretary-cabinets.txt');
/** Words before a title that make it another body's office, not a US one (`Municipal Secretary`). */
export const LOCAL_OFFICE_WORDS: ReadonlySet<string> = wordList('local-office-words.txt');
/** Titles that say the holder's sex (`Ms.` → f, `King` → m). */
export const TITLE_GENDERS: ReadonlyMap<string, 'm' | 'f'> = new Map(
  readTsv('title-genders.tsv').map((row) => [row.title ?? '', row.gender === 'f' ? 'f' : 'm'] as const),
);
/** Given names borne by women (`Eka Tkeshelashvili`): a `she`, not a `he`, where no title says otherwise. */
export const FEMALE_GIVEN_NAMES: ReadonlySet<string> = wordList('female-given-names.txt');
/** Spanish given names: never one of the family names of a name (`Jose Obdulio Gaviria`). */
export const HISPANIC_GIVEN_NAMES: ReadonlySet<string> = wordList('hispanic-given-names.txt');
/** People the cables name without saying whom they act for (notable-persons.tsv), one row each. */
export const NOTABLE_PERSONS: readonly Record<string, string>[] = readTsv('notable-persons.tsv');
/** Given names and the surnames of notable persons, lower-cased: names even where they are also words. */
export const KNOWN_NAMES: ReadonlySet<string> = new Set([
  ...[...GIVEN_NAMES].map((w) => w.toLowerCase()),
  ...NOTABLE_PERSONS.map((row) => (row.surname ?? '').toLowerCase()),
]);
/** Ordinary words (`sees`, `took`, `strong`), which a name in all-capitals text is not made of. */
export const COMMON_WORDS: ReadonlySet<string> = wordList('common-words.txt');
/** Arabic words that open names of places and bodies (`Shatt al-Arab`, `Jaysh al-Mahdi`). */
export const ARABIC_NAME_HEADS: ReadonlySet<string> = wordList('arabic-name-heads.txt');
/** Second halves of Arabic compound given names (`Saif al-Islam`). */
export const ARABIC_GIVEN_NAME_ENDINGS: ReadonlySet<string> = wordList('arabic-given-name-endings.txt');
const ABSTRACT_NOUN_ENDINGS: readonly string[] = [...wordList('abstract-noun-endings.txt')];
/** Whether a lower-case word ends like an abstract noun (abstract-noun-endings.txt: `education`, `technology`). */
export function endsLikeAbstractNoun(word: string): boolean {
  return ABSTRACT_NOUN_ENDINGS.some((ending) => word.endsWith(ending));
}
/** Words that point to a place in the cable itself, by what stands before them (cable-pointers.tsv). */
export const CABLE_POINTERS: ReadonlyMap<string, 'verb' | 'in'> = new Map(
  readTsv('cable-pointers.tsv').map((row) => [row.form ?? '', row.after === 'verb' ? 'verb' : 'in'] as const),
);
/** Verbs of speaking whose past form is as often an adjective (adjective-like-cues.txt). */
export const ADJECTIVE_LIKE_CUES: ReadonlySet<string> = wordList('adjective-like-cues.txt');
/** Verbs of speaking that are as often plural nouns (`the Sunni states`). */
export const NOUN_LIKE_CUES: ReadonlySet<string> = wordList('noun-like-cues.txt');
/** After a noun-like form, words that end a noun phrase: `the Sunni states.`, `press reports of`. */
const NOUN_ENDINGS: ReadonlySet<string> = new Set(
  ['.', ';', ')', 'of', 'on', 'in', 'about', 'from', 'by', 'for', 'with', 'at', 'and', 'or'].concat([
    'are',
    'were',
    'have',
    'had',
    'is',
    'was',
  ]),
);
/** Words that open a noun phrase: `the Sunni states`, `his remarks`. */
const NOUN_OPENERS: ReadonlySet<string> = new Set([
  'the',
  'these',
  'those',
  'other',
  'all',
  'some',
  'many',
  'several',
  'his',
  'her',
  'their',
  'its',
  'our',
]);
/**
 * True where a cue form at `k` reads as a plural noun: `the Sunni states.`, `press reports of`, `his
 * remarks in`; `Ban states.` and `he notes.` stay verbs.
 */
export function nounLikeCue(
  lower: readonly string[],
  tokens: readonly { cap: boolean; word: boolean }[],
  k: number,
  length: number,
): boolean {
  if (length !== 1 || !NOUN_LIKE_CUES.has(lower[k] ?? '') || !NOUN_ENDINGS.has(lower[k + 1] ?? ''))
    return false;
  const before = tokens[k - 1];
  if (!before?.word) return false;
  // (`Delta and Bayelsa states have done`: a verb of speaking is never followed by one of these.)
  if (AUXILIARY_ENDINGS.has(lower[k + 1] ?? '')) return true;
  // (`xxxxxxxxxxxx argues that`: a withheld name is a subject, as a pronoun is.)
  if (/x{4}/.test(lower[k - 1] ?? '')) return false;
  return !before.cap ? !PRONOUN_SUBJECTS.has(lower[k - 1] ?? '') : NOUN_OPENERS.has(lower[k - 2] ?? '');
}
const AUXILIARY_ENDINGS: ReadonlySet<string> = new Set(['are', 'were', 'have', 'had']);

/** `related to`: a verb of speaking before the word that makes it none (not-speech-before.tsv). */
const NOT_SPEECH_BEFORE: ReadonlySet<string> = new Set(
  readTsv('not-speech-before.tsv').map((row) => `${row.form} ${row.next}`),
);

/** Articles and possessives between a word and the noun it governs (object-determiners.txt). */
export const OBJECT_DETERMINERS: ReadonlySet<string> = wordList('object-determiners.txt');
/** Words that may stand between such a verb and the noun that makes it no speech (`*` in the table). */
const BEFORE_NOT_SPEECH_NOUN: ReadonlySet<string> = new Set([...OBJECT_DETERMINERS, 'the', 'new']);

/**
 * True when the verb form ending at k + length - 1 is followed by a word that makes it no speech, right
 * after it or past an article or a possessive (`asserted his authority`, `proposed a bill`).
 */
export function notSpeechBefore(lower: readonly string[], k: number, length: number): boolean {
  const verb = lower[k + length - 1];
  const next = lower[k + length] ?? '';
  if (NOT_SPEECH_BEFORE.has(`${verb} ${next}`)) return true;
  return BEFORE_NOT_SPEECH_NOUN.has(next) && NOT_SPEECH_BEFORE.has(`${verb} * ${lower[k + length + 1]}`);
}
/** Lower-case words that are subjects themselves (`they said`), not common nouns before a verb. */
export const PRONOUN_SUBJECTS: ReadonlySet<string> = new Set([
  'he',
  'she',
  'they',
  'we',
  'i',
  'you',
  'it',
  'who',
  'which',
  'that',
]);

/** A country's bodies: `DCM at the French embassy` is of France (side-bodies.txt). */
export const SIDE_BODIES: ReadonlySet<string> = wordList('side-bodies.txt');
/** `X, described as ...`: participles that say what others call the noun before (naming-cues.txt). */
export const NAMING_CUES: ReadonlySet<string> = wordList('naming-cues.txt');
/** Modal verbs (`WILL ROB NORIEGA`: a verb after them in capitals). */
export const MODAL_VERBS: ReadonlySet<string> = wordList('modal-verbs.txt');
/** Cardinal numbers written as words (`the Shannon Five`, `the three agreed`). */
export const NUMBER_WORDS: ReadonlySet<string> = wordList('number-words.txt');
/** What a ministry deals with, capitalised in its name (`Minister of Agriculture`). */
export const PORTFOLIOS: ReadonlySet<string> = wordList('portfolios.txt');
/** Bodies that take a country as their portfolio after `for` (`Ministry for Kosovo`). */
export const PORTFOLIO_BODIES: ReadonlySet<string> = wordList('portfolio-bodies.txt');
/** Words that make the demonym after them a region's (`North American`). */
export const REGION_WORDS: ReadonlySet<string> = wordList('region-words.txt');
export const SPEECH_ADVERBS: ReadonlySet<string> = wordList('adverbs.txt');
/** Adverbs between a verb of being and a past participle in a passive (`was first announced`). */
export const PASSIVE_ADVERBS: ReadonlySet<string> = wordList('passive-adverbs.txt');
/** Adverbs of frequency: `he often briefed` is a habit, no act reported. */
export const HABITUAL_ADVERBS: ReadonlySet<string> = wordList('habitual-adverbs.txt');
/** Adverbs of repeated acts after the verb: `had rebutted it consistently`. */
export const REPEATING_ADVERBS: ReadonlySet<string> = wordList('repeating-adverbs.txt');
/** Words that announce a date relative to the cable's date, and words that put a clause in the future. */
export const RELATIVE_DATE_WORDS: ReadonlySet<string> = wordList('relative-dates.txt');
export const FUTURE_MARKERS: ReadonlySet<string> = wordList('future-markers.txt');
/** Words inside and after a place's name in a meeting sentence (`Ministry of Foreign Affairs`, `in Paris on May 5`). */
export const PLACE_JOINERS: ReadonlySet<string> = wordList('place-joiners.txt');
export const PLACE_FOLLOWERS: ReadonlySet<string> = wordList('place-followers.txt');
/** Words after which capitalised words may be a title's portfolio (`Minister for Hydrocarbons`). */
/** `U.S. Participants:`, `Polish side:`: words between a side and the colon of a participant line. */
export const LIST_HEADS: ReadonlySet<string> = wordList('list-heads.txt');
/** `delivered the demarche`, `passed a message`: what a verb of handing over must carry to report speech. */
export const SPEECH_NOUNS: ReadonlySet<string> = wordList('speech-nouns.txt');
/** `Ahmed Fattani, publisher of ...`, `Villepin's advisor`: nouns that describe a person. */
export const PERSON_NOUNS: ReadonlySet<string> = wordList('person-nouns.txt');
/** Nouns of kinship and personal ties (`Prabhakaran relative`): said only of persons. */
export const KIN_NOUNS: ReadonlySet<string> = wordList('kin-nouns.txt');
/** Nouns a `that` clause completes (`the fact that ...`): with it, the subject of the verb after them. */
export const CONTENT_NOUNS: ReadonlySet<string> = wordList('content-nouns.txt');
/** Members of a family, after a possessive (`Khomeini's grandson`): another person than the possessor. */
export const FAMILY_NOUNS: ReadonlySet<string> = wordList('family-nouns.txt');
/** `the Banzer regime`, `the Fujimori era`: nouns for a rule named after the ruler. */
export const RULER_NOUNS: ReadonlySet<string> = wordList('ruler-nouns.txt');
/** Words between a subject and its verb: auxiliaries and a few adverbs (`Aziz had thought`). */
export const BEFORE_VERB: ReadonlySet<string> = wordList('before-verb-words.txt');
/** Words that make a title the head of state's own office (`Presidential Secretary-General`). */
export const OWN_OFFICE_WORDS: ReadonlySet<string> = wordList('own-office-words.txt');
/** Units of a ministry a country may head as its subject (`Iran Division Deputy Director`). */
export const DESK_WORDS: ReadonlySet<string> = wordList('desk-words.txt');
/** Titles for the head of a body, used for one another (`Mossad Director` ... `the Mossad Chief`). */
export const HEAD_TITLES: ReadonlySet<string> = wordList('head-titles.txt');
/** Nouns for a vessel whose name follows them (`the aircraft carrier Charles de Gaulle`): vessel-nouns.txt. */
export const VESSEL_NOUNS: ReadonlySet<string> = wordList('vessel-nouns.txt');
/** Adjectives narrowing the title after them to a field (`Chief Electoral Advisor`): title-modifiers.txt. */
export const TITLE_MODIFIERS: ReadonlySet<string> = wordList('title-modifiers.txt');
/** Titles whose holder `the Georgian leader` names: leader-titles.txt. */
export const LEADER_TITLES: ReadonlySet<string> = wordList('leader-titles.txt');
/** Nouns for what people hold in common, which `shared` describes (`shared cultural values`). */
export const HELD_IN_COMMON: ReadonlySet<string> = wordList('held-in-common.txt');
/** `The Urdu press noted`: nouns for what speaks without being anyone (impersonal-subjects.txt). */
export const IMPERSONAL_SUBJECTS: ReadonlySet<string> = wordList('impersonal-subjects.txt');
/** State Department bureaus' short forms before a slash (`PM/WRA`): bureau-prefixes.txt. */
const BUREAU_PREFIXES: ReadonlySet<string> = wordList('bureau-prefixes.txt');

/**
 * `EUR/RPM`, `PM/WRA`, `DOS/Office`: the organisation an office code written with its bureau names, as a
 * one-word match of the organisations table (the bureau's own row, or the Department of State's for a bureau
 * only bureau-prefixes.txt knows); null for a word with no slash or an unknown prefix.
 */
export function bureauOf(word: string): PhraseMatch | null {
  const slash = word.indexOf('/');
  // (`A/S`, `U/S`, `S/E`: a title written with a slash is no office code.)
  if (slash <= 0 || TITLES.match([word], 0)) return null;
  const prefix = word.slice(0, slash);
  return (
    ORGANIZATIONS.match([prefix], 0) ??
    (BUREAU_PREFIXES.has(prefix) ? ORGANIZATIONS.match(['Department', 'of', 'State'], 0) : null)
  );
}

/** `his deputy Andrew Ford`: nouns for someone's own staff after `his` or `her` (aide-nouns.txt). */
export const AIDE_NOUNS: ReadonlySet<string> = wordList('aide-nouns.txt');
export const STAFF_BODIES: ReadonlySet<string> = wordList('staff-bodies.txt');
/** `a telcon with`, `a conversation between`: where words said go to the one met (meeting-words.txt). */
export const MEETING_WORDS: ReadonlySet<string> = wordList('meeting-words.txt');
/** Verbs of meeting someone before `with` (`spoke with X and Y`): those met are a `they` after them. */
export const MEETING_VERBS: ReadonlySet<string> = wordList('meeting-verbs.txt');
/** Singular nouns of time (`an hour later`, `this year`). */
export const TIME_NOUNS: ReadonlySet<string> = wordList('time-nouns.txt');
/** `quoted X as saying`: verbs after which `as` and a participle report the one quoted (quoting-verbs.txt). */
export const QUOTING_VERBS: ReadonlySet<string> = wordList('quoting-verbs.txt');
/** `According to those closest to X`: words for people the cable does not name (unnamed-source-words.txt). */
export const UNNAMED_SOURCE_WORDS: ReadonlySet<string> = wordList('unnamed-source-words.txt');
/** `the year X was arrested`: nouns after `the` that open a clause dating a sentence (dating-nouns.txt). */
export const DATING_NOUNS: ReadonlySet<string> = wordList('dating-nouns.txt');
/** `in a letter to X`: something written and sent, whose addressee follows `to` (writing-nouns.txt). */
export const WRITING_NOUNS: ReadonlySet<string> = wordList('writing-nouns.txt');
/** `told press that`, `told reporters on Monday`: what may follow an audience (audience-followers.txt). */
export const AUDIENCE_FOLLOWERS: ReadonlySet<string> = wordList('audience-followers.txt');
/** `denied reports that`, `rejected the notion that`: verbs whose clause is untrue (denial-verbs.txt). */
export const DENIAL_VERBS: ReadonlySet<string> = wordList('denial-verbs.txt');
/** `told press`, `assured reporters`: an audience right after a verb of saying (audience-nouns.txt). */
export const AUDIENCE_NOUNS: ReadonlySet<string> = wordList('audience-nouns.txt');
/** `bin`, `ibn`: words that put a father's name after a given name (patronymic-words.txt). */
export const PATRONYMIC_WORDS: ReadonlySet<string> = wordList('patronymic-words.txt');
/** `The Executive Session continued`: verbs of a meeting's course (course-verbs.txt). */
export const COURSE_VERBS: ReadonlySet<string> = wordList('course-verbs.txt');
/** `denied a motion`: objects whose denial is a ruling or a refusal (ruling-objects.txt). */
export const RULING_OBJECTS: ReadonlySet<string> = wordList('ruling-objects.txt');
/** Titles that after `the` name a post's principal alone (`the Secretary`, `the Charge`), normalised. */
export const STANDALONE_TITLES: ReadonlySet<string> = wordList('standalone-titles.txt');
/** Nouns for a site named after someone (`Charles de Gaulle airport`). */
export const FACILITY_NOUNS: ReadonlySet<string> = wordList('facility-nouns.txt');
/** Verbs of thinking, feeling and wanting said of persons (`Aziz had thought`). */
export const MIND_VERBS: ReadonlySet<string> = wordList('mind-verbs.txt');
/** Nouns a name modifies (`the Ackerman delegation`): the noun is the subject, not the person. */
export const NAME_MODIFIED_NOUNS: ReadonlySet<string> = wordList('name-modified-nouns.txt');
/** A lower-case noun for a person, singular or plural (`advisor`, `supporters`): person-nouns.txt. */
export function isPersonNoun(word: string): boolean {
  return PERSON_NOUNS.has(word) || (word.endsWith('s') && PERSON_NOUNS.has(word.slice(0, -1)));
}
/** `oligarchs`, `officials`, `designees`: a noun for persons in the plural. */
export function pluralPersonNoun(word: string): boolean {
  return /[^s]s$/.test(word) && isPersonNoun(word.slice(0, -1));
}
/** Titles that, with no other sign, mark a US official (the reporting side of a US cable). */
export const US_TITLES: ReadonlySet<string> = new Set(
  readTsv('titles.tsv')
    .filter((row) => row.affiliation === 'United States')
    .map((row) => row.title ?? '')
    .concat([
      'Ambassador',
      "Charge d'Affaires",
      'Secretary of State',
      'Deputy Secretary',
      'Under Secretary',
      'Assistant Secretary',
      'Congressman',
      'Congresswoman',
      'Representative',
      'Secretary',
    ]),
);
/** `no`, `some`, `little`: words of quantity before a noun (quantity-words.txt). */
export const QUANTITY_WORDS: ReadonlySet<string> = wordList('quantity-words.txt');
/** `other`, `many`, `several`: determiners counting people unnamed (counting-determiners.txt). */
export const COUNTING_DETERMINERS: ReadonlySet<string> = wordList('counting-determiners.txt');
/** `he`, `that`, `there`: words whose `'s` is `is` or `has` (contracted-subjects.txt). */
export const CONTRACTED_SUBJECTS: ReadonlySet<string> = wordList('contracted-subjects.txt');
/** `doubtless`, `presumably`: adverbs that make a verb of speaking a guess (supposition-adverbs.txt). */
export const SUPPOSITION_ADVERBS: ReadonlySet<string> = wordList('supposition-adverbs.txt');
/** `Permanent Representative`, `Ambassador`: titles of a state's envoy to a body (envoy-titles.txt). */
export const ENVOY_TITLES: ReadonlySet<string> = wordList('envoy-titles.txt');
/** `Senator`, `Congressman`: titles of a visiting delegation's legislators (delegation-titles.txt). */
export const DELEGATION_TITLES: ReadonlySet<string> = wordList('delegation-titles.txt');
/** `man`, `individual`, `national`: nouns for any human being (see human-nouns.txt). */
export const HUMAN_NOUNS: ReadonlySet<string> = wordList('human-nouns.txt');
/** `Ali` in `Mustaq Ali Patel`: second parts of compound given names (see compound-given-parts.txt). */
export const COMPOUND_GIVEN_PARTS: ReadonlySet<string> = wordList('compound-given-parts.txt');
/** Places written as a person's name would be (`Tennessee`), beyond the posts' cities. */
export const KNOWN_PLACES: ReadonlySet<string> = wordList('places.txt');
/** `San`, `Puerto`, `Bandar`: capitalised words that open the names of places. */
export const PLACE_OPENERS: ReadonlySet<string> = wordList('place-openers.txt');
/** `Sai Sam Htun`: the words of Burmese names, which have no family name (burmese-name-parts.txt). */
export const BURMESE_NAME_PARTS: ReadonlySet<string> = wordList('burmese-name-parts.txt');
/** `Al Ahram newspaper`: nouns for a medium written after its name (medium-nouns.txt). */
export const MEDIUM_NOUNS: ReadonlySet<string> = new Set(
  [...wordList('medium-nouns.txt')].map((w) => w.toLowerCase()),
);
/** `First Lady`: a spouse's title, never the office holder's (spouse-titles.txt). */
export const SPOUSE_TITLES: ReadonlySet<string> = wordList('spouse-titles.txt');
/** `capital city`, `province`: a name set off after one of these names the place (place-nouns.txt). */
export const PLACE_NOUNS: ReadonlySet<string> = wordList('place-nouns.txt');
/** `University`, `Service`, `Prize`: capitalised words that end the name of a body. */
export const INSTITUTION_WORDS: ReadonlySet<string> = wordList('institution-words.txt');
/** `Prince Turki`, `Shaykh Hamad`: titles written before a given name alone. */
export const GIVEN_NAME_HONORIFICS: ReadonlySet<string> = wordList('given-name-honorifics.txt');
/** `Embraer CEO Federico Curado`: officers' titles written after a company's name, lower case. */
export const COMPANY_TITLES: ReadonlySet<string> = wordList('company-titles.txt');
/** `Deputy`, `Vice`: words that make a title another rank than the word it ends with. */
export const TITLE_RANKS: ReadonlySet<string> = wordList('title-ranks.txt');
/** `in Dagan's opinion`, `in his view`: nouns that report a view when a person's possessive precedes. */
export const VIEW_NOUNS: ReadonlySet<string> = wordList('view-nouns.txt');
/** `General Ma’s answer was that ...`: nouns for a reply that report words only in that inverted form. */
export const ANSWER_NOUNS: ReadonlySet<string> = wordList('answer-nouns.txt');
/** `was adamant that`, `was clear with the Ambassador that`: a manner of speaking said of the subject. */
export const STANCE_ADJECTIVES: ReadonlySet<string> = wordList('stance-adjectives.txt');
/** `In response to Edelman noting`: words of answering before `to X -ing` (response-words.txt). */
export const RESPONSE_WORDS: ReadonlySet<string> = wordList('response-words.txt');
/** `El Universal`: Romance articles that open the names of papers (romance-articles.txt, as written). */
export const ROMANCE_ARTICLES: ReadonlySet<string> = wordList('romance-articles.txt');
/** `Blackwater Worldwide` ... `Blackwater`: words that end a company's name (company-suffixes.txt). */
export const COMPANY_SUFFIXES: ReadonlySet<string> = wordList('company-suffixes.txt');
/** `made a number of observations`: nouns of number before `of` (partitive-nouns.txt). */
export const PARTITIVE_NOUNS: ReadonlySet<string> = wordList('partitive-nouns.txt');
/** Documents and lists something is added to: `added X to the agenda` reports no words. */
export const ADDITION_TARGETS: ReadonlySet<string> = wordList('addition-targets.txt');
/** `pledges of strong support`: forms in -s that are plural nouns before `of` (of-noun-cues.txt). */
export const OF_NOUN_CUES: ReadonlySet<string> = wordList('of-noun-cues.txt');
/** `according to the Russian delegation`: nouns for a body that speaks for its people (voice-nouns.txt). */
export const VOICE_NOUNS: ReadonlySet<string> = wordList('voice-nouns.txt');
/** `news magazine Semana`: nouns that make the capitalised name after them an organisation. */
export const ORG_NOUNS: ReadonlySet<string> = new Set(
  [...wordList('org-nouns.txt')].map((w) => w.toLowerCase()),
);
/** `CODEL Reed`: words for a delegation named after the person who leads it. */
export const DELEGATION_WORDS: ReadonlyMap<string, string> = new Map(
  readTsv('delegation-words.tsv').map((row) => [row.word ?? '', row.affiliation ?? ''] as const),
);
const particleRows = readTsv('name-particles.tsv');
/** Lower-case words the mention finder reads inside names (`al-`, `bin`, `de`, `van`). */
export const NAME_PARTICLES: ReadonlySet<string> = new Set(
  particleRows.filter((row) => row.inside === 'yes').map((row) => row.particle ?? ''),
);
/** Particles that belong to the surname after them (`de Villepin`), as written: lower case, and capitalised
 * where the lexicon says so (`Van Rompuy`, not `Des Browne`). */
export const SURNAME_PARTICLES: ReadonlySet<string> = new Set(
  particleRows.flatMap((row) => {
    const p = row.particle ?? '';
    if (row.surname === 'lower') return [p];
    return row.surname === 'yes' ? [p, p.charAt(0).toUpperCase() + p.slice(1)] : [];
  }),
);
/** Articles that open the family name from inside a name (`Hamad bin Jassim Al Thani`), lower case. */
export const INNER_SURNAME_PARTICLES: ReadonlySet<string> = new Set(
  particleRows.filter((row) => row.surname === 'inner').map((row) => row.particle ?? ''),
);
/** Particles that may open a family name in lower case, without the given name (`del Ponte`, `van Rompuy`). */
export const OPENING_PARTICLES: ReadonlySet<string> = new Set(
  particleRows.filter((row) => row.opens === 'yes').map((row) => row.particle ?? ''),
);
/** Particles that open a family name written after a short form (`(MbZ) Al Nahyan`), lower case. */
export const FAMILY_PARTICLES: ReadonlySet<string> = new Set(
  particleRows.filter((row) => row.family === 'yes').map((row) => row.particle ?? ''),
);
export const PORTFOLIO_LINKS: ReadonlySet<string> = wordList('portfolio-links.txt');
/** `accompanying`, `representing`: participles whose object is a person (object-participles.txt). */
export const OBJECT_PARTICIPLES: ReadonlySet<string> = wordList('object-participles.txt');
/** Generation words that end a Portuguese family name (`Moura Neto`, family-name-suffixes.txt). */
export const FAMILY_NAME_SUFFIXES: ReadonlySet<string> = wordList('family-name-suffixes.txt');
/** One-word titles that are also family names (`Ambassador King`). */
export const SURNAME_TITLES: ReadonlySet<string> = wordList('surname-titles.txt');
/** Military ranks, normalised (`Lieutenant General`). */
export const MILITARY_RANKS: ReadonlySet<string> = wordList('military-ranks.txt');
const NATIONAL_OFFICE_TITLES: ReadonlySet<string> = wordList('national-offices.txt');
/** Whether a normalised title is one only a country's own government gives (`President`, `Interior Minister`). */
export function isNationalOffice(title: string): boolean {
  return NATIONAL_OFFICE_TITLES.has(title) || (/\bMinister\b/.test(title) && !/Counse(?:l)?or/.test(title));
}
/** Words that tie a relative date to another event (`two days later`) rather than to the cable's date. */
export const CHAINED_DATE_WORDS: ReadonlySet<string> = wordList('chained-date-words.txt');
/** Plural units that make a relative date a stretch of time (`for two days`), not a day. */
export const DATE_PERIOD_UNITS: ReadonlySet<string> = wordList('date-periods.txt');
/** Endings of a word's forms, longest first; `strip` ones are taken off a query word to find its stem. */
const endings = readTsv('word-endings.tsv').sort((a, b) => (b.ending ?? '').length - (a.ending ?? '').length);
export const WORD_ENDINGS: readonly string[] = endings.map((r) => r.ending ?? '').filter(Boolean);
export const STEM_ENDINGS: readonly string[] = endings
  .filter((r) => r.strip === 'yes')
  .map((r) => r.ending ?? '');
/** Words between a country and a person it governs (`the Serbian government under Prime Minister X`). */
export const AFFILIATION_LINKS: ReadonlySet<string> = wordList('affiliation-links.txt');
/** The words between a name and the office it is given (`was named`, `became`; title-predicates.txt). */
/** Adverbs in -ly that say nothing of a manner of speaking (not-manner-adverbs.txt). */
export const NOT_MANNER_ADVERBS: ReadonlySet<string> = wordList('not-manner-adverbs.txt');
/** Verbs of thinking that do not take what follows for true (non-factive-verbs.txt). */
export const NON_FACTIVE_VERBS: ReadonlySet<string> = wordList('non-factive-verbs.txt');
/** Verbs of answering whose answer `with` names (`responded with a letter`; answer-verbs.txt). */
export const ANSWER_VERBS: ReadonlySet<string> = wordList('answer-verbs.txt');
/** Nouns for a printed paper: the name before one is the paper's (`Okaz newspaper`; press-nouns.txt). */
export const PRESS_NOUNS: ReadonlySet<string> = wordList('press-nouns.txt');
/** `together with`, `along with`: companions of a subject who speak with it (companion-links.txt). */
export const COMPANION_LINKS: ReadonlySet<string> = wordList('companion-links.txt');
/** Adverbs of the writer's guess before a verb (`most certainly briefed`; conjecture-adverbs.txt). */
export const CONJECTURE_ADVERBS: ReadonlySet<string> = wordList('conjecture-adverbs.txt');
/** Adverbs of degree before an adjective (`a somewhat unpersuasive explanation`; degree-adverbs.txt). */
export const DEGREE_ADVERBS: ReadonlySet<string> = wordList('degree-adverbs.txt');
export const TITLE_PREDICATES: ReadonlySet<string> = wordList('title-predicates.txt');

export interface PhraseEntry {
  /** The phrase as tokens, lower-cased. */
  tokens: string[];
  value: Record<string, string>;
}

/** The side a lexicon row states (`affiliation`), or null where it states none or leaves it to the cable (`-`). */
export function statedSide(row: Readonly<Record<string, string>> | null | undefined): string | null {
  const side = row?.affiliation;
  return side && side !== '-' ? side : null;
}

/** What `PhraseTable.match` returns: the entry and its length in words. */
export interface PhraseMatch {
  entry: PhraseEntry;
  length: number;
}

/** A phrase table keyed by the first token: longest phrases first, so matching is greedy. */
export class PhraseTable {
  private readonly byFirst = new Map<string, PhraseEntry[]>();
  readonly maxLength: number;

  constructor(
    rows: Record<string, string>[],
    key: string,
    private readonly caseSensitive: boolean,
  ) {
    let max = 1;
    for (const row of rows) {
      const form = row[key] ?? '';
      // (`Charge D’Affaires`: a form with an apostrophe matches with the typographic one too.)
      const forms = form.includes("'") ? [form, form.replaceAll("'", '’')] : [form];
      for (const written of forms) {
        const tokens = tokenizePhrase(caseSensitive ? written : written.toLowerCase());
        if (tokens.length === 0) continue;
        max = Math.max(max, tokens.length);
        const first = tokens[0] as string;
        const list = this.byFirst.get(first) ?? [];
        list.push({ tokens, value: row });
        this.byFirst.set(first, list);
      }
    }
    for (const list of this.byFirst.values()) list.sort((a, b) => b.tokens.length - a.tokens.length);
    this.maxLength = max;
  }

  /**
   * The longest entry that starts at `words[i]`, with its length in words. Case-insensitive tables
   * take `lower`, the same words lower-cased once by the caller, when it has them.
   */
  match(words: readonly string[], i: number, lower?: readonly string[]): PhraseMatch | null {
    const source = this.caseSensitive ? words : (lower ?? null);
    const first = source ? source[i] : words[i]?.toLowerCase();
    if (first === undefined) return null;
    const list = this.byFirst.get(first);
    if (!list) return null;
    for (const entry of list) {
      let ok = true;
      for (let k = 1; k < entry.tokens.length && ok; k++) {
        const w = source ? source[i + k] : words[i + k]?.toLowerCase();
        ok = w === entry.tokens[k];
      }
      if (ok) return { entry, length: entry.tokens.length };
    }
    return null;
  }

  /** The words entries start with (lower-cased for case-insensitive tables). */
  firstWords(): IterableIterator<string> {
    return this.byFirst.keys();
  }

  /** True when some entry starts with this word (lower-cased for case-insensitive tables). */
  startsWith(word: string): boolean {
    return this.byFirst.has(word);
  }
}

/** Phrases split the way the extractor's tokenizer splits text: words keep inner `.`, `/`, `-`, `'`. */
export function tokenizePhrase(text: string): string[] {
  return text.split(/\s+/).filter(Boolean);
}

export const TITLES = new PhraseTable(readTsv('titles.tsv'), 'form', false);
/** The sides notable persons are known for, by lower-case surname (notable-persons.tsv). */
export const NOTABLE_SIDES: ReadonlyMap<string, ReadonlySet<string>> = (() => {
  const sides = new Map<string, Set<string>>();
  for (const row of NOTABLE_PERSONS) {
    const key = (row.surname ?? '').toLowerCase();
    const set = sides.get(key) ?? new Set<string>();
    set.add(row.affiliation ?? '');
    sides.set(key, set);
  }
  return sides;
})();
/**
 * Verbs of speaking: the forms of cue-verbs.tsv, and each single-word verb after a lead-in that reports
 * it as done (`went on to tell`, `made a point of highlighting`; speech-lead-ins.txt,
 * speech-gerund-lead-ins.txt).
 */
export const CUES = new PhraseTable(
  [
    ...withLeadIns(readTsv('cue-verbs.tsv')),
    // (Participles that report speech only after a statement or at a sentence's opening: marked `weak`.)
    ...readTsv('participle-cues.tsv').map((row) => ({ ...row, weak: 'yes' })),
    // (Not `inviting`: `made a point of inviting the USG` to its meetings is an act; `started informing his
    // interlocutors` tells them.)
    ...gerundsWithLeadIns([
      ...readTsv('cue-verbs.tsv'),
      ...readTsv('participle-cues.tsv').filter((row) => row.lemma !== 'invite'),
    ]),
  ],
  'form',
  false,
);

/**
 * A verb of speaking misspelt by a slip of one letter (`expresed`, `Accrding to`, `sugested`): the verb it
 * stands for, or the word itself. Only for forms of seven letters or more, a letter of a doubled pair or a
 * vowel dropped or two letters swapped, and never a word the lexicon knows as another (`waned` stays).
 */
export function withoutSlip(lower: string): string {
  if (lower.length < 6 || lower.length > 16) return lower;
  return CUE_SLIPS.get(lower) ?? lower;
}

const CUE_SLIPS: ReadonlyMap<string, string> = (() => {
  const forms = new Set(
    [...readTsv('cue-verbs.tsv'), ...readTsv('participle-cues.tsv')]
      .map((row) => (row.form ?? '').toLowerCase())
      .filter((form) => /^[a-z]{7,}$/.test(form)),
  );
  forms.add('according');
  const names = new Set([...GIVEN_NAMES].map((n) => n.toLowerCase()));
  const slips = new Map<string, string>();
  const ambiguous = new Set<string>();
  const add = (slip: string, form: string) => {
    if (slip === form || forms.has(slip) || COMMON_WORDS.has(slip) || names.has(slip)) return;
    if (slips.has(slip) && slips.get(slip) !== form) ambiguous.add(slip);
    else slips.set(slip, form);
  };
  for (const form of forms) {
    for (let i = 1; i < form.length; i++) {
      const c = form[i] as string;
      if (c === form[i - 1] || 'aeiou'.includes(c)) add(form.slice(0, i) + form.slice(i + 1), form);
      if (i < form.length - 1) add(form.slice(0, i) + (form[i + 1] as string) + c + form.slice(i + 2), form);
    }
  }
  for (const slip of ambiguous) slips.delete(slip);
  return slips;
})();

/**
 * The base forms of the verbs of speaking that cue-verbs.tsv does not list as forms (`remark`, `say`):
 * they report speech only after an emphatic `did` (`she did remark`), which the statement finder checks.
 */
export const BASE_CUES = new PhraseTable(baseForms(readTsv('cue-verbs.tsv')), 'form', false);

function baseForms(rows: Record<string, string>[]): Record<string, string>[] {
  const forms = new Set(rows.map((row) => (row.form ?? '').toLowerCase()));
  const bases = new Map<string, Record<string, string>>();
  for (const row of rows) {
    const lemma = row.lemma ?? '';
    if (/^[a-z]+$/.test(lemma) && !forms.has(lemma) && !bases.has(lemma))
      bases.set(lemma, { ...row, form: lemma });
  }
  return [...bases.values()];
}

function withLeadIns(rows: Record<string, string>[]): Record<string, string>[] {
  const verbs = new Map<string, Record<string, string>>();
  for (const row of rows) {
    const lemma = row.lemma ?? '';
    if (/^[a-z]+$/.test(lemma) && !verbs.has(lemma)) verbs.set(lemma, row);
  }
  const led = [...wordList('speech-lead-ins.txt')].flatMap((leadIn) =>
    [...verbs].map(([lemma, row]) => ({ ...row, form: `${leadIn} ${lemma}` })),
  );
  return [...rows, ...led];
}

/** The -ing forms of verbs of speaking after a lead-in that reports them as done (`made a point of noting`). */
function gerundsWithLeadIns(rows: Record<string, string>[]): Record<string, string>[] {
  const gerunds = rows.filter((row) => /^[a-z]+ing$/.test(row.form ?? ''));
  return [...wordList('speech-gerund-lead-ins.txt')].flatMap((leadIn) =>
    gerunds.map((row) => ({ ...row, form: `${leadIn} ${row.form}` })),
  );
}
export const ROLES = new PhraseTable(readTsv('staff-roles.tsv'), 'form', false);
// (`GoE`, `GoI`: cables write a government's acronym in mixed case as often as in capitals.)
const organizationRows = readTsv('organizations.tsv');
export const ORGANIZATIONS = new PhraseTable(
  [
    ...organizationRows,
    ...organizationRows
      .filter((row) => /^GO[A-Z]{1,2}$/.test(row.form ?? ''))
      .map((row) => ({ ...row, form: `Go${(row.form ?? '').slice(2)}` })),
  ],
  'form',
  true,
);
/** The affiliations of international bodies (`United Nations`, `NATO`): where people serve, not a state. */
export const INTERNATIONAL_AFFILIATIONS: ReadonlySet<string> = new Set(
  organizationRows
    .filter((row) => row.kind === 'international' && row.affiliation && row.affiliation !== '-')
    .map((row) => row.affiliation ?? ''),
);
/** The affiliations of companies (`KazMunaiGas`, `Gazprom`): their officers' offices are not a state's. */
export const COMPANY_AFFILIATIONS: ReadonlySet<string> = new Set(
  organizationRows
    // (A state company whose people the table gives their state, `INFRAERO`: Brazil, is none of these.)
    .filter((row) => row.kind === 'company' && row.affiliation && row.affiliation === row.name)
    .map((row) => row.affiliation ?? ''),
);
/** An organisation's expanded name, lower case, to the affiliation its people get (`international
 * atomic energy agency` → `IAEA`), for names written out where the table has the acronym. */
export const ORGANIZATION_AFFILIATIONS: ReadonlyMap<string, string> = new Map(
  organizationRows
    .filter((row) => row.name && row.affiliation && row.affiliation !== '-')
    .map((row) => [(row.name ?? '').toLowerCase(), row.affiliation ?? '']),
);

interface CountryRow {
  country: string;
  names: string;
  demonyms: string;
}

const countryRows = readTsv('countries.tsv') as unknown as CountryRow[];
const countryForms: Record<string, string>[] = [];
for (const row of countryRows) {
  for (const name of row.names.split(';'))
    if (name) countryForms.push({ form: name, country: row.country, kind: 'name' });
  for (const dem of row.demonyms.split(';'))
    if (dem) countryForms.push({ form: dem, country: row.country, kind: 'demonym' });
}
/** Country names and demonyms (`UK`, `Britain`, `British`) → the country's short form. */
export const COUNTRIES = new PhraseTable(countryForms, 'form', true);
/**
 * Countries whose people share a demonym (`Congolese`: both Congos), each to the others: the one a demonym
 * reads as first is only a guess among them.
 */
export const DEMONYM_SHARERS: ReadonlyMap<string, ReadonlySet<string>> = (() => {
  const byDemonym = new Map<string, Set<string>>();
  for (const row of countryForms) {
    if (row.kind !== 'demonym') continue;
    const set = byDemonym.get(row.form ?? '') ?? new Set<string>();
    set.add(row.country ?? '');
    byDemonym.set(row.form ?? '', set);
  }
  const sharers = new Map<string, Set<string>>();
  for (const set of byDemonym.values()) {
    if (set.size < 2) continue;
    for (const country of set) {
      const others = sharers.get(country) ?? new Set<string>();
      for (const other of set) if (other !== country) others.add(other);
      sharers.set(country, others);
    }
  }
  return sharers;
})();
/**
 * The same in capitals, for text written in capitals only (`SOUTH AFRICAN AMBASSADOR`); short forms that
 * are not acronyms already (`Car`, `Sa`) are left out, as in capitals they are as likely words.
 */
export const COUNTRIES_IN_CAPITALS = new PhraseTable(
  countryForms
    .filter((row) => (row.form ?? '').length > 3 || row.form === row.form?.toUpperCase())
    .map((row) => ({ ...row, form: (row.form ?? '').toUpperCase() })),
  'form',
  true,
);
export const COUNTRY_NAMES: ReadonlySet<string> = new Set(countryRows.map((r) => r.country));
