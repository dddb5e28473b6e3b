import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildServer, SECURITY_HEADERS } from '../src/api/server.js';
import { ingest } from '../src/ingest/ingest.js';
import { parseQuery, type TextNode } from '../src/query/language.js';
import { expandPrefixes } from '../src/query/prefixes.js';
import { matchingKeys, search as searchStore } from '../src/query/search.js';
import type { CableStore } from '../src/store/store.js';
import { backends } from './backends.js';
import { SAMPLES } from './paths.js';

const TOKEN = 'test-token-0123456789abcdef';

interface Hit {
  key: string;
  id: string | null;
  date: string | null;
  origin: string | null;
  classification: string | null;
  snippet: string;
  score: number | null;
}

describe.each(backends())('API on $name', (backend) => {
  let store: CableStore;
  let app: FastifyInstance;
  let base: string;

  beforeAll(async () => {
    store = backend.open(await backend.fresh());
    await ingest([SAMPLES], store);
    app = await buildServer({ store, token: TOKEN });
    base = await app.listen({ port: 0, host: '127.0.0.1' });
  });
  afterAll(async () => {
    await app?.close();
    await store?.close();
    await backend.cleanup();
  });

  // biome-ignore lint/suspicious/noExplicitAny: JSON answers, checked field by field below.
  const get = async (path: string): Promise<{ status: number; headers: Headers; body: any }> => {
    const response = await fetch(`${base}${path}`);
    return { status: response.status, headers: response.headers, body: await response.json() };
  };
  const search = (q: string, extra = '') => get(`/api/search?q=${encodeURIComponent(q)}${extra}`);

  it('ranks cables for words, with highlighted snippets, facets and a total', async () => {
    const { status, body } = await search('Kosovo Troika');
    expect(status).toBe(200);
    expect(body.total).toBeGreaterThanOrEqual(1);
    const top = body.results[0] as Hit;
    expect(top.snippet).toMatch(/<mark>(Kosovo|Troika)/i);
    expect(top.score).toBeGreaterThan(0);
    expect(body.facets.origin.length).toBeGreaterThan(0);
    expect(body.facets.persons.some((p: { value: string }) => p.value.includes('Ban'))).toBe(true);
  });

  it('ranks by relevance among the matches added last when there are more than its window, and says so', async () => {
    const all = await searchStore(store, { q: 'government', limit: 100, facets: false, rankAll: true });
    expect(all.rankedAmong).toBeNull();
    expect(all.total).toBeGreaterThan(4);
    // Words alone, and words with a filter (which is read with the words).
    for (const q of ['government', 'government -tag:ZZZZ']) {
      const windowed = await searchStore(store, { q, limit: 100, facets: false, rankLimit: 3 });
      if (store.dialect !== 'sqlite') {
        // PostgreSQL ranks every match.
        expect(windowed.rankedAmong).toBeNull();
        continue;
      }
      expect(windowed.rankedAmong).toBe(3);
      expect(windowed.results).toHaveLength(3);
      expect(windowed.next).toBeNull();
      // The three are the matches stored last, in order of relevance.
      const latest = await store.select<{ key: string }>(
        `SELECT c.key AS key FROM cable_fts JOIN cables c ON c.rowid = cable_fts.rowid
         WHERE cable_fts MATCH 'government' ORDER BY cable_fts.rowid DESC LIMIT 3`,
      );
      expect(windowed.results.map((r) => r.key).sort()).toEqual(latest.map((r) => r.key).sort());
      const scores = windowed.results.map((r) => r.score ?? 0);
      expect(scores).toEqual([...scores].sort((a, b) => b - a));
    }
    const api = await search('government', '&rank_all=true&limit=5');
    expect(api.body.rankedAmong).toBeNull();
    expect(api.body.results.map((r: Hit) => r.key)).toEqual(all.results.slice(0, 5).map((r) => r.key));
  });

  it('reads a set filter by date from the evidence, by scanning or by sorting: the same cables in the same order', async () => {
    let most = 0;
    for (const q of [
      'person:Ban',
      'speaker:Ban',
      'speaker:Poloff',
      'org:NATO',
      'org:"European Union"',
      'person:Ban tag:PREL',
      'speaker:Ban year:2007 -origin:paris',
      'person:Ban org:NATO',
    ]) {
      for (const sort of ['date', 'date-asc'] as const) {
        const plain = { q, sort, limit: 100, facets: false, evidenceOrder: false };
        const sorted = await searchStore(store, plain);
        const scanned = await searchStore(store, { ...plain, dateScanMin: 0 });
        const led = await searchStore(store, { ...plain, evidenceOrder: true });
        for (const other of [scanned, led]) {
          expect(other.results.map((r) => r.key)).toEqual(sorted.results.map((r) => r.key));
          expect(other.total).toBe(sorted.total);
        }
        most = Math.max(most, sorted.results.length);
      }
    }
    // (At least one of them orders several cables.)
    expect(most).toBeGreaterThan(2);
  });

  it('pages with cursors through every result once, in date order when asked', async () => {
    const all = await search('the', '&limit=100&facets=false');
    const seen: string[] = [];
    let cursor: string | null = null;
    let dates: string[] = [];
    do {
      const page: { body: { results: Hit[]; next: string | null } } = await search(
        'the',
        `&limit=4&sort=date&facets=false${cursor ? `&cursor=${cursor}` : ''}`,
      );
      seen.push(...page.body.results.map((r) => r.key));
      dates = dates.concat(page.body.results.map((r) => r.date ?? ''));
      cursor = page.body.next;
    } while (cursor);
    expect(seen.length).toBe(all.body.total);
    expect(new Set(seen).size).toBe(seen.length);
    expect(dates.filter(Boolean)).toEqual([...dates.filter(Boolean)].sort().reverse());
    // By relevance too, with scores that never rise from one page to the next.
    const ranked: Hit[] = [];
    cursor = null;
    do {
      const page: { body: { results: Hit[]; next: string | null } } = await search(
        'the',
        `&limit=5${cursor ? `&cursor=${cursor}` : ''}`,
      );
      ranked.push(...page.body.results);
      cursor = page.body.next;
    } while (cursor);
    expect(new Set(ranked.map((r) => r.key)).size).toBe(all.body.total);
    const scores = ranked.map((r) => r.score ?? 0);
    expect(scores).toEqual([...scores].sort((a, b) => b - a));
  });

  it('counts matches up to a limit unless asked to count them all', async () => {
    const exact = await searchStore(store, { q: 'government', countLimit: 3, exactTotal: true });
    expect(exact.totalExact).toBe(true);
    expect(exact.total).toBeGreaterThan(3);
    const dated = await searchStore(store, { q: 'government', sort: 'date', countLimit: 3 });
    expect(dated).toMatchObject({ total: 3, totalExact: false });
    const ranked = await searchStore(store, { q: 'government', countLimit: 3 });
    // SQLite counts its own matches apart from ranking them; PostgreSQL counts while ranking all.
    expect(ranked).toMatchObject(
      store.dialect === 'sqlite' ? { total: 3, totalExact: false } : { total: exact.total, totalExact: true },
    );
    const datedExact = await searchStore(store, {
      q: 'government',
      sort: 'date',
      countLimit: 3,
      exactTotal: true,
    });
    expect(datedExact).toMatchObject({ total: exact.total, totalExact: true });
    // Facets count the same cables whichever way the total was counted.
    expect(dated.facets).toEqual(datedExact.facets);
    const api = await search('tag:PREL', '&exact_total=true');
    expect(api.body.totalExact).toBe(true);
  });

  it('applies field filters, phrases, negation and prefixes', async () => {
    const paris = await search('origin:paris');
    expect(paris.body.total).toBeGreaterThan(0);
    expect(paris.body.results.every((r: Hit) => r.origin?.includes('Paris'))).toBe(true);
    const secret = await search('class:S');
    expect(secret.body.results.every((r: Hit) => r.classification?.startsWith('SECRET'))).toBe(true);
    const year = await search('year:2008');
    expect(year.body.results.every((r: Hit) => r.date?.startsWith('2008'))).toBe(true);
    const range = await search('from:2008-01 to:2009-06');
    expect(
      range.body.results.every((r: Hit) => (r.date ?? '') >= '2008-01-01' && (r.date ?? '') <= '2009-06-30'),
    ).toBe(true);
    const ban = await search('person:Ban');
    expect(ban.body.total).toBeGreaterThan(0);
    const speaker = await search('speaker:Ban');
    expect(speaker.body.total).toBeGreaterThan(0);
    const phrase = await search('"Security Council"');
    const without = await search('"Security Council" -Kosovo');
    expect(without.body.total).toBeLessThan(phrase.body.total);
    const prefix = await search('Kosov*');
    expect(prefix.body.total).toBeGreaterThanOrEqual((await search('Kosovo')).body.total);
    const either = await search('Kosovo OR Algeria');
    expect(either.body.total).toBe(
      (await search('Kosovo')).body.total +
        (await search('Algeria')).body.total -
        (await search('Kosovo Algeria')).body.total,
    );
    const tag = await search('tag:PREL');
    expect(tag.body.facets.tags.find((t: { value: string }) => t.value === 'PREL').count).toBe(
      tag.body.total,
    );
  });

  it('writes a prefix out as the index terms it stands for, matching the same cables as the prefix', async () => {
    for (const q of ['terror*', 'nucl*', 'agre*', 'kosov*', 'secur*', 'zzzq*']) {
      const found = await searchStore(store, { q, sort: 'date', facets: false, exactTotal: true });
      const keys = matchingKeys(store, q); // the prefix form, as written
      const [row] = await store.select<{ n: number | string }>(
        `SELECT count(*) AS n FROM (${keys.sql}) k`,
        keys.params,
      );
      expect(found.total, q).toBe(Number(row?.n));
    }
    const text = parseQuery('terror* OR nucl*').text as TextNode;
    const written = await expandPrefixes(store, text);
    if (store.dialect === 'sqlite') expect(JSON.stringify(written)).not.toContain('"prefix":true');
    else expect(written).toEqual(text);
  });

  it.each([
    ['/api/search?q=%28kosovo', 400, 'bad_query'],
    ['/api/search?q=foo%3Abar', 400, 'bad_query'],
    ['/api/search', 400, 'bad_request'],
    ['/api/search?q=', 400, 'bad_request'],
    ['/api/search?q=a&limit=1000', 400, 'bad_request'],
    ['/api/search?q=a&limit=zero', 400, 'bad_request'],
    ['/api/search?q=a&sort=random', 400, 'bad_request'],
    ['/api/search?q=a&unknown=1', 400, 'bad_request'],
    ['/api/search?q=a&cursor=not-a-cursor', 400, 'bad_cursor'],
    [`/api/search?q=${'a'.repeat(1001)}`, 400, 'bad_request'],
    ['/api/search?q=from%3A2007-13', 400, 'bad_query'],
    ['/api/cables/NOPE123', 404, 'not_found'],
    ['/api/persons/999999', 404, 'not_found'],
    ['/api/persons/abc', 400, 'bad_request'],
    ['/api/persons?limit=101', 400, 'bad_request'],
    ['/api/graph?from=yesterday', 400, 'bad_request'],
    ['/api/graph?kind=everything', 400, 'bad_request'],
    ['/api/graph?tag=%27%3BDROP', 400, 'bad_request'],
    ['/api/timeline?to=2007-1-1-1', 400, 'bad_request'],
    ['/api/nothing', 404, 'not_found'],
  ])('answers %s with %i and a JSON error', async (path, status, code) => {
    const response = await get(path);
    expect(response.status).toBe(status);
    expect(response.body.error.code).toBe(code);
    expect(typeof response.body.error.message).toBe('string');
  });

  it('rejects a cursor made for another query', async () => {
    const first = await search('the', '&limit=1&facets=false');
    const other = await search('Kosovo', `&cursor=${first.body.next}`);
    expect(other.status).toBe(400);
    expect(other.body.error.code).toBe('bad_cursor');
  });

  it('treats hostile queries as words, never as SQL or full-text syntax', async () => {
    for (const q of [
      "'; DROP TABLE cables; --",
      'kosovo" OR 1=1 --',
      'NEAR(kosovo ban)',
      'subject:kosovo',
      'body : x',
      '*',
      '^kosovo',
      '\u0000',
      'origin:%',
      "person:' OR ''='",
      'tag:"PREL\' OR 1=1"',
      '((((((((((a))))))))))',
    ]) {
      const { status, body } = await search(q);
      expect([200, 400], q).toContain(status);
      if (status === 400) expect(body.error.code).toMatch(/bad_/);
    }
    expect((await get('/api/stats')).body.cables).toBe(15);
  });

  it('gives a cable with its record, corpus person ids and references both ways', async () => {
    const { body } = await get('/api/cables/08MOSCOW2425');
    expect(body.record.id).toBe('08MOSCOW2425');
    expect(body.cites).toHaveLength(body.record.references.length);
    expect(Array.isArray(body.citedBy)).toBe(true);
    for (const p of body.record.persons) expect(Number.isInteger(body.personIds[p.id])).toBe(true);
  });

  it('gives persons by name and a person page with statements and counterparts', async () => {
    const list = await get('/api/persons?q=ban');
    const ban = list.body.persons.find((p: { name: string }) => p.name.startsWith('Ban'));
    expect(ban).toBeDefined();
    expect(list.body.persons.every((p: { name: string }) => /(^|\s)ban/i.test(p.name))).toBe(true);
    const page = await get(`/api/persons/${ban.id}`);
    expect(page.body.titles.map((t: { title: string }) => t.title)).toContain('Secretary-General');
    expect(page.body.statementsMade.length).toBeGreaterThan(0);
    expect(page.body.statementsMade[0]).toMatchObject({ speaker_id: ban.id });
    expect(page.body.coParticipants.length).toBeGreaterThan(0);
    expect(page.body.cables.length).toBeGreaterThan(0);
    expect(page.body.cableCount).toBe(page.body.cables.length);
    expect(page.body.coParticipantsSample).toBeNull();
    // Named with: each counterpart counts the cables of Ban's that also name it, most first.
    const shared = new Map<number, number>();
    for (const c of page.body.cables as { key: string }[]) {
      const cable = await get(`/api/cables/${c.key}`);
      for (const id of new Set(Object.values(cable.body.personIds) as number[]))
        if (id !== ban.id) shared.set(id, (shared.get(id) ?? 0) + 1);
    }
    type Counted = { id: number; name: string; count: number };
    for (const co of page.body.coParticipants as Counted[]) expect(co.count, co.name).toBe(shared.get(co.id));
    const counts = (page.body.coParticipants as Counted[]).map((co) => co.count);
    expect(counts).toEqual([...counts].sort((a, b) => b - a));
    expect(counts[0]).toBe(Math.max(...shared.values()));
    const dates = page.body.cables.map((c: { date: string | null }) => c.date).filter(Boolean);
    expect(dates).toEqual([...dates].sort());
    // Spoke with: each counterpart counts the statements between the two, either way.
    type Said = { speaker_id: number | null; addressee_id: number | null };
    const between = new Map<number, number>();
    for (const s of page.body.statementsMade as Said[])
      if (s.addressee_id !== null && s.addressee_id !== ban.id)
        between.set(s.addressee_id, (between.get(s.addressee_id) ?? 0) + 1);
    for (const s of page.body.statementsReceived as Said[])
      if (s.speaker_id !== null && s.speaker_id !== ban.id)
        between.set(s.speaker_id, (between.get(s.speaker_id) ?? 0) + 1);
    expect(page.body.spokeWith.length).toBeGreaterThan(0);
    for (const o of page.body.spokeWith as { id: number; count: number }[])
      expect(o.count).toBe(between.get(o.id));
  });

  it('gives a graph whose edges join its nodes, and a timeline in order within its range', async () => {
    const g = await get('/api/graph');
    expect(g.body.edges.length).toBeGreaterThan(0);
    const ids = new Set(g.body.nodes.map((n: { id: string }) => n.id));
    for (const e of g.body.edges) {
      expect(ids.has(e.source)).toBe(true);
      expect(ids.has(e.target)).toBe(true);
    }
    const heavy = await get('/api/graph?min_weight=2');
    expect(heavy.body.edges.every((e: { weight: number }) => e.weight >= 2)).toBe(true);
    const t = await get('/api/timeline?from=2007&to=2009');
    const dates = t.body.items.map((i: { date: string }) => i.date);
    expect(dates.length).toBeGreaterThan(0);
    expect(dates).toEqual([...dates].sort());
    expect(dates.every((d: string) => d >= '2007-01-01' && d <= '2009-12-31')).toBe(true);
  });

  it('describes itself, and sends security headers', async () => {
    const { body, headers } = await get('/api/openapi.json');
    for (const path of [
      '/api/search',
      '/api/cables/{key}',
      '/api/persons',
      '/api/persons/{id}',
      '/api/graph',
      '/api/timeline',
      '/api/stats',
      '/api/ingest',
      '/api/export',
      '/api/batch',
      '/api/persons/merge',
      '/api/persons/{id}/remove',
    ])
      expect(Object.keys(body.paths)).toContain(path);
    for (const [name, value] of Object.entries(SECURITY_HEADERS)) expect(headers.get(name)).toBe(value);
  });

  it('runs a batch of names and queries, each row on its own', async () => {
    const response = await fetch(`${base}/api/batch`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({
        rows: [{ name: 'Ban' }, { query: 'Kosovo' }, { query: 'kosovo AND' }],
        first: 2,
      }),
    });
    expect(response.status).toBe(200);
    const { results } = (await response.json()) as {
      results: {
        hits: number;
        cables: unknown[];
        statementCount: number;
        statements: unknown[];
        error: string | null;
      }[];
    };
    expect(results[0]?.hits).toBeGreaterThan(0);
    expect(results[0]?.statementCount).toBeGreaterThan(0);
    expect(results[0]?.statements.length).toBeLessThanOrEqual(2);
    expect(results[1]?.cables.length).toBeLessThanOrEqual(2);
    expect(results[2]?.error).toContain('AND needs something on its right');
  });

  it('exports the corpus in every format, and what a query matches', async () => {
    const text = async (path: string) => {
      const r = await fetch(`${base}${path}`);
      return { status: r.status, type: r.headers.get('content-type'), body: await r.text() };
    };
    const jsonl = await text('/api/export?format=jsonl');
    expect(jsonl.status).toBe(200);
    const stats = (await get('/api/stats')).body;
    expect(jsonl.body.trim().split('\n')).toHaveLength(stats.cables);
    const some = await text(`/api/export?format=jsonl&q=${encodeURIComponent('origin:paris')}`);
    expect(
      some.body
        .trim()
        .split('\n')
        .every((l) => JSON.parse(l).origin.includes('Paris')),
    ).toBe(true);
    const csv = await text('/api/export?format=csv');
    expect(csv.type).toContain('text/csv');
    expect(csv.body.split('\n')[0]).toBe(
      'key,id,date,time,origin,classification,subject,tags,references,persons,statements,events,signer,source',
    );
    const graphml = await text('/api/export?format=graphml');
    expect(graphml.body).toContain('<graphml');
    expect(graphml.body).toMatch(/<edge id="e0"/);
    const gexf = await text('/api/export?format=gexf');
    expect(gexf.body).toContain('<gexf');
    const ftm = (await text('/api/export?format=ftm')).body
      .trim()
      .split('\n')
      .map((l) => JSON.parse(l));
    const schemas = new Set(ftm.map((e: { schema: string }) => e.schema));
    for (const schema of ['Document', 'Person', 'Documentation']) expect(schemas).toContain(schema);
    const ids = new Set(ftm.map((e: { id: string }) => e.id));
    for (const e of ftm.filter((x: { schema: string }) => x.schema === 'Documentation'))
      for (const ref of [...e.properties.document, ...e.properties.entity]) expect(ids.has(ref)).toBe(true);
    expect((await text('/api/export?format=pdf')).status).toBe(400);
    expect((await text('/api/export?format=csv&q=%28')).status).toBe(400);
  });

  it('merges persons only with the token', async () => {
    const persons = (await get('/api/persons?limit=2')).body.persons as { id: number }[];
    const [a, b] = persons;
    if (!a || !b) throw new Error('fewer than two persons');
    const merge = (headers: Record<string, string>, body: unknown) =>
      fetch(`${base}/api/persons/merge`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', ...headers },
        body: JSON.stringify(body),
      });
    expect((await merge({}, { into: a.id, from: b.id })).status).toBe(401);
    expect((await merge({ authorization: `Bearer ${TOKEN}` }, { into: a.id, from: a.id })).status).toBe(409);
    expect(
      (await merge({ authorization: `Bearer ${TOKEN}` }, { into: a.id, from: b.id, note: 'test' })).status,
    ).toBe(200);
    expect((await get(`/api/persons/${b.id}`)).body.id).toBe(a.id);
    expect((await get('/api/curations')).body.curations).toHaveLength(1);
  });

  it('accepts writes only with the token, and stores what it accepts', async () => {
    const text = readFileSync(join(SAMPLES, '07ALGIERS1809.txt'), 'utf8')
      .replaceAll('ALGIERS 001809', 'ALGIERS 009999')
      .replaceAll('#1809/01', '#9999/01');
    const post = (headers: Record<string, string>, body: unknown) =>
      fetch(`${base}/api/ingest`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', ...headers },
        body: JSON.stringify(body),
      });
    expect((await post({}, { cables: [{ text }] })).status).toBe(401);
    expect(
      (await post({ authorization: 'Bearer wrong-token-0123456789ab' }, { cables: [{ text }] })).status,
    ).toBe(401);
    expect((await post({ authorization: `Bearer ${TOKEN}` }, { cables: [] })).status).toBe(400);
    expect((await post({ authorization: `Bearer ${TOKEN}` }, { nothing: 1 })).status).toBe(400);
    const ok = await post({ authorization: `Bearer ${TOKEN}` }, { cables: [{ text, source: 'upload' }] });
    expect(ok.status).toBe(200);
    expect(((await ok.json()) as { results: { status: string }[] }).results[0]?.status).toBe('inserted');
    expect((await get('/api/stats')).body.cables).toBe(16);
  });
});

describe('API without a token', () => {
  it('is read-only', async () => {
    const [backend] = backends();
    if (!backend) throw new Error('no backend');
    const store = backend.open(await backend.fresh());
    const app = await buildServer({ store });
    const response = await app.inject({
      method: 'POST',
      url: '/api/ingest',
      payload: { cables: [{ text: 'x' }] },
    });
    expect(response.statusCode).toBe(403);
    expect(response.json().error.code).toBe('read_only');
    await app.close();
    await store.close();
  });
});
