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
}
