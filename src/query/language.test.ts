import Database from 'better-sqlite3';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { filterCondition } from './filters.js';
import { toFts5, toTsquery } from './fulltext.js';
import { parseQuery, QuerySyntaxError } from './language.js';

describe('query language', () => {
  it('reads words, phrases, operators, prefixes and filters', () => {
    expect(parseQuery('kosovo "security council" -russia nucl* origin:paris tag:PREL')).toEqual({
      text: {
        kind: 'and',
        children: [
          { kind: 'term', value: 'kosovo', prefix: false },
          { kind: 'phrase', value: 'security council' },
          { kind: 'not', child: { kind: 'term', value: 'russia', prefix: false } },
          { kind: 'term', value: 'nucl', prefix: true },
        ],
      },
      filters: [
        { field: 'origin', value: 'paris', negated: false },
        { field: 'tag', value: 'PREL', negated: false },
      ],
    });
    expect(parseQuery('iran OR iraq AND NOT syria').text).toEqual({
      kind: 'or',
      children: [
        { kind: 'term', value: 'iran', prefix: false },
        {
          kind: 'and',
          children: [
            { kind: 'term', value: 'iraq', prefix: false },
            { kind: 'not', child: { kind: 'term', value: 'syria', prefix: false } },
          ],
        },
      ],
    });
    expect(parseQuery('person:"Ban Ki-moon" -class:secret').filters).toEqual([
      { field: 'person', value: 'Ban Ki-moon', negated: false },
      { field: 'class', value: 'secret', negated: true },
    ]);
    // A hyphen inside a word is part of it; `U.S.` is the phrase of its letters.
    expect(parseQuery('Ki-moon U.S.').text).toEqual({
      kind: 'and',
      children: [
        { kind: 'phrase', value: 'Ki moon' },
        { kind: 'phrase', value: 'U S' },
      ],
    });
  });

  it.each([
    ['"unclosed', 'a quotation mark is not closed', 0],
    ['(kosovo', 'a parenthesis is not closed', 0],
    ['kosovo)', 'a closing parenthesis has no opening one', 6],
    ['a OR', 'OR needs something on its right', 2],
    ['AND a', 'AND needs something on its left', 0],
    ['foo:bar', 'unknown field "foo:"', 0],
    ['origin:', 'origin: needs a value', 0],
    ['-iraq', 'a query needs a word that is not negated', 0],
    ['(a origin:x)', 'field filters apply to the whole query', 3],
    ['origin:x OR a', 'field filters cannot be one of its sides', 9],
    ['a OR -b', 'each side of OR needs a word', 0],
    ['()', 'empty parentheses', 0],
    ['x'.repeat(1001), 'longer than 1000 characters', 1000],
  ])('rejects %#: a query that cannot be read, with a message and a position', (query, message, position) => {
    try {
      parseQuery(query);
      expect.unreachable();
    } catch (error) {
      expect(error).toBeInstanceOf(QuerySyntaxError);
      expect((error as Error).message).toContain(message);
      expect((error as QuerySyntaxError).position).toBe(position);
    }
  });

  it('checks filter values', () => {
    expect(() => filterCondition({ field: 'from', value: '2007-13', negated: false })).toThrow(
      QuerySyntaxError,
    );
    expect(() => filterCondition({ field: 'year', value: '07', negated: false })).toThrow(QuerySyntaxError);
    expect(filterCondition({ field: 'to', value: '2007', negated: false }).params).toEqual(['2007-12-31']);
    expect(filterCondition({ field: 'origin', value: '100%_', negated: false }).params).toEqual([
      '%100\\%\\_%',
    ]);
  });

  it('compiles any input it accepts to full-text syntax the database accepts (fuzz)', () => {
    const db = new Database(':memory:');
    db.exec("CREATE VIRTUAL TABLE f USING fts5(subject, body, tokenize = 'porter unicode61')");
    db.prepare('INSERT INTO f (subject, body) VALUES (?, ?)').run('Kosovo status', 'the council met "today"');
    const run = db.prepare('SELECT count(*) AS n FROM f WHERE f MATCH ?');
    const pieces = fc.constantFrom(
      'kosovo',
      'AND',
      'OR',
      'NOT',
      '-',
      '(',
      ')',
      '"',
      '*',
      ':',
      'origin:',
      'tag:x',
      'a*',
      '"a b"',
      ' ',
      'NEAR',
      '^',
      '+',
      '{',
      '}',
      "'",
      '\\',
      ';',
      '--',
      'é',
      '💥',
      '\u0000',
      'x:',
      '-(',
      'col:',
    );
    fc.assert(
      fc.property(fc.array(pieces, { maxLength: 12 }), fc.string({ maxLength: 12 }), (parts, noise) => {
        const query = parts.join(' ') + noise;
        let parsed: ReturnType<typeof parseQuery>;
        try {
          parsed = parseQuery(query);
        } catch (error) {
          expect(error).toBeInstanceOf(QuerySyntaxError);
          return;
        }
        if (!parsed.text) return;
        const fts = toFts5(parsed.text);
        for (const expr of [fts.match, fts.exclude]) if (expr) run.get(expr);
        const params: string[] = [];
        const sql = toTsquery(parsed.text, params);
        expect(sql.split('?').length - 1).toBe(params.length);
        expect(sql.replaceAll("'english'", '')).not.toContain("'"); // only 'english' is ever written inline
      }),
      { numRuns: 2000 },
    );
    db.close();
  });
});
