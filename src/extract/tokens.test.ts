import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { glueIn, nextToken, tokenize } from './tokens.js';

// The tokenizer's definition, as a regex: the scanner must cut text exactly as this does.
const DEFINITION = /[\p{L}](?:[\p{L}\p{M}'’/.]|-(?!-))*[\p{L}\p{M}.]|[\p{L}]|\d+(?:[.,:/]\d+)*|\S/gu;

function byDefinition(text: string): [number, number][] {
  return [...text.matchAll(DEFINITION)].map((m) => [m.index, m.index + m[0].length]);
}

function byScanner(text: string): [number, number][] {
  const out: [number, number][] = [];
  for (let m = nextToken(text, 0); m !== null; m = nextToken(text, m[1])) out.push(m);
  return out;
}

// Characters that matter to the rules: letters in and out of ASCII, marks, inner punctuation, digits,
// separators, spaces of several kinds, astral letters and symbols, lone surrogates.
const pieces = fc.constantFrom(
  'a',
  'Z',
  'é',
  'Ж',
  'ß',
  '\u0301',
  "'",
  '’',
  '-',
  '/',
  '.',
  ',',
  ':',
  '1',
  '0',
  ' ',
  '\n',
  '\t',
  '\u00a0',
  '\u2003',
  '\u3000',
  '\ufeff',
  '"',
  '“',
  '(',
  ')',
  '¶',
  '𝐀',
  '😀',
  '\ud800',
  '\u000b',
  '\u0085',
  'ǅ',
);

describe('tokenizer', () => {
  it('cuts random text exactly as its definition does', () => {
    fc.assert(
      fc.property(fc.array(pieces, { maxLength: 40 }), (parts) => {
        const text = parts.join('');
        expect(byScanner(text)).toEqual(byDefinition(text));
      }),
      { numRuns: 3000 },
    );
  });

  it('keeps abbreviations and initials whole and splits a final full stop', () => {
    const words = tokenize('Amb. J. Smith met U.S. officials in Kabul.', 0).map((t) => t.text);
    expect(words).toEqual(['Amb.', 'J.', 'Smith', 'met', 'U.S.', 'officials', 'in', 'Kabul', '.']);
  });

  it('keeps a reference before its designator in the sentence, not before a word (held-out round 178)', () => {
    const tokens = tokenize('It was set (ref. B), Conversi said. See para. 5 too. As in ref. The end.', 0);
    const sentenceOf = (word: string) => tokens.find((t) => t.text === word)?.sentence;
    expect(sentenceOf('Conversi')).toBe(sentenceOf('It'));
    expect(sentenceOf('too')).toBe(sentenceOf('See'));
    expect(sentenceOf('The')).not.toBe(sentenceOf('As'));
  });

  it('ends a word at a dash of two hyphens (held-out round 188)', () => {
    const words = tokenize('MANDELA--WHO STILL EXERTS, A dual-use item', 0).map((t) => t.text);
    expect(words).toEqual(['MANDELA', '-', '-', 'WHO', 'STILL', 'EXERTS', ',', 'A', 'dual-use', 'item']);
  });

  it('tells glued words by its ASCII shortcut exactly as by the Unicode patterns', () => {
    // The patterns as first written, for any text; the shortcut must agree with them on every text.
    const unicode = (text: string) => ({
      pointer: /\p{L}-(?:reftel|reftels|septel|septels)\b/iu.test(text),
      redaction: /\p{Ll}X{4}/u.test(text),
      name: /\p{Ll}{3}\p{Lu}\p{Ll}{2}/u.test(text),
    });
    const glue = fc.constantFrom(
      'Presidency',
      'Diango',
      'XXXX',
      '-septel',
      '-REFTEL',
      'ſeptel',
      'K',
      'é',
      'É',
      'ǅ',
      'a',
      'Z',
      ' ',
      '“',
      '–',
      '\u00a0',
      '\u2028',
      '\u2010',
    );
    fc.assert(
      fc.property(fc.array(glue, { maxLength: 12 }), (parts) => {
        const text = parts.join('');
        expect(glueIn(text)).toEqual(unicode(text));
      }),
      { numRuns: 5000 },
    );
    expect(glueIn('the “PresidencyDiango Cissoko”')).toEqual({
      pointer: false,
      redaction: false,
      name: true,
    });
    expect(glueIn('the présidenceDiango')).toEqual({ pointer: false, redaction: false, name: true });
  });

  it('ends a sentence at `etc.` before a capital, not before a lower-case word (held-out round 443)', () => {
    const tokens = tokenize(
      'claims for robbery, damage etc. According to Duarte, ships left. Cars, vans etc. were seized.',
      0,
    );
    const sentenceOf = (word: string) => tokens.find((t) => t.text === word)?.sentence;
    expect(sentenceOf('According')).not.toBe(sentenceOf('damage'));
    expect(sentenceOf('seized')).toBe(sentenceOf('Cars'));
  });

  it('ends a sentence after a note closed by its bracket, not after a short bracket (held-out round 467)', () => {
    const tokens = tokenize(
      '(Note: The bill passed. End Note.) Stating his view, Sola spoke. Major (retd.) Abdurrehman Syed was held.',
      0,
    );
    const sentenceOf = (word: string) => tokens.find((t) => t.text === word)?.sentence;
    expect(sentenceOf(')')).toBe(sentenceOf('End'));
    expect(sentenceOf('Stating')).not.toBe(sentenceOf('End'));
    expect(sentenceOf('Abdurrehman')).toBe(sentenceOf('Major'));
  });
});
