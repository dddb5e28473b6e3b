import { MAX_QUERY_LENGTH } from '../query/language.js';
import { MAX_PAGE, SEARCH_SORTS } from '../query/search.js';

/**
 * JSON Schemas of the API's parameters and answers: Fastify validates every request against them, and
 * the OpenAPI document is assembled from the same objects, so the description cannot drift from the code.
 */

const date = { type: 'string', pattern: '^\\d{4}(-\\d{1,2}(-\\d{1,2})?)?$', maxLength: 10 } as const;

export const errorSchema = {
  type: 'object',
  required: ['error'],
  properties: {
    error: {
      type: 'object',
      required: ['code', 'message'],
      properties: { code: { type: 'string' }, message: { type: 'string' }, position: { type: 'integer' } },
    },
  },
} as const;

const errors = { 400: errorSchema, 404: errorSchema, 500: errorSchema, 503: errorSchema } as const;

export const searchQuery = {
  type: 'object',
  required: ['q'],
  additionalProperties: false,
  properties: {
    q: {
      type: 'string',
      minLength: 1,
      maxLength: MAX_QUERY_LENGTH,
      description: 'A query of the search language',
    },
    cursor: { type: 'string', maxLength: 200 },
    sort: { type: 'string', enum: [...SEARCH_SORTS] },
    limit: { type: 'integer', minimum: 1, maximum: MAX_PAGE, default: 20 },
    facets: { type: 'boolean', default: true },
    exact_total: { type: 'boolean', default: false },
    rank_all: {
      type: 'boolean',
      default: false,
      description: 'Rank every match by relevance (slower on broad queries; see rankedAmong)',
    },
  },
} as const;

const countList = {
  type: 'array',
  items: {
    type: 'object',
    properties: { value: { type: 'string' }, count: { type: 'integer' }, id: { type: 'integer' } },
  },
} as const;

export const searchResponse = {
  200: {
    type: 'object',
    required: ['results', 'facets', 'total', 'totalExact', 'facetSample', 'rankedAmong', 'next'],
    properties: {
      results: {
        type: 'array',
        items: {
          type: 'object',
          properties: {
            key: { type: 'string' },
            id: { type: ['string', 'null'] },
            date: { type: ['string', 'null'] },
            origin: { type: ['string', 'null'] },
            classification: { type: ['string', 'null'] },
            subject: { type: ['string', 'null'] },
            snippet: { type: 'string', description: 'HTML: escaped text with the matches in <mark>' },
            score: { type: ['number', 'null'] },
          },
        },
      },
      facets: {
        type: ['object', 'null'],
        properties: {
          origin: countList,
          year: countList,
          classification: countList,
          tags: countList,
          persons: countList,
        },
      },
      total: { type: 'integer' },
      totalExact: { type: 'boolean' },
      facetSample: { type: ['integer', 'null'] },
      rankedAmong: {
        type: ['integer', 'null'],
        description: 'When set, relevance ranked only this many matches, the ones added last',
      },
      next: { type: ['string', 'null'] },
    },
  },
  ...errors,
} as const;

export const keyParams = {
  type: 'object',
  required: ['key'],
  properties: { key: { type: 'string', minLength: 1, maxLength: 100 } },
} as const;

export const idParams = {
  type: 'object',
  required: ['id'],
  properties: { id: { type: 'integer', minimum: 1 } },
} as const;

export const personsQuery = {
  type: 'object',
  additionalProperties: false,
  properties: {
    q: { type: 'string', maxLength: 200, default: '' },
    limit: { type: 'integer', minimum: 1, maximum: MAX_PAGE, default: 20 },
  },
} as const;

export const graphQuery = {
  type: 'object',
  additionalProperties: false,
  properties: {
    kind: { type: 'string', enum: ['persons', 'cables'], default: 'persons' },
    q: {
      type: 'string',
      minLength: 1,
      maxLength: MAX_QUERY_LENGTH,
      description: 'Only cables this query matches',
    },
    from: date,
    to: date,
    tag: { type: 'string', pattern: '^[A-Za-z0-9]{2,8}$' },
    person: { type: 'integer', minimum: 1 },
    min_weight: { type: 'integer', minimum: 1, maximum: 1000, default: 1 },
    limit: { type: 'integer', minimum: 1, maximum: 5000, default: 500 },
  },
} as const;

export const timelineQuery = {
  type: 'object',
  additionalProperties: false,
  properties: {
    from: date,
    to: date,
    person: { type: 'integer', minimum: 1 },
    limit: { type: 'integer', minimum: 1, maximum: 2000, default: 500 },
  },
} as const;

export const ingestBody = {
  type: 'object',
  required: ['cables'],
  additionalProperties: false,
  properties: {
    cables: {
      type: 'array',
      minItems: 1,
      maxItems: 1000,
      items: {
        type: 'object',
        required: ['text'],
        additionalProperties: false,
        properties: {
          text: { type: 'string', minLength: 1, maxLength: 5_000_000 },
          source: { type: 'string', maxLength: 500 },
        },
      },
    },
  },
} as const;

export const anyObject = { 200: { type: 'object', additionalProperties: true }, ...errors } as const;

export const exportQuery = {
  type: 'object',
  required: ['format'],
  additionalProperties: false,
  properties: {
    format: { type: 'string', enum: ['jsonl', 'csv', 'graphml', 'gexf', 'ftm'] },
    q: {
      type: 'string',
      minLength: 1,
      maxLength: MAX_QUERY_LENGTH,
      description: 'Only cables this query matches',
    },
  },
} as const;

export const batchBody = {
  type: 'object',
  required: ['rows'],
  additionalProperties: false,
  properties: {
    rows: {
      type: 'array',
      minItems: 1,
      maxItems: 1000,
      items: {
        type: 'object',
        additionalProperties: false,
        properties: {
          name: { type: 'string', minLength: 1, maxLength: 200 },
          query: { type: 'string', minLength: 1, maxLength: MAX_QUERY_LENGTH },
        },
      },
    },
    first: { type: 'integer', minimum: 0, maximum: 20, default: 5 },
  },
} as const;

export const mergeBody = {
  type: 'object',
  required: ['into', 'from'],
  additionalProperties: false,
  properties: {
    into: { type: 'integer', minimum: 1 },
    from: { type: 'integer', minimum: 1 },
    note: { type: 'string', maxLength: 1000 },
  },
} as const;

export const removeBody = {
  type: 'object',
  additionalProperties: false,
  properties: { note: { type: 'string', maxLength: 1000 } },
} as const;
