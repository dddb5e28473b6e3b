/**
 * The cable record: the public contract between the parser, the extractor, the store and every
 * consumer. Field names are snake_case because they are the JSON output; absent scalars are `null`,
 * absent lists `[]`, never a missing key.
 */

export interface Reference {
  /** Archive id of the cited cable (`07STATE123456`), null when the reference is not a cable. */
  id: string | null;
  /** The reference as written, without its item letter. */
  text: string;
  /** Item letter of a lettered reference list (`A`, `B`), null when unlettered. */
  label: string | null;
}

export interface Paragraph {
  /** Paragraph number as written (`¶3.` → 3); null for unnumbered text. */
  number: number | null;
  /** Classification marking inside the parentheses, `//` folded to `/` (`S//NF` → `S/NF`). */
  marking: string | null;
  /** `Summary`, `Comment`, the heading the paragraph stands under, or null. */
  section: string | null;
  /** The paragraph text without its number and marking, lines unwrapped. */
  text: string;
  /** Offsets of `text` in the record's `body`: `body.slice(start, end) === text`. */
  start: number;
  end: number;
}

export interface Problem {
  /** Machine-readable kind, e.g. `no-banner`, `no-dtg`, `truncated`. */
  code: string;
  /** What could not be read, for a person. */
  message: string;
}

export interface SourceMeta {
  id?: string | null;
  date?: string | null;
  time?: string | null;
  origin?: string | null;
  classification?: string | null;
  subject?: string | null;
  references?: string | null;
  [key: string]: unknown;
}

/** Where a name stands: `start`/`end` index the record's `body`, like paragraph offsets. */
export interface TextSpan {
  /** Number of the paragraph it stands in; null for unnumbered text. */
  paragraph: number | null;
  start: number;
  end: number;
}

export interface Person {
  /** Stable within the record: `p1`, `p2`, ... */
  id: string;
  /** The fullest form of the name written in the cable (`Veejay Nambiar`). */
  name: string;
  surname: string;
  given: string | null;
  /** Normalised titles (`Permanent Representative`), in order of first appearance. */
  titles: string[];
  /** Country (English short form) or organisation the person acts for, or null when nothing says. */
  affiliation: string | null;
  /** How the affiliation was learned: `demonym`, `participant-list`, `title`, `host-country`, ... */
  affiliation_source: string | null;
  /** Every form the cable writes the name in (`Sawyers`, `Sawyer's`, `UK Permrep Sawyers`). */
  aliases: string[];
  mentions: TextSpan[];
}

export interface Statement {
  paragraph: number | null;
  /** A person's `name`, or a role or group (`Poloff`, `the EU`) when no person is named. */
  speaker: string;
  speaker_kind: 'person' | 'role' | 'group';
  /** Id of the speaker in `persons`, when the speaker is a person. */
  speaker_id: string | null;
  addressee: string | null;
  addressee_id: string | null;
  /** The verb or phrase as written: `said`, `told`, `noting`, `according to`. */
  cue: string;
  /** What was said: the reported clause or the quotation. */
  text: string;
  quoted: boolean;
  /** Enumerated points (`1) ... 2) ...`) of the statement, when it lists them. */
  points: string[];
  /** Offsets of the whole statement (speaker to end of content) in `body`. */
  start: number;
  end: number;
}

export interface Entity {
  name: string;
  /** The acronym or short form written, when it differs from the name (`UNSC`). */
  forms: string[];
  kind: string;
  mentions: number;
}

export interface DatedEvent {
  /** `YYYY-MM-DD`; `XXXX-MM-DD` when the cable's year is unknown. */
  date: string;
  /** Last day of a range (`November 20-21`), else null. */
  until: string | null;
  /** The words around the date that say what happens then. */
  text: string;
  paragraph: number | null;
  start: number;
  end: number;
  /** Written relative to the cable's date (`next week`, `on Monday`), so resolved, not read. */
  relative: boolean;
}

export interface Meeting {
  date: string | null;
  place: string | null;
  /** Names of the persons who took part (from the participant list and the prose). */
  participants: string[];
}

export interface CableRecord {
  source: string;
  id: string | null;
  date: string | null;
  time: string | null;
  origin: string | null;
  classification: string | null;
  caveats: string[];
  tags: string[];
  subject: string | null;
  references: Reference[];
  classified_by: string | null;
  reasons: string[];
  declassify_on: string | null;
  /** Primary (`TO`) addressees, as written without routing indicators and precedence. */
  recipients: string[];
  /** Information (`INFO`) addressees. */
  info: string[];
  signer: string | null;
  precedence: string | null;
  /** The originating post exactly as the `FM` line or banner writes it. */
  from: string | null;
  /** `SECTION 01 OF 03` of the banner, as numbers. */
  section: { number: number; of: number } | null;
  /** Executive order cited on the `E.O.` line (`12958`, `13526`, `11652`). */
  executive_order: string | null;
  /** Lines of the header that carry no field (passing instructions such as `DEPT FOR WHA/BSC`). */
  handling: string[];
  partial: boolean;
  /** Cleaned body text: paragraphs unwrapped, repeated banners removed; paragraph offsets point here. */
  body: string;
  paragraphs: Paragraph[];
  /** Metadata given by the source (CSV columns, the archive page's table), kept beside what the text says. */
  source_meta: SourceMeta | null;
  problems: Problem[];
  /** Filled by the extractor; empty straight out of the parser. */
  persons: Person[];
  organizations: Entity[];
  places: Entity[];
  statements: Statement[];
  events: DatedEvent[];
  meeting: Meeting | null;
}
