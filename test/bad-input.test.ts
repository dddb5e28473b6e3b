import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { ingest } from '../src/ingest/ingest.js';
import { sqliteBackend } from './backends.js';
import { SAMPLES } from './paths.js';
import { scratchDir } from './scratch.js';

/**
 * A corpus of the inputs scrapes, OCR and leaks produce. Ingested after good cables, each gets a clear
 * per-record error (or is read as well as it can be), the run goes on, and nothing stored changes.
 */
function badCorpus(): { dir: string; csv: string } {
  const dir = scratchDir('bad');
  const files = join(dir, 'files');
  mkdirSync(files);
  const sample = readFileSync(join(SAMPLES, '07ALGIERS1809.txt'), 'utf8');
  // Each variant is a cable of its own (another serial), so none of them replaces the stored original.
  const variant = (serial: number) =>
    Buffer.from(
      sample.replaceAll('ALGIERS 001809', `ALGIERS 00${serial}`).replaceAll('#1809/', `#${serial}/`),
    );
  const good = variant(9100);
  writeFileSync(join(files, 'empty.txt'), '');
  writeFileSync(
    join(files, 'binary.txt'),
    Buffer.from(Array.from({ length: 4096 }, (_, i) => (i * 7919) % 256)),
  );
  writeFileSync(
    join(files, 'invalid-utf8.txt'),
    Buffer.concat([good.subarray(0, 2000), Buffer.from([0xc3, 0x28, 0xff, 0xfe, 0x80])]),
  );
  writeFileSync(
    join(files, 'utf16.txt'),
    Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(variant(9101).toString('utf8'), 'utf16le')]),
  );
  writeFileSync(
    join(files, 'windows-1252.txt'),
    Buffer.from(variant(9102).toString('utf8').replace(/e/g, '\u00e9'), 'latin1'),
  );
  writeFileSync(
    join(files, 'nested.html'),
    `<html><body>${'<div>'.repeat(200_000)}text${'</div>'.repeat(200_000)}</body></html>`,
  );
  writeFileSync(join(files, 'all-banners.txt'), 'S E C R E T\n'.repeat(50_000));
  writeFileSync(join(files, 'truncated.txt.gz'), gzipSync(variant(9103)).subarray(0, 300));
  writeFileSync(join(files, 'one-line.txt'), `1. (C) ${'word '.repeat(2_000_000)}`);
  // A CSV with a 20 MB field, a row with broken quoting, and good rows around them.
  const row = (id: string, text: string) =>
    `1,"12/20/2007 10:12","${id}","Embassy Algiers","SECRET","","","${text.replace(/"/g, '""')}"\n`;
  const csv = join(dir, 'cables.csv');
  writeFileSync(
    csv,
    [
      row(
        '07ALGIERS9001',
        good
          .toString('utf8')
          .split('\n\n')
          .slice(1)
          .join('\n\n')
          .replaceAll('ALGIERS 001809', 'ALGIERS 009001'),
      ),
      row('07ALGIERS9002', `1. (U) ${'x'.repeat(20 * 1024 * 1024)}`),
      '2,"12/20/2007,"07ALGIERS9003","Embassy Algiers",SECRET","",""broken""\n',
      row('07ALGIERS9004', '1. (U) A short cable after the broken row.'),
    ].join(''),
  );
  return { dir: files, csv };
}

describe('bad input', () => {
  it('gets a per-record error or a best reading for each, goes on, and changes nothing stored', async () => {
    const db = await sqliteBackend.fresh();
    const store = sqliteBackend.open(db);
    await ingest([SAMPLES], store);
    const before = await store.stats();
    const stored = await store.get('07ALGIERS1809');
    const { dir, csv } = badCorpus();
    const report = join(dir, '..', 'rejected.jsonl');
    const started = Date.now();
    const summary = await ingest([dir, csv], store, { reportPath: report });
    expect(Date.now() - started).toBeLessThan(90_000);
    const rejected = readFileSync(report, 'utf8')
      .trim()
      .split('\n')
      .map((l) => JSON.parse(l) as { source: string; reason: string });
    const reasonOf = (name: string) => rejected.find((r) => r.source.includes(name))?.reason ?? '';
    expect(reasonOf('empty.txt')).toMatch(/empty/);
    expect(reasonOf('binary.txt')).toMatch(/binary/);
    expect(reasonOf('truncated.txt.gz')).toMatch(/gzip/);
    expect(summary.rejected).toBe(rejected.length);
    // Everything else was read as well as it could be; the good CSV rows after the bad ones are in.
    expect(await store.get('07ALGIERS9004')).not.toBeNull();
    expect(summary.read).toBeGreaterThan(rejected.length);
    // What was stored before is unchanged.
    expect(await store.get('07ALGIERS1809')).toEqual(stored);
    const after = await store.stats();
    expect(after.cables).toBeGreaterThanOrEqual(before.cables);
    expect((store as unknown as { integrityCheck(): string }).integrityCheck()).toBe('ok');
    await store.close();
  }, 180_000);
});
