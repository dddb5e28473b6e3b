import { createRequire } from 'node:module';

export interface RouteDoc {
  method: string;
  url: string;
  schema: {
    summary?: string;
    querystring?: unknown;
    params?: unknown;
    body?: unknown;
    response?: Record<string | number, unknown>;
  };
}

const version = (createRequire(import.meta.url)('../../package.json') as { version: string }).version;

/** An object schema's properties as OpenAPI parameters of one place (`query` or `path`). */
function parameters(schema: unknown, where: 'query' | 'path'): unknown[] {
  const s = schema as { properties?: Record<string, unknown>; required?: string[] } | undefined;
  return Object.entries(s?.properties ?? {}).map(([name, property]) => ({
    name,
    in: where,
    required: where === 'path' || (s?.required ?? []).includes(name),
    schema: property,
  }));
}

/** The OpenAPI 3.1 document of the API, built from the schemas the routes validate with. */
export function openApiDocument(routes: RouteDoc[]): unknown {
  const paths: Record<string, Record<string, unknown>> = {};
  for (const route of routes) {
    const path = route.url.replace(/:(\w+)/g, '{$1}');
    // Fastify adds a HEAD route beside every GET: the GET describes both.
    const method = route.method;
    if (method === 'HEAD') continue;
    const responses: Record<string, unknown> = {};
    for (const [status, schema] of Object.entries(route.schema.response ?? {}))
      responses[status] = {
        description: status === '200' ? 'OK' : 'Error',
        content: { 'application/json': { schema } },
      };
    const entry = paths[path] ?? {};
    paths[path] = entry;
    entry[method.toLowerCase()] = {
      summary: route.schema.summary,
      parameters: [
        ...parameters(route.schema.querystring, 'query'),
        ...parameters(route.schema.params, 'path'),
      ],
      ...(route.schema.body
        ? {
            requestBody: { required: true, content: { 'application/json': { schema: route.schema.body } } },
          }
        : {}),
      responses,
      ...(route.method === 'POST' && route.url !== '/api/batch' ? { security: [{ bearer: [] }] } : {}),
    };
  }
  return {
    openapi: '3.1.0',
    info: {
      title: 'cablescope API',
      version,
      description: 'Search and explore a corpus of diplomatic cables.',
    },
    paths,
    components: { securitySchemes: { bearer: { type: 'http', scheme: 'bearer' } } },
  };
}
