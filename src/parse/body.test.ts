import { describe, expect, it } from 'vitest';
import { layoutBody } from './body.js';

const lines = (text: string) => text.split('\n');

describe('layoutBody', () => {
  it('numbers paragraphs, folds markings and unwraps lines', () => {
    const { body, paragraphs } = layoutBody(
      lines(
        '¶1. (S//NF) Summary: the first line of a paragraph that is long enough\nto be wrapped here. End Summary.\n\n2. (C) Second paragraph with a list:\n-- one\n-- two',
      ),
    );
    expect(paragraphs.map((p) => [p.number, p.marking, p.section])).toEqual([
      [1, 'S/NF', 'Summary'],
      [2, 'C', null],
    ]);
    expect(paragraphs[0]?.text).toBe(
      'Summary: the first line of a paragraph that is long enough to be wrapped here. End Summary.',
    );
    for (const p of paragraphs) expect(body.slice(p.start, p.end)).toBe(p.text);
  });
  it('opens a paragraph on a number and a marking with no stop between them, not on a number and any parentheses', () => {
    const { paragraphs } = layoutBody(
      lines(
        '14. (SBU) He noted the plan.\n\n15 (SBU) He also called for more universities.\n\n16. (U) He has cleared this cable.\n\n2 (two) days later.',
      ),
    );
    expect(paragraphs.map((p) => [p.number, p.marking])).toEqual([
      [14, 'SBU'],
      [15, 'SBU'],
      [16, 'U'],
    ]);
    expect(paragraphs[1]?.text).toBe('He also called for more universities.');
  });
  it('does not open paragraphs on list items or wrapped numbers', () => {
    const { paragraphs } = layoutBody(
      lines('1. The Troika report would note:\n3) that the status quo is over.\n2. And then the second one.'),
    );
    expect(paragraphs.map((p) => p.number)).toEqual([1, 2]);
  });
  it("drops the archive's paragraph mark before a wrapped number that opens no paragraph", () => {
    const { body, paragraphs } = layoutBody(
      lines(
        '¶1. (C) The reception took place on February\n¶28. Officials attended.\n\n¶2. (C) Then the rest.',
      ),
    );
    expect(paragraphs.map((p) => p.number)).toEqual([1, 2]);
    expect(paragraphs[0]?.text).toBe('The reception took place on February 28. Officials attended.');
    for (const p of paragraphs) expect(body.slice(p.start, p.end)).toBe(p.text);
  });
  it('reads underlined, boxed and all-capitals headings, and comment sections', () => {
    const { paragraphs } = layoutBody(
      lines(
        '¶1. (C) Intro.\n\nMeeting With SYG Ban\n--------------------\n¶2. (C) Text.\n\n-----\nAQIM IS AN ADAPTIVE ORGANISM\n-----\n\n¶3. (C) More. (Comment: inline. End Comment.)\n\nComment\n-------\n¶4. (C) Our view.',
      ),
    );
    expect(paragraphs.map((p) => p.section)).toEqual([
      null,
      'Meeting With SYG Ban',
      'AQIM IS AN ADAPTIVE ORGANISM',
      'Comment',
    ]);
  });
  it('reads a heading boxed by short rules on both sides, `-- Cuba --`, without its rules', () => {
    const { paragraphs } = layoutBody(
      lines('¶1. (C) Intro.\n\n-- Cuba --\n\n¶2. (C) Text.\n\n--- US USE OF BASES ---\n\n¶3. (C) More.'),
    );
    expect(paragraphs.map((p) => p.section)).toEqual([null, 'Cuba', 'US USE OF BASES']);
  });
  it('opens a marked paragraph whose line break was lost, after a sentence, when its number runs on', () => {
    const { body, paragraphs } = layoutBody(
      lines(
        '5.(S) Felix said he would welcome assistance. 6.(S) Embassy Comment: Felix is amiable. See para 2. (C) text.',
      ),
    );
    expect(paragraphs.map((p) => [p.number, p.marking])).toEqual([
      [5, 'S'],
      [6, 'S'],
    ]);
    expect(paragraphs[1]?.text).toBe('Embassy Comment: Felix is amiable. See para 2. (C) text.');
    for (const p of paragraphs) expect(body.slice(p.start, p.end)).toBe(p.text);
    // (`¶1. (C) Summary. 1. (C) Summary.`: a number repeated in its own line is the archive's echo.)
    const echo = layoutBody(lines('¶1. (C) Summary. 1. (C) Summary. The echo stays.\n\n¶2. (C) Next.'));
    expect(echo.paragraphs.map((p) => p.number)).toEqual([1, 2]);
  });
  it('reads a marking written with a space for its slash, `(C NF)`, as C/NF and keeps it out of the text', () => {
    const { paragraphs } = layoutBody(lines('¶1. (C NF) President Karzai told him.\n\n¶2. (C) Next.'));
    expect(paragraphs.map((p) => [p.number, p.marking, p.text])).toEqual([
      [1, 'C/NF', 'President Karzai told him.'],
      [2, 'C', 'Next.'],
    ]);
  });
  it('takes an underlined line for a heading however few words are capitalised, and keeps participants one to a line', () => {
    const { paragraphs } = layoutBody(
      lines(
        '¶6. (C) He said the regime would still function.\n\nROK has no new ideas - Japan can only scuttle talks\n-----------------------------------\n\n¶7. (C) He said the envoy offered nothing new.\n\nParticipants\n------------\n\nJoe Donovan, U.S. Consul General Hong Kong\nRobert Goldberg, Consul General Guangzhou\nMark Lambert, Regional Unit Chief',
      ),
    );
    expect(paragraphs.map((p) => [p.number, p.section])).toEqual([
      [6, null],
      [7, 'ROK has no new ideas - Japan can only scuttle talks'],
      [null, 'Participants'],
    ]);
    expect(paragraphs[2]?.text).toBe(
      'Joe Donovan, U.S. Consul General Hong Kong\nRobert Goldberg, Consul General Guangzhou\nMark Lambert, Regional Unit Chief',
    );
  });
});

describe('headings in capitals over two lines', () => {
  it('reads the lines above one rule as one heading, and not a sentence or the SIPDIS marker', () => {
    const { paragraphs } = layoutBody(
      lines(
        'LEBANON: A "MODEL"\nFOR THE REGION\n-----------------\n\n3. (C) Siniora welcomed the visit.\n\nEND IC POINTS THAT MUST BE USED VERBATIM.\nMANPADS TRANSFERS\n-----------------\n\n4. (C) Text.',
      ),
    );
    // (The block that holds a sentence is no heading; the underlined line after the sentence is one, as in
    // 08STATE50524.)
    expect(paragraphs.map((p) => p.section)).toEqual([
      'LEBANON: A "MODEL" FOR THE REGION',
      'MANPADS TRANSFERS',
    ]);
  });
});

describe('an underlined heading right after a paragraph of one line', () => {
  it('starts a section, not the end of the paragraph before (`End Summary.` / `China and North Korea` / rule)', () => {
    const { paragraphs } = layoutBody(
      lines(
        '¶2. (SBU) Participants:\nUnited States\n-------------\nThe Deputy Secretary\n¶3. (S) SUMMARY: The talks went well. End Summary.\nChina and North Korea\n---------------------\n¶4. (S) Lee said the Chinese do not want a collapse.',
      ),
    );
    expect(paragraphs.map((p) => [p.number, p.section])).toEqual([
      [2, null],
      [3, 'Summary'],
      [4, 'China and North Korea'],
    ]);
    expect(paragraphs[1]?.text).toBe('SUMMARY: The talks went well. End Summary.');
  });
});

describe('headings in the layouts of one line to a paragraph', () => {
  it('reads a numbered heading, a marked heading, a boxed marked heading and slashes around one', () => {
    const { paragraphs } = layoutBody(
      lines(
        '¶1. (S/NF) The talks went well.\n(U) Taliban/Haqqani Network\n\n¶2. (S/NF) Mendelsohn acknowledged the steps.\n\n¶3. (C) A PICNIC WITH THE “AMERICAN MAFIA”\n-----------------------------\nMembers of the party met.\n\n¶4. WMD Proliferation Financing Issues\n----------------------------------\n¶A. (S/NF) USG Concern: a payment.\n-------------------------\n(S) IRAN,S NUCLEAR PROGRAM\n--------------------------\n\n¶5. (S) He said no. (End comment.)\n//LATIN AMERICA//\n----------------\n¶6. (S) Aznar spoke.',
      ),
    );
    expect(paragraphs.filter((p) => p.number !== null).map((p) => [p.number, p.marking, p.section])).toEqual([
      [1, 'S/NF', null],
      [2, 'S/NF', 'Taliban/Haqqani Network'],
      [3, 'C', 'A PICNIC WITH THE “AMERICAN MAFIA”'],
      [4, null, 'WMD Proliferation Financing Issues'],
      [5, 'S', 'IRAN,S NUCLEAR PROGRAM'],
      [6, 'S', 'LATIN AMERICA'],
    ]);
  });
});

describe('headings a flattened text left on the paragraph line, and rules that are no headings', () => {
  it('splits a heading off the end of a one-line paragraph, and reads no heading over table columns', () => {
    const { paragraphs } = layoutBody(
      lines(
        `¶1. (C/NF) Summary: Darling told the Ambassador that the recovery is fragile and that bonuses are a matter for the banks themselves. End Summary. Recovery is Fragile and Banker Bonuses\n\nRadioactive\n-----------\n\n¶2. (C/NF) The Ambassador said that the President was committed to a strong framework for growth at Pittsburgh. Cautious Optimism on Recovery\n--------------------\n\n¶3. (C/NF) On the UK economy, the Chancellor remained cautious.\n\n¶4. (U) U.S. Moroccan\n----- --------\nNEA A/S C. David Welch Mohamed Yassine`,
      ),
    );
    expect(paragraphs.map((p) => [p.number, p.section])).toEqual([
      [1, 'Summary'],
      [2, 'Recovery is Fragile and Banker Bonuses Radioactive'],
      [3, 'Cautious Optimism on Recovery'],
      [4, 'Cautious Optimism on Recovery'],
    ]);
    expect(paragraphs[0]?.text.endsWith('End Summary.')).toBe(true);
  });
});

describe('a heading in title case over two lines between rules', () => {
  it('reads the two lines as one heading', () => {
    const { paragraphs } = layoutBody(
      lines(
        '1. (C) Postl met Khatami.\n\n-------------------------------------------\nFinal Calls Reveal Disillusionment with the\nPossibilities for Change\n-------------------------------------------\n\n2. (C) Postl noted the calls.',
      ),
    );
    expect(paragraphs.map((p) => p.section)).toEqual([
      null,
      'Final Calls Reveal Disillusionment with the Possibilities for Change',
    ]);
  });
});

describe('a summary opened inline with no end', () => {
  it('is that paragraph alone where no `End Summary` and no heading close it; a heading closes one', () => {
    const a = layoutBody(
      lines(
        '1. (C) Tsvangirai met the Ambassador.\n\n2. (C) SUMMARY: Reforms must come.\n\n3. (C) He said more.\n\n4. (C) Comment: It is late.',
      ),
    );
    expect(a.paragraphs.map((p) => p.section)).toEqual([null, 'Summary', null, 'Comment']);
    const b = layoutBody(
      lines(
        '1. (C) Summary: Villepin is finished.\n\n2. (C) The CPE spread unrest.\n\nVillepin to blame\n-----------------\n\n3. (C) He is.',
      ),
    );
    expect(b.paragraphs.map((p) => p.section)).toEqual(['Summary', 'Summary', 'Villepin to blame']);
  });
});

describe('a line boxed between rules', () => {
  it('is a heading in lower case or ending with a period', () => {
    const { paragraphs } = layoutBody(
      lines(
        '1. (C) Talks began.\n\n-------------------------------------------\ndprk delegation offers no criticism of u.s.\n-------------------------------------------\n\n2. (C) The delegation spoke.',
      ),
    );
    expect(paragraphs.map((p) => p.section)).toEqual([null, 'dprk delegation offers no criticism of u.s.']);
  });
});

describe('a heading ending with an abbreviation', () => {
  it('reads `Detainees: French Open to Helping U.S.` and `//SPANISH VP WANTS TO VISIT U.S.//` as headings, not a lone `U.S.`', () => {
    const { paragraphs } = layoutBody(
      lines(
        '1. (C) Talks began.\n\nDetainees: French Open to Helping U.S.\n----------------------\n\n2. (C) Text.\n\n//SPANISH VP WANTS TO VISIT U.S.//\n\n3. (C) Participants:\nU.S.\n----\nAmbassador Burns\nDCM Smith\n\n4. (C) More.',
      ),
    );
    expect(paragraphs.filter((p) => p.number !== null).map((p) => p.section)).toEqual([
      null,
      'Detainees: French Open to Helping U.S.',
      'SPANISH VP WANTS TO VISIT U.S.',
      'SPANISH VP WANTS TO VISIT U.S.',
    ]);
  });
});

describe('a comment with its request', () => {
  it('opens the Comment section with `COMMENT AND ACTION REQUEST.`', () => {
    const { paragraphs } = layoutBody(
      lines('1. (C) Tsvangirai spoke.\n\n2. (C) COMMENT AND ACTION REQUEST. We are skeptical.'),
    );
    expect(paragraphs.map((p) => p.section)).toEqual([null, 'Comment']);
  });
});

describe('a heading whose rule the archive cut in two', () => {
  it('reads `"THE PT IS A MODEL" --------- --` as a heading, its rule left out', () => {
    const { paragraphs } = layoutBody(
      lines(
        '11. (C) Palocci spoke.\n\n"THE PT IS A MODEL FOR LATIN AMERICAN LEFTISTS" --------------------------------------------- --\n\n13. (C) Reich asked.\n\nWidespread Drug Use Makes Matters Worse -------------------\n\n14. (C) More.',
      ),
    );
    expect(paragraphs.map((p) => p.section)).toEqual([
      null,
      '"THE PT IS A MODEL FOR LATIN AMERICAN LEFTISTS"',
      'Widespread Drug Use Makes Matters Worse',
    ]);
  });
});

describe('a marking that lost its opening parenthesis', () => {
  it('reads `¶7.  C)  Ambassador ...` as marked C, and `3. A) ...` as no marking', () => {
    const { paragraphs } = layoutBody(
      lines(
        '¶6.  (C) Saud spoke.\n\n¶7.  C)  Ambassador Oberwetter asked.\n\n8. A) First item.\n\n9. S//NF) More.',
      ),
    );
    expect(paragraphs.map((p) => [p.number, p.marking, p.text.slice(0, 5)])).toEqual([
      [6, 'C', 'Saud '],
      [7, 'C', 'Ambas'],
      [8, null, 'A) Fi'],
      [9, 'S/NF', 'More.'],
    ]);
  });
});

describe('a heading after a paragraph withheld whole', () => {
  it('reads `//NORTH AFRICA//` after a line `XXXXXXXXXXXX` as the heading of the next paragraph', () => {
    const { paragraphs } = layoutBody(
      lines(
        '//LATIN AMERICA//\n\n¶1. (C) Zapatero spoke.\nXXXXXXXXXXXX\n//NORTH AFRICA//\n\n¶2. (C) More.\nXXXXXXXXXXXX\nXXXXXXXXXXXX\n\n¶3. (C) Last.',
      ),
    );
    expect(paragraphs.map((p) => [p.number, p.section])).toEqual([
      [1, 'LATIN AMERICA'],
      [2, 'NORTH AFRICA'],
      [3, 'NORTH AFRICA'],
    ]);
  });
});

describe('a heading in capitals that ends in a colon and goes on in the next', () => {
  it('reads `POTENTIAL COOPERATION:` / `RENEWABLES, INFRASTRUCTURE PROTECTION` / rule as one heading', () => {
    const { paragraphs } = layoutBody(
      lines(
        '¶1. (S/NF) Summary: Poneman told MbZ.  End Summary. \n \n \nPOTENTIAL COOPERATION: \n \nRENEWABLES, INFRASTRUCTURE PROTECTION \n \n-------------------- \n \n¶2. (SBU) The Crown Prince asked.\n\nIRAN\n----\n\n¶3. (S) More.',
      ),
    );
    expect(paragraphs.map((p) => p.section)).toEqual([
      'Summary',
      'POTENTIAL COOPERATION: RENEWABLES, INFRASTRUCTURE PROTECTION',
      'IRAN',
    ]);
  });
});

describe('headings between rules of spaced dashes, and a summary closed but never opened', () => {
  it('reads `- - - Concerns about TFCA - - -` and one wrapped over two lines; a paragraph ending `End summary.` is the summary', () => {
    const { paragraphs } = layoutBody(
      lines(
        '¶1. (C) The CDA paid a call. End summary. \n \n- - - High-Level Visits, Dialogue, Thinking Needed in \nRelationship - - - \n \n¶2. (C) Patriota began.\n \n- - - Concerns about TFCA - - - \n \n¶3. (C) In addition.',
      ),
    );
    expect(paragraphs.map((p) => p.section)).toEqual([
      'Summary',
      'High-Level Visits, Dialogue, Thinking Needed in Relationship',
      'Concerns about TFCA',
    ]);
  });
});

describe('a heading and its rule run into the end of a paragraph', () => {
  it('reads `... End Summary. Afghanistan -----` and one after a page header as headings, not `END SUMMARY ---`', () => {
    const { paragraphs } = layoutBody(
      lines(
        '¶1. (C) Charge met Ahlin. End Summary. Afghanistan ----------- \n\n¶2. (C) Ahlin spoke (he said so,) Kosovo and the Balkans -------------\n\n¶3. (C) More in Ukraine. STOCKHOLM 00000051 002 OF 002 Comment ------\n\n¶4. (C) We doubt it. END SUMMARY ---------\n\n¶5. (C) Last.',
      ),
    );
    expect(paragraphs.map((p) => p.section)).toEqual([
      'Summary',
      'Afghanistan',
      'Kosovo and the Balkans',
      'Comment',
      'Comment',
    ]);
  });
});

describe('underlined headings that an ellipsis runs into each other', () => {
  it('reads `Border confusion...` and `... And allegations of cross-border collaboration` as headings', () => {
    const { paragraphs } = layoutBody(
      lines(
        '¶3. (C) Bourgeois spoke.\n\nBorder confusion...\n-------------------\n\n¶4. (C) A source spoke.\n\n... And allegations of cross-border collaboration\n------------------------------------\n\n¶5. (C) Another.',
      ),
    );
    expect(paragraphs.map((p) => p.section)).toEqual([
      null,
      'Border confusion...',
      '... And allegations of cross-border collaboration',
    ]);
  });
});

describe('a heading in capitals over two lines, its rule run into the second', () => {
  it('reads `NO PROSECUTOR GENERAL FOR MONTHS, MINISTER OF` / `INTERIOR ... SOLUTION -----` as one heading', () => {
    const { paragraphs } = layoutBody(
      lines(
        '¶4. (S/NF) The MOD is adrift. \n\nNO PROSECUTOR GENERAL FOR MONTHS, MINISTER OF \nINTERIOR & JUTICE RESIGNATION MAY BE ONLY SOLUTION --------------------------------------------- ----- \n¶5. (S/NF) The standoff goes on.',
      ),
    );
    expect(paragraphs.map((p) => p.section)).toEqual([
      null,
      'NO PROSECUTOR GENERAL FOR MONTHS, MINISTER OF INTERIOR & JUTICE RESIGNATION MAY BE ONLY SOLUTION',
    ]);
  });
});

describe('held-out round 272: a summary closed two paragraphs after the body opens', () => {
  it('reads every paragraph up to `End Summary.` as the summary where none stands under a heading', () => {
    const { paragraphs } = layoutBody(
      lines(
        '¶1. (C) A senior official told the APO that schools would close.\n¶2. (S) He said the GOP does not understand. End Summary.\n¶3. (C) He gave his assessment.\nClosure Of Girls Schools?\n------------------------- \n¶4. (C) He said some schools will stay open.',
      ),
    );
    expect(paragraphs.map((p) => p.section)).toEqual([
      'Summary',
      'Summary',
      null,
      'Closure Of Girls Schools?',
    ]);
  });
});

describe('held-out round 276: a heading between rules glued to its words', () => {
  it('reads `--Power Behind the Throne--` as `Power Behind the Throne`', () => {
    const { paragraphs } = layoutBody(
      lines(
        '¶1. (C) Summary. He is powerful. End Summary.\n\n--Power Behind the Throne--\n\n¶2. (C) He steers the ministry.',
      ),
    );
    expect(paragraphs.map((p) => p.section)).toEqual(['Summary', 'Power Behind the Throne']);
  });
});

describe('held-out round 293: comments in the plural, and their end after the key points', () => {
  it('reads `(C) COMMENTS` as the comment and ends it at `End Key Points and Comments.`', () => {
    const { paragraphs } = layoutBody(
      lines(
        '--------------\n(C) COMMENTS\n--------------\n\n-- The Amir does have a history of responding to appeals.\nEnd Key Points and Comments.\n\n1.(C) During an October 28 meeting, Ambassador raised objections.\n\n¶2. (C) Al-Attiyah explained.',
      ),
    );
    expect(paragraphs.map((p) => [p.number, p.section])).toEqual([
      [null, 'Comment'],
      [1, null],
      [2, null],
    ]);
  });
});

describe('held-out round 298: a heading in slashes on the last line of a paragraph', () => {
  it('reads `//BILATERAL ISSUES//` written right under the text as the next paragraphs’ heading', () => {
    const { paragraphs } = layoutBody(
      lines(
        '¶2. (C) The Ambassador met with Bono at the Ministry of\nDefense. Bono said he hoped the excellent\nrelations would continue at the same level.\n//BILATERAL ISSUES - CUBA//\n\n¶3. (C) Bono expressed interest in Cuba.\n\n¶4. (C) Bono raised the issue.',
      ),
    );
    expect(paragraphs.map((p) => [p.number, p.section])).toEqual([
      [2, null],
      [3, 'BILATERAL ISSUES - CUBA'],
      [4, 'BILATERAL ISSUES - CUBA'],
    ]);
    expect(paragraphs[0]?.text.endsWith('same level.')).toBe(true);
  });
});

describe('held-out round 311: a year underlined as a heading', () => {
  it('reads `2009` over its rule as the next paragraph’s heading', () => {
    const { paragraphs } = layoutBody(
      lines(
        '10.(S) Karzai returned to the message throughout the discussion.\n\n2009\n----\n\n11.(S) In conclusion, Karzai said that 2009 would be a difficult year.',
      ),
    );
    expect(paragraphs.map((p) => [p.number, p.section])).toEqual([
      [10, null],
      [11, '2009'],
    ]);
  });
});

describe('held-out round 316: headings in sentence case alone over a numbered paragraph', () => {
  it('reads `New saudi fiu promises better cooperation` as a heading, and `End talking points` as none', () => {
    const { paragraphs } = layoutBody(
      lines(
        '¶1. Key points: the briefing went well.\n\n\nNew saudi fiu promises better cooperation\n\n¶2. (C) The briefing was delivered by officials.\n\nEnd talking points/non-paper\n\n¶3. (U) Please report the reply.',
      ),
    );
    expect(paragraphs.map((p) => [p.number, p.section])).toEqual([
      [1, null],
      [2, 'New saudi fiu promises better cooperation'],
      [3, 'New saudi fiu promises better cooperation'],
    ]);
  });
});

describe('held-out round 323: a heading in slashes wrapped over two lines', () => {
  it('reads `//FOREIGN MINISTER CALLS FOR ... U.S.-SPAIN` / `BILATERAL COMMISSION//` as one heading', () => {
    const { paragraphs } = layoutBody(
      lines(
        '//DEFENSE MINISTER ON CHINA ARMS EMBARGO//\n\n¶5. (C) Bono said peace needs the UN.\n\n//FOREIGN MINISTER CALLS FOR FORMATION OF U.S.-SPAIN\nBILATERAL COMMISSION//\n\n¶6. (U) Moratinos made a speech.\n\n¶7. (U) Moratinos suggested other measures.',
      ),
    );
    expect(paragraphs.map((p) => [p.number, p.section])).toEqual([
      [5, 'DEFENSE MINISTER ON CHINA ARMS EMBARGO'],
      [6, 'FOREIGN MINISTER CALLS FOR FORMATION OF U.S.-SPAIN BILATERAL COMMISSION'],
      [7, 'FOREIGN MINISTER CALLS FOR FORMATION OF U.S.-SPAIN BILATERAL COMMISSION'],
    ]);
  });
});

describe('held-out round 330: a participant list’s last line over a heading', () => {
  it('keeps `U.S. Embassy Tel Aviv` in its list item, and `U.S.` opening a heading left on a line', () => {
    const { paragraphs } = layoutBody(
      lines(
        '¶2. (SBU) U.S. Participants:\n\n-- Tom Goldberger, Director for Israel\n-- COL Richard Burgess, Defense Attache, U.S. Embassy Tel Aviv\n \nQualitative Military Edge\n-------------------------\n \n¶3. (S) The Executive Session continued.\n\n¶4. (C) He expected growth by the end of the year. U.S. Committed to Address\n\nClimate Change\n--------------\n\n¶5. (C) The Chancellor asked about climate change.',
      ),
    );
    expect(paragraphs.map((p) => [p.number, p.section])).toEqual([
      [2, null],
      [3, 'Qualitative Military Edge'],
      [4, 'Qualitative Military Edge'],
      [5, 'U.S. Committed to Address Climate Change'],
    ]);
  });
});

describe('held-out round 336: a list item alone between blank lines', () => {
  it('reads `- Algiers to Palma to Skopje on January 22, 2004` as no heading', () => {
    const { paragraphs } = layoutBody(
      lines(
        '//JUDGE REQUESTS DECLASSIFICATION//\n\n¶2. (U) The investigation is focused on the following flights:\n\n- Algiers to Palma to Skopje on January 22, 2004\n\n- Madrid to Luxor, Egypt on December 16, 2003.\n\nIn his request, Judge Moreno asks for a report.\n\n¶3. (U) Judge Moreno denied motions.',
      ),
    );
    expect(paragraphs.map((p) => [p.number, p.section])).toEqual([
      [2, 'JUDGE REQUESTS DECLASSIFICATION'],
      [3, 'JUDGE REQUESTS DECLASSIFICATION'],
    ]);
  });
});

describe('held-out round 345: a heading in capitals on a paragraph’s last line', () => {
  it('reads `MAMLOUK DESCRIBES GID’S METHODS` after a closed sentence as the next paragraph’s heading, not `END SUMMARY`', () => {
    const { paragraphs } = layoutBody(
      lines(
        '¶2. (S) Miqdad declared the talks useful. END \n\nSUMMARY.\nSURPRISE GUEST AT MIQDAD MEETING\n\n¶3. (S) Mamlouk said progress was closely connected.\nMAMLOUK DESCRIBES GID’S METHODS\n\n¶4. (S) The GID Director said Syria had been more successful.\nEND SUMMARY\n\n¶5. (S) Benjamin said the U.S. was ready.\nDHS BRIEFING\n¶6. (S) Heyman provided an overview.',
      ),
    );
    expect(paragraphs.map((p) => [p.number, p.section])).toEqual([
      [2, 'Summary'],
      [3, 'SURPRISE GUEST AT MIQDAD MEETING'],
      [4, 'MAMLOUK DESCRIBES GID’S METHODS'],
      [5, 'MAMLOUK DESCRIBES GID’S METHODS'],
      [6, 'DHS BRIEFING'],
    ]);
  });
});

describe('held-out round 371: markings with a release list', () => {
  it('reads `(S//REL to USA, ACGU)` and `(S//Rel NATO, ISAF)` as markings, the list as written, and wraps the first line', () => {
    const { paragraphs } = layoutBody(
      lines(
        '¶1. (S//REL to USA, ACGU) Per Ref A, Post is alerting the Department.\n\n¶2. (S//Rel NATO, ISAF) SCR told AWK the attention of the\nAfghan government, with ISAF support, would turn to Kandahar\nin the months ahead and it was likely this would be\npredominantly a political contest.',
      ),
    );
    expect(paragraphs.map((p) => [p.number, p.marking])).toEqual([
      [1, 'S/REL to USA, ACGU'],
      [2, 'S/REL NATO, ISAF'],
    ]);
    expect(paragraphs[1]?.text).not.toContain('\n');
  });
});

describe('held-out round 386: a long release list', () => {
  it('reads a release list of six countries in capitals as the marking, and no longer text in parentheses', () => {
    const { paragraphs } = layoutBody(
      lines(
        '¶4. (S/REL FRANCE, BRITAIN, TURKEY, SAUDI ARABIA, JORDAN, AND QATAR) Drawing on paragraphs 2 and 3.\n\n¶5. (Some words here in parentheses that are not a marking at all) Embassies are requested.',
      ),
    );
    expect(paragraphs.map((p) => [p.number, p.marking])).toEqual([
      [4, 'S/REL FRANCE, BRITAIN, TURKEY, SAUDI ARABIA, JORDAN, AND QATAR'],
      [5, null],
    ]);
  });
});

describe('held-out round 413: a header field repeated in lower case', () => {
  it('reads `Ref: khartoum 00378` before the first paragraph as no heading', () => {
    const { paragraphs } = layoutBody(
      lines(
        'Ref: khartoum 00378\n\n¶1. (C) GOSS officials met.\n\n¶2. (C) They agreed.\n\nComment\n-------\n\n¶3. (C) Good.',
      ),
    );
    expect(paragraphs.filter((p) => p.number !== null).map((p) => [p.number, p.section])).toEqual([
      [1, null],
      [2, null],
      [3, 'Comment'],
    ]);
  });
});

describe('held-out round 415: a heading run into a paragraph with its rule below', () => {
  it('reads `... End Summary. Succession in Progress but Success in Doubt` over a rule as the next heading', () => {
    const { paragraphs } = layoutBody(
      lines(
        '¶1. (C) A group of five experts told A/S Campbell it was difficult to predict the succession. End Summary. Succession in Progress but Success in Doubt\n\n-------------------------------------------\n\n¶2. (C) Campbell met experts.\n\nGood Relations with U.S. Essential\n\n----------------------------------\n\n¶3. (C) Relations matter.',
      ),
    );
    expect(paragraphs.map((p) => [p.number, p.section])).toEqual([
      [1, 'Summary'],
      [2, 'Succession in Progress but Success in Doubt'],
      [3, 'Good Relations with U.S. Essential'],
    ]);
  });
});

describe('held-out round 418: a comment label naming the post as its author', () => {
  it('reads `Ambassador’s Comment:` and `EMBASSY HARARE COMMENT:` as the comment, not `CTAD comment:`', () => {
    const { paragraphs } = layoutBody(
      lines(
        '¶1. (C) AbZ asked about IRENA.\n\n¶2. (C) Ambassador’s Comment: The request came in context. End Comment.\n\n¶3. (SBU) Ambassador Holbrooke did not clear this message.\n\n¶4. (C) EMBASSY HARARE COMMENT: THE MDC IS SPLIT. END COMMENT.\n\n¶5. (SBU) CTAD comment: Personnel should remain aware.\n\n¶6. (C) Putin’s comments: none.',
      ),
    );
    expect(paragraphs.map((p) => [p.number, p.section])).toEqual([
      [1, null],
      [2, 'Comment'],
      [3, null],
      [4, 'Comment'],
      [5, null],
      [6, null],
    ]);
  });
});

describe('held-out round 421: lettered questions', () => {
  it('ends a lettered question’s heading at the next lettered item that no heading reads', () => {
    const { paragraphs } = layoutBody(
      lines(
        '¶2.  (SBU)  WE WOULD APPRECIATE INFORMATION.\n\n¶A.  (SBU)  WHY WAS ARINC BEING SURVEILLED? WHO AUTHORIZED\nTHIS SURVEILLANCE? WHO ELSE KNEW ABOUT IT?\n\n¶B.  (SBU)  WHAT IS THE STATE OF CIVIL/MILITARY RELATIONS?\n\n¶C.  (SBU)  WHAT IS THE STATE OF MILITARY/POLICE RELATIONS?\nHAVE THESE ARRESTS CAUSED OR INCREASED TENSIONS BETWEEN\nPOLICE AND THE MILITARY?\n\n¶3.  (U)  PLEASE CITE C-RE9-02710 IN THE SUBJECT LINE.',
      ),
    );
    expect(paragraphs.filter((p) => p.number !== null).map((p) => [p.number, p.section])).toEqual([
      [2, null],
      [3, null],
    ]);
  });
});

describe('held-out round 433: a heading in capitals that ends with an ellipsis', () => {
  it('reads `INCREASED INVESTMENT IN RIO PORT AREA, AND...` over its rule as a heading', () => {
    const { paragraphs } = layoutBody(
      lines(
        'MILITIA GROUPS MOVE NORTH\n-------------------------\n\n¶3. (U) Militias moved.\n\nINCREASED INVESTMENT IN RIO PORT AREA, AND...\n-------------------------------------------\n\n¶4. (U) Petrobras signed an MOU.',
      ),
    );
    expect(paragraphs.map((p) => [p.number, p.section])).toEqual([
      [3, 'MILITIA GROUPS MOVE NORTH'],
      [4, 'INCREASED INVESTMENT IN RIO PORT AREA, AND...'],
    ]);
  });
});

describe('held-out round 437: a heading boxed by rules a blank line away', () => {
  it('reads `Citizenship fraud begins with civil documents` between two rules and blank lines as a heading', () => {
    const { paragraphs } = layoutBody(
      lines(
        '¶1. (SBU) SUMMARY: Acero met FPU. END SUMMARY.\n\n---------------------------------------------\n\nCitizenship fraud begins with civil documents\n\n---------------------------------------------\n\n¶2. (SBU) Acero highlighted the gaps.',
      ),
    );
    expect(paragraphs.map((p) => [p.number, p.section])).toEqual([
      [1, 'Summary'],
      [2, 'Citizenship fraud begins with civil documents'],
    ]);
  });
});

describe('held-out round 450: a participant list one name to a line between blank lines', () => {
  it('keeps every name in its paragraph, not as headings, and a heading boxed by rules still ends it', () => {
    const { paragraphs } = layoutBody(
      lines(
        '¶2. (U) Participants:\n\n\n\nU.S.\n\nDeputy Secretary Steinberg\n\nAmbassador William Brownfield\n\nCOLOMBIA\n\nPresident Alvaro Uribe\n\n¶3. (C) SUMMARY: They met. END SUMMARY.\n\n-------------------\n\nEnding the Conflict\n\n-------------------\n\n¶4. (C) Uribe spoke.',
      ),
    );
    expect(paragraphs.map((p) => [p.number, p.section])).toEqual([
      [2, null],
      [3, 'Summary'],
      [4, 'Ending the Conflict'],
    ]);
    expect(paragraphs[0]?.text).toBe(
      'Participants:\nU.S.\nDeputy Secretary Steinberg\nAmbassador William Brownfield\nCOLOMBIA\nPresident Alvaro Uribe',
    );
  });
});

describe('held-out round 470: a heading in sentence case wrapped over two lines, its rule drawn to measure', () => {
  it('reads both lines as one heading, not a sentence that ends with a comma', () => {
    const { paragraphs } = layoutBody(
      lines(
        '¶6. (SBU) The Houthis spoke.\n\nImplications of regionalization,\nfears of saudi over-reaction\n----------------------------\n\n¶7. (C) Analysts believe it.',
      ),
    );
    expect(paragraphs.map((p) => [p.number, p.section])).toEqual([
      [6, null],
      [7, 'Implications of regionalization, fears of saudi over-reaction'],
    ]);
  });
});

describe('held-out round 476: a heading in capitals with an abbreviation, wrapped where the archive wraps', () => {
  it("reads `KARZAI'S ANTI-U.S. RHETORIC ... CONTINUED` / `SUPPORT` over a rule as one heading", () => {
    const { paragraphs } = layoutBody(
      lines(
        "¶8. (S/NF) I stressed it.\n\nKARZAI'S ANTI-U.S. RHETORIC UNDERMINES ADVOCACY FOR CONTINUED\nSUPPORT\n--------------------------------------------- ------\n\n¶9. (S/NF) I then raised it.",
      ),
    );
    expect(paragraphs.map((p) => [p.number, p.section])).toEqual([
      [8, null],
      [9, "KARZAI'S ANTI-U.S. RHETORIC UNDERMINES ADVOCACY FOR CONTINUED SUPPORT"],
    ]);
  });
});

describe('held-out round 477: headings wrapped over two lines above rules of spaced dashes', () => {
  it('reads a heading in title case and one whose first line ends with a comma, but not a rule as a heading', () => {
    const { paragraphs } = layoutBody(
      lines(
        '¶1. (SBU) Post wrote this.\n\nThe Murder of Jean-Paul Genie by the bodyguards of Humberto\nOrtega\n- - - - - - - - - - - - - - - - - - - - - - - - - - - - - -\n\n¶2. (U) In October 1990 guards killed him.\n\nRampant FSLN Human Rights Abuses, including Torture,\nDisappearances, and Murder\n- - - - - - - - - - - - - - - - - - - - - - - - - -\n\n¶3. (U) The regime declared it.\n\n----------------------\nMASS ACTION IS ON THE TABLE\n----------------------\n\n¶4. (C) They spoke.',
      ),
    );
    expect(paragraphs.map((p) => [p.number, p.section])).toEqual([
      [1, null],
      [2, 'The Murder of Jean-Paul Genie by the bodyguards of Humberto Ortega'],
      [3, 'Rampant FSLN Human Rights Abuses, including Torture, Disappearances, and Murder'],
      [4, 'MASS ACTION IS ON THE TABLE'],
    ]);
  });
});

describe('held-out round 485: a heading boxed by rules, longer than the archive wraps', () => {
  it('reads a heading of 91 characters between two rules, the paragraph right under it', () => {
    const { paragraphs } = layoutBody(
      lines(
        '¶1. (U) They met.\n\n--------------------------------------------- --\nMuslim countries should play lead role in Iraq And help solve the Israeli-Palestinian dispute\n--------------------------------------------- --\n¶2. (C) Musharraf noted it.',
      ),
    );
    expect(paragraphs.map((p) => [p.number, p.section])).toEqual([
      [1, null],
      [2, 'Muslim countries should play lead role in Iraq And help solve the Israeli-Palestinian dispute'],
    ]);
  });
});

describe('held-out round 486: an underlined heading that ends with an abbreviation', () => {
  it('reads `In pyongyang - messages for the u.s.` as a heading, and a lone `U.S.` over a rule as none', () => {
    const { paragraphs } = layoutBody(
      lines(
        '¶3. (C) The Minister spoke.\n\nIn pyongyang - messages for the u.s.\n-----------------------------------\n¶4. (C) Mitropoulos met the Vice Minister.\n\nU.S.\n----\n¶5. (C) Ambassador Smith',
      ),
    );
    expect(paragraphs.map((p) => [p.number, p.section])).toEqual([
      [3, null],
      [4, 'In pyongyang - messages for the u.s.'],
      [5, 'In pyongyang - messages for the u.s.'],
    ]);
  });
});

describe('held-out round 489: a withheld title in brackets', () => {
  it("reads `¶4. (C) [Content removed]` over a rule as the paragraph's title", () => {
    const { paragraphs } = layoutBody(
      lines(
        '¶3. (SBU) SOCCER TEAM 1 - REGIME 0\n-------------\nEritreans are mad about soccer.\n¶4. (C) [Content removed]\n-------------\nEritreans are fearful.',
      ),
    );
    expect(paragraphs.map((p) => [p.number, p.section])).toEqual([
      [3, 'SOCCER TEAM 1 - REGIME 0'],
      [4, '[Content removed]'],
    ]);
  });
});

describe('held-out round 497: a heading over a rule that damage ran into the text', () => {
  it('reads `Sistani: "What Do the Americans Want?"` over `----QDI>RpQd%...` as the next paragraph\'s title', () => {
    const { paragraphs } = layoutBody(
      lines(
        '¶7. (C) Uday cautioned.\n\n¶8. (C) Uday also noted that elements resort to bribes. "He is a bad guy," Judge Faroon asserted.\nSistani: "What Do the Americans Want?"\n----QDI>RpQd%\'MkQQto pulse the cleric on his views.\n\n¶9. (C) Sistani does not allow Iranian students to enroll.',
      ),
    );
    expect(paragraphs.map((p) => [p.number, p.section])).toEqual([
      [7, null],
      [8, null],
      [null, 'Sistani: "What Do the Americans Want?"'],
      [9, 'Sistani: "What Do the Americans Want?"'],
    ]);
  });
});

describe("held-out round 515: a letter's salutation", () => {
  it("reads `Dear Mr. President:` as the letter's opening, no heading", () => {
    const { paragraphs } = layoutBody(
      lines(
        '¶1. (U) Please deliver the following letter.\n\n¶2. (S) Begin Letter:\n\n\nDear Mr. President:\n\n        We value our positive relationship.\n\n¶3. (S) Background: In 2003, Armenia facilitated a purchase.',
      ),
    );
    expect(paragraphs.map((p) => [p.number, p.section])).toEqual([
      [1, null],
      [2, null],
      [3, null],
    ]);
  });
});

describe('held-out round 519: a marked marker line', () => {
  it('reads `(S/REL to RUSSIA) Begin Talking Points` as a marked block of its paragraph, no heading', () => {
    const { paragraphs } = layoutBody(
      lines(
        "ACTION REQUEST\n\n¶8. (S) Post may draw upon the following points:\n\n(S/REL to RUSSIA) Begin Talking Points\n\n-- The U.S. and Russia have committed to control MANPADS.\n\nEnd Talking Points.\n\n¶9. (SBU) Washington appreciates Posts' assistance.",
      ),
    );
    expect(paragraphs.map((p) => [p.number, p.marking, p.section])).toEqual([
      [8, 'S', 'ACTION REQUEST'],
      [null, 'S/REL to RUSSIA', 'ACTION REQUEST'],
      [9, 'SBU', 'ACTION REQUEST'],
    ]);
  });
});

describe('held-out round 524: sub-headings inside a paragraph', () => {
  it('keeps `FOR WARSAW` and `(C) FOR ALL ACTION POSTS -- IF ASKED` over talking points inside paragraph 3 from titling paragraph 4', () => {
    const { paragraphs } = layoutBody(
      lines(
        '¶3. (S) Action Posts should draw upon the points below.\n\n(S/REL NATO) Begin Talking Points:\n\nFOR WARSAW\n\n-- The United States has taken careful note of the requests.\n\n(C) FOR ALL ACTION POSTS -- IF ASKED\n\nQ: Why wait until the new year?\nA: NATO Headquarters is heading into its winter break.\n\n¶4.  (C) Washington strongly prefers confidential channels.\n\n¶5. (U) Questions to EUR/RPM.',
      ),
    );
    expect(paragraphs.filter((p) => p.number !== null).map((p) => [p.number, p.section])).toEqual([
      [3, null],
      [4, null],
      [5, null],
    ]);
  });
});

describe('a heading whose last word a blank line cut from it', () => {
  it('reads `Institute of Optics ... Fiber Optic` / blank / `Research` / rule as one heading, not `END NOTE Research`', () => {
    const { paragraphs } = layoutBody(
      lines(
        '¶4. (C) ISSP conducts research for Program 973. (NOTE: Program 973 is a plan. END NOTE)\nInstitute of Optics and Fine Mechanics - Spectrometry & Fiber Optic \n\nResearch\n------------------------------------ \n\n¶5. (C) IOFM was modifying spectrometry technology.\n\n¶6. (C) More text. End Summary.\nEND SUMMARY\n\nAir Routes\n----------\n\n¶7. (C) Last.',
      ),
    );
    expect(paragraphs.map((p) => p.section)).toEqual([
      null,
      'Institute of Optics and Fine Mechanics - Spectrometry & Fiber Optic Research',
      'Institute of Optics and Fine Mechanics - Spectrometry & Fiber Optic Research',
      'Air Routes',
    ]);
    expect(paragraphs[0]?.text).toBe(
      'ISSP conducts research for Program 973. (NOTE: Program 973 is a plan. END NOTE)',
    );
  });
});

describe('held-out round 603: a heading in capitals wrapped over two lines', () => {
  it('reads `COMMENT:  THE WRONG SHIP ... AT THE WRONG` / `TIME` as one heading, not text of the paragraph before', () => {
    const { paragraphs } = layoutBody(
      lines(
        '¶4. (U) The newspaper published an article.\n\nCOMMENT:  THE WRONG SHIP FROM THE WRONG COUNTRY AT THE WRONG\nTIME\n\n¶5. (C) Despite reassuring its people, the Government is concerned.',
      ),
    );
    expect(paragraphs.map((p) => p.section)).toEqual([
      null,
      'COMMENT: THE WRONG SHIP FROM THE WRONG COUNTRY AT THE WRONG TIME',
    ]);
    expect(paragraphs[0]?.text).toBe('The newspaper published an article.');
  });
  it('leaves a letter’s sender and a title page’s lines that run on as text', () => {
    const { paragraphs } = layoutBody(
      lines(
        'Some text.\n\nFROM NEA ACTING ASSISTANT SECRETARY JEFFREY\nFELTMAN FOR CHARGE MILES\n\nI commend the Embassy.\n\nHIS EXCELLENCY MR. BORIS TADIC, PRESIDENT OF THE REPUBLIC OF\nSERBIA, ON THE\n\nDay of the Army.',
      ),
    );
    expect(paragraphs.map((p) => p.text).join(' ')).toContain('FELTMAN FOR CHARGE MILES');
    expect(paragraphs.map((p) => p.text).join(' ')).toContain('SERBIA, ON THE');
  });
});

describe('held-out round 605: a marking with a hyphen for its slash', () => {
  it('reads `¶1. (S-NF)` as S/NF', () => {
    const { paragraphs } = layoutBody(lines('¶1. (S-NF) A shipment of tanks.\n\n¶2. (C) The hijacking.'));
    expect(paragraphs.map((p) => p.marking)).toEqual(['S/NF', 'C']);
  });
});

describe('held-out round 654: a part named in one word of capitals on the line after a paragraph', () => {
  it('reads `POLICE`, `JUSTICE`, `IRAN` and `COMMENT` after a paragraph as headings, not a signer’s `DINGER`', () => {
    const { paragraphs } = layoutBody(
      lines(
        '¶1. (C) SUMMARY: EULEX declared full capability. END SUMMARY\nPOLICE\n\n¶2. (C) The police component is large.\nJUSTICE\n\n¶3. (C) The justice component works.\nIRAN\n\n¶4. (C) The King noted it.\nDINGER\n\n¶5. (C) Zaw Zaw is a crony.\nCOMMENT\n\n¶6. (C) EULEX has had some successes.',
      ),
    );
    expect(paragraphs.map((p) => [p.number, p.section])).toEqual([
      [1, 'Summary'],
      [2, 'POLICE'],
      [3, 'JUSTICE'],
      [4, 'IRAN'],
      [5, 'IRAN'],
      [6, 'Comment'],
    ]);
  });
});

describe('held-out round 672: a heading right after a paragraph, its rule a blank line below', () => {
  it('reads `An "Easier Battle to Win"` / blank / rule as the heading of the next paragraph', () => {
    const { paragraphs } = layoutBody(
      lines(
        '¶3. (S) Saud said, adding, "what would be the use?"\nAn "Easier Battle to Win"\n\n-------------------------\n\n¶4. (S) Saud said that the battle in Lebanon would be easier.',
      ),
    );
    expect(paragraphs.map((p) => [p.number, p.section, p.text])).toEqual([
      [3, null, 'Saud said, adding, "what would be the use?"'],
      [4, 'An "Easier Battle to Win"', 'Saud said that the battle in Lebanon would be easier.'],
    ]);
  });
});

describe('held-out round 694: headings in title case, long or wrapped over two lines', () => {
  it('reads a long title-case line and one wrapped over two lines, alone over a paragraph, as headings', () => {
    const { paragraphs } = layoutBody(
      lines(
        '¶1. (C) The GoA issued a decree. End Summary.\n\n\n\nArgentina Requires Ships to Request Permission to Travel to\nFalklands/Malvinas\n\n\n\n¶2. (SBU) Cabinet Chief Anibal Fernandez announced the decree.\n\n\n\nThe Reason: To Raise the Cost of Doing Business in the Islands\n\n\n\n¶3. (SBU) Press reports cited sources.\n\nII) Bernardino Leon, Secretary General of the Office of the President\n\n¶4. (C) He spoke.',
      ),
    );
    expect(paragraphs.map((p) => [p.number, p.section])).toEqual([
      [1, 'Summary'],
      [2, 'Argentina Requires Ships to Request Permission to Travel to Falklands/Malvinas'],
      [3, 'The Reason: To Raise the Cost of Doing Business in the Islands'],
      [4, 'The Reason: To Raise the Cost of Doing Business in the Islands'],
    ]);
  });
});

describe('held-out round 703: headings a flattened text left at the end of the paragraph before', () => {
  const long =
    'The senator, who is a physician, told poloff on June 9 that the illness is exactly what the government says it is, a case caught early with a good chance of a cure';
  it('moves `... he said. Possible scenarios` and `... (Ref e). Internal Politics` to head the next paragraph', () => {
    const { paragraphs } = layoutBody(
      lines(
        `¶4. (C) ${long}. She will be able to campaign, he said. Possible scenarios \n\n¶5. (C) ${long}. Governor Neves to the rescue? \n\n¶6. (C) ${long} (Ref e). Iran and the Middle East: An Agenda of Peace \n\n¶7. (C) ${long}.`,
      ),
    );
    expect(paragraphs.map((p) => [p.number, p.section])).toEqual([
      [4, null],
      [5, 'Possible scenarios'],
      [6, 'Governor Neves to the rescue?'],
      [7, 'Iran and the Middle East: An Agenda of Peace'],
    ]);
    expect(paragraphs[0]?.text.endsWith('he said.')).toBe(true);
  });

  it('leaves a list item after a letter, a withheld name and `End Note` in their paragraph', () => {
    const { paragraphs } = layoutBody(
      lines(
        `¶3. (C) ${long}: 7) Operational Planning (INFR-5H) D. Telecommunications Infrastructure (INFR-5H) \n\n¶4. (C) ${long}. The address for XXXXXXXXXXXX \n\n¶5. (C) ${long}. End Note \n\n¶6. (C) ${long}.`,
      ),
    );
    expect(paragraphs.map((p) => p.section)).toEqual([null, null, null, null]);
  });
});

describe('held-out round 710: a run-in heading in quotes, after an acronym', () => {
  const long =
    'The senator, who is a physician, told poloff on June 9 that the illness is exactly what the government says it is, a case caught early with a good chance of a cure';
  it('moves `... to the PMDB. The Limits of Early Polling` and `... in 2002. Several "Also-Rans"` to the next paragraph', () => {
    const { paragraphs } = layoutBody(
      lines(
        `¶4. (C) ${long} from the PMDB. The Limits of Early Polling \n\n¶5. (C) ${long} as of 2006. Several "Also-Rans" \n\n¶6. (C) ${long}.`,
      ),
    );
    expect(paragraphs.map((p) => p.section)).toEqual([
      null,
      'The Limits of Early Polling',
      'Several "Also-Rans"',
    ]);
  });
});
