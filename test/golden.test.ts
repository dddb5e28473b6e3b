import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { extractRecord } from '../src/extract/index.js';
import { parseCable } from '../src/parse/cable.js';
import { readArchivePage } from '../src/sources/archive-page.js';
import { CORPUS, EXAMPLES, SAMPLES } from './paths.js';

const read = (path: string) => readFileSync(path, 'utf8');

describe('worked example (body only)', () => {
  const gold = JSON.parse(read(`${EXAMPLES}usun-kosovo-ban-meeting.gold.json`)) as {
    header: { signer: string };
    paragraphs: { number: number; marking: string; section: string }[];
  };
  const record = parseCable(read(`${EXAMPLES}usun-kosovo-ban-meeting.txt`), { source: 'example' });

  it('matches the annotation: numbers, markings and sections', () => {
    expect(
      record.paragraphs.map((p) => ({ number: p.number, marking: p.marking, section: p.section })),
    ).toEqual(gold.paragraphs);
  });
  it('finds the signer and reports the missing header', () => {
    expect(record.signer).toBe(gold.header.signer);
    expect(record.id).toBeNull();
    expect(record.date).toBeNull();
    expect(record.problems.map((p) => p.code)).toEqual(expect.arrayContaining(['no-dtg', 'no-banner']));
  });
  it('keeps paragraph offsets pointing into the body', () => {
    for (const p of record.paragraphs) expect(record.body.slice(p.start, p.end)).toBe(p.text);
    expect(record.paragraphs[8]?.text).toContain('Belgium: Ambassador Verbeke');
    expect(record.body).not.toContain('\nKhalilzad\n');
  });
});

describe('real cables', () => {
  it('reads a 2007 embassy cable completely', () => {
    const r = parseCable(read(`${SAMPLES}07ALGIERS1809.txt`), { source: '07ALGIERS1809.txt' });
    expect(r).toMatchObject({
      id: '07ALGIERS1809',
      date: '2007-12-20',
      time: '10:12',
      origin: 'Embassy Algiers',
      classification: 'SECRET',
      caveats: ['SIPDIS'],
      tags: ['PTER', 'PINS', 'ASEC', 'AG'],
      subject: 'AFTER THE LATEST ALGIERS BOMBINGS: THIS WILL BE A LONG HAUL',
      classified_by: 'Ambassador Robert Ford',
      reasons: ['1.4(b)', '1.4(d)'],
      declassify_on: '2027-12-19',
      recipients: ['SECSTATE WASHDC'],
      precedence: 'O',
      from: 'AMEMBASSY ALGIERS',
      executive_order: '12958',
      partial: false,
    });
    expect(r.info).toContain('AMCONSUL CASABLANCA');
    expect(r.info).toHaveLength(9);
    expect(r.paragraphs.map((p) => p.number)).toEqual(
      [1, 2, 3, 4, 5, 6, 7, 8, 9, 10].slice(0, r.paragraphs.length),
    );
    expect(r.paragraphs[0]?.section).toBe('Summary');
    expect(r.paragraphs[1]?.section).toBe('AQIM IS AN ADAPTIVE ORGANISM');
    expect(r.paragraphs[1]?.text).toContain('\n-- October 2006');
  });

  it('removes page continuation marks, also with two spaces before the page, inside a paragraph', () => {
    // 144 of the 1,295 sample cables write the mark `CAIRO 00001637  002 OF 002`.
    const r = parseCable(read(`${CORPUS}cables/08CAIRO1637.txt`));
    expect(r.paragraphs.map((p) => p.number)).toEqual([1, 2, 3, 4, 5, 6, 7]);
    const six = r.paragraphs.find((p) => p.number === 6);
    expect(six?.text).toMatch(/Senator Kerry\s+suggested the parties/);
    expect(six?.text).not.toContain('002 OF 002');
    const baku = parseCable(read(`${CORPUS}cables/06BAKU1835.txt`));
    expect(baku.classified_by).toBe('Charge Jason P. Hyland');
    expect(baku.paragraphs.every((p) => p.number !== null && !/ OF 003/.test(p.section ?? ''))).toBe(true);
  });
  it('reads a 1966 telegram with a National Archives preamble', () => {
    const r = parseCable(read(`${SAMPLES}66BUENOSAIRES2481.txt`));
    expect(r).toMatchObject({
      id: '66BUENOSAIRES2481',
      date: '1966-12-28',
      origin: 'Embassy Buenos Aires',
      classification: 'UNCLASSIFIED',
      tags: ['EFIS', 'PBTS', 'AR'],
      precedence: 'P R',
    });
    expect(r.references[0]).toEqual({ id: '66STATE106206', text: 'STATE 106206', label: null });
    expect(r.handling.join(' ')).toContain('Copy from the National Archives');
    expect(r.paragraphs[0]?.text.startsWith('PRESS REPORTS AND VARIETY EMBASSY SOURCES')).toBe(true);
    expect(r.paragraphs[0]?.text).toContain('JURIS-DICTION');
  });

  it('reads a partial extract: no routing header, no date, nothing guessed', () => {
    const r = parseCable(read(`${SAMPLES}04AMMAN1288.txt`));
    expect(r.partial).toBe(true);
    expect(r.id).toBeNull();
    expect(r.date).toBeNull();
    expect(r.origin).toBe('Embassy Amman');
    expect(r.section).toEqual({ number: 1, of: 2 });
    expect(r.references).toEqual([{ id: null, text: 'KUWAIT 539', label: null }]);
    expect(r.classified_by).toBe('Amb. Edward W. Gnehm');
    expect(r.paragraphs[0]?.section).toBe('Summary');
  });

  it('takes id and date of a partial extract from the archive page table', () => {
    const page = readArchivePage(read(`${CORPUS}html/05PARIS1699.html`));
    expect(page?.meta).toMatchObject({ id: '05PARIS1699', date: '2005-03-14', origin: 'Embassy Paris' });
    const r = parseCable(page?.text ?? '', { meta: page?.meta });
    expect(r).toMatchObject({
      id: '05PARIS1699',
      date: '2005-03-14',
      classification: 'SECRET',
      partial: true,
    });
    expect(r.tags).toEqual(['PGOV', 'PREL', 'FR', 'PTER', 'KJUS']);
    expect(r.references.map((x) => [x.label, x.id])).toEqual([
      ['A', '05PARIS1610'],
      ['B', null],
    ]);
  });

  it('reads a Latin-1 file in the cables.csv layout', () => {
    const bytes = readFileSync(`${SAMPLES}09PARIS997.txt`);
    const text = new TextDecoder('windows-1252').decode(bytes);
    const r = parseCable(text);
    expect(r).toMatchObject({
      id: '09PARIS997',
      date: '2009-07-23',
      classification: 'CONFIDENTIAL',
      origin: 'Embassy Paris',
    });
    expect(r.paragraphs[0]).toMatchObject({ number: 1, marking: 'C', section: 'Summary' });
    expect(r.reasons).toEqual(['1.4(b)', '1.4(d)']);
  });

  it('reads a routing header that runs into the banner', () => {
    const r = parseCable(read(`${CORPUS}extra/cables/01DOHA1093.txt`));
    expect(r).toMatchObject({
      id: '01DOHA1093',
      classification: 'SECRET',
      origin: 'Embassy Doha',
      signer: 'MCKUNE',
    });
    expect(r.info.at(-1)).toBe('AMEMBASSY LONDON');
    expect(r.references.map((x) => x.id)).toEqual(['01STATE61624', '01DOHA888', '01DOHA1036']);
  });

  it("keeps a mission cable's id form and its multi-section banner out of the body", () => {
    const r = parseCable(read(`${SAMPLES}09BAKU478.txt`));
    expect(r.id).toBe('09BAKU478');
    expect(r.body).not.toMatch(/BAKU 00000478 00\d/i);
    expect(r.references.map((x) => x.id)).toEqual(['09KARACHI145', '08BAKU917']);
  });
});

describe('held-out round 542: a family name a capitalised particle opens, cited without its second part', () => {
  it('joins `Le Fraper` to `IO DAS-Equivalent Beatrice Le Fraper du Hellen` in 06PARIS2358', () => {
    const r = extractRecord(parseCable(readFileSync(`${CORPUS}cables/06PARIS2358.txt`, 'utf8')));
    const beatrice = r.persons.find((p) => p.given === 'Beatrice');
    expect(beatrice?.surname).toBe('Le Fraper');
    expect(r.persons.filter((p) => p.surname === 'Le Fraper')).toHaveLength(1);
    expect(r.statements.filter((st) => st.speaker_id === beatrice?.id).length).toBeGreaterThan(25);
  });
});
