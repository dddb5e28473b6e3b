import { postCountry } from '../lexicon/posts.js';
import {
  ADDITION_TARGETS,
  ADJECTIVE_LIKE_CUES,
  ANSWER_NOUNS,
  ANSWER_VERBS,
  AUDIENCE_FOLLOWERS,
  AUDIENCE_NOUNS,
  BASE_CUES,
  CABLE_POINTERS,
  COMPANION_LINKS,
  CONJECTURE_ADVERBS,
  CONTENT_NOUNS,
  CONTRACTED_SUBJECTS,
  COUNTING_DETERMINERS,
  COUNTRIES,
  CUES,
  DATING_NOUNS,
  DEGREE_ADVERBS,
  DENIAL_VERBS,
  FAMILY_NOUNS,
  FEMALE_GIVEN_NAMES,
  HABITUAL_ADVERBS,
  HEARSAY_PARTICIPLES,
  HELD_IN_COMMON,
  HUMAN_NOUNS,
  IMPERSONAL_SUBJECTS,
  INSTITUTION_WORDS,
  IRREGULAR_PARTICIPLES,
  isPersonNoun,
  MEDIUM_NOUNS,
  MEETING_VERBS,
  MEETING_WORDS,
  MODAL_VERBS,
  NAME_MODIFIED_NOUNS,
  NAMING_CUES,
  NON_FACTIVE_VERBS,
  NOT_MANNER_ADVERBS,
  NUMBER_WORDS,
  notSpeechBefore,
  nounLikeCue,
  OBJECT_DETERMINERS,
  OF_NOUN_CUES,
  PARTITIVE_NOUNS,
  PASSIVE_ADVERBS,
  PEOPLE_BODY_NOUNS,
  PERSON_NOUNS,
  PRONOUN_SUBJECTS,
  pluralPersonNoun,
  QUANTITY_WORDS,
  QUOTING_VERBS,
  RELATIVE_DATE_WORDS,
  REPEATING_ADVERBS,
  RESPONSE_WORDS,
  RULING_OBJECTS,
  SPEECH_ADVERBS,
  SPEECH_NOUNS,
  STANCE_ADJECTIVES,
  SUPPOSITION_ADVERBS,
  TIME_NOUNS,
  TIME_SO_FAR,
  TITLE_GENDERS,
  TITLES,
  UNNAMED_SOURCE_WORDS,
  VIEW_NOUNS,
  VOICE_NOUNS,
  WRITING_NOUNS,
} from '../lexicon/words.js';
import type { Person, Statement } from '../record.js';
import { isCommonWord, type Mention, MONTH_WORDS } from './mentions.js';
import type { SentenceMentions } from './persons.js';
import { DASH_WORDS, isQuoteMark, isRedaction, type Token } from './tokens.js';

/** Modal verbs; also, after a side's name, a plural before one is a noun, the modal's subject (`GCC states should`). */
const MODALS: ReadonlySet<string> = new Set([
  'will',
  'would',
  'could',
  'might',
  'may',
  'should',
  'must',
  'shall',
  'can',
  'cannot',
]);
/** `as` right after a verb of naming, or after a place it is done in (`in Pushkin's tale ... as`). */
function namedAs(lowered: readonly string[], at: number): boolean {
  return (
    lowered[at] === 'as' ||
    (/^(?:in|on|by)$/.test(lowered[at] ?? '') && withinClause(lowered, at + 1, 11, 'as'))
  );
}

/** Words that make the speech that follows not an act that happened: future, hypothetical, negated, passive. */
const NOT_REPORTED = new Set([
  ...MODALS,
  'to',
  'not',
  "n't",
  'never',
  // (`no longer tries to defend the regime`.)
  'longer',
  // (`Aziz seemed committed to cooperate`: after a verb of seeming, an adjective.)
  'seemed',
  'seems',
  'appeared',
  'appears',
  'was',
  'were',
  'is',
  'are',
  'be',
  'been',
  'being',
  'as',
  'if',
  'unless',
  'the',
  'a',
  'an',
  'did',
  'does',
  'do',
  'having',
  'without',
]);
/** `has been` before an -ing form at b (`been`): where `has` stands, read as `is`; else b. */
function perfectAt(lowered: readonly string[], b: number): number {
  if (lowered[b] !== 'been') return b;
  const auxiliary = (w: string | undefined) => /^(?:has|have|had)$/.test(w ?? '');
  let j = b - 1;
  while (j > 0 && ADVERBS.has(lowered[j] ?? '') && !auxiliary(lowered[j])) j--;
  return auxiliary(lowered[j]) ? j : b;
}

/** Negations, also contracted into one word (`hasn't`, `won’t`): the act they precede did not happen. */
const NEGATION = /^(?:not|never|\p{L}*n['’]t)$/u;

function notReported(word: string): boolean {
  return NOT_REPORTED.has(word) || NEGATION.test(word);
}

/** True when the words from..to are only a date: `December 29`, `on 16 December`, `on Monday`. */
function dateOnly(lowered: readonly string[], from: number, to: number): boolean {
  const at = lowered[from] === 'on' ? from + 1 : from;
  const [a = '', b] = lowered.slice(at, to);
  const day = (w: string | undefined) => /^\d{1,2}$/.test(w ?? '');
  if (to - at === 1) return /day$/.test(a) && RELATIVE_DATE_WORDS.has(a);
  return to - at === 2 && ((MONTH_WORDS.has(a) && day(b)) || (day(a) && MONTH_WORDS.has(b ?? '')));
}

/** Prepositions after which a gerund names an act without reporting it: `from offering`, `without saying`. */
const GERUND_PREPOSITIONS = /^(?:from|without|against|of)$/;

/** True when the gerund after b follows such a preposition, directly or joined by `or`/`and` to one that does. */
function gerundOfPreposition(s: SentenceMentions, b: number): boolean {
  const lowered = s.lower;
  if (GERUND_PREPOSITIONS.test(lowered[b] ?? '')) return true;
  if (!/^(?:or|and|nor)$/.test(lowered[b] ?? '')) return false;
  for (let j = b - 1; j > 0 && b - j <= 8; j--) {
    const w = lowered[j] ?? '';
    if (!s.tokens[j]?.word) return false;
    if (/ing$/.test(w)) return GERUND_PREPOSITIONS.test(lowered[j - 1] ?? '');
  }
  return false;
}

/** Whether, within the clause before `and` at j, a verb of speech takes a gerund for object (`recommended keeping`). */
function objectGerundBefore(s: SentenceMentions, j: number): boolean {
  for (let g = j - 1; g >= 1 && j - g <= 12; g--) {
    if (!s.tokens[g]?.word) return false;
    if (
      /^\p{Ll}+ing$/u.test(s.words[g] ?? '') &&
      !CUES.match(s.words, g, s.lower) &&
      CUES.match(s.words, g - 1, s.lower)?.length === 1
    )
      return true;
  }
  return false;
}

/** Whether a negated verb in the past (`have not publicly acknowledged`) stands in the clause before j. */
function negatedVerbBefore(s: SentenceMentions, j: number): boolean {
  for (let g = j - 1; g >= 1 && j - g <= 15; g--) {
    const w = s.lower[g] ?? '';
    if (w === ';' || w === ':' || w === '.') return false;
    if (!/^\p{Ll}+ed$/u.test(w)) continue;
    let n = g - 1;
    while (n > 0 && ADVERBS.has(s.lower[n] ?? '')) n--;
    if (NEGATION.test(s.lower[n] ?? '')) return true;
  }
  return false;
}

/** A word in the possessive (`Iran's`, `its`), not a contraction of `is` or `has` (`he's`, `there's`). */
function possessiveBefore(word: string): boolean {
  // (Not `her`, as often whom a verb acts on: `told her said`.)
  if (POSSESSIVE_PRONOUNS.has(word) && word !== 'her') return true;
  return /\p{L}['’]s$/u.test(word) && !CONTRACTED_SUBJECTS.has(word.slice(0, -2));
}

/** `Gadzhi's partner agreed`: a name in the possessive within three words before the noun ending before k. */
function ownerOfNounBefore(s: SentenceMentions, k: number): boolean {
  let b = k - 1;
  while (b >= 0 && ADVERBS.has(s.lower[b] ?? '')) b--;
  for (let j = b - 1; j >= Math.max(0, b - 3); j--) {
    const w = s.lower[j] ?? '';
    if (/\p{L}['’]s$/u.test(w)) return possessiveBefore(w);
    if (!s.tokens[j]?.word) return false;
  }
  return false;
}

/**
 * `the legal urgency or necessity Galvan suggested`: a name right after a common noun in lower case (no
 * conjunction, preposition, verb or pronoun between), the subject of a clause that describes the noun.
 */
function objectRelativeSubject(s: SentenceMentions, m: Mention): boolean {
  const j = m.from - 1;
  const w = s.lower[j] ?? '';
  return (
    s.tokens[j]?.word === true &&
    !s.tokens[j]?.cap &&
    m.kind === 'person' &&
    !CLAUSE_BREAKS.has(w) &&
    !PREPOSITIONS_BEFORE.has(w) &&
    !PHRASE_PREPOSITIONS.has(w) &&
    !PRONOUN_SUBJECTS.has(w) &&
    !/(?:ed|ly)$/.test(w) &&
    CUES.match(s.words, j, s.lower) === null &&
    isCommonWord(w)
  );
}

/** `added X to the summit agenda`: within ten words after the verb, before any stop, `to` and a document or list. */
function addedTo(s: SentenceMentions, from: number): boolean {
  if (/^(?:that|,|:|["“])$/.test(s.lower[from] ?? '')) return false;
  for (let j = from; j < from + 10 && j < s.lower.length; j++) {
    const w = s.lower[j] ?? '';
    if (/^[,;:.]$/.test(w) || w === 'that') return false;
    if (w !== 'to') continue;
    for (let t = j + 1; t <= j + 4; t++) if (ADDITION_TARGETS.has(s.lower[t] ?? '')) return true;
    return false;
  }
  return false;
}

/** Two named persons joined by `and` right before k, past adverbs: the subject of a present plural. */
function namedPairBefore(s: SentenceMentions, k: number): boolean {
  let b = k - 1;
  while (b >= 0 && ADVERBS.has(s.lower[b] ?? '')) b--;
  // (`Scholz, Klotz, and Loening all agree that`: past `all` or `both`, and a comma before `and`.)
  if (/^(?:all|both)$/.test(s.lower[b] ?? '')) b--;
  const second = s.mentions.find((m) => m.to === b + 1 && m.kind === 'person');
  if (!second) return false;
  // (`..., and Berlin FDP leader Markus Loening all agree`: past the office before the second name.)
  let and = second.from - 1;
  while (
    and > second.from - 6 &&
    s.lower[and] !== 'and' &&
    s.tokens[and]?.word === true &&
    (s.tokens[and]?.cap === true || isPersonNoun(s.lower[and] ?? ''))
  )
    and--;
  if (s.lower[and] !== 'and') return false;
  const firstEnd = s.words[and - 1] === ',' ? and - 1 : and;
  // (Past `all`, a comma or an office, only before the words it reports: not `Critics say X, Y, and Z
  // provide misleading advice`, a habit.)
  const extended = and !== second.from - 1 || firstEnd !== and || b !== k - 1;
  if (extended && s.lower[k + 1] !== 'that' && s.lower[k + 2] !== 'that') return false;
  // (Not `the Odyssey and Cassirer claim were`: after an article, the names are a noun's.)
  return s.mentions.some((m) => m.to === firstEnd && m.kind === 'person' && s.lower[m.from - 1] !== 'the');
}

/**
 * An adverb of supposition on the verb at k: right before it, among its adverbs (`presumably told`), or
 * before its subject (`Doubtless he recalled`); not on another word (`is probably correct in arguing`).
 */
function supposed(s: SentenceMentions, k: number): boolean {
  let j = k - 1;
  for (; j >= 0; j--) {
    const w = s.lower[j] ?? '';
    if (SUPPOSITION_ADVERBS.has(w)) return true;
    if (!ADVERBS.has(w)) break;
  }
  const subject = s.mentions.find((m) => m.to === j + 1);
  // (Not set off by a comma: `Perhaps, he suggested, the GOF ...` puts the doubt in what he said.)
  return subject !== undefined && SUPPOSITION_ADVERBS.has(s.lower[subject.from - 1] ?? '');
}

/**
 * Whether the object from `at` is people by a noun for persons (`all CSU cabinet members`, `the minister`),
 * not what they said (`Collier's suggestion`, `the possibility of ...`) nor people judged (`the other
 * members as lacking stature`).
 */
function dismissesPeople(s: SentenceMentions, at: number): boolean {
  for (let j = at; j < s.words.length && j - at < 6; j++) {
    const w = s.lower[j] ?? '';
    if (!s.tokens[j]?.word || w === 'of' || w === 'as' || /['’]s?$/.test(w)) return false;
    if (isPersonNoun(w) || (w.endsWith('s') && isPersonNoun(w.slice(0, -1))))
      return !s.lower.slice(j + 1, j + 5).includes('as');
  }
  return false;
}

/** A sentence that opens `According to` someone the cable does not name (`this source`, `a contact`). */
function unnamedAccording(s: SentenceMentions, ctx: StatementContext): boolean {
  const start = s.tokens.findIndex((t) => t.word);
  if (s.lower[start] !== 'according' || s.lower[start + 1] !== 'to') return false;
  // (Anyone named before the comma is the source: `According to Global Justice's Dias,`.)
  const comma = s.words.indexOf(',', start + 2);
  const end = comma < 0 ? s.words.length : comma;
  return !s.mentions.some(
    (m) => m.from >= start + 2 && m.to <= end && (ctx.byMention.has(m) || m.kind === 'role'),
  );
}

/** Words that open a clause inside an opening participle's words (`Explaining that it was hard, ...`). */
const GERUND_CLAUSE_ENDS = new Set([
  'that',
  'whether',
  'if',
  'how',
  'what',
  'which',
  'who',
  'why',
  'when',
  'because',
]);

/** Whether the -ing word at k opens the sentence as the subject of a verb before the first comma. */
function gerundSubject(s: SentenceMentions, k: number): boolean {
  let at = k - 1;
  while (at >= 0 && /^(?:[("“'‘]|--?)$/.test(s.words[at] ?? '')) at--;
  if (at >= 0) return false;
  // (Not `Saying counter-terrorism finance was not a partisan issue, Levey urged ...`: a participle whose
  // words hold the verb; the sentence must end in a bare tag after the comma, `she added.`)
  // (`Defending the Malikite rite of Islam, native to Morocco, against ... was a major priority ...,
  // Himma emphasized`: commas may set off words inside the subject; the tag follows the last.)
  const comma = s.words.lastIndexOf(',');
  if (comma < k || s.words.length - comma > 5) return false;
  // (`Saying ... in the U.S., Levey subsequently confirmed ...`: a comma before a subject ends the opening.)
  for (let j = k + 1; j < comma; j++)
    if (s.words[j] === ',' && s.mentions.some((m) => m.from === j + 1 && m.kind !== 'country')) return false;
  for (let j = k + 1; j < comma && j <= k + 25; j++) {
    const w = s.lower[j] ?? '';
    if (w === ';' || w === ':' || GERUND_CLAUSE_ENDS.has(w)) return false;
    // (`Questioning these suspects could lead to more leads, he noted`: or a modal.)
    if ((COPULAS.has(w) && w !== 'be' && w !== 'been' && w !== 'being') || MODAL_VERBS.has(w)) return true;
  }
  return false;
}

/** Whether the object at k is people (a name or an office not in the possessive), not a thing. */
function welcomesPeople(s: SentenceMentions, k: number): boolean {
  // (`welcomed convicted Pan Am 103 bomber Abdel Basset al-Megrahi in`: past words that describe the one
  // welcomed, none of them said or written; not `welcomed the visit of U.S. Attorney General Holder` nor
  // `welcomed international collaboration with Mangal`, a thing of someone's or with someone.)
  const described = (x: Mention) =>
    s.words
      .slice(k, x.from)
      .every(
        (w, i) =>
          /^[\p{L}\d-]+$/u.test(w) &&
          !/^(?:of|the|a|an|his|her|their|its|with|to|for|on|in|at|by|from|about)$/.test(
            s.lower[k + i] ?? '',
          ) &&
          !SPEECH_NOUNS.has(s.lower[k + i] ?? ''),
      );
  // (`welcomed Zapateros upcoming visit`: a possessive without its apostrophe, then the thing.)
  return s.mentions.some(
    (m) =>
      m.from >= k &&
      m.from <= k + 6 &&
      (m.kind === 'person' || m.kind === 'role') &&
      described(m) &&
      !/['’]s?$/.test(s.words[m.to - 1] ?? '') &&
      /^(?:,|\.|;|to|and|at|in|on|with|back|warmly|as)$/.test(s.lower[m.to] ?? '.'),
  );
}

/** Prepositions that open a phrase before the subject: `In meetings with CODEL Levin, ...`. */
const OPENING_PREPOSITIONS: ReadonlySet<string> = new Set([
  'in',
  'during',
  'at',
  'after',
  'before',
  'following',
  'throughout',
]);

/**
 * `In meetings with CODEL Levin, the Polish Prime Minister's chief of staff ... expressed`: a name inside an
 * opening phrase of a preposition is not the subject of a verb after its comma, whose subject is the noun
 * phrase (unnamed) that opens the clause.
 */
function nameInOpeningPhrase(s: SentenceMentions, m: Mention, k: number): boolean {
  // (After a label: `SUMMARY: In meetings with ...`.)
  const start = s.words[1] === ':' ? 2 : s.words[2] === ':' ? 3 : 0;
  if (!OPENING_PREPOSITIONS.has(s.lower[start] ?? '') || m.from <= start) return false;
  const comma = s.words.indexOf(',', m.to);
  if (comma < 0 || comma >= k || s.words.slice(start, m.from).includes(',')) return false;
  return (
    ARTICLES.has(s.lower[comma + 1] ?? '') &&
    !s.mentions.some(
      (x) =>
        x.from > comma &&
        x.from <= comma + 2 &&
        (x.kind === 'person' || x.kind === 'role' || x.kind === 'pronoun'),
    )
  );
}

/** Conjunctions of time or cause that open a clause with a subject of its own (`as the Chinese backed out`). */
const CAUSE_CONJUNCTIONS = /^(?:as|because|since|when|after|once)$/;

/** `matter-of-factly`, `half-heartedly`: an adverb written as hyphened words. */
const HYPHENED_ADVERB = /^\p{Ll}+(?:-\p{Ll}+)+ly$/u;

/** Verbs of opening or closing a meeting, whose means after `by` is what was said (`opened by conveying`). */
const OPENING_VERBS: ReadonlySet<string> = new Set([
  'began',
  'begun',
  'opened',
  'started',
  'concluded',
  'ended',
  'closed',
  'finished',
  // (`ending the discussion by reaffirming the figure`.)
  'beginning',
  'opening',
  'starting',
  'concluding',
  'ending',
  'closing',
  // (`Jobim made headlines in November by announcing`: the news one made is what one said.)
  'headlines',
]);

/**
 * `the points he had made earlier`: where a speech noun stands right before a pronoun subject (past `had`,
 * `has`) of the verb at k, whose object it is; -1 if none does.
 */
function spokenNounBefore(s: SentenceMentions, k: number): number {
  let j = k - 1;
  // (`assurances he had reportedly made to Secretary Rumsfeld`: past adverbs too.)
  while (
    j > 0 &&
    (/^(?:had|has|have|just|already|previously|earlier)$/.test(s.lower[j] ?? '') ||
      ADVERBS.has(s.lower[j] ?? ''))
  )
    j--;
  if (/^(?:he|she|they|we)$/.test(s.lower[j] ?? ''))
    return SPEECH_NOUNS.has(s.lower[j - 1] ?? '') ? j - 1 : -1;
  // (`a commitment late UAE President Sheikh Zayed made to Ali Zulfikar Bhutto`: or a person named there.)
  const named = s.mentions.find((m) => m.to === j + 1 && (m.kind === 'person' || m.kind === 'role'));
  if (!named) return -1;
  let n = named.from - 1;
  if (/^(?:late|former|then)$/.test(s.lower[n] ?? '')) n--;
  return SPEECH_NOUNS.has(s.lower[n] ?? '') && /^(?:a|an|the)$/.test(s.lower[n - 1] ?? '') ? n : -1;
}

/** Words between a relative `who` and its verb: `who had since responded`, `who has also said`. */
const WHO_AUXILIARIES: ReadonlySet<string> = new Set([
  'had',
  'has',
  'have',
  'would',
  'also',
  'since',
  'then',
  'later',
  'previously',
  'already',
  'reportedly',
  'repeatedly',
]);

/** Verbs that go on from words said before (`he added`, `he continued`). */
const CONTINUING_LEMMAS: ReadonlySet<string> = new Set(['add', 'continue', 'go on']);
/**
 * `Foreign Secretary Miliband's August 27 speech in Kyiv in which he warned Putin`: the `he` of a clause on
 * someone's speech or letter is its owner.
 */
function speechOwner(s: SentenceMentions, subject: Mention): Mention | undefined {
  if (subject.kind !== 'pronoun' || s.lower[subject.from - 1] !== 'which') return undefined;
  if (!/^(?:in|during)$/.test(s.lower[subject.from - 2] ?? '')) return undefined;
  for (let n = subject.from - 3; n >= 0 && n >= subject.from - 10; n--) {
    if (!SPEECH_NOUNS.has(s.lower[n] ?? '')) continue;
    return s.mentions.find(
      (m) => m.kind === 'person' && m.to <= n && n - m.to <= 4 && /['’]s$/.test(s.words[m.to - 1] ?? ''),
    );
  }
  return undefined;
}

/**
 * `Rwanda had not "officially" requested her arrest`: an adverb in quotation marks before the verb is
 * passed over like any other; returns the position before it.
 */
function pastQuotedAdverb(words: readonly string[], lowered: readonly string[], b: number): number {
  if (!isQuoteMark(words[b] ?? '') || !isQuoteMark(words[b - 2] ?? '')) return b;
  const adverb = lowered[b - 1] ?? '';
  if (!ADVERBS.has(adverb) && !/^\p{L}+ly$/u.test(adverb)) return b;
  let c = b - 3;
  while (c >= 0 && (ADVERBS.has(lowered[c] ?? '') || /^\p{L}+ly$/u.test(lowered[c] ?? ''))) c--;
  return c;
}

/**
 * `Zardari's response was positive; he said ISI had to follow up`: after a semicolon, the `he` of a clause
 * whose first half told someone's answer or view is its owner.
 */
function answerOwner(s: SentenceMentions, subject: Mention): Mention | undefined {
  if (subject.kind !== 'pronoun' || s.words[subject.from - 1] !== ';') return undefined;
  const start = s.words.lastIndexOf(';', subject.from - 2) + 1;
  return s.mentions.find(
    (m) =>
      m.kind === 'person' &&
      m.from >= start &&
      m.to < subject.from &&
      /['’]s$/.test(s.words[m.to - 1] ?? '') &&
      (ANSWER_NOUNS.has(s.lower[m.to] ?? '') || VIEW_NOUNS.has(s.lower[m.to] ?? '')),
  );
}

/** After `called on` someone: no `to` before the clause ends, or a time named before it. */
function paidAVisit(s: SentenceMentions, from: number): boolean {
  // (`called on other state agencies, family, the media, schools and the church to do their part`: a list
  // may stand before the `to`.)
  for (let j = from; j < s.words.length && j - from <= 24; j++) {
    const w = s.lower[j] ?? '';
    // (`to` between a title and a place belongs to the title: `Ambassador to Islamabad`.)
    const ofTitle =
      TITLES.match(s.words, j - 1, s.lower)?.length === 1 && /^[A-Z]/.test(s.words[j + 1] ?? '');
    // (Not `to whom he delivered a letter`, `responding to questions`: a `to` before no verb of its own.)
    const next = s.lower[j + 1] ?? '';
    const infinitive = !/^(?:whom|which|the|a|an|his|her|their|its|our)$/.test(next) && !/[^s]s$/.test(next);
    if ((w === 'to' && !ofTitle && infinitive) || w === 'not') return false;
    if (/^[.;:]$/.test(w)) return true;
    // (`called on Minister Zakhilwal who told him`: the one visited speaks next.)
    if (/^(?:who|whom|which|where)$/.test(w)) return true;
    if (
      (w === 'on' && (MONTH_WORDS.has(s.lower[j + 1] ?? '') || /^\d/.test(s.words[j + 1] ?? ''))) ||
      // (`called on ... Yacov Hadas March 16 to follow up`: a date after the name, with no `on`.)
      (MONTH_WORDS.has(w) && /^\d/.test(s.words[j + 1] ?? '') && s.tokens[j]?.cap === true) ||
      (w === 'over' && s.lower[j + 2] === 'weekend') ||
      /^(?:yesterday|today|tomorrow)$/.test(w)
    )
      return true;
  }
  return true;
}

/** A dash that sets off an aside: `--`, `—`, `–`. */
const DASH = /^(?:-|--|—|–)$/;
/** Verbs of answering: their pronoun subject is the one last spoken to. */
const REPLYING_LEMMAS: ReadonlySet<string> = new Set(['reply', 'respond', 'answer', 'retort']);

/** Object pronouns: `urged him to`, `asked them to`. */
const OBJECT_PRONOUNS = /^(?:him|her|them|us|me)$/;

/**
 * `challenged Qomi to prove Iran's good intentions ... by making a public statement ... and by telling his
 * "friends"`: after a verb that asks someone to act (`challenged X to`, `urged him to`), a gerund after `by`
 * in the same clause is how that act would be done, not speech made. (`tried to defuse it by saying`,
 * `responded to a request ... by asking` report speech.)
 */
/**
 * A modal verb before `by` in its own clause (`Rajoy would attempt to remain above the fray and look
 * towards the next four years by issuing`): what `by` leads to is the means of an act supposed.
 */
function supposedAct(lowered: readonly string[], by: number): boolean {
  // (Close before it, across a clause's edge too: `She may be concerned that by telling us`.)
  if (lowered.slice(Math.max(0, by - 8), by).some((w) => MODAL_VERBS.has(w))) return true;
  for (let j = by - 1; j >= 0 && by - j <= 25; j--) {
    const w = lowered[j] ?? '';
    if (/^[.;:,"“”]$/.test(w) || w === 'that') return false;
    if (MODAL_VERBS.has(w)) return true;
  }
  return false;
}

/** Whether the verb at k stands, within a few words, in what a negated verb of speech before it says. */
function insideNegatedSpeech(s: SentenceMentions, k: number): boolean {
  for (let j = k - 1; j >= 0 && k - j <= 8; j--) {
    const w = s.lower[j] ?? '';
    // (Not past a conjunction: `did not object ... but said`, `the importance of not raising ... and stressed`.)
    if (/^[,;:.()"“”]$/.test(w) || /^(?:but|and|or|yet|while|although)$/.test(w)) return false;
    if (!NEGATION.test(w)) continue;
    const verb = ADVERBS.has(s.lower[j + 1] ?? '') ? j + 2 : j + 1;
    // (`told the press that he did not believe that Sikorski had actually made the remarks`: nor inside
    // a thought denied.)
    if (NON_FACTIVE_VERBS.has(s.lower[verb] ?? '')) return verb + 1 < k;
    const cue = CUES.match(s.words, verb, s.lower) ?? BASE_CUES.match(s.words, verb, s.lower);
    return cue !== null && verb + cue.length < k;
  }
  return false;
}

/** The `that` opening the clause the word at k stands in, within `within` words and no stop or quote between; -1 if none. */
function thatClauseOf(s: SentenceMentions, k: number, within: number): number {
  const that = s.lower.lastIndexOf('that', k - 1);
  if (that < 1 || k - that > within || s.lower.slice(that, k).some((w) => /^[;:.()"“”]$/.test(w))) return -1;
  return that;
}

/**
 * Whether the verb at k stands in the `that` clause of a verb of speech a modal puts in the future or in
 * supposition (`will ... only note that X had agreed`, `would say that`), within a few words.
 */
function insideSupposedSpeech(s: SentenceMentions, k: number): boolean {
  const that = thatClauseOf(s, k, 10);
  if (that < 0) return false;
  let verb = that - 1;
  while (verb > 0 && ADVERBS.has(s.lower[verb] ?? '')) verb--;
  const cue = BASE_CUES.match(s.words, verb, s.lower);
  if (!cue || verb + cue.length !== that) return false;
  // (The verb right after its modal, or joined by `and` to a verb after one: not a noun, `can be a
  // difficult issue that requires work, Abdullah said`.)
  let before = verb - 1;
  while (before > 0 && ADVERBS.has(s.lower[before] ?? '')) before--;
  if (MODAL_VERBS.has(s.lower[before] ?? '')) return true;
  if (s.lower[before] !== 'and') return false;
  for (let j = before - 1; j >= 0 && before - j <= 16; j--) {
    const w = s.lower[j] ?? '';
    if (/^[;:.()"“”]$/.test(w)) return false;
    if (MODAL_VERBS.has(w)) return true;
  }
  return false;
}

/** Whether the verb at k stands in the `that` clause a denial governs: `denied (reports) that X had demanded`. */
function insideDenial(s: SentenceMentions, k: number): boolean {
  const that = thatClauseOf(s, k, 14);
  if (that < 0) return false;
  // (Not a verb joined after the denial's clause: `refuted Morin's contention that ... but pledged`,
  // `dismissed the idea that ..., noting that`, `and instead renewed a request`.)
  let before = k - 1;
  while (before > 0 && (ADVERBS.has(s.lower[before] ?? '') || /^\p{Ll}{3,}ly$/u.test(s.words[before] ?? '')))
    before--;
  if (s.words[before] === ',' || s.lower[before] === 'instead') return false;
  if (
    s.lower
      .slice(that, k)
      .some((w, i, a) => /^(?:but|while|although|yet)$/.test(w) || (w === 'and' && a[i - 1] === ','))
  )
    return false;
  for (let j = that - 1; j >= 0 && that - j <= 3; j--) {
    const cue = CUES.match(s.words, j, s.lower);
    if (cue && DENIAL_VERBS.has(cue.entry.value.lemma ?? '')) return true;
  }
  return false;
}

/** Where `on record` stands a few words before `as` (`on record in the past as saying`), or -1. */
function onRecordAt(lowered: readonly string[], as: number): number {
  for (let j = as - 1; j >= 1 && as - j <= 6; j--) {
    if (/^[,;:.]$/.test(lowered[j] ?? '')) return -1;
    if (lowered[j] === 'record' && lowered[j - 1] === 'on') return j - 1;
  }
  return -1;
}

/**
 * `said Iranian embassy contacts in Beijing had expressed`: the clause a verb of saying opens has for
 * subject a plural noun for people, with only a side and words in lower case before it, before `b`.
 */
function unnamedClauseSubject(s: SentenceMentions, said: CueAt, b: number): boolean {
  let j = said.k + said.length;
  if (s.lower[j] === 'that') j++;
  if (j > b || b - j > 8) return false;
  for (; j <= b; j++) {
    const w = s.lower[j] ?? '';
    if (!s.tokens[j]?.word) return false;
    if (pluralPersonNoun(w) && !s.tokens[j]?.cap) {
      // (The noun ends the subject, or a place after `in` does: `contacts in Beijing had expressed`.)
      const rest = s.tokens.slice(j + 1, b + 1);
      if (rest.length === 0) return true;
      if (rest.length === 1 && /^(?:had|has|have)$/.test(s.lower[b] ?? '')) return true;
      const auxiliary = /^(?:had|has|have)$/.test(s.lower[b] ?? '') ? 1 : 0;
      return (
        /^(?:in|at|from)$/.test(s.lower[j + 1] ?? '') &&
        rest.length - auxiliary >= 2 &&
        rest.slice(1, rest.length - auxiliary).every((t) => t.cap && t.word)
      );
    }
    const side = s.mentions.find((m) => m.from === j && (m.kind === 'country' || m.kind === 'organization'));
    if (side) j = side.to - 1;
    else if (s.tokens[j]?.cap || s.mentions.some((m) => m.from === j)) return false;
  }
  return false;
}

/** `officials including A, B, and C,` ending at `comma`: examples that a plural before `including` leads. */
function examplesOfPlural(s: SentenceMentions, comma: number): boolean {
  for (let j = comma - 1; j > 0 && comma - j <= 40; j--) {
    const w = s.lower[j] ?? '';
    if (/^[.;:]$/.test(w) || DASH.test(w)) return false;
    if (w === 'including')
      return /^\p{Ll}+s$/u.test(s.words[j - 1] ?? '') && s.mentions.some((m) => m.from > j && m.to < comma);
  }
  return false;
}

function meansOfAskedAct(s: SentenceMentions, by: number): boolean {
  for (let j = by - 1; j >= 2 && by - j <= 30; j--) {
    const w = s.lower[j] ?? '';
    // (Not across a verb of its own: `asked him to wait and responded by saying`.)
    if (w === ';' || w === ':' || w === '.' || w === '"' || w === '“' || /ed$/.test(w)) return false;
    if (w !== 'to') continue;
    const object = OBJECT_PRONOUNS.test(s.lower[j - 1] ?? '')
      ? j - 1
      : s.mentions.find((m) => m.to === j && m.kind !== 'pronoun')?.from;
    if (object === undefined) return false;
    const asked = CUES.match(s.words, object - 1, s.lower);
    return asked !== null && asked.length === 1 && asked.entry.value.object === 'yes';
  }
  return false;
}

const PRONOUN_GENDER: Record<string, 'm' | 'f'> = { he: 'm', she: 'f', his: 'm', her: 'f' };
/** `did` and its like, which make a verb after them emphatic (`he did imply`) or a question. */
const DID = /^(?:did|does|do)$/;

/** Where `did` stands when the comma at `comma` closes a connective set off after it (`did, however,`), or -1. */
function didBeforeAside(words: readonly string[], lowered: readonly string[], comma: number): number {
  return words[comma] === ',' &&
    words[comma - 2] === ',' &&
    ADVERBS.has(lowered[comma - 1] ?? '') &&
    DID.test(lowered[comma - 3] ?? '')
    ? comma - 3
    : -1;
}
/** A verb of being before an -ing form of the act going on (`he is telling`). */
const BE_PRESENT_PAST = /^(?:is|are|was|were)$/;
/** Conjunctions that join a verb to the one before (`but did admit`). */
const JOINING = /^(?:but|and|yet)$/;
/** Words that open what follows a verb of speech rather than a noun an adjective describes. */
const OBJECT_LEADS = new Set([
  'that',
  'to',
  'with',
  'on',
  'about',
  'for',
  'him',
  'her',
  'them',
  'us',
  'me',
  'the',
  'a',
  'an',
  'his',
  'their',
  'its',
  'our',
  'this',
  'these',
  'those',
  'it',
  'what',
  'whether',
  'how',
  'why',
  'no',
  'not',
]);
/** Words that open an aside between commas: `, accompanied by the Ambassador,`. */
const ASIDE_OPENERS = new Set([
  'accompanied',
  'joined',
  'including',
  'along',
  'with',
  'who',
  'whom',
  'which',
  'whose',
  'as',
  'like',
  // (`Lee, unlike his immediate predecessors, Kim Dae-jung and Roh Moo-hyun, added`.)
  'unlike',
  'flanked',
  'backed',
  'supported',
  'together',
  'among',
  'in',
  'during',
  'at',
  'after',
  'before',
  'on',
  'speaking',
  'according',
]);
/**
 * Spans `, who ... ,` and `, which ... ,` before token k, and appositions after a name (`Leutheusser-
 * Schnarrenberger, a strong proponent ... from the Free Democratic Party,`): their names are not the
 * verb's subject.
 */
function asideSpans(s: SentenceMentions, k: number): [number, number][] {
  const { words, lower: lowered } = s;
  const spans: [number, number][] = [];
  for (let c = 0; c < k; c++) {
    if (words[c] !== ',') continue;
    const opener = lowered[c + 1] ?? '';
    const possessive = /\p{L}['’]s$/u.test(opener);
    // (`Jorge Torres Victoria (Pablo Catatumbo), his primary FARC contact, had encouraged`: a possessive
    // pronoun opens one too, after a name or a name's other name in parentheses.)
    const named = words[c - 1] === ')' ? c - 1 : c;
    const apposition =
      (opener === 'a' ||
        opener === 'an' ||
        opener === 'the' ||
        opener === 'his' ||
        opener === 'her' ||
        possessive) &&
      s.mentions.some((m) => m.to === named && (m.kind === 'person' || m.kind === 'role'));
    if (!apposition && !RELATIVE_OPENERS.has(opener)) continue;
    let end = c + 1;
    while (end < k && words[end] !== ',') end++;
    // (`Herma Marksman, Chavez's former common-law wife from 1984-1993, spoke`: a possessive opens one when
    // a noun for a person follows it; not `Petraeus, Bahrain's King Hamad said ...`.)
    if (possessive && !lowered.slice(c + 2, Math.min(end, c + 6)).some((w) => isPersonNoun(w))) continue;
    if (end < k) spans.push([c, end]);
  }
  // (`Colonel Jose Carvalho - a former United Nations Peacekeeping Commander - told us`: between dashes
  // after a name, an aside.)
  for (let c = 0; c < k; c++) {
    if (!DASH_WORDS.has(words[c] ?? '') || !s.mentions.some((m) => m.to === c && m.kind === 'person'))
      continue;
    let end = c + 1;
    while (end < k && !DASH_WORDS.has(words[end] ?? '')) end++;
    if (end < k) spans.push([c, end]);
  }
  // `President Saleh (who was attending the Arab League summit) ... confirmed`: a note in parentheses
  // closed before the verb holds no subject.
  for (let c = 0; c < k; c++) {
    if (words[c] !== '(') continue;
    const end = words.indexOf(')', c);
    // (`the Saudi government (SAG) had offered`: one short form after a body is that body, no note.)
    if (end === c + 2 && /^\p{Lu}{2,}$/u.test(words[c + 1] ?? '') && !/^\p{Lu}/u.test(words[c - 1] ?? ''))
      continue;
    if (end > c && end < k) spans.push([c, end]);
  }
  return spans;
}

const RELATIVE_OPENERS = new Set([
  'who',
  'whom',
  'whose',
  'which',
  'accompanied',
  'joined',
  'including',
  'along',
  'together',
  'flanked',
]);
/** Words that open a gerund clause of the main subject: `responded by saying`, `while noting`. */
const GERUND_LEADS = new Set([
  'by',
  'while',
  'when',
  'after',
  'before',
  'in',
  'without',
  'also',
  'and',
  'but',
  'again',
  'despite',
  'upon',
]);
const ADVERBS = SPEECH_ADVERBS;
/** Words that may open what a verb of speech takes: `said that`, `told him`, `stressed the need`. */
const OBJECT_OPENERS: ReadonlySet<string> = new Set([
  ...OBJECT_LEADS,
  ...['in', 'at', 'by', 'of', 'there', 'he', 'she', 'they', 'we', 'i', 'and', 'but', 'if', 'when', 'all'],
]);
/** Words of a label: after an office (`Embassy Comment:`), or before a colon opening a sentence (`Summary:`). */
const LABEL_WORDS: ReadonlySet<string> = new Set(['comment', 'note', 'summary']);

/**
 * Nouns for persons the cable brings in without a name (`a prominent Western businessman who ...`):
 * `the businessman` after it is that unnamed person, not the last one named.
 */
function unnamedPersonNouns(body: string): Set<string> {
  const nouns = new Set<string>();
  for (const m of body.matchAll(/\b(?:a|an)\s+(?:[A-Za-z-]+\s+){0,3}?([a-z]+)\b(?![ \t]*,?[ \t]*[A-Z])/g)) {
    const noun = m[1] ?? '';
    if (PERSON_NOUNS.has(noun) && !TITLES.startsWith(noun)) nouns.add(noun);
  }
  return nouns;
}

/** `the bureau chief observed`, `our contact argued`: a noun for a person, in lower case, right before the verb. */
/**
 * `The DMI representative also noted`, `A senior official said`: a noun for someone the cable does not name,
 * new to it (indefinite, or a body's), before the verb at k; not `The judge praised`, `the candidate admitted`,
 * which stand for one named before.
 */
function newUnnamedPerson(s: SentenceMentions, k: number): boolean {
  let b = k - 1;
  while (b >= 0 && ADVERBS.has(s.lower[b] ?? '')) b--;
  if (!isPersonNoun(s.lower[b] ?? '') || s.tokens[b]?.cap) return false;
  const before = b - 1;
  // (Not `a cousin encouraged him`: whom the words went to is still the one the sentences are about.)
  const toSomeoneNamed = /^(?:him|her)$/.test(s.lower[k + 1] ?? '');
  return (
    (/^(?:a|an|one|another)$/.test(s.lower[before] ?? '') && !toSomeoneNamed) ||
    (s.tokens[before]?.cap === true &&
      s.lower[before - 1] === 'the' &&
      !s.mentions.some((m) => m.kind === 'person' && m.to === b))
  );
}

function unnamedNounBefore(s: SentenceMentions, k: number): boolean {
  let b = k - 1;
  while (b >= 0 && ADVERBS.has(s.lower[b] ?? '')) b--;
  // (`The Syrian media consultant, too, cautioned`: past a word set off by commas.)
  if (s.words[b] === ',' && s.words[b - 2] === ',' && /^(?:too|also)$/.test(s.lower[b - 1] ?? '')) b -= 3;
  const token = s.tokens[b];
  if (
    token?.word === true &&
    !token.cap &&
    isPersonNoun(s.lower[b] ?? '') &&
    !s.mentions.some((m) => m.to === b + 1)
  )
    return true;
  // (`On August 8, head of the South Ossetia information department in the JCC told Interfax`: a noun for
  // someone in lower case that opens its clause, with what it heads after `of`.)
  let start = s.words.lastIndexOf(',', k) + 1;
  if (/^(?:the|a|an)$/.test(s.lower[start] ?? '')) start++;
  return (
    k - start <= 16 &&
    s.tokens[start]?.word === true &&
    !s.tokens[start]?.cap &&
    isPersonNoun(s.lower[start] ?? '') &&
    s.lower[start + 1] === 'of' &&
    !s.mentions.some((m) => m.kind === 'person' && m.from > start && m.to <= k) &&
    !s.words.slice(start + 2, k).some((_, i) => CUES.match(s.words, start + 2 + i, s.lower) !== null)
  );
}

/**
 * `GOL officials, referencing ...`: a plural noun for people at token j that opens its clause (after
 * `that` or at the sentence's start, with its side before it), the subject of what follows.
 */
function pluralSubjectBefore(s: SentenceMentions, j: number): boolean {
  const noun = s.lower[j] ?? '';
  if (!s.tokens[j]?.word || s.tokens[j]?.cap || !noun.endsWith('s') || !isPersonNoun(noun.slice(0, -1)))
    return false;
  const side = s.mentions.find((m) => m.to === j && (m.kind === 'organization' || m.kind === 'country'));
  let start = side ? side.from : j;
  if (s.lower[start - 1] === 'the') start--;
  return start === 0 || s.lower[start - 1] === 'that';
}

/** Words before a gerund whose doer is the subject of the clause it stands in (`despite expressing`). */
const SUBJECT_GERUND_LEADS: ReadonlySet<string> = new Set([
  'despite',
  'after',
  'before',
  'without',
  'upon',
  'since',
]);

/**
 * `China is "not welcome," despite expressing a willingness to join, Cheng said`: a gerund after such a word
 * is done by its clause's subject, here a country or a body, not by the one whose tag follows.
 */
function gerundOfBody(s: SentenceMentions, k: number): boolean {
  if (!SUBJECT_GERUND_LEADS.has(s.lower[k - 1] ?? '')) return false;
  const from = s.words.lastIndexOf(';', k) + 1;
  const subject = s.mentions.find((m) => m.from >= from && m.to < k - 1 && !m.object);
  return subject !== undefined && (subject.kind === 'country' || subject.kind === 'organization');
}

/** The word before any adverbs in `-ly` that end at b (`heavily`, `publicly`). */
function pastLyAdverbs(lowered: readonly string[], b: number): number {
  let j = b;
  while (j >= 0 && /^\p{Ll}{3,}ly$/u.test(lowered[j] ?? '')) j--;
  return j;
}

/** Words that open a clause of its own inside a sentence (`when the French released`). */
const SUBCLAUSE_OPENERS: ReadonlySet<string> = new Set([
  'when',
  'after',
  'because',
  'since',
  'once',
  'while',
]);

/**
 * `that when the French released their statement, thanking the Syrians,`: the clause that ends at the
 * comma is a body's or a people's act (a past verb right after it), so a participle after the comma is
 * theirs, not that of the person whose words hold the clause.
 */
function groupClauseBefore(s: SentenceMentions, comma: number): boolean {
  for (let o = comma - 1; o >= Math.max(0, comma - 10); o--) {
    if (!s.tokens[o]?.word) return false;
    if (!SUBCLAUSE_OPENERS.has(s.lower[o] ?? '')) continue;
    const subject = s.mentions.find((m) => m.from === o + 1);
    if (!subject || (subject.kind !== 'country' && subject.kind !== 'organization')) return false;
    const verb = s.lower[subject.to] ?? '';
    return !s.tokens[subject.to]?.cap && (/ed$/.test(verb) || IRREGULAR_PARTICIPLES.has(verb));
  }
  return false;
}

/** Determiners before a noun for someone the cable does not name (`some expert on the country`). */
const UNNAMED_DETERMINERS: ReadonlySet<string> = new Set(['some', 'a', 'an', 'one', 'another', 'the']);

/**
 * `some expert on the country suggested`: a noun for a person, after a determiner, with a phrase of its own
 * between it and the verb at b + 1, and no name in it. (`said that officials in the ministry agreed`: or
 * such a noun in the plural, opening its clause.)
 */
function personNounPhraseBefore(s: SentenceMentions, b: number): boolean {
  for (let j = b - 1; j >= Math.max(1, b - 5); j--) {
    const w = s.lower[j] ?? '';
    if (!s.tokens[j]?.word || s.tokens[j]?.cap) return false;
    const plural = /[^s]s$/.test(w) && isPersonNoun(w.slice(0, -1));
    if (
      (isPersonNoun(w) || plural) &&
      (UNNAMED_DETERMINERS.has(s.lower[j - 1] ?? '') || (plural && s.lower[j - 1] === 'that')) &&
      /^(?:on|of|from|in|at|with)$/.test(s.lower[j + 1] ?? '')
    )
      return !s.mentions.some((m) => m.from > j && m.to <= b + 1);
  }
  return false;
}

/**
 * `Galvan Galvan in a recent meeting with U.S. officials expressed`, `Argyros throughout the meeting
 * underscored`: whether the noun at b ends a phrase that a preposition opens right after a person's name,
 * set between subject and verb.
 */
function phraseAfterName(s: SentenceMentions, b: number, byMention: ReadonlyMap<Mention, Person>): boolean {
  const opener = (w: string) =>
    PHRASE_PREPOSITIONS.has(w) || PREPOSITIONS_BEFORE.has(w) || w === 'throughout';
  for (let j = b - 1; j >= 1 && b - j <= 10; j--) {
    if (!s.tokens[j]?.word || CLAUSE_BREAKS.has(s.lower[j] ?? '')) return false;
    if (!opener(s.lower[j] ?? '')) continue;
    // (The phrase opens right after the name, the sentence's first: `Galvan in`, not `Galvan said, in`, nor
    // `commentators like ... Dmitriy Orlov in recent weeks penned`, an example of a group.)
    const named = s.mentions.find((m) => m.to === j && m.kind === 'person' && byMention.has(m));
    if (named && !named.object && !s.mentions.some((m) => m.kind === 'person' && m.from < named.from))
      return true;
  }
  return false;
}

/**
 * `John Reid, former Labour Home and Defense Secretary`: the name an office's mention stands in apposition
 * to, set off by the comma a few words before it; undefined for any other mention.
 */
function nameBeforeApposition(s: SentenceMentions, m: Mention): Mention | undefined {
  if (m.kind !== 'role') return undefined;
  for (let j = m.from - 1; j >= 0 && m.from - j <= 6; j--) {
    if (s.words[j] === ',') return s.mentions.find((x) => x.kind === 'person' && x.to === j);
    if (!s.tokens[j]?.word) return undefined;
  }
  return undefined;
}

/**
 * An office in apposition closed by a comma too, past what it is of (`Sir David Ormond, a former Security
 * and Intelligence Coordinator within HMG,`); not `..., the Ambassador explained`, the subject after an
 * opening phrase. The name it stands for, or undefined.
 */
function nameBeforeClosedApposition(s: SentenceMentions, m: Mention): Mention | undefined {
  let end = m.to;
  while (
    end < s.words.length &&
    end - m.to <= 4 &&
    (s.tokens[end]?.cap || /^(?:of|for|at|in|within|to|the)$/.test(s.lower[end] ?? ''))
  )
    end++;
  return s.words[end] === ',' ? nameBeforeApposition(s, m) : undefined;
}

/** Conjunctions that open a short clause set off inside another: `, when pressed,`, `, if asked,`. */
const CLAUSE_ASIDES: ReadonlySet<string> = new Set(['when', 'if', 'once', 'though', 'although']);

/** The token before an aside set off by commas that ends at b (`officials, when pressed,`), or b. */
/** Whether the verb at k has for subject `the fact that ...` (a noun of content and its clause) before it. */
function contentNounSubject(f: SentenceFrame, k: number): boolean {
  const { lowered, words, cues, s } = f;
  // (It runs for every verb of speech: first the cheap look for `the <noun> that` in reach, then the rest.)
  let near = false;
  for (let j = k - 1; j >= 2 && k - j <= 20 && !near; j--)
    near = lowered[j] === 'that' && CONTENT_NOUNS.has(lowered[j - 1] ?? '') && lowered[j - 2] === 'the';
  if (!near) return false;
  // (Not where a name, a body or a pronoun stands right before the verb, `the fact that NATO rejected`, nor
  // a verb joined to one before, `chagrin at the fact that the Secretary had not visited and suggested`.)
  if (s.mentions.some((m) => m.to === k) || /^(?:and|but|or)$/.test(lowered[k - 1] ?? '')) return false;
  for (let j = k - 1; j >= 2 && k - j <= 20; j--) {
    if (/^[;:,"“”]$/.test(words[j] ?? '') || cues.some((c) => c.k === j)) return false;
    if (lowered[j] === 'that' && CONTENT_NOUNS.has(lowered[j - 1] ?? '') && lowered[j - 2] === 'the')
      return true;
  }
  return false;
}

/** Whether b closes an office set off by commas right after a person's name (`X, President of Y,`). */
function personBeforeOffice(s: SentenceMentions, b: number): boolean {
  if (s.words[b] !== ',') return false;
  const open = s.words.lastIndexOf(',', b - 1);
  // (`Liu Tao, Government Affairs Manager for Caterpillar, notes`: the office may open with its field's
  // capitalised words; `Liu, an official of Caterpillar, notes`: or be a noun for a person after an article.)
  let at = open + 1;
  while (at < open + 4 && s.tokens[at]?.cap && !TITLES.match(s.words, at, s.lower)) at++;
  const office =
    TITLES.match(s.words, at, s.lower) !== null ||
    (/^(?:a|an|the)$/.test(s.lower[open + 1] ?? '') &&
      s.lower.slice(open + 2, Math.min(b, open + 5)).some((w) => isPersonNoun(w)));
  return open > 0 && b - open <= 10 && office && s.mentions.some((m) => m.to === open && m.kind === 'person');
}

function pastAside(words: readonly string[], lowered: readonly string[], b: number): number {
  // (`French politicians -- and foreign media -- have blamed`: an aside set off by dashes that adds to the
  // subject with `and`.)
  if (DASH.test(words[b] ?? '')) {
    let close = b;
    while (close > 0 && DASH.test(words[close - 1] ?? '')) close--;
    for (let c = close - 1; c >= 1 && close - c <= 6; c--) {
      if (DASH.test(words[c] ?? '')) {
        let open = c;
        while (open > 0 && DASH.test(words[open - 1] ?? '')) open--;
        return /^(?:and|or)$/.test(lowered[c + 1] ?? '') ? open - 1 : b;
      }
      if (!/^\p{L}/u.test(words[c] ?? '')) return b;
    }
    return b;
  }
  if (words[b] !== ',') return b;
  for (let c = b - 1; c >= 1 && b - c <= 5; c--) {
    if (words[c] === ',')
      return ASIDE_OPENERS.has(lowered[c + 1] ?? '') ||
        CLAUSE_ASIDES.has(lowered[c + 1] ?? '') ||
        // (`French politicians, and foreign media, have blamed`.)
        /^(?:and|or)$/.test(lowered[c + 1] ?? '') ||
        // (`Zapatero, however, pledges`: a lone adverb.)
        (c === b - 2 && ADVERBS.has(lowered[c + 1] ?? ''))
        ? c - 1
        : b;
    if (!/^\p{L}/u.test(words[c] ?? '')) return b;
  }
  return b;
}

/** `The businessman told the CG ...` after `a ... businessman`: a sentence whose subject is that person. */
function unnamedOpener(s: SentenceMentions, first: Mention | undefined, unnamed: Set<string>): boolean {
  // (`When the businessman arrived to meet Prince Khalid he was ...`: also after a conjunction.)
  const at = SUBORDINATORS.has(s.lower[0] ?? '') ? 1 : 0;
  if (unnamed.size === 0 || s.lower[at] !== 'the') return false;
  for (let j = at + 1; j <= at + 3 && j < s.words.length; j++) {
    const token = s.tokens[j];
    if (!token?.word || token.cap) return false;
    if (unnamed.has(s.lower[j] ?? '')) return !first || first.from > j;
  }
  return false;
}

/**
 * `David Mepham from Save the Children talked`, `Jacques Diouf, UN Food and Agriculture Organization,
 * talked`: a body or country named right after a person says whom the person is with; it is not the subject.
 */
function bodyOfPerson(s: SentenceMentions, m: Mention): boolean {
  // (`John Hillman of FCO's Whitehall Liaison Department informed`: a unit read as an office, named after
  // `of` and the capitalised words of its body, is the person's too.)
  if (m.kind === 'role' && m.titles.length === 0) {
    let j = m.from - 1;
    while (j > 0 && (s.tokens[j]?.cap || s.lower[j] === 'the') && j > m.from - 6) j--;
    return s.lower[j] === 'of' && s.mentions.some((x) => x.kind === 'person' && x.to === j);
  }
  if (m.kind !== 'organization' && m.kind !== 'country') return false;
  const link = s.lower[m.from - 1];
  // (The body's name may run on past what the glossary knows: `UN Food and Agriculture Organization,`.)
  let end = m.to;
  while (end < s.words.length && (s.tokens[end]?.cap || NAME_JOINERS.has(s.lower[end] ?? ''))) end++;
  const setOff = link === ',' && s.words[end] === ',';
  if (!setOff && link !== 'from' && link !== 'of') return false;
  return s.mentions.some((x) => x.kind === 'person' && x.to === m.from - 1);
}

/**
 * `a more active role in explaining policy`, `involved in explaining`: a gerund after `in` that a word
 * of the sentence leads to describes a task, no act of speech (`In explaining ..., he said` and `, in
 * saying` open a clause of the speaker's).
 */
function inDescription(s: SentenceMentions, k: number): boolean {
  if (s.lower[k - 1] !== 'in' || k < 2) return false;
  const before = s.tokens[k - 2];
  if (before?.word !== true || s.mentions.some((m) => m.to === k - 1)) return false;
  // (`to be involved in explaining`: a participle describes a task even after a copula.)
  if (/ed$/.test(s.lower[k - 2] ?? '')) return true;
  // (`Prince Torki was unequivocal in stating`, `is probably correct in arguing`: a judgement of what
  // the subject said.)
  let c = k - 3;
  while (c >= 0 && c >= k - 5 && (DEGREE_WORDS.has(s.lower[c] ?? '') || /ly$/.test(s.lower[c] ?? ''))) c--;
  return !COPULAS.has(s.lower[c] ?? '');
}
/**
 * Where the verb before a quoted name stands: right before it, or before the capitalised words of an
 * office the name's title did not take in (`cited Presidency Minister Quintana as saying`).
 */
function quotedFrom(s: SentenceMentions, m: Mention): number {
  let k = m.from - 1;
  while (k > m.from - 4 && s.tokens[k]?.cap && !QUOTING_VERBS.has(s.lower[k] ?? '')) k--;
  return k;
}
/** Whether a verb with an adverb of habit before it (`has regularly antagonized`) opens the clause of k. */
function afterHabit(lowered: string[], k: number): boolean {
  for (let j = k - 2; j >= 0 && k - j <= 40; j--) {
    const w = lowered[j] ?? '';
    if (w === ';' || w === ':' || w === '.') return false;
    // (`for the medium and long terms`: `long` is of habit only after `has`.)
    if (w === 'long' && !/^(?:has|have|had)$/.test(lowered[j - 1] ?? '')) continue;
    if (HABITUAL_ADVERBS.has(w) && /^\p{Ll}+(?:ed|s)$/u.test(lowered[j + 1] ?? '')) return true;
    if (/^\p{Ll}+ed$/u.test(w) && habitAfterVerb(lowered, j)) return true;
  }
  return false;
}

/**
 * An adverb of repeated acts right after the verb at v, or after it and a pronoun (`rebutted it
 * consistently`, `has spoken frequently of`); not `said generally, ...`, an adverb of the words reported.
 */
/** A body or a country named right before k, a number before it (`the five EU states`, `27 EU members`). */
function countedBody(s: SentenceMentions, k: number): boolean {
  const body = s.mentions.find((m) => m.to === k && (m.kind === 'organization' || m.kind === 'country'));
  const count = body ? (s.lower[body.from - 1] ?? '') : '';
  return body !== undefined && (/^\d+$/.test(count) || NUMBER_WORDS.has(count));
}

/** `twice a week`, `three times a month`, `every day` within the clause that opens at `from`. */
function frequencyInClause(words: readonly string[], lowered: readonly string[], from: number): boolean {
  for (let j = from; j < words.length && j - from <= 14; j++) {
    if (/^[,;:.()"“”]$/.test(words[j] ?? '') || lowered[j] === 'that') return false;
    const unit = (at: number) => /^(?:day|week|month|year)s?$/.test(lowered[at] ?? '');
    if (
      /^(?:once|twice|times)$/.test(lowered[j] ?? '') &&
      /^(?:a|an|per|each|every)$/.test(lowered[j + 1] ?? '') &&
      unit(j + 2)
    )
      return true;
    if (/^(?:every|each)$/.test(lowered[j] ?? '') && unit(j + 1)) return true;
  }
  return false;
}

function habitAfterVerb(lowered: string[], v: number): boolean {
  // (`told us repeatedly that`: past the one told, as a pronoun.)
  let after = /^(?:it|them|him|her|us|me)$/.test(lowered[v + 1] ?? '') ? v + 2 : v + 1;
  // (`who has spoken openly in the past of his thinking`: past an adverb in -ly.)
  if (/^\p{Ll}+ly$/u.test(lowered[after] ?? '') && lowered[after + 1] === 'in') after++;
  return (
    REPEATING_ADVERBS.has(lowered[after] ?? '') ||
    REPEATING_ADVERBS.has(`${lowered[after] ?? ''} ${lowered[after + 1] ?? ''}`) ||
    // (`has said in the past that`: over time; not `in the past week`, a time one act falls in.)
    (REPEATING_ADVERBS.has(
      `${lowered[after] ?? ''} ${lowered[after + 1] ?? ''} ${lowered[after + 2] ?? ''}`,
    ) &&
      (!/^\p{Ll}/u.test(lowered[after + 3] ?? '.') ||
        /^(?:that|of|about|on|to)$/.test(lowered[after + 3] ?? '')))
  );
}
/** The first words of the verbs of speech, in any form the finder reads (`said`, `remark` after `did`). */
const CUE_OPENERS: ReadonlySet<string> = new Set([...CUES.firstWords(), ...BASE_CUES.firstWords()]);
/** Verbs after which a person and a participle report that person's words (`recalls Otema saying`). */
const HEARING_VERBS = new Set(['recalls', 'recalled', 'recall', 'remembers', 'remembered', 'heard', 'hears']);
/** `remain informed`, `keep X informed`: words that make `informed` a state, not a telling. */
const STATE_VERBS = new Set([
  'remain',
  'remains',
  'remained',
  'stay',
  'stayed',
  'keep',
  'keeps',
  'kept',
  'keeping',
  'well',
  'fully',
]);
/** `his warning`: after these an -ing word is a noun. */
const POSSESSIVE_PRONOUNS = new Set(['his', 'her', 'their', 'its', 'our', 'my', 'your']);
/** Words that open a clause before the main one: `When PolOff challenged him, he ...`. */
const SUBORDINATORS = new Set([
  'when',
  'after',
  'before',
  'while',
  'although',
  'though',
  'as',
  'since',
  'once',
  'because',
  'if',
  'unless',
  'until',
  'whereas',
  // (A preposition opening a phrase before the main clause: `Despite ... to keep him on the sidelines ...
  // that he would stay out of the fight, Bahadur allowed and then claimed`.)
  'despite',
]);
/** Lower-case words inside a body's or a title's name (`UN Food and Agriculture Organization`). */
const NAME_JOINERS = new Set(['and', 'of', 'for', 'the', 'on', '&']);
/** `was unequivocal in stating`: verbs of being before a judgement of the speaker. */
const COPULAS = new Set(['is', 'was', 'are', 'were', 'be', 'been', 'being', 'remains', 'remained']);
/** `quite frank in expressing`: words of degree between the copula and the judgement. */
const DEGREE_WORDS = new Set(['quite', 'very', 'so', 'too', 'most', 'more', 'rather', 'fairly', 'not']);
/** A person, a role or an object pronoun opens the words from `at` (`to Poloff`, `to the Minister`, `to him`). */
function listenerAt(s: SentenceMentions, at: number): boolean {
  if (OBJECT_PRONOUNS.test(s.lower[at] ?? '')) return true;
  return s.mentions.some(
    (m) =>
      (m.kind === 'person' || m.kind === 'role') &&
      (m.from === at || (m.from === at + 1 && s.lower[at] === 'the')) &&
      !/['’]s?$/.test(s.words[m.to - 1] ?? ''),
  );
}

/** Whether `word` stands within `span` words from `at`, before a comma or the sentence's end. */
function withinClause(lowered: readonly string[], at: number, span: number, word: string): boolean {
  for (let j = at; j < at + span && j < lowered.length; j++) {
    if (lowered[j] === word) return true;
    if (/^[,;.:]$/.test(lowered[j] ?? '')) return false;
  }
  return false;
}

/** Particles of a phrasal verb that are adverbs (`pointed out`), not prepositions before an object. */
const ADVERB_PARTICLES: ReadonlySet<string> = new Set(['out', 'up', 'back', 'down']);
/** Verbs that report speech only with a particle: `called for`, `pointed out`. */
const NEEDS_PARTICLE: Record<string, RegExp> = {
  call: /^(?:for|on|upon)$/i,
  // `appealed to the Court to rule`, `appealed for calm`; `appealed the verdict` goes to court.
  appeal: /^(?:to|for)$/i,
  // `as he put it,`, `put it this way:`, `put it in starker terms`, `put it to the P/E Chief`; not `put it
  // back`, `put it to use`.
  'put it': /^(?:[,.:;"“”]|this|that|in|to)$/i,
  // `spoke of`, `spoke to X`, `spoke as an old friend`; `Senator Cordoba spoke.` names no words, `spoke with
  // X` a meeting.
  speak: /^(?:of|about|to|on|out|against|in|at|as)$/i,
  // `pleaded for USG pressure`, `pleaded with him`; `pleaded guilty` answers a court.
  plead: /^(?:for|with|that)$/i,
  // `maintained that ...`; `maintains longer office hours` keeps something, says nothing.
  maintain: /^(?:that|,|:|\.|;)$/i,
  // `listed several individuals`, `listed their posts`; `listed by Quintana`, `listed entities`, `listed in
  // paragraph 5` are no one's words.
  list: /^(?:several|many|some|various|numerous|the|a|an|his|her|their|its|our|what|\d+|two|three|four|five|six|seven|:)$/i,
  // `updated Mansouri on the MEPP`, `updated him`: a briefing given to someone; `updated the list` is none.
  update: /^(?:him|her|them|us|me|\p{Lu}\p{L}*)$/u,
  // `assessed that the coalition is broad`, `..., Hammouchi assessed.`; `assessed the damage` weighs
  // something, says nothing.
  assess: /^(?:that|,|:|\.)$/i,
  // `talked about using ...`; `talked him into it` is no speech reported.
  talk: /^(?:of|about|to|with)$/i,
  // `undertook to relay that message`: a promise; `undertook a review` acts.
  undertake: /^to$/i,
  // `committed to use all available resources`: a promise; `committed a crime`, `committed troops` act.
  commit: /^to$/i,
  // `pointed to the mobile phone industry as evidence`: an argument made; `pointed at` is a gesture.
  point: /^(?:out|to)$/i,
  // `related that the problems had been resolved`, `related how his grandfather had the vision`; `issues
  // related to trade` is no verb.
  relate: /^(?:that|how|,|:)$/i,
  // `rejoined "we could make news!"`; `rejoined Dostum's forces` joins again; `snapped up` buys.
  rejoin: /^(?:that|,|:|["“])$/i,
  snap: /^(?:that|,|:|["“]|back|at)$/i,
  // `cracked: "They won't ..."`; `cracked down on` acts.
  crack: /^(?:that|,|:|["“])$/i,
  // `railed at British investigators`, `railed against`; `railed cars` is none.
  rail: /^(?:at|against|about)$/i,
  // `MbZ reciprocated: "No -- thank you."`; `reciprocated the visit` returns a favour.
  reciprocate: /^(?:that|,|:|["“])$/i,
  // `The facts are not in dispute, Dagan continued,`: `continued to press` reports nothing.
  continue: /^(?:,|\.|that|:)$/i,
  // `concurred that ...`, `concurred with Pershing`; `concurred in the release` is a decision.
  concur: /^(?:that|with|,|\.)$/i,
  // `concluded that ...`; `concluded another agreement` makes one.
  conclude: /^(?:that|,|:|\.)$/i,
  // `informed the Ambassador that ...`; `keeping the Parliament informed.` is a state.
  inform: /^(?![.,;:)])/,
  // `accepted that U.S. assistance had decreased`; `accepted the offer` is a decision.
  accept: /^(?:that)$/i,
  // `solicited ideas`, `solicited his views`; `solicited bids` is a tender.
  solicit: /^(?:ideas|views|input|advice|suggestions|comments|opinions|feedback|his|her|their|the|our)$/i,
};
/** `about proposed U.S. options`: after a preposition a verb form is an adjective. */
const PREPOSITIONS_BEFORE = new Set([
  // (`participated in alleged CIA rendition operations`.)
  'in',
  'about',
  'of',
  'for',
  'on',
  'with',
  'from',
  'under',
  'regarding',
  'into',
  'than',
  // (`concern over alleged resisting-arrest killings`.)
  'over',
  'against',
]);
/** Words that open a noun phrase: articles, and possessives (`his presence emphasized`). */
const POSSESSIVE_ARTICLES = new Set(['his', 'her', 'their', 'its', 'our', 'my', 'your']);
/** (`one social activist contended`, `another contact said`: someone unnamed, as after an article.) */
const ARTICLES = new Set(['the', 'a', 'an', 'one', 'another', ...POSSESSIVE_ARTICLES]);

/**
 * The article that opens the noun phrase ending at b (`the proposal`, `the Moroccan autonomy proposal`:
 * up to two words between, none of them naming someone), not after a preposition; -1 where there is none.
 */
function articleBefore(s: SentenceMentions, b: number): number {
  // (`the S-300s issue offered`: a designation of digits and hyphens is one word of the phrase.)
  let reach = 3;
  const noun = s.tokens[b]?.word === true && !/^(?:and|or|but|nor)$/.test(s.lower[b] ?? '');
  for (let j = b - 1; j >= Math.max(0, b - reach); j--) {
    if (noun && /^(?:\d+|-)$/.test(s.words[j] ?? '') && reach < 6) {
      reach++;
      continue;
    }
    // (Each word after the article is part of the phrase: `joined the meeting and stated` is two clauses.)
    if (CLAUSE_BREAKS.has(s.lower[j + 1] ?? '')) return -1;
    // (`Senegal's election ... underlined`, `Wade's response surprised`: a name in the possessive opens the
    // phrase as an article does; the thing it owns is the subject.)
    const owner = j < b && /\p{L}['’]s$/u.test(s.lower[j] ?? '') && possessiveBefore(s.lower[j] ?? '');
    // (`concerns that such language revealed`: `such` before a noun determines it as an article does.)
    if (ARTICLES.has(s.lower[j] ?? '') || owner || (s.lower[j] === 'such' && j < b)) {
      // (`he and his British counterpart agreed`: joined to a subject, the possessive's owner speaks too.)
      // (Not `Putin was well prepared, and his spokesman ... stated`: after a comma `and` opens a clause.)
      if (POSSESSIVE_ARTICLES.has(s.lower[j] ?? '') && s.lower[j - 1] === 'and' && s.words[j - 2] !== ',')
        return -1;
      const named = s.mentions.some(
        (m) => m.from > j && m.from < b && (m.kind === 'person' || m.kind === 'role' || m.kind === 'pronoun'),
      );
      // (Not `Laurent Pic of Prime Minister Fillon's office stressed`, `head of the DPF's intelligence division,
      // admitted`: an owner after a preposition ends a phrase about the subject named before.)
      let open = owner ? (s.mentions.find((m) => m.from <= j && j < m.to)?.from ?? j) : j;
      // (`of the International Crisis Group's Seoul office`: a name no lexicon holds, capitalised words.)
      while (owner && open > 0 && j - open < 5 && s.tokens[open - 1]?.cap && s.tokens[open - 1]?.word) open--;
      if (owner && s.lower[open - 1] === 'the') open--;
      const after = s.lower[open - 1] ?? '';
      return named || PREPOSITIONS_BEFORE.has(after) || PHRASE_PREPOSITIONS.has(after) ? -1 : j;
    }
    if (!s.tokens[j]?.word) return -1;
  }
  return -1;
}

/** `Boko at an earlier meeting revealed`: a phrase after these is no subject either. */
const PHRASE_PREPOSITIONS: ReadonlySet<string> = new Set([
  'in',
  'at',
  'during',
  'after',
  'before',
  'by',
  'to',
  'over',
]);

/** Words that end a noun phrase and open another clause or phrase. */
const CLAUSE_BREAKS: ReadonlySet<string> = new Set(
  [
    'and',
    'but',
    'or',
    'then',
    'that',
    'which',
    'who',
    'to',
    'also',
    'later',
    'first',
    'again',
    'had',
    'has',
  ].concat(['have', 'was', 'were', 'is', 'are', 'not', 'never', 'did', 'would', 'could', 'should', 'will']),
);

/**
 * `NGUYEN HUY QUY, DIRECTOR OF THE INSTITUTE OF CHINA STUDIES TOLD`: whether the word at b ends what an office
 * set off after a name is of, with no comma between.
 */
function inNamedOfficeOf(s: SentenceMentions, b: number): boolean {
  return s.mentions.some(
    (m) =>
      m.kind === 'role' &&
      m.titles.length > 0 &&
      s.lower[m.to] === 'of' &&
      m.to < b &&
      b - m.to <= 8 &&
      !s.words.slice(m.to, b + 1).includes(',') &&
      s.words[m.from - 1] === ',' &&
      s.mentions.some((x) => x.kind === 'person' && x.to === m.from - 1),
  );
}

/**
 * `Vershbow and his Russian interlocutors noted`: a common noun joined by `and` to a name before it
 * (`O'Dea and governing Fianna Fail party politicians have questioned`: a body's name among its words).
 */
function joinedToName(s: SentenceMentions, b: number, byMention: ReadonlyMap<Mention, Person>): boolean {
  let j = b;
  // (Not past a person's name or a clause's `that`: `quoted Netanyahu and Peres that Israel remains`.)
  const bodyName = (k: number) =>
    s.mentions.some(
      (m) =>
        m.from <= k &&
        k < m.to &&
        m.to <= b &&
        !byMention.has(m) &&
        m.kind !== 'role' &&
        m.kind !== 'pronoun',
    );
  const inside = (k: number) => (!s.tokens[k]?.cap && s.lower[k] !== 'that') || bodyName(k);
  while (j > 0 && b - j < 6 && s.tokens[j]?.word && inside(j) && s.lower[j] !== 'and') j--;
  return s.lower[j] === 'and' && s.mentions.some((m) => m.to === j && m.kind !== 'country');
}

/** The index of the first word at or after i that is not an auxiliary or adverb. */
function nextWordIndex(lowered: string[], i: number): number {
  let j = i;
  while (j < lowered.length && (AUXILIARIES.has(lowered[j] ?? '') || ADVERBS.has(lowered[j] ?? ''))) j++;
  return j;
}

/** Subjects that are not a named person: the reporting officers, things, groups. */
const OTHER_SUBJECTS = new Set(['we', 'they', 'i', 'you', 'it', 'which', 'that']);
/** Words that may stand between a subject and its verb: `we had asked`, `which clearly indicated`. */
const AUXILIARIES = new Set([
  'had',
  'has',
  'have',
  'also',
  'then',
  'later',
  'again',
  'once',
  'already',
  'just',
]);

/** True when a subject pronoun stands right before the verb at b (past auxiliaries), after `from`. */
function otherSubjectBefore(lowered: string[], from: number, b: number): boolean {
  for (let j = b; j >= from && b - j < 4; j--) {
    const w = lowered[j] ?? '';
    if (OTHER_SUBJECTS.has(w)) return true;
    if (!AUXILIARIES.has(w)) return false;
  }
  return false;
}

/** Between from and b, `, while the Ministers of ...`: `the` and a title in the plural after a conjunction. */
function pluralOfficeOpensClause(s: SentenceMentions, from: number, b: number): boolean {
  for (let j = from + 2; j <= b; j++) {
    const word = s.words[j] ?? '';
    if (s.lower[j - 1] !== 'the' || !CLAUSE_OPENERS.has(s.lower[j - 2] ?? '')) continue;
    if (/^\p{Lu}\p{Ll}+s$/u.test(word) && TITLES.match([word.slice(0, -1)], 0)) return true;
  }
  return false;
}
const CLAUSE_OPENERS: ReadonlySet<string> = new Set(['while', 'whereas', 'but', 'and', ',', ';']);

/** `Villepin's cabinet advisor`, `Stern's February 9 speech`: a name in the possessive names an owner. */
function isPossessor(s: SentenceMentions, m: Mention): boolean {
  // (`His father served ... and insisted that`: a possessive pronoun before a noun for a person says whose.)
  if (m.kind === 'pronoun')
    return (
      POSSESSIVE_PRONOUNS.has(s.lower[m.from] ?? '') &&
      s.lower[m.from] !== 'her' &&
      s.tokens[m.to]?.word === true &&
      !s.tokens[m.to]?.cap &&
      isPersonNoun(s.lower[m.to] ?? '')
    );
  // (`Chavez' repeated violation`, `Morales' rhetoric`: the apostrophe alone, cut from the name.)
  const mark = s.tokens[m.to];
  if (mark && (mark.text === "'" || mark.text === '’') && mark.start === s.tokens[m.to - 1]?.end)
    return s.tokens[m.to + 1]?.word === true;
  if (!/['’][sS]?$/.test(s.words[m.to - 1] ?? '')) return modifiesPersonNoun(s, m);
  return s.tokens[m.to]?.word === true;
}

/** `the Ahmadinejad advisor insisted`: a name before a noun for a person says whose; it does not speak. */
function modifiesPersonNoun(s: SentenceMentions, m: Mention): boolean {
  // (`the Muhammad Yunis Ahmed (MYA) faction`: past the name's short form.)
  const at = s.words[m.to] === '(' && s.words[m.to + 2] === ')' ? m.to + 3 : m.to;
  const next = s.tokens[at];
  // (`Socialist MEP candidates ... stressing`: an office before people of its kind, in the plural.)
  if (m.kind === 'role' && next?.word && !next.cap && m.titles.length > 0)
    return /s$/.test(s.lower[at] ?? '') && isPersonNoun(s.lower[at] ?? '');
  if (m.kind !== 'person' || !next?.word) return false;
  // (`the Bush Administration pressed the Amir`: capitalised, the noun still names the body.)
  if (next.cap) return NAME_MODIFIED_NOUNS.has(s.lower[at] ?? '');
  return isPersonNoun(s.lower[at] ?? '') || NAME_MODIFIED_NOUNS.has(s.lower[at] ?? '');
}

/** `Villepin's cabinet advisor`, `Karzai's chief of staff`: the possessor's noun names another person. */
function possessesPerson(s: SentenceMentions, m: Mention): boolean {
  for (let k = m.to; k < Math.min(s.words.length, m.to + 3); k++) {
    if (!s.tokens[k]?.word) return false;
    if (PERSON_NOUNS.has((s.lower[k] ?? '').replace(/s$/, '')) || TITLES.match(s.words, k, s.lower))
      return true;
  }
  return false;
}
/** Words that are prepositions before a noun but open a clause before a subject and its verb. */
const CLAUSE_CONJUNCTIONS = new Set(['before', 'after', 'until', 'since', 'as', 'once']);
/** Words that open a sentence with a phrase, not a clause: `For that rotation, he argued, it was ...`. */
const FRONT_PHRASE_OPENERS = new Set([
  'for',
  'in',
  'on',
  'at',
  'as',
  'with',
  'about',
  'regarding',
  'given',
  'during',
  'after',
  'before',
  'while',
  'although',
  'though',
  'if',
  'when',
  'unlike',
  'like',
  'beyond',
  'despite',
  'under',
]);
/** Verbs that continue a clause an inserted `, he said,` interrupts: `The message, Reich said, is ...`. */
const CLAUSE_VERBS = new Set([
  'is',
  'was',
  'are',
  'were',
  'has',
  'had',
  'have',
  'would',
  'will',
  'could',
  'should',
  'must',
  'can',
  'may',
  'might',
  'did',
  'does',
  'remains',
  'remained',
]);
/** Determiners and adjectives that may stand between a verb of handing over and its speech noun. */
const NOUN_LEADS = new Set([
  // (`have made all the right public statements`.)
  'all',
  'right',
  'the',
  'a',
  'an',
  'his',
  'her',
  'their',
  'our',
  'its',
  'this',
  'that',
  'these',
  'those',
  'same',
  'new',
  'strong',
  'formal',
  'clear',
  'firm',
  'reftel',
  'ref',
  'several',
  'many',
  'two',
  'three',
  'some',
  'further',
  'public',
  'similar',
  'key',
  'following',
  'written',
  'private',
  'personal',
  'detailed',
  'another',
]);

interface Resolved {
  name: string;
  kind: Statement['speaker_kind'];
  id: string | null;
}

export interface StatementContext {
  sentences: SentenceMentions[];
  byMention: Map<Mention, Person>;
  body: string;
}

function resolveMention(
  m: Mention,
  ctx: StatementContext,
  lastSpeaker: Person | null,
  lastPerson: Person | null,
): Resolved | null {
  const person = ctx.byMention.get(m);
  if (person) return { name: person.name, kind: 'person', id: person.id };
  if (m.kind === 'pronoun') {
    // `He said in his view ...`: a possessive that opens what is said is the speaker's too.
    const who =
      m.label === 'he' || m.label === 'she' || m.label === 'his' || m.label === 'her'
        ? (lastSpeaker ?? lastPerson)
        : lastPerson;
    return who ? { name: who.name, kind: 'person', id: who.id } : null;
  }
  if (m.kind === 'role') return { name: m.label, kind: 'role', id: null };
  // A group by its name alone: `the French`, `France` and `the GOF` stay apart only by what they are.
  if (m.kind === 'organization' || m.kind === 'country') return { name: m.label, kind: 'group', id: null };
  return null;
}

/**
 * `expressed concerns to Beust`, `explained the decision to the Ambassador`: a short object in lower case,
 * then `to` and the one spoken to. (A clause after the verb, `said it was important to Karzai`, is none.)
 */
const SIDE_KINDS: ReadonlySet<Mention['kind']> = new Set(['country', 'organization']);

function objectThenListener(s: SentenceMentions, after: number): Mention | null {
  let n = after;
  // (`reiterated his strong concern with Iran's nuclear ambitions to King Abdullah`: up to eight words,
  // a country or a body among them.)
  while (n < s.words.length && n - after < 8) {
    const t = s.tokens[n];
    const w = s.lower[n] ?? '';
    if (w === 'to') break;
    // (`conveyed "disappointment" to Sobredo`: the words' quotation marks.)
    if (isQuoteMark(w)) {
      n++;
      continue;
    }
    const side = t?.cap === true && s.mentions.some((m) => m.from <= n && n < m.to && SIDE_KINDS.has(m.kind));
    if (!t?.word || (t.cap && !side) || w === 'that' || PRONOUN_SUBJECTS.has(w) || CLAUSE_VERBS.has(w))
      return null;
    n++;
  }
  if (n === after || s.lower[n] !== 'to') return null;
  // (`expressed his ire to then-PM Tony Blair`: past the time word split from the office.)
  if (s.lower[n + 1] === 'then' && s.mentions.some((x) => x.from === n + 2)) n++;
  const m = mentionAt(s, n + 1);
  if (m && isPossessor(s, m)) return null;
  // (`had relayed a message to him`: a pronoun too, after words said.)
  const said = m?.kind === 'pronoun' && s.lower.slice(after, n).some((w) => SPEECH_NOUNS.has(w));
  return m && (m.kind === 'person' || m.kind === 'role' || said) && m.from === n + 1 ? m : null;
}

interface CueAt {
  k: number;
  length: number;
  lemma: string;
  takesObject: boolean;
  speechNoun: number;
  /** A participle that reports speech only going on from a statement before it (participle-cues.tsv). */
  weak?: boolean;
  /** A verb about someone (`praised`, `criticized`): its object is whom the words are about, no listener. */
  about?: boolean;
  /** A verb of promising whose `to` opens what is promised (`committed to investigate`), no listener. */
  promise?: boolean;
  /** The person named after `by` of a passive (`that expressed by Mayor Ledezma`). */
  agent?: Mention;
  /** The one a passive names as spoken to (`Smith was told by Jones`). */
  passiveListener?: Mention;
}

/** The `to` that opens a cue's listener: right after the verb, or past `in person` (`apologized in person to`). */
function toAfterCue(lowered: readonly string[], after: number): number {
  if (lowered[after] === 'to') return after;
  return lowered[after] === 'in' && lowered[after + 1] === 'person' && lowered[after + 2] === 'to'
    ? after + 2
    : -1;
}

/** Where the listener after a `to` at `to` starts: past a participle (`put it to visiting NEA DAS David Hale`). */
function listenerStart(lowered: readonly string[], to: number): number {
  // (`spoken to then-candidate Obama`: past a former role joined to `then`.)
  // (`to then-PM Tony Blair`: the time word split from the office.)
  return /ing$|^then-\p{Ll}+$|^then$/u.test(lowered[to + 1] ?? '') ? to + 2 : to + 1;
}

/** The mention that starts at token k (the first one that covers it), if any. */
function mentionAt(s: SentenceMentions, k: number): Mention | null {
  for (const m of s.mentions) if (m.from === k || (m.from <= k && k < m.to && m.kind !== 'pronoun')) return m;
  return null;
}

/** A verb in the past, no verb of speech, within a few words from `from` and before `to` or a comma. */
function ownVerbAfter(
  s: SentenceMentions,
  from: number,
  to: number,
  cues: readonly { k: number }[],
): boolean {
  for (let i = from; i < Math.min(to, from + 5); i++) {
    if (s.words[i] === ',') return false;
    if (/^\p{Ll}+ed$/u.test(s.words[i] ?? '')) return !cues.some((c) => c.k === i);
  }
  return false;
}

/** Words after `her` that make it an object (`told her that`, `told her the news`), not a possessive. */
const AFTER_OBJECT_HER = new Set([
  'that',
  'the',
  'a',
  'an',
  'to',
  'about',
  'of',
  'on',
  'in',
  'at',
  'with',
  'and',
  'what',
  'how',
  'why',
  'whether',
  'if',
  'not',
  'so',
  'again',
  'directly',
  'privately',
  'repeatedly',
  'this',
  'it',
]);

/**
 * The mention that opens at `k` as one spoken to: not a possessive (`told his ministers`, `reassured her
 * partisans`), which names whose listeners they are.
 */
function listenerMentionAt(s: SentenceMentions, k: number): Mention | null {
  const m = mentionAt(s, k);
  if (m?.kind !== 'pronoun' || m.from !== k) return m;
  const word = s.lower[k] ?? '';
  const next = s.lower[k + 1] ?? '';
  // (`thanked His Majesty`: a royal style, not a possessive.)
  if (/^H(?:is|er)$/.test(s.words[k] ?? '') && s.tokens[k + 1]?.cap) return m;
  if (word === 'her') return /^\p{Ll}/u.test(next) && !AFTER_OBJECT_HER.has(next) ? null : m;
  return POSSESSIVE_PRONOUNS.has(word) ? null : m;
}

/** The person who spoke last among the statements from `from` on (a sentence's), whose words may hold a later clause. */
function reportingPerson(
  statements: readonly Statement[],
  from: number,
  personById: ReadonlyMap<string, Person>,
): Person | null {
  for (let i = statements.length - 1; i >= from; i--) {
    const id = statements[i]?.speaker_kind === 'person' ? statements[i]?.speaker_id : null;
    if (id) return personById.get(id) ?? null;
  }
  return null;
}

/** `called the Copenhagen Conference a disaster`: after `called`, a short object without a verb, then `a`/`an`. */
function calledSomethingA(s: SentenceMentions, from: number): boolean {
  // (`called off an operation`, `called up a reserve`: another verb.)
  if (/^(?:off|up|back|in|out|away)$/.test(s.lower[from] ?? '')) return false;
  // (`calling it similar to many`, `called them irresponsible`: a thing named by a pronoun, then a word
  // in lower case that judges it; not `called it off`, `calling it quits`, `called them to order`.)
  if (
    /^(?:it|them|this|that)$/.test(s.lower[from] ?? '') &&
    s.tokens[from + 1]?.word === true &&
    !s.tokens[from + 1]?.cap &&
    /^\p{Ll}{4,}$/u.test(s.words[from + 1] ?? '') &&
    !/^(?:off|up|back|in|out|away|quits|into|onto|over|from|with|about|after|before|when|because|since)$/.test(
      s.lower[from + 1] ?? '',
    ) &&
    !/(?:ed|ing)$/.test(s.lower[from + 1] ?? '') &&
    // (`called them yesterday`, `called it again`: a word of time or of how often, no judgement.)
    !TIME_NOUNS.has(s.lower[from + 1] ?? '') &&
    !RELATIVE_DATE_WORDS.has(s.lower[from + 1] ?? '') &&
    !ADVERBS.has(s.lower[from + 1] ?? '') &&
    !REPEATING_ADVERBS.has(s.lower[from + 1] ?? '')
  )
    return true;
  for (let j = from; j < Math.min(s.lower.length, from + 7); j++) {
    const w = s.lower[j] ?? '';
    if (w === 'a' || w === 'an') return j > from && !TIME_NOUNS.has(s.lower[j + 1] ?? '');
    // (`called the DAS' troubles a clear victory`: past the apostrophe of a possessive.)
    if (w === "'" || w === '’') continue;
    if (!s.tokens[j]?.word || w === 'that' || w === 'to' || w === 'for' || w === 'on') return false;
  }
  return false;
}

/** Words after which a past participle describes the noun that follows it. */
const ATTRIBUTIVE_LEADS = new Set([
  // (`made repeated calls to senior decision makers`: after a verb of making, an adjective.)
  'made',
  'make',
  'makes',
  'making',
  'the',
  'a',
  'an',
  'any',
  'other',
  'its',
  'their',
  'his',
  'her',
  'our',
  // (`his Scottish National Party, whose stated goal is`.)
  'whose',
  'these',
  'those',
  'some',
  'no',
  'off',
  'of',
  'newly',
  // (`would have little added value`.)
  'little',
  'much',
  'such',
  'several',
  'many',
]);

/** `the alleged CIA flights`: a past participle after a determiner and before a word of its noun phrase. */
function attributive(s: SentenceMentions, k: number, length: number): boolean {
  const next = s.lower[k + length] ?? '';
  if (
    length !== 1 ||
    !/ed$/.test(s.lower[k] ?? '') ||
    (s.tokens[k + 1]?.word !== true && !/^\d/.test(s.words[k + 1] ?? '')) ||
    /^(?:that|by|to|with|in|on|at|for|as|what|whether|how|why|when|if)$/.test(next)
  )
    return false;
  // (`China’s recently reported interest`: past an adverb, and after a possessive before a noun in lower case.)
  let b = k - 1;
  while (b > 0 && (ADVERBS.has(s.lower[b] ?? '') || /^\p{Ll}+ly$/u.test(s.words[b] ?? ''))) b--;
  return (
    ATTRIBUTIVE_LEADS.has(s.lower[b] ?? '') ||
    // (`her junior standing and alleged lack of qualifications`: `alleged` before a noun and `of`.)
    (s.lower[k] === 'alleged' && s.tokens[k + 1]?.cap === false && s.lower[k + 2] === 'of') ||
    // (`the detentions of 12 alleged terrorists`: a number before, a noun in lower case after.)
    (/^\d{1,3}$/.test(s.words[b] ?? '') &&
      !MONTH_WORDS.has(s.lower[b - 1] ?? '') &&
      !/^(?:on|in|since|by)$/.test(s.lower[b - 1] ?? '') &&
      s.tokens[k + 1]?.cap === false) ||
    // (`He heard repeated worries`: right after a verb of hearing, a participle before a noun in lower case.)
    (HEARING_VERBS.has(s.lower[b] ?? '') && s.tokens[k + 1]?.cap === false) ||
    // (`Netanyahu's proposed 10-month settlement freeze`: right after the possessive too, before a number.)
    ((b < k - 1 || /^\d/.test(s.words[k + 1] ?? '')) &&
      /['’]s$/.test(s.words[b] ?? '') &&
      s.tokens[k + 1]?.cap === false)
  );
}

/** Words before a verb that are no noun it could describe: conjunctions, auxiliaries, adverbs of time. */
const NOT_NOUNS_BEFORE =
  /^(?:and|but|or|yet|who|also|then|not|never|has|have|had|was|were|is|are|be|been|being|longer|still|already|just|again|even|once|first|later|earlier|often|since)$/;

/** `interest expressed in`, `concerns raised about`: a past participle between a noun and a preposition. */
function describesNoun(s: SentenceMentions, k: number, length: number): boolean {
  const before = s.lower[k - 1] ?? '';
  return (
    length === 1 &&
    /ed$/.test(s.lower[k] ?? '') &&
    // (`military personnel accused of human rights violations`.)
    /^(?:in|about|over|regarding|toward|towards|of)$/.test(s.lower[k + 1] ?? '') &&
    s.tokens[k - 1]?.word === true &&
    !s.tokens[k - 1]?.cap &&
    isCommonWord(before) &&
    !/ly$/.test(before) &&
    !PRONOUN_SUBJECTS.has(before) &&
    !OTHER_SUBJECTS.has(before) &&
    !AUXILIARIES.has(before) &&
    !ADVERBS.has(before) &&
    !NOT_NOUNS_BEFORE.test(before) &&
    !s.mentions.some((m) => m.to === k)
  );
}

/** The person the last statement was made to, if any. */
function lastAddressee(
  statements: readonly Statement[],
  personById: ReadonlyMap<string, Person>,
  inferred: ReadonlySet<Statement>,
): Person | null {
  const last = statements.at(-1);
  // (A listener only a meeting gave stands for no `him`: `Saito asked ... The Ambassador assured him`.)
  const id = last && !inferred.has(last) ? last.addressee_id : null;
  return id ? (personById.get(id) ?? null) : null;
}

/**
 * Reported speech: for each cue verb, the speaker (the subject of its clause, a pronoun resolved to the
 * last speaker, `according to X`), the addressee (`told X`, `stressed to X`), and what was said.
 */
/** The verbs of speech of one sentence, and what they show of the sentence's subjects and objects. */
interface SentenceCues {
  readonly cues: CueAt[];
  /** Addressees sit right after their verb; they are objects, never subjects of a later verb. */
  readonly objects: Set<Mention>;
  /** Where a verb whose subject is a common noun ends (`the regional leadership insisted`). */
  readonly unnamedVerbEnds: Set<number>;
  /** Where a verb whose subject is a noun for people stands (`GOL officials insisted that ...`). */
  readonly unnamedCues: number[];
}

/** The verbs of a sentence that report an act of speech, in order. */
function findCues(
  s: SentenceMentions,
  ctx: StatementContext,
  quotedTokens: ReadonlySet<number>,
): SentenceCues {
  const found: SentenceCues = { cues: [], objects: new Set(), unnamedVerbEnds: new Set(), unnamedCues: [] };
  for (let k = 0; k < s.lower.length; k++) {
    // (Every word passes here: one look-up for the many words that open no verb of speech in either form.)
    if (CUE_OPENERS.has(s.lower[k] ?? '')) readCue(s, ctx, k, quotedTokens, found);
  }
  stanceCues(s, quotedTokens, found.cues);
  if (found.cues.length > 1) found.cues.sort((a, b) => a.k - b.k);
  return found;
}

/** Words that open a clause of its own, with a subject of its own. */
const CLAUSE_WORDS: ReadonlySet<string> = new Set([
  'that',
  'which',
  'who',
  'whom',
  'if',
  'when',
  'whether',
  'because',
]);

/**
 * `continues to insist`, `continued to talk` with `to` at `to`: an act going on, reported; not one to come
 * (`will continue to press`, `said he would continue to advise`).
 */
function continuedAct(lowered: readonly string[], to: number): boolean {
  return (
    lowered[to] === 'to' &&
    /^continu(?:e|es|ed)$/.test(lowered[to - 1] ?? '') &&
    !MODALS.has(lowered[to - 2] ?? '') &&
    !(ADVERBS.has(lowered[to - 2] ?? '') && MODALS.has(lowered[to - 3] ?? ''))
  );
}

/** `responded with a letter` right before the participle at k: an answer given in writing. */
function answerInWriting(lowered: readonly string[], k: number): boolean {
  return (
    SPEECH_NOUNS.has(lowered[k - 1] ?? '') &&
    ARTICLES.has(lowered[k - 2] ?? '') &&
    lowered[k - 3] === 'with' &&
    ANSWER_VERBS.has(lowered[k - 4] ?? '')
  );
}

/** Relative pronouns that stand for a verb's object before its subject (`whom he accused of`). */
const RELATIVE_OBJECTS: ReadonlySet<string> = new Set(['whom', 'which', 'that', 'who']);

/** The verb of speech that opens at word k, added to what was found if it reports an act of speech. */
function readCue(
  s: SentenceMentions,
  ctx: StatementContext,
  k: number,
  quotedTokens: ReadonlySet<number>,
  found: SentenceCues,
): void {
  const { cues, objects, unnamedVerbEnds, unnamedCues } = found;
  const words = s.words;
  const lowered = s.lower;
  const verb = cueFormAt(s, k, cues);
  if (!verb) return;
  const { cue, lemma, length, agent } = verb;
  // (`Justice Minister Mohammed Al-Issa "thanked Allah"`: a verb quoted right after its subject is still its act.)
  // (Not a possessor's, `Aondoakaa's "alleged" corruption`, nor inside words reported before it, `said he
  // "regretted"`.)
  // (`claiming that Secretary Clinton "agreed to a compromise"`: or a named subject of a reported clause.)
  const quotedVerb =
    isQuoteMark(words[k - 1] ?? '') &&
    s.mentions.some(
      (m) =>
        m.to === k - 1 &&
        m.kind === 'person' &&
        !isPossessor(s, m) &&
        !/['’]s$/.test(words[m.to - 1] ?? '') &&
        (cues.every((c) => c.k > k) || lowered[m.from - 1] === 'that'),
    );
  if (!s.tokens[k]?.word || (quotedTokens.has(k) && !quotedVerb)) return;
  // `Small Island States`: inside a sentence of mixed case a capitalised word is a name, not a verb.
  if (k > 0 && s.tokens[k]?.cap && !s.allCaps && s.tokens[k - 1]?.word) return;
  // (`HEAD OF PRISONS BRIGADIER GENERAL SAID TAHERI (REFTEL) WHO`: in capitals, `SAID` between a title with
  // no article and a name the cable gives a person is that person's given name.)
  if (s.allCaps && lemma === 'say' && length === 1) {
    const title = s.mentions.find((m) => m.to === k && m.kind === 'role' && lowered[m.from - 1] !== 'the');
    const named = s.mentions.find((m) => m.from === k + 1 && m.kind === 'person');
    if (
      title &&
      named &&
      ctx.byMention.has(named) &&
      !/^(?:that|he|she|they|it)$/.test(lowered[named.to] ?? '')
    )
      return;
  }
  let b = k - 1;
  while (b >= 0 && (ADVERBS.has(lowered[b] ?? '') || /^\p{L}+(?:-\p{L}+)*ly$/u.test(lowered[b] ?? ''))) b--;
  // (`had not to date requested them`: a phrase of time between the negation and the verb.)
  while (b >= 1 && TIME_SO_FAR.has(`${lowered[b - 1]} ${lowered[b]}`)) b -= 2;
  b = pastQuotedAdverb(words, lowered, b);
  // (`quoted X as saying`: `as` after a verb of quoting reports.)
  const quotedAs =
    lowered[b] === 'as' &&
    /ing$/.test(lowered[k] ?? '') &&
    (QUOTING_VERBS.has(lowered[b - 1] ?? '') ||
      s.mentions.some((m) => m.to === b && QUOTING_VERBS.has(lowered[quotedFrom(s, m)] ?? '')) ||
      onRecordAt(lowered, b) >= 0);
  // (`he did imply that ...`: right after its subject, `did` stresses the verb; `did he say` asks.)
  // (Also joined: `Malema could not say when, but did mention that ...`.)
  const emphatic =
    DID.test(lowered[b] ?? '') &&
    (JOINING.test(lowered[b - 1] ?? '') ||
      lowered[b - 1] === 'they' ||
      s.mentions.some(
        (m) => m.to === b && (m.kind === 'person' || m.kind === 'pronoun' || m.kind === 'role'),
      ));
  // (`Smith was told by Jones`: a passive with a verb of being and a named agent.)
  // (`As conveyed by Under Secretary Burns when he was in Ankara`: `as` before a passive with its agent.)
  const passive =
    agent !== undefined &&
    (reportedPassive(lowered, b) || (lowered[b] === 'as' && /ed$/.test(lowered[k] ?? '')));
  // (`Olmert continues to insist that`: the act going on, not a purpose; only with the words it reports
  // after it, not `continues to allow`, `continue to press for`.)
  const continued =
    continuedAct(lowered, b) && (lowered[k + length] === 'that' || isQuoteMark(words[k + length] ?? ''));
  if (
    lemma !== 'according to' &&
    !continued &&
    !quotedAs &&
    !emphatic &&
    !passive &&
    // (`he is telling at least one European Embassy that`: a verb of being between a person and an -ing
    // form is the act going on, not a passive; `Iran is also offering` is no one's.)
    // (`Saleh has been encouraging`: the perfect progressive, its subject before the auxiliary.)
    !(
      /ing$/.test(lowered[k] ?? '') &&
      // (Not `have been making statements`: speech named by a noun, going on, no occasion.)
      (BE_PRESENT_PAST.test(lowered[b] ?? '') ||
        (perfectAt(lowered, b) !== b && cue.entry.value.object !== 'speech')) &&
      (s.mentions.some(
        (m) =>
          m.to === perfectAt(lowered, b) &&
          (m.kind === 'person' || m.kind === 'pronoun' || m.kind === 'role'),
      ) ||
        // (`..., but are publicly emphasizing that`: joined to a clause before, its subject's.)
        (JOINING.test(lowered[b - 1] ?? '') && lowered[k + length] === 'that')) &&
      // (`Su Zhen-chang is promising, but`: with nothing after it, an adjective.)
      s.tokens[k + length]?.word === true &&
      !/^(?:and|but|or)$/.test(lowered[k + length] ?? '')
    ) &&
    notReported(lowered[b] ?? '')
  )
    return;
  // (`The COS met with and most certainly briefed the President`: the writer's guess, no act reported.)
  // (Right before the verb, past adverbs only: not `is probably correct in arguing`.)
  for (let j = k - 1; j >= Math.max(0, k - 3); j--) {
    if (CONJECTURE_ADVERBS.has(lowered[j] ?? '') || CONJECTURE_ADVERBS.has(`${lowered[j - 1]} ${lowered[j]}`))
      return;
    if (!ADVERBS.has(lowered[j] ?? '') && !/^\p{Ll}+ly$/u.test(lowered[j] ?? '')) break;
  }
  // (`Williams recalled, no one had raised the issue`: an act that no one did.)
  const doer = /^(?:had|has|have|ever)$/.test(lowered[b] ?? '') ? b - 1 : b;
  if (lowered[doer] === 'nobody' || (lowered[doer] === 'one' && lowered[doer - 1] === 'no')) return;
  // (`Mbeki dismissed Zuma as Deputy President`, `He was dismissed by Mbeki`: removing someone from
  // office says nothing; `dismissed the report`, `dismissed him as "an idiot"` do.)
  if (lemma === 'dismiss' && removedFromOffice(s, k + length, agent, b)) return;
  // (`whom Saleh has charged with overseeing the process`, `X, charged with bribery,`: a task given or an
  // indictment, not words; `charged Dogan with corruption`, `charged that` are.)
  if (lemma === 'charge' && lowered[k + length] === 'with') return;
  // (`Royal has raised four children with Hollande`: bringing up a family, not a point.)
  if (lemma === 'raise') {
    const next = k + length;
    const counted =
      NUMBER_WORDS.has(lowered[next] ?? '') || /^(?:\d+|her|his|their|the)$/.test(lowered[next] ?? '');
    const noun = counted ? next + 1 : next;
    if (FAMILY_NOUNS.has(lowered[noun] ?? '')) return;
  }
  // (`took detailed notes`, `President Obama's recent detailed letter`: such a form is a verb only right
  // after its subject, a name, a pronoun or a conjunction joining it to a verb before.)
  // (`Kouchner pushed for ..., persuaded the EU to`: or after a comma, a listener right after it.)
  const listenerNext =
    words[b] === ',' &&
    s.mentions.some((m) => m.from === k + 1 && m.kind !== 'pronoun' && !isPossessor(s, m));
  if (
    ADJECTIVE_LIKE_CUES.has(lowered[k] ?? '') &&
    !s.mentions.some((m) => m.to === b + 1) &&
    !/^(?:he|she|they|we|i|who|and|but|then)$/.test(lowered[b] ?? '') &&
    !listenerNext
  )
    return;
  // (`a report prepared ... by noted geologist John Ward`, `the noted Israeli author`: right after an article
  // or `by`, a past form before another word is an adjective.)
  if (
    length === 1 &&
    /ed$/.test(lowered[k] ?? '') &&
    /^(?:the|a|an|by)$/.test(lowered[k - 1] ?? '') &&
    s.tokens[k + 1]?.word === true &&
    !/^(?:that|to|by|with|in|on|at|as|for)$/.test(lowered[k + 1] ?? '')
  )
    return;
  // (`Europeans implicated in the "adoption" scandal`, `citizens accused of complicity`: a past form of a verb
  // whose object is whom the words are about, right before `in`, `of` or `for`, has no object: a passive
  // participle. Not where the object stands before it, `whom he accused of`, `which the GOP has criticized
  // for`, nor with an agent after it, `were accused in 2006 by French terrorism Judge Bruguiere`.)
  if (
    cue.entry.value.object === 'target' &&
    /ed$/.test(lowered[k] ?? '') &&
    /^(?:in|of|for)$/.test(lowered[k + length] ?? '') &&
    !lowered.slice(Math.max(0, k - 4), k).some((w) => RELATIVE_OBJECTS.has(w)) &&
    !lowered.slice(k + length, k + length + 6).includes('by')
  )
    return;
  // (`a non-paper reported in para 10 below`, `the points described below`: a participle pointing to a
  // place in the cable describes a text, no act.)
  const pointer = (w: string | undefined) => CABLE_POINTERS.get((w ?? '').replace(/\.$/, ''));
  if (
    /ed$/.test(lowered[k] ?? '') &&
    (pointer(lowered[k + length]) === 'verb' ||
      (/^(?:in|at)$/.test(lowered[k + length] ?? '') && pointer(lowered[k + length + 1]) === 'in') ||
      // (`(CNIA, reported septel)`: the pointer alone, where no noun follows it.)
      (pointer(lowered[k + length]) === 'in' && /^(?:[).,;]|)$/.test(words[k + length + 1] ?? '')))
  )
    return;
  // (`the Civilian Stabilization Corps announced in the NSS was a re-hatting`: a past participle after a
  // noun, its place after it, then the verb of being its noun is subject of: what was announced.)
  if (reducedRelative(s, k, length, ctx.byMention)) return;
  // (`Mohamed Bashir Suleman (MBS), described as the largest narcotrafficker`: set off by a comma and
  // followed by `as`, a past participle is passive, what others call him.)
  // (`Ivan Mazepa, portrayed in Pushkin's tale and Tchaikovskiy's opera as a boorish soldier`: or with the
  // place it is done in between.)
  if (words[k - 1] === ',' && NAMING_CUES.has(lowered[k] ?? '') && length === 1 && namedAs(lowered, k + 1))
    return;
  // (`as long as talks were not perceived or portrayed as`: a participle offered as another for one after a
  // verb of being is passive too; not with `and`, which may join an active verb to a clause's passive end.)
  if (
    /ed$/.test(lowered[k] ?? '') &&
    lowered[k - 1] === 'or' &&
    /ed$/.test(lowered[k - 2] ?? '') &&
    /^(?:was|were|is|are|be|been|being)$/.test(
      (NEGATION.test(lowered[k - 3] ?? '') ? lowered[k - 4] : lowered[k - 3]) ?? '',
    )
  )
    return;
  // (`even "more insulting" than those reported`: right after a demonstrative standing for a noun, a past
  // participle is passive.)
  if (/ed$/.test(lowered[k] ?? '') && /^(?:those|these)$/.test(lowered[k - 1] ?? '')) return;
  // (`Moratinos, reported to be the leading candidate`: set off by a comma, a participle before `to be` or
  // `to have` is passive, what others say of the name.)
  if (
    words[k - 1] === ',' &&
    HEARSAY_PARTICIPLES.has(lowered[k] ?? '') &&
    lowered[k + length] === 'to' &&
    /^(?:be|have)$/.test(lowered[k + length + 1] ?? '')
  )
    return;
  // (`he often briefed`, `as he usually says`: a habit, no act reported.)
  if (lowered.slice(Math.max(0, b), k).some((w) => HABITUAL_ADVERBS.has(w))) return;
  // (`told Netanyahu that no one in the CODEL disagreed with his analysis`: no one spoke.)
  if (noOneSubject(lowered, k)) return;
  // (`Gul had rebutted it consistently`: or right after the verb and a pronoun.)
  if (habitAfterVerb(lowered, k + length - 1)) return;
  // (`he asks the same question of his MISS chief at least twice a week`: a frequency later in the clause.)
  if (/[^s]s$/.test(lowered[k] ?? '') && frequencyInClause(s.words, lowered, k + length)) return;
  // (`he has regularly antagonized other businesses, telling them that ..., remarking that`: participles
  // set off after a verb of habit go on with the habit; `she often quotes Mitterrand in saying` too.)
  if (
    lemma !== 'according to' &&
    /ing$/.test(lowered[k] ?? '') &&
    (words[k - 1] === ',' || lowered[k - 1] === 'and' || lowered[k - 1] === 'in') &&
    afterHabit(lowered, k)
  )
    return;
  // (`When asked what advice he offered to the United States, Netanyahu reported`: a verb inside the
  // question put to someone is what was asked about, not an act the cable reports.)
  if (insideQuestionPut(words, lowered, k)) return;
  // (`He said he agreed with the Europeans' urging the U.S. to postpone`: a gerund after a possessive is the
  // owner's act, named as a thing.)
  if (
    /ing$/.test(lowered[k] ?? '') &&
    (/^\p{L}+(?:s['’]|['’]s)$/u.test(words[k - 1] ?? '') ||
      (/^['’]$/.test(words[k - 1] ?? '') && /s$/.test(lowered[k - 2] ?? '')))
  )
    return;
  // `was silent when asked about`: a verb right after the conjunction is passive (`once told` is formerly).
  if (/^(?:when|whenever)$/.test(lowered[b] ?? '') && !/ing$/.test(lowered[k] ?? '')) return;
  // (`to meet Administrator Shah once confirmed.`: with nothing after it, `once` makes it a passive too.)
  if (lowered[b] === 'once' && /ed$/.test(lowered[k] ?? '') && /^(?:[.,;)]|)$/.test(words[k + length] ?? ''))
    return;
  // (`Chavez did not suggest he'd spoken personally to Castro`: inside the words of a verb of speech that
  // is negated, nothing is reported to have happened.)
  if (insideNegatedSpeech(s, k)) return;
  // (`the cabinet secretary will instruct the Embassy ... and only note that Berlusconi and Putin had
  // agreed`: nor inside the words of speech to come.)
  if (insideSupposedSpeech(s, k)) return;
  // (`Seehofer denied reports that ... zu Guttenberg had demanded the high-level position`: nor inside what a
  // denial denies.)
  if (insideDenial(s, k)) return;
  // `had not yet agreed`, `has not yet indicated`: negated, with `yet` between.
  // (`no German state had yet agreed`: or a subject that `no` opens.)
  if (
    lowered[b] === 'yet' &&
    (NEGATION.test(lowered[b - 1] ?? '') || lowered.slice(Math.max(0, b - 5), b).includes('no'))
  )
    return;
  // (`have not publicly acknowledged the deterioration ... or announced any new plans`: a verb joined by `or`
  // to a negated one is negated too.)
  if (lowered[b] === 'or' && negatedVerbBefore(s, b)) return;
  // (`prohibited from giving away property or offering compensation`, `without saying`: a gerund after
  // these prepositions, or joined to one that is, names an act, not one that happened.)
  if (/ing$/.test(lowered[k] ?? '') && gerundOfPreposition(s, b)) return;
  // (`recommended keeping the tone matter-of-fact and raising issues`: a gerund joined to the one a verb of
  // speech takes for object is more of what was recommended.)
  if (/ing$/.test(lowered[k] ?? '') && lowered[k - 1] === 'and' && objectGerundBefore(s, k - 1)) return;
  // (`Israel would put Syria in a bind by suddenly expressing openness`: the means of an act supposed.)
  if (lowered[b] === 'by' && /ing$/.test(lowered[k] ?? '') && supposedAct(lowered, b)) return;
  // (`challenged Qomi to prove ... by making a public statement`: the means of an act asked for.)
  if (lowered[b] === 'by' && /ing$/.test(lowered[k] ?? '') && meansOfAskedAct(s, b)) return;
  // `has not been well briefed`, `was reportedly told`: passive or negated further back.
  if (
    lemma !== 'according to' &&
    (/^(?:been|being)$/.test(lowered[b - 1] ?? '') || NEGATION.test(lowered[b - 1] ?? '')) &&
    /^(?:well|fully|already|also)$/.test(lowered[b] ?? '')
  )
    return;
  // (`when the E.O. was first announced`: a passive past an adverb of time or manner.)
  if (
    lemma !== 'according to' &&
    /ed$/.test(lowered[k] ?? '') &&
    /^(?:was|were|is|are|been|being)$/.test(lowered[b - 1] ?? '') &&
    PASSIVE_ADVERBS.has(lowered[b] ?? '')
  )
    return;
  // (`appeared to be already fully briefed`: a passive infinitive past adverbs.)
  {
    let v = k - 1;
    while (v > 0 && /^(?:well|fully|already|also|not|never|properly|adequately)$/.test(lowered[v] ?? '')) v--;
    if (v < k - 1 && lowered[v] === 'be' && /ed$/.test(lowered[k] ?? '')) return;
  }
  // (`Nor has de Maiziere indicated that ...`, `has not flouted ..., nor indicated`: negated.)
  if (
    lowered[b] === 'nor' ||
    (lowered[0] === 'nor' &&
      /^(?:has|have|had|did|does|do|was|were|is|are|would|could|will)$/.test(lowered[1] ?? '') &&
      k <= 7 &&
      !lowered.slice(1, k).some((w) => w === ',' || w === 'that'))
  )
    return;
  const form = lowered[k] ?? '';
  // (`and was careful to stress`: a lead-in's `was` is no present tense.)
  const present = /[^s]s$/.test(form) && form !== 'was';
  if (!/ing$/.test(form) && PREPOSITIONS_BEFORE.has(lowered[b] ?? '')) return;
  // (`implementing previously announced U.S. requirements`: after a verb in -ing and an adverb, an adjective.)
  if (/ed$/.test(form) && ADVERBS.has(lowered[k - 1] ?? '') && /^\p{Ll}+ing$/u.test(words[k - 2] ?? ''))
    return;
  // (`Explaining such decisions to the public was always tricky, she added`: a gerund that opens the
  // sentence and is the subject of its verb reports nothing.)
  if (/ing$/.test(form) && lemma !== 'according to' && gerundSubject(s, k)) return;
  // (`Mukhtar Ablyazov, accused of embezzling over $1 billion`: set off after a name, a passive.)
  if (lemma === 'accuse' && lowered[k + length] === 'of' && words[k - 1] === ',') return;
  // (`Iran's disputed June 12 election`, `its proposed plan`: after a possessive, a verb form in -ed is an
  // adjective; a subject is never in the possessive, and `he's said` has no possessive.)
  if (/ed$/.test(lowered[k] ?? '') && possessiveBefore(lowered[k - 1] ?? '')) return;
  // (`there was no value added, but`: after a quantity of a thing, a verb form in -ed describes it.)
  if (
    /ed$/.test(lowered[k] ?? '') &&
    QUANTITY_WORDS.has(lowered[k - 2] ?? '') &&
    s.tokens[k - 1]?.word === true &&
    !s.tokens[k - 1]?.cap &&
    !isPersonNoun(lowered[k - 1] ?? '') &&
    // (Not `some have pushed back`: `some` of the people before.)
    !COPULAS.has(lowered[k - 1] ?? '') &&
    !/^(?:have|has|had)$/.test(lowered[k - 1] ?? '')
  )
    return;
  // (`the five EU states that do not recognize Kosovo`: after a number and a body's name, a form in -s is
  // a plural noun.)
  if (present && countedBody(s, k)) return;
  // (`offer Musharraf pledges of strong support`: a form in -s before `of` is a plural noun.)
  if (OF_NOUN_CUES.has(form) && lowered[k + length] === 'of') return;
  // (`Doubtless he recalled the violent strikes`, `he presumably told them`: the drafter's guess.)
  if (supposed(s, k)) return;
  // (`dismissed all CSU cabinet members over 60`, `dismissed the minister`: removed people from office.)
  if (lemma === 'dismiss' && dismissesPeople(s, k + length)) return;
  // (`Li Keqiang, identified as a potential leader`, `was identified as a spy`: with `as` right after it and
  // no object between, the verb names what someone is, no act of speech; `identified Africa as` is one.)
  if (lemma === 'identify' && lowered[k + length] === 'as') return;
  // (`aid already agreed upon should continue`: with nothing after its preposition, what was agreed.)
  if (
    lemma === 'agree' &&
    /^(?:upon|on)$/.test(lowered[k + length] ?? '') &&
    (MODAL_VERBS.has(lowered[k + length + 1] ?? '') ||
      /^(?:is|was|are|were|has|have|had|[.,;)]|)$/.test(lowered[k + length + 1] ?? ''))
  )
    return;
  // (`a concept he referred to as "connected security"`: naming a thing, as `called` after `which` is.)
  if (lemma === 'refer' && lowered[k + length] === 'as') return;
  // (`Benmoussa welcomed Townsend, the Ambassador, NSC staff, and emboffs to his office`: welcoming
  // people is hospitality; `welcomed Townsend's visit` is a view stated.)
  if (lemma === 'welcome' && welcomesPeople(s, k + length)) return;
  // (`worked well together, and shared the same principles`: holding something in common says nothing.)
  if (
    lemma === 'share' &&
    (/^(?:the same|a common|common|similar|mutual)/.test(
      lowered.slice(k + length, k + length + 2).join(' '),
    ) ||
      // (`cooperation on climate change and shared cultural values`: what is held in common, described.)
      HELD_IN_COMMON.has(lowered[k + length] ?? '') ||
      // (Not `shared his vision on reconciliation`: one's own, told.)
      (HELD_IN_COMMON.has(lowered[k + length + 1] ?? '') &&
        !POSSESSIVE_PRONOUNS.has(lowered[k + length] ?? '')))
  )
    return;
  // `delivered the demarche`, `made the case`: a verb of handing over reports speech by its object.
  let speechNoun = -1;
  if (cue.entry.value.object === 'speech') {
    // (`would cooperate with the Mubahith in providing evidence`: a gerund a preposition governs names an act
    // to come, not one done.)
    if (/ing$/.test(form) && /^(?:in|on|for|of|about|toward|towards)$/.test(lowered[k - 1] ?? '')) return;
    const noun = spokenNounAfter(s, k, lemma, length);
    if (noun === null) return;
    // (`made little reference to the upcoming battles`: all but none made.)
    if (lowered.slice(k + length, noun).some((w) => w === 'little' || w === 'no')) return;
    // (`issued a statement saying that`: one act, reported by the participle after the noun; not
    // `issued a statement calling for`, a participle that reports nothing of its own there.)
    // (`made similar statements suggesting`: right after the noun, a participle describes it, and the
    // verb reports the act; past a comma, or after `issued`, the participle goes on as its own.)
    // (`provided an update in the Rose Kabuye case, calling`: past the matter the words were on.)
    let end = noun;
    if (/^(?:in|on|about|of|regarding|concerning)$/.test(lowered[noun + 1] ?? '')) {
      const comma = words.indexOf(',', noun + 2);
      if (comma > 0 && comma - noun <= 8 && !words.slice(noun + 1, comma).some((w) => /^[;:.]$/.test(w)))
        end = comma - 1;
    }
    const setOff = words[end + 1] === ',';
    const at = setOff ? end + 2 : end + 1;
    const next = /ing$/.test(lowered[at] ?? '') ? CUES.match(words, at, lowered) : null;
    if (
      next &&
      next.entry.value.object !== 'speech' &&
      next.entry.value.weak !== 'yes' &&
      (setOff || ISSUING_FORMS.has(lowered[k] ?? ''))
    )
      return;
    speechNoun = noun;
  }
  // `the GOB's announced plan`, `the EU's proposed study`: between a possessive and its noun, an adjective.
  const noun = nounAfter(s, k + length);
  if (
    /ed$/.test(form) &&
    (/['’]s$/.test(words[k - 1] ?? '') ||
      POSSESSIVE_PRONOUNS.has(lowered[k - 1] ?? '') ||
      // (`contrasted these alleged remarks`, `two claimed "emissaries"`: after a determiner too.)
      /^(?:the|a|an|these|those|this|such|any|some|no|two|three|four|several|many)$/.test(
        lowered[k - 1] ?? '',
      )) &&
    s.tokens[noun]?.word === true &&
    !s.tokens[noun]?.cap &&
    !OBJECT_LEADS.has(lowered[noun] ?? '')
  )
    return;
  // `member states`, `press reports`: a present-tense form is a verb only right after its subject.
  if (
    present &&
    form !== 'says' &&
    // (`Zapatero, in contrast, pledges`: or past an aside set off by commas.)
    !s.mentions.some(
      (m) => (m.to === b + 1 || m.to === pastAside(words, lowered, b) + 1) && m.kind !== 'country',
    ) &&
    // (`Havez al-Bukari, President of Yemen Polling Center, agrees`: or past an office in apposition.)
    !personBeforeOffice(s, b) &&
    // (`xxxxxxxxxxxx argues that`: a withheld name is a subject too.)
    !isRedaction(words[b] ?? '') &&
    // (`he recalls the 1921 famine and rejects the notion`: or joined by `and` to a verb of the same tense.)
    !(lowered[b] === 'and' && cues.some((c) => c.k < b && /[^s]s$/.test(lowered[c.k] ?? '')))
  ) {
    // (`the article notes that`: before `that`, after a noun its article opens, a verb whose subject is no
    // one named, which takes a participle opening the sentence with it.)
    if (lowered[k + length] === 'that' && articleBefore(s, b) >= 0) unnamedVerbEnds.add(k + length);
    return;
  }
  // (`contrary to GOT claims`, `of EU states`: a body after a preposition names whose, not who.)
  if (
    present &&
    s.mentions.some(
      (m) =>
        m.to === b + 1 &&
        m.kind === 'organization' &&
        /^(?:to|of|for|with|from|against|about|on|by|under)$/.test(lowered[m.from - 1] ?? ''),
    )
  )
    return;
  // `reforms proposed over the decades`, `the latitude offered judges`, `Embassy officials said`: right
  // after a common noun in the plural or after an article, that noun is the subject, and no name is.
  // (`GOL officials, when pressed, conceded`: past an aside set off by commas.)
  const nb = pastAside(words, lowered, b);
  const before = s.tokens[nb];
  // (`their defense of him claims he has served the people well`: a pronoun that a preposition governs is no
  // subject; the noun before it is, and no name.)
  if (
    !agent &&
    /^(?:him|her|them|us|me)$/.test(lowered[nb] ?? '') &&
    /^(?:of|for|about|against)$/.test(lowered[nb - 1] ?? '')
  ) {
    unnamedVerbEnds.add(k + length);
    return;
  }
  if (
    // (`forward leaning ones expressed by Deputy Minister Barth-Eide`: a passive's named agent speaks.)
    !agent &&
    !/ing$/.test(form) &&
    before?.word &&
    !before.cap &&
    !PRONOUN_SUBJECTS.has(lowered[nb] ?? '') &&
    !s.mentions.some((m) => m.to === nb + 1) &&
    (/[^s']s$/.test(lowered[nb] ?? '') ||
      // (`Calderon later in the meeting raised`: a noun after a preposition is no subject.)
      articleBefore(s, nb) >= 0 ||
      // (`to say that this visit revealed to many`: a thing pointed to; not `this year told`, a time.)
      (/^(?:this|these)$/.test(lowered[nb - 1] ?? '') &&
        !/^(?:and|or|but|then)$/.test(lowered[nb] ?? '') &&
        !TIME_NOUNS.has(lowered[nb] ?? '') &&
        !RELATIVE_DATE_WORDS.has(lowered[nb] ?? '')) ||
      personNounPhraseBefore(s, nb)) &&
    !joinedToName(s, nb, ctx.byMention) &&
    (nb === b || isPersonNoun((lowered[nb] ?? '').replace(/s$/, ''))) &&
    !phraseAfterName(s, nb, ctx.byMention)
  ) {
    // (`the regional leadership insisted, arguing ...`: the participle after is theirs too.)
    unnamedVerbEnds.add(k + length);
    if (isPersonNoun((lowered[nb] ?? '').replace(/s$/, ''))) unnamedCues.push(k);
    return;
  }
  // (`ACCELERATION OF F-4E DELIVERY RAISED ...`, `SIXTEEN AIRCRAFT REQUESTED COULD`: in capitals, an
  // ordinary word right before the verb is a noun, the subject or the thing described, and no name.)
  if (
    s.allCaps &&
    !agent &&
    nb === b &&
    before?.word &&
    !/ing$/.test(form) &&
    isCommonWord(lowered[b] ?? '') &&
    !PRONOUN_SUBJECTS.has(lowered[b] ?? '') &&
    !/^(?:and|but|or|then|also|who|that|which|do|does|did)$/.test(lowered[b] ?? '') &&
    !s.mentions.some((m) => m.to === b + 1) &&
    !inNamedOfficeOf(s, b)
  )
    return;
  // `2) recalling the CG statement`: a point of the statement before, not a statement of its own.
  if (/ing$/.test(form) && words[k - 1] === ')' && /^\d{1,2}$/.test(words[k - 2] ?? '')) return;
  // (`provided the Ambassador with his view`, `presented Mottaki with a non-paper`: the one handed the
  // words stands between the verb and `with`.)
  const handedTo =
    speechNoun >= 0 &&
    (lemma === 'provide' || lemma === 'present') &&
    lowered.slice(k + length, speechNoun).includes('with') &&
    mentionAt(s, k + length) !== null;
  const takesObject = cue.entry.value.object === 'yes' || handedTo;
  cues.push({
    k,
    length,
    lemma,
    takesObject: takesObject && !agent,
    speechNoun,
    weak: cue.entry.value.weak === 'yes',
    about: cue.entry.value.object === 'target',
    promise: cue.entry.value.object === 'infinitive',
    agent,
    // (`Smith was told by Jones`: the subject of a passive of a verb whose object is its listener.)
    passiveListener: passive && takesObject ? passiveSubject(s, b, ['person', 'pronoun']) : undefined,
  });
  const after = k + length;
  // (`praised the GOP`: the object of a verb about someone is no subject either, but no listener.)
  const direct =
    takesObject || cue.entry.value.object === 'target'
      ? (mentionAt(s, after) ?? describedListener(s, after, ctx))
      : null;
  const viaTo =
    lowered[after] === 'to' && cue.entry.value.object !== 'infinitive' ? mentionAt(s, after + 1) : null;
  if (direct) objects.add(direct);
  if (viaTo) objects.add(viaTo);
}

/** The word at `at`, or past an opening quotation mark before it (`two claimed "emissaries"`). */
function nounAfter(s: SentenceMentions, at: number): number {
  return isQuoteMark(s.words[at] ?? '') && /^\p{Ll}/u.test(s.words[at + 1] ?? '') ? at + 1 : at;
}

/**
 * `the Corps announced in the NSS was ...`, `the "equilibrium" revealed at Copenhagen was`: whether the past
 * participle at k, after a noun and no one's name, followed by a phrase of place (`in`, `at`, `during`), is
 * followed in the same clause by a verb of being; not `The first item Nykonenko raised during the meeting
 * was`, whose speaker stands before it, nor `described in detail how Eker was`.
 */
function reducedRelative(
  s: SentenceMentions,
  k: number,
  length: number,
  byMention: ReadonlyMap<Mention, Person>,
): boolean {
  const { lower, words } = s;
  if (!/ed$/.test(lower[k] ?? '') || !/^(?:in|at|during)$/.test(lower[k + length] ?? '')) return false;
  const speaker = (m: Mention) =>
    (m.kind === 'person' && byMention.has(m)) || m.kind === 'pronoun' || m.kind === 'role';
  if (s.mentions.some((m) => m.to === k && speaker(m))) return false;
  for (let j = k + length + 2; j < lower.length && j - k <= 8; j++) {
    const w = lower[j] ?? '';
    if (/^(?:that|how|what|why|whether|if|when|where|who)$/.test(w) || /^[,;:.()"“”]$/.test(words[j] ?? ''))
      return false;
    if (/^(?:was|is|were|are)$/.test(w)) return true;
  }
  return false;
}

/** A verb of speech at word k, its particle and the agent of a passive: its form alone shows it reports. */
interface CueForm {
  readonly cue: NonNullable<ReturnType<typeof CUES.match>>;
  readonly lemma: string;
  readonly length: number;
  readonly agent: Mention | undefined;
}

/** The verb of speech at word k, unless its form or the words around it show it reports no act. */
function cueFormAt(s: SentenceMentions, k: number, cues: readonly CueAt[]): CueForm | null {
  const words = s.words;
  const lowered = s.lower;
  // (`she did remark`: after an emphatic `did`, the base form too.)
  const word = lowered[k] ?? '';
  const known = CUES.startsWith(word);
  // (`Jones and Smith assert that`: or after a pair of named persons, a verb in the present plural.)
  // (`Both Sikorski and Tusk acknowledge ...; but they argue that`: or after `they`, whom the rules resolve.)
  const afterDid =
    !known &&
    BASE_CUES.startsWith(word) &&
    (DID.test(lowered[k - 1] ?? '') ||
      // (`Jobim did, however, express reservations`: past a connective set off by commas.)
      didBeforeAside(words, lowered, k - 1) >= 0 ||
      // (Not `Daudzai, Wardak, and Khoram provide misleading advice`: a verb that reports only with a noun
      // of speech after it, in the present, tells a habit.)
      (namedPairBefore(s, k) && BASE_CUES.match(words, k, lowered)?.entry.value.object !== 'speech') ||
      lowered[k - 1] === 'they' ||
      // (`Olmert continues to insist that`, `they continue to insist`: the act going on.)
      continuedAct(lowered, k - 1));
  if (!known && !afterDid) return null;
  const cue = CUES.match(words, k, lowered) ?? (afterDid ? BASE_CUES.match(words, k, lowered) : null);
  // (`Sanchez noted noted that`: a verb written twice by slip is one act; `He said repeated discussion`:
  // right after a verb of speech, a participle describes what was said.)
  if (!cue || lowered[k - 1] === word) return null;
  const previous = cues.at(-1);
  if (previous && previous.k + previous.length === k && /ed$/.test(word)) return null;
  const lemma = cue.entry.value.lemma ?? '';
  const length = cue.length;
  // (`Karzai related to Miliband that`: a listener named after `to`, then the words.)
  const toListener =
    lemma === 'relate' &&
    lowered[k + length] === 'to' &&
    s.mentions.some(
      (m) =>
        m.from === k + length + 1 && (m.kind === 'person' || m.kind === 'role') && lowered[m.to] === 'that',
    );
  if (nounLikeCue(lowered, s.tokens, k, length) || (!toListener && notSpeechBefore(lowered, k, length)))
    return null;
  // (`One of them, Said al-Maghrebi, had recruited`: a given name that is also a verb opens the name.)
  if (s.tokens[k]?.cap && s.mentions.some((m) => m.kind === 'person' && m.nameFrom === k && m.nameTo > k + 1))
    return null;
  // (`any other proposed alternatives`, `hold off alleged Predator attacks`: a participle before its noun.)
  if (attributive(s, k, length)) return null;
  // (`we are not aware that he ever actually stated so`: `ever` asks whether; it reports no act.)
  if (lowered[k - 1] === 'ever' || (lowered[k - 2] === 'ever' && s.tokens[k - 1]?.word)) return null;
  // (`little official interest expressed in Lugovoy clearing his name`: a participle after a noun and
  // before a preposition describes the noun; no one is said to speak.)
  if (describesNoun(s, k, length)) return null;
  const particle = NEEDS_PARTICLE[lemma];
  // (`added North Korean human rights to the summit agenda`: something put into a document or list, no words.)
  if (lemma === 'add' && addedTo(s, k + length)) return null;
  // (`Zuma was 19 years old and committed to fighting apartheid`: joined to a verb of being, an adjective of
  // devotion; `Morales also committed to improving` promises.)
  // (`the reputation of being humble, charismatic, loyal, hard-working, and committed to improving`: or to
  // `being` before a list of adjectives.)
  // (`appoint a Minister equally committed to human rights`: after an adverb, an adjective of devotion
  // describing the noun before it, where no one named or a pronoun stands as its subject.)
  if (
    lemma === 'commit' &&
    (/^\p{Ll}+ly$/u.test(words[k - 1] ?? '') || DEGREE_ADVERBS.has(lowered[k - 1] ?? ''))
  ) {
    const before = s.mentions.find((m) => m.to === k - 1);
    const subject =
      before !== undefined &&
      (before.kind === 'person' || before.kind === 'pronoun' || (before.kind === 'role' && before.definite));
    if (!subject && !AUXILIARIES.has(lowered[k - 2] ?? '') && s.tokens[k - 2]?.word) return null;
  }
  if (lemma === 'commit' && lowered[k - 1] === 'and') {
    for (let j = k - 2; j >= Math.max(0, k - 12); j--) {
      if (/^[;:.]$/.test(words[j] ?? '') || CUES.match(words, j, lowered) !== null) break;
      if (/^(?:was|were|is|are|been|be|being)$/.test(lowered[j] ?? '')) return null;
    }
  }
  // (`calling this "pure terror"`: naming something in words of one's own is speech.)
  // (Not `what Prince Khalid called, a "tip"` or `a concept which he called "..."`: naming, not saying.)
  const naming =
    lemma === 'call' && !lowered.slice(Math.max(0, k - 5), k).some((w) => w === 'what' || w === 'which');
  const namesInQuotes =
    naming &&
    // (`Mynbayev immediately called and asked, "..."`: a telephone call, then the words.)
    !/^(?:and|to|back|again)$/.test(lowered[k + length] ?? '') &&
    // (`called President Obama's engagement on Haiti "necessary"`: past the object named, up to a comma.)
    (quoteOpensWithin(
      words,
      k + length,
      14,
      s.mentions.some(
        (m) =>
          m.from === k + length &&
          (m.kind === 'person' || m.kind === 'role' || /^(?:him|them|me|us)$/.test(lowered[m.from] ?? '')),
      ),
    ) ||
      // (`called the Copenhagen Conference a disaster`: a judgement in words of one's own; not `called
      // him an hour later`.)
      calledSomethingA(s, k + length));
  // (`spoke almost exclusively of the future`: adverbs may stand before the particle.)
  let particleAt = k + length;
  while (
    particle &&
    (ADVERBS.has(lowered[particleAt] ?? '') || /^\p{L}+ly$/u.test(lowered[particleAt] ?? ''))
  )
    particleAt++;
  // (`Begg spoke articulately, demonstrating`, `Sanz spoke extemporaneously following the Ambassador's
  // remarks`: a manner of speaking says words were spoken, where no `with` makes it a meeting: not `spoke
  // privately for another 45 minutes with Boucher`.)
  const spokeInManner =
    lemma === 'speak' &&
    lowered
      .slice(k + length, particleAt)
      .some((w) => /^\p{L}{3,}ly$/u.test(w) && !HABITUAL_ADVERBS.has(w) && !NOT_MANNER_ADVERBS.has(w)) &&
    !withinClause(lowered, particleAt, 8, 'with');
  if (
    particle &&
    !particle.test(words[particleAt] ?? '') &&
    !namesInQuotes &&
    !spokeInManner &&
    !toListener &&
    !invertedTag(s, k, length)
  )
    return null;
  // (`called on Chinese Ambassador Hui over the weekend`, `called on FM Moratinos on December 22 to review`:
  // a visit, where no `to` and an act follow, or a time comes first; `called on the VP to support` urges.)
  if (lemma === 'call' && /^(?:on|upon)$/.test(lowered[particleAt] ?? '') && paidAVisit(s, particleAt + 1))
    return null;
  // `called on Minister Borloo on February 11` is a visit; `called on the audience to help` urges.
  if (
    lemma === 'call' &&
    /^(?:on|upon)$/i.test(words[k + length] ?? '') &&
    // (`called on Edmund Stoiber, Bavarian Minister President from 1993 to 2007`: a `to` before a number
    // is no verb's.)
    !lowered
      .slice(k + length + 1, k + length + 25)
      .some((w, i) => w === 'to' && !/^\d/.test(lowered[k + length + 2 + i] ?? '0'))
  )
    return null;
  // (`Judge Moreno denied a motion by the plaintiffs`, `denied him a visa`: a ruling or a refusal.)
  if (lemma === 'deny' && lowered.slice(k + length, k + length + 4).some((w) => RULING_OBJECTS.has(w)))
    return null;
  // `Qatar's exclusion added to his frustration`, `adds to the tension`: a thing made bigger; `added to
  // Poloff that ...` speaks to a listener.
  if (lemma === 'add' && lowered[k + length] === 'to' && !listenerAt(s, k + length + 1)) return null;
  if (
    lemma === 'put it' &&
    lowered[k + length] === 'to' &&
    !listenerAt(s, listenerStart(lowered, k + length))
  )
    return null;
  // (`seemed to appeal to Mandela`: attracts; `appealed to the Court to rule` asks for an act.)
  if (
    lemma === 'appeal' &&
    lowered[k + length] === 'to' &&
    !lowered.slice(k + length + 2, k + length + 10).includes('to')
  )
    return null;
  // (`is committed to the process`, `committed to a ...`, `undertook to the Serb population`: a state, or a
  // thing pledged to, not a promise made: a verb of promising is one with a verb after its `to`.)
  if (
    cue.entry.value.object === 'infinitive' &&
    (COPULAS.has(lowered[k - 1] ?? '') ||
      /^(?:still|fully|firmly|deeply|strongly|very|remain|remains|be)$/.test(lowered[k - 1] ?? '') ||
      !/^\p{Ll}+$/u.test(words[k + length + 1] ?? '') ||
      /^(?:the|a|an|this|these|those|that|such|any|all|both|each|every|no)$/.test(
        lowered[k + length + 1] ?? '',
      ) ||
      POSSESSIVE_PRONOUNS.has(lowered[k + length + 1] ?? ''))
  )
    return null;
  // (`FM Riekstins, asked about the future of relations, remarked`: set off after its subject, a passive.)
  if (
    lemma === 'ask' &&
    /ed$/.test(word) &&
    words[k - 1] === ',' &&
    /^(?:about|whether|if|on|for|what|how|why|by|to)$/.test(lowered[k + length] ?? '') &&
    s.mentions.some((m) => m.to === k - 1 && m.kind !== 'country' && m.kind !== 'organization') &&
    // (The subject's own verb follows the aside: not `Martin Julliard, asked about the payments`.)
    words.some(
      (w, j) =>
        j > k &&
        w === ',' &&
        CUES.match(words, j + 1, lowered) !== null &&
        !s.mentions.some((m) => m.from > k && m.to <= j && m.kind !== 'country' && m.kind !== 'organization'),
    )
  )
    return null;
  // (`an exceptional talent, very assured and efficient`: after a word of degree, an adjective.)
  // (`more detailed security arrangements`; not `once more pressed Karzai`.)
  if (
    /ed$/.test(word) &&
    /^(?:very|too|quite|rather|fairly|most|more|less)$/.test(lowered[k - 1] ?? '') &&
    lowered[k - 2] !== 'once'
  )
    return null;
  // (`Summing up, Tadic said, "..."`: an opening that leads to the verb of the words.)
  if (lemma === 'sum up' && /ing$/.test(word) && words[k + length] === ',') return null;
  // `the process called for by the orders`: a verb with `by` after it is passive.
  // (`responded by saying` is no passive.)
  const byAt = byOfPassive(s, k + length + (particle ? 1 : 0));
  let agent: Mention | undefined;
  if (byAt >= 0 && !/ing$/.test(lowered[k] ?? '') && !/ing$/.test(lowered[byAt + 1] ?? '')) {
    // (`This conclusion is similar to that expressed by opposition Mayor of Caracas Antonio Ledezma`,
    // `were accused in 2006 by French Judge Bruguiere`: a passive with a named person after `by` is that
    // person's words.)
    // (Not an opening `Asked by NSA Jones ..., Zardari said`: the main clause's subject answers.)
    // (Nor `the widespread impression, shared by Chirac`: a view held is no words.)
    // (Nor `the Pissarro painting claimed by Cassirer`: a thing claimed right after its noun is owned.)
    const owned = lemma === 'claim' && /^\p{Ll}+$/u.test(words[k - 1] ?? '') && byAt === k + length;
    agent =
      k === 0 || lemma === 'share' || owned || /^(?:[;:]|--?)$/.test(words[k - 1] ?? '')
        ? undefined
        : passiveAgent(s, byAt);
    if (!agent) return null;
  }
  // (`Zelaya had broken the law (alleged but not proven)`: a participle opening an aside qualifies a claim;
  // not `underclass (estimated at 4.7 million by Social Affairs Minister Borloo)`, whose agent said it.)
  if (words[k - 1] === '(' && /ed$/.test(word) && !agent) return null;
  return { cue, lemma, length, agent };
}

/**
 * The noun of the words a verb of handing over reports (`delivered the demarche`, `gave his view`): its
 * index, or null where no such noun follows.
 */
function spokenNounAfter(s: SentenceMentions, k: number, lemma: string, length: number): number | null {
  const words = s.words;
  const lowered = s.lower;
  let n = k + length;
  // (`Responding to Ambassador Hill's question`: the one who asked stands before the noun.)
  if (lowered[n] === 'to') n++;
  // (`provided the Ambassador with his view`: the listener, then `with` and the words.)
  while (
    n < words.length &&
    n - k <= 6 &&
    (NOUN_LEADS.has(lowered[n] ?? '') ||
      s.tokens[n]?.cap ||
      // (`gave us his readout`: a listener as a pronoun right after the verb.)
      (n === k + length && /^(?:us|him|her|them|me)$/.test(lowered[n] ?? '')) ||
      /['’]s$/.test(words[n] ?? '') ||
      // (`provided PolCouns March 16 with an overview`: a date may stand before `with`.)
      (lemma === 'provide' && /^\d{1,2}$/.test(words[n] ?? '') && s.tokens[n - 1]?.cap) ||
      // (`presented Mottaki with a non-paper`: so `present` too.)
      (lowered[n] === 'with' &&
        (lemma === 'provide' || lemma === 'present') &&
        (s.tokens[n - 1]?.cap || /^\d/.test(words[n - 1] ?? ''))))
  )
    n++;
  // (`made unhelpful, preemptive statements`: two adjectives joined by a comma or `and` before the noun.)
  if (
    n === k + length &&
    /^\p{Ll}+$/u.test(words[n] ?? '') &&
    (words[n + 1] === ',' || lowered[n + 1] === 'and') &&
    /^\p{Ll}+$/u.test(words[n + 2] ?? '') &&
    SPEECH_NOUNS.has(lowered[n + 3] ?? '')
  )
    n += 3;
  // (`made a number of observations`: past a noun of number and its `of`.)
  if (
    PARTITIVE_NOUNS.has(lowered[n] ?? '') &&
    lowered[n + 1] === 'of' &&
    NOUN_LEADS.has(lowered[n - 1] ?? '')
  )
    n += 2;
  // (`made another (and somewhat jumbled) reference`: an aside in brackets after the determiner.)
  if (words[n] === '(' && NOUN_LEADS.has(lowered[n - 1] ?? '')) {
    const close = words.indexOf(')', n);
    if (close > n && close - n <= 6) n = close + 1;
  }
  // (`provided a somewhat unpersuasive explanation`: an adverb of degree before the adjective.)
  if (
    NOUN_LEADS.has(lowered[n - 1] ?? '') &&
    (DEGREE_ADVERBS.has(lowered[n] ?? '') || /^\p{Ll}{3,}ly$/u.test(words[n] ?? '')) &&
    SPEECH_NOUNS.has(lowered[n + 2] ?? '')
  )
    n += 2;
  // (`gave a spirited reply`: one adjective after the determiner.)
  // (Not after `to`: `the rejoinder Iran had provided to the initial presentation`.)
  // (Or right after the verb: `provided general information`.)
  // (`gave the Ambassador further background`: or after the listener's name.)
  // (`Responding to a press question`: what one responds to is after `to`.)
  if (
    (n === k + length ||
      ((lowered[k + length] !== 'to' || lemma === 'respond') &&
        (NOUN_LEADS.has(lowered[n - 1] ?? '') ||
          s.tokens[n - 1]?.cap === true ||
          // (`made a series of public comments`: past a noun of number.)
          (lowered[n - 1] === 'of' && PARTITIVE_NOUNS.has(lowered[n - 2] ?? ''))))) &&
    // (`made a wide-ranging speech`: hyphened too.)
    /^\p{Ll}+(?:-\p{Ll}+)*$/u.test(words[n] ?? '') &&
    (SPEECH_NOUNS.has(lowered[n + 1] ?? '') || VIEW_NOUNS.has(lowered[n + 1] ?? ''))
  )
    n++;
  // (`gave his view`, `provided an assessment`: a stated view is words too.)
  // (`the points he had made earlier to NEA Acting A/S Feltman`: the words named before, their
  // speaker a pronoun between them and the verb.)
  const before = spokenNounBefore(s, k);
  if (before >= 0) n = before;
  else if (!SPEECH_NOUNS.has(lowered[n] ?? '') && !VIEW_NOUNS.has(lowered[n] ?? '')) return null;
  // (`made a point of inviting the USG`: an idiom of doing, not words.)
  if (lowered[n] === 'point' && lowered[n + 1] === 'of') return null;
  // (`has only made brief trips to the U.S.`: `brief` before a noun in the plural is an adjective.)
  if (lowered[n] === 'brief' && /^\p{Ll}{3,}s$/u.test(words[n + 1] ?? '')) return null;
  return n;
}

/** Views stated of a person without a verb of speech: `in his view`, `his view is that`, `was adamant that`. */
function stanceCues(s: SentenceMentions, quotedTokens: ReadonlySet<number>, cues: CueAt[]): void {
  const words = s.words;
  const lowered = s.lower;
  // `in the words of Walter Pomar`: a citation, as `according to` is.
  // (`could, in the view of Maliki, become grounds`: a view cited so too.)
  for (let k = 0; k + 4 < words.length; k++) {
    if (
      lowered[k] !== 'in' ||
      lowered[k + 1] !== 'the' ||
      (lowered[k + 2] !== 'words' && !VIEW_NOUNS.has(lowered[k + 2] ?? '')) ||
      lowered[k + 3] !== 'of'
    )
      continue;
    const cited = s.mentions.find((m) => m.from === k + 4 && (m.kind === 'person' || m.kind === 'role'));
    if (cited && !quotedTokens.has(k))
      cues.push({ k, length: 4, lemma: 'according to', takesObject: false, speechNoun: -1 });
  }
  // `in Dagan's opinion`, `in his view`: the possessor states what the sentence says.
  for (const m of s.mentions) {
    const k = m.from - 1;
    // (`in Dagan's personal opinion`, `in his own view`: one word may qualify the noun.)
    const noun =
      !VIEW_NOUNS.has(lowered[m.to] ?? '') && /^\p{Ll}+$/u.test(words[m.to] ?? '') ? m.to + 1 : m.to;
    if (lowered[k] !== 'in' || !VIEW_NOUNS.has(lowered[noun] ?? '')) continue;
    if (m.kind === 'pronoun' ? m.label !== 'his' && m.label !== 'her' : !/['’]s$/.test(words[m.to - 1] ?? ''))
      continue;
    if (quotedTokens.has(k)) continue;
    // (`Asked by the Charge whether, in her view, Russia's decision was ...`: a view asked for, not stated.)
    if (lowered.slice(Math.max(0, k - 3), k).some((w) => w === 'whether')) continue;
    // (`Postl noted that Khamenei is still respected and, in his personal opinion, there is ...`: inside
    // the words of a verb before it, the pronoun's view is what that verb reports, counted once.)
    if (m.kind === 'pronoun' && cues.some((c) => c.k < k && !s.words.slice(c.k, k).includes(';'))) continue;
    cues.push({ k, length: noun + 1 - k, lemma: 'in view', takesObject: false, speechNoun: -1 });
  }
  // `The former President's opinion was that ...`, `his view is that`: inverted, the possessor states it.
  // (`Ali's wry answer was "Johnson's baby powder"`: one word may qualify the noun, and a quotation may
  // follow.)
  for (const m of s.mentions) {
    const qualified =
      s.tokens[m.to]?.word === true && !s.tokens[m.to]?.cap && /ly$|[^s]$/.test(lowered[m.to] ?? '');
    const k = qualified && !isReplyNoun(lowered[m.to] ?? '') ? m.to + 1 : m.to;
    const noun = lowered[k] ?? '';
    if (!isReplyNoun(noun) || !/^(?:was|is)$/.test(lowered[k + 1] ?? '')) continue;
    if ((lowered[k + 2] !== 'that' && !isQuoteMark(words[k + 2] ?? '')) || quotedTokens.has(k)) continue;
    if (m.kind === 'pronoun' ? m.label !== 'his' && m.label !== 'her' : !/['’]s$/.test(words[m.to - 1] ?? ''))
      continue;
    if (m.kind !== 'person' && m.kind !== 'role' && m.kind !== 'pronoun') continue;
    cues.push({ k, length: 2, lemma: 'view was', takesObject: false, speechNoun: -1 });
  }
  // `Godmanis was clear with the Ambassador that ...`, `was adamant that`: a manner of speaking said of the
  // subject, with the words after `that`. (Not `was not clear`; not `it is clear that`, no one's.)
  // (`expressed displeasure ... but was vehement that`: or set against the subject's verb before; not
  // `said he was trying ... and was candid that`, inside the words.)
  // (`Leslie, however, was very frank that`: past an adverb set off by commas.)
  const after = s.mentions
    .filter((m) => m.kind === 'person' || m.kind === 'role' || m.kind === 'pronoun')
    .map((m) =>
      words[m.to] === ',' && ADVERBS.has(lowered[m.to + 1] ?? '') && words[m.to + 2] === ','
        ? m.to + 3
        : m.to,
    );
  for (let k = 1; k < lowered.length; k++)
    if (lowered[k - 1] === 'but' && /^(?:was|were)$/.test(lowered[k] ?? '')) after.push(k);
  for (const k of after) {
    if (!/^(?:was|were|is|are|has|had)$/.test(lowered[k] ?? '') || quotedTokens.has(k)) continue;
    let j = k + 1;
    if (/^(?:has|had)$/.test(lowered[k] ?? '')) {
      if (lowered[j] !== 'been') continue;
      j++;
    }
    while (
      lowered[j] !== 'not' &&
      (DEGREE_WORDS.has(lowered[j] ?? '') ||
        DEGREE_ADVERBS.has(lowered[j] ?? '') ||
        ADVERBS.has(lowered[j] ?? ''))
    )
      j++;
    if (!STANCE_ADJECTIVES.has(lowered[j] ?? '')) continue;
    let t = j + 1;
    // (`Carvalho was emphatic in agreeing`: the manner of a verb of speech in -ing after `in`.)
    const gerund =
      lowered[t] === 'in' && /ing$/.test(lowered[t + 1] ?? '') ? CUES.match(words, t + 1, lowered) : null;
    if (gerund) {
      const lemma = gerund.entry.value.lemma ?? '';
      // (One act: a verb in -ing that reports speech on its own stands; one that only goes on from a
      // statement, `agreeing`, is read as this.)
      const own = cues.findIndex((c) => c.k === t + 1);
      if (own >= 0 && !cues[own]?.weak) continue;
      if (own >= 0) cues.splice(own, 1);
      cues.push({ k, length: t + 1 + gerund.length - k, lemma, takesObject: false, speechNoun: -1 });
      continue;
    }
    if (lowered[t] === 'with') t = mentionAt(s, t + 1)?.to ?? -1;
    // (`He was unequivocal in his assurance that`: in the words one gave.)
    else if (
      lowered[t] === 'in' &&
      /^(?:his|her|their)$/.test(lowered[t + 1] ?? '') &&
      (SPEECH_NOUNS.has(lowered[t + 2] ?? '') || VIEW_NOUNS.has(lowered[t + 2] ?? ''))
    )
      t += 3;
    // (`Sarkozy was unwavering in a national television interview September 21 that`: past where it was said.)
    else if (lowered[t] === 'in') {
      const that = lowered.indexOf('that', t);
      const setting = that > t && that - t <= 9 ? lowered.slice(t + 1, that) : [];
      if (
        !setting.some((w) => /^[,;:.]$/.test(w)) &&
        setting.some((w) => SPEECH_NOUNS.has(w) || MEETING_WORDS.has(w) || MEDIUM_NOUNS.has(w))
      )
        t = that;
    }
    if (lowered[t] !== 'that') continue;
    cues.push({ k, length: j + 1 - k, lemma: 'be clear', takesObject: false, speechNoun: -1 });
  }
}

export function extractStatements(ctx: StatementContext): Statement[] {
  const d = startDiscourse(ctx);
  for (const s of ctx.sentences) {
    const f = frameSentence(s, ctx, d);
    // (`He implied that ... the urgency Galvan suggested, but did admit`: a pronoun that two verbs of the
    // sentence share stands for one person, whoever spoke between them.)
    let pronounSpeakers: Map<Mention, Speaking['speaker']> | undefined;
    for (const [index, cue] of f.cues.entries()) {
      const found = subjectOfCue(f, d, ctx, cue, index);
      let speaking = found && speakerOfCue(f, d, ctx, cue, found);
      if (!found || !speaking) continue;
      // (Not a tag set off by commas, `Sarkozy understands this, he said, and has offered`: the verb joined
      // after it goes on from the clause's subject.)
      const shared = found.subject.kind === 'pronoun' && !speaking.parenthetical;
      const before = shared ? pronounSpeakers?.get(found.subject) : undefined;
      if (before) speaking = { ...speaking, speaker: before };
      else if (shared) {
        pronounSpeakers ??= new Map();
        pronounSpeakers.set(found.subject, speaking.speaker);
      }
      const heard = listenerOfCue(f, d, ctx, cue, index, found, speaking);
      const content = contentOfCue(f, ctx, cue, index, found, speaking, heard);
      recordStatement(f, d, ctx, cue, found, speaking, heard, content);
    }
    afterSentence(f, d, ctx);
  }
  return d.statements;
}

/** What the statement finder carries from one sentence to the next. */
interface Discourse {
  readonly statements: Statement[];
  readonly personById: ReadonlyMap<string, Person>;
  /** What the cable says of each person's sex: titles (`Mr.`, `Ms.`), given names. */
  readonly genders: ReadonlyMap<string, 'm' | 'f'>;
  /** Persons a `she` has stood for. */
  readonly women: Set<string>;
  /** Persons a `he` has stood for. */
  readonly men: Set<string>;
  /** Offices (`the Ambassador`) a `he` has stood for. */
  readonly menInOffice: Set<string>;
  /** Nouns for people the cable does not name (`a general manager`). */
  readonly unnamed: Set<string>;
  lastSpeaker: Person | null;
  /** The paragraph in which a withheld name spoke last, with no one named speaking after it. */
  redactedSpoke: number | null | undefined;
  /** Two or more named persons who spoke together last (`Saakashvili ... and Tkeshelashvili ... claimed`):
   * whom a `they` after them means, in the same paragraph. */
  together: { paragraph: number | null; members: { name: string; id: string }[] } | null;
  lastPerson: Person | null;
  /** The person named last before `lastPerson`, another one. */
  otherPerson: Person | null;
  /** The subject of the sentence before: a person, or a staff role (`DCM responded ... She noted ...`). */
  previousSubject: Person | null;
  /** The paragraph of the last statement a named person made: `he` stays with that person inside it. */
  speakerParagraph: number | null | undefined;
  previousRole: Mention | null;
  unnamedSubject: boolean;
  /** Who met whom in the paragraph (`Tauscher and the Ambassador met with Klich ... They made it clear`). */
  meeting: { hosts: Person[]; partner: Person } | null;
  /** The two of different sides whose meeting the cable's first paragraph reports, if it reports one. */
  readonly cableMeeting: readonly [Person, Person] | null;
  /** Statements whose listener was inferred from a meeting, not named: no one answers them by name. */
  readonly inferredListeners: Set<Statement>;
  /** Statements of two who agreed with each other (`Lavrov and Miliband agreed`): no listener to carry on. */
  readonly mutual: Set<Statement>;
  lastParagraph: number | null | undefined;
  /** A quotation left open at the end of the sentence before, and its paragraph. */
  quoteOpen: boolean;
  quoteParagraph: number | null | undefined;
  /** Sentences with a quotation mark in them or after them in their paragraph. */
  quoteAhead: ReadonlySet<SentenceMentions>;
  /** The sentence before. */
  before: SentenceMentions | undefined;
  /** The sentence ending with a colon whose dashed items go on (`President Ben Ali:` / `-- promised` / `-- said`). */
  listOpener: SentenceMentions | undefined;
}

function startDiscourse(ctx: StatementContext): Discourse {
  const personById = new Map<string, Person>();
  for (const p of ctx.byMention.values()) personById.set(p.id, p);
  const genders = new Map<string, 'm' | 'f'>();
  for (const p of personById.values()) {
    const gender =
      p.titles.map((t) => TITLE_GENDERS.get(t)).find(Boolean) ??
      (FEMALE_GIVEN_NAMES.has(p.given?.split(/[\s-]/)[0] ?? '') ? 'f' : undefined);
    if (gender) genders.set(p.id, gender);
  }
  return {
    statements: [],
    personById,
    genders,
    women: new Set(),
    men: new Set(),
    menInOffice: new Set(),
    unnamed: unnamedPersonNouns(ctx.body),
    lastSpeaker: null,
    redactedSpoke: undefined,
    together: null,
    lastPerson: null,
    otherPerson: null,
    previousSubject: null,
    speakerParagraph: undefined,
    previousRole: null,
    unnamedSubject: false,
    meeting: null,
    cableMeeting: cableMeetingOf(ctx),
    inferredListeners: new Set(),
    mutual: new Set(),
    lastParagraph: undefined,
    quoteOpen: false,
    quoteParagraph: undefined,
    quoteAhead: sentencesBeforeQuoteMarks(ctx.sentences),
    before: undefined,
    listOpener: undefined,
  };
}

/** `view`, `opinion`, `answer`: a noun whose possessor, before `was that`, states what follows. */
function isReplyNoun(word: string): boolean {
  return VIEW_NOUNS.has(word) || ANSWER_NOUNS.has(word);
}

/** How many tokens the quotation around token i holds (0 outside quotation marks). */
function quotedWords(quoted: ReadonlySet<number>, i: number): number {
  if (!quoted.has(i)) return 0;
  let from = i;
  let to = i;
  while (quoted.has(from - 1)) from--;
  while (quoted.has(to + 1)) to++;
  return to - from + 1;
}

/**
 * Before the subject ending at b: `as soon as`, `once`, `if`, `unless`, `until` (not `when`, which as often
 * opens a time gone by: `the days of Sanchez de Lozada, when Morales alleges ...`).
 */
function pendingClause(lowered: readonly string[], b: number): boolean {
  for (let j = b; j >= 0 && b - j <= 5; j--) {
    const w = lowered[j] ?? '';
    if (w === ',' || w === ';' || w === 'that') return false;
    if (/^(?:once|if|unless|until)$/.test(w)) return true;
    if (w === 'as' && lowered[j - 1] === 'soon' && lowered[j - 2] === 'as') return true;
  }
  return false;
}

/** A pronoun the cable leaves out, standing at token b. */
function pronounAt(b: number, label: string, paragraph: number | null): Mention {
  return {
    kind: 'pronoun',
    from: b,
    to: b + 1,
    nameFrom: b + 1,
    nameTo: b + 1,
    titles: [],
    affiliation: null,
    titleAffiliation: null,
    label,
    definite: false,
    object: false,
    paragraph,
  };
}

/** The `he` or `she` that stands for the one who spoke last. */
function pronounFor(d: Discourse, speaker: Person, b: number): Mention {
  return pronounAt(b, d.genders.get(speaker.id) === 'f' ? 'she' : 'he', d.before?.paragraph ?? null);
}

/** The sentences that a quotation mark stands in or after, within their paragraph. */
function sentencesBeforeQuoteMarks(sentences: readonly SentenceMentions[]): Set<SentenceMentions> {
  const ahead = new Set<SentenceMentions>();
  let seen = false;
  for (let i = sentences.length - 1; i >= 0; i--) {
    const s = sentences[i] as SentenceMentions;
    if (sentences[i + 1]?.paragraph !== s.paragraph) seen = false;
    if (s.words.some(isQuoteMark)) seen = true;
    if (seen) ahead.add(s);
  }
  return ahead;
}

/** One sentence as the statement finder reads it: its verbs of speech and what stands around them. */
interface SentenceFrame {
  readonly s: SentenceMentions;
  readonly words: string[];
  readonly lowered: string[];
  /** The sentence before, in the same paragraph. */
  readonly previousSentence: SentenceMentions | undefined;
  /** The sentence that opens the run of dashed items this one belongs to, or the one before. */
  readonly itemOf: SentenceMentions | undefined;
  /** Where this sentence's statements start in the list. */
  readonly statementsFrom: number;
  /** Words inside a quotation are the speaker's own: a verb there reports nothing. */
  readonly quotedTokens: ReadonlySet<number>;
  readonly cues: CueAt[];
  readonly objects: Set<Mention>;
  readonly unnamedVerbEnds: Set<number>;
  readonly unnamedCues: number[];
  /** Where a verb whose subject is a place stands in a condition (`if Pyongyang asked for it`). */
  readonly placeSubjectCues: number[];
  /** The comma that ends an opening clause (`When PolOff challenged him, he ...`), or -1. */
  readonly openingEnd: number;
  /** Where an opening participial phrase ends (`Citing statements by X, international media reported`), or -1. */
  readonly participleEnd: number;
  readonly clauseStart: number;
  readonly mainSubject: Mention | null;
  /** A redacted source opens the sentence (`A XXXXXXXXXXXX diplomat assessed ...`). */
  readonly unnamedOpening: boolean;
  /** Someone unnamed opens the sentence (`A general manager for traffic ...`). */
  readonly nounOpening: boolean;
  /** The sentence opens with people in the plural whom it does not name (`Opposition leaders were ...`). */
  readonly pluralOpening: boolean;
  /** The subjects of the sentence's statements so far. */
  readonly subjects: Mention[];
  /** Where a redacted name speaks (`xxxxx stated`): the words are no named person's, nor is the `he` of
   * the same sentence after it. */
  redactedAt: number;
  readonly resolvable: (m: Mention) => boolean;
  readonly subjectLike: (m: Mention) => boolean;
  readonly withSpeaker: (m: Mention) => boolean;
  readonly clauseSubject: (k: number) => Mention | null;
}

/** Reads a sentence's verbs of speech and subjects; moves the discourse on to its paragraph. */
function frameSentence(s: SentenceMentions, ctx: StatementContext, d: Discourse): SentenceFrame {
  const previousSentence = d.before?.paragraph === s.paragraph ? d.before : undefined;
  d.before = s;
  // (The opener of a run of dashed items stays theirs until a sentence that is no item.)
  const itemOf =
    s.words[0] === '-' && d.listOpener?.paragraph === s.paragraph ? d.listOpener : previousSentence;
  // (`- Drew GoK attention ... In this regard, he urged ...` / `- Highlighted`: a sentence inside an item
  // does not end the run; a new paragraph does.)
  d.listOpener =
    s.words.at(-1) === ':' ? s : d.listOpener?.paragraph === s.paragraph ? d.listOpener : undefined;
  if (s.paragraph !== d.lastParagraph) {
    // A pronoun reaches back one paragraph at most.
    d.lastParagraph = s.paragraph;
    d.meeting = null;
  }
  d.meeting = meetingIn(s, ctx) ?? d.meeting;
  const pair = pairMet(s, ctx);
  if (pair) d.together = { paragraph: s.paragraph, members: pair };
  const words = s.words;
  const lowered = s.lower;
  // (`... "regardless of who voted for whom.  After the election, ... Khamenei predicted`: a quotation that
  // no later mark in its paragraph closes ends with its sentence.)
  if (s.paragraph !== d.quoteParagraph || !d.quoteAhead.has(s)) d.quoteOpen = false;
  d.quoteParagraph = s.paragraph;
  const quotes = insideQuotes(s, d.quoteOpen);
  d.quoteOpen = quotes.open;
  const quotedTokens = quotes.inside;
  const { cues, objects, unnamedVerbEnds, unnamedCues } = findCues(s, ctx, quotedTokens);
  const resolvable = (m: Mention) => m.kind !== 'person' || ctx.byMention.has(m);
  // (`The elites underestimated him and discounted`: `him` and `her` are no subjects.)
  const subjectLike = (m: Mention) =>
    !m.object &&
    !objects.has(m) &&
    resolvable(m) &&
    !isPossessor(s, m) &&
    (m.kind === 'person' ||
      m.kind === 'role' ||
      (m.kind === 'pronoun' && !OBJECT_PRONOUNS.test(lowered[m.from] ?? '')));
  // (A name after `with` is an object, but not before a participle of its own; `opened the meeting with
  // SYG Ban noting that ...` is the meeting's partner, spoken to.)
  // (`with Istanbul Governor Guler denouncing`: a place's name may stand before the title.)
  // (`with New Democrat Party leader Jack Layton`: past an office the name's mention does not hold.)
  const withAt = (m: Mention) => {
    let j = m.from - 1;
    while (
      j > m.from - 6 &&
      s.tokens[j]?.word &&
      (s.tokens[j]?.cap || isPersonNoun(lowered[j] ?? '')) &&
      !/^(?:with|from)$/.test(lowered[j] ?? '')
    )
      j--;
    return /^(?:with|from)$/.test(lowered[j] ?? '') ? j : m.from - 1;
  };
  // (`apart from New Democrat Party leader Jack Layton opining that`: as `with`, the one named speaks.)
  const withSpeaker = (m: Mention) =>
    (lowered[withAt(m)] === 'with' ||
      (lowered[withAt(m)] === 'from' && /^(?:apart|aside)$/.test(lowered[withAt(m) - 1] ?? ''))) &&
    // (`came under discussion with Minister Atmar noting`: a state, no meeting with the one named.)
    (!MEETING_WORDS.has(lowered[withAt(m) - 1] ?? '') || lowered[withAt(m) - 2] === 'under') &&
    resolvable(m) &&
    (m.kind === 'person' || m.kind === 'role');
  // (`When PolOff challenged him, he backed off and said`: not inside an opening clause; `Minister of
  // Government Rada contacted ... and asked`: the name that holds the title.)
  // (`END COMMENT) When asked ..., he said`: the end of an aside glued before the sentence.)
  const lead =
    lowered[0] === 'end' && /^(?:comment|note)$/.test(lowered[1] ?? '') && /^[).]$/.test(words[2] ?? '')
      ? 3
      : 0;
  const openingEnd = SUBORDINATORS.has(lowered[lead] ?? '') ? words.indexOf(',', lead) : -1;
  // (A verb's participle, not `Beijing University Professor`; and a phrase with no clause of its own:
  // not `Noting that Qabalan, head of the Council, had urged Berri ..., Jumblatt said`.)
  const firstComma = words.indexOf(',', lead);
  const participleEnd =
    /^\p{L}{3,}ing$/u.test(lowered[lead] ?? '') &&
    isCommonWord(lowered[lead] ?? '') &&
    !s.mentions.some((m) => m.from === lead && m.kind === 'person' && ctx.byMention.has(m)) &&
    firstComma > lead &&
    !lowered.slice(lead, firstComma).includes('that')
      ? firstComma
      : -1;
  // (Not a name inside words quoted: `The narrative noted that "Ataturk banned ...," adding`.)
  const opener = s.mentions.find(
    (m) =>
      (m.from > Math.max(openingEnd, participleEnd) || m.kind === 'pronoun') &&
      m.from > openingEnd &&
      quotedWords(quotedTokens, m.from) - (m.to - m.from) < 3 &&
      subjectLike(m),
  );
  const holder =
    opener?.kind === 'role'
      ? s.mentions.find(
          (m) =>
            m.kind === 'person' &&
            m.from >= opener.to &&
            m.from <= opener.to + 4 &&
            subjectLike(m) &&
            s.tokens
              .slice(opener.to, m.from)
              // (`International Affairs Director at the Royal Court Jafar Hassan`: an office at a body.)
              .every(
                (t, i) =>
                  t.cap ||
                  NAME_JOINERS.has(lowered[opener.to + i] ?? '') ||
                  /^(?:at|in)$/.test(lowered[opener.to + i] ?? ''),
              ),
        )
      : undefined;
  // (`A XXXXXXXXXXXX diplomat assessed reports that Muammar al-Qadhafi ... and speculated`: a redacted
  // source opens the sentence; the name after is no subject of the verbs joined to its own.)
  // (After a label: `Summary: A XXXXXXXXXXXX diplomat ...`.)
  const clauseStart = openingEnd + (words[openingEnd + 2] === ':' ? 3 : 1);
  const unnamedOpening =
    opener !== undefined &&
    (isRedaction(words[clauseStart] ?? '') ||
      (/^(?:a|an|the|one)$/.test(lowered[clauseStart] ?? '') &&
        s.tokens
          .slice(clauseStart + 1, Math.min(clauseStart + 4, opener.from))
          .some((t) => isRedaction(t.text))));
  // (`A general manager for traffic was ultimately called to the scene and the following day he asked`:
  // a sentence that opens with someone unnamed has him for its `he`.)
  // (`A visiting London-based XXXXXXXXXXXX executive believes`: past a place's `-based` and a redaction.)
  const nounOpening =
    /^(?:a|an)$/.test(lowered[clauseStart] ?? '') &&
    [1, 2, 3, 4].some((d) => {
      const j = clauseStart + d;
      const w = lowered[j] ?? '';
      return (
        !s.tokens
          .slice(clauseStart + 1, j + 1)
          .some((t) => t.cap && !/-based$/i.test(t.text) && !isRedaction(t.text)) &&
        (isPersonNoun(w) || HUMAN_NOUNS.has(w)) &&
        !s.mentions.some((m) => m.from <= j && j < m.to)
      );
    });
  // (`Opposition political leaders were willing to praise the Brown Government's effort ..., but echoed`:
  // people in the plural, unnamed, open the sentence as its subject, a verb right after them.)
  const pluralOpening = [0, 1, 2].some((d) => {
    const j = clauseStart + d;
    const w = lowered[j] ?? '';
    const next = s.tokens[j + 1];
    return (
      /[^s]s$/.test(w) &&
      isPersonNoun(w.slice(0, -1)) &&
      !s.tokens[j]?.cap &&
      // (`Opposition leaders`: a title in the plural is a role's mention, no one's name; not `CDU officials`,
      // `MRE contacts`, people of a body the verb goes on giving to it.)
      !s.mentions.some(
        (m) => m.from <= j && j < m.to && (m.kind !== 'role' || m.affiliation !== null || m.from < j),
      ) &&
      !s.mentions.some((m) => m.to === j && (m.kind === 'organization' || m.kind === 'country')) &&
      next?.word === true &&
      !next.cap &&
      !PREPOSITIONS_BEFORE.has(lowered[j + 1] ?? '') &&
      !/^(?:and|or|who|whom|that|which|at)$/.test(lowered[j + 1] ?? '')
    );
  });
  // (`On December 30, Avaz labeled Ceric a true representative ..., adding`: a body named first, before
  // any person, is the subject of the main clause, not a name after its verb.)
  const body = s.mentions.find(
    (m) =>
      m.from > openingEnd &&
      !m.object &&
      !isPossessor(s, m) &&
      (m.kind === 'organization' || m.kind === 'country' || subjectLike(m)),
  );
  // (`The Scottish Parliament holds ..., calling on`, `The UK media widely speculates ..., citing`: a
  // people's name before a body's word is that body.)
  // (Only opening the clause, and not before a noun for its people: `Serbian government officials`.)
  const headed =
    body?.kind === 'country' &&
    body.from <= clauseStart + 1 &&
    (INSTITUTION_WORDS.has(words[body.to] ?? '') || PEOPLE_BODY_NOUNS.has(lowered[body.to] ?? '')) &&
    !isPersonNoun(lowered[body.to + 1] ?? '') &&
    !pluralPersonNoun(lowered[body.to + 1] ?? '');
  // (Only a body right before its verb, past adverbs: not `the Socialist Party candidate Royal`.)
  const verbAt = body ? nextWordIndex(lowered, headed ? body.to + 1 : body.to) : -1;
  const bodyFirst =
    body !== undefined &&
    (body.kind === 'organization' || headed) &&
    !cues.some((c) => c.k < body.from) &&
    s.tokens[verbAt]?.word === true &&
    !s.tokens[verbAt]?.cap &&
    /(?:ed|[^s]s)$/.test(lowered[verbAt] ?? '') &&
    !NAME_JOINERS.has(lowered[verbAt] ?? '')
      ? body
      : undefined;
  const mainSubject = unnamedOpening || pluralOpening ? null : (bodyFirst ?? holder ?? opener ?? null);
  // `DCM mentioned our desire ...; Leon demurred, saying ...`: after a semicolon a clause has its own subject.
  const clauseSubject = (k: number): Mention | null => {
    const from = words.lastIndexOf(';', k) + 1;
    return (
      (from > 0 ? s.mentions.find((m) => m.from >= from && m.to <= k && subjectLike(m)) : null) ?? mainSubject
    );
  };
  return {
    s,
    words,
    lowered,
    previousSentence,
    itemOf,
    statementsFrom: d.statements.length,
    quotedTokens,
    cues,
    objects,
    unnamedVerbEnds,
    unnamedCues,
    placeSubjectCues: [],
    openingEnd,
    participleEnd,
    clauseStart,
    mainSubject,
    unnamedOpening,
    nounOpening,
    pluralOpening,
    subjects: [],
    redactedAt: -1,
    resolvable,
    subjectLike,
    withSpeaker,
    clauseSubject,
  };
}

/** The subject a verb of speech has, and how the verb stands to the words before it. */
interface CueSubject {
  readonly subject: Mention;
  /** The word before the verb, past adverbs. */
  readonly b: number;
  /** Joined to a verb before by a conjunction (`rejected the proposal, but agreed`). */
  readonly joined: boolean;
  /** Joined to a verb of speech before it in the sentence, whose subject it shares. */
  readonly coordinated: boolean;
  readonly participle: boolean;
}

/** Who or what is the subject of a verb of speech; null where the verb reports no act of anyone's. */
function subjectOfCue(
  f: SentenceFrame,
  d: Discourse,
  ctx: StatementContext,
  cue: CueAt,
  index: number,
): CueSubject | null {
  const { s, words, lowered, cues, unnamedVerbEnds, placeSubjectCues, subjects } = f;
  const { openingEnd, clauseStart, mainSubject, unnamedOpening } = f;
  const { resolvable, subjectLike, withSpeaker } = f;
  const { k, length, lemma, weak } = cue;
  const after = k + length;
  let subject: Mention | null = null;
  let b = k - 1;
  // (`She matter-of-factly assessed`: an adverb of hyphened words too.)
  while (b >= 0 && (ADVERBS.has(lowered[b] ?? '') || HYPHENED_ADVERB.test(lowered[b] ?? ''))) b--;
  // (`Jobim did, however, express`: an emphatic `did` before a connective set off by commas.)
  const did = didBeforeAside(words, lowered, b);
  if (did >= 0) b = did;
  // (`Joyandet and Kouchner publicly and privately encouraged`: two adverbs joined, no verbs.)
  const adverb = (w: string | undefined) => ADVERBS.has(w ?? '') || /^\p{Ll}{3,}ly$/u.test(w ?? '');
  if (b < k - 1 && lowered[b] === 'and' && adverb(lowered[b - 1])) {
    b--;
    while (b >= 0 && adverb(lowered[b])) b--;
  }
  // (`the French fully agreed`: an adverb in -ly no list holds, right after a name.)
  if (b > 0 && /^\p{Ll}{3,}ly$/u.test(words[b] ?? '') && s.mentions.some((m) => m.to === b)) b--;
  // (`they continue to insist`: the subject stands before the verb of going on.)
  if (continuedAct(lowered, b)) {
    b -= 2;
    while (b >= 0 && ADVERBS.has(lowered[b] ?? '')) b--;
  }
  b = pastQuotedAdverb(words, lowered, b);
  // (`... it was Ferlenghi. explained that`: a sentence opened in lower case by a verb in the past has lost
  // its subject to damage, not left it to the sentence before.)
  if (
    /^\p{Ll}+ed$/u.test(words[k] ?? '') &&
    (words[b] === '.' || (b < 0 && d.before?.paragraph === s.paragraph))
  )
    return null;
  // (`a group of wealthy Iranian expatriates, most of whom expressed support`: part of a group speaks.)
  if (lowered[b] === 'whom' && lowered[b - 1] === 'of') return null;
  // (`Of the five experts, one thought ... and one argued`: a number standing for one of those counted.)
  // (Not `each one expressed`, the ones named before.)
  if (
    /^(?:one|another)$/.test(lowered[b] ?? '') &&
    !s.tokens[b]?.cap &&
    !/^(?:the|each|every|no)$/.test(lowered[b - 1] ?? '')
  )
    return null;
  // (`told PolChief the fact that the ship was empty indicated`: a noun completed by its clause speaks.)
  if (contentNounSubject(f, k)) return null;
  // (`The Urdu press noted`, `Articles and editorials questioned`: what speaks is no one.)
  if (
    IMPERSONAL_SUBJECTS.has(lowered[b] ?? '') &&
    !s.tokens[b]?.cap &&
    !s.mentions.some((m) => m.to === b + 1)
  )
    return null;
  // (`He said that Beijing assessed that`: a capital for its government, no one named; `media reports from
  // Munich confirmed`, `well-wishers in Copenhagen urging`: a thing or people unnamed, in a city; not
  // `al-Qemzi, who heads State Security in Dubai added`, `The Indian Polcouns in Islamabad advised`.)
  if (s.tokens[b]?.cap && postCountry(words[b] ?? '') !== null && !s.mentions.some((m) => m.to === b + 1)) {
    const at = /^(?:in|at|from)$/.test(lowered[b - 1] ?? '') ? b - 2 : -1;
    const unnamedThere =
      at >= 0 &&
      s.tokens[at]?.word === true &&
      !s.tokens[at]?.cap &&
      !s.mentions.some((m) => m.to === at + 1);
    // (Nor `The UK Ambassador to Belgrade recently suggested`: the city of an office.)
    if (at < 0 ? !s.tokens[b - 1]?.cap && lowered[b - 1] !== 'to' : unnamedThere) return null;
  }
  // (`British diplomats in Argentina confirmed`: people unnamed, in a country that is not who speaks.)
  const place = s.mentions.find((m) => m.kind === 'country' && m.to === b + 1);
  if (place && /^(?:in|at)$/.test(lowered[place.from - 1] ?? '')) {
    const at = place.from - 2;
    const people = /^\p{Ll}+s$/u.test(words[at] ?? '') && isPersonNoun(lowered[at] ?? '');
    if (people && !s.mentions.some((m) => m.to === at + 1)) return null;
  }
  // (`Ni said Iranian embassy contacts in Beijing had expressed satisfaction`: the words' own subject, a
  // plural for people the cable does not name.)
  if (index > 0 && unnamedClauseSubject(s, cues[index - 1] as CueAt, b)) return null;
  // (`Several parliamentarians -- including PvdA spokesman Koenders and CDA spokesman Ormel -- said`: past
  // an aside that names examples, the subject is the plural before it; those named in it are not it.)
  if (DASH.test(words[b] ?? '')) {
    // (The tokenizer writes `--` as two dashes.)
    let close = b;
    while (close > 0 && DASH.test(words[close - 1] ?? '')) close--;
    let open = close - 1;
    while (open > 0 && close - open <= 25 && !DASH.test(words[open] ?? '')) open--;
    let first = open;
    while (first > 0 && DASH.test(words[first - 1] ?? '')) first--;
    if (
      DASH.test(words[open] ?? '') &&
      /^(?:including|such|among|like)$/.test(lowered[open + 1] ?? '') &&
      !s.mentions.some((m) => m.to === first && m.kind !== 'country' && m.kind !== 'organization')
    )
      return null;
  }
  // (`senior party officials including Aguirre, Acebes, ... and Jaime Mayor Oreja, expressed their support`:
  // a plural with its examples after `including`, set off by a comma before the verb, is the subject.)
  if (words[b] === ',' && examplesOfPlural(s, b)) return null;
  // (And a verb joined to theirs: `..., expressed their support ... and called on Rajoy`.)
  const previousCue = cues[index - 1];
  if (
    /^(?:and|but)$/.test(lowered[b] ?? '') &&
    previousCue &&
    words[previousCue.k - 1] === ',' &&
    examplesOfPlural(s, previousCue.k - 1)
  )
    return null;
  // (`he is telling at least one Embassy that`: after a verb of being, an -ing form is the verb itself.)
  // (`They did note their concern`: an emphatic `did` right after its subject, likewise.)
  // (`President Saleh has been encouraging Saudi Arabia to join`: the perfect progressive, past `been`.)
  if (/ing$/.test(lowered[k] ?? '')) b = perfectAt(lowered, b);
  // (`Thibault spent several minutes describing`: the time spent, then what was done in it.)
  // (Its subject is the verb's, as a finite verb's is.)
  // (`Talabani, Hashimi and Abd al-Mahdi issued a statement calling for`: likewise the statement issued, the
  // participle reporting the act of the verb's subject.)
  const spentAt = /ing$/.test(lowered[k] ?? '') ? pastIssuedStatement(s, pastTimeSpent(s, b)) : b;
  const spent = spentAt !== b;
  b = spentAt;
  const progressive =
    BE_PRESENT_PAST.test(lowered[b] ?? '') ||
    /^(?:has|have|had)$/.test(lowered[b] ?? '') ||
    (DID.test(lowered[b] ?? '') &&
      (lowered[b - 1] === 'they' || s.mentions.some((m) => m.to === b && m.kind === 'pronoun')));
  const participle = /ing$/.test(lowered[k] ?? '') && lemma !== 'according to' && !progressive && !spent;
  // (`never explained why, but did admit that`: an emphatic `did` after the conjunction.)
  if (DID.test(lowered[b] ?? '') && JOINING.test(lowered[b - 1] ?? '')) b--;
  // (`are somewhat disappointed ..., but are publicly emphasizing that`: a progressive after the conjunction.)
  else if (progressive && /ing$/.test(lowered[k] ?? '') && JOINING.test(lowered[b - 1] ?? '')) b--;
  // `rejected the proposal, but agreed ...`: a verb joined by a conjunction shares the subject before.
  // (`He said King Mohamed was deeply concerned ... and had pressed for`: a verb in the pluperfect joined
  // inside another's words is the act of that clause's subject.)
  // (The auxiliary counts among the adverbs skipped before the verb.)
  const innerAct =
    /^(?:and|but)$/.test(lowered[b] ?? '') &&
    /^(?:had|has|have)$/.test(lowered[k - 1] ?? '') &&
    cues[index - 1]
      ? reportedClauseSubject(s, cues[index - 1] as CueAt, b)
      : null;
  // (`He predicted that Olmert would not last, then described several mechanisms`: `, then` joins as `and`,
  // after a statement of the sentence.)
  const joined =
    /^(?:and|but|or|yet)$/.test(lowered[b] ?? '') ||
    (words[b] === ',' && lowered[b + 1] === 'then' && b + 2 === k && d.statements.length > f.statementsFrom);
  // (`They pointed out ... visits from Mullah Zaif, but noted that`: a verb joined to the clause of a plural
  // pronoun that opens the sentence goes on from those it stands for, not from a name in the clause.)
  // (Where `They` stood for a pair named before, its verb spoke for them, and this one goes on from them.)
  if (joined && words[b - 1] === ',' && pluralOpenerVerb(f, b) && d.statements.length === f.statementsFrom)
    return null;
  if (isRedaction(words[b] ?? '')) d.redactedSpoke = s.paragraph;
  // (`xxxxx, a bellwether of Islamist sentiment, has told two of our insider contacts`: a withheld
  // source set off before its apposition speaks; no one named.)
  if (words[b] === ',') {
    const open = words.lastIndexOf(',', b - 1);
    if (open > 0 && b - open <= 12 && isRedaction(words[open - 1] ?? '')) return null;
  }
  // (`The governments, he complained, shared information`: after a tag set in the clause, the verb is
  // the clause's subject's; where no one is named before the tag, no one named speaks.)
  const tag = cues[index - 1];
  // (`..., he said, adding that`: a participle after the tag goes on from its speaker.)
  if (words[k - 1] === ',' && tag && tag.k + tag.length === k - 1 && !/ing$/.test(lowered[k] ?? '')) {
    let open = tag.k - 1;
    while (open > 0 && tag.k - open <= 4 && words[open] !== ',') open--;
    if (
      open > 0 &&
      words[open] === ',' &&
      s.mentions.some((m) => m.from > open && m.to <= tag.k) &&
      !s.mentions.some((m) => m.to === open && m.kind !== 'country' && m.kind !== 'organization')
    )
      return null;
  }
  // `transparent when finished and announced to the press`: joined to a passive, it is passive too.
  if (
    joined &&
    /ed$/.test(lowered[k] ?? '') &&
    /ed$/.test(lowered[b - 1] ?? '') &&
    /^(?:when|once|if|until|after|before)$/.test(lowered[b - 2] ?? '')
  )
    return null;
  // (`As soon as Zaragoza informs us how he intends to proceed, we will`: a verb in the present after a
  // conjunction of time or condition tells of what has not happened.)
  if (/[^s]s$/.test(lowered[k] ?? '') && pendingClause(lowered, b)) return null;
  // (`posters telling youth ..., and informing farmers`: joined by `and`, such a participle goes on from
  // whatever the one before described.)
  // (Not the last of a series set off after a person's words: `characterizing ..., ordering ..., and
  // cautioning that`.)
  const previous = d.statements.length > f.statementsFrom ? d.statements.at(-1) : undefined;
  // (`continue to blast the airwaves with interviews, claiming their innocence and criticizing U.S. policy`:
  // or joined with no comma to a person's participle a few words before.)
  const prior = cues[index - 1];
  const seriesOfSpeaker =
    previous?.speaker_kind === 'person' &&
    /ing$/.test(previous.cue ?? '') &&
    (words[b - 1] === ',' ||
      (prior !== undefined &&
        /ing$/.test(lowered[prior.k] ?? '') &&
        // (`rejecting their latest gentle criticisms of GoA economic policies and blaming them`.)
        b - prior.k <= 10 &&
        !words.slice(prior.k, b).some((w) => /^[,;:()]$/.test(w)) &&
        // (The one who spoke named before that participle in the sentence, not carried from another; or
        // that participle opens the sentence: `Thanking Mangal ... and praising his hard work, Biden`.)
        (prior.k === 0 ||
          s.mentions.some(
            (m) =>
              m.to <= prior.k &&
              // (Or a pronoun for that one: `He lashed out ..., rejecting ... and blaming`.)
              (m.kind === 'pronoun' || ctx.byMention.get(m)?.id === previous.speaker_id),
          ))));
  if (weak && joined && !seriesOfSpeaker) return null;
  // (`the bank is performing audits ... and asking inappropriate questions`: joined to a verb in the
  // progressive, the -ing form is that verb's subject acting again.)
  if (participle && joined && continuesProgressive(s, b)) return null;
  // (`Blake offered assistance; Ghafoor appreciated it and said`: after a semicolon, a clause with a
  // subject of its own and a verb that reports nothing gives that subject to the verb joined to it.)
  const clauseOwner = joined
    ? (ownerAfterSemicolon(s, cues[index - 1]?.k ?? -1, b, resolvable) ??
      (subjects.length === 0 ? relativeClauseOwner(s, b, resolvable) : undefined))
    : undefined;
  const coordinated = joined && subjects.length > 0 && !clauseOwner;
  // (A verb joined to the redacted source's own: `A XXXXXXXXXXXX diplomat assessed ... and speculated`.)
  if (
    joined &&
    subjects.length === 0 &&
    (unnamedOpening || f.pluralOpening) &&
    !words.slice(clauseStart, k).some((w) => w === ':' || w === ';')
  )
    return null;
  // `De Kerchove is in favor of ..., and said ...`: joined to a verb that reports nothing, the verb
  // has the sentence's subject.
  const joinedToMain =
    joined &&
    subjects.length === 0 &&
    mainSubject !== null &&
    mainSubject.to <= b &&
    // (`The Youth League initially said that Jansen should be fired and alluded to ...`: a name inside
    // the words of a verb before is not the sentence's subject.)
    !cues.some(
      (c) => c.k < mainSubject.from && c.k < k && /^(?:that|,|:)$/.test(lowered[c.k + c.length] ?? ''),
    ) &&
    // (`he supported UN involvement, and called on Mbeki`: a pronoun subject too, not the body after.)
    (mainSubject.kind === 'person' || mainSubject.kind === 'role' || mainSubject.kind === 'pronoun');
  // (`He said Spain had pressed Venezuela ..., but said ...`: a verb joined after one said inside the
  // words of a person's statement is that person's again, not the country's.)
  // (`Menon: -- stated that ...; -- gave his assessment ...`: a verb opening a dashed item has the
  // subject named before the colon that opens the list.)
  const listHolder = dashedItemHolder(s, k) ?? listOpenedBefore(s, k, f.itemOf, ctx);
  // (`The Youth League initially said that Jansen should be fired and alluded to ...`: joined to a verb of
  // speech whose subject the cable does not name, the verb has that subject too, not a name in its words.)
  // (Also `..., and alluded to the strategy in saying that ...`: the means of such a verb.)
  if (
    !listHolder &&
    !cue.agent &&
    (joined || (participle && /^(?:in|by)$/.test(lowered[b] ?? ''))) &&
    !joinedToMain &&
    subjects.length === 0 &&
    // (In the same clause: not `XXXXXXXXXXXX described the meeting: Kim refrained ... and stated`.)
    cues.some((c) => c.k < b && c.k > Math.max(words.lastIndexOf(':', b), words.lastIndexOf(';', b)))
  )
    return null;
  // (`As McNevin was departing the meeting, xxxxxxxxxxxx called him back and asked`: joined to the verb of
  // a withheld name, with no subject named for the clause, the verb is that one's.)
  // (Not past a colon: `xxxxx provided insight ...: Kim refrained from criticizing ... and stated`.)
  const ownClause = Math.max(clauseStart, words.lastIndexOf(':', b) + 1, words.lastIndexOf(';', b) + 1);
  const withheldSubject = words
    .slice(ownClause, b)
    .some(
      (w, i) =>
        isRedaction(w) &&
        (i === 0 || words[ownClause + i - 1] === ',') &&
        s.tokens[ownClause + i + 1]?.word === true &&
        !s.tokens[ownClause + i + 1]?.cap,
    );
  if (joined && subjects.length === 0 && !joinedToMain && withheldSubject) return null;
  // (`Khamenei said "we will win.  I told them so," and added`: a verb joined right after a quotation that
  // a sentence before opened goes on from the one who spoke it.)
  const afterQuote =
    joined &&
    subjects.length === 0 &&
    f.quotedTokens.has(0) &&
    isQuoteMark(words[b - 1] ?? '') &&
    d.lastSpeaker;
  if (cue.agent) subject = cue.agent;
  else if (innerAct) subject = innerAct;
  else if (afterQuote) subject = pronounFor(d, afterQuote, b);
  else if (clauseOwner) subject = clauseOwner;
  else if (listHolder) subject = listHolder;
  else if (joinedToMain) subject = mainSubject;
  // (`Berlusconi has thrown his support behind ..., has publicly called for ..., has called on Obama`: a verb
  // whose auxiliary opens a clause after a comma goes on from the sentence's subject.)
  else if (
    words[b] === ',' &&
    /^(?:has|have|had)$/.test(lowered[b + 1] ?? '') &&
    mainSubject !== null &&
    mainSubject.to < b &&
    // (A series: the subject's own verb opens with the same auxiliary.)
    lowered[mainSubject.to] === lowered[b + 1] &&
    (mainSubject.kind === 'person' || mainSubject.kind === 'pronoun')
  )
    subject = mainSubject;
  else if (coordinated) {
    const last = subjects.at(-1) ?? null;
    const person = [...subjects].reverse().find((m) => m.kind === 'person' || m.kind === 'pronoun');
    // (Not `Zapatero said Spain had pressed Chavez ... and urged Venezuela`: joined with no comma to a verb
    // in the pluperfect, the verb is the same body's act.)
    const previous = cues[index - 1];
    const pluperfect =
      previous !== undefined &&
      lowered[previous.k - 1] === 'had' &&
      last?.to === previous.k - 1 &&
      words[b - 1] !== ',';
    subject =
      last && (last.kind === 'country' || last.kind === 'organization') && person && !pluperfect
        ? person
        : last;
    // (`chronicled it in a book (that Sarkozy described as "courageous") but denied`: past an aside in
    // parentheses, the verb goes on from the subject outside it.)
    if (last && inParentheses(words, last.from) && !inParentheses(words, k))
      subject = subjects.findLast((m) => !inParentheses(words, m.from)) ?? last;
    // (`He implied that it lacks the urgency Galvan suggested, but did admit`: a name that opens a clause
    // right after a noun, whose verb that noun is the object of, is not who the joined verb goes on from.)
    const earlier = subjects.at(-2);
    if (last && earlier && objectRelativeSubject(s, last)) subject = earlier;
    // (`When Poloff challenged him, Julius Malema backed off and said`: the one who spoke in the opening
    // clause is not the subject of the main clause's verbs.)
    if (last && mainSubject && openingEnd >= 0 && last.from < openingEnd && mainSubject.from > openingEnd)
      subject = mainSubject;
  } else if (lemma === 'according to') subject = accordingSubject(f, ctx, cue);
  else if (lemma === 'in view') subject = mentionAt(s, k + 1);
  else if (lemma === 'view was') subject = s.mentions.find((m) => m.to === k || m.to === k - 1) ?? null;
  else if (participle && inDescription(s, k)) return null;
  else if (participle && words[k - 1] === ',' && unnamedVerbEnds.has(k - 1)) return null;
  // `Jobim has already gone on record saying that`: the one on record speaks.
  else if (participle && lowered[k - 1] === 'record' && lowered[k - 2] === 'on')
    subject = s.mentions.filter((m) => m.to <= k - 2 && subjectLike(m)).at(-1) ?? null;
  // (`with Minister Calvo on record in the past as saying`: on record, past a time, as saying.)
  // (The one right before `on record` is on it, even after `with`.)
  else if (participle && lowered[k - 1] === 'as' && onRecordAt(lowered, k - 1) >= 0) {
    const on = onRecordAt(lowered, k - 1);
    subject =
      s.mentions.find((m) => m.to === on && (m.kind === 'person' || m.kind === 'role')) ??
      s.mentions.filter((m) => m.to <= on && subjectLike(m)).at(-1) ??
      null;
  }
  // `quoted General Petraeus as saying`, `Badr al Busaidi ... is quoted as saying`: the one quoted speaks.
  else if (participle && lowered[k - 1] === 'as') {
    const quoted = s.mentions.find(
      (m) => m.to === k - 1 && QUOTING_VERBS.has(lowered[quotedFrom(s, m)] ?? ''),
    );
    if (quoted) subject = quoted;
    else if (QUOTING_VERBS.has(lowered[k - 2] ?? ''))
      subject = s.mentions.filter((m) => m.to <= k - 2 && subjectLike(m)).at(-1) ?? null;
    else return null;
  }
  // `Ocheng recalls Lt Col Otema saying`, `heard Karzai telling`: the one heard or remembered speaks.
  else if (
    participle &&
    s.mentions.some((m) => m.to === k && m.kind === 'person' && HEARING_VERBS.has(lowered[m.from - 1] ?? ''))
  ) {
    subject = s.mentions.find((m) => m.to === k && m.kind === 'person') ?? null;
  }
  // `Van Rompuy said ..., with Van Daele calling it a nightmare`: the one `with` names speaks.
  // (`with Miliband recently remarking to Waite`, `with Leutheusser-Schnarrenberger heavily criticizing`:
  // adverbs may stand between.)
  else if (participle && s.mentions.some((m) => m.to === pastLyAdverbs(lowered, b) + 1 && withSpeaker(m))) {
    subject = s.mentions.find((m) => m.to === pastLyAdverbs(lowered, b) + 1 && withSpeaker(m)) ?? null;
  }
  // `remain informed`, `keep France informed`: a state, not an act of telling.
  else if (
    lemma === 'inform' &&
    (STATE_VERBS.has(lowered[k - 1] ?? '') || STATE_VERBS.has(lowered[k - 2] ?? ''))
  )
    return null;
  // `his warning that ...`, `Larijani's warning`: after a possessive the -ing word is a noun.
  else if (
    (participle || /[^s]s$/.test(lowered[k] ?? '')) &&
    (POSSESSIVE_PRONOUNS.has(lowered[k - 1] ?? '') || /['’]s$/.test(words[k - 1] ?? ''))
  )
    return null;
  // `GCC states should not allow`, `European states can`: after a side's name, a noun in the plural, the
  // subject of the modal after it (`which he says will` reports).
  else if (
    /s$/.test(lowered[k] ?? '') &&
    MODALS.has(lowered[after] ?? '') &&
    s.mentions.some((m) => m.to === k && (m.kind === 'organization' || m.kind === 'country'))
  )
    return null;
  else if (participle) subject = participleSubject(f, ctx, cue, index);
  else if (
    isRedaction(words[b] ?? '') ||
    // (`[Name removed] said`: a later release's own mark for a withheld name.)
    (words[b] === ']' && lowered[b - 1] === 'removed')
  ) {
    if (f.redactedAt < 0) f.redactedAt = k;
    d.redactedSpoke = s.paragraph;
    return null;
  } else if (unnamedBeforeWho(s, whoBefore(s, b))) {
    // (`told an election rally that the woman who accused Zuma of rape`: `who` speaks for someone the
    // cable does not name.)
    return null;
  } else if (unnamedRelativeObject(s, b)) {
    return null;
  } else if (relativeAntecedent(s, whoBefore(s, b), resolvable)) {
    // `EconOff also spoke with Deputy Minister Makukha who acknowledged`: `who` speaks for the one
    // named before it, even where that one was spoken to.
    subject = relativeAntecedent(s, whoBefore(s, b), resolvable);
  } else if (unlistedBodyBefore(s, b, ctx.byMention)) {
    // (`and that the Supreme Court had asked the Armed Forces`: a body the lexicons do not list speaks,
    // not a person named before it.)
    return null;
  } else subject = nearestSubject(f, d, ctx, cue, progressive ? b - 1 : b);
  if (!subject) return null;
  // (`In the same vein of ... "local solutions," as he put it, AWK recommended`: an aside's `he` is the
  // main clause's subject named after it.)
  const namedAfter =
    subject.kind === 'pronoun' && lowered[subject.from - 1] === 'as' && words[after] === ','
      ? s.mentions.find((m) => m.from === after + 1 && m.kind === 'person' && f.subjectLike(m))
      : undefined;
  if (namedAfter) subject = namedAfter;
  // (`In my meeting with Justice Minister Bastos (ref B), he asked`: the writer met him; `he` is the one met.)
  // (`In later discussions with FM Milliband, he indicated`: so in the writer's meetings the sentence opens
  // with, with someone of another side than the writer's.)
  if (subject.kind === 'pronoun' && (subject.label === 'he' || subject.label === 'she')) {
    const partner = meetingPartner(s, lowered, subject.from);
    if (partner?.kind === 'person' && writersMeeting(s, ctx, partner, subject)) subject = partner;
  }
  // (`neither he nor the NSS Chairman challenged our information`: denied of both.)
  {
    let j = subject.from - 1;
    while (j >= 0 && subject.from - j <= 3 && (lowered[j] === 'the' || s.tokens[j]?.cap)) j--;
    if (subject.to <= k && (lowered[j] === 'nor' || lowered[j] === 'neither')) return null;
  }
  // (`more than the six offered in Geneva`: a group counted is the subject, no one named.)
  if (lowered[b - 1] === 'the' && (NUMBER_WORDS.has(lowered[b] ?? '') || /^\d+$/.test(lowered[b] ?? '')))
    return null;
  // (`while 13 percent said Medvedev`: a share of people polled is the subject, no one named.)
  if (/^(?:percent|%)$/.test(lowered[b] ?? '') && subject.to <= b) return null;
  // (`would provide food aid if Pyongyang asked for it`, `if the West spoke out`: a condition whose
  // subject is a place or a side, no one named before.)
  if (
    subject.to <= b &&
    /^(?:if|unless|whether)$/.test(lowered[lowered[b - 1] === 'the' ? b - 2 : b - 1] ?? '') &&
    s.tokens[b]?.cap &&
    !s.mentions.some((m) => m.from <= b && b < m.to)
  ) {
    placeSubjectCues.push(k);
    return null;
  }
  // (`if Pyongyang asked for it and agreed to monitoring`: a verb joined to that one is its subject's.)
  if (joined && placeSubjectCues.some((u) => u < b && !cues.some((c) => c.k > u && c.k < k))) return null;
  // `bad for the struggle if Jackson advocated lifting sanctions`: a condition, no act reported.
  // (`Asked ... whether he advocated engaging Iran`: a question, no act reported.)
  if (subject.to <= k && /^(?:if|unless|whether)$/.test(lowered[subject.from - 1] ?? '')) return null;
  // `Kim offered no reaction`, `expressed no view`: nothing said (`said no` refuses).
  if (lowered[after] === 'no' && !/^(?:say|reply|answer|respond)$/.test(lemma)) return null;
  // (`he spoke to none of them of his escape plans`, `told no one`: no one was spoken to.)
  // (Not `said no one opposes`, `said nothing is slowing`: the words' own subject.)
  const listener = lowered[after] === 'to' ? after + 1 : cue.takesObject ? after : -1;
  if (
    listener >= 0 &&
    (/^(?:none|nobody)$/.test(lowered[listener] ?? '') ||
      (lowered[listener] === 'no' && lowered[listener + 1] === 'one'))
  )
    return null;
  if (subject.kind === 'pronoun' && f.redactedAt >= 0 && subject.from > f.redactedAt) return null;
  // `wary of what Iran says`, `what Morales says matters`: in the present, a clause that `what` opens
  // tells what someone habitually says, no act reported (`what he described as`, `what he said` are).
  if (subject.to <= k && lowered[subject.from - 1] === 'what' && /[^s]s$/.test(lowered[k] ?? '')) return null;
  // (`ordering an investigation into what Mezerhane said`: words named again as the object of a noun's
  // preposition, no act of their own.)
  if (
    subject.to <= k &&
    lowered[subject.from - 1] === 'what' &&
    /^(?:into|about|over|on)$/.test(lowered[subject.from - 2] ?? '')
  )
    return null;
  subjects.push(subject);
  return { subject, b, joined, coordinated, participle };
}

/** Whether the sentence opens with `They` or `We` and the verb of their clause, before b. */
function pluralOpenerVerb(f: SentenceFrame, b: number): boolean {
  const { s, lowered, cues } = f;
  if (!/^(?:they|we)$/.test(lowered[0] ?? '') || b < 2) return false;
  return /^\p{Ll}+ed$/u.test(s.words[1] ?? '') || cues.some((c) => c.k === 1);
}

/**
 * The verb `isVerb` accepts within the three words in lower case before the noun at b (`issued a
 * statement`, `spent several minutes`), or -1.
 */
function verbBeforeNoun(s: SentenceMentions, b: number, isVerb: (word: string) => boolean): number {
  for (let j = b - 1; j >= b - 3 && j >= 1; j--) {
    if (isVerb(s.lower[j] ?? '')) return j;
    if (!s.tokens[j]?.word || s.tokens[j]?.cap) return -1;
  }
  return -1;
}

/** Before `issued a statement` (ending at b) by several named, where its subject ends; b itself otherwise. */
function pastIssuedStatement(s: SentenceMentions, b: number): number {
  if (!SPEECH_NOUNS.has(s.lower[b] ?? '')) return b;
  const j = verbBeforeNoun(s, b, (w) => ISSUING_FORMS.has(w));
  if (j < 0) return b;
  // (Only for several named together, which the participle's own reading would not share.)
  let end = j - 1;
  while (end > 0 && DASH.test(s.words[end] ?? '')) end--;
  const last = s.mentions.find((m) => m.kind === 'person' && m.to === end + 1);
  return last && s.lower[last.from - 1] === 'and' ? j - 1 : b;
}

/** Before `spent several minutes` (ending at b), where its subject ends; b itself otherwise. */
function pastTimeSpent(s: SentenceMentions, b: number): number {
  if (!TIME_NOUNS.has((s.lower[b] ?? '').replace(/s$/, ''))) return b;
  const j = verbBeforeNoun(s, b, (w) => /^(?:spent|spends|spend)$/.test(w));
  return j < 0 ? b : j - 1;
}

/**
 * `the Supreme Court`, `the Public Ministry` ending at b: capitalised words after `the` that no mention
 * holds, the name of a body no lexicon lists.
 */
function unlistedBodyBefore(
  s: SentenceMentions,
  b: number,
  byMention: ReadonlyMap<Mention, Person>,
): boolean {
  let j = b;
  while (j >= 0 && b - j < 5 && s.tokens[j]?.cap && s.tokens[j]?.word) j--;
  if (j === b || s.lower[j] !== 'the' || s.allCaps) return false;
  // (Not `Kortunov of the Eurasia Foundation agreed`, `Ortega and the FSLN agreed`: a body after a
  // preposition, or joined to a name, goes with that name, who speaks.)
  // (Nor `Save the Children`: a capitalised word before `the` makes it part of one name.)
  const before = s.lower[j - 1] ?? '';
  if (s.tokens[j - 1]?.cap) return false;
  if (PREPOSITIONS_BEFORE.has(before) || before === 'at' || before === 'to' || before === 'by') return false;
  if (before === 'and' && s.mentions.some((m) => m.to === j - 1)) return false;
  // (A name read as a person's that no person took, `Supreme`, holds nothing.)
  return !s.mentions.some((m) => m.from <= b && m.to > j + 1 && (m.kind !== 'person' || byMention.has(m)));
}

/** `according to X`, `per A/S Carson`: the one cited, past the side and office before the name. */
function accordingSubject(f: SentenceFrame, ctx: StatementContext, cue: CueAt): Mention | null {
  const { k, length } = cue;
  const after = k + length;
  const { s, words, lowered } = f;
  // (`According to xxxxx Gul was not a member`: a withheld source, its comma lost; no one named.)
  if (isRedaction(words[after] ?? '')) return null;
  // (`According to those closest to Zuma`: people the cable does not name, whoever they are close to.)
  if (UNNAMED_SOURCE_WORDS.has(lowered[after] ?? '')) return null;
  let subject: Mention | null =
    mentionAt(s, after) ?? mentionAt(s, after + 1) ?? accordingNames(s, after, ctx)[0] ?? null;
  // (`according to UK Embassy Econoff Tamsin Rees`: the side and office before a name are the name's.)
  while (subject && subject.kind !== 'person') {
    const next = s.mentions.find((m) => m.from === subject?.to);
    if (!next || (next.kind !== 'person' && next.kind !== 'role')) break;
    subject = next;
  }
  // (`according to Berlin leader Klaus Lederer,`: a person who ends the phrase a few words on, past a
  // place and an office in lower case that no mention holds.)
  if (!subject) {
    let end = after;
    while (end < words.length && end - after <= 6 && !/^[,;:.]$/.test(words[end] ?? '')) end++;
    subject =
      s.mentions.find(
        (m) => m.kind === 'person' && m.to === end && m.from <= after + 3 && ctx.byMention.has(m),
      ) ?? null;
  }
  // (`according to French MFA Acting Middle East Director (Assistant-Secretary equivalent)
  // Jean-Christophe Paucelle`: a person who ends the phrase, past its offices and a note in parentheses.)
  const office = subject;
  // (`according to Ankara University professor Tanel Demirel`: or a name that is no one's, a body's.)
  if (office && (office.kind !== 'person' || !ctx.byMention.has(office))) {
    let end = after;
    while (end < words.length && end - after <= 14 && !/^[,;:.]$/.test(words[end] ?? '')) end++;
    const named = s.mentions.find(
      (m) => m.kind === 'person' && m.from > office.from && m.to === end && ctx.byMention.has(m),
    );
    if (named) subject = named;
  }
  // (`according to a researcher from NGO Global Justice, Rafael Dias.`: the source described, then named
  // in apposition at the sentence's end.)
  if (subject?.kind !== 'person') {
    const comma = words.indexOf(',', after);
    const named =
      comma > after && comma - after <= 10
        ? s.mentions.find((m) => m.kind === 'person' && m.from === comma + 1 && ctx.byMention.has(m))
        : undefined;
    if (named && (named.to >= words.length || /^[.;]$/.test(words[named.to] ?? ''))) subject = named;
  }
  // (`According to a Russian legend`: a people's name before a thing's noun says whose thing, not who said.)
  const thing = subject?.kind === 'country' ? s.tokens[subject.to] : undefined;
  if (
    thing?.word &&
    !thing.cap &&
    !isPersonNoun(lowered[subject?.to ?? -1] ?? '') &&
    !HUMAN_NOUNS.has(lowered[subject?.to ?? -1] ?? '') &&
    !VOICE_NOUNS.has(lowered[subject?.to ?? -1] ?? '')
  )
    return null;
  // (`According to a recent biography of Royal`, `to an aide of Royal`: what or who is of the person says it.)
  if (
    subject?.kind === 'person' &&
    lowered[subject.from - 1] === 'of' &&
    subject.from - 2 >= after &&
    s.tokens[subject.from - 2]?.word &&
    !s.tokens[subject.from - 2]?.cap
  )
    return null;
  // (`per Ahlin`, `per A/S Carson`: only a person or an office; `per reftel`, `per Spain` cite papers.)
  if (lowered[k] === 'per' && subject?.kind !== 'person' && subject?.kind !== 'role') return null;
  // (`according to Obeid's business card`: what the person owns says it, not the person.)
  if (subject && /['’]s$/.test(words[subject.to - 1] ?? '') && s.tokens[subject.to]?.word) return null;
  // (`According to his doctor`, `to his staff`: nor one whose people, unnamed, say it; `according to his
  // information` is his own word.)
  const owned = lowered[subject?.to ?? -1] ?? '';
  if (
    subject?.kind === 'pronoun' &&
    POSSESSIVE_PRONOUNS.has(lowered[subject.from] ?? '') &&
    (isPersonNoun(owned) ||
      HUMAN_NOUNS.has(owned) ||
      owned === 'staff' ||
      TITLES.match(words, subject.to, lowered) !== null)
  )
    return null;
  return subject;
}

/** Verbs of putting out a text (`issued a statement`), whose participle after it is the issuer's words. */
const ISSUING_FORMS: ReadonlySet<string> = new Set(['issued', 'released', 'published', 'posted', 'made']);

/**
 * The person named as the subject of a clause inside reported words, before `by` at byAt (`said that
 * Sharif had violated a promise by ...`): named after the last verb of speech, a verb in the past after it,
 * and no punctuation between it and `by`.
 */
function reportedClauseSubjectBefore(f: SentenceFrame, ctx: StatementContext, byAt: number): Mention | null {
  const { s, lowered, cues } = f;
  const cue = cues.filter((c) => c.k < byAt).at(-1);
  if (!cue) return null;
  const named = s.mentions.filter(
    (m) =>
      m.kind === 'person' &&
      m.from > cue.k &&
      m.to < byAt &&
      ctx.byMention.has(m) &&
      (/^(?:had|has|have)$/.test(lowered[m.to] ?? '') || /^\p{Ll}+ed$/u.test(s.words[m.to] ?? '')) &&
      !s.words.slice(m.to, byAt).some((w) => /^[,;:()]$/.test(w)),
  );
  return named[0] ?? null;
}

/**
 * The subject of a participle (`..., saying`, `Noting that ..., MbZ stated`): the writer of a letter, the
 * one who issued a statement, the subject of the main clause, or the one who spoke before it.
 */
function participleSubject(
  f: SentenceFrame,
  ctx: StatementContext,
  cue: CueAt,
  index: number,
): Mention | null {
  const { k, weak } = cue;
  const { s, words, lowered, cues, objects, subjects, unnamedCues } = f;
  const { resolvable, clauseSubject } = f;
  // (`..., notes xxxxx, recalling that`, `xxxxx, observing that`: right after a withheld name that opens
  // the sentence or that a verb of speech before it has for subject, the participle is that source's.)
  if (
    words[k - 1] === ',' &&
    isRedaction(words[k - 2] ?? '') &&
    (k === 2 || CUES.match(words, k - 3, lowered)?.length === 1)
  )
    return null;
  // (`The official media service went a step further, adding that`: after a main clause whose subject is
  // a thing or a body named by common nouns only, with nothing named before, the participle is its.)
  // (`Other critics take a more subtle tack, arguing`: or people unnamed, counted by a word of quantity.)
  const countedOpening =
    ARTICLES.has(lowered[0] ?? '') ||
    ((QUANTITY_WORDS.has(lowered[0] ?? '') || COUNTING_DETERMINERS.has(lowered[0] ?? '')) &&
      /^\p{Ll}+s$/u.test(words[1] ?? ''));
  if (
    countedOpening &&
    words[k - 1] === ',' &&
    !cues.some((c) => c.k < k) &&
    // (A body named is the subject itself: `The USG has approached the UAEG ..., asking`.)
    !s.mentions.some((m) => m.from < k) &&
    // (Not `The vice president opened the meeting warmly, saying`: an office in lower case.)
    !lowered.slice(0, k).some((_, j) => TITLES.match(words, j, lowered) !== null)
  )
    return null;
  // `a letter from Serbian Permrep Jevremovic requesting ...`: the writer of the letter speaks.
  // (`a letter ... from SECDEF explaining ...`: an office or a body writes too, not the one who spoke of it.)
  // (`a personal letter from President Obama to Prince Mohammed expressing`: past the one it is sent to.)
  const sentTo = s.mentions.find((m) => m.to === k && m.kind !== 'pronoun' && lowered[m.from - 1] === 'to');
  const senderEnd = sentTo ? sentTo.from - 1 : k;
  // (`a call from a nervous FM Rodriguez demanding`: past an article and an adjective.)
  const fromBefore = (m: Mention) => {
    let j = m.from - 1;
    while (
      j > m.from - 4 &&
      (ARTICLES.has(lowered[j] ?? '') ||
        (s.tokens[j]?.word &&
          !s.tokens[j]?.cap &&
          /^\p{Ll}+$/u.test(words[j] ?? '') &&
          lowered[j] !== 'from'))
    )
      j--;
    return lowered[j] === 'from' && (j === m.from - 1 || ARTICLES.has(lowered[j + 1] ?? ''));
  };
  // (`calls from the Minister of Communications complaining`: an office and its portfolio, which the
  // office's mention does not hold.)
  const portfolioEnd = (m: Mention) => {
    if (m.kind !== 'role' || lowered[m.to] !== 'of') return m.to;
    let j = m.to + 1;
    while (j < senderEnd && j - m.to <= 4 && s.tokens[j]?.cap && s.tokens[j]?.word) j++;
    return j > m.to + 1 ? j : m.to;
  };
  const sender = s.mentions.find(
    (m) => portfolioEnd(m) === senderEnd && m.kind !== 'pronoun' && fromBefore(m),
  );
  // (`contradictory public statements by Trinidad Jimenez this week regarding Cuba, telling the Senate`:
  // the author of the statements, past words of time and topic, speaks in the participle set off after.)
  const author = words[k - 1] === ',' ? statementsAuthor(f, k) : null;
  if (author) return author;
  // (`a paper published in March 2009 by PBOC Governor Zhou Xiaochuan advocating`: what its author, named
  // after `by` right before the participle, put out says it.)
  const writer = s.mentions.find(
    (m) =>
      m.to === k &&
      m.kind === 'person' &&
      ctx.byMention.has(m) &&
      writtenBefore(lowered, byBefore(s, m.from)),
  );
  if (writer) return writer;
  // `with the neighbors arguing ...`: a participle right after a common noun describes that noun.
  // (`the White House press statement on August 5 responding to`: past a date, the noun it follows.)
  // (Not `gave the impassioned address to the public May 7 asking`: a date with no `on` may end the phrase.)
  const dated = lowered[k - 3] === 'on' && dateOnly(lowered, k - 3, k) ? k - 3 : k;
  const previous = s.tokens[dated - 1];
  // (`send a letter to the UNSC requesting ...`: after the body it is sent to, the letter requests;
  // `statements by SecDef raising the pressure`: after their author, the statements raise it.)
  // (`Chabane issued a statement saying that ...`: words one issued in writing are that one's.)
  // (`have made unhelpful, preemptive statements saying`: past adjectives, set off by a comma too.)
  let issuedAt = k - 2;
  while (
    issuedAt > 0 &&
    k - issuedAt <= 5 &&
    !ISSUING_FORMS.has(lowered[issuedAt] ?? '') &&
    (words[issuedAt] === ',' ||
      (s.tokens[issuedAt]?.word === true &&
        !s.tokens[issuedAt]?.cap &&
        !PREPOSITIONS_BEFORE.has(lowered[issuedAt] ?? '') &&
        lowered[issuedAt] !== 'to'))
  )
    issuedAt--;
  // (`Ndiaye responded with a letter defending the land deal`: an answer in writing is the one's who gave it.)
  if (answerInWriting(lowered, k)) issuedAt = k - 4;
  const issued =
    SPEECH_NOUNS.has(lowered[k - 1] ?? '') &&
    (ISSUING_FORMS.has(lowered[issuedAt] ?? '') || ANSWER_VERBS.has(lowered[issuedAt] ?? ''));
  // (The one who issued it is the subject of `issued`, named right before it past `has already`; not
  // `President Karzai's office had released a statement noting`, an office no one named.)
  let issuerEnd = issuedAt - 1;
  while (issuerEnd > 0 && /^(?:has|had|have|also|already|later|then|,)$/.test(lowered[issuerEnd] ?? ''))
    issuerEnd--;
  // (`President Tadic and others have made ... statements saying`: the one named before `and others`.)
  if (lowered[issuerEnd] === 'others' && lowered[issuerEnd - 1] === 'and') issuerEnd -= 2;
  const issuer = issued
    ? s.mentions.find(
        (m) => m.to === issuerEnd + 1 && (m.kind === 'person' || m.kind === 'role') && !isPossessor(s, m),
      )
    : undefined;
  if (issued && !issuer) return null;
  // (`had written a letter to President Medvedev complaining about ... a historian, Mikhail Suprun,`: what
  // is sent to someone is the writer's, not a name after it.)
  // (`In response to Edelman noting`: the one responded to speaks.)
  if (sentTo && RESPONSE_WORDS.has(lowered[sentTo.from - 2] ?? '')) return sentTo;
  if (
    sentTo &&
    !sender &&
    /^(?:a|an|the)$/.test(lowered[sentTo.from - 3] ?? '') &&
    (f.mainSubject?.from ?? -1) > k
  )
    return null;
  // (In capitals, `WITH SLOGANS CALLING FOR`: any word that is no name's.)
  const afterNoun =
    (!issued &&
      previous?.word === true &&
      (!previous.cap || s.allCaps) &&
      !GERUND_LEADS.has(lowered[k - 1] ?? '') &&
      !ADVERBS.has(lowered[k - 1] ?? '') &&
      // (`, bitterly reminding me that`: an adverb in -ly, unless an article makes it a noun, `the family`.)
      !(/^\p{Ll}+ly$/u.test(words[k - 1] ?? '') && !ARTICLES.has(lowered[k - 2] ?? '')) &&
      // (`, for instance telling me that`: an aside before the participle.)
      !(lowered[k - 2] === 'for' && /^(?:instance|example)$/.test(lowered[k - 1] ?? '')) &&
      !s.mentions.some((m) => m.to === k)) ||
    s.mentions.some((m) => {
      // (`the recent Iranian message, brought by Larijani, offering to help`: past a passive set off by
      // commas, the participle goes on describing the noun before it.)
      const setOff = m.to === k - 1 && words[k - 1] === ',';
      if (m.to !== k && !setOff) return false;
      const at = lowered[m.from - 1] === 'the' ? m.from - 2 : m.from - 1;
      return (
        (!setOff && lowered[at] === 'to' && (m.kind === 'organization' || m.kind === 'country')) ||
        (lowered[at] === 'by' &&
          (!setOff || words[at - 2] === ',') &&
          // (`the evidence provided by the Ambassador suggesting`: what was given suggests.)
          /^(?:statements?|remarks?|comments?|letters?|\w+ed|given|written|made|shown|brought|sent)$/.test(
            lowered[at - 1] ?? '',
          ))
      );
    });
  // `Noting that even if Ahmadinejad changed ..., MbZ stated`: a participle that opens the sentence
  // belongs to the subject of the verb its clause leads to, not to a name inside it.
  // (`Summary: Declaring ...`: past a label.)
  const label = words[1] === ':' && LABEL_WORDS.has(lowered[0] ?? '') ? 2 : 0;
  const opening = s.tokens
    .slice(label, k)
    .every(
      (t, i) =>
        !t.word || ADVERBS.has(lowered[i + label] ?? '') || GERUND_LEADS.has(lowered[i + label] ?? ''),
    );
  // (Not a name in a note in parentheses before the main verb: `Param Cumaraswamy (who helped represent
  // Anwar Ibrahim ...) told`.)
  const subjectOf = (main: CueAt) => {
    const notes = asideSpans(s, main.k).filter(([from]) => words[from] === '(');
    return s.mentions
      .filter(
        (m) =>
          m.to <= main.k &&
          m.from > k &&
          !inOpeningPhrase(f, m, main.k) &&
          !notes.some(([from, to]) => m.from > from && m.to <= to) &&
          !m.object &&
          !objects.has(m) &&
          resolvable(m) &&
          !isPossessor(s, m) &&
          // (`Echoing these comments, Sir David Ormond, a former ... Coordinator within HMG, called`: the
          // office in apposition is the name's.)
          (m.kind === 'person' ||
            m.kind === 'pronoun' ||
            (m.kind === 'role' && !nameBeforeClosedApposition(s, m))),
      )
      .at(-1);
  };
  // (`Noting that Qabalan, head of the Council, had urged Berri ..., Jumblatt said`: the main clause
  // is the one whose subject a comma sets off, not a verb inside the opening clause.)
  const mains = opening ? cues.filter((c) => c.k > k && !/ing$/.test(lowered[c.k] ?? '')) : [];
  // (`Speaking of the growth of India and China, ..., he said`: at the opening, before a verb of speech of
  // the main clause, a transition to a topic, not an act of its own.)
  if (cue.lemma === 'speak of' && mains.length > 0) return null;
  // (`Calling the sale ..., the article notes that ...`: an opening whose main verb of speech has a thing for
  // subject is the thing's, not a name's further on; not a verb inside the opening itself, `Noting that USG
  // officials have suggested ..., Yang said`, nor a noun for someone the cable named, `the Chinese diplomat`.)
  const openingClose = words.indexOf(',', k);
  const thingSubject = (end: number) => {
    let j = end - 2;
    while (j >= 0 && ADVERBS.has(lowered[j] ?? '')) j--;
    const w = lowered[j] ?? '';
    return !isPersonNoun(w) && !isPersonNoun(w.replace(/s$/, ''));
  };
  if (
    opening &&
    openingClose > k &&
    [...f.unnamedVerbEnds].some(
      (end) => end > openingClose && (mains[0] === undefined || end <= mains[0].k) && thingSubject(end),
    )
  )
    return null;
  const setOff = mains.map(subjectOf).find((m) => m !== undefined && words[m.from - 1] === ',');
  // (`Echoing his statements at the UN ..., President Uribe linked`: with no verb of speech after it, the
  // subject right after the opening's comma.)
  const closing = opening && mains.length === 0 ? words.indexOf(',', k) : -1;
  const afterOpening =
    closing > k
      ? s.mentions.find(
          (m) =>
            m.from === closing + 1 &&
            (m.kind === 'person' || m.kind === 'pronoun') &&
            !isPossessor(s, m) &&
            s.tokens[m.to]?.word === true &&
            !s.tokens[m.to]?.cap,
        )
      : undefined;
  const mainClauseSubject = setOff ?? (mains[0] ? subjectOf(mains[0]) : undefined) ?? afterOpening;
  // (`Seehofer expressed interest in the reform, expressing his concern`: after a comma, the participle
  // goes on from the speaker of the verb before it in the sentence.)
  // (Not after `according to X`: `Karzai, according to Mangal, backed down, telling ...` is Karzai's.)
  // (`, publicly stating`: an adverb may stand between the comma and the participle.)
  const before = cues[index - 1];
  // (`Tehran had refrained from overplaying ..., preferring to point the finger at Europe, indicating that
  // ...`: after a participle that reports nothing, set off by commas, the next goes on from the same.)
  if (words[k - 1] === ',') {
    const open = words.lastIndexOf(',', k - 2);
    const lead = lowered[open + 1] ?? '';
    // (Not `Menon said, referring to the Army, arguing that`: a tag's participles go on from the tag; nor
    // `including`, `regarding`, prepositions in all but form.)
    if (
      open > 0 &&
      /ing$/.test(lead) &&
      !/^(?:including|excluding|regarding|concerning|following|according|during)$/.test(lead) &&
      !cues.some((c) => c.k === open + 1 || c.k + c.length === open) &&
      k - open <= 12
    )
      return null;
  }
  // (`expressed frustration with ...; relief that elections had transpired well, offering a possible
  // conclusion ...; exasperation with ...`: inside a list of what was expressed, set off by semicolons, a
  // participle describes an item of the list.)
  if (before && words.slice(before.k, k).includes(';') && words.indexOf(';', k) > k) return null;
  let comma = k - 1;
  // (`, bitterly reminding me that`: past an adverb in -ly too.)
  while (comma > 0 && (ADVERBS.has(lowered[comma] ?? '') || /^\p{Ll}+ly$/u.test(words[comma] ?? ''))) comma--;
  // (`Although ElBaradei said ..., the IAEA Board of Governors passed a resolution, citing ...`: a clause
  // with a subject of its own after those words goes on in the participle.)
  const ownClauseSubject = before
    ? s.mentions.find(
        (m) =>
          m.from > before.k + before.length &&
          m.to < comma &&
          m.kind !== 'pronoun' &&
          !m.object &&
          !objects.has(m) &&
          // (`he had learned that former Iranian foreign minister Ali Akbar Velayati had discreetly contacted
          // USG officials ..., agreeing to`: or `that`, with an adjective of time before the office.)
          // (`as the Chinese then backed out of the discussion, citing`: or a conjunction of time or cause.)
          (/^[,"”]$/.test(words[m.from - 1] ?? '') ||
            lowered[m.from - 1] === 'that' ||
            CAUSE_CONJUNCTIONS.test(lowered[m.from - 1] ?? '') ||
            (/^(?:former|then|late)$/.test(lowered[m.from - 1] ?? '') && lowered[m.from - 2] === 'that')) &&
          // (Not a name inside the words quoted: `noted that "Ataturk banned ...," adding`.)
          quotedWords(f.quotedTokens, m.from) - (m.to - m.from) < 3 &&
          ownVerbAfter(s, m.to, comma, cues),
      )
    : undefined;
  // (`announced that he would remain the PP leader--reminding Spanish citizens that`: or a dash.)
  const spokeBefore =
    (words[comma] === ',' || DASH.test(words[comma] ?? '')) &&
    before &&
    before.lemma !== 'according to' &&
    before.lemma !== 'in view' &&
    !ownClauseSubject
      ? subjects.at(-1)
      : undefined;
  // (`GOL officials insisted that ..., saying`, `GOL officials, referencing ...,`: after people the
  // cable does not name, the participle is theirs.)
  const lastUnnamed = unnamedCues.filter((u) => u < k).at(-1);
  if (
    (!spokeBefore &&
      words[comma] === ',' &&
      lastUnnamed !== undefined &&
      !cues.some((c) => c.k > lastUnnamed && c.k < k)) ||
    (words[k - 1] === ',' && (pluralSubjectBefore(s, k - 2) || groupClauseBefore(s, k - 1))) ||
    gerundOfBody(s, k)
  )
    return null;
  // (`Reyes, agreeing with the Charge that ..., emphasized`: set off right after a named person who speaks
  // later in the sentence, such a participle is that person's.)
  // (`John Reid, former ... Secretary, while admitting that ...,” argued`: after `while`, past an office in
  // apposition, and a comma inside a closing quote.)
  const setOffAt = /^(?:while|when)$/.test(lowered[k - 1] ?? '') ? k - 2 : k - 1;
  const beforeSetOff =
    words[setOffAt] === ',' ? s.mentions.find((m) => m.to === setOffAt && m.kind !== 'pronoun') : undefined;
  const named =
    beforeSetOff?.kind === 'person' ? beforeSetOff : beforeSetOff && nameBeforeApposition(s, beforeSetOff);
  if (
    weak &&
    named &&
    ctx.byMention.has(named) &&
    cues.some(
      (c) =>
        c.k > k &&
        !/ing$/.test(lowered[c.k] ?? '') &&
        // (`Charette, referring to recent events ... -- Iraq, Israel/Palestine, Lebanon, Egypt -- observed`:
        // or a dash closing the aside.)
        (words[c.k - 1] === ',' ||
          DASH_WORDS.has(words[c.k - 1] ?? '') ||
          (isQuoteMark(words[c.k - 1] ?? '') && words[c.k - 2] === ',')),
    )
  )
    return named;
  let byAt = k - 1;
  while (byAt > 0 && (ADVERBS.has(lowered[byAt] ?? '') || /^\p{Ll}+ly$/u.test(words[byAt] ?? ''))) byAt--;
  // (`allowed us to make good progress ..., including successfully pressing for`: a gerund that `including`
  // lists is part of what was done, no one's words.)
  // (`trying to help President Saleh, including by providing information`: or the means of such an act.)
  if (lowered[byAt] === 'including' || (lowered[byAt] === 'by' && lowered[byAt - 1] === 'including'))
    return null;
  // (`stating that Sharif had violated a promise ... by publicly calling for`: inside reported words, the
  // means is the act of that clause's own subject.)
  if (lowered[byAt] === 'by') {
    const own = reportedClauseSubjectBefore(f, ctx, byAt);
    if (own) return own;
  }
  // (`agreeing`, `highlighting`: such a participle reports speech only going on from a statement; not
  // after a date, which ends a noun it describes: `a message on September 16, 2002, revealing plans`.)
  // (At the opening, with `that` after it, such a participle reports the main subject's words:
  // `Admitting that he is dissatisfied ..., Musharraf stressed`.)
  // (Nor before a main verb of speech: `Declaring the summit a failure, Morales announced`.)
  // (`Bagapsh and Kokoity led off discussion of the appeal, charging that ...`: set off after the clause of
  // a person named at the sentence's opening, with `that` after it, such a participle reports that person.)
  const namedOpener = clauseSubject(k);
  // (`started spinning the conflict October 2, publicly declaring that`: the comma past an adverb in -ly.)
  const thatAfterClause =
    words[comma] === ',' &&
    (lowered[k + 1] === 'that' || (namedOpener !== null && moodBefore(s, namedOpener.to, comma))) &&
    // (Not after a clause of what is to come: `Mubarak will rail against ..., contending that`.)
    !(
      namedOpener !== null &&
      (MODALS.has(lowered[namedOpener.to] ?? '') ||
        (ADVERBS.has(lowered[namedOpener.to] ?? '') && MODALS.has(lowered[namedOpener.to + 1] ?? '')))
    ) &&
    !before &&
    (namedOpener?.kind === 'person' || (namedOpener?.kind === 'role' && namedOpener.definite === true)) &&
    // (`Once again, Bagapsh and Kokoity led off`: past a short opening phrase.)
    (namedOpener.from <= 2 || (words[namedOpener.from - 1] === ',' && namedOpener.from <= 6)) &&
    ctx.byMention.has(namedOpener);
  if (
    weak &&
    !thatAfterClause &&
    // (`a call from a nervous FM Rodriguez demanding`: a message's sender's words.)
    !(sender && sender.kind === 'person' && ctx.byMention.has(sender)) &&
    // (`responded with a letter defending`: an answer's.)
    !answerInWriting(lowered, k) &&
    !(mainClauseSubject && (lowered[k + 1] === 'that' || mains.length > 0)) &&
    // (`Accusing GM of "blackmailing" governments ..., he also revoked`: opening the sentence, a charge laid
    // against someone for something is the main subject's act, whatever that subject then did.)
    !(afterOpening && openingCharge(words, lowered, k, openingClose)) &&
    // (`Levin began all three meetings by conveying the President's message`: how one opened or closed
    // a meeting is what one said.)
    !(
      // (`started by briefly alluding to`: past an adverb.)
      lowered[byAt] === 'by' && lowered.slice(Math.max(0, byAt - 5), byAt).some((w) => OPENING_VERBS.has(w))
    ) &&
    // (`Kirchner and his Economic Minister ... used the opportunity to pander ... by rejecting categorically`:
    // the means of what the person who opens the sentence did, in words, is that person's act.)
    !(
      lowered[byAt] === 'by' &&
      (namedOpener?.kind === 'person' || namedOpener?.kind === 'pronoun') &&
      namedOpener.from <= 1 &&
      // (In the opener's own clause: not `Gomez added that the French have put Spain ... by demanding`,
      // `pointed out that, by agreeing to host the MD site, Poland had paid`.)
      !words.slice(namedOpener.to, byAt).some((w) => /^[;:()]$/.test(w)) &&
      !lowered.slice(namedOpener.to, byAt).some((w) => CLAUSE_WORDS.has(w)) &&
      // (Nor after a verb of speech, whose act it is, one with its means, `Karzai responded by highlighting`,
      // or inside whose words it stands, `He said he would stress ... -- by proposing`.)
      !cues.some((c) => c.k >= namedOpener.to && c.k < byAt)
    ) &&
    (!(spokeBefore && spokeBefore.kind !== 'organization' && spokeBefore.kind !== 'country') ||
      /^\d/.test(words[k - 2] ?? ''))
  )
    return null;
  // (`said ... progress failed as the Chinese backed out of the discussion, citing African opposition`: a
  // people or a body that a conjunction opens a clause with goes on in the participle, no one named.)
  if (
    ownClauseSubject &&
    (ownClauseSubject.kind === 'country' || ownClauseSubject.kind === 'organization') &&
    CAUSE_CONJUNCTIONS.test(lowered[ownClauseSubject.from - 1] ?? '') &&
    !issuer &&
    !sender &&
    !mainClauseSubject
  )
    return null;
  return issuer
    ? issuer
    : sender && (sender.kind !== 'person' || ctx.byMention.has(sender))
      ? sender
      : afterNoun
        ? null
        : // (`The GOC has explained that Chavez ... had made little progress, noting that`: a body
          // that spoke before goes on too; not a name inside what it said.)
          (mainClauseSubject ??
          (spokeBefore &&
          (spokeBefore.kind === 'person' ||
            spokeBefore.kind === 'pronoun' ||
            (spokeBefore.kind !== 'role' && spokeBefore === subjects[0]))
            ? spokeBefore
            : clauseBefore(clauseSubject(k), k, before !== undefined || spokenBefore(f, k))));
}

/** The `by` before a name at `from`, past the capitalised words of its body (`by People's Bank of China Governor`), or -1. */
function byBefore(s: SentenceMentions, from: number): number {
  let j = from - 1;
  while (j > from - 6 && j > 0 && (s.tokens[j]?.cap || s.lower[j] === 'of' || s.words[j] === "'s")) j--;
  return s.lower[j] === 'by' ? j : -1;
}

/** `a paper published in March 2009 by`: a noun of speech or writing, then a participle in -ed, before `by` at `by`. */
function writtenBefore(lowered: readonly string[], by: number): boolean {
  if (by < 0) return false;
  const from = Math.max(0, by - 7);
  const noun = lowered.slice(from, by).findIndex((w) => SPEECH_NOUNS.has(w) || WRITING_NOUNS.has(w));
  return noun >= 0 && lowered.slice(from + noun + 1, by).some((w) => /^\p{Ll}+ed$/u.test(w));
}

/** `Accusing GM of blackmail,`: a verb of blame at k whose target then `of` or `for` come before the comma at `close`. */
function openingCharge(
  words: readonly string[],
  lowered: readonly string[],
  k: number,
  close: number,
): boolean {
  if (CUES.match(words, k, lowered)?.entry.value.object !== 'target' || close <= k) return false;
  const at = lowered.slice(k + 1, Math.min(close, k + 7)).findIndex((w) => w === 'of' || w === 'for');
  return at > 0;
}

/**
 * `The Mayor was sanguine about the market, dismissing concerns`: the clause from `at` to the comma is a
 * verb of being and a word of mood, so a participle set off after it tells how that mood was voiced.
 */
function moodBefore(s: SentenceMentions, at: number, comma: number): boolean {
  let j = at;
  if (!COPULAS.has(s.lower[j] ?? '') && !/^(?:seemed|appeared|sounded)$/.test(s.lower[j] ?? '')) return false;
  j++;
  while (DEGREE_WORDS.has(s.lower[j] ?? '') || ADVERBS.has(s.lower[j] ?? '')) j++;
  const mood = s.lower[j] ?? '';
  if (!s.tokens[j]?.word || s.tokens[j]?.cap || /(?:ed|ing|ly)$/.test(mood)) return false;
  if (OBJECT_DETERMINERS.has(mood) || mood === 'a' || mood === 'an' || mood === 'the') return false;
  return comma - j <= 12 && !s.words.slice(j, comma).some((w) => w === ',' || w === ';');
}

/**
 * The person whose tag closes a sentence, set off after the words he reported (`..., Abbassi complained.`,
 * `..., said Haj Hamoud.`), or undefined.
 */
function closingTagOf(s: SentenceMentions | undefined, ctx: StatementContext): Person | undefined {
  if (!s) return undefined;
  let end = s.words.length;
  while (end > 0 && /^[.”"]$/.test(s.words[end - 1] ?? '')) end--;
  const name = s.mentions.find((m) => m.kind === 'person' && (m.to === end || m.to === end - 1));
  if (!name) return undefined;
  const cueAt = name.to === end ? name.from - 1 : name.to;
  const tagFrom = name.to === end ? name.from - 1 : name.from;
  if (s.words[tagFrom - 1] !== ',' && s.words[cueAt - 1] !== ',') return undefined;
  return CUES.match(s.words, cueAt, s.lower) !== null ? ctx.byMention.get(name) : undefined;
}

/**
 * A clause's subject for a participle at k: not a name after it when a verb of speech before the
 * participle has reported words already (`The opposition further argues ..., pointing out that Alberto
 * Fernandez reassigned` is the opposition's; `Repeating concerns ..., MbZ appeared convinced` is MbZ's).
 */
function clauseBefore(subject: Mention | null, k: number, spokeBefore: boolean): Mention | null {
  return subject && (!spokeBefore || subject.from < k) ? subject : null;
}

/** Whether a finite verb of speech stands before k in the sentence, whoever its subject (`argues`). */
function spokenBefore(f: SentenceFrame, k: number): boolean {
  for (let j = 0; j < k; j++)
    if (!/ing$/.test(f.lowered[j] ?? '') && CUES.match(f.words, j, f.lowered) !== null) return true;
  return false;
}

/**
 * Whether the meeting with `partner` that the sentence opens with is the writer's: `In my meeting with X`,
 * or `In later discussions with X, he` where X is of another side than the writer's.
 */
function writersMeeting(s: SentenceMentions, ctx: StatementContext, partner: Mention, he: Mention): boolean {
  const lead = s.lower[partner.from - 3] ?? '';
  if (/^(?:my|our)$/.test(lead)) return true;
  return (
    s.lower[0] === 'in' &&
    partner.from === 4 &&
    /^(?:later|subsequent|separate|earlier|a|an|the)$/.test(lead) &&
    s.words[he.from - 1] === ',' &&
    ctx.byMention.get(partner)?.affiliation !== 'United States'
  );
}

/** `statements by X ... , <participle at k>`: X, when no verb stands between X and the participle. */
function statementsAuthor(f: SentenceFrame, k: number): Mention | null {
  const { s, lowered, words, cues } = f;
  const m = s.mentions.findLast(
    (x) =>
      x.to < k - 1 &&
      k - x.to <= 10 &&
      x.kind === 'person' &&
      lowered[x.from - 1] === 'by' &&
      SPEECH_NOUNS.has(lowered[x.from - 2] ?? ''),
  );
  if (!m) return null;
  for (let j = m.to; j < k - 1; j++) {
    if (/^[;:,"“”()]$/.test(words[j] ?? '') || cues.some((c) => c.k === j)) return null;
    // (A verb in the past or the present between them ends the phrase; not `this`, `its`.)
    if (
      /(?:ed|[^s]s)$/.test(lowered[j] ?? '') &&
      !s.tokens[j]?.cap &&
      !/^(?:this|its)$/.test(lowered[j] ?? '')
    )
      return null;
  }
  return m;
}

/**
 * Whether a participle after the `and` at `and` goes on from a verb in the progressive before it (`the bank
 * is performing audits ... and asking inappropriate questions`): the same subject acts, no one speaks.
 */
function continuesProgressive(s: SentenceMentions, and: number): boolean {
  const lowered = s.lower;
  for (let j = and - 1; j > 0 && and - j <= 16; j--) {
    const w = lowered[j] ?? '';
    if (w === ';' || w === ':' || w === 'that') return false;
    if (!/ing$/.test(w) || CUES.match(s.words, j, lowered) !== null) continue;
    let be = j - 1;
    while (be > 0 && ADVERBS.has(lowered[be] ?? '')) be--;
    return /^(?:is|are|was|were|been|be)$/.test(lowered[be] ?? '');
  }
  return false;
}

/**
 * The named subject of the clause a verb of speech reports (`said King Mohamed was deeply concerned`),
 * when that clause runs unbroken to `end`: no comma, semicolon or colon between.
 */
function reportedClauseSubject(s: SentenceMentions, said: CueAt, end: number): Mention | null {
  let start = said.k + said.length;
  // (`echoed other reports that Syria expects ...`: past the words named before `that`.)
  const that = s.lower.slice(start, start + 4).indexOf('that');
  if (that >= 0) start += that + 1;
  const m = s.mentions.find(
    (x) => x.from === start && (x.kind === 'person' || x.kind === 'country' || x.kind === 'organization'),
  );
  if (!m) return null;
  const verb = s.lower[m.to] ?? '';
  if (m.to >= end || !/^(?:was|were|is|are|had|has|have|would|will|could)$|[^s]s$|ed$/.test(verb))
    return null;
  // (`Syria expects an Israeli attack this summer, and has raised its readiness`: in the present perfect,
  // a comma before `and` still joins the reported clause.)
  const last = s.words[end - 1] === ',' && /^(?:has|have)$/.test(s.lower[end + 1] ?? '') ? end - 1 : end;
  for (let j = m.to; j < last; j++) if (/^[,;:]$/.test(s.words[j] ?? '')) return null;
  return m;
}

/** The subject named before a verb, past asides, appositions, possessives and objects; or after it. */
function nearestSubject(
  f: SentenceFrame,
  d: Discourse,
  ctx: StatementContext,
  cue: CueAt,
  b: number,
): Mention | null {
  const { k, length } = cue;
  const after = k + length;
  const { s, words, lowered, cues, objects, subjects } = f;
  const { resolvable } = f;
  let subject: Mention | null = null;
  // `Petraeus, accompanied by the Ambassador and EconOff, congratulated ...`: an aside between
  // commas that opens with a participle or preposition holds no subject.
  let asideFrom = k;
  let asideEnd = b;
  // (`..., while admitting that the NSS "did not do itself justice," argued`: the comma inside the quote.)
  const close = words[b] === ',' ? b : isQuoteMark(words[b] ?? '') && words[b - 1] === ',' ? b - 1 : -1;
  if (close >= 0) {
    for (let c = close - 1; c >= 0; c--) {
      // (`The meeting, punctuated by the visit of his son Louis, offered`: a passive participle too.)
      const passive = /ed$/.test(lowered[c + 1] ?? '') && lowered[c + 2] === 'by';
      // (`Separately, on October 21, ... Bossi, commenting on Berlusconi's troubles, told`: the aside is
      // the one the nearest comma opens; an aside before the subject is none of it.)
      // (`John Reid, former ... Secretary, while admitting ...,`: after `while` or `when`, past an office.)
      const lead = /^(?:while|when)$/.test(lowered[c + 1] ?? '') ? c + 2 : c + 1;
      const participle =
        /ing$/.test(lowered[lead] ?? '') &&
        CUES.match(words, lead, lowered) !== null &&
        s.mentions.some((m) => m.to === c && (m.kind === 'person' || nameBeforeApposition(s, m))) &&
        !words.slice(c + 1, close).includes(',');
      if (words[c] === ',' && !ASIDE_OPENERS.has(lowered[c + 1] ?? '') && !passive && participle) {
        asideFrom = c;
        break;
      }
      if (words[c] === ',' && (ASIDE_OPENERS.has(lowered[c + 1] ?? '') || passive)) {
        asideFrom = c;
        // (`but, as expected, Sigfusson, Chairman of ..., welcomed`: `as` opens a short aside that its own
        // comma closes; the name after it is the subject.)
        const close = words.indexOf(',', c + 1);
        if (lowered[c + 1] === 'as' && close > 0 && close < b && close - c <= 4) asideEnd = close;
        break;
      }
    }
  }
  const asides = asideSpans(s, k);
  let officeOf = -1;
  let officeEnd = -1;
  for (const m of s.mentions) {
    if (m.to > k) break;
    if (m.from > asideFrom && m.to <= asideEnd) continue;
    // (`noted that "Ataturk banned any expression of Kurdishness," adding`: a name inside a quotation is
    // none of the verb's outside it.)
    // (But `"El Pais," which ...` and `the "President of the Presidium" who told him`: a name or title
    // quoted alone is still the subject.)
    if (!f.quotedTokens.has(k) && quotedWords(f.quotedTokens, m.from) - (m.to - m.from) >= 3) continue;
    // (`Citing statements by QDF director Saleh Abdulsalam, international media reported`: a name inside an
    // opening participial phrase is not the main verb's subject.)
    // (A pronoun there is the main subject's own: `Noting he had made little progress, the Chinese diplomat`.)
    if (inOpeningPhrase(f, m, k)) continue;
    // `Ole von Beust (CDU) told`: a name in parentheses notes the side of the one before it.
    // (But `the Saudi government (SAG) had offered`: a body's short form after no person is the body.)
    if (
      words[m.from - 1] === '(' &&
      words[m.to] === ')' &&
      m.from > 1 &&
      (m.kind === 'person' || s.mentions.some((x) => x.to === m.from - 1 && x.kind === 'person'))
    )
      continue;
    if (asides.some(([from, to]) => m.from > from && m.to <= to)) continue;
    // (`chronicled it in a book (that Sarkozy described as "courageous") but denied`: a name inside an aside
    // closed before the verb is none of the verb's.)
    // (Not `the Saudi government (SAG) had offered`: a short form alone in parentheses is the one before.)
    if (
      inParentheses(words, m.from) &&
      !inParentheses(words, k) &&
      !(words[m.from - 1] === '(' && words[m.to] === ')')
    )
      continue;
    if (bodyOfPerson(s, m)) continue;
    // `Nicolas Suran, DCM at the French embassy, categorized`: an office set off after a name is that
    // person's, not the subject (`Merkel, source said,` is the source speaking).
    // (`Oleg Mitvol, former Director of Rosprirodnadzor (Russia's Federal Service ...) reported`: or closed
    // by a parenthesis.)
    const setOff = /^(?:former|then|acting|current)$/.test(lowered[m.from - 1] ?? '')
      ? m.from - 2
      : m.from - 1;
    // (`Judith Gough (protect), Deputy Head of ...`: the note that protects a source, between the name and
    // its comma.)
    const noteOpen = words[setOff - 1] === ')' ? words.lastIndexOf('(', setOff - 1) : -1;
    // (`Dr. Richard Freer (strictly protect) Head of Defence and Security Policy ..., told`: or with no comma
    // after the note.)
    const bareNote = words[setOff] === ')' ? words.lastIndexOf('(', setOff) : -1;
    const noteOnly =
      bareNote > 0 && setOff - bareNote <= 4 && lowered.slice(bareNote, setOff).includes('protect');
    const nameEnd = noteOnly
      ? bareNote
      : noteOpen > 0 && setOff - noteOpen <= 5 && lowered.slice(noteOpen, setOff).includes('protect')
        ? noteOpen
        : setOff;
    if (
      m.kind === 'role' &&
      (words[setOff] === ',' || noteOnly) &&
      // (`QUY, DIRECTOR OF THE INSTITUTE OF CHINA STUDIES TOLD`: or an office of a body, left open.)
      (words.slice(m.to, k).includes(',') ||
        words[k - 1] === ')' ||
        (m.titles.length > 0 && lowered[m.to] === 'of')) &&
      s.mentions.some((x) => x.kind === 'person' && x.to === nameEnd)
    ) {
      // (What the office is of, `THE INSTITUTE OF CHINA STUDIES`, is no subject either.)
      if (lowered[m.to] === 'of') {
        officeOf = m.to;
        const comma = words.indexOf(',', m.to);
        officeEnd = comma >= 0 && comma < k ? comma : k;
      }
      continue;
    }
    if (m.from > officeOf && m.to <= officeEnd) continue;
    // (`John Reid, former Labour Home and Defense Secretary, while admitting ..., argued`: an office in an
    // apposition closed by a comma, other words of the office before it.)
    if (m.kind === 'role' && nameBeforeClosedApposition(s, m)) continue;
    // (`the Government of Brazil had agreed`: a country right before its verb is the subject.)
    // (`... of Brazil had agreed`: also where the country ends a longer name, after `of`.)
    // (`the Czech Presidency insisted`: one word after the country still names its side.)
    // (`Yakobashvili said that the Russians originally agreed`: a people right before the verb too.)
    const countrySubject =
      m.kind === 'country' &&
      !objects.has(m) &&
      (nextWordIndex(lowered, m.to) > b ||
        (m.to === b && s.tokens[b]?.cap === true) ||
        ((m.to === b + 1 || (m.to === b && /^\p{L}+ly$/u.test(lowered[b] ?? ''))) &&
          lowered[m.from] === 'the' &&
          /s$/.test(lowered[m.to - 1] ?? '')));
    // (`before Prince continued`, `after he said`: a conjunction, not a preposition, before its subject.)
    const clauseSubject =
      m.object && !objects.has(m) && m.to === b + 1 && CLAUSE_CONJUNCTIONS.has(lowered[m.from - 1] ?? '');
    if (
      ((m.object || objects.has(m)) && !countrySubject && !clauseSubject) ||
      (m.kind === 'country' && !countrySubject) ||
      !resolvable(m)
    ) {
      continue;
    }
    if (m.kind === 'pronoun' && m.label !== 'he' && m.label !== 'she') continue;
    subject = m;
  }
  // (`They also reported` right after a pair spoke together: the pair, as one subject.)
  if (lowered[b] === 'they' && d.together?.paragraph === s.paragraph && (!subject || subject.to <= b))
    subject = pronounAt(b, 'they', s.paragraph);
  // `Chatah also said there was no strategy within the GOL on the problem, cited ...`: a verb after a
  // comma, far from the body named last, goes on from the sentence's speaker.
  const speakerBefore = subjects.at(-1);
  if (
    words[b] === ',' &&
    subject &&
    (subject.kind === 'organization' || subject.kind === 'country') &&
    subject.to < b - 2 &&
    speakerBefore &&
    (speakerBefore.kind === 'person' || speakerBefore.kind === 'pronoun') &&
    speakerBefore.to <= subject.from
  )
    subject = speakerBefore;
  // (`Quintana named USAID contractors, listed their posts ..., and accused them`: a verb after a comma
  // goes on from the person whose own verb, right after the name, opened the clause; the body is its object.)
  if (words[b] === ',' && subject && (subject.kind === 'organization' || subject.kind === 'country')) {
    const bodyFrom = subject.from;
    const opener = s.mentions.find(
      (m) =>
        m.kind === 'person' &&
        m.to < bodyFrom &&
        ctx.byMention.has(m) &&
        /^\p{Ll}+ed$/u.test(words[m.to] ?? '') &&
        !words.slice(m.to, b).some((w) => /^[;:.]$/.test(w)),
    );
    if (opener) subject = opener;
  }
  // `Joshua Matlou, ANC Youth League (ANCYL) Provincial Chairperson, told`: a body or an office in an
  // apposition after a name is that person's; the name is the subject.
  // (`Yolanda Pulecio, mother of FARC hostage Ingrid Betancourt, called`: also a person in the
  // description the apposition opens in lower case.)
  if (words[b] === ',' && subject && subject.kind === 'person') {
    const at = subject.from;
    const head = [...s.mentions]
      .reverse()
      .find((m) => m.kind === 'person' && m.to < at && words[m.to] === ',' && ctx.byMention.has(m));
    const described =
      head !== undefined &&
      s.tokens[head.to + 1]?.word === true &&
      !s.tokens[head.to + 1]?.cap &&
      !words.slice(head.to + 1, at).includes(',');
    if (described && head && !cues.some((c) => c.k > head.to && c.k < k)) subject = head;
  }
  // (`Ambassador Nasser Bourita, Director General for Multilateral Relations and Chief of Staff to Foreign
  // Minister Taieb Fassi Fihri, offered`: offices in an apposition that opens with a title, closed by a
  // comma before the verb, are the person's named before it.)
  if (words[b] === ',' && subject && (subject.kind === 'role' || subject.kind === 'person')) {
    const at = subject.from;
    const head = [...s.mentions]
      .reverse()
      .find((m) => m.kind === 'person' && m.to < at && words[m.to] === ',' && ctx.byMention.has(m));
    if (
      head &&
      !words.slice(head.to + 1, b).some((w) => /^[,;:.]$/.test(w)) &&
      // (Titles and names only, with the words that join them: not `, King Hamad of Bahrain was unwavering`.)
      lowered
        .slice(head.to + 1, b)
        .every((w, i) => s.tokens[head.to + 1 + i]?.cap || /^(?:of|for|to|and|the|on|in)$/.test(w)) &&
      b - head.to <= 20 &&
      TITLES.match(words, head.to + 1, lowered) !== null &&
      !cues.some((c) => c.k > head.to && c.k < k)
    )
      subject = head;
  }
  // (`"...," Michael Hohenberger, a senior State Chancery contact told us`: an office in an apposition left
  // open before the verb is the person's named before it.)
  if (subject?.kind === 'role' && subject.to === k) {
    const role = subject;
    const named = s.mentions.find(
      (m) =>
        m.kind === 'person' &&
        words[m.to] === ',' &&
        /^(?:a|an|the)$/.test(lowered[m.to + 1] ?? '') &&
        m.to + 1 < role.from &&
        role.from - m.to <= 6 &&
        !words.slice(m.to + 1, role.from).includes(',') &&
        ctx.byMention.has(m),
    );
    if (named) subject = named;
  }
  if (words[b] === ',' && subject && subject.kind !== 'person' && subject.kind !== 'pronoun') {
    const named = [...s.mentions]
      .reverse()
      .find(
        (m) => m.kind === 'person' && m.to < b && words[m.to] === ',' && ctx.byMention.has(m) && !m.object,
      );
    if (
      named &&
      b - named.to <= 16 &&
      !cues.some((c) => c.k > named.to && c.k < k) &&
      !s.mentions.some((m) => m.from > named.to && m.to <= b && ctx.byMention.has(m))
    )
      subject = named;
  }
  // `"...," said Ban`, `Chavez, said Calderon, will ...`: the speaker after the verb, where the verb
  // follows a comma or a quotation and the name is set off after it.
  if (/^[,"”]$/.test(words[k - 1] ?? '') || (k === 0 && invertedTag(s, k, length))) {
    const m = mentionAt(s, after);
    const setOff = m && (m.to >= words.length || /^[,."”;:]$/.test(words[m.to] ?? ''));
    // (`The consultant, too, cautioned the U.S. not to ...`: after a verb that takes one, a name not set
    // off is the one spoken to.)
    // (`As Salim Saheen, a Lebanese Brazilian banker, told SMRC Pandith, "..."`: after a verb whose object
    // is its listener, a named subject before it stays the speaker.)
    const listenerAfter =
      cue.takesObject &&
      subject?.kind === 'person' &&
      ctx.byMention.has(subject) &&
      words[subject.to] === ',' &&
      subject.to < k - 1;
    // (`XXXXXXXXXXXX, depicted Secretary Clinton as Joan of Arc`: the one named as something is no speaker.)
    const namedAsObject = m != null && NAMING_CUES.has(lowered[k] ?? '') && lowered[m.to] === 'as';
    if (
      m &&
      m.kind !== 'pronoun' &&
      ((setOff && !listenerAfter) || (!subject && !cue.takesObject && !namedAsObject))
    )
      subject = m;
  }
  // `Villepin's cabinet advisor on the police said`: the possessor is not who speaks.
  // (Right before the verb the possessive may be a slip for the name, `Sawyer's told Ban`, `Sawyer's
  // said that`, unless a noun follows: `MbZ's repeated requests`, `Chavez' repeated violation`.)
  // (`Ricketts’ described Pasha`: an apostrophe cut from the name ends it as `'s` would.)
  const possessiveEnd =
    subject && /^['’]$/.test(words[subject.to] ?? '') ? subject.to + 1 : (subject?.to ?? 0);
  if (
    subject &&
    isPossessor(s, subject) &&
    (possessiveEnd <= b ||
      (possessiveEnd === k &&
        /^\p{Ll}/u.test(words[after] ?? '') &&
        (/s$/.test(words[after] ?? '') || !OBJECT_OPENERS.has(lowered[after] ?? ''))))
  )
    subject = null;
  // `Zardari recalled that we had asked him`, `a report which indicated`: another subject is nearer.
  if (subject && subject.to <= b && otherSubjectBefore(lowered, subject.to, b)) subject = null;
  // (`PM Kosor has strengthened ..., while the Ministers of Interior and Justice have warned`: a plural
  // office opening a clause of its own is the verb's subject, and names no one.)
  if (subject && subject.to <= b && pluralOfficeOpensClause(s, subject.to, b)) subject = null;
  if (subject && nameInOpeningPhrase(s, subject, k)) subject = null;
  return subject;
}
/** Who speaks: the person or office the subject stands for. */
interface Speaking {
  readonly speaker: Resolved;
  /** The one a pronoun subject stands for, named before it in the sentence. */
  readonly before: Mention | undefined;
  /** Persons who spoke together, whom a `they` stands for. */
  readonly group: { name: string; id: string }[] | null;
  /** Set off by commas after its subject (`Moscow was frustrated, she said, ...`). */
  readonly parenthetical: boolean;
}

/** Who speaks, from the subject of the verb: a pronoun resolved, the sex the cable gives respected. */
function speakerOfCue(
  f: SentenceFrame,
  d: Discourse,
  ctx: StatementContext,
  cue: CueAt,
  found: CueSubject,
): Speaking | null {
  const { subject } = found;
  const { k, lemma } = cue;
  const after = k + cue.length;
  const { s, words, lowered, cues, objects, subjects, openingEnd, clauseStart, mainSubject } = f;
  const { unnamedOpening, nounOpening } = f;
  const { statements, genders, women, men, lastSpeaker, lastPerson, previousSubject, previousRole } = d;
  const { unnamedSubject, redactedSpoke } = d;
  // `Moscow was frustrated with Tehran, she said, adding that ...`: a verb set off by commas after
  // its subject reports the clause around it.
  const parenthetical =
    subject.to <= k &&
    subject.from > 1 &&
    words[subject.from - 1] === ',' &&
    (words[after] === ',' || words[after] === '.' || after >= words.length) &&
    lemma !== 'according to' &&
    lemma !== 'in view';
  // (`Seehofer had "said this many times before," he insisted`: a pronoun after a quotation that its comma
  // closes.)
  const quoteTag =
    subject.kind === 'pronoun' &&
    subject.to === k &&
    /^["”]$/.test(words[subject.from - 1] ?? '') &&
    words[subject.from - 2] === ',';
  let quoteFrom = quoteTag ? subject.from - 2 : -1;
  const participleEnd = /^\p{L}+ing$/u.test(lowered[0] ?? '') ? words.indexOf(',') : -1;
  while (quoteFrom > 0 && !/^["“]$/.test(words[quoteFrom] ?? '')) quoteFrom--;
  // `Churkin ... when he told Khalilzad`: a pronoun first looks back within its own sentence.
  // `He had reached out to Karzai ..., he noted,`: an inserted `he` is the sentence's own subject.
  // (`She asked for Pershing's view of the Soros plan, which she said ...`: after a pronoun subject, a
  // later pronoun is the same person; names in the possessive are no subjects.)
  const opener =
    subject.kind === 'pronoun' && !parenthetical
      ? s.mentions.find(
          (m) =>
            m.to <= subject.from &&
            m !== subject &&
            // (`Khameini's son Mojtaba he dismissed as "a complete idiot"`: a name right before `he`,
            // with no comma between, is what he speaks of.)
            !(
              m.to === subject.from &&
              m.kind === 'person' &&
              /^(?:he|she)$/.test(words[subject.from] ?? '')
            ) &&
            // (`When asked what they will do if Zuma goes to jail, he said`: not a name in the opening clause.)
            !(openingEnd >= 0 && m.from < openingEnd && subject.from > openingEnd) &&
            // (`Echoing Gontmakher, he told us`: nor whom an opening participle acts on.)
            !(participleEnd >= 0 && m.to <= participleEnd && subject.from > participleEnd) &&
            // (Nor, after a quotation its comma closes, a name in the clause that the quotation goes on,
            // `Seehofer had "said this ...," he insisted`; `The King appeared alert ...: "...," he said` is
            // the King's.)
            !(quoteTag && (m.to > quoteFrom || !words.slice(m.to, quoteFrom).includes(':'))) &&
            !m.object &&
            !objects.has(m) &&
            !isPossessor(s, m) &&
            // (`before the Mueller and Mullen statements, he said`: nor names that describe a noun.)
            !attributiveName(s, m) &&
            (ctx.byMention.has(m) ||
              (m.kind === 'pronoun' && (m.label === 'he' || m.label === 'she')) ||
              // (`The King appeared alert ..., and throwing up his hands when asked ...: "...," he
              // said`: an office that opens the sentence is its `he`.)
              (m.kind === 'role' &&
                m.definite &&
                m === mainSubject &&
                openingEnd < 0 &&
                (m.from === 0 || words[m.from - 1] === ':'))),
        )
      : undefined;
  // (`Merkel, source said, hopes ..., a goal he described as`: `he` is who spoke before in the sentence.)
  // (`When PolOff politely challenged him ..., he backed off and said`: not one whose verb took `him`.)
  const tookHim = (m: Mention) =>
    subject.label === 'he' && lowered.slice(m.to, Math.min(m.to + 4, subject.from)).includes('him');
  // (`Ljajic said ..., and he asked`, `Durel explained that Assad had agreed ..., but he denied`: the one
  // who spoke last before it; not one in parentheses, `(Sukhee described Kim as ...), and he stated`; after
  // a semicolon a new clause goes back to the first, `Nawaz revealed that Zardari had offered ...; he called`.)
  const earlier = subjects
    .slice(0, -1)
    .filter(
      (m) => (m.kind === 'person' || m.kind === 'role') && !tookHim(m) && !inParentheses(words, m.from),
    );
  // (Set off too, `Lavrov raised Russian concern with revisionism, which, he said, was acute`: the one
  // who spoke before it in the sentence.)
  const earlierSpeaker =
    subject.kind !== 'pronoun'
      ? undefined
      : parenthetical
        ? // (A person who spoke, not an office in the words reported, `The Russian President ... has
          // asked Qatar to go slow, he said`, nor the one cited, `According to Guetta, he said`.)
          earlier.findLast(
            (m) =>
              m.kind === 'person' && !(lowered[m.from - 1] === 'to' && lowered[m.from - 2] === 'according'),
          )
        : words[subject.from - 1] === ';'
          ? earlier[0]
          : earlier.at(-1);
  // (`Wang seemed especially incensed at "so-called liberals" who, he asserted, were ...`: set off inside a
  // relative clause, `he` is the named subject of the sentence's main clause, though that one said nothing
  // before it.)
  const mainClauseOwner =
    parenthetical &&
    subject.kind === 'pronoun' &&
    mainSubject?.kind === 'person' &&
    ctx.byMention.has(mainSubject) &&
    mainSubject.to < subject.from - 2 &&
    words[mainSubject.to] !== ',' &&
    lowered.slice(mainSubject.to, subject.from).some((w) => w === 'who' || w === 'which') &&
    // (Not a tag closing the words reported: `President Karzai needs to ..., which fuel ..., he concluded.`)
    words[cue.k + cue.length] === ',' &&
    s.tokens[cue.k + cue.length + 1]?.word === true
      ? mainSubject
      : undefined;
  // (`As for Neves himself, it appears ...: he told Rio Principal Officer`: the person a sentence opens on.)
  const topic =
    subject.kind === 'pronoun' && lowered[0] === 'as' && lowered[1] === 'for'
      ? s.mentions.find((m) => m.from === 2 && m.kind === 'person' && ctx.byMention.has(m))
      : undefined;
  const before =
    speechOwner(s, subject) ??
    answerOwner(s, subject) ??
    topic ??
    earlierSpeaker ??
    mainClauseOwner ??
    (opener?.kind === 'pronoun' ? undefined : opener);
  // Across sentences, `he` is the subject of the sentence before (`Ray broke in. He noted ...`).
  if (subject.kind === 'pronoun' && !before && unnamedSubject) return null;
  // (`XXXXXXXXXXXX drew parallels to the tests, which he said were ...`: the redacted opener's `he`.)
  // (But `XXXXXXXXXXXX and others were uncooperative, he said,`: set off, `he` is who spoke before.)
  if (subject.kind === 'pronoun' && !before && unnamedOpening && words[subject.from - 1] !== ',') return null;
  if (subject.kind === 'pronoun' && !before && nounOpening && subject.from > clauseStart) return null;
  // (`It would have been impossible for Cano, he surmised, to ...`: an inserted `he` is not one named in
  // the words it reports; it is who spoke last.)
  const namedInWords =
    parenthetical &&
    previousSubject !== null &&
    s.mentions.some(
      (m) => m.to <= subject.from && m !== mainSubject && ctx.byMention.get(m) === previousSubject,
    );
  // (`Edelman said ... President Suleiman is now more self-assured ... He added`: a verb that goes on
  // from words said before is the last speaker's, not that of a sentence about someone who said nothing
  // in the paragraph.)
  // (`... pummeling Vice President Cobos ... The onslaught, he argued, would damage`: a tag set off inside
  // the words goes on from the last speaker too.)
  const goesOn =
    (CONTINUING_LEMMAS.has(cue.lemma) || (parenthetical && subject.from > 1)) &&
    previousRole === null &&
    lastSpeaker !== null &&
    previousSubject !== null &&
    lastSpeaker !== previousSubject &&
    // (Not after an office spoke: `asserted the CoS. ... he added` is the CoS's.)
    statements.findLast((st) => st.paragraph === s.paragraph)?.speaker_id === lastSpeaker.id &&
    (!statements.some((st) => st.paragraph === s.paragraph && st.speaker_id === previousSubject?.id) ||
      // (`FM Mottaki offered assurances ...; however, ..., Abbassi complained. He added`: the sentence
      // before ended on the tag of one who told all of it, the other's acts inside his words.)
      closingTagOf(f.previousSentence, ctx) === lastSpeaker);
  const antecedent =
    (namedInWords || goesOn) && lastSpeaker && lastSpeaker !== previousSubject
      ? lastSpeaker
      : (previousSubject ?? lastSpeaker);
  const roleAntecedent = subject.kind === 'pronoun' && !before && previousRole ? previousRole : null;
  // (`They also reported ...` after the pair spoke: each of them.)
  // (`Both Sikorski and Tusk acknowledge ...; but they argue`: or one of the pair named before it in the
  // sentence.)
  const member = (m: Mention | undefined) =>
    m !== undefined &&
    d.together !== null &&
    d.together.members.some((x) => x.id === ctx.byMention.get(m)?.id);
  const group: { name: string; id: string }[] | null =
    (!before || member(before)) &&
    subject.kind === 'pronoun' &&
    subject.label === 'they' &&
    d.together?.paragraph === s.paragraph
      ? d.together.members
      : null;
  let speaker: Resolved | null = group?.[0]
    ? { name: group[0].name, kind: 'person', id: group[0].id }
    : before
      ? resolveMention(before, ctx, antecedent, lastPerson)
      : roleAntecedent
        ? resolveMention(roleAntecedent, ctx, antecedent, lastPerson)
        : resolveMention(subject, ctx, antecedent, lastPerson);
  if (!speaker || (subject.kind === 'pronoun' && subject.label === 'they' && !group)) return null;
  // (`Prominent Ukrainian xxxxxxxxxxxx argues ... In his view, ... Russia, he said, brings ...`: after a
  // withheld name spoke, the `he` of the paragraph's next sentences is that one, until someone named speaks.)
  if (subject.kind === 'pronoun' && redactedSpoke === s.paragraph && !(before && s.mentions.includes(before)))
    return null;
  // (`Annette Lu, whom he described as`: `he` after `whom` is not the one `whom` stands for.)
  if (subject.kind === 'pronoun' && lowered[subject.from - 1] === 'whom' && words[subject.from - 2] === ',') {
    const described = s.mentions.find((m) => m.to === subject.from - 2);
    const person = described ? ctx.byMention.get(described) : undefined;
    if (person && person.id === speaker.id) {
      const other = lastSpeaker && lastSpeaker !== person ? lastSpeaker : null;
      if (!other) return null;
      speaker = { name: other.name, kind: 'person', id: other.id };
    }
  }
  // `she` is not a man the cable calls `Mr.`: a woman who spoke in the paragraph (`Ms.`, or the one a
  // `she` before meant) comes before a person of unknown sex; `he` is not a `Ms.`. (`VFM He` is a name.)
  const pronounGender =
    subject.kind === 'pronoun' && !ctx.byMention.has(subject) ? PRONOUN_GENDER[subject.label] : undefined;
  const womanBefore = speaker.id !== null && women.has(speaker.id);
  if (pronounGender && speaker.kind === 'person' && speaker.id) {
    const titled = genders.get(speaker.id);
    const female = (id: string | null) => id !== null && (genders.get(id) === 'f' || women.has(id));
    const woman =
      pronounGender === 'f' && !titled && !women.has(speaker.id)
        ? [...statements].reverse().find((st) => st.paragraph === s.paragraph && female(st.speaker_id))
        : undefined;
    const man =
      pronounGender === 'm' && titled === 'f'
        ? ([...statements]
            .reverse()
            .find((st) => st.paragraph === s.paragraph && st.speaker_id && !female(st.speaker_id)) ??
          // (`In a side conversation between Mr. Foolad and Ms. Meyers, he noted`: with no man speaking before
          // in the paragraph, the man the sentence names before its `he`.)
          manNamedBefore(s, ctx, subject.from, female))
        : undefined;
    // (`She asked her staffer, Alberdi Alonso, to follow up ... Economic Officer discussed the claim with
    // Alberdi Alonso. He noted`: a `he` that would be a woman a `she` stood for is the man named last.)
    const named =
      pronounGender === 'm' &&
      !titled &&
      women.has(speaker.id) &&
      d.lastPerson &&
      d.lastPerson.id !== speaker.id &&
      !female(d.lastPerson.id)
        ? { speaker: d.lastPerson.name, speaker_id: d.lastPerson.id }
        : undefined;
    const other = woman ?? man ?? named;
    // (`He asked ..., and the Secretary responded that ... She emphasized`: a `she` that would be a man a
    // `he` stood for is the office that spoke last in the paragraph, when no woman did.)
    const office =
      !other && pronounGender === 'f' && !before && (titled === 'm' || men.has(speaker.id))
        ? statements.findLast((st) => st.paragraph === s.paragraph && st.speaker_kind !== 'group')
        : undefined;
    if (other?.speaker_id) speaker = { name: other.speaker, kind: 'person', id: other.speaker_id };
    else if (office?.speaker_kind === 'role') speaker = { name: office.speaker, kind: 'role', id: null };
    // (A `she` does not make a woman of one a `he` has stood for.)
    else if (pronounGender === 'f' && titled !== 'm' && !before && !men.has(speaker.id))
      women.add(speaker.id);
    else if (pronounGender === 'm' && titled !== 'f' && !women.has(speaker.id)) men.add(speaker.id);
  } else if (pronounGender === 'm' && speaker.kind === 'role') {
    // (`He smiled, shook his head no, and asked if Charge visited NLD`: `he` is not an office the
    // sentence names after its verb; it is the man who spoke last.)
    const role = speaker.name;
    // (Not where that office is the subject of a verb of its own: `While he emphasized ..., the
    // Ambassador said`.)
    const namedAfter = s.mentions.some(
      (m) =>
        m.from > k &&
        m.kind === 'role' &&
        resolveMention(m, ctx, null, null)?.name === role &&
        !cues.some((c) => c.k >= m.to && c.k <= m.to + 1),
    );
    const man = namedAfter
      ? [...statements]
          .reverse()
          .find(
            (st) =>
              st.speaker_kind === 'person' &&
              st.speaker_id &&
              !women.has(st.speaker_id) &&
              genders.get(st.speaker_id) !== 'f',
          )
      : undefined;
    if (man?.speaker_id) speaker = { name: man.speaker, kind: 'person', id: man.speaker_id };
    // (An office a `he` has stood for is a man's: remembered for the `she` after.)
    else d.menInOffice.add(role);
  } else if (pronounGender === 'f' && speaker.kind === 'role' && d.menInOffice.has(speaker.name)) {
    // (`The Ambassador agreed ... He noted ... she was defensive ... She characterized`: a `she` is not an
    // office a `he` stood for; it is the woman who spoke last.)
    const woman = statements.findLast(
      (st) =>
        st.speaker_kind === 'person' &&
        st.speaker_id &&
        (women.has(st.speaker_id) || genders.get(st.speaker_id) === 'f'),
    );
    if (woman?.speaker_id) speaker = { name: woman.speaker, kind: 'person', id: woman.speaker_id };
  }
  // (`The Ambassador thanked Sahlin for ... She replied that`: a reply's `she` is the one the last words
  // were spoken to, not the one who spoke them.)
  const previous = statements.findLast((st) => st.paragraph === s.paragraph);
  if (
    subject.kind === 'pronoun' &&
    !before &&
    REPLYING_LEMMAS.has(cue.lemma) &&
    previous?.addressee_id &&
    // (Not a listener only the meeting gave: `Calderon agreed. He responded, "You made it very clear."`)
    !d.inferredListeners.has(previous) &&
    previous.speaker === speaker.name &&
    previous.addressee_id !== speaker.id
  ) {
    const id = previous.addressee_id;
    const gender = PRONOUN_GENDER[subject.label];
    const female = women.has(id) || genders.get(id) === 'f';
    const male = men.has(id) || genders.get(id) === 'm';
    if (!(gender === 'f' && male) && !(gender === 'm' && female))
      speaker = { name: previous.addressee ?? '', kind: 'person', id };
  } else if (
    // (`Gompertz began by asking what Ambassador Moller planned to do concerning her credentials. She
    // replied`: one does not reply to oneself; with no one spoken to, the one named last other than the
    // asker replies.)
    subject.kind === 'pronoun' &&
    !before &&
    REPLYING_LEMMAS.has(cue.lemma) &&
    previous &&
    !previous.addressee_id &&
    previous.speaker === speaker.name &&
    /^ask/i.test(previous.cue) &&
    !s.tokens[subject.from - 1]?.cap &&
    d.lastPerson &&
    d.lastPerson.id !== speaker.id &&
    !(
      PRONOUN_GENDER[subject.label] === 'm' &&
      (genders.get(d.lastPerson.id) === 'f' || women.has(d.lastPerson.id))
    ) &&
    !(
      PRONOUN_GENDER[subject.label] === 'f' &&
      (genders.get(d.lastPerson.id) === 'm' || men.has(d.lastPerson.id))
    )
  ) {
    // (The `she` made a woman of the asker a moment ago; it was the one who replied.)
    if (!womanBefore && speaker.id) women.delete(speaker.id);
    if (PRONOUN_GENDER[subject.label] === 'f') women.add(d.lastPerson.id);
    speaker = { name: d.lastPerson.name, kind: 'person', id: d.lastPerson.id };
  }
  return { speaker, before, group, parenthetical };
}

/** The person named last before token `end` of the sentence who is not a woman, as a speaker. */
function manNamedBefore(
  s: SentenceMentions,
  ctx: StatementContext,
  end: number,
  female: (id: string | null) => boolean,
): { speaker: string; speaker_id: string } | undefined {
  for (let k = s.mentions.length - 1; k >= 0; k--) {
    const m = s.mentions[k] as Mention;
    const person = m.to <= end ? ctx.byMention.get(m) : undefined;
    if (person && !female(person.id)) return { speaker: person.name, speaker_id: person.id };
  }
  return undefined;
}

/** To whom the words were said, and where they begin after the verb and its listener. */
interface Hearing {
  readonly addressee: Resolved | null;
  /** The mention of the one spoken to. */
  readonly target: Mention | null;
  /** The one something was raised with (`raised ... with the Minister`). */
  readonly withListener: Mention | null;
  /** Persons who spoke with the speaker (`Sikorski and Klich said`). */
  readonly partners: { name: string; id: string; mention: Mention }[];
  /** The addressee is the partner of a meeting the paragraph reports, not named with the verb. */
  readonly inferred: boolean;
  readonly contentFrom: number;
}

/** The person or office named in the possessive at `at` (`the President's support`), if one is. */
function helpOwner(s: SentenceMentions, at: number, ctx: StatementContext): Mention | null {
  const m = s.mentions.find(
    (x) =>
      (x.from === at || (x.from === at + 1 && s.lower[at] === 'the')) &&
      (x.kind === 'person' || x.kind === 'role'),
  );
  if (!m || !/['’]s$/.test(s.words[m.to - 1] ?? '') || !ctx.byMention.has(m)) return null;
  return m;
}

/** To whom the words were said: the verb's object, the meeting's partner, the addressee of a verb before. */
function listenerOfCue(
  f: SentenceFrame,
  d: Discourse,
  ctx: StatementContext,
  cue: CueAt,
  index: number,
  found: CueSubject,
  speaking: Speaking,
): Hearing {
  const { subject, participle, coordinated } = found;
  const { speaker, group } = speaking;
  const { k, lemma } = cue;
  const after = k + cue.length;
  const { s, lowered, statementsFrom } = f;
  const { statements, personById, lastSpeaker, lastPerson, otherPerson, meeting } = d;
  let addressee: Resolved | null = null;
  let contentFrom = after;
  const object = cue.takesObject ? (listenerMentionAt(s, after) ?? describedListener(s, after, ctx)) : null;
  // (`told French attendees`: a people's name before a plural noun for persons is no listener named.)
  const unnamedPeople =
    object?.kind === 'country' &&
    s.tokens[object.to]?.word === true &&
    !s.tokens[object.to]?.cap &&
    (AUDIENCE_NOUNS.has(lowered[object.to] ?? '') || pluralPersonNoun(lowered[object.to] ?? ''));
  const direct = unnamedPeople ? null : object;
  // (`pointed to Spain's contribution`: what is pointed to is no listener.)
  const to = toAfterCue(lowered, after);
  const viaTo =
    to >= 0 && lemma !== 'point' && !cue.promise
      ? (listenerMentionAt(s, to + 1) ??
        (listenerStart(lowered, to) > to + 1 ? listenerMentionAt(s, to + 2) : null) ??
        // (`apologized to INAC President Martinez`: past a body's short form no lexicon lists.)
        (/^[A-Z]{2,6}$/.test(s.words[to + 1] ?? '') ? listenerMentionAt(s, to + 2) : null))
      : null;
  // (`Burns asked for the President's support`: the one whose help is asked for is the one asked.)
  const whoseHelp =
    !direct && !viaTo && /^(?:ask|request)$/.test(lemma) && lowered[after] === 'for'
      ? helpOwner(s, after + 1, ctx)
      : null;
  const withListener = direct || viaTo || !WITH_LISTENER.has(lemma) ? null : raisedWith(s, after, ctx);
  const thenListener = cue.speechNoun >= 0 ? null : objectThenListener(s, after);
  let target =
    direct ??
    viaTo ??
    whoseHelp ??
    frontedListener(s, k) ??
    (lemma === 'commend' ? commendedListener(s, after) : null) ??
    (cue.speechNoun >= 0
      ? (handedTo(s, cue.speechNoun) ?? indirectObject(s, after, cue.speechNoun))
      : thenListener) ??
    withListener;
  // `told CODEL Corzine`: a delegation or office named with its leader is spoken to in that person.
  // (`told CG Tribble`: a staff role before a name is that officer's.)
  if (target?.kind === 'role' && target.titles.length === 0) {
    const named = s.mentions.find(
      (m) => m.from === target?.to && m.kind === 'person' && ctx.byMention.has(m),
    );
    if (named) target = named;
  }
  if (target && (target.kind === 'organization' || target.kind === 'country')) {
    const leader = mentionAt(s, target.to);
    if (leader && leader.from === target.to && ctx.byMention.has(leader)) target = leader;
  }
  // `Sikorski and Klich said`, `Tauscher and the Ambassador made it clear`: each subject speaks.
  // (`Expressing relief ..., Richier and Maisonnave both stressed`: a participle opening the sentence is
  // each subject's of the main clause.)
  // (`While conceding that ..., former Ambassadors Adamishin and Lukin urged`: after a conjunction too.)
  const opening =
    participle &&
    s.tokens
      .slice(0, k)
      .every(
        (t, i) =>
          !t.word || ADVERBS.has(lowered[i] ?? '') || (i === 0 && OPENING_CONJUNCTIONS.has(lowered[i] ?? '')),
      );
  const partners = group
    ? group.slice(1).map((g) => ({ ...g, mention: subject }))
    : subject.kind === 'pronoun'
      ? participle && !opening
        ? nextCoSubject(s, subject, k, ctx)
        : []
      : participle && !opening
        ? [...nextCoSubject(s, subject, k, ctx), ...pairBeforeVerb(f, subject, k, ctx)]
        : lemma === 'according to'
          ? accordingNames(s, after, ctx)
              .slice(1)
              .flatMap((m) => {
                const p = ctx.byMention.get(m);
                return p ? [{ name: p.name, id: p.id, mention: m }] : [];
              })
          : coSubjects(s, subject, ctx, s.words[subject.to] === ',' && lowered[subject.to + 1] === 'who');
  for (const m of companionsOf(s, subject, k)) {
    const p = ctx.byMention.get(m);
    if (p && p.id !== speaker.id && !partners.some((x) => x.id === p.id))
      partners.push({ name: p.name, id: p.id, mention: m });
  }
  // (`Both he and Weesa added`: a pronoun joined to the subject is the one who spoke last.)
  const pronounBefore = s.mentions.find((m) => m.kind === 'pronoun' && m.to === subject.from - 1);
  if (
    partners.length === 0 &&
    !group &&
    lowered[subject.from - 1] === 'and' &&
    pronounBefore?.from === subject.from - 2 &&
    /^(?:he|she)$/.test(lowered[subject.from - 2] ?? '')
  ) {
    // (The one named last before it: in the sentence, `Netanyahu said he and Mubarak agreed`, or before
    // it, `Ambassador Welch then launched into a discussion. Both he and Ambassador Riley cautioned`.)
    const inSentence = [...s.mentions]
      .reverse()
      .find((m) => m.to <= pronounBefore.from && m.kind === 'person' && ctx.byMention.has(m));
    const first = (inSentence ? ctx.byMention.get(inSentence) : undefined) ?? d.lastPerson ?? d.lastSpeaker;
    const named = ctx.byMention.get(subject);
    if (first && named && first.id !== named.id)
      partners.push({ name: first.name, id: first.id, mention: pronounBefore });
  }
  if (target && target !== subject) {
    const speakerPerson = ctx.byMention.get(subject);
    // `Khamenei only agreed after Ahmadinejad urged him`: an object pronoun is the last one named
    // before it who is not the speaker, in the sentence or before it.
    // (`Postl said that Ahmadinejad's chief of cabinet, Mashaie, made clear to him`: inside another's
    // words, whose office names the speaker is not the one spoken to; the one whose words they are is.)
    const reporting = reportingPerson(statements, statementsFrom, personById);
    // (`Minc told Ambassador Rivkin ... that Aubry told him`: inside words told to someone, `him` is the
    // teller; the one told would be `you`.)
    const toldBefore =
      reporting && reporting.id !== speaker.id
        ? statements.slice(statementsFrom).findLast((st) => st.speaker_id === reporting.id)?.addressee_id
        : undefined;
    // (`XXXXXXXXXXXX said ... Catatumbo had encouraged him`: inside a withheld source's words, `him` is he.)
    const withheld =
      target.kind === 'pronoun' && isRedaction(s.words[0] ?? '') && lowered[target.from] !== 'her';
    // (`Chancellor Angela Merkel ... had expressed their concerns to him`: `him` is no woman, `her` no man.)
    const sexOfPronoun = lowered[target.from] === 'him' ? 'f' : lowered[target.from] === 'her' ? 'm' : null;
    const agrees = (p: Person) => sexOfPronoun === null || d.genders.get(p.id) !== sexOfPronoun;
    const listener =
      target.kind === 'pronoun' && !withheld
        ? ([...s.mentions]
            .reverse()
            .map((m) =>
              m.to <= k &&
              !(reporting && reporting !== speakerPerson && isPossessor(s, m)) &&
              !reportingTag(s, m)
                ? ctx.byMention.get(m)
                : undefined,
            )
            .find(
              (p) =>
                p !== undefined &&
                p !== speakerPerson &&
                p.id !== toldBefore &&
                agrees(p) &&
                !partners.some((x) => x.id === p.id),
            ) ??
          // (`He stated that Kouchner told him`: the one whose words hold the clause; `Dagan informed
          // Levey ... Arditi also told him`: the one spoken to last; `Voinovich asked him` after another's
          // words: the one who spoke last, before anyone merely named.)
          [
            reportingPerson(statements, statementsFrom, personById),
            lastAddressee(statements, personById, d.inferredListeners),
            lastSpeaker,
            lastPerson,
            otherPerson,
          ].find((p) => p && p !== speakerPerson && agrees(p) && !partners.some((x) => x.id === p.id)))
        : undefined;
    addressee =
      target.kind === 'pronoun'
        ? listener
          ? { name: listener.name, kind: 'person', id: listener.id }
          : null
        : resolveMention(target, ctx, lastSpeaker, lastPerson);
    // (What was raised with someone stands between the verb and `with`.)
    // (`raised the issue with Asad`: the words stand before `with`; `talked with Rice about Hamas`: after
    // the listener.)
    // (A listener set before the verb, `To Konate, he offered support`: the words follow the verb.)
    // (`conveyed "disappointment" to Sobredo`: the words are the object before `to`.)
    contentFrom =
      (target === withListener && withListener.from - 1 > after) || target === thenListener || target.to <= k
        ? after
        : target.to;
  }
  // (`Smith was told by Jones that ...`: the words follow the one who spoke; the subject heard them.)
  if (cue.agent) {
    contentFrom = Math.max(contentFrom, cue.agent.to);
    if (cue.passiveListener && !addressee)
      addressee = resolveMention(cue.passiveListener, ctx, lastSpeaker, lastPerson);
  }
  // (`During a meeting between PM Kosor and PM Bajnai, PM Bajnai told press that`: words said to an audience
  // the verb names went to it, not to the one met.)
  // (Not a noun it modifies, `downplayed press speculation`.)
  const afterVerb = lowered[after] === 'the' ? after + 1 : after;
  const nextWord = s.tokens[afterVerb + 1];
  const audience =
    unnamedPeople ||
    (!addressee &&
      AUDIENCE_NOUNS.has(lowered[afterVerb] ?? '') &&
      !(nextWord?.word && !nextWord.cap && !AUDIENCE_FOLLOWERS.has(lowered[afterVerb + 1] ?? '')));
  // `opened the meeting with SYG Ban noting that ...`: said in a meeting with someone, said to them.
  // (Not words inside another's, `In his conversation with SYG de Hoop Scheffer, Edelman said that Karzai
  // apologized`.)
  // (A named subject inside the other's words; not a verb joined to theirs, `Ward and the Ambassador
  // requested ...; asked ...`.)
  const named = subject.kind === 'pronoun' ? '' : (s.words[subject.to - 1] ?? '');
  const insideAnother =
    named !== '' &&
    statements.slice(statementsFrom).some((st) => st.speaker_id !== speaker.id && st.text.includes(named));
  // (Not `Blair's May 11 meeting with ... Sarkozy ..., according to UK DCM Hitchens`: a source cited
  // speaks to no one met.)
  if (!addressee && !audience && !insideAnother && lemma !== 'according to') {
    const partner =
      meetingPartner(s, lowered, k) ?? meetingAfterVerb(s, after) ?? writtenTo(s, subject.to, k);
    if (partner && ctx.byMention.get(partner) !== ctx.byMention.get(subject))
      addressee = resolveMention(partner, ctx, lastSpeaker, lastPerson);
  }
  // In a paragraph that reports `X met with Y`, what X says without a named listener is said to Y.
  let inferred = false;
  if (!addressee && !audience && meeting && speaker.kind === 'person') {
    inferred = true;
    const speakerId = speaker.id;
    const host = meeting.hosts.some((h) => h.id === speakerId);
    if (host && meeting.partner.id !== speaker.id)
      addressee = { name: meeting.partner.name, kind: 'person', id: meeting.partner.id };
    else if (meeting.partner.id === speaker.id && meeting.hosts.length === 1) {
      const only = meeting.hosts[0] as Person;
      addressee = { name: only.name, kind: 'person', id: only.id };
    }
  }
  // (`Swedish Foreign Minister Carl Bildt agreed, in an August 31 meeting with Ambassador Eikenberry, ...`:
  // in a cable that reports one meeting of two, what either says in a paragraph that names no meeting of
  // its own is said to the other.)
  // (Not `told [NAME REMOVED]`, `told XXXXXXXXXXXX`: a listener withheld is still another's.)
  const withheldListener = cue.takesObject && /^(?:X{4,}|\[)/.test(s.words[afterVerb] ?? '');
  if (
    !addressee &&
    !audience &&
    !withheldListener &&
    !meeting &&
    d.cableMeeting &&
    speaker.kind === 'person'
  ) {
    const [one, other] = d.cableMeeting;
    const heardBy = speaker.id === one.id ? other : speaker.id === other.id ? one : null;
    if (heardBy) {
      inferred = true;
      addressee = { name: heardBy.name, kind: 'person', id: heardBy.id };
    }
  }
  // `told Ban ..., but suggested ...`: a verb joined to the one before shares its addressee.
  // (Not a verb about someone: `thanked Mangal ..., praising his hard work` praises before whomever.)
  const last = statements.at(-1);
  const previous = last && !d.mutual.has(last) ? last : undefined;
  if (
    !addressee &&
    !cue.about &&
    previous &&
    index > 0 &&
    coordinated &&
    previous.paragraph === s.paragraph &&
    previous.speaker === speaker.name &&
    previous.addressee &&
    previous.start >= (s.tokens[0]?.start ?? 0)
  ) {
    addressee = { name: previous.addressee, kind: 'person', id: previous.addressee_id };
  }
  // (`Secretary Clinton raised the sale with FM Lavrov, who promised`, `Kelly raised the issue with DCM
  // Darchiyev ...; Darchiyev said`: the one just spoken to answers the one who spoke, in the same sentence or
  // the next.)
  if (
    !addressee &&
    !audience &&
    previous &&
    speaker.kind === 'person' &&
    previous.paragraph === s.paragraph &&
    previous.addressee_id === speaker.id &&
    previous.speaker_kind === 'person' &&
    previous.speaker_id &&
    previous.speaker_id !== speaker.id &&
    previous.start >= (d.before?.tokens[0]?.start ?? s.tokens[0]?.start ?? 0)
  )
    addressee = { name: previous.speaker, kind: 'person', id: previous.speaker_id };
  return { addressee, target: target ?? null, withListener, partners, inferred, contentFrom };
}

/** What was said: the words of the sentence the verb reports. */
interface Content {
  readonly text: string;
  /** The sentence's first and last tokens of the words. */
  readonly first: Token | undefined;
  readonly last: Token | undefined;
  /** Where the verb ends, with its particle (`pointed out`). */
  readonly cueTo: number;
}

/** The words a verb of speech reports: after it, before it, or the whole clause it is set into. */
function contentOfCue(
  f: SentenceFrame,
  ctx: StatementContext,
  cue: CueAt,
  index: number,
  found: CueSubject,
  speaking: Speaking,
  heard: Hearing,
): Content {
  const { subject, participle } = found;
  const { parenthetical } = speaking;
  const { target, withListener } = heard;
  let contentFrom = heard.contentFrom;
  const { k, length, lemma } = cue;
  const after = k + length;
  const { s, words, lowered, cues, objects, quotedTokens } = f;
  // `In his view, the talks failed` / `the talks failed, in his view`: the rest of the sentence.
  const opening =
    lemma === 'in view' && s.tokens.slice(0, k).every((t, i) => !t.word || ADVERBS.has(lowered[i] ?? ''));
  if (lemma === 'according to' || (lemma === 'in view' && !opening)) contentFrom = 0;
  // (`pointed out that ...`, `spoke out`: an adverb particle belongs to the verb, not to the words.)
  const cueTo = NEEDS_PARTICLE[lemma] && ADVERB_PARTICLES.has(lowered[after] ?? '') ? after + 1 : after;
  if (contentFrom === after) contentFrom = cueTo;
  // (`was clear with the Ambassador that ...`: the words come after the one they were said to.)
  if (lemma === 'be clear' && lowered[contentFrom] === 'with')
    contentFrom = mentionAt(s, contentFrom + 1)?.to ?? contentFrom;
  // (`told us that ...`, `assured me the plan`: the reporting officers, spoken to, are not the words.)
  if (cue.takesObject && contentFrom === cueTo && /^(?:us|me)$/.test(lowered[contentFrom] ?? ''))
    contentFrom++;
  while (lowered[contentFrom] === ',' || lowered[contentFrom] === ':' || lowered[contentFrom] === 'that')
    contentFrom++;
  // The content runs to the end of the sentence, or to where the next speaker's clause begins.
  let contentTo = words.length;
  let nextSubjectFrom: number | null = null;
  const nextCue = cues[index + 1];
  if (nextCue && !/ing$/.test(lowered[nextCue.k] ?? '')) {
    const nextSubject = s.mentions
      .filter(
        (m) =>
          m.to <= nextCue.k &&
          m.from >= after &&
          !m.object &&
          !objects.has(m) &&
          // `the first Patriot rotation, but noted`: a capitalised word no one is named by is no subject.
          (m.kind !== 'person' || ctx.byMention.has(m)) &&
          // `admitted the alleged CIA flights might have come ..., but added`: a body or a place far
          // from the verb is in the words, not its subject.
          (SPEAKER_KINDS.has(m.kind) || m.to >= nextCue.k - 2),
      )
      .at(-1);
    const sameSpeaker =
      nextSubject?.kind === 'pronoun' ||
      (nextSubject && ctx.byMention.get(nextSubject) === ctx.byMention.get(subject));
    // `admitted that ... through Portugal, but added that`, `said that Zapatero had not meant it and
    // pointed to`: a next verb joined by a conjunction, with no subject of its own, ends the words.
    let b = nextCue.k - 1;
    while (b > contentFrom && ADVERBS.has(lowered[b] ?? '')) b--;
    const joined = b > contentFrom && (lowered[b] === 'and' || lowered[b] === 'but') && !quotedTokens.has(b);
    // `Noting that ..., Dagan advised`: an opening participle's words end where the main clause begins.
    // (`offered assistance; Ghafoor appreciated it and said`: the words end at the semicolon.)
    const semicolon = nextSubject ? words.lastIndexOf(';', nextSubject.from) : -1;
    if (nextSubject && (!sameSpeaker || participle) && nextSubject.kind !== 'country')
      contentTo = Math.max(contentFrom, semicolon >= contentFrom ? semicolon : joined ? b : nextSubject.from);
    // (`noting that the GOI had previously provided a detailed briefing`: a statement inside the words
    // of this one leaves them whole.)
    if (contentTo <= contentFrom && nextSubject && nextSubject.from <= contentFrom) contentTo = words.length;
    if (nextSubject) nextSubjectFrom = nextSubject.from;
    else if (joined) contentTo = b;
  }
  if (withListener && target === withListener && withListener.from - 1 > after && lemma !== 'be clear')
    contentTo = Math.min(contentTo, withListener.from - 1);
  while (contentTo > contentFrom && /^[.,;:]$/.test(words[contentTo - 1] ?? '')) contentTo--;
  if (lemma === 'according to' || (lemma === 'in view' && !opening)) {
    contentTo = k;
    while (contentTo > 0 && /^[,;:]$/.test(words[contentTo - 1] ?? '')) contentTo--;
    // `According to the Minister, there is no evidence ...`: opening the sentence, the words follow.
    if (s.tokens.slice(0, k).every((t) => !t.word) && subject.from >= after) {
      contentFrom = subject.to;
      while (/^[,;:]$/.test(words[contentFrom] ?? '')) contentFrom++;
      contentTo = Math.max(contentFrom, nextSubjectFrom ?? words.length);
      while (contentTo > contentFrom && /^[.,;:]$/.test(words[contentTo - 1] ?? '')) contentTo--;
    }
  }
  // `For that second rotation, he argued, it was important ...`: after an opening phrase the words follow.
  const framed =
    FRONT_PHRASE_OPENERS.has(lowered[0] ?? '') &&
    after + 1 < words.length &&
    !/ing$/.test(lowered[after + 1] ?? '') &&
    !/^(?:and|but)$/.test(lowered[after + 1] ?? '');
  // `Qadhafi, Ben Ali opined, is "not a normal person"`: inserted into one clause, it reports all of it.
  const resumed = lowered[after + 1] ?? '';
  const inserted =
    parenthetical &&
    (CLAUSE_VERBS.has(resumed) ||
      // `Merkel, source said, hopes to ...`: a verb in the present goes on with the clause.
      (s.tokens[after + 1]?.word === true &&
        !s.tokens[after + 1]?.cap &&
        /[^s]s$/.test(resumed) &&
        !FRONT_PHRASE_OPENERS.has(resumed)));
  if (inserted) {
    contentFrom = 0;
    contentTo = words.length;
    while (contentTo > 0 && /^[.,;:]$/.test(words[contentTo - 1] ?? '')) contentTo--;
  } else if (parenthetical && !framed) contentTo = contentFrom;
  // `Most importantly, said Calderon, the U.S. must ...` / `It was a bad idea, said Leonnet, because`:
  // with the speaker after the verb, a short opening leads to the words after, a clause is the words.
  // (`"It is no invasion," continued Chambas.`: a quotation closed by its comma leads the same way.)
  const quoteLed = /^["”]$/.test(words[k - 1] ?? '') && /^[,?!]$/.test(words[k - 2] ?? '');
  const setOff = words[k - 1] === ',' || quoteLed;
  if (subject.from >= after && k > 1 && setOff && lemma !== 'according to') {
    let rest = subject.to;
    while (/^[,;:]$/.test(words[rest] ?? '')) rest++;
    const lead = s.tokens.slice(0, k - 1).filter((t) => t.word).length;
    if (CLAUSE_VERBS.has(lowered[rest] ?? '') || lowered[rest] === 'will') {
      // `Chavez, said Calderon, will also ...`: inserted into one clause.
      contentFrom = 0;
      contentTo = words.length;
    } else if (lead <= 3 && rest < words.length) {
      contentFrom = rest;
      contentTo = words.length;
    } else {
      contentFrom = 0;
      contentTo = k - 1;
    }
    while (contentTo > contentFrom && /^[.,;:]$/.test(words[contentTo - 1] ?? '')) contentTo--;
  } else if (k === 0 && subject.from === after && invertedTag(s, k, length)) {
    // (`Snapped the Duke: "No surprise there."`: the words after the speaker's name.)
    contentFrom = subject.to;
    while (/^[,;:]$/.test(words[contentFrom] ?? '')) contentFrom++;
  }
  // `Any casualties would harm efforts, Saleh asserted.` / `"...," Saleh said.`: the words come first.
  // (`..., Assistant Foreign Minister Liu Jieyi told the Ambassador December 29.`: a date alone says nothing.)
  const onlyADate = words[subject.from - 1] === ',' && dateOnly(lowered, contentFrom, contentTo);
  if (
    (contentTo <= contentFrom || onlyADate) &&
    subject.from > 0 &&
    lemma !== 'according to' &&
    lemma !== 'in view'
  ) {
    contentFrom = 0;
    contentTo = subject.from;
    while (contentTo > 0 && /^[,;:]$/.test(words[contentTo - 1] ?? '')) contentTo--;
  }
  const first = s.tokens[Math.min(contentFrom, s.tokens.length - 1)];
  const last = s.tokens[Math.max(contentTo - 1, 0)];
  let text = first && last && last.end > first.start ? ctx.body.slice(first.start, last.end) : '';
  // A quotation closed right before the speaker is what the speaker said (`"...," Saleh said, adding`).
  const speakerAt = s.tokens[subject.from]?.start ?? 0;
  const quoted = quoteBefore(ctx.body, speakerAt);
  const attributes = /[,?!]\s*["”]\s*$/.test(ctx.body.slice(Math.max(0, speakerAt - 4), speakerAt));
  const saysNothingAfter = words[after] === ',' || words[after] === '.' || after >= words.length;
  if (quoted && attributes && subject.to <= k && k - subject.to <= 2 && saysNothingAfter) text = quoted;
  else if (quoteLed && subject.from >= after && contentFrom === 0)
    text = quoteBefore(ctx.body, s.tokens[k]?.start ?? 0) || text;
  else if (text === '' || /^["”]$/.test(text)) text = quoted;
  return { text, first, last, cueTo };
}

/** Adds the statement, one for each person who spoke together, and remembers who spoke last. */
/** Words that open another clause, past which a pronoun's own clause has ended. */
const OWN_CLAUSE_ENDS: ReadonlySet<string> = new Set([
  'that',
  'who',
  'whom',
  'which',
  'although',
  'though',
  'while',
  'because',
  'but',
  'and',
  'when',
  'if',
  'as',
]);

/**
 * `He spoke about Kantor's work`: a pronoun subject is never the person its own clause names after the
 * verb (the name would be `his`), so that person, whom the pronoun would have stood for, did not speak.
 */
function namedInOwnClause(f: SentenceFrame, ctx: StatementContext, from: number, id: string): boolean {
  const { s, words } = f;
  for (const m of s.mentions) {
    // (Not a name that modifies a noun after an article: `whom he accused of ... the Morales regime`.)
    if (m.from < from || m.kind !== 'person' || /^(?:the|a|an)$/.test(f.lowered[m.from - 1] ?? '')) continue;
    // (Up to the clause's end: a stop, or an abbreviation's, `with the U.S. Westerwelle opined`; or a
    // clause of its own, `an advisor ... who told Jungmann`, where writers do name the same man again.)
    if (
      words
        .slice(from, m.from)
        .some((w) => /^[,;:"“”()]$/.test(w) || w.endsWith('.') || OWN_CLAUSE_ENDS.has(w))
    )
      return false;
    if (ctx.byMention.get(m)?.id === id) return true;
  }
  return false;
}

function recordStatement(
  f: SentenceFrame,
  d: Discourse,
  ctx: StatementContext,
  cue: CueAt,
  found: CueSubject,
  speaking: Speaking,
  heard: Hearing,
  content: Content,
): void {
  const { subject } = found;
  const { before } = speaking;
  let speaker = speaking.speaker;
  const { target, partners, inferred } = heard;
  let addressee = heard.addressee;
  const { text, first, last, cueTo } = content;
  const { k } = cue;
  const after = k + cue.length;
  const { s, words } = f;
  const { statements } = d;
  const speakerStart = s.tokens[subject.from]?.start ?? first?.start ?? 0;
  if (subject.kind === 'pronoun' && speaker.id && namedInOwnClause(f, ctx, after, speaker.id)) return;
  // (`Ambassador pressed ... He assured Ambassador that`: a `he` who speaks to the one it would stand for
  // is the other one who spoke in the paragraph.)
  const listener = addressee;
  if (
    subject.kind === 'pronoun' &&
    target?.kind !== 'pronoun' &&
    listener &&
    (listener.id ? listener.id === speaker.id : listener.name === speaker.name)
  ) {
    const other = [...statements]
      .reverse()
      .find(
        (st) => st.paragraph === s.paragraph && st.speaker_kind === 'person' && st.speaker !== listener.name,
      );
    if (other?.speaker_id) speaker = { name: other.speaker, kind: 'person', id: other.speaker_id };
  }
  // No one is reported speaking to himself (`Sarkozy told [his] father`, a pronoun gone astray).
  if (addressee?.id && addressee.id === speaker.id) addressee = null;
  // (`Lavrov and Miliband agreed to step up cultural relations`: two who agree with each other, each the
  // other's listener, where no one else is named as it.)
  // (Not `Scholz, Klotz, and Loening all agree`: a list of more, agreeing among themselves.)
  const pair =
    MUTUAL_LEMMAS.has(cue.lemma) &&
    partners.length === 1 &&
    f.lowered[k - 1] !== 'all' &&
    !words.slice(partners[0]?.mention.to ?? 0, subject.from).includes(',')
      ? partners[0]
      : undefined;
  const mutual = pair && pair.id !== speaker.id && speaker.kind === 'person' && (!addressee || inferred);
  if (mutual) addressee = { name: pair.name, kind: 'person', id: pair.id };
  const statement: Statement = {
    paragraph: s.paragraph,
    speaker: speaker.name,
    speaker_kind: speaker.kind,
    speaker_id: speaker.id,
    addressee: addressee?.name ?? null,
    addressee_id: addressee?.id ?? null,
    cue: words.slice(k, cueTo).join(' '),
    text,
    quoted: /["“”]/.test(text),
    points: enumeratedPoints(text),
    start: Math.min(speakerStart, s.tokens[k]?.start ?? speakerStart),
    end: Math.max(last?.end ?? 0, s.tokens[after - 1]?.end ?? 0),
  };
  statements.push(statement);
  if (inferred) d.inferredListeners.add(statement);
  if (mutual) d.mutual.add(statement);
  if (speaker.kind === 'person') d.redactedSpoke = undefined;
  const others = partners.filter((x) => x.id !== speaker?.id).map((x) => ({ name: x.name, id: x.id }));
  if (speaker.kind === 'person' && speaker.id)
    d.together =
      others.length > 0
        ? { paragraph: s.paragraph, members: [{ name: speaker.name, id: speaker.id }, ...others] }
        : null;
  for (const partner of partners) {
    if (partner.id === speaker.id || (addressee && !inferred && !mutual && addressee.id === partner.id))
      continue;
    const partnerStart = s.tokens[partner.mention.from]?.start ?? statement.start;
    const said: Statement = {
      ...statement,
      speaker: partner.name,
      speaker_kind: 'person',
      speaker_id: partner.id,
      // (`Pershing and Hedegaard agreed` in their meeting: neither spoke to himself.)
      ...(mutual
        ? { addressee: speaker.name, addressee_id: speaker.id }
        : statement.addressee_id === partner.id
          ? { addressee: null, addressee_id: null }
          : {}),
      start: Math.min(partnerStart, statement.start),
    };
    statements.push(said);
    if (mutual) d.mutual.add(said);
  }
  if (speaker.kind === 'person' && speaker.id) {
    const person: Person | null =
      ctx.byMention.get(subject) ?? (before ? (ctx.byMention.get(before) ?? null) : d.lastSpeaker);
    d.lastSpeaker = person;
  }
}

/** Whether the clause of the verb at k opens with `no one`, `nobody` or `none` (of ...) for its subject. */
function noOneSubject(lowered: readonly string[], k: number): boolean {
  let start = k - 1;
  while (start > 0 && !/^(?:that|,|;|:)$/.test(lowered[start - 1] ?? '') && k - start < 8) start--;
  const first = lowered[start] ?? '';
  return (first === 'no' && lowered[start + 1] === 'one') || first === 'nobody' || first === 'none';
}

/** Verbs of agreeing: two subjects of one of them agree with each other. */
const MUTUAL_LEMMAS: ReadonlySet<string> = new Set(['agree', 'concur']);

/**
 * `the disputed appointments of the Attorney General and Central Bank Governor`: an office named after `of`
 * is what a thing belongs to, not the sentence's subject, nor the `he` of the next.
 */
function officeOfThing(s: SentenceMentions, m: Mention): boolean {
  const lowered = s.lower;
  let at = m.from - 1;
  // (Past the body the office is of: `Central Bank Governor`.)
  while (at > 0 && s.tokens[at]?.cap && s.tokens[at]?.word) at--;
  if (lowered[at] === 'the') at--;
  // (Or joined to such an office by `and`: `... of the Attorney General and Central Bank Governor`.)
  if (lowered[at] === 'and') {
    const before = s.mentions.find((x) => x.kind === 'role' && x.to === at);
    return before !== undefined && officeOfThing(s, before);
  }
  return lowered[at] === 'of' && /^\p{Ll}+s$/u.test(lowered[at - 1] ?? '');
}

/**
 * Whether the verb at k stands inside a question put to someone (`When asked what advice he offered ...,`,
 * `Asked whether he had told ...,`): a passive `asked` opening the sentence, a question word after it, and
 * no comma before k.
 */
function insideQuestionPut(words: readonly string[], lowered: readonly string[], k: number): boolean {
  const asked = lowered[0] === 'asked' ? 0 : lowered[0] === 'when' && lowered[1] === 'asked' ? 1 : -1;
  if (asked < 0 || !/^(?:what|whether|if|how|why|which|who|whom)$/.test(lowered[asked + 1] ?? ''))
    return false;
  for (let j = asked + 2; j < k; j++) if (/^[,;:]$/.test(words[j] ?? '')) return false;
  return k > asked + 2;
}

/** Who the sentence was about and who spoke in it: the antecedents of the next sentence's pronouns. */
function afterSentence(f: SentenceFrame, d: Discourse, ctx: StatementContext): void {
  const { s, words, lowered, cues, objects, quotedTokens, openingEnd, unnamedOpening, statementsFrom } = f;
  const { statements, personById, unnamed } = d;
  // (`(Note: Ajumogobia's technical assistant told EconOff ...) End Note. She said`: the drafter's note is an
  // aside; the `she` after it is who spoke before it.)
  if (words[0] === '(' && lowered[1] === 'note' && statements.length === statementsFrom) return;
  // (`xxxxx dismissed ... It was instead Gul who went to Arinc ... He reportedly told Arinc`: a named person
  // set in a cleft is whom the next `he` means, not the withheld source before.)
  if (lowered[0] === 'it' && lowered[1] === 'was') {
    const cleft = s.mentions.find((m) => m.kind === 'person' && m.from <= 4 && lowered[m.to] === 'who');
    if (cleft && ctx.byMention.has(cleft)) d.redactedSpoke = undefined;
  }
  // The speaker named first among the sentence's statements is who the next `he` means (`Noting he was
  // traveling, Darling stressed ... He cited ...`), before any first mention.
  // (`When Kerry pointed out ..., Zardari responded ... He added`: the main clause's speaker, not the
  // opening clause's.)
  const mainFrom = openingEnd >= 0 ? (s.tokens[openingEnd]?.start ?? 0) : 0;
  // (`the ICO proposal put forward by Peter Feith ... was "not helpful," according to Ratkovic. He said`: the
  // named agent of a passive is not whom the sentence is about, where another speaks in it.)
  const all = statements.slice(statementsFrom);
  const byAgent = (st: Statement) => {
    const at = s.tokens.findIndex((t) => t.start === st.start);
    return at >= 0 && lowered[at + st.cue.split(' ').length] === 'by';
  };
  const made = all.some((st) => !byAgent(st)) ? all.filter((st) => !byAgent(st)) : all;
  const earliest = (
    made.some((st) => st.start >= mainFrom) ? made.filter((st) => st.start >= mainFrom) : made
  ).reduce<Statement | undefined>((a, b) => (a && a.start <= b.start ? a : b), undefined);
  // (`Kappes noted that ..., and Saleh said that such support was "most important." He asked`: after a
  // second clause with a speaker of its own, `he` is that speaker.)
  const secondClause = made.findLast((st) => {
    if (st.speaker_kind !== 'person' || st.speaker_id === earliest?.speaker_id) return false;
    const at = s.tokens.findIndex((t) => t.start === st.start);
    // (Also after a semicolon: `Blake offered assistance; Ghafoor appreciated it and said ... He said`.)
    return (
      (at >= 2 && /^(?:and|but)$/.test(lowered[at - 1] ?? '') && words[at - 2] === ',') ||
      words[at - 1] === ';'
    );
  });
  const spoken = secondClause ?? earliest;
  // (Names inside a quotation are the speaker's words, not the sentence's subject.)
  // (`Embassy Comment: General Felix is ... He does not appear ...`: a label names no subject.)
  const candidates = s.mentions.filter(
    (m) =>
      !m.object &&
      !objects.has(m) &&
      !quotedTokens.has(m.from) &&
      !attributiveName(s, m) &&
      (ctx.byMention.has(m) ||
        m.kind === 'pronoun' ||
        (m.kind === 'role' && !LABEL_WORDS.has(lowered[m.to] ?? '') && !officeOfThing(s, m))),
  );
  // A name in the possessive (`During Shannon's call, Jobim said`) is not the sentence's subject.
  // (`Khameini's son Mojtaba he dismissed as ...`: a name right before `he` is spoken of, not the subject.)
  // (`Addressing the Ambassador directly, Prince Andrew then turned`: whom an opening participle acts on is
  // not the subject.)
  const participleEnd =
    /^\p{L}+ing$/u.test(lowered[0] ?? '') && s.tokens[1]?.cap === false ? words.indexOf(',') : -1;
  // (`Instead of taking credit as he has before, Guan nodded`: a pronoun in an opening clause is not the
  // subject a name after it is.)
  const clauseEnd = SUBORDINATORS.has(lowered[0] ?? '') || lowered[0] === 'instead' ? words.indexOf(',') : -1;
  // (`At a July 30 dinner for ... General Doug Fraser, ... Brigadier Juniti Saito (protect), pulled`: a name
  // inside an opening phrase of place or time is not the subject one after it is.)
  const phraseEnd = OPENING_PREPOSITIONS.has(lowered[0] ?? '') ? words.indexOf(',') : -1;
  const first = candidates.find(
    (m) =>
      !isPossessor(s, m) &&
      // (`In 1961, the year Nelson Mandela was arrested and jailed, Zuma was 19`: a clause that dates the
      // sentence names no subject of it.)
      !(DATING_NOUNS.has(lowered[m.from - 1] ?? '') && lowered[m.from - 2] === 'the') &&
      !(m.to <= phraseEnd && candidates.some((x) => x.from > phraseEnd && x.kind === 'person')) &&
      !(m.kind === 'person' && /^(?:he|she)$/.test(words[m.to] ?? '')) &&
      !(m.to <= participleEnd && candidates.some((x) => x.from > participleEnd)) &&
      !(
        m.kind === 'pronoun' &&
        m.to <= clauseEnd &&
        candidates.some((x) => x.from === clauseEnd + 1 && x.kind !== 'pronoun')
      ),
  );
  // (`Mubarak's top concern is Iran. He believes ...`: after a possessor of a thing, `he` is still who
  // it was, not someone unnamed.)
  const topic = first ? undefined : candidates.find((m) => ctx.byMention.has(m) && !possessesPerson(s, m));
  // A pronoun subject keeps the antecedent it had; a new name or role replaces it. A sentence whose only
  // candidate is `Villepin's cabinet advisor` has someone unnamed for subject: its `he` is not Villepin.
  // `XXXXXXXXXXX claimed his view is not conjecture. He said ...`: a redacted speaker is someone unnamed.
  // (`XXXXXXXXXXXX compared the regime to Hitler and Mussolini, and said ...`: a sentence a redaction
  // opens is the redacted source's, whatever names follow.)
  // (`XXXXXXXXXXXX sees the sanctions regime as ineffective. ... he said`, `In XXXXXXXXXXXX's view, ...`:
  // a sentence the redacted source opens as subject, with a verb of its own, makes `he` that source.)
  const redactedSpeaker =
    (cues.length > 0 && isRedaction(words[0] ?? '')) ||
    // (`xxxxx believed that it would be a mistake`: or a verb in the past after it.)
    (isRedaction(words[0] ?? '') && /^\p{Ll}+(?:s|ed)$/u.test(words[1] ?? '')) ||
    // (`Visiting xxxxx that the best reaction ...`: a withheld name after one word that describes it,
    // the verb withheld with it.)
    (isRedaction(words[1] ?? '') &&
      s.tokens[0]?.cap === true &&
      !s.mentions.some((m) => m.from === 0 && ctx.byMention.has(m)) &&
      lowered[2] === 'that') ||
    (lowered[0] === 'in' && isRedaction(words[1] ?? '') && VIEW_NOUNS.has(lowered[2] ?? '')) ||
    cues.some(({ k }) => {
      let b = k - 1;
      while (b >= 0 && ADVERBS.has(lowered[b] ?? '')) b--;
      return isRedaction(words[b] ?? '');
    });
  // (`Fillon noted ... This suggested that the PS should win, but Sarkozy had a chance. He insisted`: a
  // name inside a clause that `that` opens is not what the sentence is about; `he` is still Fillon.)
  // (Only while that speaker spoke in the same paragraph.)
  const embedded =
    first !== undefined &&
    !spoken &&
    !redactedSpeaker &&
    d.previousSubject !== null &&
    d.speakerParagraph === s.paragraph &&
    lowered.lastIndexOf('that', first.from) >= 0;
  if (embedded) {
    // (the antecedent stays)
  } else if (spoken?.speaker_kind === 'person' && spoken.speaker_id) {
    d.previousSubject = personById.get(spoken.speaker_id) ?? d.previousSubject;
    d.speakerParagraph = s.paragraph;
    d.previousRole = null;
    d.unnamedSubject = false;
  } else if (
    redactedSpeaker ||
    unnamedOpening ||
    unnamedOpener(s, first, unnamed) ||
    // (`Al-Arabiya's former Tehran bureau chief observed ... In his view`: a person the cable does not
    // name spoke; the `he` after is that one, no named person.)
    // (Not `took to the floor before some 8,000 supporters affirming`: people in the plural are no `he`.)
    (!spoken && cues.some(({ k }) => unnamedNounBefore(s, k) && !pluralPersonNoun(lowered[k - 1] ?? ''))) ||
    // (`Gadzhi's partner agreed, shaking his head. "That's a matter for generations," he said`: a verb whose
    // subject is a noun for someone unnamed; `he` is that one.)
    (!spoken && f.unnamedCues.some((k) => ownerOfNounBefore(s, k) || newUnnamedPerson(s, k))) ||
    // (`A visiting London-based executive believes ... Although he predicted`: someone unnamed opened it and
    // no one named stands in it; not `A businessman ... said ... the president brushed him off. ... he`.)
    (!spoken && f.nounOpening && !s.mentions.some((m) => ctx.byMention.has(m)))
  ) {
    d.previousSubject = null;
    d.previousRole = null;
    d.unnamedSubject = true;
  } else if (unnamedAccording(s, ctx)) {
    // (`According to this source, Khameini is ... He claimed`: `he` is the source, no one named.)
    d.previousSubject = null;
    d.previousRole = null;
    d.unnamedSubject = true;
  } else if (first && first.kind === 'role' && /offs$/i.test(words[first.to - 1] ?? '')) {
    // (`EmbOffs reinforced the points with negotiator Sanne Kaasjager. He said`: several officers are
    // no `he`; the person named with them is.)
    const named = s.mentions.filter((m) => m.kind === 'person' && ctx.byMention.has(m)).at(-1);
    d.previousSubject = named ? (ctx.byMention.get(named) ?? null) : null;
    d.previousRole = null;
    d.unnamedSubject = !named;
  } else if (first && first.kind !== 'pronoun') {
    // (An office that opens the sentence before its holder's name is the holder's: `International Affairs
    // Director at the Royal Court Jafar Hassan ... He called for`.)
    const holder =
      first.kind === 'role' && f.mainSubject?.kind === 'person' && f.mainSubject.from >= first.to
        ? f.mainSubject
        : first;
    d.previousSubject = ctx.byMention.get(holder) ?? null;
    d.previousRole = d.previousSubject ? null : first;
    d.unnamedSubject = false;
  } else if (topic) {
    // (It keeps the antecedent the `he` before had: `VFM He said ... President Obama's Prague speech
    // "caught the attention of many." ... He said` is still He.)
    if (!d.previousSubject && !d.previousRole) d.previousSubject = ctx.byMention.get(topic) ?? null;
    d.unnamedSubject = false;
  } else if (!first && candidates.length > 0) {
    d.previousSubject = null;
    d.previousRole = null;
    d.unnamedSubject = true;
  }
  for (const m of s.mentions) {
    const p = ctx.byMention.get(m);
    if (p && p !== d.lastPerson) {
      d.otherPerson = d.lastPerson;
      d.lastPerson = p;
    }
  }
}

/** `some Bush policies`, `the Clinton administration`: a name before a noun, after a determiner, says whose. */
function attributiveName(s: SentenceMentions, m: Mention): boolean {
  if (m.kind !== 'person' || m.nameTo - m.nameFrom !== 1 || m.titles.length > 0) return false;
  // (`the Mueller and Mullen statements`: two names joined before the noun they both describe.)
  const single = (x: Mention | undefined) => x?.kind === 'person' && x.nameTo - x.nameFrom === 1;
  const after = s.lower[m.to] === 'and' ? s.mentions.find((x) => x.from === m.to + 1) : undefined;
  const before = s.lower[m.from - 1] === 'and' ? s.mentions.find((x) => x.to === m.from - 1) : undefined;
  const next = s.tokens[single(after) ? (after as Mention).to : m.to];
  const opener = single(before) ? (before as Mention).from - 1 : m.from - 1;
  return next?.word === true && !next.cap && ATTRIBUTIVE_DETERMINERS.has(s.lower[opener] ?? '');
}
const ATTRIBUTIVE_DETERMINERS: ReadonlySet<string> = new Set([
  'the',
  'some',
  'this',
  'these',
  'those',
  'many',
]);

/**
 * `U/S Tauscher and the Ambassador met with Defense Minister Klich`: the persons who met (subjects before
 * `met`) and the one they met (right after `met` or `met with`), when the sentence says so.
 */
function meetingIn(
  s: SentenceMentions,
  ctx: StatementContext,
  between = true,
): { hosts: Person[]; partner: Person } | null {
  // Most sentences name fewer than two persons: nothing to read.
  if (s.mentions.length < 2) return null;
  for (let k = 1; k < s.lower.length; k++) {
    const w = s.lower[k] ?? '';
    if (w !== 'met' && w !== 'meets' && w !== 'called') continue;
    const at = s.lower[k + 1] === 'with' || s.lower[k + 1] === 'on' ? k + 2 : k + 1;
    const met = s.mentions.find((m) => m.from === at || (m.definite && m.from + 1 === at));
    // (`called President Obama's engagement "necessary"`: whose is no one met; but `met with FM Kouchner's
    // Counselor for Latin American affairs, Evan Nguyen Binh;`: the one named after the office is.)
    const named =
      met?.kind === 'person' && isPossessor(s, met) && s.lower[k] === 'met'
        ? officeHolderAfter(s, met.to, ctx)
        : null;
    const partner = met && !isPossessor(s, met) ? ctx.byMention.get(met) : (named ?? undefined);
    if (!partner) return null;
    // (`von Beust told the Ambassador that he had met with Merkel`: a meeting told of is no setting.)
    for (let j = 0; j < k; j++) if (CUES.match(s.words, j, s.lower)) return null;
    const hosts = s.mentions
      .filter((m) => m.to <= k && !m.object && m.kind !== 'pronoun')
      .map((m) => ctx.byMention.get(m))
      .filter((p): p is Person => p !== undefined && p.id !== partner.id);
    return hosts.length > 0 ? { hosts: [...new Set(hosts)], partner } : null;
  }
  return between ? meetingBetween(s, ctx) : null;
}

/**
 * The meeting the cable's first paragraph reports between two persons of different sides: `X met with Y`, or
 * a sentence whose first person speaks `in a ... meeting with Y` (`Swedish Foreign Minister Carl Bildt
 * agreed, in an August 31 meeting with Ambassador Eikenberry, to ...`). Null when it reports none, or
 * several.
 */
function cableMeetingOf(ctx: StatementContext): readonly [Person, Person] | null {
  const firstSentence = ctx.sentences.find((s) => s.paragraph !== null);
  const first = firstSentence?.paragraph;
  if (first === undefined) return null;
  const pairs: [Person, Person][] = [];
  /** Everyone the first paragraph says was met: more than one, and it reports several meetings. */
  const partners = new Set<string>();
  // (A meeting of others anywhere in the cable, `met with CHOD Basbug`, makes it the report of several.)
  // (Not `Post is working to set up a meeting between General Jones and Brigadier Saito`: one to come.)
  // (Nor a meeting a scenesetter announces, `he meets Speaker Hastert before going to the White House`.)
  const withMeeting = new Set<SentenceMentions>();
  for (const s of ctx.sentences) {
    const met = s.lower.includes('met') || s.lower.includes('called') ? meetingIn(s, ctx, false) : null;
    if (!met) continue;
    withMeeting.add(s);
    if (s.paragraph === first) for (const id of metWith(s, met.partner, ctx)) partners.add(id);
    pairs.push([met.hosts[0] as Person, met.partner]);
    // (`Edelman and Allardice met with ...`: a delegation's meeting, no one's own.)
    if (met.hosts.length > 1) return null;
  }
  for (const s of ctx.sentences) {
    if (s.paragraph !== first || withMeeting.has(s)) continue;
    const w = s.lower.findIndex((x, k) => MEETING_WORDS.has(x) && s.lower[k + 1] === 'with');
    // (`delivered reftel points in separate December 15 meetings with the SecGen, the Polish PermRep, and
    // ...`: meetings said to be separate are several.)
    if (w > 0 && s.lower.slice(Math.max(0, w - 4), w).includes('separate')) return null;
    // (`Prince Saud said that he talked with Secretary Rice`: a meeting told of is no setting.)
    const that = s.lower.lastIndexOf('that', w);
    if (that > 0 && s.words.slice(0, that).some((_, j) => CUES.match(s.words, j, s.lower) !== null)) continue;
    // (`meeting with the Prince of Asturias, ... Mariano Rajoy, ... Foreign Minister Moratinos (septel), and
    // Cuban dissidents ...`: several met in one list are several meetings.)
    const end = s.words.indexOf(';', w);
    const listed = s.mentions.filter(
      (m) => w >= 0 && m.from > w && (end < 0 || m.from < end) && m.kind === 'person' && ctx.byMention.has(m),
    );
    if (new Set(listed.map((m) => ctx.byMention.get(m)?.id)).size > 1) return null;
    const partner =
      w >= 0 ? s.mentions.find((m) => m.from === w + 2 || (m.definite && m.from === w + 3)) : undefined;
    const other = partner ? ctx.byMention.get(partner) : undefined;
    // (`during his meetings with Russian FM Lavrov`: a meeting whose other side the sentence leaves to a
    // pronoun still counts against another in the paragraph.)
    // (`In a February 8 meeting with Ambassador, ... Segolene Royal left no doubt`: or the main clause's
    // subject after the opening phrase, which its comma ends.)
    // (Only in the paragraph's first sentence: `In a September 11 telcon with Ambassador, Leon expressed`, later
    // in a summary, is one more meeting, not the cable's.)
    const opening =
      w >= 0 &&
      partner &&
      s === firstSentence &&
      s.words[partner.to] === ',' &&
      !s.mentions.some((m) => m.to <= w)
        ? partner.to
        : -1;
    if (other) for (const id of opening >= 0 ? [other.id] : metWith(s, other, ctx)) partners.add(id);
    const subject = s.mentions.find(
      (m) =>
        m.kind === 'person' &&
        !m.object &&
        (m.from < w || (opening >= 0 && m.from > opening)) &&
        ctx.byMention.has(m) &&
        ctx.byMention.get(m) !== other,
    );
    const one = subject ? ctx.byMention.get(subject) : undefined;
    if (one && other) pairs.push([one, other]);
  }
  const [pair] = pairs;
  const same = (a: Person, b: Person) => pair && new Set([a.id, b.id, pair[0].id, pair[1].id]).size === 2;
  if (!pair || partners.size > 1 || pairs.some(([a, b]) => !same(a, b))) return null;
  const [a, b] = pair;
  // (The reporting side's own meeting, an American with another side's official: not one the cable tells of
  // between others, `Miliband also met with Gorbachev`, `Nourizadeh met Sadeqinia on several occasions`.)
  const ours = a.affiliation === 'United States' || b.affiliation === 'United States';
  return a.id !== b.id && ours && a.affiliation && b.affiliation && a.affiliation !== b.affiliation
    ? pair
    : null;
}

/**
 * The one met and those named with them: `met with CDS Jock Stirrup and Policy Director John Day`, `met with
 * ... Gonul (MND Gonul) and the Chief of the Turkish General Staff General Ilker Basbug (Gen Basbug)`.
 */
function metWith(s: SentenceMentions, partner: Person, ctx: StatementContext): string[] {
  const ids = [partner.id];
  let m = s.mentions.find((x) => ctx.byMention.get(x) === partner);
  while (m) {
    let after = m.to;
    if (s.words[after] === '(') after = s.words.indexOf(')', after) + 1 || after;
    if (!/^(?:and|,)$/.test(s.lower[after] ?? '')) break;
    const from = after;
    const next = s.mentions.find(
      (x) =>
        x.from > from &&
        x.from <= from + 12 &&
        ctx.byMention.has(x) &&
        !s.words.slice(from + 1, x.from).some((w) => /^[,;.]$/.test(w)),
    );
    const person = next ? ctx.byMention.get(next) : undefined;
    if (!person || ids.includes(person.id)) break;
    ids.push(person.id);
    m = next;
  }
  return ids;
}

/** The person named after a possessor's office and its comma, before any `;` (`Kouchner's Counselor ..., Evan Nguyen Binh`). */
function officeHolderAfter(s: SentenceMentions, from: number, ctx: StatementContext): Person | null {
  const comma = s.words.indexOf(',', from);
  if (comma < 0 || comma - from > 10 || s.words.slice(from, comma).includes(';')) return null;
  const holder = s.mentions.find((m) => m.from === comma + 1);
  return holder?.kind === 'person' ? (ctx.byMention.get(holder) ?? null) : null;
}

/**
 * `Poloff spoke with Judges Bruguiere and Ricard ... They confirmed`: the two named persons one subject met
 * with, whom a `they` after them stands for. Not where the subject is itself a pair (`X and Y met with Z`).
 */
function pairMet(s: SentenceMentions, ctx: StatementContext): { name: string; id: string }[] | null {
  if (s.mentions.length < 2) return null;
  for (let k = 1; k + 2 < s.lower.length; k++) {
    const w = s.lower[k] ?? '';
    if (!MEETING_VERBS.has(w) || s.lower[k + 1] !== 'with') continue;
    if (s.lower.slice(0, k).includes('and')) return null;
    const first = s.mentions.find((m) => m.from === k + 2 && m.kind === 'person');
    const join = first && (s.lower[first.to] === 'and' ? first.to + 1 : -1);
    const second = s.mentions.find((m) => m.from === join && m.kind === 'person');
    const a = first && ctx.byMention.get(first);
    const b = second && ctx.byMention.get(second);
    if (!a || !b || a.id === b.id) return null;
    return [a, b].map((p) => ({ name: p.name, id: p.id }));
  }
  return null;
}

/** `In a side conversation between Mr. Foolad and Ms. Meyers, he noted`: the two who met, before any verb of speech. */
function meetingBetween(
  s: SentenceMentions,
  ctx: StatementContext,
): { hosts: Person[]; partner: Person } | null {
  for (let k = 1; k + 1 < s.lower.length; k++) {
    if (s.lower[k] !== 'between' || !MEETING_WORDS.has(s.lower[k - 1] ?? '')) continue;
    const first = s.mentions.find((m) => m.from === k + 1);
    const second =
      first && s.lower[first.to] === 'and' ? s.mentions.find((m) => m.from === first.to + 1) : undefined;
    const host = first && ctx.byMention.get(first);
    const partner = second && ctx.byMention.get(second);
    if (!host || !partner || host.id === partner.id) return null;
    for (let j = 0; j < k; j++) if (CUES.match(s.words, j, s.lower)) return null;
    return { hosts: [host], partner };
  }
  return null;
}

/**
 * The person met in this sentence before its verb at `end`: `meeting with X`, `met with X`, `in a call
 * with X`. A meeting named in what was said (`eager to hold a meeting with Obama`) is not where it was said.
 */
function meetingPartner(s: SentenceMentions, lowered: string[], end: number): Mention | null {
  for (let k = 0; k + 1 < Math.min(end, lowered.length); k++) {
    if (!MEETING_WORDS.has(lowered[k] ?? '') || lowered[k + 1] !== 'with') continue;
    // (`meeting with former Ambassador Timken`: past an office's time word.)
    const at = OBJECT_DETERMINERS.has(lowered[k + 2] ?? '') ? k + 3 : k + 2;
    const m = s.mentions.find((x) => x.from === at && (x.kind === 'person' || x.kind === 'role'));
    // (`Noting that Lula had discussed Haiti during his meeting with President Obama, he said`: another's
    // meeting inside the words of an opening participle is not where the main verb's words were said;
    // `Recalling his conversation with Karzai, Edelman said` is the speaker's own.)
    const another =
      /ing$/.test(lowered[0] ?? '') &&
      CUES.match(s.words, 0, lowered) !== null &&
      s.mentions.some((x) => x.from > 0 && x.to <= k && x.kind === 'person');
    if (m && !another) return m;
  }
  return null;
}

/** `Khamenei in a letter to Ahmadinejad in January outlined`: the one a letter between subject and verb went to. */
function writtenTo(s: SentenceMentions, from: number, k: number): Mention | null {
  if (k - from > 10 || from < 1) return null;
  for (let j = from; j + 1 < k; j++) {
    if (/^[,;:]$/.test(s.words[j] ?? '')) return null;
    if (!WRITING_NOUNS.has(s.lower[j] ?? '') || s.lower[j + 1] !== 'to') continue;
    return (
      s.mentions.find((m) => m.from === j + 2 && m.to <= k && (m.kind === 'person' || m.kind === 'role')) ??
      null
    );
  }
  return null;
}

/**
 * `had mentioned in his September 18th conversation with then-Secretary Rice`: the one met in the meeting
 * a phrase right after the verb places the words in.
 */
function meetingAfterVerb(s: SentenceMentions, after: number): Mention | null {
  const lowered = s.lower;
  if (!/^(?:in|during|at)$/.test(lowered[after] ?? '')) return null;
  for (let j = after + 1; j <= after + 6 && j + 2 < lowered.length; j++) {
    if (/^[,;.:()]$/.test(s.words[j] ?? '')) return null;
    if (!MEETING_WORDS.has(lowered[j] ?? '') || lowered[j + 1] !== 'with') continue;
    // (`with then-Secretary Rice`: past the word of time glued to the office.)
    const at = OBJECT_DETERMINERS.has(lowered[j + 2] ?? '') || lowered[j + 2] === 'then' ? j + 3 : j + 2;
    return (
      s.mentions.find((x) => x.from <= at && at < x.to && (x.kind === 'person' || x.kind === 'role')) ?? null
    );
  }
  return null;
}

/**
 * `It was, continued Chambas, in no way an invasion`: a verb set off after a comma or a quotation, with
 * its speaker's name after it and a comma or full stop closing the name, is a speech tag whatever it
 * needs elsewhere (`continued to press` reports nothing).
 */
function invertedTag(s: SentenceMentions, k: number, length: number): boolean {
  // (`Snapped the Duke: "No surprise there."`: opening the sentence, before a colon.)
  const opening = k === 0 && s.tokens[0]?.cap === true;
  if (!opening && !/^[,"”]$/.test(s.words[k - 1] ?? '')) return false;
  const named = s.mentions.find((m) => m.from === k + length && (m.kind === 'person' || m.kind === 'role'));
  return named !== undefined && (opening ? /^[:,]$/ : /^[,.;]?$/).test(s.words[named.to] ?? '');
}

/** The person or office named right before the colon of a dashed list whose item token k opens, or null. */
function dashedItemHolder(s: SentenceMentions, k: number): Mention | null {
  if (s.words[k - 1] !== '-') return null;
  const colon = s.words.lastIndexOf(':', k - 1);
  if (colon < 1) return null;
  // (The items between are dashed items too: no other clause stands between the colon and this verb.)
  if (s.words[colon + 1] !== '-') return null;
  return s.mentions.find((m) => m.to === colon && (m.kind === 'person' || m.kind === 'role')) ?? null;
}

/**
 * `Menon:` / `-- stated that ...`: a verb that opens the first dashed item of a sentence after one ending
 * with a name and a colon has that name for subject. The name stands in the sentence before: a stand-in
 * mention over the item's dashes carries it here.
 */
function listOpenedBefore(
  s: SentenceMentions,
  k: number,
  previous: SentenceMentions | undefined,
  ctx: StatementContext,
): Mention | null {
  if (!previous || s.words[0] !== '-' || s.words[k - 1] !== '-' || previous.words.at(-1) !== ':') return null;
  if (s.words.lastIndexOf(':', k) >= 0) return null;
  const holder = previous.mentions.find(
    (m) => m.to === previous.words.length - 1 && (m.kind === 'person' || m.kind === 'role'),
  );
  const person = holder ? ctx.byMention.get(holder) : undefined;
  if (!holder || !person) return null;
  const standIn: Mention = {
    ...holder,
    from: k - 1,
    to: k - 1,
    nameFrom: k - 1,
    nameTo: k - 1,
    object: false,
  };
  ctx.byMention.set(standIn, person);
  return standIn;
}

/** True when more parentheses open than close before token k. */
function inParentheses(words: string[], k: number): boolean {
  let depth = 0;
  for (let j = 0; j < k; j++) {
    if (words[j] === '(') depth++;
    else if (words[j] === ')') depth = Math.max(0, depth - 1);
  }
  return depth > 0;
}

/**
 * `according to war crimes police head Kostic and war crimes prosecutor Vukcevic`: the persons the phrase
 * names, each after a few lower-case words of office, joined by `and`.
 */
function accordingNames(s: SentenceMentions, after: number, ctx: StatementContext): Mention[] {
  const found: Mention[] = [];
  let j = after;
  for (;;) {
    let k = j;
    // (Past words in lower case before the name, not into one: `al-Sheikh`.)
    const named = (at: number) =>
      s.mentions.find((x) => x.from === at && x.kind === 'person' && ctx.byMention.has(x));
    while (k < s.words.length && k - j < 5 && s.tokens[k]?.word && !s.tokens[k]?.cap && !named(k)) k++;
    const m = named(k);
    if (!m) break;
    found.push(m);
    if (s.lower[m.to] !== 'and') break;
    j = m.to + 1;
  }
  return found;
}

/** Conjunctions that may open a sentence before a participle that is the main subject's (`While conceding`). */
const OPENING_CONJUNCTIONS: ReadonlySet<string> = new Set(['while', 'when', 'after', 'before']);

/**
 * `Bagapsh and Kokoity also addressed the session, proclaiming ...`: the person joined by `and` after the
 * subject of the clause a participle goes on from speaks too.
 */
function nextCoSubject(
  s: SentenceMentions,
  subject: Mention,
  k: number,
  ctx: StatementContext,
): { name: string; id: string; mention: Mention }[] {
  // (Not `with U/S Rood emphasizing`, `in pressing`: the participle is set off by a comma.)
  let comma = k - 1;
  while (comma > subject.to && ADVERBS.has(s.lower[comma] ?? '')) comma--;
  // (`He and his Economic Minister, Felisa Miceli, also used the opportunity ... by rejecting`: or the means
  // of what the two did.)
  const means = s.lower[comma] === 'by' && !s.lower.slice(subject.to, comma).some((w) => CLAUSE_WORDS.has(w));
  if (s.lower[subject.to] !== 'and' || subject.object || (s.words[comma] !== ',' && !means)) return [];
  // (`his Economic Minister, Felisa Miceli,`: past one's office, set off by a comma before the name.)
  let at = subject.to + 1;
  if (means && /^(?:his|her|their)$/.test(s.lower[at] ?? '')) {
    const close = s.words.indexOf(',', at);
    if (close > at && close - at <= 5 && s.tokens.slice(at + 1, close).every((t) => t.cap)) at = close + 1;
  }
  const next = s.mentions.find((m) => m.from === at && m.kind === 'person' && m.to < k);
  const person = next ? ctx.byMention.get(next) : undefined;
  const own = ctx.byMention.get(subject);
  return next && person && person.id !== own?.id ? [{ name: person.name, id: person.id, mention: next }] : [];
}

/**
 * `Suarez and Jaramillo discounted charges ..., noting that`: a participle set off after the clause of a pair
 * named together before its verb goes on from both; the first of the pair, where the participle's subject
 * is the second.
 */
function pairBeforeVerb(
  f: SentenceFrame,
  subject: Mention,
  k: number,
  ctx: StatementContext,
): { name: string; id: string; mention: Mention }[] {
  const { s, cues } = f;
  if (s.words[k - 1] !== ',' || subject.kind !== 'person' || s.lower[subject.from - 1] !== 'and') return [];
  let verb = subject.to;
  while (verb < k && ADVERBS.has(s.lower[verb] ?? '')) verb++;
  if (!cues.some((c) => c.k === verb)) return [];
  return coSubjects(s, subject, ctx);
}

/** The person joined to a subject by `and` right before it (`Klich and Gagor said`), if any. */
function coSubjects(
  s: SentenceMentions,
  subject: Mention,
  ctx: StatementContext,
  relative = false,
): { name: string; id: string; mention: Mention }[] {
  // `Chen Xu and Office of North American Affairs Counselor Deng Hongbo both emphasized`: the second
  // holder's office may stand between `and` and the name.
  let b = subject.from - 1;
  // (`State Secretary Joyandet and later Foreign Minister Kouchner encouraged`: a time between.)
  const timeBetween = (j: number) =>
    /^(?:later|then|subsequently)$/.test(s.lower[j] ?? '') && s.lower[j - 1] === 'and';
  // (`Lt Gen Hostage and the Charge thanked him`: an article may open the second.)
  while (
    b > 0 &&
    s.lower[b] !== 'and' &&
    (s.tokens[b]?.cap ||
      OFFICE_JOINERS.has(s.lower[b] ?? '') ||
      // (`Communist leader Zyuganov and LDPR leader Zhirinovskiy`: a noun for a person before the name.)
      (s.tokens[b]?.word && PERSON_NOUNS.has(s.lower[b] ?? '')) ||
      (b === subject.from - 1 && s.lower[b] === 'the') ||
      // (`President Karzai and visiting CODEL McCain agreed`: a visitor's office after `visiting`.)
      (s.lower[b] === 'visiting' && s.tokens[b + 1]?.cap === true))
  )
    b--;
  if (timeBetween(b)) b--;
  if (s.lower[b] !== 'and') return [];
  // (`U/S Otero, A/S Carson, and Ms. Gavin noted`: a list before the `and`, each item a subject.)
  const serialComma = s.words[b - 1] === ',';
  if (serialComma) b--;
  const partners: { name: string; id: string; mention: Mention }[] = [];
  for (;;) {
    const end = b;
    // (`President Saakashvili in an August 8 conversation with the Ambassador, and Foreign Minister
    // Tkeshelashvili in a briefing ..., claimed`: past an aside that a preposition opens after the name.)
    const aside = [...s.mentions]
      .reverse()
      .find(
        (x) =>
          x.kind === 'person' &&
          x.to < end &&
          /^(?:in|during|at)$/.test(s.lower[x.to] ?? '') &&
          !s.words.slice(x.to, end).some((w) => w === ',' || w === ';'),
      );
    const atEnd = s.mentions.find((x) => x.to === end);
    const m = atEnd && (ctx.byMention.has(atEnd) || !aside) ? atEnd : aside;
    // (`spoke with ... Carlos Lage and ... Felipe Perez Roque, who assured him`: objects before `who` too.)
    const person = m && (!m.object || relative) ? ctx.byMention.get(m) : undefined;
    // `the meeting with Tauscher and Feinstein, Klich said`: only a subject, not an earlier object.
    // (`the refusal to extradite Berezovskiy, and Venediktov said`: nor the object of a verb.)
    // (Before `who`, after a preposition too: `the wrath of MPs Balkhi and Akbari, who raised the issue`.)
    if (!m || !person || (!relative && m.from > 0 && PREPOSITIONS_BEFORE.has(s.lower[m.from - 1] ?? '')))
      break;
    if (
      s.lower[m.from - 2] === 'to' &&
      s.tokens[m.from - 1]?.cap === false &&
      !/^(?:which|whom|whose|what)$/.test(s.lower[m.from - 1] ?? '')
    )
      break;
    partners.push({ name: person.name, id: person.id, mention: m });
    if (s.words[m.from - 1] !== ',') break;
    b = m.from - 1;
  }
  // (`... would host Dadis, and the GOM requested`: one name after a word in lower case, before `, and`, ends
  // a clause; a list has more items, set off by commas a few words before, or opens the sentence.)
  const only = partners.length === 1 ? partners[0]?.mention : undefined;
  if (
    serialComma &&
    only &&
    only.from > 0 &&
    s.tokens[only.from - 1]?.word &&
    !s.tokens[only.from - 1]?.cap &&
    !s.words.slice(Math.max(0, only.from - 6), only.from).includes(',')
  )
    return [];
  // (A list needs its first item at the sentence's start or after a clause's opening, not `X said A, B and C`.)
  const first = partners.at(-1)?.mention;
  if (
    partners.length > 1 &&
    first &&
    first.from > 0 &&
    !/^(?:[,;:(—–]|--?)$/.test(s.words[first.from - 1] ?? '')
  )
    return partners.slice(0, 1);
  return partners;
}

/**
 * `Together with Foreign Minister Taiana, they shared concerns`, `Fernandez, along with Taiana, said`: the
 * persons a `together with` or `along with` aside joins to the subject right before its verb (at k) speak
 * with it.
 */
function companionsOf(s: SentenceMentions, subject: Mention, k: number): Mention[] {
  const joinedAt = (j: number) => COMPANION_LINKS.has(`${s.lower[j]} ${s.lower[j + 1]}`);
  const persons = (from: number, to: number) =>
    s.mentions.filter((m) => m.from >= from && m.to <= to && m.kind === 'person');
  // Opening the sentence, set off by a comma right before the subject.
  const open = s.tokens.findIndex((t) => t.word);
  if (open >= 0 && joinedAt(open) && s.words[subject.from - 1] === ',') {
    const comma = s.words.indexOf(',', open);
    if (comma === subject.from - 1) return persons(open + 2, comma);
  }
  // Set off by commas right after the subject, the verb right after it.
  if (s.words[subject.to] === ',' && joinedAt(subject.to + 1)) {
    const comma = s.words.indexOf(',', subject.to + 1);
    let verb = comma + 1;
    while (verb < k && ADVERBS.has(s.lower[verb] ?? '')) verb++;
    if (comma > 0 && verb === k) return persons(subject.to + 3, comma);
  }
  return [];
}

/**
 * Where `who` stands right before a verb at b + 1, or before an aside that ends at b (`Chen who, in a
 * January 10 press conference, called for`); -1 if it does not.
 */
function whoBefore(s: SentenceMentions, b: number): number {
  if (s.lower[b] === 'who') return b;
  // (`Zapatero, who had since responded to Buzek`: past an auxiliary and an adverb; `leaders, who
  // similarly expressed`: any adverb in -ly.)
  const between = (w: string) => WHO_AUXILIARIES.has(w) || /^[a-z]{3,}ly$/.test(w);
  for (let c = b; c >= b - 2 && c > 0 && between(s.lower[c] ?? ''); c--)
    if (s.lower[c - 1] === 'who') return c - 1;
  if (s.words[b] !== ',' && !(s.lower[b] === 'and' && s.words[b - 1] === ',')) return -1;
  if (s.words[b] === ',')
    for (let c = b - 1; c > 0 && c >= b - 12; c--) {
      if (s.words[c] === ',') {
        if (s.lower[c - 1] === 'who') return c - 1;
        break;
      }
      if (/^[;:()"“”.]$/.test(s.words[c] ?? '')) return -1;
    }
  // (`Ivan Lewis, who reiterated UK priorities, alluded to differences ..., and asked about ...`: each verb of
  // the list after `who` is the one `who` stands for, with no one else named between.)
  for (let c = b - 1; c > 0 && c >= b - 40; c--) {
    if (/^[;:()"“”.]$/.test(s.words[c] ?? '')) return -1;
    // (Only where `who` opens with a verb of speech: not `Beghal, a citizen who was arrested ..., told`.)
    if (s.lower[c] === 'who')
      return CUES.match(s.words, c + 1, s.lower) === null ||
        s.mentions.some(
          (m) => m.from > c && m.to <= b && (m.kind === 'person' || m.kind === 'pronoun') && !m.object,
        )
        ? -1
        : c;
  }
  return -1;
}

/** The person who opens the clause after the last semicolon between `from` and `to`, if one does. */
function ownerAfterSemicolon(
  s: SentenceMentions,
  from: number,
  to: number,
  resolvable: (m: Mention) => boolean,
): Mention | undefined {
  if (from < 0) return undefined;
  const semicolon = s.words.lastIndexOf(';', to);
  if (semicolon <= from) return undefined;
  return s.mentions.find(
    (m) =>
      m.from === semicolon + 1 &&
      m.to < to &&
      // (`Reinfeldt mentioned energy security; Sweden is likely also to raise ..., and has expressed`: a
      // country or a body opening the clause too.)
      (m.kind === 'person' || m.kind === 'pronoun' || m.kind === 'country' || m.kind === 'organization') &&
      resolvable(m),
  );
}

/**
 * Whether m is a name inside the sentence's opening participial phrase, seen from a verb at k after it: no
 * subject of that verb (a pronoun there is the main subject's own).
 */
function inOpeningPhrase(f: SentenceFrame, m: Mention, k: number): boolean {
  return f.participleEnd > 0 && k > f.participleEnd && m.to <= f.participleEnd && m.kind !== 'pronoun';
}

/** Whether a quotation opens within four words from `from`, or within `limit` with no comma or stop before. */
function quoteOpensWithin(
  words: readonly string[],
  from: number,
  limit: number,
  personObject = false,
): boolean {
  let stopped = false;
  let relative = false;
  let end = from + limit;
  for (let i = from; i < end && i < words.length; i++) {
    const w = words[i] ?? '';
    if ((w === '"' || w === '“') && (i < from + 4 || !stopped)) return true;
    // (`called the USG financing offer, together with others, of US$30 billion "ridiculous"`: an aside
    // set off by two commas leaves the object going on, and the quotation may come further.)
    const aside = w === ',' ? words.indexOf(',', i + 1) : -1;
    if (aside > i && aside - i <= 5 && !words.slice(i + 1, aside).some((x) => /^[.;:"“]$/.test(x))) {
      end += aside - i + 1;
      i = aside;
      continue;
    }
    // (`calling this month's experiment in which half the cars were taken off the road "a success"`: a
    // relative clause on the object leaves the object going on, once.)
    if (!stopped && !relative && (w === 'which' || w === 'whom' || w === 'whose' || w === 'where')) {
      relative = true;
      end += 12;
    }
    // (`called him ... to demand a "retraction"`, `called the Ambassador into the Foreign Ministry`: a call,
    // then what it was for.)
    // (`called Sonia Ghandi and termed ... a "detestable act"`: and another verb.)
    if (w === ',' || w === '.' || w === ';' || w === ':' || w === 'and') stopped = true;
    const next = words[i + 1] ?? '';
    // (`called Somalia Unit on May 16 to urge`: a call on a day.)
    if (w === 'on' && MONTH_WORDS.has(next.toLowerCase())) stopped = true;
    if (personObject && (w === 'into' || (w === 'to' && /^[a-z]+$/.test(next) && !NOUN_LEADS.has(next))))
      stopped = true;
  }
  return false;
}

/**
 * Whether `dismissed` at the word before `after` removes a person from office: its object is a person
 * (or, in a passive with `agent`, its subject before the verb of being at b), with no `as` and a
 * description after it.
 */
function removedFromOffice(
  s: SentenceMentions,
  after: number,
  agent: Mention | undefined,
  b: number,
): boolean {
  const someone: readonly Mention['kind'][] = ['person', 'role', 'pronoun'];
  let rest: number;
  if (agent) {
    if (!COPULAS.has(s.lower[b] ?? '') || !passiveSubject(s, b, someone)) return false;
    rest = agent.to;
  } else {
    // (`had just dismissed a battalion commander in Covenas`: an officer named by a noun for a person, and
    // `as` after it read as below: `dismissed the other members as lacking stature` is words.)
    const article = /^(?:a|an|the|two|three|several|some)$/.test(s.lower[after] ?? '') ? after + 1 : after;
    let noun = -1;
    for (let i = article; i <= article + 2 && article > after && noun < 0; i++)
      if (isPersonNoun(s.lower[i] ?? '') || HUMAN_NOUNS.has(s.lower[i] ?? '')) noun = i;
    // (Not `dismissed Collier's suggestion`: a possessor names whose words.)
    const object = noun >= 0 ? undefined : s.mentions.find((m) => m.from === after);
    if (noun >= 0) rest = noun + 1;
    else if (
      !object ||
      !someone.includes(object.kind) ||
      isPossessor(s, object) ||
      (object.kind === 'pronoun' && !/^(?:him|her|them)$/.test(s.lower[after] ?? ''))
    )
      return false;
    else rest = object.to;
    // (`dismissed Ghani, saying that ...`: a person waved off in words; not `by dismissing Hanefi Avci, a
    // leading Gulenist who ...`, the person described.)
    const described = s.words[rest] === ',' && /^(?:a|an|the)$/.test(s.lower[rest + 1] ?? '');
    if ((s.words[rest] === ',' && !described) || /ing$/.test(s.lower[rest] ?? '')) return false;
  }
  if (s.lower[rest] !== 'as') return true;
  // (`as SAG Deputy President`, `as head of`: an office; `as "a complete idiot"`, `as a liar`: a description.)
  for (let i = rest + 1; i <= rest + 3; i++) {
    if (TITLES.match(s.words, i, s.lower) !== null || /^(?:head|chief|deputy)$/.test(s.lower[i] ?? ''))
      return true;
    if (!s.tokens[i]?.cap) return false;
  }
  return false;
}

/**
 * Whether a verb of being at b makes a passive that happened (`were accused ... by`, `has been told by`),
 * not one negated or to come (`was not told by`, `will be asked by`).
 */
function reportedPassive(lowered: readonly string[], b: number): boolean {
  if (!COPULAS.has(lowered[b] ?? '') || lowered[b] === 'being') return false;
  if ((lowered[b] === 'been' && !/^(?:has|have|had)$/.test(lowered[b - 1] ?? '')) || lowered[b] === 'be')
    return false;
  const at = copulaStart(lowered, b);
  return !notReported(lowered[at - 1] ?? '');
}

/** The subject of a passive whose verb of being ends at b, of one of `kinds`: the mention right before it. */
function passiveSubject(
  s: SentenceMentions,
  b: number,
  kinds: readonly Mention['kind'][],
): Mention | undefined {
  const start = copulaStart(s.lower, b);
  return s.mentions.find((m) => m.to === start && kinds.includes(m.kind));
}

/** Where the verb of being that ends at b starts, with `has` before `been`, past adverbs before it. */
function copulaStart(lowered: readonly string[], b: number): number {
  let at = lowered[b] === 'been' && /^(?:has|have|had)$/.test(lowered[b - 1] ?? '') ? b - 1 : b;
  while (at > 0 && ADVERBS.has(lowered[at - 1] ?? '')) at--;
  return at;
}

/**
 * Where the `by` of a passive stands, from the word after the verb: there, or past a short phrase of time
 * (`accused in 2006 by`, `told last week by`); -1 when there is none.
 */
function byOfPassive(s: SentenceMentions, from: number): number {
  for (let i = from; i <= from + 3; i++) {
    if (s.lower[i] === 'by') return i;
    const w = s.words[i] ?? '';
    // (`was summarized well by Manuel Marin`: an adverb of manner first, too; `a position stated even more
    // emphatically by opposition leader Netanyahu`: or of degree.)
    if (
      i === from
        ? !/^(?:in|on|at|last|earlier|later|well|best|even|more|most|much|far|still|also|\p{Ll}+ly)$/u.test(w)
        : !/^(?:\p{Ll}+|\d+(?:[.,]\d+)?)$/u.test(w)
    )
      return -1;
  }
  return -1;
}

/** `the Culture Ministry's Henrard`: where the name after a body's capitalised name in the possessive starts (-1 if none). */
function possessiveBodyAfter(s: SentenceMentions, from: number): number {
  let j = s.lower[from] === 'the' ? from + 1 : from;
  const start = j;
  while (j < start + 5 && s.tokens[j]?.cap && !/['’]s$/.test(s.words[j] ?? '')) j++;
  return s.tokens[j]?.cap && /['’]s$/.test(s.words[j] ?? '') ? j + 1 : -1;
}

/** The person named right after `by` at b, past lower-case words before the name (`by opposition Mayor X`). */
/**
 * `criticized by his predecessor, now Senator Marina Silva`: after `by`, a person described by a noun after
 * `his` or `her`, named in the apposition set off after it (past `now`, `then`, `former`).
 */
function describedAgent(s: SentenceMentions, by: number): Mention | undefined {
  if (!/^(?:his|her|their)$/.test(s.lower[by + 1] ?? '') || !/^\p{Ll}+$/u.test(s.words[by + 2] ?? ''))
    return undefined;
  if (s.words[by + 3] !== ',') return undefined;
  const at = /^(?:now|then|former|the)$/.test(s.lower[by + 4] ?? '') ? by + 5 : by + 4;
  return s.mentions.find((x) => x.from === at && x.kind === 'person');
}

function passiveAgent(s: SentenceMentions, by: number): Mention | undefined {
  // (Past a demonym's own mention: `by French Judge Bruguiere`; past a portfolio's ordinary word read as a
  // name: `by Social Affairs Minister Borloo`.)
  const portfolioWord = (x: Mention) =>
    x.kind === 'person' &&
    x.titles.length === 0 &&
    x.nameTo - x.nameFrom === 1 &&
    isCommonWord(s.lower[x.nameFrom] ?? '');
  const described = describedAgent(s, by);
  if (described) return described;
  const found = s.mentions.find(
    (x) => x.from > by && x.from <= by + 3 && !(x.kind === 'country' && x.from === by + 1 && x.to < by + 3),
  );
  // (`announced by MOD Santos`: past the body whose head is named right after it.)
  const head =
    found && (found.kind === 'organization' || found.kind === 'country')
      ? s.mentions.find((x) => x.from === found.to && x.kind === 'person')
      : undefined;
  const first = head
    ? head
    : found && portfolioWord(found)
      ? s.mentions.find(
          (x) =>
            x.from >= found.to &&
            x.from <= found.to + 2 &&
            x.titles.length > 0 &&
            s.tokens.slice(found.to, x.from).every((t) => t.cap && isCommonWord(t.text.toLowerCase())),
        )
      : found;
  // (`a notion rejected by the Culture Ministry's Henrard`: past the body whose official the person is.)
  const owner = possessiveBodyAfter(s, by + 1);
  const m = owner > 0 ? (s.mentions.find((x) => x.from === owner && x.kind === 'person') ?? first) : first;
  if (m?.kind !== 'person' || /['’]s$/.test(s.words[m.to - 1] ?? '')) return undefined;
  // (`the freeze announced by the Netanyahu government`, `concerns raised by Salah ad Din (SaD)
  // officials`: a name before the noun it modifies, or before its short form and that noun, is no agent.)
  let after = m.to;
  while (after - m.to < 6) {
    // (Past the rest of the name: `Salah ad Din`.)
    if (s.tokens[after]?.cap || (/^\p{Ll}{1,3}$/u.test(s.words[after] ?? '') && s.tokens[after + 1]?.cap))
      after++;
    else if (s.words[after] === '(' && s.words[after + 2] === ')') after += 3;
    else break;
  }
  const noun = (s.lower[after] ?? '').replace(/s$/, '');
  if (
    modifiesPersonNoun(s, m) ||
    (s.tokens[after]?.word && (isPersonNoun(noun) || NAME_MODIFIED_NOUNS.has(noun)))
  )
    return undefined;
  // (`by French terrorism Judge Bruguiere`: a demonym may open the words before the name.)
  return s.tokens
    .slice(by + 1, m === first && m !== head ? m.from : by + 1)
    .every(
      (t, i) =>
        t.word &&
        (!t.cap ||
          (i === 0 && COUNTRIES.match(s.words, by + 1)?.entry.value.kind === 'demonym') ||
          (m.titles.length > 0 && isCommonWord(t.text.toLowerCase()))),
    )
    ? m
    : undefined;
}

/** Whether a noun for someone unnamed, in lower case, stands right before a relative `who` at b. */
function unnamedBeforeWho(s: SentenceMentions, b: number): boolean {
  if (b < 1) return false;
  let end = s.words[b - 1] === ',' ? b - 1 : b;
  // (`a hapless reporter from Voice of America, who had asked`: past the body the unnamed one is from.)
  let from = end - 1;
  while (from > 0 && end - from <= 6 && (s.tokens[from]?.cap || s.lower[from] === 'of')) from--;
  if (from < end - 1 && /^(?:from|at|with)$/.test(s.lower[from] ?? '')) end = from;
  const noun = s.lower[end - 1] ?? '';
  return (
    s.words[end - 1] === noun &&
    (isPersonNoun(noun) || HUMAN_NOUNS.has(noun)) &&
    !s.mentions.some((m) => m.to === end) &&
    !describesNameBefore(s, end - 1)
  );
}

/**
 * `Manatsawani Mutasa, a ZANU-PF Central Committee member and Manicaland resident, who added`: the noun at
 * `noun` ends an aside that opens with an article right after a person's name and its comma: it describes
 * that person, who is named.
 */
function describesNameBefore(s: SentenceMentions, noun: number): boolean {
  for (let c = noun - 1; c > 0 && noun - c <= 10; c--) {
    if (/^[;:()"“”.]$/.test(s.words[c] ?? '')) return false;
    if (s.words[c] !== ',') continue;
    return (
      /^(?:a|an|the)$/.test(s.lower[c + 1] ?? '') && s.mentions.some((m) => m.to === c && m.kind === 'person')
    );
  }
  return false;
}

/**
 * `A contact of our Public Affairs Section who knows Braliyev personally questioned`: the name ending at b
 * (past an adverb) is the object of a relative clause whose `who` stands for someone unnamed, the subject.
 */
function unnamedRelativeObject(s: SentenceMentions, b: number): boolean {
  let end = b;
  while (end > 0 && /^[a-z]{3,}ly$/.test(s.lower[end] ?? '')) end--;
  const named = s.mentions.find((m) => m.to === end + 1 && m.kind === 'person');
  if (!named) return false;
  const verb = named.from - 1;
  if (!s.tokens[verb]?.word || s.tokens[verb]?.cap) return false;
  let who = verb - 1;
  while (who > 0 && WHO_AUXILIARIES.has(s.lower[who] ?? '')) who--;
  if (s.lower[who] !== 'who') return false;
  if (unnamedBeforeWho(s, who)) return true;
  // (Past the body the unnamed one is of: `a contact of our Public Affairs Section who`.)
  let of = who - 1;
  while (of > 0 && who - of <= 5 && (s.tokens[of]?.cap || /^(?:our|the|its|their)$/.test(s.lower[of] ?? '')))
    of--;
  return of < who - 1 && s.lower[of] === 'of' && unnamedBeforeWho(s, of);
}

/**
 * `Romano Prodi, who prefers to follow an EU foreign policy lead and has called for a timetable`: a verb
 * joined (at the conjunction b) inside a relative clause that `who` opens, with no comma between, is the
 * act of the one `who` stands for.
 */
function relativeClauseOwner(
  s: SentenceMentions,
  b: number,
  resolvable: (m: Mention) => boolean,
): Mention | undefined {
  for (let j = b - 1; j > 0 && b - j <= 20; j--) {
    if (/^[,;:.()"“”]$/.test(s.words[j] ?? '')) return undefined;
    // (Not `MFA contacts ..., including Deputy FM Bernardino Leon, who were ... and insisted`: a plural.)
    if (s.lower[j] === 'who')
      return /^(?:were|are|have)$/.test(s.lower[j + 1] ?? '')
        ? undefined
        : (relativeAntecedent(s, j, resolvable) ?? undefined);
  }
  return undefined;
}

/** The person or office named right before a relative `who` (at b), with or without a comma between. */
function relativeAntecedent(
  s: SentenceMentions,
  b: number,
  resolvable: (m: Mention) => boolean,
): Mention | null {
  if (b < 0) return null;
  // (`a visit by Iranian President Ahmedinejad (who openly criticized ...)`: or an opening parenthesis.)
  // (`the initial stand taken by Defense Minister Jung -- who had insisted`: or a dash, written as two.)
  const dashes =
    s.words[b - 1] === '-' ? (s.words[b - 2] === '-' ? 2 : 1) : DASH.test(s.words[b - 1] ?? '') ? 1 : 0;
  const end = s.words[b - 1] === ',' || s.words[b - 1] === '(' ? b - 1 : b - dashes;
  const named = s.mentions.find(
    (m) => m.to === end && (m.kind === 'person' || m.kind === 'role') && resolvable(m),
  );
  if (named?.kind === 'person' || s.words[b - 1] !== ',') return named ?? null;
  // `met with Pablo Solon, Bolivia's Ambassador at large for trade, who assured him`: after an
  // apposition, `who` is the person it describes.
  // (`contacted Chairman Dr. Rajendra Pachauri (please protect), who agreed`: a person inside is the one.)
  const comma = s.words.lastIndexOf(',', end - 1);
  // (Right before the aside's end: `General Jones Wednesday, who`; not `Mangal's attempt ..., who`.)
  const inside = s.mentions.filter(
    (m) =>
      m.from > comma &&
      m.to <= end &&
      m.to >= end - 4 &&
      m.kind === 'person' &&
      resolvable(m) &&
      !isPossessor(s, m),
  );
  if (inside.length > 0) return inside.at(-1) ?? null;
  const described =
    comma > 0 ? s.mentions.find((m) => m.to === comma && m.kind === 'person' && resolvable(m)) : undefined;
  return described ?? named ?? null;
}

/**
 * `told visiting S/WCI representative Julie Vibul-Jolles`: the one spoken to, after words that describe
 * him (a participle, an office, a body, a noun for a person right before the name).
 */
function describedListener(s: SentenceMentions, after: number, ctx: StatementContext): Mention | null {
  let n = after;
  while (n < s.words.length && n - after < 6) {
    const m = mentionAt(s, n);
    if (m && m.from === n) {
      if (m.kind === 'person') return n > after && ctx.byMention.has(m) ? m : null;
      // (`asked her staffer, Alberdi Alonso, to`: a possessive opens the description.)
      const possessive = n === after && /^(?:his|her|their)$/.test(s.lower[n] ?? '') && !s.tokens[n + 1]?.cap;
      if (m.kind === 'pronoun' && !possessive) return null;
      n = m.to;
      continue;
    }
    const w = s.lower[n] ?? '';
    // (The noun for the person, then the name set off by a comma.)
    const named = (j: number) => mentionAt(s, j)?.from === j;
    const leads =
      LISTENER_LEADS.has(w) || (/ing$/.test(w) && n === after) || (PERSON_NOUNS.has(w) && named(n + 1));
    if (PERSON_NOUNS.has(w) && s.words[n + 1] === ',' && named(n + 2) && n > after) {
      n += 2;
      continue;
    }
    // (`told Acting U/S John Rood`: an office's time word, capitalised as part of the title.)
    const office = n === after && /^(?:acting|former|outgoing|incoming|visiting)$/.test(w);
    if (!s.tokens[n]?.word || (s.tokens[n]?.cap && !office) || !leads) return null;
    n++;
  }
  return null;
}

/** Words that may describe the one spoken to before the name: `told his counterpart, Minister X`. */
const LISTENER_LEADS: ReadonlySet<string> = new Set([
  'the',
  'his',
  'her',
  'their',
  'our',
  'former',
  'senior',
  'new',
]);

/** Verbs of speaking whose listener follows `with`: `raised human rights ... with Asad`. */
const WITH_LISTENER: ReadonlySet<string> = new Set([
  'raise',
  // (`talked with Secretary Rice about the meeting`.)
  'talk',
  'discuss',
  'share',
  'broach',
  'review',
  'be clear',
  // (`after Berlusconi weighed in with Putin`, `pleaded with the Minister`, `spoke with Rice`.)
  'weigh in',
  'intercede',
  'plead',
  'confer',
  'speak',
  // (`Musharraf agreed with Senator McCain that`.)
  'agree',
  'concur',
]);

/**
 * `commended Saleh on actions the ROYG has taken`, `commended the COS for ...`: the one praised for
 * something in a meeting is spoken to; not `commended Fayyad's approach` nor `commended Colombia`.
 */
function commendedListener(s: SentenceMentions, after: number): Mention | null {
  const m = listenerMentionAt(s, after);
  if (!m || m.from !== after || !/^(?:on|for)$/.test(s.lower[m.to] ?? '')) return null;
  return m.kind === 'person' || m.kind === 'role' || m.kind === 'pronoun' ? m : null;
}

/** `raised human rights and detained political prisoners with Asad`: `with` and a name within the clause. */
function raisedWith(s: SentenceMentions, after: number, ctx: StatementContext): Mention | null {
  for (let n = after; n < s.words.length && n - after <= 10; n++) {
    const w = s.lower[n] ?? '';
    if (w === 'that' || w === ';' || w === ':' || w === '.' || CLAUSE_VERBS.has(w)) return null;
    if (w === 'with') {
      const m = mentionAt(s, n + 1);
      // (`had raised the issue with her`: a pronoun too, the one it stands for.)
      // (Not `with her U.S. counterparts`, whose `her` is a possessive.)
      const next = s.lower[n + 2] ?? '';
      const object =
        !s.tokens[n + 2]?.word || AFTER_OBJECT_HER.has(next) || /^(?:twice|again|\p{L}+ly)$/u.test(next);
      if (m?.kind === 'pronoun' && m.from === n + 1 && /^(?:him|her)$/.test(s.lower[n + 1] ?? ''))
        return object ? m : null;
      // (Not `agreed with Putin's view`: a possessive names whose view, not who heard it.)
      const possessive =
        /['’]s?$/.test(s.words[(m?.to ?? 0) - 1] ?? '') || /^['’]s?$/.test(s.words[m?.to ?? 0] ?? '');
      return m && m.from === n + 1 && m.kind === 'person' && ctx.byMention.has(m) && !possessive ? m : null;
    }
  }
  return null;
}

/** `delivered the demarche to Sikorski`: the person after `to`, a few words past the speech noun. */
/** `sent Uribe a letter`: the person between the verb and its speech noun is whom it went to. */
function indirectObject(s: SentenceMentions, after: number, noun: number): Mention | null {
  const m = mentionAt(s, after);
  if (!m || !(m.kind === 'person' || m.kind === 'role' || m.kind === 'pronoun') || m.to >= noun) return null;
  for (let k = m.to; k < noun; k++) {
    // (`gave Brinkley a long answer`: one adjective after the determiner.)
    const adjective = k === noun - 1 && k > m.to && /^\p{Ll}+$/u.test(s.words[k] ?? '');
    if (!NOUN_LEADS.has(s.lower[k] ?? '') && !adjective) return null;
  }
  return m;
}

/** `..., Bourita said; however, Mansouri dissuaded him`: one who reports in a tag set off by a comma. */
function reportingTag(s: SentenceMentions, m: Mention): boolean {
  return (
    s.words[m.from - 1] === ',' &&
    CUES.match(s.words, m.to, s.lower) !== null &&
    /^[;,.]$/.test(s.words[m.to + 1] ?? '')
  );
}

/** `To Konate, he offered support`, `And to Dadis, Mansouri promised`: a listener set before the clause. */
function frontedListener(s: SentenceMentions, k: number): Mention | null {
  const open = /^(?:and|but)$/.test(s.lower[0] ?? '') ? 1 : 0;
  if (s.lower[open] !== 'to') return null;
  const m = mentionAt(s, open + 1);
  if (!m || m.from !== open + 1 || s.words[m.to] !== ',' || m.to >= k) return null;
  return m.kind === 'person' || m.kind === 'role' ? m : null;
}

function handedTo(s: SentenceMentions, noun: number): Mention | null {
  let skipped = 0;
  for (let k = noun + 1; k < s.words.length && k - noun - skipped <= 6; k++) {
    const w = s.lower[k] ?? '';
    // (`presented this evidence, including photographs, to Russian Ambassador Kislyak`: past an aside that
    // says what the words held.)
    if (w === ',' && /^(?:including|notably|namely)$/.test(s.lower[k + 1] ?? '')) {
      const close = s.lower.indexOf(',', k + 2);
      if (close > k && close - k <= 8) {
        skipped += close - k;
        k = close;
        continue;
      }
    }
    if (w === ',' || w === 'that' || w === '.') return null;
    if (w === 'to') {
      const m = mentionAt(s, k + 1);
      return m && (m.kind === 'person' || m.kind === 'role' || m.kind === 'pronoun') ? m : null;
    }
  }
  return null;
}

/**
 * Indexes of the sentence's tokens that stand inside quotation marks. `open` says whether a quotation
 * was left open by the sentences before in the same paragraph; the state after the sentence is returned.
 */
function insideQuotes(s: SentenceMentions, open: boolean): { inside: ReadonlySet<number>; open: boolean } {
  // Most sentences hold no quotation mark and open inside none.
  if (!open && !s.words.some(isQuoteMark)) return { inside: NO_TOKENS, open };
  const inside = new Set<number>();
  let state = open;
  const tokens = s.tokens;
  s.words.forEach((w, i) => {
    if (isQuoteMark(w)) {
      // A straight mark written as a closing one (against the word before, not the word after) where
      // no quotation is open is a stray: `... found no firm evidence."` with no opening mark would
      // otherwise put the rest of the paragraph inside quotes.
      if (w === '"' && !state && closesQuote(tokens, i)) return;
      state = w === '“' ? true : w === '”' ? false : !state;
      return;
    }
    if (state) inside.add(i);
  });
  return { inside, open: state };
}

/** A straight quotation mark set against the token before it and apart from the token after. */
function closesQuote(tokens: readonly Token[], i: number): boolean {
  const mark = tokens[i] as Token;
  const before = tokens[i - 1];
  const after = tokens[i + 1];
  // (`the 'McArthur", will have`: punctuation glued after the mark does not make it an opening one.)
  return (
    before !== undefined &&
    before.end === mark.start &&
    (after === undefined || after.start > mark.end || /^[,.;:)!?]$/.test(after.text))
  );
}

const NO_TOKENS: ReadonlySet<number> = new Set();

/** Small words inside the name of an office (`Office of North American Affairs`). */
const OFFICE_JOINERS: ReadonlySet<string> = new Set(['of', 'for', 'the', '&']);

/** Mentions that name someone who speaks, as against bodies and places. */
const SPEAKER_KINDS: ReadonlySet<Mention['kind']> = new Set(['person', 'role', 'pronoun']);

/** The quotation that ends just before a speaker (`"We won't. Only against al-Qaeda," Saleh told`). */
function quoteBefore(body: string, at: number): string {
  const head = body.slice(Math.max(0, at - 2000), at).trimEnd();
  if (!/["”],?$/.test(head)) return '';
  const close = head.search(/["”],?$/);
  const open = Math.max(head.lastIndexOf('"', close - 1), head.lastIndexOf('“', close - 1));
  return open >= 0 ? head.slice(open, close + 1) : '';
}

/** `1) the Troika has completed its work 2) recalling ...` → the points, when there are two or more. */
export function enumeratedPoints(text: string): string[] {
  const marks = [...text.matchAll(/(?:^|\s|:)\(?(\d{1,2})\)\s/g)];
  if (marks.length < 2) return [];
  const points: string[] = [];
  let expected = 1;
  const starts: number[] = [];
  for (const m of marks) {
    if (Number(m[1]) !== expected) continue;
    starts.push((m.index ?? 0) + m[0].length);
    expected++;
  }
  if (starts.length < 2) return [];
  starts.forEach((from, i) => {
    const next = starts[i + 1];
    const to = next === undefined ? text.length : text.lastIndexOf(`${i + 2})`, next);
    points.push(
      text
        .slice(from, to)
        .replace(/[\s,;]*(?:and)?\s*\(?$/, '')
        .trim(),
    );
  });
  return points;
}
