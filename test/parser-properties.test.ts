import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parseCable } from '../src/parse/cable.js';
import { processCable } from '../src/pipeline.js';
import type { CableRecord } from '../src/record.js';

function checkInvariants(record: CableRecord): void {
  // Plain comparisons, one assertion: records of a megabyte hold a hundred thousand paragraphs.
  const broken: string[] = [];
  let previousEnd = 0;
  for (const p of record.paragraphs) {
    if (p.start < previousEnd) broken.push(`paragraph at ${p.start} starts before ${previousEnd}`);
    if (p.end > record.body.length) broken.push(`paragraph ends at ${p.end}, past the body`);
    if (record.body.slice(p.start, p.end) !== p.text)
      broken.push(`paragraph at ${p.start} is not its body slice`);
    previousEnd = p.end;
  }
  for (const key of [
    'caveats',
    'tags',
    'references',
    'recipients',
    'info',
    'paragraphs',
    'problems',
    'handling',
  ] as const) {
    if (!Array.isArray(record[key])) broken.push(`${key} is not a list`);
  }
  if (record.date !== null && !/^\d{4}-\d{2}-\d{2}$/.test(record.date))
    broken.push(`bad date ${record.date}`);
  expect(broken.slice(0, 5)).toEqual([]);
}

/** Pieces of real cable syntax, so random texts reach deep into the parser rather than failing early. */
const fragment = fc.constantFrom(
  'VZCZCXYZ0000\n',
  'DE RUEHAS #1809/01 3541012\n',
  'ZNY SSSSS ZZH\n',
  'O 201012Z DEC 07\n',
  'FM AMEMBASSY ALGIERS\n',
  'TO RUEHC/SECSTATE WASHDC IMMEDIATE 5028\n',
  'INFO ',
  'S E C R E T SECTION 01 OF 03 ALGIERS 001809\n',
  'C O N F I D E N T I A L ',
  'SIPDIS\n',
  'NOFORN\n',
  'E.O. 12958: DECL: 12/19/2027\n',
  'TAGS: PTER, PINS\n',
  'SUBJECT: ',
  'REF: A. STATE 123456 B. ',
  'Classified By: Ambassador Robert Ford, reason 1.4 (b) and (d)\n',
  '¶1. (S) ',
  '2. (C/NF) ',
  '3) ',
  'Summary: ',
  'End Summary.',
  'Comment: ',
  'End Comment.',
  '-------\n',
  'HEADING\n',
  '\n\n',
  '\n',
  '-- ',
  'Ban said that ',
  '&amp; <a href="x">',
  '</a>',
  '\r\n',
  'This record is a partial extract of the original cable. The full text of the original cable is not available.',
  '12345 ',
  '(',
  ')',
);

describe('parser properties', () => {
  it('never throws on arbitrary text and keeps its invariants', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary', maxLength: 2000 }), (text) => {
        checkInvariants(parseCable(text));
      }),
      { numRuns: 400 },
    );
  });

  it('never throws on texts made of cable syntax, parsed and extracted', () => {
    fc.assert(
      fc.property(fc.array(fc.oneof(fragment, fc.string({ maxLength: 40 })), { maxLength: 120 }), (parts) => {
        const record = processCable(parts.join(''));
        checkInvariants(record);
        const persons = new Set(record.persons.map((p) => p.id));
        for (const st of record.statements) {
          if (st.speaker_id !== null) expect(persons.has(st.speaker_id)).toBe(true);
          expect(st.start).toBeLessThanOrEqual(st.end);
          expect(st.end).toBeLessThanOrEqual(record.body.length);
        }
        for (const p of record.persons)
          for (const m of p.mentions) expect(m.end).toBeLessThanOrEqual(record.body.length);
      }),
      { numRuns: 400 },
    );
  });

  it('finds every generated paragraph with its number and marking', () => {
    const marking = fc.constantFrom('U', 'SBU', 'C', 'S', 'C/NF', 'S/NF');
    const sentence = fc
      .array(
        fc.constantFrom('the', 'minister', 'said', 'that', 'talks', 'would', 'resume', 'in', 'May', 'Kosovo'),
        {
          minLength: 3,
          maxLength: 40,
        },
      )
      .map((w) => `${w.join(' ')}.`);
    fc.assert(
      fc.property(
        fc.array(fc.tuple(marking, sentence, fc.boolean()), { minLength: 1, maxLength: 15 }),
        (paras) => {
          const text = [
            'C O N F I D E N T I A L SECTION 01 OF 02 PARIS 001234',
            '',
            'SIPDIS',
            '',
            'E.O. 12958: DECL: 12/19/2027',
            'TAGS: PREL',
            'SUBJECT: GENERATED',
            '',
            ...paras.map(([m, s, pilcrow], i) => `${pilcrow ? '¶' : ''}${i + 1}. (${m}) ${s}\n`),
          ].join('\n');
          const record = parseCable(text);
          expect(record.paragraphs.map((p) => [p.number, p.marking, p.text])).toEqual(
            paras.map(([m, s], i) => [i + 1, m, s]),
          );
          expect(record.subject).toBe('GENERATED');
        },
      ),
      { numRuns: 200 },
    );
  });

  const MB = 1024 * 1024;
  const adversarial: [string, string][] = [
    ['banner fragments', 'C O N F I D E N T I A L SECTION 01 OF '],
    ['spaced letters', 'S E C R E T '],
    ['parentheses', '((((((((((((((((((((()'],
    ['digits', '1234567890'],
    ['dashes', '- - ----- --'],
    ['numbered openings', '1. (C) 2. 3) ¶4. '],
    ['field keywords', 'SUBJECT: REF: TAGS: E.O. 12958 '],
    ['banner lines', 'SECRET SECTION 01 OF 02 PARIS 001234\n'],
    ['entities', '&amp;&#x000A;&lt;a href=1&gt;'],
    ['tags', '<a href="x"><a href="y">'],
    ['spaces', '          '],
    ['short lines', 'A\n'],
    ['REF lists', 'REF: A. STATE 1 B. USUN NEW YORK 2 C. '],
    ['lower-case words', 'word '],
    ['sentences ending in a capitalised word', 'the talks went on. FOLEY '],
    ['mixed case prose', 'Ambassador Khalilzad told Ban that "the group" would meet (December 19). '],
  ];
  /**
   * The fastest of five runs: timing tests share two cores with the rest of the suite (CI once measured
   * 1,019 ms as the fastest of three for 1 MB of short lines that parse in about 620 ms on a quiet machine,
   * and 1,044 ms as the fastest of five in a slow spell when the same build and the one before it each took
   * 640–1,070 ms alone). The bound is two seconds: the growth tests above judge linearity; this one catches
   * an input that takes many seconds.
   */
  function fastest(fn: () => void): number {
    let best = Number.POSITIVE_INFINITY;
    for (let i = 0; i < 5; i++) {
      const started = performance.now();
      fn();
      best = Math.min(best, performance.now() - started);
    }
    return best;
  }

  /**
   * How much longer the large input takes than the small one, as the best of `pairs` measurements taken
   * one right after the other (a large side under 50 ms is too short to judge and counts as no growth): a
   * pause of the shared machine or the collector that hits one side of one pair (CI measured 16 against
   * 157–182 ms for input that runs at 4×) leaves the other pairs; quadratic work is slow in every pair.
   * Also the slowest large run, for an absolute bound.
   */
  function growth(small: () => void, large: () => void, pairs: number): { ratio: number; slowest: number } {
    let ratio = Number.POSITIVE_INFINITY;
    let slowest = 0;
    for (let i = 0; i < pairs; i++) {
      let started = performance.now();
      small();
      const tSmall = performance.now() - started;
      started = performance.now();
      large();
      const tLarge = performance.now() - started;
      slowest = Math.max(slowest, tLarge);
      ratio = Math.min(ratio, tLarge < 50 ? 0 : tLarge / tSmall);
    }
    return { ratio, slowest };
  }

  for (const [name, unit] of adversarial) {
    it(`parses and extracts ${name} in linear time (4× the input, quadratic would be 16×: at most 9×)`, () => {
      // Just under the longest paragraph extraction reads (MAX_EXTRACTED_PARAGRAPH), so all is read.
      const small = unit.repeat(Math.ceil((0.9 * MB) / 4 / unit.length));
      const large = unit.repeat(Math.ceil((0.9 * MB) / unit.length));
      const record = processCable(large);
      expect(record.problems.map((p) => p.code)).not.toContain('not-extracted');
      checkInvariants(record);
      const persons = new Set(record.persons.map((p) => p.id));
      expect(record.statements.filter((st) => st.speaker_id !== null && !persons.has(st.speaker_id))).toEqual(
        [],
      );
      const run = (text: string) => () => {
        processCable(text);
      };
      const { ratio, slowest } = growth(run(small), run(large), 4);
      expect(ratio).toBeLessThan(9);
      expect(slowest).toBeLessThan(10_000);
    });
  }
  for (const [name, unit] of adversarial) {
    it(`parses 1 MB of ${name} in linear time (under two seconds)`, () => {
      const text = unit.repeat(Math.ceil(MB / unit.length));
      checkInvariants(parseCable(text));
      expect(fastest(() => parseCable(text))).toBeLessThan(2000);
    });
  }
});
