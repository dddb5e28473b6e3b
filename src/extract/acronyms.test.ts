import { describe, expect, it } from 'vitest';
import { definedAcronyms } from './acronyms.js';

describe('acronyms a cable defines for itself', () => {
  it('reads a body spelled out, a person’s short name, and a title’s short form before its holder', () => {
    const d = definedAcronyms([
      'Colombia’s Administrative Department of Security (DAS) said so. Senior Civilian Representative (SCR) Frank Ruggiero agreed.',
      'Summary: UN Special Coordinator for Lebanon (UNSCOL) Michael Williams shared a report.',
      'CDU General Secretary Ronald Pofalla, Minister President of North Rhine-Westphalia (NRW) Juergen Ruettgers, and others met.',
    ]);
    // (`North Rhine-Westphalia (NRW)`: each capitalised part of a hyphenated word gives an initial.)
    expect([...d.byAcronym]).toEqual([
      ['DAS', 'Administrative Department of Security'],
      ['NRW', 'North Rhine-Westphalia'],
    ]);
    expect([...d.persons]).toEqual(['SCR']);
    // (NRW holds no initial of `Minister President`: a place's short form, not the title's.)
    expect([...d.titles]).toEqual([['UNSCOL', 'Coordinator']]);
  });
});
