import { describe, expect, it } from 'vitest';
import { parseCable } from './cable.js';

describe('a first paragraph glued to the Classified By line', () => {
  it('reads the field up to the paragraph opening, and the paragraph as the body’s first', () => {
    const r = parseCable(
      'R 171207Z AUG 09\nFM AMEMBASSY TRIPOLI\nTO SECSTATE WASHDC\n\nC O N F I D E N T I A L TRIPOLI 000663\n\nSUBJECT: TEST\n\nCLASSIFIED BY: Joan Polaschik, Charge d’Affaires, U.S. Embassy Tripoli, Department of State. REASON: 1.4 (b), (d) 1. (C) Summary: Foreign Minister Musa Kusa told the British Ambassador that Megrahi is ill.\n\n¶2. (C) Fean said so.\n',
    );
    expect(r.classified_by).toBe(
      'Joan Polaschik, Charge d’Affaires, U.S. Embassy Tripoli, Department of State',
    );
    expect(r.paragraphs.map((p) => [p.number, p.marking, p.text.slice(0, 9)])).toEqual([
      [1, 'C', 'Summary: '],
      [2, 'C', 'Fean said'],
    ]);
  });
});
