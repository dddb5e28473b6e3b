import { describe, expect, it } from 'vitest';
import { findBannerAtEnd, parseBannerLine, parseBareLevel } from './banner.js';

describe('parseBannerLine', () => {
  it('reads a letter-spaced banner with sections', () => {
    expect(parseBannerLine('C O N F I D E N T I A L SECTION 01 OF 03 USUN NEW YORK 001130')).toEqual({
      level: 'CONFIDENTIAL',
      caveats: [],
      section: { number: 1, of: 3 },
      post: 'USUN NEW YORK',
      number: '1130',
    });
  });
  it('reads unspaced, abbreviated and damaged banners', () => {
    expect(parseBannerLine('UNCLAS STATE 012345')?.level).toBe('UNCLASSIFIED');
    expect(parseBannerLine('SS E C R E T SECTION 01 OF 02 PARIS 001699')?.post).toBe('PARIS');
    expect(parseBannerLine('C o n f i d e n t i a l section 01 of 04 ankara 000348')?.post).toBe('ANKARA');
    expect(parseBannerLine('C O N F I D E N T I A L 75 LIBREVILLE 1895')?.number).toBe('1895');
  });
  it('keeps caveats written in the banner', () => {
    expect(parseBannerLine('SECRET//NOFORN PARIS 001234')?.caveats).toEqual(['NOFORN']);
    expect(parseBannerLine('S E C R E T BOGOTA 000243 SIPDIS NOFORN')?.caveats).toEqual(['SIPDIS', 'NOFORN']);
  });
  it('does not read prose as a banner', () => {
    expect(
      parseBannerLine('Secret talks were held in Paris on 12 occasions before the summit began'),
    ).toBeNull();
    expect(parseBannerLine('CONFIDENTIAL')).toBeNull();
  });
  it('finds a banner glued to the last addressee', () => {
    const found = findBannerAtEnd('AMEMBASSY LONDON PRIORITYS E C R E T DOHA 001093');
    expect(found?.banner.post).toBe('DOHA');
    expect(found?.index).toBe('AMEMBASSY LONDON PRIORITY'.length);
  });
  it('reads a bare classification line', () => {
    expect(parseBareLevel('   UNCLASSIFIED  ')).toBe('UNCLASSIFIED');
    expect(parseBareLevel('UNCLASSIFIED PARIS 1')).toBeNull();
  });
});
