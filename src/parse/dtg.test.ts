import { describe, expect, it } from 'vitest';
import { parseDtgLine } from './dtg.js';

describe('parseDtgLine', () => {
  it('reads precedence, date and time', () => {
    expect(parseDtgLine('O 061915Z DEC 07')).toEqual({ date: '2007-12-06', time: '19:15', precedence: 'O' });
    expect(parseDtgLine('P R 281848Z DEC 66')).toEqual({
      date: '1966-12-28',
      time: '18:48',
      precedence: 'P R',
    });
  });
  it('reads a bare group in mixed case', () => {
    expect(parseDtgLine('201247Z Jan 04')).toEqual({ date: '2004-01-20', time: '12:47', precedence: null });
  });
  it('rejects impossible dates and ordinary text', () => {
    expect(parseDtgLine('O 311915Z FEB 07')).toBeNull();
    expect(parseDtgLine('O 061975Z DEC 07')).toBeNull();
    expect(parseDtgLine('The meeting on 12 December 2007')).toBeNull();
  });
});
