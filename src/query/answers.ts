import type { CableRecord } from '../record.js';

/**
 * The shapes of what the query layer answers — and so of the JSON API. Types only, with no runtime
 * imports, so that the web UI reads the same definitions as the server.
 */

export type SearchSort = 'relevance' | 'date' | 'date-asc';

export interface SearchHit {
  key: string;
  id: string | null;
  date: string | null;
  origin: string | null;
  classification: string | null;
  subject: string | null;
  /** Safe HTML: the text escaped, the matched words in `<mark>`. */
  snippet: string;
  /** Relevance, higher is better; null when sorted by date without words. */
  score: number | null;
}

export interface FacetCount {
  value: string;
  count: number;
  /** The corpus person id, for the persons facet. */
  id?: number;
}

export interface SearchResponse {
  results: SearchHit[];
  facets: Record<'origin' | 'year' | 'classification' | 'tags' | 'persons', FacetCount[]> | null;
  /** How many cables match: exact when `totalExact`, else at least this many (counting stopped there). */
  total: number;
  totalExact: boolean;
  /**
   * When the query matches more cables than FACET_SAMPLE, facets count the best-ranked FACET_SAMPLE of
   * them (so that a broad query stays fast) and this says how many; null when facets count every match.
   */
  facetSample: number | null;
  /**
   * When relevance ranked only the matches added to the corpus last (SQLite, more matches than its
   * ranking window), how many it ranked; null when every match was ranked.
   */
  rankedAmong: number | null;
  /** Cursor of the next page, null on the last. */
  next: string | null;
}

export interface CableLink {
  key: string;
  id: string | null;
  date: string | null;
  origin: string | null;
  subject: string | null;
}

/** A stored cable with what the corpus knows around it. */
export interface CableView {
  key: string;
  record: CableRecord;
  /** The record's person ids (`p1`…) → corpus person ids, for links to person pages. */
  personIds: Record<string, number>;
  /** For each of the record's references in order: the cited cable when it is in the corpus. */
  cites: (CableLink | null)[];
  /** Cables in the corpus that cite this one. */
  citedBy: CableLink[];
  /** The record's TAGS with what each means (`PREL` → Political Relations). */
  tagMeanings: { code: string; meaning: string | null; kind: string | null }[];
}

export interface PersonSummary {
  id: number;
  name: string;
  affiliation: string | null;
  cables: number;
  statements: number;
}

export interface Appearance {
  key: string;
  id: string | null;
  date: string | null;
  subject: string | null;
  name: string;
  titles: string[];
  affiliation: string | null;
}

export interface PersonStatement {
  key: string;
  id: string | null;
  date: string | null;
  paragraph: number | null;
  speaker: string;
  speaker_id: number | null;
  addressee: string | null;
  addressee_id: number | null;
  cue: string;
  text: string;
  quoted: boolean;
}

export interface Counterpart {
  id: number;
  name: string;
  affiliation: string | null;
  count: number;
}

export interface PersonView {
  id: number;
  name: string;
  affiliation: string | null;
  /** Every name the cables wrote. */
  names: string[];
  /** Titles with the first and last date they were seen. */
  titles: { title: string; first: string | null; last: string | null; cables: number }[];
  /** Affiliations over time. */
  affiliations: { affiliation: string; first: string | null; last: string | null; cables: number }[];
  /** The first appearances in date order (at most 500), and how many cables name the person in all. */
  cables: Appearance[];
  cableCount: number;
  statementsMade: PersonStatement[];
  statementsReceived: PersonStatement[];
  /** Named in the same cables, most often first. */
  coParticipants: Counterpart[];
  /**
   * For a person named in more cables than this, `coParticipants` counts over their latest this many
   * cables (so that the page stays fast for the most cited); null when it counts over all of them.
   */
  coParticipantsSample: number | null;
  /** In the same meetings. */
  metWith: Counterpart[];
  /** Spoke to or were spoken to by this person. */
  spokeWith: Counterpart[];
}

export interface GraphNode {
  id: string;
  label: string;
  kind: 'person' | 'cable';
  affiliation?: string | null;
  date?: string | null;
  /** Sum of the weights of its edges. */
  weight: number;
}

export interface GraphEdge {
  source: string;
  target: string;
  kind: 'met' | 'spoke' | 'cites';
  weight: number;
}

export interface Graph {
  nodes: GraphNode[];
  edges: GraphEdge[];
}

export interface TimelineItem {
  kind: 'event' | 'meeting';
  date: string;
  until: string | null;
  text: string;
  relative: boolean;
  key: string;
  id: string | null;
  subject: string | null;
  origin: string | null;
  paragraph: number | null;
  place?: string | null;
  participants?: { id: number; name: string }[];
}

export interface CountBy {
  value: string;
  count: number;
}

export interface CorpusStats {
  cables: number;
  paragraphs: number;
  persons: number;
  statements: number;
  events: number;
  byYear: CountBy[];
  byOrigin: CountBy[];
  byClassification: CountBy[];
}

/** A row of a batch: a person's name (searched as a phrase, statements by that person) or a query. */
export interface BatchRow {
  name?: string;
  query?: string;
}

export interface BatchResult {
  row: number;
  name: string | null;
  query: string;
  hits: number;
  cables: { key: string; id: string | null; date: string | null; subject: string | null }[];
  /** Statements made by the named person, in all. */
  statementCount: number;
  statements: PersonStatement[];
  /** Why the row could not be run (the other rows still are). */
  error: string | null;
}
