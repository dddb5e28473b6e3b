import { spawn } from 'node:child_process';
import { join } from 'node:path';
import autocannon from 'autocannon';
import { describe, expect, it } from 'vitest';
import { buildServer } from '../src/api/server.js';
import { ingest } from '../src/ingest/ingest.js';
import { PostgresStore } from '../src/store/postgres/postgres-store.js';
import type { CableStore } from '../src/store/store.js';
import { postgresBackend, sqliteBackend } from './backends.js';
import { CORPUS, ROOT, SAMPLES } from './paths.js';

describe('a server under pressure', () => {
  it('answers 503 with Retry-After beyond its limit of requests in progress, and goes on after', async () => {
    const store = sqliteBackend.open(await sqliteBackend.fresh());
    let release: () => void = () => undefined;
    const gate = new Promise<void>((resolve) => {
      release = resolve;
    });
    // A store whose stats wait for the gate: requests pile up in progress.
    const slow: CableStore = Object.assign(Object.create(store), {
      stats: async () => {
        await gate;
        return store.stats();
      },
    });
    const app = await buildServer({ store: slow, maxConcurrent: 2, webDir: null });
    const base = await app.listen({ port: 0, host: '127.0.0.1' });
    const first = [fetch(`${base}/api/stats`), fetch(`${base}/api/stats`)];
    await new Promise((r) => setTimeout(r, 200));
    const busy = await fetch(`${base}/api/stats`);
    expect(busy.status).toBe(503);
    expect(busy.headers.get('retry-after')).toBe('1');
    expect(((await busy.json()) as { error: { code: string } }).error.code).toBe('busy');
    release();
    for (const r of await Promise.all(first)) expect(r.status).toBe(200);
    expect((await fetch(`${base}/api/stats`)).status).toBe(200);
    await app.close();
    await store.close();
  });

  it('under a load past its cap answers only 200 or 503, with bounded latency and no errors', async () => {
    const store = sqliteBackend.open(await sqliteBackend.fresh());
    await ingest([SAMPLES], store);
    const slow: CableStore = Object.assign(Object.create(store), {
      stats: async () => {
        await new Promise((r) => setTimeout(r, 20));
        return store.stats();
      },
    });
    const app = await buildServer({ store: slow, maxConcurrent: 8, webDir: null });
    const base = await app.listen({ port: 0, host: '127.0.0.1' });
    const result = await autocannon({ url: `${base}/api/stats`, connections: 48, duration: 3 });
    expect(result.errors).toBe(0);
    expect(result.timeouts).toBe(0);
    expect(result['2xx']).toBeGreaterThan(0);
    expect(result['2xx'] + result['5xx']).toBe(result.requests.total);
    expect(result.latency.p99).toBeLessThan(1000);
    await app.close();
    await store.close();
  });

  it('answers 503 when PostgreSQL cannot be reached, and the process survives', async () => {
    const store = new PostgresStore('postgres://nobody:nothing@127.0.0.1:1/none');
    const app = await buildServer({ store, webDir: null });
    for (const path of ['/api/stats', '/api/search?q=kosovo', '/api/persons/1']) {
      const response = await app.inject({ method: 'GET', url: path });
      expect(response.statusCode, path).toBe(503);
      expect(response.json().error.code).toBe('unavailable');
      expect(response.headers['retry-after']).toBe('5');
    }
    await app.close();
    await store.close();
  });

  it('cancels a PostgreSQL statement past its time budget, and answers 503 over_budget', async () => {
    const pgBackend = postgresBackend();
    if (pgBackend) {
      const store = new PostgresStore(await pgBackend.fresh(), 200);
      await expect(store.select('SELECT pg_sleep(2)')).rejects.toMatchObject({ code: '57014' });
      await store.close();
      await pgBackend.cleanup();
    }
    // The server's answer to a cancelled statement, whatever the store.
    const sqlite = sqliteBackend.open(await sqliteBackend.fresh());
    const cancelled: CableStore = Object.assign(Object.create(sqlite), {
      select: async () => {
        throw Object.assign(new Error('canceling statement due to statement timeout'), { code: '57014' });
      },
    });
    const app = await buildServer({ store: cancelled, webDir: null, cacheSize: 0 });
    const response = await app.inject({ method: 'GET', url: '/api/search?q=kosovo' });
    expect(response.statusCode).toBe(503);
    expect(response.json().error.code).toBe('over_budget');
    await app.close();
    await sqlite.close();
  });

  it('keeps answering reads while another process ingests into the same SQLite file', async () => {
    const db = await sqliteBackend.fresh();
    const store = sqliteBackend.open(db);
    await ingest([SAMPLES], store);
    const app = await buildServer({ store, webDir: null });
    const writer = spawn(
      process.execPath,
      [join(ROOT, 'bin/cablescope.js'), 'ingest', join(CORPUS, 'cables'), '--db', db],
      {
        stdio: 'ignore',
      },
    );
    const exited = new Promise<number | null>((resolve) => writer.on('exit', resolve));
    let reads = 0;
    let done = false;
    exited.then(() => {
      done = true;
    });
    const until = Date.now() + 90_000;
    while (!done && Date.now() < until) {
      const response = await app.inject({ method: 'GET', url: '/api/search?q=embassy&facets=false' });
      expect(response.statusCode).toBe(200);
      reads++;
      // inject() resolves without I/O: let the event loop hear of the writer's exit.
      await new Promise((resolve) => setImmediate(resolve));
    }
    expect(await exited).toBe(0);
    expect(reads).toBeGreaterThan(10);
    // The writer's cables are there, seen by the reader's own connection.
    expect((await store.stats()).cables).toBeGreaterThan(1000);
    await app.close();
    await store.close();
  }, 120_000);
});

describe('static files', () => {
  it('serves the UI folder only: no traversal, no dot files, no listing', async () => {
    const { request } = await import('node:http');
    const store = sqliteBackend.open(await sqliteBackend.fresh());
    const app = await buildServer({ store });
    const base = new URL(await app.listen({ port: 0, host: '127.0.0.1' }));
    // Raw paths, as an attacker sends them (fetch would normalise the dots away).
    const raw = (path: string) =>
      new Promise<{ status: number; body: string }>((resolve, reject) => {
        const req = request({ host: base.hostname, port: base.port, path, method: 'GET' }, (res) => {
          let body = '';
          res.on('data', (c: Buffer) => {
            body += c.toString();
          });
          res.on('end', () => resolve({ status: res.statusCode ?? 0, body }));
        });
        req.on('error', reject);
        req.end();
      });
    for (const path of [
      '/assets/../../package.json',
      '/assets/..%2f..%2fpackage.json',
      '/%2e%2e/%2e%2e/package.json',
      '/../../../../etc/passwd',
      '/.env',
      '/assets/',
    ]) {
      const { body } = await raw(path);
      expect(body, path).not.toContain('"dependencies"');
      expect(body, path).not.toContain('root:');
      expect(body, path).not.toMatch(/index-[\w-]+\.js<\/a>/);
    }
    await app.close();
    await store.close();
  });
});
