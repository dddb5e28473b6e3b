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

describe('a telegram cut by page headers (held-out round 188)', () => {
  it('joins the text a page header runs into, skips the repeated header block and finds the signer', () => {
    const text = [
      'O 291359Z NOV 00',
      'FM AMEMBASSY HARARE',
      'TO SECSTATE WASHDC IMMEDIATE 7739',
      'C O N F I D E N T I A L SECTION 01 OF 02 HARARE 006677',
      'SIPDIS',
      'E.O. 12958: DECL: 11/29/10 TAGS: PGOV PREL ZI',
      'SUBJECT: ASSISTANT SECRETARY MEETS WITH ZIMBABWE ',
      ' CONFIDENTIAL',
      'PAGE 02 HARARE 06677 01 OF 02 291400Z OPPOSITION LEADER',
      '¶1. (C) TSVANGIRAI OFFERED FOUR',
      'SIPDIS SCENARIOS. HE SAID THE MDC WOULD SEE A  CONFIDENTIAL',
      'PAGE 03 HARARE 06677 01 OF 02 291400Z COALITION GOVERNMENT.',
      ' CONFIDENTIAL PTQ1865',
      'PAGE 01 HARARE 06677 02 OF 02 291401Z ACTION AF-00',
      'INFO LOG-00 NP-00 AID-00 /012W',
      'C O N F I D E N T I A L SECTION 02 OF 02 HARARE 006677',
      'SIPDIS',
      'NSC FOR SENIOR AFRICA DIRECTOR GAYLE SMITH',
      'E.O. 12958: DECL: 11/29/10 TAGS: PGOV PREL ZI',
      'PAGE 02 HARARE 06677 02 OF 02 291401Z OPPOSITION LEADER',
      'THE MDC WILL MEET NOVEMBER 24.',
      ' CONFIDENTIAL',
      'PAGE 03 HARARE 06677 02 OF 02 291401Z 2. (C) COMMENT: HE WAS FRANK. END COMMENT.',
      'MCDONALD',
      ' CONFIDENTIAL',
      '>',
    ].join('\n');
    const r = parseCable(text);
    expect(r.subject).toBe('ASSISTANT SECRETARY MEETS WITH ZIMBABWE OPPOSITION LEADER');
    expect(r.signer).toBe('MCDONALD');
    expect(r.paragraphs.map((p) => [p.number, p.text.replace(/\s+/g, ' ')])).toEqual([
      [
        1,
        'TSVANGIRAI OFFERED FOUR SCENARIOS. HE SAID THE MDC WOULD SEE A COALITION GOVERNMENT. THE MDC WILL MEET NOVEMBER 24.',
      ],
      [2, 'COMMENT: HE WAS FRANK. END COMMENT.'],
    ]);
  });
});

describe('a page break inside a sentence, with blank lines around the header (held-out round 217)', () => {
  it('keeps the sentence in its paragraph, and a page break after a full stop still ends nothing', () => {
    const text = [
      'O 071725Z JUN 07',
      'FM AMEMBASSY PARIS',
      'TO RUEHC/SECSTATE WASHDC 0000',
      '',
      'C O N F I D E N T I A L PARIS 002440 ',
      '',
      'SUBJECT: FRENCH MFA OFFICIAL SHARES VIEWS ',
      '',
      '¶1. (C) GELLET SAID IT WAS LOST. ',
      ' ',
      '',
      'PAGE 02 RUEHFRA2440 C O N F I D E N T I A L PARIS 002440 ',
      ' ',
      '¶2. (C) NOTWITHSTANDING HIS BLEAK ANALYSIS, GELLET ENCOURAGED ',
      ' ',
      ' ',
      ' ',
      'PAGE 03 RUEHFRA2440 C O N F I D E N T I A L PARIS 002440 ',
      'THE U.S. TO CONTINUE ITS EFFORTS. ',
      '',
      'STAPLETON',
    ].join('\n');
    const r = parseCable(text);
    // Blank lines in a paragraph's text mark a break (`\n`) that the sentence splitter honours.
    expect(r.paragraphs.map((p) => [p.number, p.text])).toEqual([
      [1, 'GELLET SAID IT WAS LOST.'],
      [2, 'NOTWITHSTANDING HIS BLEAK ANALYSIS, GELLET ENCOURAGED THE U.S. TO CONTINUE ITS EFFORTS.'],
    ]);
  });
});

describe('a page that shows raw cables.csv rows (held-out round 235)', () => {
  it('reads the first row’s cable with its escaped line ends, and cuts the next row’s cable off', () => {
    const row = (id: string, subject: string, body: string, signer: string) =>
      [
        `2007-09-11 09:44:00\t${id}\tEmbassy Bern\tSECRET\t\tVZCZCXRO4549\\`,
        'O 110944Z SEP 07\\',
        'FM AMEMBASSY BERN\\',
        'TO RUEHC/SECSTATE WASHDC IMMEDIATE 4460\tS E C R E T BERN 000881 \\',
        ' \\',
        'E.O. 12958: DECL: 09/10/2027 \\',
        `SUBJECT: ${subject} \\`,
        ' \\',
        ...body.split('\n').map((l) => `${l} \\`),
        `${signer} \\`,
        '',
      ].join('\n');
    const lines: string[] = [];
    for (let i = 0; i < 12; i++) lines.push(`and the matter of post ${i} also`);
    const text =
      row(
        '07BERN881',
        'FM TAKES NOTE',
        `¶1. (S) Calmy-Rey replied that Switzerland does not\n${lines.join('\n')}\ndiscuss it.`,
        'CARTER',
      ) +
      `121752\t${row('07TBILISI2290', 'REGIONAL GOVERNORS', '¶1. (U) Sensitive but unclassified.', 'TEFFT')}`;
    const r = parseCable(text);
    expect(r.subject).toBe('FM TAKES NOTE');
    expect(r.signer).toBe('CARTER');
    expect(r.paragraphs.map((p) => p.text.includes('\\'))).toEqual([false]);
    expect(r.problems.map((p) => p.code)).toContain('next-cable-cut');
  });
});

describe('a continuation mark cut in two before a paragraph (held-out round 241)', () => {
  it('finds the paragraph that opens after `RIO DE JAN 00000365 002.` / `2 OF 002 5. (C)`', () => {
    const text = [
      'R 021500Z NOV 09',
      'FM AMCONSUL RIO DE JANEIRO',
      'TO SECSTATE WASHDC',
      '',
      'C O N F I D E N T I A L RIO DE JANEIRO 000365',
      '',
      'SUBJECT: RIO WEIGHS OPTIONS',
      '',
      '¶4. (C) Alzir stated that recruitment was critical.',
      '',
      'CRITERIA FOR SELECTION',
      '',
      'RIO DE JAN 00000365 002.',
      '',
      '2 OF 002 5. (C) In selecting favelas, authorities weigh location.',
      '',
      '¶6. (C) Alzir explained his concern.',
    ].join('\n');
    const r = parseCable(text);
    expect(r.paragraphs.map((p) => [p.number, p.section, p.text.slice(0, 13)])).toEqual([
      [4, null, 'Alzir stated '],
      [5, 'CRITERIA FOR SELECTION', 'In selecting '],
      [6, 'CRITERIA FOR SELECTION', 'Alzir explain'],
    ]);
  });
});

describe('apostrophes sent as commas inside Arabic names (held-out round 368)', () => {
  it('reads `Misha,al`, `al-Qa,ida` and `Ba,ath` with apostrophes, not `Paris,and` nor `Syria,s` twice', () => {
    const r = parseCable(
      'P 111453Z AUG 06\nFM AMEMBASSY ANKARA\nTO SECSTATE WASHDC\n\nC O N F I D E N T I A L ANKARA 004688\n\nSUBJECT: TEST\n\n1. (C) Davutoglu met not only with Syria,s Asad but Misha,al as well. Al-Qa,ida and the Ba,ath party were named in Paris,and elsewhere.\n',
    );
    expect(r.paragraphs[0]?.text).toBe(
      "Davutoglu met not only with Syria's Asad but Misha'al as well. Al-Qa'ida and the Ba'ath party were named in Paris,and elsewhere.",
    );
  });
});

describe('the subject repeated on later pages (held-out round 494)', () => {
  const head = [
    'R 121211Z JUN 09',
    'FM AMEMBASSY BAKU',
    'TO SECSTATE WASHDC',
    '',
    'C O N F I D E N T I A L BAKU 000478',
    '',
    'SUBJECT: IRAN VIEW FROM BAKU: VIOLENCE IN BALUCHISTAN',
    'REDUCING BORDER SECURITY; ALLEGED PROBLEMS WITH GAS DEALS',
    '',
    '¶5. (C) He claimed that these practices,',
  ];
  it('drops it whole, and wrapped over two lines', () => {
    for (const repeat of [
      [
        'SUBJECT: IRAN VIEW FROM BAKU: VIOLENCE IN BALUCHISTAN REDUCING BORDER SECURITY; ALLEGED PROBLEMS WITH GAS DEALS ',
      ],
      [
        'SUBJECT: IRAN VIEW FROM BAKU: VIOLENCE IN BALUCHISTAN',
        'REDUCING BORDER SECURITY; ALLEGED PROBLEMS WITH GAS DEALS',
      ],
    ]) {
      const r = parseCable(
        [...head, '', 'Baku 00000478 002.2 of 003', '', ...repeat, '', 'have increased anger.'].join('\n'),
      );
      expect(r.paragraphs.map((p) => p.text.replace(/\s+/g, ' '))).toEqual([
        '5. (C) He claimed that these practices, have increased anger.',
      ]);
    }
  });
  it('keeps the text run on after a subject cut at the page width, and a subject line of other words', () => {
    const r = parseCable(
      [
        ...head,
        'STATE 00000478 002 OF 003',
        'SUBJECT: IRAN VIEW FROM BAKU: VIOLENCE IN BALU He said so.',
        'SUBJECT: FISHING RIGHTS',
      ].join('\n'),
    );
    expect(r.paragraphs.map((p) => p.text.replace(/\s+/g, ' '))).toEqual([
      '5. (C) He claimed that these practices, He said so. SUBJECT: FISHING RIGHTS',
    ]);
  });
});

describe('held-out round 524: a corrected copy notice under each page mark', () => {
  it('drops `C O R R E C T E D C O P Y (ADDED TAGS)`, which had titled the paragraphs after it', () => {
    const r = parseCable(
      'R 150000Z JAN 08\nFM AMEMBASSY PARIS\nTO SECSTATE WASHDC\n\nUNCLAS PARIS 000130\n\nSUBJECT: SPEECH\n\nFOUR INNOVATIONS\n\n¶4. (U) The first is a diplomacy of\n\nPARIS 00000130 002.6 OF 003\n\n\nC O R R E C T E D C O P Y (ADDED TAGS)\n\nconciliation, and reciprocity.\n\n¶5. (U) In connection with the first, he evoked the West.\n',
    );
    expect(r.paragraphs.map((p) => [p.number, p.section])).toEqual([
      [4, 'FOUR INNOVATIONS'],
      [5, 'FOUR INNOVATIONS'],
    ]);
    expect(r.body).not.toContain('C O R R E C T E D');
  });
});

describe('held-out round 529: a query an archive left after the signature', () => {
  it('drops `SELECT * FROM \\`cable\\` WHERE ...` and reads the signer above it', () => {
    const r = parseCable(
      "R 150000Z JAN 09\nFM AMEMBASSY HARARE\nTO SECSTATE WASHDC\n\nC O N F I D E N T I A L HARARE 000051\n\nSUBJECT: DIAMONDS\n\n¶1. (C) The relocation would add to suffering. END COMMENT.\n\nMCGEE\n\nSELECT * FROM `cable` WHERE `id` = '188474' ORDER BY `date` ASC\n",
    );
    expect(r.signer).toBe('MCGEE');
    expect(r.body).not.toContain('SELECT');
  });
});

describe('held-out round 530: withheld lines in the header and a withheld continuation mark', () => {
  it('reads `Classified By` past a withheld line after `REF:`, and drops `XXXXXXXXXXXX  002 OF 002`', () => {
    const r = parseCable(
      'O 261055Z JAN 10\nFM AMEMBASSY BEIJING\nTO SECSTATE WASHDC\n\nS E C R E T BEIJING 000207\n\nSUBJECT: GOOGLE UPDATE\n\nREF: XXXXXXXXXXXX\n\nXXXXXXXXXXXX\n\nClassified By: DCM Robert Goldberg.  Reasons 1.4 (b), (d).\n\n¶1. (S) Summary: A contact claims so. End Summary.\n\nIndustry: Interference Common\n-----------------------------\n\nXXXXXXXXXXXX  002 OF 002\n\n¶2. (C) Our contact emphasized that firms struggle.\n',
    );
    expect(r.classified_by).toBe('DCM Robert Goldberg');
    expect(r.paragraphs.map((p) => [p.number, p.section])).toEqual([
      [1, 'Summary'],
      [2, 'Industry: Interference Common'],
    ]);
  });
});

describe('held-out round 701: a signer written twice, and a cut-off snippet after the signature', () => {
  const HEAD =
    'R 150000Z DEC 09\nFM AMEMBASSY BRASILIA\nTO SECSTATE WASHDC\n\nUNCLAS BRASILIA 001460\n\nSUBJECT: FUNDS\n\n';
  it('reads `KUBISKE KUBISKE` then `...` as the signer Kubiske, and the snippet as no paragraph', () => {
    const r = parseCable(`${HEAD}¶1. (SBU) The fund grows.\n\nEND COMMENT.\n\nKUBISKE KUBISKE\n \n...\n`);
    expect(r.signer).toBe('KUBISKE');
    expect(r.paragraphs.map((p) => p.number)).toEqual([1]);
  });

  it('drops `DANIEL ORTEGA AN...` after `TRIVELLI`, but keeps a last sentence of the text cut off', () => {
    const r = parseCable(`${HEAD}¶1. (SBU) The footage was filmed in 1984.\nTRIVELLI\nDANIEL ORTEGA AN...\n`);
    expect(r.signer).toBe('TRIVELLI');
    expect(r.body).not.toContain('ORTEGA');
    const cut = parseCable(
      `${HEAD}¶1. (SBU) Russia announced its plans for the opening of the world's l...\n`,
    );
    expect(cut.signer).toBeNull();
    expect(cut.paragraphs[0]?.text).toContain("world's l...");
  });
});
