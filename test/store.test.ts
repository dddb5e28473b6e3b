import { spawn, spawnSync } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import Database from 'better-sqlite3';
import { afterAll, describe, expect, it } from 'vitest';
import { ingest } from '../src/ingest/ingest.js';
import { processCable } from '../src/pipeline.js';
import { search } from '../src/query/search.js';
import type { CableRecord } from '../src/record.js';
import { readCablePaths } from '../src/sources/files.js';
import { SQLITE_MIGRATIONS } from '../src/store/sqlite/migrations.js';
import { SqliteStore } from '../src/store/sqlite/sqlite-store.js';
import { type CableStore, cableKey } from '../src/store/store.js';
import { prepareCable, storedText } from '../src/store/stored-form.js';
import { backends } from './backends.js';
import { CORPUS, ROOT, SAMPLES } from './paths.js';
import { scratchDir } from './scratch.js';

const tmp = () => scratchDir('store');
const BIN = join(ROOT, 'bin/cablescope.js');

function integrity(store: CableStore): string {
  return 'integrityCheck' in store ? (store as { integrityCheck(): string }).integrityCheck() : 'ok';
}

describe.each(backends())('$name store', (backend) => {
  afterAll(() => backend.cleanup());

  it('keeps every field of every record through store and load', async () => {
    const store = backend.open(await backend.fresh());
    const records = [];
    for await (const item of readCablePaths([SAMPLES])) {
      if (item.kind === 'cable')
        records.push(processCable(item.text, { source: item.source, meta: item.meta }));
    }
    const results = await store.putMany(records.map((r) => prepareCable(r)));
    expect(results.every((r) => r.status === 'inserted')).toBe(true);
    for (const record of records) expect(await store.get(cableKey(record))).toEqual(record);
    // A record whose paragraph offsets do not point into its body is stored whole, and loads the same.
    const odd = { ...(records[0] as CableRecord), id: 'ODD1', body: 'other text' };
    expect(prepareCable(odd).body).toBeNull();
    await store.putMany([prepareCable(odd)]);
    expect(await store.get('ODD1')).toEqual(odd);
    await store.close();
  });

  it('is idempotent, and replaces a changed cable in place', async () => {
    const store = backend.open(await backend.fresh());
    const first = await ingest([SAMPLES], store);
    const again = await ingest([SAMPLES], store);
    expect(first.inserted).toBe(15);
    expect(again).toMatchObject({ inserted: 0, unchanged: 15, replaced: 0, rejected: 0 });
    const before = await store.stats();
    // Tidying the indexes changes no answer.
    const found = (await search(store, { q: 'government', facets: false, limit: 100 })).results.map(
      (r) => r.key,
    );
    await store.optimize();
    expect(
      (await search(store, { q: 'government', facets: false, limit: 100 })).results.map((r) => r.key),
    ).toEqual(found);
    expect(found.length).toBeGreaterThan(3);

    const text = readFileSync(join(SAMPLES, '07ALGIERS1809.txt'), 'utf8').replace(
      'THIS WILL BE A',
      'THIS WILL STILL BE A',
    );
    const changed = processCable(text, { source: 'edited' });
    expect(await store.putMany([prepareCable(changed)])).toEqual([
      { key: '07ALGIERS1809', status: 'replaced' },
    ]);
    const after = await store.stats();
    expect(after.cables).toBe(before.cables);
    expect(after.paragraphs).toBe(before.paragraphs);
    expect((await store.get('07ALGIERS1809'))?.subject).toContain('STILL');
    expect(integrity(store)).toBe('ok');
    await store.close();
  });

  it('rejects bad rows in the middle of a CSV and stores the others', async () => {
    const dir = tmp();
    const csv = join(dir, 'cables.csv');
    const header = 'O 201012Z DEC 07\nFM AMEMBASSY ALGIERS\nTO SECSTATE WASHDC';
    const body = 'S E C R E T ALGIERS 001809\n\nSUBJECT: TEST\n\n1. (S) Text, "quoted" and\nmulti-line.';
    const row = (n: number, id: string) =>
      `"${n}","12/20/2007 10:12","${id}","Embassy Algiers","SECRET","","${header}","${body.replace(/"/g, '""')}"`;
    writeFileSync(csv, [row(1, '07ALGIERS1809'), '"2","short row"', row(3, '07ALGIERS1809')].join('\n'));
    const store = backend.open(await backend.fresh());
    const report = join(dir, 'rejected.jsonl');
    const summary = await ingest([csv], store, { reportPath: report });
    expect(summary).toMatchObject({ read: 3, inserted: 1, unchanged: 1, rejected: 1 });
    expect(readFileSync(report, 'utf8')).toContain('expected 8 columns');
    const record = await store.get('07ALGIERS1809');
    // (Both lines of the quoted field reach the parser, which joins a line going on in lower case.)
    expect(record?.paragraphs[0]?.text).toBe('Text, "quoted" and multi-line.');
    await store.close();
  });

  it('keeps what a truncated .gz held before its end, and reports the rest', async () => {
    const dir = tmp();
    const lines = readFileSync(join(CORPUS, 'bulk/wikileaks-processing-flattened.jsonl'), 'utf8')
      .split('\n')
      .slice(0, 40)
      .join('\n');
    const gz = gzipSync(Buffer.from(lines));
    const path = join(dir, 'part.jsonl.gz');
    writeFileSync(path, gz.subarray(0, Math.floor(gz.length * 0.6)));
    const store = backend.open(await backend.fresh());
    const summary = await ingest([path], store);
    expect(summary.rejected).toBe(1);
    expect(summary.inserted).toBeGreaterThan(5);
    expect((await store.stats()).cables).toBe(summary.inserted);
    await store.close();
  });

  it('survives kill -9 during an ingest: a rerun completes it with no duplicates', async () => {
    const source = join(CORPUS, 'bulk/wikileaks-processing-flattened.jsonl');
    const reference = await backend.fresh();
    const killed = await backend.fresh();
    spawnSync(process.execPath, [BIN, 'ingest', source, '--db', reference]);
    for (const delay of [700, 1500, 2600]) {
      const child = spawn(process.execPath, [BIN, 'ingest', source, '--db', killed], { stdio: 'ignore' });
      await new Promise((resolve) => setTimeout(resolve, delay));
      child.kill('SIGKILL');
      await new Promise((resolve) => child.on('exit', resolve));
    }
    const rerun = spawnSync(process.execPath, [BIN, 'ingest', source, '--db', killed], { encoding: 'utf8' });
    expect(rerun.status).toBe(0);
    const a = backend.open(reference);
    const b = backend.open(killed);
    const [sa, sb] = [await a.stats(), await b.stats()];
    expect(integrity(b)).toBe('ok');
    expect(sb).toEqual(sa);
    await a.close();
    await b.close();
  }, 120_000);
});

describe('parallel ingest', () => {
  it('stores the same corpus with worker threads as without', async () => {
    const one = backends()[0];
    if (!one) throw new Error('no backend');
    const a = one.open(await one.fresh());
    const b = one.open(await one.fresh());
    const serial = await ingest([SAMPLES, join(CORPUS, 'html')], a, { workers: 0 });
    const parallel = await ingest([SAMPLES, join(CORPUS, 'html')], b, { workers: 2 });
    expect(parallel).toMatchObject({ inserted: serial.inserted, rejected: serial.rejected });
    expect(await b.stats()).toEqual(await a.stats());
    await a.close();
    await b.close();
  });
});

describe('cablescope stats', () => {
  it('prints a JSON object whose cables field counts the cables', () => {
    const db = join(tmp(), 'c.db');
    expect(spawnSync(process.execPath, [BIN, 'ingest', SAMPLES, '--db', db]).status).toBe(0);
    const out = spawnSync(process.execPath, [BIN, 'stats', '--db', db, '--json'], { encoding: 'utf8' });
    expect(JSON.parse(out.stdout).cables).toBe(15);
  });
});

describe('SQLite schema upgrade', () => {
  it('keeps cables stored by version 3 readable and searchable after version 4', async () => {
    const path = join(tmp(), 'v3.db');
    const record = processCable(readFileSync(join(SAMPLES, '07ALGIERS1809.txt'), 'utf8'), { source: 'v3' });
    // A version-3 database, written as version 3 wrote it: the whole record in the JSON, text in FTS.
    const old = new Database(path);
    SQLITE_MIGRATIONS.slice(0, 3).forEach((sql, i) => {
      old.exec(sql);
      old.pragma(`user_version = ${i + 1}`);
    });
    const { lastInsertRowid } = old
      .prepare(
        'INSERT INTO cables (key, id, source, partial, subject, hash, record) VALUES (?, ?, ?, 0, ?, ?, ?)',
      )
      .run('07ALGIERS1809', record.id, 'v3', record.subject, 'old', JSON.stringify(record));
    old
      .prepare('INSERT INTO cable_fts (rowid, subject, body) VALUES (?, ?, ?)')
      .run(lastInsertRowid, record.subject, record.body);
    old.close();

    const store = new SqliteStore(path);
    expect(await store.get('07ALGIERS1809')).toEqual(record);
    const [hit] = await store.select<{ rowid: number }>(
      "SELECT rowid FROM cable_fts WHERE cable_fts MATCH 'Algeria'",
    );
    expect(hit?.rowid).toBe(Number(lastInsertRowid));
    // Stored again, it is written the new way and replaces the old row.
    const [result] = await store.putMany([prepareCable(record)]);
    expect(result?.status).toBe('replaced');
    // (Compressed now: a fraction of the text's size, the text again when read.)
    const [row] = await store.select<{ body: unknown }>('SELECT body FROM cable_documents');
    expect(Buffer.isBuffer(row?.body)).toBe(true);
    expect((row?.body as Buffer | undefined)?.length ?? Number.POSITIVE_INFINITY).toBeLessThan(
      record.body.length / 2,
    );
    expect(storedText(row?.body)).toBe(record.body);
    expect(await store.get('07ALGIERS1809')).toEqual(record);
    expect(store.integrityCheck()).toBe('ok');
    await store.close();
  });
});
