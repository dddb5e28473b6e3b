import { timingSafeEqual } from 'node:crypto';
import { Readable } from 'node:stream';
import Fastify, { type FastifyInstance, type FastifyReply, type FastifyRequest } from 'fastify';
import { EXPORT_TYPES, type ExportFormat, exportCorpus } from '../export/index.js';
import { processCable } from '../pipeline.js';
import { batch } from '../query/batch.js';
import { cableView } from '../query/cables.js';
import { graph } from '../query/graph.js';
import { QuerySyntaxError } from '../query/language.js';
import { listPersons, personView } from '../query/persons.js';
import { CursorError, type SearchResponse, type SearchSort, search } from '../query/search.js';
import { timeline } from '../query/timeline.js';
import { CurationError, curations, mergePersons, removePerson } from '../store/curation.js';
import { refreshPersonNames } from '../store/names.js';
import type { CableStore } from '../store/store.js';
import { type PreparedCable, prepareCable } from '../store/stored-form.js';
import { AnswerCache } from './cache.js';
import { ApiError, errorBody, isOverBudget, isUnavailable } from './errors.js';
import { openApiDocument, type RouteDoc } from './openapi.js';
import {
  anyObject,
  batchBody,
  exportQuery,
  graphQuery,
  idParams,
  ingestBody,
  keyParams,
  mergeBody,
  personsQuery,
  removeBody,
  searchQuery,
  searchResponse,
  timelineQuery,
} from './schemas.js';
import { isAppPage, registerWeb, WEB_DIR } from './web.js';

export interface ServerOptions {
  store: CableStore;
  /** Enables `POST /api/ingest` for requests that carry it as a bearer token. */
  token?: string | null;
  /** Largest request body, in bytes. */
  bodyLimit?: number;
  /** Requests handled at once; more get 503 with Retry-After instead of queuing without bound. */
  maxConcurrent?: number;
  /** Search answers kept (per corpus version); 0 turns the cache off. */
  cacheSize?: number;
  /** The built web UI to serve beside the API; null serves the API alone. Defaults to the package's own. */
  webDir?: string | null;
  logger?: boolean;
}

/** Headers sent with every answer: no sniffing, no framing, no referrer leaks, scripts only from here. */
export const SECURITY_HEADERS: Record<string, string> = {
  'content-security-policy':
    "default-src 'self'; script-src 'self'; style-src 'self' 'unsafe-inline'; img-src 'self' data:; connect-src 'self'; object-src 'none'; base-uri 'none'; frame-ancestors 'none'; form-action 'self'",
  'x-content-type-options': 'nosniff',
  'x-frame-options': 'DENY',
  'referrer-policy': 'no-referrer',
  'cross-origin-opener-policy': 'same-origin',
  'cross-origin-resource-policy': 'same-origin',
};

declare module 'fastify' {
  interface FastifySchema {
    /** Shown in the OpenAPI document. */
    summary?: string;
    /** Left out of the OpenAPI document. */
    hide?: boolean;
  }
}

function sameSecret(given: string, expected: string): boolean {
  const a = Buffer.from(given);
  const b = Buffer.from(expected);
  // Compared in constant time; a length mismatch still costs one comparison.
  const equal = timingSafeEqual(a.length === b.length ? a : b, b);
  return a.length === b.length && equal;
}

function requireToken(token: string | null | undefined, request: FastifyRequest): void {
  if (!token)
    throw new ApiError(403, 'read_only', 'this server is read-only (start it with a token to accept writes)');
  const header = request.headers.authorization ?? '';
  const given = /^Bearer (.+)$/.exec(header)?.[1] ?? '';
  if (!given || !sameSecret(given, token))
    throw new ApiError(401, 'unauthorized', 'a valid bearer token is required');
}

/**
 * The JSON API over a store: search, cables, persons, graph, timeline, stats, and (with a token)
 * ingest. Every parameter is validated against a schema; every error answers with the same JSON shape.
 */
export async function buildServer(options: ServerOptions): Promise<FastifyInstance> {
  const { store } = options;
  const app = Fastify({
    logger: options.logger ?? false,
    bodyLimit: options.bodyLimit ?? 20 * 1024 * 1024,
    routerOptions: { maxParamLength: 200 },
    // A client that sends its request slowly (or never finishes it) is cut off.
    requestTimeout: 30_000,
    connectionTimeout: 120_000,
    ajv: { customOptions: { coerceTypes: true, removeAdditional: false, allErrors: false } },
  });
  const docs: RouteDoc[] = [];
  const cache = new AnswerCache<Promise<SearchResponse>>(options.cacheSize ?? 1000);
  app.addHook('onRoute', (route) => {
    if (route.url.startsWith('/api/') && route.schema && !route.schema.hide)
      docs.push({ method: String(route.method), url: route.url, schema: route.schema as RouteDoc['schema'] });
  });
  // A cap on requests in progress: beyond it the server answers at once that it is busy.
  const maxConcurrent = options.maxConcurrent ?? 64;
  let inFlight = 0;
  const counted = new WeakSet<object>();
  const release = async (request: FastifyRequest) => {
    if (counted.delete(request)) inFlight--;
  };
  app.addHook('onRequest', async (request, reply) => {
    if (inFlight >= maxConcurrent) {
      reply.header('retry-after', '1');
      return reply
        .status(503)
        .send(errorBody('busy', 'the server is at its limit of requests in progress; retry shortly'));
    }
    inFlight++;
    counted.add(request);
  });
  app.addHook('onResponse', release);
  app.addHook('onRequestAbort', release);
  app.addHook('onSend', async (_request, reply, payload) => {
    for (const [name, value] of Object.entries(SECURITY_HEADERS)) reply.header(name, value);
    return payload;
  });
  app.setErrorHandler((error: unknown, request, reply: FastifyReply) => {
    const e = error as { validation?: unknown; statusCode?: number; code?: string; message?: string };
    if (error instanceof ApiError)
      return reply.status(error.status).send(errorBody(error.code, error.message, error.position));
    if (error instanceof QuerySyntaxError)
      return reply.status(400).send(errorBody('bad_query', error.message, error.position));
    if (error instanceof CursorError) return reply.status(400).send(errorBody('bad_cursor', error.message));
    if (error instanceof CurationError) return reply.status(409).send(errorBody('conflict', error.message));
    if (e.validation) return reply.status(400).send(errorBody('bad_request', e.message ?? 'invalid request'));
    if (e.statusCode === 413)
      return reply.status(413).send(errorBody('too_large', 'the request body is too large'));
    if (e.statusCode && e.statusCode >= 400 && e.statusCode < 500)
      return reply.status(e.statusCode).send(errorBody('bad_request', e.message ?? 'bad request'));
    if (isOverBudget(error)) {
      reply.header('retry-after', '5');
      return reply
        .status(503)
        .send(errorBody('over_budget', 'the request took longer than its time budget; narrow the query'));
    }
    if (isUnavailable(error)) {
      reply.header('retry-after', '5');
      return reply
        .status(503)
        .send(errorBody('unavailable', 'the database is not reachable; try again shortly'));
    }
    request.log.error(error);
    return reply.status(500).send(errorBody('internal', 'an internal error occurred'));
  });
  const webDir = options.webDir === null ? null : (options.webDir ?? WEB_DIR);
  const web = webDir !== null && (await registerWeb(app, webDir));
  app.setNotFoundHandler((request, reply) => {
    if (web && webDir && isAppPage(request.method, request.url))
      return reply.type('text/html; charset=utf-8').sendFile('index.html', webDir, { maxAge: 0 });
    return reply
      .status(404)
      .send(errorBody('not_found', `no route ${request.method} ${request.url.split('?')[0]}`));
  });

  app.get<{
    Querystring: {
      q: string;
      cursor?: string;
      sort?: SearchSort;
      limit: number;
      facets: boolean;
      exact_total: boolean;
      rank_all: boolean;
    };
  }>(
    '/api/search',
    { schema: { summary: 'Search the corpus', querystring: searchQuery, response: searchResponse } },
    async (request) => {
      const { q, cursor, sort, limit, facets, exact_total: exactTotal, rank_all: rankAll } = request.query;
      const key = JSON.stringify([q, cursor ?? null, sort ?? null, limit, facets, exactTotal, rankAll]);
      const version = await store.version();
      const cached = cache.get(version, key);
      if (cached) return cached;
      // The promise is cached, not the answer: identical requests that arrive together run one query.
      const answer = search(store, { q, cursor: cursor ?? null, sort, limit, facets, exactTotal, rankAll });
      cache.set(version, key, answer);
      answer.catch(() => cache.delete(key));
      return answer;
    },
  );

  app.get<{ Params: { key: string } }>(
    '/api/cables/:key',
    {
      schema: {
        summary: 'A cable: its full record, persons linked to the corpus, references both ways',
        params: keyParams,
        response: anyObject,
      },
    },
    async (request) => {
      const view = await cableView(store, request.params.key);
      if (!view) throw new ApiError(404, 'not_found', `no cable ${request.params.key}`);
      return view;
    },
  );

  app.get<{ Querystring: { q: string; limit: number } }>(
    '/api/persons',
    {
      schema: {
        summary: 'Persons by name, the most cited first',
        querystring: personsQuery,
        response: anyObject,
      },
    },
    async (request) => ({ persons: await listPersons(store, request.query.q, request.query.limit) }),
  );

  app.get<{ Params: { id: number } }>(
    '/api/persons/:id',
    {
      schema: {
        summary:
          'A person: names, titles and affiliations over time, statements made and received, counterparts',
        params: idParams,
        response: anyObject,
      },
    },
    async (request) => {
      const view = await personView(store, request.params.id);
      if (!view) throw new ApiError(404, 'not_found', `no person ${request.params.id}`);
      return view;
    },
  );

  app.get<{
    Querystring: {
      kind: 'persons' | 'cables';
      q?: string;
      from?: string;
      to?: string;
      tag?: string;
      person?: number;
      min_weight: number;
      limit: number;
    };
  }>(
    '/api/graph',
    {
      schema: {
        summary: 'Who met and spoke to whom, or which cable cites which',
        querystring: graphQuery,
        response: anyObject,
      },
    },
    async (request) => {
      const q = request.query;
      return graph(store, {
        kind: q.kind,
        q: q.q ?? null,
        from: q.from ?? null,
        to: q.to ?? null,
        tag: q.tag ?? null,
        person: q.person ?? null,
        minWeight: q.min_weight,
        limit: q.limit,
      });
    },
  );

  app.get<{ Querystring: { from?: string; to?: string; person?: number; limit: number } }>(
    '/api/timeline',
    {
      schema: {
        summary: 'Dated events and meetings in a date range',
        querystring: timelineQuery,
        response: anyObject,
      },
    },
    async (request) => {
      const q = request.query;
      return {
        items: await timeline(store, {
          from: q.from ?? null,
          to: q.to ?? null,
          person: q.person ?? null,
          limit: q.limit,
        }),
      };
    },
  );

  app.get('/api/stats', { schema: { summary: 'What the corpus holds', response: anyObject } }, async () =>
    store.stats(),
  );

  app.post<{ Body: { cables: { text: string; source?: string }[] } }>(
    '/api/ingest',
    {
      schema: {
        summary: 'Add cables (needs the bearer token the server was started with)',
        body: ingestBody,
        response: anyObject,
      },
    },
    async (request) => {
      requireToken(options.token, request);
      const records: PreparedCable[] = [];
      const rejected: { index: number; reason: string }[] = [];
      request.body.cables.forEach((c, index) => {
        try {
          records.push(prepareCable(processCable(c.text, { source: c.source ?? `api:${index}` })));
        } catch (error) {
          rejected.push({ index, reason: error instanceof Error ? error.message : String(error) });
        }
      });
      const results = records.length > 0 ? await store.putMany(records) : [];
      const changed = results.filter((r) => r.status !== 'unchanged').map((r) => r.key);
      await refreshPersonNames(store, { cableKeys: changed });
      return { results, rejected };
    },
  );

  app.get<{ Querystring: { format: ExportFormat; q?: string } }>(
    '/api/export',
    {
      schema: {
        summary: 'The corpus (or what a query matches) as jsonl, csv, graphml, gexf or ftm',
        querystring: exportQuery,
      },
    },
    async (request, reply) => {
      const { format, q } = request.query;
      // A bad query throws here (a 400), before the stream starts.
      const chunks = exportCorpus(store, format, q ?? null);
      reply.header('content-type', EXPORT_TYPES[format]);
      reply.header(
        'content-disposition',
        `attachment; filename="cablescope.${format === 'ftm' ? 'ftm.json' : format}"`,
      );
      return reply.send(Readable.from(chunks));
    },
  );

  app.post<{ Body: { rows: { name?: string; query?: string }[]; first: number } }>(
    '/api/batch',
    {
      schema: {
        summary: 'Per name or query: hits, first cables, statements made',
        body: batchBody,
        response: anyObject,
      },
    },
    async (request) => ({ results: await batch(store, request.body.rows, request.body.first) }),
  );

  app.post<{ Body: { into: number; from: number; note?: string } }>(
    '/api/persons/merge',
    {
      schema: {
        summary: 'Merge person `from` into person `into` (needs the token)',
        body: mergeBody,
        response: anyObject,
      },
    },
    async (request) => {
      requireToken(options.token, request);
      return mergePersons(store, request.body.into, request.body.from, request.body.note ?? null);
    },
  );

  app.post<{ Params: { id: number }; Body: { note?: string } | undefined }>(
    '/api/persons/:id/remove',
    {
      schema: {
        summary: 'Remove a false person (needs the token)',
        params: idParams,
        body: removeBody,
        response: anyObject,
      },
    },
    async (request) => {
      requireToken(options.token, request);
      return removePerson(store, request.params.id, request.body?.note ?? null);
    },
  );

  app.get(
    '/api/curations',
    { schema: { summary: 'Merges and removals, oldest first', response: anyObject } },
    async () => ({
      curations: await curations(store),
    }),
  );

  app.get('/api/openapi.json', { schema: { hide: true } }, async () => openApiDocument(docs));

  return app;
}
