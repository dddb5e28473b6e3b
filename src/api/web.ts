import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import fastifyStatic from '@fastify/static';
import type { FastifyInstance } from 'fastify';

/** Where `npm run build` puts the web UI: beside the compiled server, or in dist/ when run from source. */
export const WEB_DIR =
  [new URL('../web/', import.meta.url), new URL('../../dist/web/', import.meta.url)]
    .map((u) => fileURLToPath(u))
    .find((dir) => existsSync(join(dir, 'index.html'))) ?? fileURLToPath(new URL('../web/', import.meta.url));

/**
 * Serves the built web UI's files (no directory listing, no dot files, nothing outside the folder). The
 * server answers other page addresses with `index.html`, so that shared URLs of any view open the app.
 */
export async function registerWeb(app: FastifyInstance, dir = WEB_DIR): Promise<boolean> {
  if (!existsSync(join(dir, 'index.html'))) return false;
  await app.register(fastifyStatic, {
    root: dir,
    prefix: '/',
    index: ['index.html'],
    dotfiles: 'deny',
    list: false,
    wildcard: false,
    maxAge: '1h',
    immutable: false,
  });
  return true;
}

/** Page addresses of the app (not the API, not a file): answered with `index.html`. */
export function isAppPage(method: string, url: string): boolean {
  const path = url.split('?')[0] ?? '';
  return method === 'GET' && !path.startsWith('/api/') && !/\.[a-z0-9]+$/i.test(path);
}
