import { postCountry, postFromFm } from '../lexicon/posts.js';
import { TAGS } from '../lexicon/tags.js';
import {
  COUNTRIES,
  COUNTRIES_IN_CAPITALS,
  isNationalOffice,
  tokenizePhrase,
  withoutSlip,
} from '../lexicon/words.js';
import { opensAsPoint } from '../parse/body.js';
import type { CableRecord } from '../record.js';
import { definedAcronyms } from './acronyms.js';
import { extractEntities } from './entities.js';
import { extractEvents } from './events.js';
import { resolveGovernments } from './governments.js';
import { extractMeeting } from './meeting.js';
import { findMentions } from './mentions.js';
import { resolvePersons, type SentenceMentions } from './persons.js';
import { applySides, participantSides } from './sides.js';
import { extractStatements } from './statements.js';
import { isAllCaps, sentences, tokenize } from './tokens.js';

/**
 * The country an embassy or consulate reports on: from the post's city (`Embassy Harare` → Zimbabwe),
 * or the one country its TAGS name when that is not the host (a unit reporting on a neighbour);
 * for a post the lexicon lacks, the last country code of its TAGS, where posts most often put their host
 * (right for 81% of the sample's cables). Missions to organisations and Washington have none.
 */
export function hostCountry(record: CableRecord): string | null {
  // (`US Interests Section Havana`, `REO Kirkuk`: offices that stand for an embassy report on the host too.)
  const post = /^(?:Embassy|Consulate(?: General)?|US Interests Section|REO)\s+(.+)$/.exec(
    record.origin ?? '',
  )?.[1];
  const presence = presenceCountry(record.origin ?? '');
  if (presence) return presence;
  if (!post) return addresseeCountry(record);
  const known = postCountry(post);
  // `Embassy Nairobi` on `SOMALIA - TFG PRIME MINISTER ...` (TAGS: `... SO`, Kenya not among them): the
  // persons it names without a side are Somalia's. Only the one country tagged, and only when the subject
  // opens with its name (Italian officials in `STAFFDEL KESSLER DISCUSSES IRAN` stay Italian).
  const tagged = [...taggedCountries(record)];
  const other = tagged.length === 1 && tagged[0] !== known ? (tagged[0] ?? '') : '';
  const about = (record.subject ?? '').trim().toLowerCase();
  if (known && other && about.startsWith(other.toLowerCase())) return other;
  if (known) return known;
  for (let i = record.tags.length - 1; i >= 0; i--) {
    const info = TAGS.get(record.tags[i] ?? '');
    if (info?.kind === 'country') return info.meaning;
  }
  return null;
}

/**
 * A cable from Washington (or another post with no country of its own) sent to embassies in one country
 * only, whose TAGS name that country and no other (`TO AMEMBASSY MOSCOW`, `TAGS PGOV, PHUM, PREL, RS`):
 * it is about that country as an embassy's cable is about its host. Null when the addressees are
 * collectives, missions to organisations, or several countries.
 */
function addresseeCountry(record: CableRecord): string | null {
  const countries = new Set<string>();
  for (const to of record.recipients) {
    const post = postFromFm(to);
    const city = /^(?:Embassy|Consulate(?: General)?)\s+(.+)$/.exec(post?.origin ?? '')?.[1];
    const country = city ? postCountry(city) : null;
    if (!country) return null;
    countries.add(country);
  }
  const [only] = countries;
  const tagged = taggedCountries(record);
  return countries.size === 1 && only !== undefined && tagged.size === 1 && tagged.has(only) ? only : null;
}

/** `Iran RPO Dubai`: a regional presence office reports on the country it is named for, not its city's. */
function presenceCountry(origin: string): string | null {
  const name = /^(.+?) RPO\b/.exec(origin)?.[1];
  if (!name) return null;
  const words = tokenizePhrase(name);
  const found = COUNTRIES.match(words, 0);
  return found?.length === words.length ? (found.entry.value.country ?? null) : null;
}

/** The countries a cable's TAGS name, in their order, each once. */
function taggedCountries(record: CableRecord): Set<string> {
  return new Set(
    record.tags.flatMap((t) => {
      const info = TAGS.get(t);
      return info?.kind === 'country' ? [info.meaning] : [];
    }),
  );
}

/**
 * `REQUEST FOR INFORMATION ON TURKISH DEPUTY PRIME MINISTER ...` (TAGS: `PINR TU`): the one country the
 * subject names, by name or people, when the TAGS name it too or no country at all; null when none or
 * several.
 */
export function subjectCountry(record: CableRecord): string | null {
  const tagged = taggedCountries(record);
  const words = tokenizePhrase(record.subject ?? '');
  const named = new Set<string>();
  for (let i = 0; i < words.length; i++) {
    const found = COUNTRIES.match(words, i) ?? COUNTRIES_IN_CAPITALS.match(words, i);
    if (found?.entry.value.country) named.add(found.entry.value.country);
  }
  const [only] = named;
  // (`THE DEPUTY SECRETARY'S MEETING WITH BRAZIL AMBASSADOR PATRIOTA`, TAGS `ECON ENRG PREL`: where the TAGS
  // name no country, the subject's one country stands alone.)
  return named.size === 1 && only !== undefined && (tagged.has(only) || tagged.size === 0) ? only : null;
}

/** The country a section heading names and nothing else (`LEBANON`, `Lebanon`), or null. */
export function headingCountry(heading: string | null): string | null {
  if (!heading) return null;
  const words = tokenizePhrase(heading);
  if (words.length === 0 || words.length > 4) return null;
  const found = COUNTRIES.match(words, 0) ?? COUNTRIES_IN_CAPITALS.match(words, 0);
  return found && found.length === words.length && found.entry.value.kind === 'name'
    ? (found.entry.value.country ?? null)
    : null;
}

/**
 * Paragraphs longer than this (no real cable has one; a broken dump or a hostile input may) are kept as
 * text but not read for persons and statements: their tokens would take tens of times their size in memory.
 */
export const MAX_EXTRACTED_PARAGRAPH = 1 << 20;

/**
 * The paragraph number each block is read under: its own, or, for an unnumbered block inside a numbered
 * paragraph (`(S/REL NATO) CONTINGENCY POINTS` and its dashed points between paragraphs 3 and 4), the number
 * of the paragraph it continues: the next paragraph numbered next, whatever sub-headings stand between
 * (`FOR WARSAW`), or none after it. Text before the first number, where numbers are missing (a garbled
 * stretch), and long parts after the last number under headings of their own (a cable whose numbering
 * stops) stay unnumbered.
 */
function readingNumbers(paragraphs: CableRecord['paragraphs']): (number | null)[] {
  const numbers: (number | null)[] = paragraphs.map((p) => p.number);
  const nextNumber: (number | null)[] = [];
  for (let k = paragraphs.length - 1, next: number | null = null; k >= 0; k--) {
    nextNumber[k] = next;
    next = paragraphs[k]?.number ?? next;
  }
  const lastNumbered = paragraphs.findLastIndex((p) => p.number !== null);
  const tail = paragraphs.slice(lastNumbered + 1);
  const tailHeadings = new Set(tail.map((p) => p.section));
  // (`(U) PUBLIC/PRESS INQUIRIES -- IF ASKED:` and five short points after the last paragraph: its own.)
  // (Not `Quote of the Week` / `"The countries of Europe ..." -- President Robert Mugabe`: a part of its own.)
  const shortTail =
    tailHeadings.size === 1 &&
    !tailHeadings.has('Comment') &&
    tail.every((p) => opensAsPoint(p.text)) &&
    tail.reduce((n, p) => n + p.text.length, 0) <= MAX_INNER_TAIL;
  let last: CableRecord['paragraphs'][number] | null = null;
  for (const [k, p] of paragraphs.entries()) {
    if (p.number !== null) last = p;
    else if (
      last?.number != null &&
      (nextNumber[k] === last.number + 1 ||
        (nextNumber[k] === null && (p.section === last.section || shortTail)))
    )
      numbers[k] = last.number;
  }
  return numbers;
}

/** The most text after the last numbered paragraph, under a heading of its own, still read as that paragraph's. */
const MAX_INNER_TAIL = 2000;

/** Adds persons, organisations, places, statements, events and the meeting to a parsed record. Pure. */
export function extractRecord(record: CableRecord): CableRecord {
  const all: SentenceMentions[] = [];
  const defined = definedAcronyms(record.paragraphs.map((p) => p.text));
  const skipped = record.paragraphs.filter((p) => p.text.length > MAX_EXTRACTED_PARAGRAPH);
  const sides = participantSides(record.paragraphs);
  const numbers = readingNumbers(record.paragraphs);
  for (const [k, p] of record.paragraphs.entries()) {
    if (p.text.length > MAX_EXTRACTED_PARAGRAPH) continue;
    const allCaps = isAllCaps(p.text);
    const number = numbers[k] ?? null;
    for (const tokens of sentences(tokenize(p.text, p.start))) {
      const words = tokens.map((t) => t.text);
      // (A verb of speaking misspelt by a slip, `expresed`, is read as the verb; the text stays as written.)
      const lower = words.map((w) => withoutSlip(w.toLowerCase()));
      const mentions = findMentions(tokens, number, allCaps, words, lower, defined);
      if (sides.length > 0)
        applySides(
          mentions,
          mentions.map((m) => tokens[m.from]?.start ?? -1),
          sides,
        );
      all.push({ tokens, words, lower, mentions, paragraph: number, allCaps });
    }
  }
  const year = record.date ? Number(record.date.slice(0, 4)) : null;
  const host = hostCountry(record);
  resolveGovernments(all, host);
  const { persons, byMention } = resolvePersons(all, host, {
    year,
    authors: [record.signer, record.classified_by].filter((a): a is string => a !== null),
    subject: record.subject,
  });
  // (`LEBANON` over `President Suleiman is now more self-assured`, in a cable from NATO: a head of state,
  // a minister no rule placed is of the country that heads the section where the cable first names him.)
  // (`TURKISH DEPUTY PRIME MINISTER ... PLOT` in a cable from Washington: else of the country the subject
  // and the TAGS name.)
  const sections = new Map(record.paragraphs.map((p) => [p.number, p.section] as const));
  let subject: string | null | undefined;
  for (const person of persons) {
    if (person.affiliation !== null || !person.titles.some(isNationalOffice)) continue;
    const first = person.mentions[0];
    const heading = first ? headingCountry(sections.get(first.paragraph) ?? null) : null;
    if (heading) {
      person.affiliation = heading;
      person.affiliation_source = 'section-heading';
      continue;
    }
    subject = subject === undefined ? subjectCountry(record) : subject;
    if (subject) {
      person.affiliation = subject;
      person.affiliation_source = 'subject';
    }
  }
  // In a cable with numbered paragraphs, text outside them (key points before the first, a stray line)
  // repeats what the paragraphs report: its statements would be counted twice and belong to no paragraph.
  const numbered = record.paragraphs.some((p) => p.number !== null);
  const statements = extractStatements({ sentences: all, byMention, body: record.body }).filter(
    (st) => !numbered || st.paragraph !== null,
  );
  const events = extractEvents(
    record.paragraphs.filter((p) => p.text.length <= MAX_EXTRACTED_PARAGRAPH),
    record.date,
  );
  const { organizations, places } = extractEntities(all, record.tags);
  const meeting = extractMeeting(
    all,
    sections,
    persons,
    (s, i) => byMention.get(s.mentions[i] as never),
    statements,
    events,
    record.body,
  );
  const problems =
    skipped.length > 0
      ? [
          ...record.problems,
          {
            code: 'not-extracted',
            message: `${skipped.length} paragraph(s) longer than ${MAX_EXTRACTED_PARAGRAPH} characters were not read for persons, statements and dates`,
          },
        ]
      : record.problems;
  return { ...record, persons, statements, events, organizations, places, meeting, problems };
}
