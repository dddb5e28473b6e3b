import { describe, expect, it } from 'vitest';
import { normalizeText } from './normalize.js';

describe('normalizeText', () => {
  it('normalises line ends, entities and tags', () => {
    const { text, hadHtml } = normalizeText(
      "TAGS: <a href='/tag/PGOV_0.html'>PGOV</a>&#x000A;SUBJECT: A &amp; B\r\n",
    );
    expect(text).toBe('TAGS: PGOV\nSUBJECT: A & B\n');
    expect(hadHtml).toBe(true);
  });
  it('takes out and reports the partial-extract notice', () => {
    const { text, partial } = normalizeText(
      'This record is a partial extract of the original cable. The full text of the original cable is not available.C O N F I D E N T I A L ANKARA 000348',
    );
    expect(partial).toBe(true);
    expect(text.trim()).toBe('C O N F I D E N T I A L ANKARA 000348');
  });
  it('restores line breaks of a flattened cable', () => {
    const flat = `UNCLAS NEW DELHI 19406 E.O. 12356: N/A TAGS: PTER, PGOV, IN SUBJECT: SIKH TERRORISM REF: NEW DELHI 17853  1.  SUMMARY: ${'WORDS '.repeat(120)} 2.  THE POLICE ${'MORE '.repeat(50)}`;
    const { text, unflattened } = normalizeText(flat);
    expect(unflattened).toBe(true);
    expect(text).toContain('\nTAGS: PTER');
    expect(text).toContain('\n1.  SUMMARY');
    expect(text).toContain('\n2.  THE POLICE');
  });
  it("puts back the archive's mangled quotes, one character for one", () => {
    const raw =
      'ISI director &Kiyani will take me out.8 We are in the &development8 round.\nAT&T, R&D, the G8 summit and 1.4 (b,d) stay.';
    const { text } = normalizeText(raw);
    expect(text).toBe(
      'ISI director "Kiyani will take me out." We are in the "development" round.\nAT&T, R&D, the G8 summit and 1.4 (b,d) stay.',
    );
    expect(text.length).toBe(raw.length);
    // An opening mark with no closing one in its paragraph is left as written.
    expect(normalizeText('the &unclosed quote\n\nand 8 later').text).toBe(
      'the &unclosed quote\n\nand 8 later',
    );
  });
  it('closes a typographic opening mark whose closing one was turned into 8, not at a page number', () => {
    expect(normalizeText('Obama had been “very supportive, very committed8 during the call.').text).toBe(
      'Obama had been “very supportive, very committed” during the call.',
    );
    const page = 'the UK had done a “lot of hard\nLONDON 00002198 002 OF 005\nwork.” Then more.';
    expect(normalizeText(page).text).toBe(page);
  });
});

describe('text the archive wrote twice after a stray Q', () => {
  it('takes the copy out with its Q, and leaves Qatar, QME and an unrepeated Q alone', () => {
    const r = normalizeText(
      'She said the industry won’t be able to do that due to the lack of\nQShe said the industry won’t be able to do that due to the lack of\ninvestment. Qatar and the QME stay, and so does Qom.',
    );
    expect(r.repeats).toBe(1);
    expect(r.text).toBe(
      'She said the industry won’t be able to do that due to the lack of\n\ninvestment. Qatar and the QME stay, and so does Qom.',
    );
  });
});

describe('accented letters whose bytes lost their high bit', () => {
  it('puts back `á`, `é`, `í`, `ó`, `ñ`, `ç`, `ã` between letters, and leaves acronyms alone', () => {
    const r = normalizeText(
      "Cabinet Chief AnC-bal FernC!ndez said; HC)ctor Timerman issued a communiquC) in BrasC-lia with ChacC3n, GonC'alo MourC#o and Pe C1a. The RC's OC-in briefing on the C-130 and IRGC-QF stands.",
    );
    expect(r.text).toBe(
      "Cabinet Chief Aníbal Fernández said; Héctor Timerman issued a communiqué in Brasília with Chacón, Gonçalo Mourão and Pe C1a. The RC's OC-in briefing on the C-130 and IRGC-QF stands.",
    );
  });
});
