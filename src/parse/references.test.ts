import { describe, expect, it } from 'vitest';
import { parseReferences } from './references.js';

describe('parseReferences', () => {
  it('gives cited cables the citing year when they omit it', () => {
    expect(parseReferences('REF: STATE 123456', 2007)).toEqual([
      { id: '07STATE123456', text: 'STATE 123456', label: null },
    ]);
  });
  it('reads lettered lists, explicit years and multi-word posts', () => {
    const refs = parseReferences('REF: A. USUN NEW YORK 1100 B. 06 BRUSSELS 1234\n¶C. 2008 BAKU 917', 2007);
    expect(refs.map((r) => [r.label, r.id])).toEqual([
      ['A', '07USUNNEWYORK1100'],
      ['B', '06BRUSSELS1234'],
      ['C', '08BAKU917'],
    ]);
  });
  it('keeps references that are not cables, without an id', () => {
    const refs = parseReferences('REF: A. PARIS 1610 B. KUJAWINSKI-FRANCE DESK 3/11 E-MAIL', 2005);
    expect(refs[0]).toEqual({ id: '05PARIS1610', text: 'PARIS 1610', label: 'A' });
    expect(refs[1]).toEqual({ id: null, text: 'KUJAWINSKI-FRANCE DESK 3/11 E-MAIL', label: 'B' });
  });
  it('splits unlettered lists and leaves the id empty without a year', () => {
    expect(parseReferences('REF: TEHRAN 1091: TEHRAN 263: MOSCOW 1603', 1972).map((r) => r.id)).toEqual([
      '72TEHRAN1091',
      '72TEHRAN263',
      '72MOSCOW1603',
    ]);
    expect(parseReferences('REF: KUWAIT 539', null)).toEqual([{ id: null, text: 'KUWAIT 539', label: null }]);
  });
});
