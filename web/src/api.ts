/**
 * The JSON API's answers, typed by the server's own definitions (types only: nothing of the server's
 * code is bundled into the page).
 */
export type {
  CableLink,
  CableView,
  CorpusStats,
  CountBy,
  Counterpart,
  FacetCount,
  GraphEdge,
  GraphNode,
  PersonStatement,
  PersonSummary,
  PersonView,
  SearchHit,
  SearchResponse,
  TimelineItem,
} from '../../src/query/answers';
export type { CableRecord, DatedEvent, Entity, Paragraph, Person, Statement } from '../../src/record';

import { url } from './router';

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
  const response = await fetch(url(path, params), { headers: { accept: 'application/json' } });
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
