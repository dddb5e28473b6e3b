/** The JSON API's answers, as the UI reads them (mirrors src/query/* on the server). */

export interface FacetCount {
  value: string;
  count: number;
  id?: number;
}

export interface SearchHit {
  key: string;
  id: string | null;
  date: string | null;
  origin: string | null;
  classification: string | null;
  subject: string | null;
  snippet: string;
  score: number | null;
}

export interface SearchResponse {
  results: SearchHit[];
  facets: Record<'origin' | 'year' | 'classification' | 'tags' | 'persons', FacetCount[]> | null;
  total: number;
  facetSample: number | null;
  next: string | null;
}

export interface TextSpan {
  paragraph: number | null;
  start: number;
  end: number;
}

export interface Person {
  id: string;
  name: string;
  surname: string;
  given: string | null;
  titles: string[];
  affiliation: string | null;
  mentions: TextSpan[];
}

export interface Statement {
  paragraph: number | null;
  speaker: string;
  speaker_kind: string;
  speaker_id: string | null;
  addressee: string | null;
  addressee_id: string | null;
  cue: string;
  text: string;
  quoted: boolean;
  points: string[];
  start: number;
  end: number;
}

export interface DatedEvent {
  date: string;
  until: string | null;
  text: string;
  paragraph: number | null;
  start: number;
  end: number;
  relative?: boolean;
}

export interface Paragraph {
  number: number | null;
  marking: string | null;
  section: string | null;
  text: string;
  start: number;
  end: number;
}

export interface Entity {
  name: string;
  forms: string[];
  kind: string;
  mentions: number;
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
  references: { id: string | null; text: string; label: string | null }[];
  classified_by: string | null;
  reasons: string[];
  declassify_on: string | null;
  signer: string | null;
  partial: boolean;
  body: string;
  paragraphs: Paragraph[];
  persons: Person[];
  organizations: Entity[];
  places: Entity[];
  statements: Statement[];
  events: DatedEvent[];
  meeting: { date: string | null; place: string | null; participants: string[] } | null;
}

export interface CableLink {
  key: string;
  id: string | null;
  date: string | null;
  origin: string | null;
  subject: string | null;
}

export interface CableView {
  key: string;
  record: CableRecord;
  personIds: Record<string, number>;
  cites: (CableLink | null)[];
  citedBy: CableLink[];
  tagMeanings: { code: string; meaning: string | null; kind: string | null }[];
}

export interface PersonSummary {
  id: number;
  name: string;
  affiliation: string | null;
  cables: number;
  statements: number;
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
  names: string[];
  titles: { title: string; first: string | null; last: string | null; cables: number }[];
  affiliations: { affiliation: string; first: string | null; last: string | null; cables: number }[];
  cables: {
    key: string;
    id: string | null;
    date: string | null;
    subject: string | null;
    name: string;
    titles: string[];
  }[];
  statementsMade: PersonStatement[];
  statementsReceived: PersonStatement[];
  coParticipants: Counterpart[];
  metWith: Counterpart[];
  spokeWith: Counterpart[];
}

export interface GraphNode {
  id: string;
  label: string;
  kind: 'person' | 'cable';
  affiliation?: string | null;
  weight: number;
}

export interface GraphEdge {
  source: string;
  target: string;
  kind: 'met' | 'spoke' | 'cites';
  weight: number;
}

export interface TimelineItem {
  kind: 'event' | 'meeting';
  date: string;
  text: string;
  relative: boolean;
  key: string;
  id: string | null;
  subject: string | null;
  origin: string | null;
  paragraph: number | null;
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

/** An error the API answered with: its message says what was wrong (and where, for a query). */
export class ApiFailure extends Error {
  constructor(
    message: string,
    readonly status: number,
    readonly position?: number,
  ) {
    super(message);
  }
}

export async function getJson<T>(
  path: string,
  params: Record<string, string | number | undefined | null> = {},
): Promise<T> {
  const query = new URLSearchParams();
  for (const [k, v] of Object.entries(params))
    if (v !== undefined && v !== null && v !== '') query.set(k, String(v));
  const url = query.size > 0 ? `${path}?${query}` : path;
  const response = await fetch(url, { headers: { accept: 'application/json' } });
  const body = (await response.json().catch(() => null)) as {
    error?: { message: string; position?: number };
  } | null;
  if (!response.ok)
    throw new ApiFailure(
      body?.error?.message ?? `HTTP ${response.status}`,
      response.status,
      body?.error?.position,
    );
  return body as T;
}
