import { spawn, spawnSync } from 'node:child_process';
import { mkdirSync, readFileSync, symlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import type { CableRecord } from '../src/record.js';
import { EXAMPLES, ROOT, SAMPLES } from './paths.js';
import { scratchDir } from './scratch.js';

const BIN = join(ROOT, 'bin/cablescope.js');

function run(args: string[], input?: string | Buffer) {
  const result = spawnSync(process.execPath, [BIN, ...args], {
    input,
    encoding: 'utf8',
    maxBuffer: 256 * 1024 * 1024,
  });
  return { code: result.status, stdout: result.stdout, stderr: result.stderr };
}

const records = (jsonl: string) =>
  jsonl
    .split('\n')
    .filter(Boolean)
    .map((line) => JSON.parse(line) as CableRecord);

describe('cablescope parse', () => {
  it('prints one JSON record per cable of a folder, HTML pages included', () => {
    const { code, stdout, stderr } = run(['parse', SAMPLES, '--format', 'jsonl']);
    expect(stderr).toBe('');
    expect(code).toBe(0);
    const out = records(stdout);
    expect(out).toHaveLength(15);
    const page = out.find((r) => r.source.endsWith('05PARIS1699.html'));
    expect(page).toMatchObject({ id: '05PARIS1699', partial: true, classification: 'SECRET' });
    for (const r of out) {
      for (const key of [
        'source',
        'id',
        'date',
        'time',
        'origin',
        'classification',
        'caveats',
        'tags',
        'subject',
        'references',
        'classified_by',
        'reasons',
        'declassify_on',
        'recipients',
        'info',
        'signer',
        'paragraphs',
        'partial',
        'problems',
        'body',
      ]) {
        expect(r).toHaveProperty(key);
      }
    }
  });

  it('reads standard input with -, and prints pretty JSON and Markdown', () => {
    const text = `${EXAMPLES}usun-kosovo-ban-meeting.txt`;
    const json = run(['parse', '-', '--format', 'json'], readFileSync(text));
    expect(json.code).toBe(0);
    const record = JSON.parse(json.stdout) as CableRecord;
    expect(record.source).toBe('-');
    expect(record.paragraphs).toHaveLength(9);
    const md = run(['parse', text, '--format', 'md']);
    expect(md.code).toBe(0);
    expect(md.stdout).toContain('### Meeting With SYG Ban');
    expect(md.stdout).toContain('**¶7. (SBU)**');
  });

  describe('bad input', () => {
    let dir: string;
    beforeAll(() => {
      dir = scratchDir('bad');
      writeFileSync(join(dir, 'a-empty.txt'), '');
      writeFileSync(join(dir, 'b-binary.txt'), Buffer.from([0x7f, 0x45, 0x4c, 0x46, 0, 0, 1, 2, 0, 0xff]));
      // Windows-1252: "¶1. (C) Caf\xe9" is invalid UTF-8.
      writeFileSync(
        join(dir, 'c-cp1252.txt'),
        Buffer.from('CONFIDENTIAL PARIS 001234\n\n\xb61. (C) Caf\xe9 talks.\n', 'latin1'),
      );
      writeFileSync(
        join(dir, 'd-long-line.txt'),
        `UNCLAS STATE 000001\n\n1. (U) ${'word '.repeat(20 * 1024 * 1024)}\n`,
      );
      symlinkSync(join(dir, 'missing-target'), join(dir, 'e-dangling.txt'));
      mkdirSync(join(dir, 'f-sub'));
      writeFileSync(join(dir, 'f-sub', 'good.txt'), 'S E C R E T ANKARA 000348\n\n¶1. (S) Fine.\n');
    });

    it('reports each bad file, parses the others, and exits 1', () => {
      const { code, stdout, stderr } = run(['parse', dir]);
      expect(code).toBe(1);
      expect(stderr).toContain('a-empty.txt: empty file');
      expect(stderr).toContain('b-binary.txt: binary file');
      expect(stderr).toContain('e-dangling.txt: no such file or folder');
      const out = records(stdout);
      expect(out.map((r) => r.source.split('/').at(-1))).toEqual([
        'c-cp1252.txt',
        'd-long-line.txt',
        'good.txt',
      ]);
      expect(out[0]?.paragraphs[0]).toMatchObject({ number: 1, marking: 'C', text: 'Café talks.' });
      // 100 MB on one line: parsed whole; too long to read for persons, and said so.
      expect(out[1]?.paragraphs[0]?.text.length).toBeGreaterThan(100 * 1024 * 1024 - 100);
      expect(out[1]?.problems.map((p) => p.code)).toContain('not-extracted');
      expect(out[2]?.classification).toBe('SECRET');
    });

    it('names a path that does not exist and exits 1', () => {
      const { code, stderr } = run(['parse', join(dir, 'nope')]);
      expect(code).toBe(1);
      expect(stderr).toContain('no such file or folder');
    });

    it('rejects an unknown format with exit 2', () => {
      const { code, stderr } = run(['parse', dir, '--format', 'xml']);
      expect(code).toBe(2);
      expect(stderr).toMatch(/xml/);
    });
  });
});

describe('cablescope search and serve', () => {
  const db = join(scratchDir('cli'), 'c.db');
  beforeAll(() => {
    expect(run(['ingest', SAMPLES, '--db', db, '--workers', '0']).code).toBe(0);
  });

  it('prints ranked results with snippets, pages with a cursor, and JSON with facets', () => {
    const text = run(['search', 'Kosovo', '--db', db, '--limit', '1']);
    expect(text.code).toBe(0);
    expect(text.stdout).toMatch(/^\d+ cables?\n/);
    expect(text.stdout).toMatch(/\[Kosovo\]/i);
    const cursor = /--cursor (\S+)/.exec(text.stdout)?.[1];
    expect(cursor).toBeDefined();
    const second = run(['search', 'Kosovo', '--db', db, '--limit', '1', '--cursor', cursor as string]);
    expect(second.code).toBe(0);
    expect(second.stdout.split('\n')[2]).not.toBe(text.stdout.split('\n')[2]);
    const json = JSON.parse(run(['search', 'origin:paris', '--db', db, '--json']).stdout);
    expect(json.total).toBeGreaterThan(0);
    expect(json.facets.origin[0].value).toContain('Paris');
    // Every match ranked: the answer says relevance saw them all.
    const all = JSON.parse(run(['search', 'the', '--db', db, '--json', '--rank-all']).stdout);
    expect(all.rankedAmong).toBeNull();
  });

  it('explains a query it cannot read, with exit code 2', () => {
    const bad = run(['search', 'kosovo AND', '--db', db]);
    expect(bad.code).toBe(2);
    expect(bad.stderr).toContain('AND needs something on its right (at character 8)');
  });

  it('runs a batch file, exports, and lists and curates persons', () => {
    const dir = scratchDir('batch');
    const file = join(dir, 'names.csv');
    writeFileSync(file, 'name,query\nBan,\n,"Kosovo -Russia"\n,kosovo AND\n');
    const out = run(['batch', file, '--db', db]);
    expect(out.code).toBe(1); // one row could not be run
    const lines = out.stdout.trim().split('\n');
    expect(lines[0]).toBe('row,name,query,hits,first_cables,statements,first_statements,error');
    expect(lines).toHaveLength(4);
    expect(lines[3]).toContain('AND needs something on its right');
    const csv = run(['export', '--format', 'csv', '--db', db]);
    expect(csv.code).toBe(0);
    expect(csv.stdout.trim().split('\n').length).toBeGreaterThan(15);
    expect(run(['export', '--format', 'csv', '--query', '(', '--db', db]).code).toBe(2);
    const listed = run(['persons', 'list', '--db', db, '--limit', '2']).stdout.trim().split('\n');
    const [a, b] = listed.map((l) => Number(l.trim().split(/\s+/)[0]));
    expect(run(['persons', 'merge', String(a), String(b), '--note', 'test', '--db', db]).code).toBe(0);
    expect(run(['persons', 'merge', String(a), String(b), '--db', db]).stderr).toContain('was merged into');
  });

  it('serves the API on loopback until stopped', async () => {
    const child = spawn(process.execPath, [BIN, 'serve', '--db', db, '--port', '0'], {
      stdio: ['ignore', 'ignore', 'pipe'],
    });
    let stderr = '';
    const address = await new Promise<string>((resolve, reject) => {
      child.stderr.on('data', (chunk: Buffer) => {
        stderr += chunk.toString();
        const m = /serve: (http:\/\/127\.0\.0\.1:\d+)\//.exec(stderr);
        if (m) resolve(m[1] as string);
      });
      child.on('exit', () => reject(new Error(stderr)));
    });
    const stats = (await (await fetch(`${address}/api/stats`)).json()) as { cables: number };
    expect(stats.cables).toBe(15);
    const exited = new Promise((resolve) => child.on('exit', resolve));
    child.kill('SIGTERM');
    expect(await exited).toBe(0);
  });
});
