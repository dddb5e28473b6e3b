import { describe, expect, it } from 'vitest';
import {
  fieldAt,
  parseClassifiedBy,
  parseEo,
  parseSubject,
  parseTags,
  splitRunTogetherFields,
} from './fields.js';

describe('header fields', () => {
  it('recognises field openings in their variants', () => {
    expect(fieldAt('E.O. 12958: DECL: 12/06/2017')).toBe('eo');
    expect(fieldAt('EO 12958 DECL: 12/19/2027')).toBe('eo');
    expect(fieldAt('E.o. 12958: decl: 01/07/2014')).toBe('eo');
    expect(fieldAt('TAGS PTER, PINS, ASEC, AG')).toBe('tags');
    expect(fieldAt('SUBJECT: AFTER THE LATEST')).toBe('subject');
    expect(fieldAt('REF: A. STATE 123456')).toBe('ref');
    expect(fieldAt('(U) Classified by Ambassador Eric Edelman')).toBe('classified');
    expect(fieldAt('Referring to the talks')).toBeNull();
  });
  it('splits fields that damaged copies run together', () => {
    expect(splitRunTogetherFields('DEPT FOR WHA/BSC E.O. 12958: DECL: 11/22/2012')).toEqual([
      'DEPT FOR WHA/BSC',
      'E.O. 12958: DECL: 11/22/2012',
    ]);
    expect(splitRunTogetherFields('Tags: prel, pgov Subject: turkish p.m.')).toEqual([
      'Tags: prel, pgov',
      'Subject: turkish p.m.',
    ]);
  });
  it('reads the executive order and declassification date', () => {
    expect(parseEo('E.O. 12958: DECL: 12/06/2017')).toEqual({
      executive_order: '12958',
      declassify_on: '2017-12-06',
    });
    expect(parseEo('E.O. 13526: DECL: 2019/12/31')).toEqual({
      executive_order: '13526',
      declassify_on: '2019-12-31',
    });
    expect(parseEo('E.O. 12958: N/A')).toEqual({ executive_order: '12958', declassify_on: null });
    expect(parseEo('E.O. 11652: GDS').declassify_on).toBe('GDS');
  });
  it('reads tags and subjects', () => {
    expect(parseTags('TAGS: PREL, PGOV,KDEM UNSC')).toEqual(['PREL', 'PGOV', 'KDEM', 'UNSC']);
    expect(parseSubject('SUBJECT:  AFTER THE LATEST ALGIERS BOMBINGS:\nLONG HAUL')).toBe(
      'AFTER THE LATEST ALGIERS BOMBINGS: LONG HAUL',
    );
  });
  it('reads who classified and the reasons', () => {
    expect(parseClassifiedBy('Classified By: Ambassador Robert Ford, reason 1.4 (b) and (d)')).toEqual({
      classified_by: 'Ambassador Robert Ford',
      reasons: ['1.4(b)', '1.4(d)'],
    });
    expect(
      parseClassifiedBy('CLASSIFIED BY AMBASSADOR ELIZABETH MCKUNE FOR REASONS 1.5 (B) AND (D)'),
    ).toEqual({
      classified_by: 'AMBASSADOR ELIZABETH MCKUNE',
      reasons: ['1.5(b)', '1.5(d)'],
    });
    expect(
      parseClassifiedBy('(U) Classified by Ambassador Eric Edelman; reasons: E.O. 12958 1.4 (a,b,c,d).')
        .reasons,
    ).toEqual(['1.4(a)', '1.4(b)', '1.4(c)', '1.4(d)']);
    expect(
      parseClassifiedBy('Classified By: Kathleen Allegrone, Political Minister-Counselor, 1.4 (b\n/d).'),
    ).toEqual({
      classified_by: 'Kathleen Allegrone, Political Minister-Counselor',
      reasons: ['1.4(b)', '1.4(d)'],
    });
  });
});
