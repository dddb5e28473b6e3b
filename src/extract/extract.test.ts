import { describe, expect, it } from 'vitest';
import { parseCable } from '../parse/cable.js';
import type { CableRecord } from '../record.js';
import { inferYear } from './events.js';
import { extractRecord } from './index.js';
import { enumeratedPoints } from './statements.js';
import { sentences, tokenize } from './tokens.js';

function extract(body: string, header = ''): CableRecord {
  return extractRecord(parseCable(`${header}${body}`));
}

/** Each statement as `paragraph speaker cue → addressee`, the way the held-out rounds check them. */
function said(r: CableRecord): string[] {
  return r.statements.map(
    (s) => `${s.paragraph} ${s.speaker} ${s.cue}${s.addressee ? ` → ${s.addressee}` : ''}`,
  );
}

const HEADER =
  'R 061915Z DEC 07\nFM USMISSION USUN NEW YORK\nTO SECSTATE WASHDC\n\nC O N F I D E N T I A L USUN NEW YORK 001130\n\nSUBJECT: TEST\n\n';

describe('persons', () => {
  it('reads titles, demonyms and country prefixes', () => {
    const r = extract('1. (C) UK Permrep Sawyers met Portuguese Permrep Salgueiro and SYG Ban Ki-moon.\n');
    const byName = Object.fromEntries(r.persons.map((p) => [p.surname, p]));
    expect(byName.Sawyers).toMatchObject({
      titles: ['Permanent Representative'],
      affiliation: 'United Kingdom',
    });
    expect(byName.Salgueiro).toMatchObject({ affiliation: 'Portugal' });
    expect(byName.Ban).toMatchObject({
      titles: ['Secretary-General'],
      affiliation: 'United Nations',
      given: 'Ki-moon',
    });
  });
  it('joins bare surnames, possessives, misspellings and capitals to one person', () => {
    const r = extract(
      "1. (C) Ambassador Khalilzad met SYG Ban. Khalilzad's view was clear. The SYG listened. Ban's staff agreed.\n\nKHALILZAD\n",
    );
    expect(r.persons.map((p) => p.surname).sort()).toEqual(['Ban', 'Khalilzad']);
    const ban = r.persons.find((p) => p.surname === 'Ban');
    expect(ban?.mentions.length).toBe(3);
  });
  it('takes affiliations from participant lines', () => {
    const r = extract('1. (U) Participants:\n\nItaly: Ambassador Spatafora\nUN: SYG Ban, U/SYG Pascoe\n');
    expect(r.persons.map((p) => [p.surname, p.affiliation])).toEqual([
      ['Spatafora', 'Italy'],
      ['Ban', 'United Nations'],
      ['Pascoe', 'United Nations'],
    ]);
  });
  it('does not take capitalised common words or places for persons', () => {
    const r = extract(
      '1. (C) The Coordinating and Drafting Group met in Kosovo. Security Council members agreed.\n',
    );
    expect(r.persons).toEqual([]);
  });
});

describe('statements', () => {
  it('finds speaker, addressee, cue and content', () => {
    const r = extract(
      '1. (C) Spatafora told Ban that the meeting was likely. He added that it would be short.\n',
      HEADER,
    );
    expect(r.statements.map((s) => [s.speaker, s.cue, s.addressee, s.text])).toEqual([
      ['Spatafora', 'told', 'Ban', 'the meeting was likely'],
      ['Spatafora', 'added', null, 'it would be short'],
    ]);
  });
  it('reads participles, according to, inverted quotes, and skips future or negated speech', () => {
    const r = extract(
      '1. (C) Ambassador Khalilzad opened the meeting, noting that time was short. According to Ambassador Sawyers, the letter was ready. "We will not move," Sawyers said. Ban will argue otherwise. Ban did not say more.\n',
    );
    expect(r.statements.map((s) => [s.speaker, s.cue, s.quoted])).toEqual([
      ['Khalilzad', 'noting', false],
      ['Sawyers', 'According to', false],
      ['Sawyers', 'said', true],
    ]);
    expect(r.statements[2]?.text).toBe('"We will not move,"');
  });
  it('keeps enumerated points on the statement', () => {
    expect(
      enumeratedPoints(
        'elements include: 1) the Troika has completed its work 2) recalling the statement 3) noting the UN',
      ),
    ).toEqual(['the Troika has completed its work', 'recalling the statement', 'noting the UN']);
  });
  it('names unnamed offices as role speakers', () => {
    const r = extract('1. (C) Poloff asked whether the vote would pass.\n');
    expect(r.statements[0]).toMatchObject({ speaker: 'Poloff', speaker_kind: 'role', speaker_id: null });
  });
});

describe('events', () => {
  it('resolves dates against the cable date, and writes XXXX without one', () => {
    expect(inferYear(1, 5, '2007-12-20')).toBe(2008);
    expect(inferYear(12, 19, '2007-12-06')).toBe(2007);
    const dated = extract('1. (C) The UNSC meets December 19 and 21; talks on Jan. 5.\n', HEADER);
    expect(dated.events.map((e) => e.date)).toEqual(['2007-12-19', '2007-12-21', '2008-01-05']);
    const undated = extract('1. (C) The December 19 UNSC meeting.\n');
    expect(undated.events[0]).toMatchObject({ date: 'XXXX-12-19', paragraph: 1 });
  });
  it('resolves dates written relative to the cable date, and leaves chained ones alone', () => {
    const r = extract(
      '1. (C) The Council will meet next week. He will travel to Paris on Monday. He arrived yesterday. The talks ended two days later. Elections are due next month.\n',
      HEADER,
    );
    expect(r.events.map((e) => [e.date, e.relative, e.text])).toEqual([
      ['2007-12-13', true, 'The Council will meet next week'],
      ['2007-12-10', true, 'He will travel to Paris on Monday'],
      ['2007-12-05', true, 'He arrived yesterday'],
    ]);
    expect(extract('1. (C) He will come next week.\n').events).toEqual([]);
  });
  it('counts days from the cable date, but not stretches of time or the present', () => {
    const r = extract(
      '1. (C) The vote is due in two weeks. Talks lasted for two days over the past two weeks. He is now in Paris, where he sat with the minister.\n',
      HEADER,
    );
    expect(r.events.map((e) => [e.date, e.text])).toEqual([['2007-12-20', 'The vote is due in two weeks']]);
  });
});

describe('ordinary words', () => {
  it('does not take a capitalised ordinary word for a person, and lets an unnamed source speak', () => {
    const r = extract(
      '1. (C) Finally, the Minister said the plan was dead. Separately, Karzai told Poloff that talks would resume. Source said that the attack was planned.\n',
      HEADER,
    );
    expect(r.persons.map((p) => p.name)).toEqual(['Karzai']);
    expect(r.statements.map((s) => s.speaker)).toEqual(['the Minister', 'Karzai', 'source']);
  });
});

describe('all-capitals text', () => {
  const CAPS_HEADER =
    'R 061915Z DEC 07\nFM AMEMBASSY PARIS\nTO SECSTATE WASHDC\n\nC O N F I D E N T I A L PARIS 001130\n\nSUBJECT: TEST\n\nTAGS: PREL FR IR\n\n';
  it('does not read verbs and common words after a title as names', () => {
    const r = extract(
      '1. (C) PRESIDENT SARKOZY TOOK A HARD LINE. THE OPPOSITION LEADER WENT TO LYON. FOREIGN MINISTER KOUCHNER SEES FOUR SCENARIOS. AMEMBASSY PARIS WILL REPORT.\n',
      CAPS_HEADER,
    );
    expect(r.persons.map((p) => p.name).sort()).toEqual(['Kouchner', 'Sarkozy']);
  });
  it("places a person the cable does not place elsewhere in the post's host country, not a TAGS country", () => {
    const r = extract('1. (C) PRESIDENT SARKOZY TOOK A HARD LINE.\n', CAPS_HEADER);
    expect(r.persons[0]).toMatchObject({ name: 'Sarkozy', affiliation: 'France' });
  });
});

describe('meeting', () => {
  it('takes the place from the meeting sentence, not from the topics', () => {
    const r = extract(
      "1. (C) Ambassador Khalilzad met Foreign Minister Kouchner at the Quai d'Orsay on December 5. Kouchner told Khalilzad that the situation in Iraq was grave.\n",
      HEADER,
    );
    expect(r.meeting).toMatchObject({ date: '2007-12-05', place: "Quai d'Orsay" });
    const topics = extract(
      '1. (C) Ambassador Khalilzad met Foreign Minister Kouchner. Kouchner told Khalilzad that the situation in Iraqi politics was grave.\n',
      HEADER,
    );
    expect(topics.meeting?.place).toBeNull();
  });
});

describe('affiliation from a governing country', () => {
  it('takes the country a few linking words before the person', () => {
    const r = extract(
      "1. (C) The previous Serbian government under Prime Minister Kostunica refused. Iraq's then Foreign Minister Zebari agreed.\n",
      HEADER,
    );
    const bySurname = Object.fromEntries(r.persons.map((p) => [p.surname, p.affiliation]));
    expect(bySurname).toMatchObject({ Kostunica: 'Serbia', Zebari: 'Iraq' });
  });
});

describe('participant lists and appositions', () => {
  it('reads sides, dash-separated items and titles set off by commas', () => {
    const r = extract(
      "10. (U) Participants:\nU.S. Participants: -A/S Jane Smith -Robert Brownlee, Deputy Assistant Secretary, Bureau of Arms Control\nFrench Participants: -Director of the Minister's Cabinet, Pierre Lemaire -Claude Durand, Director of Strategic Affairs\n",
    );
    const by = Object.fromEntries(r.persons.map((p) => [p.surname, p]));
    expect(by.Brownlee).toMatchObject({
      titles: ['Deputy Assistant Secretary'],
      affiliation: 'United States',
    });
    expect(by.Lemaire).toMatchObject({ titles: ['Director'], affiliation: 'France' });
    expect(by.Durand).toMatchObject({ titles: ['Director'], affiliation: 'France' });
    expect(Object.keys(by).sort()).toEqual(['Brownlee', 'Durand', 'Lemaire', 'Smith']);
  });
  it('gives a title inside a portfolio to the full name that ends it, not to a list neighbour', () => {
    const r = extract(
      '1. (C) He met Vice President Alvaro Linera, Minister of the Presidency Juan Quintana, and others. Voters rejected the policies of Thatcher, Major, Blair and Brown.\n',
    );
    const by = Object.fromEntries(r.persons.map((p) => [p.surname, p]));
    expect(by.Quintana?.titles).toEqual(['Presidency Minister']);
    expect(by.Linera?.titles).toEqual(['Vice President']);
    expect(by.Thatcher?.titles ?? []).toEqual([]);
  });
  it('knows a notable person named by surname alone', () => {
    const r = extract('2. (C) Kowalski said the conference convinced Karzai that reform was urgent.\n');
    expect(r.persons.find((p) => p.surname === 'Karzai')?.affiliation).toBe('Afghanistan');
  });
});

describe('statement forms', () => {
  const r = extract(
    [
      '1. (C) Foreign Minister Dupont and Defense Minister Martin said they were pleased. The talks were',
      'improving, Dupont said, adding that work would continue. Ambassador Kerr delivered the demarche to',
      'Dupont and pressed him to act. For the second phase, Martin argued, it was important to wait. In',
      "Martin's view, the plan was sound. They spoke about proposed changes. Perez told CODEL Jones that",
      'aid would come. The plan, Martin stressed, is final.\n',
    ].join(' '),
  );
  const said = (speaker: string, cue: string) =>
    r.statements.filter((s) => s.speaker.endsWith(speaker) && s.cue.toLowerCase() === cue.toLowerCase());
  it('gives each of two joined subjects the statement', () => {
    expect(said('Dupont', 'said').length).toBe(2);
    expect(said('Martin', 'said')[0]?.text).toBe('they were pleased');
  });
  it('takes the words around a verb set off by commas', () => {
    expect(said('Dupont', 'said')[1]?.text).toBe('The talks were improving');
    expect(said('Martin', 'argued')[0]?.text).toBe('it was important to wait');
    expect(said('Martin', 'stressed')[0]?.text).toBe('The plan, Martin stressed, is final');
  });
  it('reads speech named by its object, a view, and a delegation led by a person', () => {
    expect(said('Kerr', 'delivered')[0]?.addressee).toMatch(/Dupont$/);
    expect(said('Kerr', 'pressed')[0]?.addressee).toMatch(/Dupont$/);
    expect(said('Martin', "in Martin's view")[0]?.text).toBe('the plan was sound');
    expect(said('Perez', 'told')[0]?.addressee).toBe('Jones');
    expect(r.statements.some((s) => s.cue === 'proposed')).toBe(false);
  });
});

describe('names the cable defines', () => {
  it('reads an acronym the cable spells out as that organisation, over the glossary', () => {
    const r = extract(
      '1. (C) The Ambassador met Director Felipe Munoz of the Administrative Department of Security (DAS). Munoz said the DAS would be restructured.\n',
    );
    expect(r.organizations.map((o) => o.name)).toContain('Administrative Department of Security');
    expect(r.statements.find((s) => s.cue === 'said')?.speaker).toBe('Felipe Munoz');
    expect(r.persons.map((p) => p.surname)).toEqual(['Munoz']);
  });
  it('keeps a spelled-out title in its glossary sense', () => {
    const r = extract('1. (C) Member of Parliament (MP) Jones met MP Harriet Walsh.\n');
    expect(r.persons.find((p) => p.surname === 'Walsh')?.titles).toEqual(['Member of Parliament']);
  });
  it('joins a short form in parentheses to its person, and reads a country in parentheses as a side', () => {
    const r = extract(
      '1. (C) Foreign Minister Sheikh Abdullah bin Zayed (AbZ) met the Secretary. AbZ said he would attend. Names raised were Ricardo Lagos (Chile) and Vicente Fox (Mexico).\n',
    );
    const abz = r.persons.find((p) => p.name === 'Abdullah bin Zayed');
    expect(abz?.mentions.length).toBe(3);
    expect(r.statements[0]?.speaker).toBe('Abdullah bin Zayed');
    const by = Object.fromEntries(r.persons.map((p) => [p.surname, p.affiliation]));
    expect(by).toMatchObject({ Lagos: 'Chile', Fox: 'Mexico' });
  });
  it('takes a name after a word such as magazine for an organisation, also where it is spoken to', () => {
    const r = extract(
      '1. (C) News magazine Semana has a new leak. The government asked Semana to hold the story.\n',
    );
    expect(r.persons).toEqual([]);
  });
  it('reads a name wrapped across two lines of prose as one, but not two list lines', () => {
    const r = extract(
      '1. (C) The Ambassador met with the newly appointed Vice President Francisco\nSantos and others on Monday.\n',
    );
    expect(r.persons.find((p) => p.surname === 'Santos')?.given).toBe('Francisco');
    const list = 'Thomas Fletcher, Private Secretary to the Prime Minister\nStuart Wood, Special Advisor';
    expect(sentences(tokenize(list, 0)).length).toBe(2);
    const prose = 'and the officials said that they would meet with the\nnew minister soon.';
    expect(sentences(tokenize(prose, 0)).length).toBe(1);
  });
});

describe('capitals', () => {
  it('reads speakers, sides and notable persons in a cable written in capitals', () => {
    const r = extract(
      "1. (C) SOUTH AFRICAN AMBASSADOR KOORNHOF MET ESSA MOOSA. MOOSA SAID THE TALKS WERE USEFUL. HE ADDED THAT MANDELA WOULD SEE ALFRED NZO AND THABO MBEKI. THE SAG RESPONDED TO FRIDAY'S EXPULSION.\n",
    );
    const by = Object.fromEntries(r.persons.map((p) => [p.surname, p.affiliation]));
    expect(by).toMatchObject({ Koornhof: 'South Africa', Mandela: 'South Africa', Mbeki: 'South Africa' });
    expect(Object.keys(by)).toContain('Moosa');
    expect(Object.keys(by)).not.toContain("Friday's");
    expect(r.statements.map((s) => [s.speaker.replace(/^Essa /, ''), s.cue])).toEqual([
      ['Moosa', 'SAID'],
      ['Moosa', 'ADDED'],
      ['Government of South Africa', 'RESPONDED'],
    ]);
  });
});

describe('names written family name first', () => {
  it('reads a Chinese name as one person with its surname first, of its country outside it', () => {
    const r = extract(
      '1. (C) Vice Foreign Minister Chun Yung-woo said that Wu Dawei had kept his post. Wu was a nationalist. Lee Feinstein agreed.\n',
      'R 171000Z FEB 10\nFM AMEMBASSY SEOUL\nTO SECSTATE WASHDC\n\nC O N F I D E N T I A L SEOUL 000272\n\nSUBJECT: TEST\n\n',
    );
    const wu = r.persons.find((p) => p.surname === 'Wu');
    expect(wu).toMatchObject({ name: 'Wu Dawei', affiliation: 'China' });
    expect(wu?.mentions.length).toBe(2);
    expect(r.persons.find((p) => p.surname === 'Feinstein')?.given).toBe('Lee');
  });
});

describe('namesakes, delegations and nearer subjects', () => {
  it('keeps two persons who share a surname apart, and a slip in a given name together', () => {
    const r = extract(
      '1. (C) Zardari criticized Nawaz Sharif. He said Chief Minister Shabbaz Sharif had tipped off the group. Minister Bodgan Klich spoke; Bogdan Klich agreed. CODEL Reed will visit.\n',
    );
    const names = r.persons.map((p) => p.name);
    expect(names).toEqual(expect.arrayContaining(['Nawaz Sharif', 'Shabbaz Sharif', 'Reed']));
    expect(names.filter((n) => n.endsWith('Klich')).length).toBe(1);
    expect(r.persons.find((p) => p.surname === 'Reed')?.affiliation).toBe('United States');
  });
  it('does not give a verb whose subject is we or which to a name before it', () => {
    const r = extract(
      '1. (C) Zardari recalled that we had asked him to wait, and recommended a report which indicated progress.\n',
    );
    expect(r.statements.map((s) => s.cue)).toEqual(['recalled', 'recommended']);
  });
});

describe('titles with portfolios', () => {
  it('reads a portfolio after a title up to the given name, and between a side and its title', () => {
    const r = extract(
      "1. (SBU) Deputy Special Envoy for Climate Change Jonathan Pershing met EU Climate Action Commissioner Connie Hedegaard and UN Secretary General Ban Ki Moon. Citing Special Envoy Todd Stern's February 9 speech, Pershing stressed two points. The Alliance of Small Island States agreed.\n",
    );
    const by = Object.fromEntries(r.persons.map((p) => [p.surname, p]));
    expect(by.Pershing?.titles).toEqual(['Deputy Special Envoy for Climate Change']);
    expect(by.Hedegaard).toMatchObject({ titles: ['Commissioner'], affiliation: 'European Union' });
    expect(by.Ban).toMatchObject({ name: 'Ban Ki Moon', affiliation: 'United Nations' });
    expect(r.statements.map((s) => [s.speaker, s.cue])).toEqual([
      ['Jonathan Pershing', 'Citing'],
      ['Jonathan Pershing', 'stressed'],
      ['Alliance of Small Island States', 'agreed'],
    ]);
  });
});

describe('Gulf names and opening participles', () => {
  it('reads the family name written after a short form, and gives an opening participle to the main subject', () => {
    const r = extract(
      "1. (S) Crown Prince Sheikh Mohammed bin Zayed (MbZ) Al Nahyan hosted Chief of Staff USAF General T. Michael Moseley. Noting that even if Ahmadinejad were to change, the program would continue, MbZ stated that a siege would change nothing. He cited MbZ's repeated requests.\n",
    );
    const mbz = r.persons.find((p) => p.surname === 'Al Nahyan');
    expect(mbz?.name).toBe('Mohammed bin Zayed Al Nahyan');
    expect(r.persons.find((p) => p.surname === 'Moseley')?.affiliation).toBe('United States');
    // (`He cited MbZ's repeated requests`: a `he` is never the man its own clause names.)
    expect(r.statements.filter((s) => s.speaker === mbz?.name).map((s) => s.cue)).toEqual([
      'Noting',
      'stated',
    ]);
    expect(r.statements.some((s) => s.cue === 'repeated')).toBe(false);
  });
});

describe('speakers after their verb', () => {
  it('takes the name set off after the verb, and the words around it', () => {
    const r = extract(
      '1. (C) President Calderon met DNI Dennis Blair. Chavez, said Calderon, will interfere. Most importantly, said Calderon, the U.S. must engage Brazil. It was a bad idea, said Blair, because it failed. Calderon later in the meeting raised the border.\n',
    );
    expect(r.persons.find((p) => p.surname === 'Blair')).toMatchObject({
      titles: ['Director of National Intelligence'],
      affiliation: 'United States',
    });
    expect(r.statements.map((s) => [s.speaker.split(' ').at(-1), s.text])).toEqual([
      ['Calderon', 'Chavez, said Calderon, will interfere'],
      ['Calderon', 'the U.S. must engage Brazil'],
      ['Blair', 'It was a bad idea'],
      ['Calderon', 'the border'],
    ]);
  });
});

describe('who the next he is', () => {
  it('takes the speaker named first in the sentence before, not a pronoun or role that opened it', () => {
    const r = extract(
      '1. (C) The Ambassador asked the Chancellor for his expectations. Noting he was traveling early, Chancellor of the Exchequer Alistair Darling stressed the need for stimulus. He cited IMF predictions and expressed concern. He said the opposition criticizes without offering specifics.\n',
    );
    expect(r.persons.find((p) => p.surname === 'Darling')).toMatchObject({
      name: 'Alistair Darling',
      titles: ['Chancellor of the Exchequer'],
      affiliation: 'United Kingdom',
    });
    expect(r.statements.filter((s) => s.speaker === 'Alistair Darling').map((s) => s.cue)).toEqual([
      'Noting',
      'stressed',
      'cited',
      'expressed',
      'said',
    ]);
  });
});

describe('countries as subjects, aliases, delegations', () => {
  it('gives a verb right after a country to the country, and a joined verb back to the person', () => {
    const r = extract(
      '1. (C) Commissioner Frank Pearl confirmed that the Government of Brazil had agreed to help. He said Spain had pressed Venezuela, but said leaders disagreed. The FARC named Deputy Commander alias Fabian Ramirez. Opposition Senator Piedad Cordoba spoke.\n',
      'R 111000Z FEB 10\nFM AMEMBASSY BOGOTA\nTO SECSTATE WASHDC\n\nC O N F I D E N T I A L BOGOTA 000227\n\nSUBJECT: TEST\n\n',
    );
    expect(r.statements.map((s) => [s.speaker, s.cue])).toEqual([
      ['Frank Pearl', 'confirmed'],
      ['Brazil', 'agreed'],
      ['Frank Pearl', 'said'],
      ['Spain', 'pressed'],
      ['Frank Pearl', 'said'],
    ]);
    expect(r.persons.map((p) => p.surname)).toContain('Ramirez');
    expect(r.persons.find((p) => p.surname === 'Cordoba')?.affiliation).toBe('Colombia');
  });
});

describe('sources written in lower case', () => {
  it('lets a lower-case source speak, inserted or not, and its he stay the source', () => {
    const r = extract(
      '1. (C) Chancellor Angela Merkel, source said, hopes to finish by Friday, a goal he described as ambitious. Merkel will travel, source said.\n',
    );
    expect(r.statements.map((s) => [s.speaker, s.cue])).toEqual([
      ['source', 'said'],
      ['source', 'described'],
      ['source', 'said'],
    ]);
  });
});

describe('addressees from the meeting', () => {
  it('gives what a host says in a reported meeting to the person met, and no one speaks to himself', () => {
    const r = extract(
      '1. (C) U/S Ellen Tauscher met with Defense Minister Bogdan Klich on February 8. Klich said the vote would pass. Tauscher made it clear that the missiles would stay. Klich told himself to wait.\n',
    );
    expect(r.statements.map((s) => [s.speaker, s.addressee])).toEqual([
      ['Bogdan Klich', 'Ellen Tauscher'],
      ['Ellen Tauscher', 'Bogdan Klich'],
      ['Bogdan Klich', 'Ellen Tauscher'],
    ]);
  });
});

describe('joined verbs, passives and sides', () => {
  it('gives a verb joined to a non-speech verb the sentence subject, drops passives, reads a side with its body', () => {
    const r = extract(
      '1. (C) Coordinator Gilles de Kerchove is in favor of an EU blessing, and said there is a precedent. Ambassador Clint Williamson briefed on the process called for by the orders. While emphasizing that Gilles de Kerchove had the lead, Riina Kionka raised concerns. However the Czech Presidency insisted on moving forward. Zebari responded by saying no.\n',
    );
    expect(r.statements.map((s) => [s.speaker.split(' ').at(-1), s.cue])).toEqual([
      ['Kerchove', 'said'],
      ['Williamson', 'briefed'],
      ['Kionka', 'emphasizing'],
      ['Kionka', 'raised'],
      ['Republic', 'insisted'],
      ['Zebari', 'responded'],
      ['Zebari', 'saying'],
    ]);
  });
});

describe('plural titles and parenthesised sides', () => {
  it('reads a plural title before names and a country in a parenthesised list, and no plural word as a surname', () => {
    const r = extract(
      '1. (C) MEPs Ursula Gacek (EPP-ED, Poland) and Sarah Ludford (ALDE, UK) met Senators Levin and Collins. Leaders Summit delegates and General Motors staff attended. Codel Snowe arrived.\n',
    );
    const by = Object.fromEntries(r.persons.map((p) => [p.surname, p]));
    expect(by.Gacek).toMatchObject({ titles: ['Member of the European Parliament'], affiliation: 'Poland' });
    expect(by.Ludford?.affiliation).toBe('United Kingdom');
    expect(by.Levin?.titles).toEqual(['Senator']);
    expect(by.Snowe?.affiliation).toBe('United States');
    expect(Object.keys(by)).not.toContain('Motors');
    expect(Object.keys(by)).not.toContain('Summit');
  });
});

describe('held-out round 2: antecedents, asides and offices', () => {
  const CAIRO =
    'R 211000Z JUL 08\nFM AMEMBASSY CAIRO\nTO SECSTATE WASHDC\n\nC O N F I D E N T I A L CAIRO 001637\n\nSUBJECT: TEST\n\n';
  it("keeps 'he' after a possessor of a thing, and reads no act in 'what Iran says'", () => {
    const r = extract(
      "1. (C) President Mubarak spoke of Sudan. Mubarak's top concern is Iran. He urged the U.S. to be wary of what Iran says. He said sanctions are best.\n",
      CAIRO,
    );
    expect(r.statements.map((s) => [s.speaker, s.cue])).toEqual([
      ['Mubarak', 'spoke'],
      ['Mubarak', 'urged'],
      ['Mubarak', 'said'],
    ]);
  });
  it("makes 'he' someone unnamed after a redacted speaker", () => {
    const r = extract(
      '1. (C) President Putin spoke at length. XXXXXXXXXXX claimed his view is not conjecture. He said it comes from hard numbers.\n',
      HEADER,
    );
    expect(r.statements.map((s) => s.speaker)).toEqual(['Putin']);
  });
  it('reads no subject inside an apposition or a party in parentheses, and no meeting inside what is told', () => {
    const r = extract(
      '1. (C) Hamburg Mayor Ole von Beust (CDU) told the Ambassador that he had met with Chancellor Merkel. Beust said she was angry. Justice Minister Leutheusser-Schnarrenberger, a strong proponent of privacy from the Free Democratic Party (FDP), welcomed the veto. The Minister stressed that data protection matters. Merkel expressed concerns to Beust.\n',
      'R 121709Z FEB 10\nFM AMEMBASSY BERLIN\nTO SECSTATE WASHDC\n\nC O N F I D E N T I A L BERLIN 000180\n\nSUBJECT: TEST\n\n',
    );
    expect(r.statements.map((s) => [s.speaker, s.cue, s.addressee])).toEqual([
      ['Ole von Beust', 'told', 'the Ambassador'],
      ['Ole von Beust', 'said', null],
      ['Leutheusser-Schnarrenberger', 'welcomed', null],
      ['Leutheusser-Schnarrenberger', 'stressed', null],
      ['Merkel', 'expressed', 'Ole von Beust'],
    ]);
  });
  it('gives a role to the holder of its exact title before one that ends with it', () => {
    const r = extract(
      '1. (C) General David Petraeus met Defense Minister Major General Ali. The General said the aid would grow.\n',
      HEADER,
    );
    expect(r.statements[0]?.speaker).toBe('David Petraeus');
  });
  it('reads names after a noun for a person, sides of appositive titles, and offices of the lexicon', () => {
    const r = extract(
      '1. (C) He was accompanied by department chief Fulvio Pompeo. Karzai replaced him with Sher Mohammed Akhunzada, a known warlord. The Ambassador said new ISAF Commander, General Stanley McChrystal, is a friend. MFAT State Secretary Tsogtbaatar met Prime Minister Al Maliki and Abu Mazen.\n',
      CAIRO,
    );
    const byName = Object.fromEntries(r.persons.map((p) => [p.surname, p]));
    expect(Object.keys(byName)).toEqual(
      expect.arrayContaining(['Pompeo', 'Akhunzada', 'McChrystal', 'Tsogtbaatar', 'Maliki', 'Abu Mazen']),
    );
    expect(byName.McChrystal?.affiliation).toBe('NATO');
    expect(byName.Tsogtbaatar).toMatchObject({ titles: ['State Secretary'], affiliation: 'Egypt' });
    expect(byName.Maliki?.affiliation).toBe('Iraq');
    expect(byName['Abu Mazen']?.affiliation).toBe('Palestinian Territories');
  });
});

describe('redacted speakers, targets and named pairs', () => {
  it('gives no statement to a redacted speaker, nor to the he after it, and none to "offered no"', () => {
    const r = extract(
      '1. (S) VFM Kim asked the Mongolians to support a dialogue. xxxxx stated that he had told Kim it was good. Kim offered no reaction.\n',
      HEADER,
    );
    expect(r.statements.map((s) => [s.speaker, s.cue])).toEqual([['Kim', 'asked']]);
  });
  it('reads the object of criticized as whom the words are about, no listener and no subject', () => {
    const r = extract(
      '1. (C) Minister Lavrov spoke to the press. Lavrov criticized President Kirchner for the delay, and said the talks would go on.\n',
      HEADER,
    );
    expect(r.statements.map((s) => [s.speaker, s.cue, s.addressee])).toEqual([
      ['Lavrov', 'spoke', null],
      ['Lavrov', 'criticized', null],
      ['Lavrov', 'said', null],
    ]);
  });
  it('names both persons of a pair written as one word, and historical states', () => {
    const r = extract(
      '1. (S) The Mongolians offered the example of the Soviet Union during the Reagan-Gorbachev era.\n',
      HEADER,
    );
    expect(r.persons.map((p) => [p.surname, p.affiliation]).sort()).toEqual([
      ['Gorbachev', 'Soviet Union'],
      ['Reagan', 'United States'],
    ]);
    expect(r.statements[0]).toMatchObject({ speaker: 'Mongolia', speaker_kind: 'group' });
  });
});

describe('held-out round 3: short forms of names, namesakes, embassies', () => {
  const RIYADH =
    'R 271200Z JAN 09\nFM AMEMBASSY RIYADH\nTO SECSTATE WASHDC\n\nS E C R E T RIYADH 000181\n\nSUBJECT: TEST\n\n';
  it('joins a given name written alone to the one person named in full with it', () => {
    const r = extract(
      '1. (C) Russian Ambassador Victor Gibinvish and Embassy Riyadh Pol/Mil Counselor Scott McGehee met Dr. Prince Turki Al-Kabeer. The exchange between the Russian Ambassador and Dr. Prince Turki was pointed.\n2. (C) Ambassador Gibinvish was able to say only one word before Prince continued, "The location is dangerous!" He urged that Russia act. Prince Turki said it was so.\n',
      RIYADH,
    );
    const byName = Object.fromEntries(r.persons.map((p) => [p.surname, p]));
    expect(Object.keys(byName).sort()).toEqual(['Al-Kabeer', 'Gibinvish', 'McGehee']);
    expect(byName['Al-Kabeer']).toMatchObject({ given: 'Turki', affiliation: 'Saudi Arabia' });
    expect(byName.McGehee).toMatchObject({
      affiliation: 'United States',
      titles: ['Political-Military Counselor'],
    });
    expect(r.statements.map((s) => [s.paragraph, s.speaker, s.cue])).toEqual([
      [2, 'Turki Al-Kabeer', 'continued'],
      [2, 'Turki Al-Kabeer', 'urged'],
      [2, 'Turki Al-Kabeer', 'said'],
    ]);
  });
  it('makes a first name and a known surname a second person of that surname', () => {
    const r = extract(
      "1. (S) President Ali Abdullah Saleh met Brennan. Ambassador Williamson described to Saleh's nephew, Deputy Director Ammar Saleh, the review process. Ammar proposed a transfer.\n",
      'R 230700Z MAR 09\nFM AMEMBASSY SANAA\nTO SECSTATE WASHDC\n\nS E C R E T SANAA 000495\n\nSUBJECT: TEST\n\n',
    );
    const salehs = r.persons.filter((p) => p.surname === 'Saleh').map((p) => p.given);
    expect(salehs.sort()).toEqual(['Ali Abdullah', 'Ammar']);
    expect(r.statements.find((s) => s.cue === 'proposed')?.speaker).toBe('Ammar Saleh');
  });
  it('restores apostrophes sent as commas, and reads no statement outside numbered paragraphs', () => {
    const r = extract(
      '-- HBJ said Qatar,s ties are close.\n\n1. (C) Prime Minister Hamad bin Jassim Al Thani said, "I don,t know." Qatar,s National Food Security Program grew.\n',
      'R 201214Z DEC 09\nFM AMEMBASSY DOHA\nTO SECSTATE WASHDC\n\nS E C R E T DOHA 000728\n\nSUBJECT: TEST\n\n',
    );
    expect(r.body).toContain("Qatar's National Food Security Program");
    expect(r.body).toContain("I don't know.");
    expect(r.persons.map((p) => p.surname)).toEqual(['Al Thani']);
    expect(r.statements.map((s) => [s.paragraph, s.cue])).toEqual([[1, 'said']]);
  });
});

describe('held-out round 4: a unit reporting on a neighbour, coordinated names', () => {
  it('gives unplaced persons the one country the TAGS and the subject name, and reads joined names', () => {
    const r = extract(
      '1. (S) TFG Prime Minister Sharmarke met UNPOS Deputy Charles Petrie. He spoke of warlords Mohammed Dheere and Indha Adde, and of the Air Force and Joint Staff.\n',
      'R 281200Z MAY 09\nFM AMEMBASSY NAIROBI\nTO SECSTATE WASHDC\n\nS E C R E T NAIROBI 001057\n\nTAGS: PGOV PTER SO\nSUBJECT: SOMALIA - TFG PRIME MINISTER WORRIED\n\n',
    );
    const byName = Object.fromEntries(r.persons.map((p) => [p.surname, p.affiliation]));
    expect(byName).toEqual({
      Sharmarke: 'Somalia',
      Petrie: 'United Nations',
      Dheere: 'Somalia',
      Adde: 'Somalia',
    });
  });
  it('keeps the host for officials of a cable only about another country', () => {
    const r = extract(
      '1. (C) Director General Stefano Ronca said Iran must answer.\n',
      'R 281200Z FEB 10\nFM AMEMBASSY ROME\nTO SECSTATE WASHDC\n\nC O N F I D E N T I A L ROME 000087\n\nTAGS: PREL IR\nSUBJECT: STAFFDEL KESSLER DISCUSSES IRAN WITH MFA\n\n',
    );
    expect(r.persons[0]).toMatchObject({ surname: 'Ronca', affiliation: 'Italy' });
  });
});

describe('held-out round 5: sons, lists of members, tasks and asides', () => {
  const CAIRO =
    'P 271153Z MAY 08\nFM AMEMBASSY CAIRO\nTO SECSTATE WASHDC\n\nC O N F I D E N T I A L CAIRO 001067\n\nTAGS: PREL EG\nSUBJECT: TEST\n\n';
  it('tells a notable from a relative named in full, unless both hold one title', () => {
    const r = extract(
      '1. (C) President Mubarak said "you cannot leave." Presidential son Gamal Mubarak agreed. Mubarak added that Egypt was patient. Gamal opined that the lines were clear.\n2. (C) Under Secretary Burns met the Minister. Under Secretary William Burns said the talks went well. Bill Burns added more.\n',
      CAIRO,
    );
    const mubaraks = r.persons.filter((p) => p.surname === 'Mubarak');
    expect(mubaraks.map((p) => p.given).sort()).toEqual(['Gamal', null].sort());
    const gamal = mubaraks.find((p) => p.given === 'Gamal');
    expect(r.statements.filter((s) => s.speaker === gamal?.name).map((s) => s.cue)).toEqual([
      'agreed',
      'opined',
    ]);
    expect(r.persons.filter((p) => p.surname === 'Burns')).toHaveLength(1);
  });
  it('gives a plural title to each name of its list, and a Congress seat its country', () => {
    const r = extract(
      '1. (C) Codel Baird consisted of Representatives Brian Baird (D-WA), Christopher Shays (R-CT), Peter DeFazio (D-OR), and Jim Cooper. Ambassadors Goldberg and Shapiro, Ticana and others attended.\n',
      CAIRO,
    );
    const byName = Object.fromEntries(r.persons.map((p) => [p.surname, p]));
    for (const name of ['Baird', 'Shays', 'DeFazio', 'Cooper']) {
      expect(byName[name]?.titles).toContain('Representative');
      expect(byName[name]?.affiliation).toBe('United States');
    }
    expect(byName.Ticana?.titles ?? []).not.toContain('Ambassador');
  });
  it('reads no person in a body named after a title', () => {
    const r = extract(
      '1. (C) Egyptian General Intelligence Service (EGIS) chief Omar Soliman said Egypt hopes to act.\n',
      CAIRO,
    );
    expect(r.persons.map((p) => p.name)).toEqual(['Omar Soliman']);
    expect(r.statements.map((s) => s.speaker)).toEqual(['Omar Soliman']);
  });
  it('reads a gerund after a task as no speech, and after a judgement of the speaker as speech', () => {
    const r = extract(
      '1. (C) Fillon argued that the president would need to be involved in explaining policy. Prince Torki was unequivocal in stating that Saudi Arabia would stay out.\n',
    );
    expect(r.statements.map((s) => `${s.speaker} ${s.cue}`)).toEqual(['Fillon argued', 'Torki stating']);
  });
  it('reads a lone surname paired by and with a lone surname as a person, and a notable under a slip', () => {
    const r = extract(
      '1. (C) Soliman said Egypt would encourage talks between Bashir and Deby. Leon said Zapatero wanted the ties that Aznar had with Khattami.\n',
      CAIRO,
    );
    const byName = Object.fromEntries(r.persons.map((p) => [p.surname, p.affiliation]));
    expect(byName).toMatchObject({ Bashir: 'Sudan', Deby: 'Chad', Khattami: 'Iran' });
  });
  it('keeps he with the speaker of the paragraph past a name inside a clause that that opens', () => {
    const r = extract(
      '1. (C) Fillon noted the instability of the Republic. This suggested that the PS should win, but Sarkozy had a chance because he was for change. He insisted that voters want change.\n',
    );
    expect(r.statements.map((s) => `${s.speaker} ${s.cue}`)).toEqual(['Fillon noted', 'Fillon insisted']);
  });
  it('gives a participle after a semicolon its own clause subject, and a person the words of a body set off after him', () => {
    const r = extract(
      '1. (C) Poloff mentioned our desire for more troops; Leon demurred on numbers, saying the count was open. Jacques Diouf, UN Food and Agriculture Organization, talked about the Food Summit.\n',
    );
    expect(r.statements.map((s) => `${s.speaker} ${s.cue}`)).toEqual([
      'Poloff mentioned',
      'Leon demurred',
      'Leon saying',
      'Jacques Diouf talked',
    ]);
  });
});

describe('held-out round 6: capitals, asides in parentheses, conditions, ranks', () => {
  it('reads a known given name with a verb-like ending in capitals, and a title before it', () => {
    const r = extract(
      '1. ATTORNEY ESSA MOOSA SAID MANDELA HAD PASSED THE PROPOSALS TO ALFRED NZO AND THABO MBEKI.\n',
    );
    expect(r.persons.map((p) => p.name).sort()).toEqual([
      'Alfred Nzo',
      'Essa Moosa',
      'Mandela',
      'Thabo Mbeki',
    ]);
    expect(r.persons.find((p) => p.surname === 'Moosa')?.titles).toEqual(['Attorney']);
  });
  it('reads a particle written in capitals as part of the surname', () => {
    const r = extract(
      '1. MANDELA EXPECTS PRESIDENT FW DE KLERK TO ACT. WHEN HE MET WITH MANDELA, DE KLERK PROVIDED PROPOSALS AND ASKED FOR A REPLY.\n',
    );
    expect(r.persons.find((p) => p.given === 'FW')?.surname).toBe('De Klerk');
    expect(r.statements.map((s) => `${s.speaker} ${s.cue}`)).toEqual(['FW De Klerk ASKED']);
  });
  it('takes no subject from a note in parentheses, and reads no speech in a condition or a meeting', () => {
    const r = extract(
      '1. (C) On March 28, CDA spoke with President Saleh (who was attending the Arab League summit) and confirmed the news. Moosa expressed concern that it would be bad if Jackson advocated lifting sanctions. Simon Manley and Nick Lowe (Head, Nuclear Issues Section, FCO) agreed.\n',
    );
    expect(r.statements.map((s) => `${s.speaker} ${s.cue}`).sort()).toEqual([
      "Charge d'Affaires confirmed",
      'Moosa expressed',
      'Nick Lowe agreed',
      'Simon Manley agreed',
    ]);
  });
  it('reads military ranks as written in capitals, and the holder of a title for a country', () => {
    const r = extract(
      '1. (S) They were joined by CDR James Dickie and CAPT Kevin Frank, and planned to meet visiting UN SRSG for Somalia Ahmedou Ould-Abdallah.\n',
    );
    const titles = Object.fromEntries(r.persons.map((p) => [p.surname, p.titles]));
    expect(titles).toMatchObject({
      Dickie: ['Commander'],
      Frank: ['Captain'],
      'Ould-Abdallah': ['Special Representative of the Secretary-General'],
    });
  });
});

describe('participant lists under side headings', () => {
  it('gives each person listed under a side heading that side, and none to a topic heading', () => {
    const r = extract(
      '1. (U) Participants:\nU.S.\nActing Assistant Secretary Jeffrey Feltman, NEA\nBarbara Masilko, Notetaker\nRussian Delegation:\nCol. Oleg Skabara\nDenis Davydov\n\n2. (S) Skabara said Iran was calm. Davydov agreed.\n',
    );
    const sides = Object.fromEntries(r.persons.map((p) => [p.surname, p.affiliation]));
    expect(sides).toEqual({
      Feltman: 'United States',
      Masilko: 'United States',
      Skabara: 'Russia',
      Davydov: 'Russia',
    });
  });
});

describe('held-out round 7: given names alone, opening clauses, Korean names', () => {
  it('joins a near spelling of a given name written alone to the person named in full', () => {
    const r = extract(
      "1. (C) Ambassador raised the points with the FM's Office Director, Shaykh Dr. Ahmad Naser Al Sabah, who asked about Iran. Shaykh Dr. Ahmed suggested that two issues were critical.\n",
    );
    expect(r.persons.map((p) => p.name)).toEqual(['Ahmad Naser Al Sabah']);
    expect(r.statements.map((s) => `${s.speaker} ${s.cue}`)).toContain('Ahmad Naser Al Sabah suggested');
  });
  it('gives a verb joined to the main one the main subject, not a name in an opening clause or an object', () => {
    const r = extract(
      '1. (C) The Ambassador pulled aside Foreign Minister Mohammed Al Sabah and raised our concerns. When Poloff challenged him, Julius Malema backed off and said it was a movie.\n',
    );
    // (`challenged him` is speech of its own, from round 100.)
    expect(r.statements.map((s) => `${s.speaker} ${s.cue}`)).toEqual([
      'the Ambassador raised',
      'Poloff challenged',
      'Julius Malema said',
    ]);
  });
  it('reads no speech in a noun after a possessive or before a modal', () => {
    const r = extract(
      '1. (C) Ali Larijani visited. His warning that GCC states should not help the US was in the papers.\n',
    );
    expect(r.statements).toEqual([]);
  });
  it('reads Mullah as a title and a person noun inside a side-named mention', () => {
    const r = extract(
      "1. (S) He asserted that Mullah Omar's intention was reform. Porter mentions former Taliban commander Arsullah Rahmani as a liaison.\n",
    );
    const byName = Object.fromEntries(r.persons.map((p) => [p.surname, p]));
    expect(byName.Omar?.titles).toEqual(['Mullah']);
    expect(byName.Rahmani?.affiliation).toBe('Taliban');
  });
  it('reads a Korean name with a two-part given name as a person, family name first, and a staff for a body', () => {
    const r = extract(
      "1. (C) KJI brother-in-law Chang Song-taek's addition mattered, as did Oh Kuk-ryul and the KPA General Staff. The Los Angeles-based group agreed.\n",
    );
    expect(r.persons.map((p) => p.surname).sort()).toEqual(['Chang', 'Oh']);
  });
});

describe('held-out round 8: the main clause after an opening one, given names in another order', () => {
  it('reads a demonym opening an apposition in lower case as the side, and keep X informed as no speech', () => {
    const r = extract(
      '1. (C) The visit followed an invitation from Ali Akbar Velayati, former Iranian foreign minister. Gellet surmised that Velayati wanted a channel, and asked that the USG keep France informed.\n',
    );
    expect(r.persons.find((p) => p.surname === 'Velayati')?.affiliation).toBe('Iran');
    expect(r.statements.map((s) => `${s.speaker} ${s.cue}`)).toEqual(['Gellet surmised', 'Gellet asked']);
  });
  it('takes he from the main clause speaker, and joins given names written in another order', () => {
    const r = extract(
      '1. (C) President Asif Ali Zardari met Senator John Kerry. When Kerry pointed out the Chinese threat, Zardari responded that tanks cannot go there. India has 4,700 tanks, he explained. Zardari said he recounted his visit to Iran.\n2. (U) Participants: President Ali Asif Zardari\n',
    );
    expect(r.persons.filter((p) => p.surname === 'Zardari')).toHaveLength(1);
    expect(r.statements.map((s) => `${s.speaker.split(' ').pop()} ${s.cue}`)).toEqual([
      'Kerry pointed out',
      'Zardari responded',
      'Zardari explained',
      'Zardari said',
      'Zardari recounted',
    ]);
  });
});

describe('held-out round 9: months after names, quoted speakers, roles of another side', () => {
  it('ends a name at a month before a day, and takes no sentence opener after a note for a name', () => {
    const r = extract(
      '1. (C) Ambassador Sobel met Brazilian Minister of Defense Nelson Jobim Feb. 13. Jobim agreed. (Note: more below. End Note.) Further, in official correspondence, the Ministry rejected the offer.\n',
    );
    expect(r.persons.map((p) => p.name).sort()).toEqual(['Nelson Jobim', 'Sobel']);
  });
  it('lets the one quoted as saying speak', () => {
    const r = extract(
      '1. (U) An article quoted General Petraeus as saying that batteries would go to four countries. In it, Sayyid Badr al Busaidi, Secretary General of the MFA, is quoted as saying the position is firm.\n',
    );
    expect(r.statements.map((s) => `${s.speaker.split(' ').pop()} ${s.cue}`)).toEqual([
      'Petraeus saying',
      'Busaidi saying',
    ]);
  });
  it('does not give a role of another side to the one person holding that title', () => {
    const r = extract(
      '1. (C) President Sarkozy will call Prime Minister Singh. The Australian Prime Minister said Australia stands with India.\n',
    );
    expect(r.statements.map((s) => `${s.speaker_kind} ${s.speaker}`)).toEqual(['role the Prime Minister']);
  });
});

describe('held-out round 10: appositions after a comma, headings in capitals, officers in the plural', () => {
  it('reads a full name after a person noun and a comma, and no name in a heading of ordinary words', () => {
    const r = extract(
      "1. (C) Also present was the party's political director, Yemane Ghebreab.\n2. (C) THE DEFENSE MINISTER CELEBRATES GROUNDHOG DAY\nThe Copenhagen Accord reiterated the objective.\n",
    );
    expect(r.persons.map((p) => p.name)).toEqual(['Yemane Ghebreab']);
  });
  it('takes he after a person brought in without a name for that person, not the last one named', () => {
    const r = extract(
      '1. (S) The CG met a prominent Western businessman who is close to the Governor of Asir, Prince Khalid bin Faisal. The businessman described the majlis. He informed the CG that the prince paints. Prince Khalid invited him to dinner.\n',
    );
    expect(r.statements.map((s) => `${s.speaker} ${s.cue}`)).toEqual(['Khalid bin Faisal invited']);
  });
  it('takes he after officers in the plural for the person named with them', () => {
    const r = extract(
      '1. (C) EmbOffs reinforced the points with the Dutch climate negotiator Sanne Kaasjager. He said the Netherlands would join the EU.\n',
    );
    expect(r.statements.map((s) => `${s.speaker} ${s.cue}`)).toEqual([
      'Emboff reinforced',
      'Sanne Kaasjager said',
    ]);
  });
});

describe('held-out round 11: companies named by their officers', () => {
  it('reads the word before a company officer title as the company, not a person', () => {
    const r = extract(
      '1. (C) Ambassador Sobel met Embraer CEO Federico Curado on January 30. Embraer proposed matching the sale. Curado cited this as a creative way.\n',
    );
    expect(r.persons.map((p) => p.surname).sort()).toEqual(['Curado', 'Sobel']);
  });
});

describe('held-out round 12: names before a titled name, keeping versus maintaining that', () => {
  it('takes no place before a comma and a titled name for a person, and maintaining ties for no speech', () => {
    const r = extract(
      '1. (SBU) Upon his arrival in Helmand, Governor Mangal focused on the government. He occasionally maintains longer office hours. Mangal maintained that the directors must act. Polmincouns asked Mangal about it.\n',
    );
    expect(r.persons.map((p) => p.surname)).toEqual(['Mangal']);
    expect(r.statements.map((s) => `${s.speaker} ${s.cue}`)).toEqual([
      'Mangal maintained',
      'Political Minister-Counselor asked',
    ]);
  });
});

describe('held-out round 13: a side and a noun for a person before a name', () => {
  it('reads the side before any noun for a person (Italian author, Russian crimelord)', () => {
    const r = extract(
      '1. (C) Bermejo claimed money talks. He added that Italian author Roberto Saviano has commented on it, and that Russian crimelord Gennadios Petrov was arrested.\n',
    );
    const sides = Object.fromEntries(r.persons.map((p) => [p.surname, p.affiliation]));
    expect(sides).toMatchObject({ Saviano: 'Italy', Petrov: 'Russia' });
  });
});

describe('held-out round 14: calling on a person', () => {
  it('reads calling on someone as a visit, and calling on someone to act as speech', () => {
    const r = extract(
      '1. (C) Ambassador Rivkin called on Minister Jean-Louis Borloo on February 11. Borloo called on the Europeans to drop the treaty.\n',
    );
    expect(r.statements.map((s) => `${s.speaker} ${s.cue}`)).toEqual(['Jean-Louis Borloo called']);
  });
});

describe('held-out round 15: damaged quotes, lead-ins, offices and modifiers', () => {
  it('does not let a stray closing quotation mark hide the statements after it', () => {
    const r = extract(
      '1. (U) Amado told reporters that the review found no firm evidence." Amado admitted that flights might have come through Portugal, but added that Portugal "has nothing to be ashamed of." According to the Minister, there is no evidence of illegal acts.\n',
    );
    expect(r.statements.map((s) => `${s.cue}: ${s.text}`)).toEqual([
      'told: reporters that the review found no firm evidence."',
      'admitted: flights might have come through Portugal',
      'added: Portugal "has nothing to be ashamed of."',
      'According to: there is no evidence of illegal acts',
    ]);
  });
  it('reads a verb of speaking after `went on to` or `hastened to` as said', () => {
    const r = extract(
      '1. (C) Foreign Minister Luis Amado spoke first. He went on to tell reporters that the flights were legal. Amado hastened to add that he trusted Washington. Amado wanted to tell the press more.\n',
    );
    expect(r.statements.map((s) => s.cue)).toEqual(['went on to tell', 'hastened to add']);
  });
  it('takes officers in the plural for a staff role, not a person', () => {
    const r = extract('1. (C) Poloffs asked Chinese officials about the case. Econoffs met the Minister.\n');
    expect(r.persons).toEqual([]);
    expect(r.statements.map((s) => `${s.speaker} ${s.speaker_kind}`)).toEqual(['Poloff role']);
  });
  it('reads a demonym after a compass word as a region, and an office between `and` and a name', () => {
    const r = extract(
      '1. (C) MFA Deputy Director General Chen Xu and Office of North American Affairs Counselor Deng Hongbo both emphasized that China hopes the visit will not be politicized. Vice Foreign Minister Yang Jiechi attended.\n',
      'R 011200Z MAR 07\nFM AMEMBASSY BEIJING\nTO SECSTATE WASHDC\n\nC O N F I D E N T I A L BEIJING 001668\n\nSUBJECT: TEST\n\n',
    );
    expect(r.persons.map((p) => `${p.surname} ${p.affiliation}`)).toEqual([
      'Chen China',
      'Deng China',
      'Yang China',
    ]);
    expect(r.statements.map((s) => s.speaker).sort()).toEqual(['Chen Xu', 'Deng Hongbo']);
  });
  it('takes an object pronoun for the last other person named, and a name before a noun for a person as no speaker', () => {
    const r = extract(
      '1. (S) Supreme Leader Khamenei only agreed to the visit after President Ahmadinejad urged him to do so. The Ahmadinejad advisor insisted to our contact that the terms were clear. He added that the regime felt burned.\n',
    );
    expect(r.statements.map((s) => `${s.speaker} ${s.cue} ${s.addressee}`)).toEqual([
      'Khamenei agreed null',
      'Ahmadinejad urged Khamenei',
    ]);
  });
  it('reads a name that ends in the word for a contest as no person', () => {
    const r = extract('1. (U) The team was to play in the Fajr Tournament in Tehran.\n');
    expect(r.persons).toEqual([]);
  });
});

describe('held-out round 16: companies, relative speakers, adverbs', () => {
  it("gives a company's officers the company for side, and reads no speech in concluding an agreement", () => {
    const r = extract(
      '1. (U) Naftohaz Chairman Oleh Dubyna and Gazprom Head Alexei Miller last week concluded another agreement. Miller concluded that the debt must be paid.\n',
    );
    expect(r.persons.map((p) => `${p.name}: ${p.affiliation}`)).toEqual([
      'Oleh Dubyna: Naftohaz',
      'Alexei Miller: Gazprom',
    ]);
    expect(r.statements.map((s) => `${s.speaker} ${s.cue}`)).toEqual(['Alexei Miller concluded']);
  });
  it('lets `who` speak for the person named before it, even one spoken to', () => {
    const r = extract(
      '1. (C) EconOff also spoke with Deputy Minister of Fuel and Energy Volodymyr Makukha who acknowledged that the company would stay. The Ambassador met Prime Minister Odinga, who said that the tanks would move.\n',
    );
    expect(r.persons.map((p) => p.name)).toEqual(['Volodymyr Makukha', 'Odinga']);
    expect(r.statements.map((s) => `${s.speaker} ${s.cue}`)).toEqual([
      'Volodymyr Makukha acknowledged',
      'Odinga said',
    ]);
  });
  it('does not take an adverb opening a sentence into a name', () => {
    const r = extract(
      '1. (S) Minister Konate visited Dadis Camara. Evidently Dadis also suffered from heart problems.\n',
    );
    expect(r.persons.map((p) => p.name)).toEqual(['Konate', 'Dadis Camara']);
  });
  it('reads sending a letter as writing to someone, and sending to a place as nothing said', () => {
    const r = extract(
      '1. (C) Idenov sent a letter of protest to Chevron CEO Dave O,Reilly. The firm was sent to Malaga on business.\n',
    );
    expect(r.body).toContain("Dave O'Reilly");
    expect(r.persons.map((p) => `${p.name}: ${p.affiliation}`).sort()).toEqual([
      "Dave O'Reilly: Chevron",
      'Idenov: null',
    ]);
    expect(r.statements.map((s) => `${s.speaker} ${s.cue} ${s.addressee}`)).toEqual([
      "Idenov sent Dave O'Reilly",
    ]);
  });
});

describe('held-out round 17: plural nouns, Arabic family names, compound demonyms', () => {
  it('reads a verb form that is also a plural noun as the noun where a noun phrase ends', () => {
    const r = extract(
      '1. (S) Iran is trying to counter the Saudi project to align the Sunni states. Press reports of the visit were wrong, Maliki said. He notes that Dawa stayed out. The press claims about it are false.\n',
    );
    expect(r.persons.map((p) => p.name)).toEqual(['Maliki']);
    expect(r.statements.map((s) => `${s.speaker} ${s.cue}`)).toEqual(['Maliki said', 'Maliki notes']);
  });
  it('takes a capitalised word before an al- family name for a person, but not a place, a feast or a compound given name', () => {
    const r = extract(
      '1. (S) Ten senior Sunnis attended, including Rafi al-Issawi. They met near Shatt al-Arab after Eid al-Fitr. The funds of Saif al-Islam were frozen.\n',
    );
    expect(r.persons.map((p) => p.name)).toEqual(['Rafi al-Issawi']);
  });
  it('reads Bosnian Serb as Bosnian, and an office of the Department as the United States', () => {
    const r = extract(
      '1. (C) Bosnian Serb leader Ratko Mladic is at large. Chief of Police Aleksandar Kostic told visiting S/WCI representative Julie Vibul-Jolles that the search goes on.\n',
      'R 081200Z MAY 09\nFM AMEMBASSY BELGRADE\nTO SECSTATE WASHDC\n\nC O N F I D E N T I A L BELGRADE 000399\n\nSUBJECT: TEST\n\n',
    );
    expect(r.persons.map((p) => `${p.name}: ${p.affiliation}`)).toEqual([
      'Ratko Mladic: Bosnia and Herzegovina',
      'Aleksandar Kostic: Serbia',
      'Julie Vibul-Jolles: United States',
    ]);
  });
});

describe('held-out round 18: noun phrases as subjects, offices set off after a name', () => {
  it('takes a noun phrase opened by an article for the subject, not the person named before it', () => {
    const r = extract(
      '1. (S) Welch underlined that the U.S. sought a practical approach, and the Moroccan autonomy proposal offered such a possibility. Jobim told Ambassador Sobel that the Brazilian government shared the concern. Minister Boko at an earlier meeting revealed the plan.\n',
    );
    expect(r.statements.map((s) => `${s.speaker} ${s.cue}`)).toEqual([
      'Welch underlined',
      'Jobim told',
      'Boko revealed',
    ]);
  });
  it('lets the person speak whose office is set off after the name', () => {
    const r = extract(
      '1. (C) In contrast, Nicolas Suran, DCM at the French embassy, categorized the visit as a success and offered us the following readout. He swore it was true.\n',
    );
    expect(r.statements.map((s) => `${s.speaker} ${s.cue}`)).toEqual([
      'Nicolas Suran categorized',
      'Nicolas Suran offered',
      'Nicolas Suran swore',
    ]);
  });
  it('finds the one spoken to after words that describe him, and after `with` where a matter was raised', () => {
    const r = extract(
      '1. (C) Chief of Police Aleksandar Kostic told visiting S/WCI representative Julie Vibul-Jolles May 5 that the search goes on. Suran said Gueant and Levitte raised human rights and political prisoners with President Asad.\n',
    );
    expect(
      r.statements
        .filter((s) => s.cue !== 'said')
        .map((s) => `${s.speaker} ${s.cue} ${s.addressee}: ${s.text}`),
    ).toEqual([
      'Aleksandar Kostic told Julie Vibul-Jolles: May 5 that the search goes on',
      'Levitte raised Asad: human rights and political prisoners',
    ]);
  });
  it("takes the side of a country's body named inside an apposition", () => {
    const r = extract(
      '1. (C) In contrast, Nicolas Suran, DCM at the French embassy, categorized the visit as a success.\n',
      'R 181200Z JUN 08\nFM AMEMBASSY DAMASCUS\nTO SECSTATE WASHDC\n\nC O N F I D E N T I A L DAMASCUS 000427\n\nSUBJECT: TEST\n\n',
    );
    expect(r.persons.map((p) => `${p.name}: ${p.affiliation}`)).toEqual(['Nicolas Suran: France']);
  });
});

describe('held-out round 19: redacted sources', () => {
  it('gives no named person the verbs joined to a redacted source opening the sentence', () => {
    const r = extract(
      '1. (S/NF) Summary: A XXXXXXXXXXXX diplomat assessed reports that Muammar al-Qadhafi was ill as "unreliable" and speculated that they were invented. XXXXXXXXXXXX described the meeting: Kim refrained from criticism and stated that talks should resume.\n',
    );
    expect(r.statements.map((s) => `${s.speaker} ${s.cue}`)).toEqual(['Kim stated']);
  });
  it('reads a government acronym shared by several countries as the host country or the one the cable names', () => {
    const tehran = extract(
      '1. (S) The GOI refused the visas. Iran wanted control; Iran feared a replay.\n',
      'R 061200Z FEB 09\nFM AMCONSUL ISTANBUL\nTO SECSTATE WASHDC\n\nS E C R E T ISTANBUL 000083\n\nSUBJECT: TEST\n\n',
    );
    expect(tehran.organizations.map((o) => o.name)).toEqual(['Government of Iran']);
    const brasilia = extract(
      "1. (C) The GOB's position has not changed.\n",
      'R 061200Z FEB 09\nFM AMEMBASSY BRASILIA\nTO SECSTATE WASHDC\n\nC O N F I D E N T I A L BRASILIA 000236\n\nSUBJECT: TEST\n\n',
    );
    expect(brasilia.organizations.map((o) => o.name)).toEqual(['Government of Brazil']);
  });
  it("gives a person named after a phrase that makes him someone's staff that someone's side", () => {
    const r = extract(
      "1. (C) The visit of the secretary general of President Sarkozy's office, Claude Gueant, and Sarkozy's chief diplomatic advisor, Jean-David Levitte, was news. In Gueant's opinion, Foreign Minister Muallem was tired.\n",
      'R 181200Z JUN 08\nFM AMEMBASSY DAMASCUS\nTO SECSTATE WASHDC\n\nC O N F I D E N T I A L DAMASCUS 000427\n\nSUBJECT: TEST\n\n',
    );
    expect(r.persons.map((p) => `${p.name}: ${p.affiliation}`)).toEqual([
      'Sarkozy: France',
      'Claude Gueant: France',
      'Jean-David Levitte: France',
      'Muallem: Syria',
    ]);
  });
});

describe('held-out round 20: offices by their short forms, opening clauses, negation', () => {
  it('reads military ranks without full stops, SecDef and the CP as the persons who hold those offices', () => {
    const r = extract(
      '1. (S) Secretary of Defense Robert Gates (SecDef) met Crown Prince Shaikh Salman bin Hamad al Khalifa. The CP asked about THAAD. Lt Gen Mike Hostage replied that it would come. SecDef thanked him.\n',
    );
    expect(r.persons.map((p) => p.name)).toEqual([
      'Robert Gates',
      'Salman bin Hamad al Khalifa',
      'Mike Hostage',
    ]);
    expect(said(r)).toEqual([
      '1 Salman bin Hamad al Khalifa asked → Robert Gates',
      '1 Mike Hostage replied',
      '1 Robert Gates thanked → Mike Hostage',
    ]);
  });
  it('gives an opening participle to the subject a comma sets off, not to a name inside its clause', () => {
    const r = extract(
      '1. (C) Noting that Sheikh Qabalan, head of the Council, had urged Berri to meet Saad Hariri, Walid Jumblatt said the dialogue mattered. "They should have met," he stated.\n',
    );
    expect(said(r)).toEqual([
      '1 Walid Jumblatt Noting',
      '1 Qabalan urged → Berri',
      '1 Walid Jumblatt said',
      '1 Walid Jumblatt stated',
    ]);
  });
  it('reports nothing negated with yet, asked of someone, or requested by a letter', () => {
    const r = extract(
      '1. (C) Minister Rizk said the cabinet had not yet agreed. Jumblatt was silent when asked about it. The GOL will send a letter to the UNSC requesting an extension, Rizk reported.\n',
    );
    expect(said(r)).toEqual(['1 Rizk said', '1 Rizk reported']);
  });
  it('goes on from the speaker where a verb after a comma follows words that name a body', () => {
    const r = extract(
      '1. (S) Mohammed Chatah said there was no clear strategy within the GOL on how to approach the problem, cited some disagreement between ministers.\n',
    );
    expect(said(r)).toEqual(['1 Mohammed Chatah said', '1 Mohammed Chatah cited']);
  });
  it('lets two subjects joined by and both speak, to the person named before them', () => {
    const r = extract(
      '1. (C) Crown Prince Salman welcomed the plan. Lt Gen Mike Hostage and the Charge thanked him for the troops.\n',
    );
    expect(said(r)).toContain('1 Mike Hostage thanked → Salman');
  });
  it("reads the side of a person from `of Country` after the name and from a body's office in the possessive", () => {
    const r = extract(
      "1. (C) He spoke with President Sharif of Somalia's Transitional Federal Government. He hoped that NATO's new Senior Civilian Representative, Ambassador Mark Sedwill, could help.\n",
      'R 121318Z FEB 10\nFM AMEMBASSY ROME\nTO SECSTATE WASHDC\n\nS E C R E T ROME 000173\n\nSUBJECT: TEST\n\n',
    );
    expect(r.persons.map((p) => `${p.name}: ${p.affiliation}`)).toEqual([
      'Sharif: Somalia',
      'Mark Sedwill: NATO',
    ]);
  });
  it('keeps the he of an unnamed opener after a conjunction, and an office that opens the sentence', () => {
    const r = extract(
      '1. (S) The CG met a businessman in May. When the businessman arrived to meet Prince Khalid he was surprised. He confided to the CG that the prince was cheap.\n\n2. (S) The King appeared alert, throwing up his hands when asked about his horses: "I see them on television," he said.\n',
    );
    expect(said(r)).toEqual(['2 the King said']);
  });
  it('reads new verbs of speech, and rejoined only before words', () => {
    const r = extract(
      '1. (C) President Karzai interjected that Atmar should act. Hamdard rejoined Dostum\'s forces. Senator Wicker rejoined "we could make news!" General Ward commended Spain for its help.\n',
    );
    expect(said(r)).toEqual(['1 Karzai interjected', '1 Wicker rejoined', '1 Ward commended']);
  });
});

describe('held-out round 21: double family names, aliases, bodies before a role', () => {
  it('cites a name with two family names by the first where the cable writes it alone, and keeps the full name', () => {
    const r = extract(
      '1. (C) The DCM met United Nations representative Jose Manuel Martinez Morales. Mr. Martinez observed that President Morales was firm. Mr. Martinez agreed.\n',
    );
    expect(r.persons.map((p) => `${p.name} (${p.surname}): ${p.affiliation}`)).toEqual([
      'Jose Manuel Martinez Morales (Martinez): United Nations',
      'Morales (Morales): Bolivia',
    ]);
    // (Written alone more often, the last family name stays the surname.)
    const last = extract(
      '1. (C) MP David Penytoo Ocheng told us. Ocheng said no. Ocheng added more. Penytoo left.\n',
    );
    expect(last.persons.map((p) => p.surname)).toEqual(['Ocheng']);
  });
  it('reads the side of a body before a role with its object, and a possessed adjective as no verb', () => {
    const r = extract(
      "1. (C) He met European Union chief of mission Ambassador Andrew Standley, who criticized the GOB's announced plan.\n",
    );
    expect(r.persons.map((p) => `${p.name}: ${p.affiliation}`)).toEqual(['Andrew Standley: European Union']);
    expect(said(r)).toEqual(['1 Andrew Standley criticized']);
  });
  it('joins a name given with aka to the person, and reads who after an apposition as the person described', () => {
    const r = extract(
      "1. (S) Intelligence chief Eduardo Linares (aka Douglas Santamaria) was weak. Ambassador Standley met with Pablo Solon, Bolivia's Ambassador at large for trade, who assured him the study would go on.\n",
    );
    expect(r.persons.map((p) => p.name)).toEqual(['Eduardo Linares', 'Standley', 'Pablo Solon']);
    expect(said(r)).toEqual(['1 Pablo Solon assured → Standley']);
  });
  it('reads an emphatic did, lead-ins with at length, and verbs of speech the lexicon lacked', () => {
    const r = extract(
      '1. (C) Zhang Yannian inveighed against the claim. While not stating it, he did imply that China was hurt. Zhang went on at length to explain the loan. "Russia is a neighbor," he intoned. Commenting on the lunch, Zhang noted the mood.\n',
    );
    expect(said(r).map((x) => x.split(' ').slice(-1)[0])).toEqual([
      'inveighed',
      'imply',
      'explain',
      'intoned',
      'Commenting',
      'noted',
    ]);
  });
});

describe('held-out round 22: offices with a side, companies, she', () => {
  it('reads `the Canadian Ambassador` as the Canadian ambassador the cable named', () => {
    const r = extract(
      '1. (S) Ambassador Godec met UK Ambassador Chris O\'Connor and Canadian Ambassador Bruno Picard.\n\n2. (S) The Canadian Ambassador said it was "crap." The UK Ambassador opined that torture was used, contrary to GOT claims.\n',
    );
    expect(said(r)).toEqual(['2 Bruno Picard said', "2 Chris O'Connor opined"]);
  });
  it("gives a company's officer the company's side, and reads `their states have` as a noun", () => {
    const r = extract(
      "1. (S) Shell's Vice President for Africa, Ann Pickard, said attacks did little harm. Governors in Delta and Bayelsa states have done better.\n",
    );
    expect(r.persons.map((p) => `${p.name}: ${p.affiliation}`)).toEqual(['Ann Pickard: Shell']);
    expect(said(r)).toEqual(['1 Ann Pickard said']);
  });
  it('gives `she` to a woman who spoke in the paragraph before a person of unknown sex', () => {
    const r = extract(
      '1. (C) Ann Pickard said she had concerns. She claimed the attacks grew. Amaechi has more militants than Uduaghn. (Note: She did remark that one leader was not settled.)\n',
    );
    expect(said(r)).toEqual(['1 Ann Pickard said', '1 Ann Pickard claimed', '1 Ann Pickard remark']);
  });
  it('reads a verb joined to a passive after `when` as passive, and `our shared goals` as no verb', () => {
    const r = extract(
      '1. (C) Ambassador Zhang said the program would be transparent when finished and announced to the press. Ambassador Mozena raised a project symbolic of our shared goals.\n',
    );
    expect(said(r)).toEqual(['1 Zhang said', '1 Mozena raised']);
  });
});

describe('held-out round 23: bodies named with of, Korean given names, redacted openers', () => {
  it('reads a capitalised word after `Ministry of` as the body, and UN missions and breakaway regions as such', () => {
    const r = extract(
      '1. (C) The Ministry of Reintegration has said the Abkhaz side has asked UNOMIG to withdraw. President Saakashvili reported that planes bombed Gori, calling this "pure terror."\n',
    );
    expect(r.persons.map((p) => p.name)).toEqual(['Saakashvili']);
    expect(said(r)).toEqual([
      '1 Ministry of Reintegration said',
      '1 Saakashvili reported',
      '1 Saakashvili calling',
    ]);
  });
  it('keeps apart given names of hyphenated syllables, and gives a redacted opener its own he', () => {
    const r = extract(
      "1. (S) XXXXXXXXXXXX believes that the third son, Kim Jong-un, favored the reform, not Kim Jong-il's first son. XXXXXXXXXXXX drew parallels to the tests, which he said were part of it. Bajic said the files came late. XXXXXXXXXXXX and others were uncooperative, he said.\n",
    );
    expect(r.persons.map((p) => p.name)).toEqual(['Kim Jong-un', 'Kim Jong-il', 'Bajic']);
    expect(said(r)).toEqual(['1 Bajic said', '1 Bajic said']);
  });
});

describe('held-out round 24: given names cited, appositions, emphatic did', () => {
  const BANGKOK =
    'R 121200Z FEB 09\nFM AMEMBASSY BANGKOK\nTO SECSTATE WASHDC\n\nS E C R E T BANGKOK 000385\n\nSUBJECT: TEST\n\n';
  it('cites a Thai person by the given name the cable writes alone, and reads the side before a role', () => {
    const r = extract(
      '1. (S) The Ambassador met Prime Minister Abhisit Vejjajiva on Russian international arms trafficker Viktor Bout. Abhisit told the Ambassador he would act. Abhisit agreed.\n',
      BANGKOK,
    );
    expect(r.persons.map((p) => `${p.name} (${p.surname}): ${p.affiliation}`)).toEqual([
      'Abhisit Vejjajiva (Abhisit): Thailand',
      'Viktor Bout (Bout): Russia',
    ]);
    expect(said(r)).toEqual(['1 Abhisit Vejjajiva told → the Ambassador', '1 Abhisit Vejjajiva agreed']);
  });
  it('gives the verb after an apposition with a body and an office to the name before it', () => {
    const r = extract(
      '1. (C) Joshua Matlou, ANC Youth League (ANCYL) Provincial Chairperson, told PolAsst that it would be useless. ANC Regional Chairperson Dickson Masemola is pro-Mbeki.\n',
    );
    expect(said(r)).toEqual(['1 Joshua Matlou told → Political Assistant']);
  });
  it('reads `but did admit` as the subject before, a participle after unnamed speakers as theirs, and `these alleged remarks`', () => {
    const r = extract(
      "1. (C) Julius Malema never explained why, but did admit that Zuma was a victim. The regional leadership insisted, arguing that they could defend him. Malema contrasted these alleged remarks with Russia's acts.\n",
    );
    expect(said(r)).toEqual(['1 Julius Malema admit']);
  });
  it('reads `END COMMENT) When asked ..., he said` with the opening clause after the aside', () => {
    const r = extract(
      '1. (C) Julius Malema spoke. (COMMENT: He wore a sweatshirt. END COMMENT) When asked what happens if Zuma goes to jail, he said they would accept it.\n',
    );
    expect(said(r)).toContain('1 Julius Malema said');
    expect(said(r)).not.toContain('1 Zuma said');
  });
});

describe('held-out round 25: sides by from and by an apposition, a possessed source', () => {
  const HAMBURG =
    'R 141200Z DEC 06\nFM AMCONSUL HAMBURG\nTO SECSTATE WASHDC\n\nC O N F I D E N T I A L HAMBURG 000085\n\nSUBJECT: TEST\n\n';
  it('reads the side of `X from Scotland Yard`, `X, a Russian,` and a demonym before a role of two words', () => {
    const r = extract(
      '1. (C) Director Thomas Menzel stated that Stuart Goodwin from Scotland Yard had come. Abousaeda Mustafa, a Russian, informed the airport of the sale. Russian crime boss Semyon Mogilevich was named.\n',
      HAMBURG,
    );
    expect(r.persons.map((p) => `${p.name}: ${p.affiliation}`)).toEqual([
      'Thomas Menzel: Germany',
      'Stuart Goodwin: United Kingdom',
      'Abousaeda Mustafa: Russia',
      'Semyon Mogilevich: Russia',
    ]);
    expect(said(r)).toEqual(['1 Thomas Menzel stated', '1 Abousaeda Mustafa informed']);
  });
  it("reads `according to X's business card` as no statement of X", () => {
    const r = extract(
      "1. (C) Hussein Obeid runs Shahed, which according to Obeid's business card provides air services. According to Obeid, it is small.\n",
    );
    expect(said(r)).toEqual(['1 Hussein Obeid According to']);
  });
});

describe('held-out round 26: companies, an apposition before the person is known, adverbs before a particle', () => {
  it("gives a company's lawyers the company's side and a citizen's apposition its country", () => {
    const r = extract(
      '1. (C) Pfizer lawyers Joe Petrosinelli and Atiba Adams reported a settlement. Begg, a British citizen of Pakistani origin, met the Minister. Begg spoke almost exclusively of the future.\n',
      'R 141200Z JAN 10\nFM AMEMBASSY LUXEMBOURG\nTO SECSTATE WASHDC\n\nC O N F I D E N T I A L LUXEMBOURG 000005\n\nSUBJECT: TEST\n\n',
    );
    expect(r.persons.map((p) => `${p.name}: ${p.affiliation}`)).toEqual([
      'Joe Petrosinelli: Pfizer',
      'Atiba Adams: Pfizer',
      'Begg: United Kingdom',
    ]);
    expect(said(r)).toEqual(['1 Atiba Adams reported', '1 Joe Petrosinelli reported', '1 Begg spoke']);
  });
});

describe('held-out round 27: a first paragraph without its number, calling in quotes, descriptions in appositions', () => {
  it('numbers 1 a marked paragraph that lost its number before paragraph 2', () => {
    const r = extract(
      '(SBU) In response, Political Director Ivo Sramek noted that he was pleased.\n\n2. (C) Following this meeting, Ivan Pocuch told emboff that the paper was ready.\n',
    );
    expect(r.paragraphs.map((p) => p.number)).toEqual([1, 2]);
    expect(said(r)).toEqual(['1 Ivo Sramek noted', '2 Ivan Pocuch told → Emboff']);
  });
  it('reads naming in quotes as speech, but not after what or which', () => {
    const r = extract(
      '1. (S) Teesalu welcomed the plan and called it an "early Christmas present." He was shocked by what Prince Khalid called a "tip."\n',
    );
    expect(said(r)).toEqual(['1 Teesalu welcomed', '1 Teesalu called']);
  });
  it('gives the verb after a description in an apposition to the person it describes', () => {
    const r = extract(
      '1. (C) Yolanda Pulecio, mother of FARC hostage and former candidate Ingrid Betancourt, called Cano a "cultured" man and said he would help.\n',
    );
    expect(said(r)).toEqual(['1 Yolanda Pulecio called', '1 Yolanda Pulecio said']);
  });
});

describe('held-out round 28: a participle after a comma goes on from the speaker before it', () => {
  it('gives the participle the speaker of the verb before it, not the office that opens the sentence', () => {
    const r = extract(
      '1. (C) State Chancery Minister Siegfried Schneider emphasized the troops. Federal Health Minister from 1992 to 1998, Horst Seehofer expressed interest in the reform, expressing his concern about the uninsured.\n',
    );
    expect(said(r)).toEqual([
      '1 Siegfried Schneider emphasized',
      '1 Horst Seehofer expressed',
      '1 Horst Seehofer expressing',
    ]);
  });
});

describe('held-out round 29: quoted names, redacted openers, local offices, bodies named for persons', () => {
  it('takes no subject from a name inside a quotation, and keeps the redacted opener as the next he', () => {
    const r = extract(
      '1. (C) xxxxxxxxxxxx, in his late fifties, declared, "Ahmadinejad will be out and Moussavi will be president." He repeated himself. Underscoring his dislike, he said, "They can all go to hell."\n',
    );
    expect(said(r)).toEqual([]);
  });
  it('reads a local office before Secretary as not American, and an airport named for someone as no person', () => {
    const r = extract(
      '1. (U) Municipal Secretary for Development Felipe Goes said the moment was magic. Officials visited the Antonio Carlos Jobim International Airport.\n',
      'R 181200Z SEP 09\nFM AMCONSUL RIO DE JANEIRO\nTO SECSTATE WASHDC\n\nUNCLAS RIO DE JANEIRO 000311\n\nSUBJECT: TEST\n\n',
    );
    expect(r.persons.map((p) => `${p.name}: ${p.affiliation}`)).toEqual(['Felipe Goes: Brazil']);
  });
});

describe('held-out round 30: a name with a number after it', () => {
  it("reads `the Kang Nam 1 affair` and `Gates 1 and 31` as no persons, but keeps `Yushchenko's 2004 campaign`", () => {
    const r = extract(
      "1. (S) The Kang Nam 1 affair put everything on hold. Trucks crossed at Gates 1 and 31. Viktor Yushchenko's 2004 campaign was strong.\n",
    );
    expect(r.persons.map((p) => p.name)).toEqual(['Viktor Yushchenko']);
  });
});

describe('held-out round 31: offices of parliaments, answers, short forms in parentheses', () => {
  it('reads `Speaker of Parliament Jordanovski` as a titled person and `The Hague` as no person', () => {
    const r = extract(
      '1. (C) Buckovski spoke by phone with DPA Vice President Menduh Thaci, and with Speaker of Parliament Jordanovski, to arrange the return. Prcevski would travel to The Hague on February 2.\n',
    );
    expect(r.persons.find((p) => p.surname === 'Jordanovski')?.titles).toEqual(['Speaker of Parliament']);
    expect(r.persons.map((p) => p.surname)).not.toContain('Hague');
  });
  it('counts an answer that opens the sentence as the speech of the subject after it', () => {
    const r = extract(
      "1. (C) Responding to the Ambassador's request for an update, Buckovski said that the prosecutor would meet ICTY investigators. Responding to Ambassador Hill's question, Talabani said no. Responding to public pressure, Funes sent troops.\n",
    );
    expect(said(r)).toEqual([
      '1 Buckovski Responding',
      '1 Buckovski said',
      '1 Talabani Responding → Hill',
      '1 Talabani said',
    ]);
  });
  it("reads past a title's short form in parentheses to the holder, but not past a rank", () => {
    const r = extract(
      '1. (S) Syrian Vice Foreign Minister (V/FM) Miqdad expressed surprise. He argued that Israel was the threat. Chief of Staff (COS) Major General Hamad al-Attiyah agreed.\n',
    );
    expect(r.persons.find((p) => p.surname === 'Miqdad')).toMatchObject({
      titles: ['Vice Foreign Minister'],
      affiliation: 'Syria',
    });
    expect(r.persons.map((p) => p.surname)).not.toContain('Major');
    expect(said(r)).toEqual(['1 Miqdad expressed', '1 Miqdad argued', '1 Hamad al-Attiyah agreed']);
  });
  it('takes a lone name after a noun for a person as a person, not a party or a body', () => {
    const r = extract(
      '1. (S) Zardari had told him that ISI director Kiyani will take him out. The decision to head United Russia was made by the official SEDENA board.\n',
    );
    expect(r.persons.map((p) => p.surname).sort()).toEqual(['Kiyani', 'Zardari']);
  });
});

describe("held-out round 32: initials for a name, the host country's office, nicknames, companions", () => {
  it('reads `Amadou Toumani Toure (ATT)` and then `ATT said` as that person, not a company', () => {
    const r = extract(
      '1. (S) The Ambassador met with Malian President Amadou Toumani Toure (ATT) to discuss security. ATT said the rebellion had ended. The Christian Social Union (CSU) disagreed.\n',
    );
    expect(said(r)).toEqual(['1 Amadou Toumani Toure said']);
    expect(r.persons.map((p) => p.name)).toEqual(['Amadou Toumani Toure']);
  });
  it('takes `the President` named in no paragraph before for the one of the host country', () => {
    const r = extract(
      '1. (S) President Amadou Toure of Mali met Algerian President Bouteflika and Mauritanian President Aziz.\n\n2. (S) The President said he shares our views.\n',
      'R 271200Z NOV 09\nFM AMEMBASSY BAMAKO\nTO SECSTATE WASHDC\n\nS E C R E T BAMAKO 000776\n\nSUBJECT: TEST\n\n',
    );
    expect(said(r)).toEqual(['2 Amadou Toure said']);
  });
  it('passes over a nickname in quotes inside a name, and keeps a regnal number in capitals', () => {
    const r = extract(
      '1. (S) General William E. ("Kip") Ward met King MOHAMMED VI. Ward said the visit went well.\n',
    );
    expect(r.persons.map((p) => p.name)).toEqual(['William E. Ward', 'Mohammed VI']);
    expect(said(r)).toEqual(['1 William E. Ward said → Mohammed VI']);
  });
  it('gives those who accompany a side that side, but not the ones met', () => {
    const r = extract(
      '1. (S) The Ambassador was accompanied by Foreign Policy Advisor Dr. Raymond Brown and Colonel Frank Childress. Lula conversed with the Ambassador, and was accompanied by Foreign Minister Celso Amorim.\n',
      'R 271200Z NOV 09\nFM AMEMBASSY BRASILIA\nTO SECSTATE WASHDC\n\nS E C R E T BRASILIA 000776\n\nSUBJECT: TEST\n\n',
    );
    const side = Object.fromEntries(r.persons.map((p) => [p.surname, p.affiliation]));
    expect(side).toMatchObject({ Brown: 'United States', Childress: 'United States', Amorim: 'Brazil' });
  });
});

describe('held-out round 33: lists of subjects, governments in mixed case, staff roles in a run of names', () => {
  const ADDIS =
    'R 311200Z JAN 10\nFM AMEMBASSY ADDIS ABABA\nTO SECSTATE WASHDC\n\nC O N F I D E N T I A L ADDIS ABABA 000163\n\nSUBJECT: TEST\n\n';
  it('gives each subject of a list its statement', () => {
    const r = extract(
      "1. (C) In response to Meles' comments, U/S Otero, A/S Carson, and Ms. Gavin noted that the elections would be watched. Meles said he received Otero, Carson and Gavin.\n",
      ADDIS,
    );
    expect(said(r).sort()).toEqual(['1 Carson noted', '1 Gavin noted', '1 Meles said', '1 Otero noted']);
  });
  it('reads `GoE` as the government of the host country, and gives its officials that side', () => {
    const r = extract(
      '1. (C) The GoE has made clear that nothing can protect them. GOE Finance Secretary Abebe Kebede said so.\n',
      ADDIS,
    );
    expect(said(r)).toEqual(['1 Government of Ethiopia made clear', '1 Abebe Kebede said']);
    expect(r.persons[0]?.affiliation).toBe('Ethiopia');
  });
  it('ends a run of names at a staff role, and knows offices such as Special Assistant', () => {
    const r = extract(
      '1. (C) Participants:\nU.S. Under Secretary Otero NSC Senior Director for African Affairs Michelle Gavin PolOff Skye Justice\nEthiopia Prime Minister Meles Zenawi Special Assistant Gebretensae Gebremichael\n',
      ADDIS,
    );
    const names = r.persons.map((p) => `${p.name}: ${p.titles.join(', ')}`);
    expect(names).toContain('Michelle Gavin: Senior Director');
    expect(names).toContain('Gebretensae Gebremichael: Special Assistant');
    expect(r.persons.find((p) => p.given === 'Meles')?.surname).toBe('Zenawi');
  });
});

describe('held-out round 34: a government body as the portfolio, local offices, praise and derision', () => {
  const OTTAWA =
    'R 031200Z JUL 08\nFM AMEMBASSY OTTAWA\nTO SECSTATE WASHDC\n\nS E C R E T OTTAWA 000918\n\nSUBJECT: TEST\n\n';
  it('places a holder by the government body that is the portfolio, and a council secretary at home', () => {
    const r = extract(
      '1. (S) Counselor of the State Department Cohen met CSIS Director Jim Judd. Privy Council Deputy Secretary David Mulroney leads the interagency. President of the Congress Jose Bono agreed.\n',
      OTTAWA,
    );
    const side = Object.fromEntries(r.persons.map((p) => [p.surname, p.affiliation]));
    expect(side).toMatchObject({ Cohen: 'United States', Mulroney: 'Canada', Bono: 'Canada' });
  });
  it('counts derision and credit given as statements', () => {
    const r = extract(
      "1. (S) Judd derided recent judgments in Canada's courts. Judd credited Prime Minister Stephen Harper's government for pressing ahead.\n",
      OTTAWA,
    );
    expect(said(r)).toEqual(['1 Judd derided', '1 Judd credited']);
  });
});

describe('held-out round 35: participles going on from a statement, nouns after possessives, bodies', () => {
  it('counts `agreeing`, `highlighting` only where they go on from a statement', () => {
    const r = extract(
      '1. (U) Ambassador Bernicat met President Abdoulaye Wade. The Ambassador contended that he needed to act, highlighting years of U.S. assistance. Wade chuckled and conceded, agreeing that he needed to act. An NGO protesting government plans blocked the road. Ward pledged to follow up with the Algerians, telling them how important it is.\n',
    );
    expect(said(r)).toEqual([
      '1 Bernicat contended → Abdoulaye Wade',
      '1 Bernicat highlighting → Abdoulaye Wade',
      '1 Abdoulaye Wade conceded → Bernicat',
      '1 Abdoulaye Wade agreeing → Bernicat',
      '1 Ward pledged',
      '1 Ward telling',
    ]);
  });
  it('reads a verb form after a possessive as a noun, and similar points as speech', () => {
    const r = extract(
      '1. (U) President Wade finally acknowledged that it was impossible for his claims to be true. Kouchner made similar points to Lavrov.\n',
    );
    expect(said(r)).toEqual(['1 Wade acknowledged', '1 Kouchner made → Lavrov']);
  });
  it("takes a run of names ending in a body's word for the body, not past a possessive", () => {
    const r = extract(
      "1. (U) Senegal's Financial Investigative Unit CENTIF has referred cases. Jean-Marie LePen's National Front said no.\n",
    );
    expect(r.persons.map((p) => p.name)).toEqual(['Jean-Marie LePen']);
  });
});

describe('held-out round 36: Korean names written apart, an office a preposition governs, withheld names', () => {
  it('reads `Kim Yong Il` as family name first, apart from `Kim Jong-Il`', () => {
    const r = extract(
      '1. (S) Vice Foreign Minister Kim Yong Il led the delegation. VFM Kim said no. He mentioned DPRK leader Kim Jong-Il.\n',
    );
    expect(r.persons.map((p) => `${p.surname}/${p.given}`)).toEqual(['Kim/Yong Il', 'Kim/Jong-Il']);
    expect(said(r)).toEqual(['1 Kim Yong Il said', '1 Kim Yong Il mentioned']);
  });
  it('takes the person, not the office after `from the DPRK`, for the subject', () => {
    const r = extract(
      '1. (S) Sukhee noted that a counselor named Choi from the DPRK Embassy in Ulaanbaatar told Sukhee that the timing was right.\n',
    );
    expect(said(r)).toEqual(['1 Sukhee noted', '1 Choi told → Sukhee']);
  });
  it('gives words of a `[Name removed]` to no one', () => {
    const r = extract(
      '1. (C) President Ahmadinejad won. [Name removed] said that everyone voted for Mousavi.\n',
    );
    expect(said(r)).toEqual([]);
  });
});

describe('held-out round 37: ranks with and without stops, words heard, a middle name alone', () => {
  it('reads `Lt. Col Otema saying` as the officer speaking, heard by the one who recalls it', () => {
    const r = extract(
      '1. (C) Member of Parliament David Penytoo Ocheng told PolOff that he rode in the truck. Ocheng recalls Lt. Col Otema saying, "Is he dead?" Penytoo said he was in the yard.\n',
    );
    expect(r.persons.map((p) => `${p.name}: ${p.titles.join(', ')}`)).toEqual([
      'David Penytoo Ocheng: Member of Parliament',
      'Otema: Lieutenant Colonel',
    ]);
    expect(said(r)).toEqual([
      '1 David Penytoo Ocheng told → Poloff',
      '1 David Penytoo Ocheng recalls',
      '1 Otema saying',
      '1 David Penytoo Ocheng said',
    ]);
  });
  it('takes a participle after a date for a description of what the date ends', () => {
    const r = extract(
      '1. (C) Walter Ochora told PolOff that they discussed an intercepted message on September 16, 2002, revealing plans to free prisoners.\n',
    );
    expect(said(r)).toEqual(['1 Walter Ochora told → Poloff']);
  });
});

describe('held-out round 38: peoples, initials, kin, lists of places', () => {
  const COLOMBO =
    'R 191200Z JAN 10\nFM AMEMBASSY COLOMBO\nTO SECSTATE WASHDC\n\nS E C R E T COLOMBO 000032\n\nSUBJECT: TEST\n\n';
  it('reads peoples as no persons and places listed after a city as no persons', () => {
    const r = extract(
      '1. (S) While Tamils have told us they want accountability, Tamil politicians with whom we spoke in Colombo, Jaffna, and elsewhere said now was not the time. In Colombo, Sampanthan said the same.\n',
      COLOMBO,
    );
    expect(r.persons.map((p) => p.surname)).toEqual(['Sampanthan']);
    expect(said(r)).toEqual(['1 Sampanthan said']);
  });
  it('takes initials before a surname, and a name before a noun of kinship, for persons', () => {
    const r = extract(
      '1. (S) The one candidate is TNA MP and Prabhakaran relative M.K. Sivajilingam. See Ref A. Please refer to it. Sivajilingam has focused on federalism, but he also has spoken about accountability.\n',
      COLOMBO,
    );
    expect(r.persons.map((p) => p.name).sort()).toEqual(['M.K. Sivajilingam', 'Prabhakaran']);
    expect(said(r)).toEqual(['1 M.K. Sivajilingam spoken']);
  });
});

describe('held-out round 39: the host of an interests section', () => {
  it('places persons named without a side in the host country of a US Interests Section', () => {
    const r = extract(
      '1. (C) Unlike former president Fidel Castro, Raul Castro needs the support of the machine, according to the Canadians.\n',
      'P 091849Z FEB 10\nFM USINT HAVANA\nTO SECSTATE WASHDC\n\nC O N F I D E N T I A L HAVANA 000084\n\nSUBJECT: TEST\n\n',
    );
    expect(r.origin).toBe('US Interests Section Havana');
    expect(r.persons.map((p) => `${p.name}: ${p.affiliation}`)).toEqual([
      'Fidel Castro: Cuba',
      'Raul Castro: Cuba',
    ]);
  });
});

describe('held-out round 40: particles opening a family name, EU offices, historical figures, redacted openers', () => {
  it('reads `del Ponte said` as a person whose family name opens with its particle', () => {
    const r = extract(
      "1. (C) Patten said he was surprised. Del Ponte's letter came late, but del Ponte said the EU was bound by it.\n",
    );
    expect(r.persons.map((p) => p.name).sort()).toEqual(['Patten', 'del Ponte']);
  });
  it('places an External Relations Commissioner in the European Union', () => {
    const r = extract(
      '1. (C) External Relations Commissioner Chris Patten said the EU will never be a real power.\n',
    );
    expect(r.persons[0]).toMatchObject({ name: 'Chris Patten', affiliation: 'European Union' });
  });
  it('gives a sentence a redaction opens to no named person, even after names of the past', () => {
    const r = extract(
      '1. (C) XXXXXXXXXXXX compared the regime to the dictatorships of Hitler and Mussolini, and said the only difference was foresight. He observed that the stress is growing.\n',
    );
    expect(r.persons.map((p) => `${p.name}: ${p.affiliation}`)).toEqual([
      'Hitler: Germany',
      'Mussolini: Italy',
    ]);
    expect(said(r)).toEqual([]);
  });
});

describe('held-out round 41: suffixes, Defense offices, governments named for their head', () => {
  it('reads `Arturo Cruz, Jr,` as one person, DASD as a US office and `the Lobo government` as Lobo', () => {
    const r = extract(
      '1. (S) President Ortega approached Arturo Cruz, Jr, the former Ambassador, and met the delegation led by DASD Dr. Frank Mora. He restated his opposition to recognizing the Lobo government.\n',
      'R 261200Z FEB 10\nFM AMEMBASSY MANAGUA\nTO SECSTATE WASHDC\n\nS E C R E T MANAGUA 000115\n\nSUBJECT: TEST\n\n',
    );
    expect(r.persons.map((p) => `${p.name}: ${p.affiliation}`).sort()).toEqual([
      'Arturo Cruz: Nicaragua',
      'Frank Mora: United States',
      'Lobo: Honduras',
      'Ortega: Nicaragua',
    ]);
  });
});

describe('held-out round 42: unnamed speakers, lists in dashes, offices joined by slashes', () => {
  it('gives the he after an unnamed bureau chief to no one, and a list in dashes each its verb', () => {
    const r = extract(
      "1. (S) Supreme Leader Khamenei has the final say. Al-Arabiya's former Tehran bureau chief observed that Arab powers stayed silent. In his view, they fear hypocrisy.\n\n2. (S) The three challengers -- Mousavi, Karroubi, and Reza'i -- publicly criticized Ahmadinejad. The Syrian media consultant, too, cautioned the U.S. not to overestimate it.\n",
    );
    expect(said(r).sort()).toEqual(['2 Karroubi criticized', '2 Mousavi criticized', "2 Reza'i criticized"]);
  });
  it('reads offices joined by a slash and a TV channel as no persons', () => {
    const r = extract(
      '1. (S) The marketing director told IRPO/DRMH that viewership rose. The Acting Director appeared on Abu Dhabi TV twice.\n',
    );
    expect(r.persons).toEqual([]);
  });
});

describe('held-out round 43: words attributed with per', () => {
  it('reads `per Ahlin` as `according to Ahlin`, but not `per reftel`', () => {
    const r = extract(
      '1. (C) Urban Ahlin asked for help. Afghanis would not tell Swedish planes apart, per Ahlin. The cost is 10 dollars per day, per reftel.\n',
    );
    expect(said(r)).toEqual(['1 Urban Ahlin asked', '1 Urban Ahlin per']);
  });
});

describe('held-out round 44: a host ministry before a US-sounding office, portfolios of ordinary words', () => {
  const BRASILIA =
    'R 181200Z JAN 08\nFM AMEMBASSY BRASILIA\nTO SECSTATE WASHDC\n\nC O N F I D E N T I A L BRASILIA 000129\n\nSUBJECT: TEST\n\n';
  it('places an MRE Under Secretary in the host country, even where later cited as U/S', () => {
    const r = extract(
      '1. (C) The Ambassador said his approach to MRE Under Secretary for Political Affairs Everton Vargas had not been SIPDIS well received. U/S Vargas asked for time.\n\n2. (C) State U/S for Arms Control Ellen Tauscher agreed.\n',
      BRASILIA,
    );
    expect(r.persons.map((p) => `${p.name}: ${p.affiliation}`)).toEqual([
      'Everton Vargas: Brazil',
      'Ellen Tauscher: United States',
    ]);
  });
  it("reads Mexico's Secretary of Government as no US office", () => {
    const r = extract(
      '1. (C) Secretary of Government Fernando Gomez Mont responded to questions.\n',
      BRASILIA,
    );
    expect(r.persons[0]).toMatchObject({ name: 'Fernando Gomez Mont', titles: ['Secretary of Government'] });
    expect(r.persons[0]?.affiliation).not.toBe('United States');
  });
});

describe('held-out round 45: topic labels, titles that are family names, assessments', () => {
  it('reads `Syria:` before a sentence with a verb of speech as a topic, not a side', () => {
    const r = extract(
      '1. (S) Syria: Congressman Mike Turner (R-OH) asked if Syria might play a spoiler role.\n',
    );
    expect(r.persons[0]).toMatchObject({ name: 'Mike Turner', affiliation: 'United States' });
  });
  it('reads a one-word title right after a given name, with no name after it, as the family name', () => {
    const r = extract(
      '1. (U) Delegation:\n\nCongressman Rob Bishop (R-UT)\nCongressman Phil Gingrey (R-GA)\n',
    );
    expect(r.persons.map((p) => p.name)).toEqual(['Rob Bishop', 'Phil Gingrey']);
  });
  it('counts `assessed that` and `applauded` as speech, not `assessed the damage`', () => {
    const r = extract(
      '1. (S) EGIS Chief Omar Soliman applauded the Administration. Soliman assessed that the coalition is broad. Soliman assessed the damage.\n',
    );
    expect(said(r)).toEqual(['1 Omar Soliman applauded', '1 Omar Soliman assessed']);
    expect(r.persons[0]?.affiliation).toBe('Egypt');
  });
});

describe('held-out round 46: offices in lower case, a foreign ambassador in parentheses', () => {
  it("gives `the minister added` to the minister the cable named, and keeps Spain's ambassador out of the US staff", () => {
    const r = extract(
      "1. (U) The Ambassador met with Minister of Culture Cesar Antonio Molina. The minister told the Ambassador that he would meet the claimant. The Ambassador noted the case. The minister added that he was following it.\n\n2. (U) This is separate from Ambassador Westendorp's (Spain's ambassador to the U.S.) idea.\n",
      'R 011200Z JUL 08\nFM AMEMBASSY MADRID\nTO SECSTATE WASHDC\n\nUNCLAS MADRID 000724\n\nSUBJECT: TEST\n\n',
    );
    expect(said(r)).toEqual([
      '1 Cesar Antonio Molina told → the Ambassador',
      '1 the Ambassador noted',
      '1 Cesar Antonio Molina added',
    ]);
    expect(r.persons.find((p) => p.surname === 'Westendorp')?.affiliation).toBe('Spain');
  });
});

describe('held-out round 47: a verb joined to a pronoun subject, words of a speech', () => {
  it('gives `and called on Mbeki` to the he before, not to the body between', () => {
    const r = extract(
      '1. (SBU) Liberal Democrat leader Nick Clegg spoke at Chatham House. Instead, he supported UN involvement, and called on South African President Thabo Mbeki to curtail electricity supplies. Clegg reasserted his support for the EU and enumerated criteria for intervention.\n',
    );
    expect(said(r)).toEqual([
      '1 Nick Clegg spoke',
      '1 Nick Clegg called',
      '1 Nick Clegg reasserted',
      '1 Nick Clegg enumerated',
    ]);
  });
});

describe('held-out round 49: initials of a well-known name, the author among ambassadors, a country office', () => {
  it('reads `MbZ` as Mohammed bin Zayed, and bare `Ambassador noted` as the ambassador who classified the cable', () => {
    const r = extract(
      "1. (C) Crown Prince Mohammed bin Zayed met Deputy Commandant Ambassador Wahba and Ambassador Sison. MbZ voiced disdain for the plan. Ambassador noted that the UAE's Director of Military Intelligence, BG Essa al Mazrouei, would visit. MbZ exclaimed that it was good.\n",
      'R 011200Z MAY 05\nFM AMEMBASSY ABU DHABI\nTO SECSTATE WASHDC\n\nC O N F I D E N T I A L ABU DHABI 002178\n\nE.O. 12958: DECL: 05/16/2015\nTAGS: PREL\nSUBJECT: TEST\n\nClassified By: Ambassador Michele J. Sison.\nFor reasons 1.4 (b) and (d).\n\n',
    );
    expect(r.statements.map((st) => `${st.speaker} ${st.cue}`)).toEqual([
      'Mohammed bin Zayed voiced',
      'Sison noted',
      'Mohammed bin Zayed exclaimed',
    ]);
    expect(r.persons.map((p) => p.name)).toEqual([
      'Mohammed bin Zayed',
      'Wahba',
      'Sison',
      'Essa al Mazrouei',
    ]);
  });
  it("takes a country's office before the comma as the side of the name after it", () => {
    const r = extract(
      "1. (C) The King took exception to the visit to Iran by Qatar's Chief of Staff, MG Hamad al Attiyah.\n",
      'R 011200Z MAY 09\nFM AMEMBASSY MANAMA\nTO SECSTATE WASHDC\n\nSECRET MANAMA 000442\n\nSUBJECT: TEST\n\n',
    );
    expect(r.persons.find((p) => p.surname.endsWith('Attiyah'))?.affiliation).toBe('Qatar');
  });
});

describe('held-out round 50: participles that open a sentence', () => {
  it('gives `Despite pressing X` and `Admitting that` to the subject of the main clause', () => {
    const r = extract(
      '1. (C) Despite pressing President Karzai directly for assistance in repatriating Bugti, Musharraf said, nothing is being done. Admitting that he is dissatisfied, Musharraf stressed that the task is hard. Musharraf outlined his strategy.\n',
    );
    expect(said(r)).toEqual([
      '1 Musharraf pressing → Karzai',
      '1 Musharraf said',
      '1 Musharraf Admitting',
      '1 Musharraf stressed',
      '1 Musharraf outlined',
    ]);
  });
});

describe("held-out round 51: letters glued to a number, examples of a side's officials", () => {
  it('reads `6PT chief Wu Dawei` with no Brazilian party in it, and `DPJ officials like` as Japanese', () => {
    const r = extract(
      '1. (C) DPRK negotiator Kim Gye-gwan will visit Beijing at the invitation of Chinese 6PT chief Wu Dawei. It was important to reach out to key DPJ officials like Foreign Minister Okada and Finance Minister Naoto Kan.\n',
      'R 011200Z FEB 10\nFM AMEMBASSY SEOUL\nTO SECSTATE WASHDC\n\nCONFIDENTIAL SEOUL 000290\n\nSUBJECT: TEST\n\n',
    );
    expect(r.persons.map((p) => `${p.name}: ${p.affiliation}`)).toEqual([
      'Kim Gye-gwan: North Korea',
      'Wu Dawei: China',
      'Okada: Japan',
      'Naoto Kan: Japan',
    ]);
  });
});

describe('held-out round 52: companions of the one `who` follows, embassy secretaries', () => {
  it('gives those who accompany `Ambassador Guzman (who was accompanied by ...)` his side, not the speaker’s', () => {
    const r = extract(
      '1. (C) PDAS Kelly called in Bolivian Ambassador Gustavo Guzman. PDAS Kelly told Ambassador Guzman (who was accompanied by Bolivian DCM Raul Barrios, First Secretary Davalos, and First Secretary Ayllon) that the USG wanted an open relationship. Actions have consequences, Kelly admonished. Kelly noted MCC President Danilovich,s reaction.\n',
    );
    expect(r.persons.map((p) => `${p.name}: ${p.titles.join('/')}: ${p.affiliation}`)).toEqual([
      'Kelly: Principal Deputy Assistant Secretary: United States',
      'Gustavo Guzman: Ambassador: Bolivia',
      'Raul Barrios: Deputy Chief of Mission: Bolivia',
      'Davalos: First Secretary: Bolivia',
      'Ayllon: First Secretary: Bolivia',
      'Danilovich: President: United States',
    ]);
    expect(said(r)).toContain('1 Kelly admonished');
  });
});

describe('held-out round 53: a visiting official called ambassador, a misspelled title', () => {
  it('keeps `the Ambassador` from an A/S who is also `Amb.`, and `the Ambassader` from the persons', () => {
    const r = extract(
      '1. (C) Defense Minister Bogdan Klich told the Ambassador that Poland is eager. Klich highlighted the options presented by DOD A/S Vershbow. In answer to Klich’s questions, the Ambassader said the rotation would come. (Note: Amb. Vershbow’s trip has been postponed.)\n',
    );
    expect(r.persons.map((p) => p.name)).toEqual(['Bogdan Klich', 'Vershbow']);
    expect(said(r)).toEqual(['1 Bogdan Klich told → the Ambassador', '1 Bogdan Klich highlighted']);
  });
});

describe('held-out round 54: an office as a label', () => {
  it('gives the `he` after `Embassy Comment: General Felix is ...` to Felix, not the Embassy', () => {
    const r = extract(
      '1. (S) General Jorge Armando Felix said he was happy.\n\n2. (S) Embassy Comment: General Felix is an amiable, low- key individual. He does not appear overly ambitious and admitted that he preferred traveling.\n',
    );
    expect(said(r)).toEqual(['1 Jorge Armando Felix said', '2 Jorge Armando Felix admitted']);
  });
});

describe('held-out round 55: a notable name inside a full name, possessive apostrophes, letters sent', () => {
  it('reads `Lula da Silva` as Lula, and `Chavez’ repeated violation` as no statement', () => {
    const r = extract(
      "1. (C) He met Brazilian President Lula da Silva. Lula said yes. Venezuelan President Chavez' repeated violation of the rules had forced Uribe to act. Vice President Alvaro Garcia Linera said the GOB wants peace, saying that Morales' trip was a step forward. He said the trip enabled Morales to see more.\n",
    );
    expect(r.persons.find((p) => p.name === 'Lula da Silva')?.surname).toBe('Lula');
    expect(said(r)).toEqual([
      '1 Lula da Silva said',
      '1 Alvaro Garcia Linera said',
      '1 Alvaro Garcia Linera saying',
      '1 Alvaro Garcia Linera said',
    ]);
  });
  it('gives `sent Uribe a letter` its addressee, and `, publicly stating` and a body’s `, noting` their speakers', () => {
    const r = extract(
      '1. (C) President Sarkozy had sent President Uribe a letter on November 22. Uribe had responded immediately, publicly stating that the GOC would welcome it. The GOC has explained that Chavez had made little progress, noting that the FARC had done nothing.\n',
    );
    expect(said(r)).toEqual([
      '1 Sarkozy sent → Uribe',
      '1 Uribe responded',
      '1 Uribe stating',
      '1 Government of Colombia explained',
      '1 Government of Colombia noting',
    ]);
  });
});

describe('held-out round 57: people the cable does not name, a verb written twice', () => {
  it('keeps the participles and verbs of `GOL officials` from the named persons around them', () => {
    const r = extract(
      "1. (C) Sanchez noted noted that the GOL has been unclear. GOL officials insisted that the Leader not be housed above the first floor, saying Qadhafi refuses to ride in elevators. Sanchez said that GOL officials, when pressed, conceded that Qadhafi has difficulty. He noted that GOL officials, referencing the case, had been insistent. Spain's Ambassador to Tripoli, Joaquin Perez-Villanueva, told the DCM that it was so.\n",
      'R 011200Z DEC 07\nFM AMEMBASSY TRIPOLI\nTO SECSTATE WASHDC\n\nCONFIDENTIAL TRIPOLI 001033\n\nSUBJECT: TEST\n\n',
    );
    expect(said(r)).toEqual([
      '1 Sanchez noted',
      '1 Sanchez said',
      '1 Sanchez noted',
      '1 Joaquin Perez-Villanueva told → Deputy Chief of Mission',
    ]);
    expect(r.persons.find((p) => p.surname === 'Perez-Villanueva')?.affiliation).toBe('Spain');
  });
});

describe("held-out round 58: a country's name in the possessive, a notable family name of two words", () => {
  it('reads `Saudi Arabia’s` as the country, `Bin Laden` as a person, and `made very clear`', () => {
    const r = extract(
      '1. (S) Prince Mohammed highlighted Saudi Arabia’s continued concerns. Mosques voiced support for Bin Laden. King Abdullah has made very clear that cooperation must remain.\n',
    );
    expect(r.persons.map((p) => `${p.surname}: ${p.affiliation}`)).toEqual([
      'Mohammed: null',
      'Abdullah: null',
      'Bin Laden: al-Qaida',
    ]);
    expect(said(r)).toEqual(['1 Mohammed highlighted', '1 Abdullah made very clear']);
  });
});

describe('held-out round 59: the country an office is held at, a government acronym two countries share', () => {
  it('keeps `Saudi Arabian Ambassador to the US Adel al-Jubeir` Saudi, and reads `(SAG)` after a body as it', () => {
    const r = extract(
      '1. (S) Saudi Arabian Ambassador to the US Adel al-Jubeir invited the Charge to lunch. He asserted that the Saudi government (SAG) had offered Sharif a pledge of protection.\n',
      'R 201200Z NOV 07\nFM AMEMBASSY RIYADH\nTO SECSTATE WASHDC\n\nSECRET RIYADH 002320\n\nSUBJECT: TEST\n\n',
    );
    expect(r.persons.find((p) => p.surname === 'al-Jubeir')).toMatchObject({
      titles: ['Ambassador'],
      affiliation: 'Saudi Arabia',
    });
    expect(said(r)).toEqual([
      "1 Adel al-Jubeir invited → Charge d'Affaires",
      '1 Adel al-Jubeir asserted',
      '1 Government of Saudi Arabia offered',
    ]);
  });
  it('reads `the SAG` in a cable from Pretoria as the Government of South Africa', () => {
    const r = extract(
      '1. (U) Ambassador Rice thanked the SAG for its vote.\n',
      'R 201200Z NOV 09\nFM AMEMBASSY PRETORIA\nTO SECSTATE WASHDC\n\nUNCLAS PRETORIA 002245\n\nSUBJECT: TEST\n\n',
    );
    expect(r.statements[0]?.addressee).toBe('Government of South Africa');
  });
});

describe('held-out round 62: habits, possessed nouns as subjects, participles after a verb of speech', () => {
  it('drops `often briefed`, `his presence emphasized` and `said repeated discussion`, keeps `he and his counterpart agreed`', () => {
    const r = extract(
      '1. (S) Senator Graham added his presence emphasized bipartisan support. Pasha said he often briefed the RAO Chief. Kayani said repeated discussion about the next attack only provided an incentive. Heusgen said that he and his British counterpart agreed that ideally there would be a conclusion. His interpreter mistakenly said the Poles would like Patriots.\n',
    );
    expect(said(r)).toEqual([
      '1 Graham added',
      '1 Pasha said',
      '1 Kayani said',
      '1 Heusgen said',
      '1 Heusgen agreed',
    ]);
  });
});

describe('held-out round 63: a name that modifies a noun, verbs of speech the lexicon lacked', () => {
  it('keeps `the Ackerman delegation` and `the Obama administration` from speaking, reads alluded to, panned, disagreed', () => {
    const r = extract(
      '1. (C) President Obama met Congressman Ackerman. The Obama administration said it would act. With the Ackerman delegation, Barak focused on peace. He stressed the need. Barak reinforced his message, alluded to members of the coalition and panned Arab arguments, but disagreed with a causal chain.\n',
    );
    expect(said(r)).toEqual([
      '1 Barak stressed',
      '1 Barak reinforced',
      '1 Barak alluded to',
      '1 Barak panned',
      '1 Barak disagreed',
    ]);
  });
});

describe('held-out round 63 (persons): nouns for people, sentence adverbs', () => {
  it('reads `kidnapped IDF soldier Gilad Shalit` as a person and `Unfortunately, ... hostage` as none', () => {
    const r = extract(
      '1. (C) He urged avoiding any link to the release of kidnapped IDF soldier Gilad Shalit. Unfortunately, an unconditional hostage release is unlikely. Additionally, the official left.\n',
    );
    expect(r.persons.map((p) => p.name)).toEqual(['Gilad Shalit']);
  });
});

describe('held-out round 64: the notable bearer of a shared family name, a ministry named in full', () => {
  it('takes `President Kirchner` in 2009 for Cristina after `Nestor Kirchner`, and `the Ministry of Defense` for a body', () => {
    const r = extract(
      '1. (C) No one senior, neither other ministers nor Nestor Kirchner, wanted that. Taiana asked if the Ministry of Defense had offered the U.S. Military Group space. The Ambassador told Taiana that he had advised President Kirchner of it.\n',
      'R 011200Z JUN 09\nFM AMEMBASSY BUENOS AIRES\nTO SECSTATE WASHDC\n\nCONFIDENTIAL BUENOS AIRES 000641\n\nSUBJECT: TEST\n\n',
    );
    expect(r.persons.map((p) => `${p.name}: ${p.titles.join('/')}`)).toEqual([
      'Nestor Kirchner: ',
      'Cristina Kirchner: President',
      'Taiana: ',
    ]);
    expect(said(r)).toEqual([
      '1 Taiana asked',
      '1 the Ambassador told → Taiana',
      '1 the Ambassador advised → Cristina Kirchner',
    ]);
    expect(r.organizations.map((o) => o.name)).toContain('Ministry of Defense');
  });
});

describe('held-out round 65: an officer named after the role, a person noun with a phrase of its own', () => {
  it('reads `Poloff Kirsten Schulz` as a US officer and `UK Embassy Econoff Tamsin Rees` as British', () => {
    const r = extract(
      '1. (C) Hague and the DCM, accompanied by Senior Advisor Arminka Helic and Poloff Kirsten Schulz, met. Results were decent, according to UK Embassy Econoff Tamsin Rees. Mofaz cautioned that Iran is close, while the head of research in military intelligence estimated that Iran would reach it soon.\n',
    );
    expect(r.persons.map((p) => `${p.name}: ${p.affiliation}`)).toEqual(
      expect.arrayContaining(['Kirsten Schulz: United States', 'Tamsin Rees: United Kingdom']),
    );
    expect(said(r)).toEqual(['1 Tamsin Rees according to', '1 Mofaz cautioned']);
  });
});

describe('held-out round 66: a habit of years', () => {
  it('does not count `he had long argued` inside what Karzai noted', () => {
    const r = extract(
      '1. (C) He noted he had long argued for greater efforts in this direction. Instead, he argued, Afghanistan paid the price.\n',
    );
    expect(r.statements.map((s) => s.cue)).toEqual([]);
    const named = extract(
      '1. (C) President Karzai noted he had long argued for greater efforts. Instead, he argued, Afghanistan paid the price.\n',
    );
    expect(said(named)).toEqual(['1 Karzai noted', '1 Karzai argued']);
  });
});

describe('held-out round 67: verbs of speech the lexicon lacked, presidents of the past', () => {
  it('reads fumed, referenced and went on saying, and places Eisenhower', () => {
    const r = extract(
      '1. (C) "This is going too far," King Hamad fumed. He quoted President Eisenhower on peace. King Hamad went on saying he would like a note, and specifically referenced the moves of P-3 aircraft.\n',
      'R 221200Z JUL 09\nFM AMEMBASSY MANAMA\nTO SECSTATE WASHDC\n\nCONFIDENTIAL MANAMA 000442\n\nSUBJECT: TEST\n\n',
    );
    expect(said(r)).toEqual(['1 Hamad fumed', '1 Hamad went on saying', '1 Hamad referenced']);
    expect(r.persons.find((p) => p.surname === 'Eisenhower')?.affiliation).toBe('United States');
  });
});

describe('held-out round 69: a people named in two words', () => {
  it('reads `the North Koreans` as the country, not a person `Koreans`', () => {
    const r = extract(
      '1. (C) The only country that can make progress with the North Koreans is the United States, he maintained. "The South Koreans have plenty of ideas," he complained.\n',
    );
    expect(r.persons).toEqual([]);
    expect(r.statements.filter((s) => s.speaker_kind === 'person')).toEqual([]);
  });
});

describe('held-out round 71: an opening participle before a verb of speech, a role with its post', () => {
  it('counts `Declaring ..., Morales announced` and gives `Chinese DCM in La Paz, Huang Yazhong, told` to Huang', () => {
    const r = extract(
      '1. (C) Summary: Declaring the Copenhagen summit a failure, Bolivian President Morales announced a conference.\n\n2. (C) Chinese DCM in La Paz, Huang Yazhong,\ntold the Charge that he has raised the Accord twice.\n',
    );
    expect(said(r)).toEqual([
      '1 Morales Declaring',
      '1 Morales announced',
      "2 Huang Yazhong told → Charge d'Affaires",
      '2 Huang Yazhong raised',
    ]);
  });
});

describe('held-out round 73: the Ambassador who classified the cable, never named in its body', () => {
  it('keeps `the Ambassador` from a visiting Ambassador Ruperez when Ambassador Crocker classified the cable', () => {
    const r = extract(
      '1. (C) The Ambassador presented Foreign Secretary Riaz Khan with open source material. Each report is disturbing, the Ambassador said. The Ambassador discussed the reports with Ambassador Ruperez, who led the CTED delegation.\n',
      'R 011200Z DEC 06\nFM AMEMBASSY ISLAMABAD\nTO SECSTATE WASHDC\n\nC O N F I D E N T I A L ISLAMABAD 022174\n\nSUBJECT: TEST\n\nClassified By: Ambassador Ryan C. Crocker, Reasons 1.4 (b) and (d)\n\n',
    );
    expect(said(r)).toEqual(['1 the Ambassador said']);
  });
});

describe('held-out round 74: a body whose name opens with a title word', () => {
  it('reads `the General Intelligence Presidency (GIP)` as a body, not a general named Intelligence, and keeps `State Department official X`', () => {
    const r = extract(
      '1. (S) Mabahith pointed to the General Intelligence Presidency (GIP) as having the lead. U.S. State Department official Mitchell Reiss said it was so.\n',
    );
    expect(r.persons.map((p) => `${p.name}: ${p.affiliation}`)).toEqual(['Mitchell Reiss: United States']);
  });
});

describe('held-out round 75: a body named in full in the possessive', () => {
  it('reads `Inter-Services Intelligence’s (ISI) Pasha` as the body, not a person', () => {
    const r = extract(
      '1. (C) Snowe also noted the Army’s Kayani, and Inter-Services Intelligence’s (ISI) Pasha.\n',
    );
    expect(r.persons.map((p) => p.name)).not.toContain('Inter-Services Intelligence');
    expect(r.organizations.map((o) => o.name)).toContain('Inter-Services Intelligence');
  });
});

describe('held-out round 77: object pronouns, `pointed to`, a state of the Union', () => {
  it('gives `told him` inside another speaker’s words to that speaker, and `asked him` after another’s words to the one who spoke', () => {
    const r = extract(
      '1. (C) Vice President Adel Abdel Mehdi said Iraq was moving forward. He stated that French Foreign Minister Kouchner told him France had detained 42 fighters. He hailed the efforts of Ali al-Sistani. Senator George Voinovich asked him to pass a message of thanks to al-Sistani.\n',
    );
    expect(said(r)).toContain('1 Kouchner told → Adel Abdel Mehdi');
    expect(said(r)).toContain('1 George Voinovich asked → Adel Abdel Mehdi');
  });
  it('keeps `him` for the one spoken to last when the speaker before spoke to someone', () => {
    const r = extract(
      '1. (S) Mossad Chief Meir Dagan informed Under Secretary Stuart Levey that sanctions were working. NSC Chairman Dani Arditi also told him that the PA was performing well.\n',
    );
    expect(said(r)).toContain('1 Dani Arditi told → Stuart Levey');
  });
  it('reads `pointed to X as evidence` as an argument made, with no listener, and ends the words before it', () => {
    const r = extract(
      '1. (C) Leon said that Zapatero had not intended the remarks the way they were taken and pointed to Spain’s comments in Bilbao as being pro-American.\n',
    );
    expect(said(r)).toEqual(['1 Leon said', '1 Leon pointed']);
    expect(r.statements[0]?.text).toBe('Zapatero had not intended the remarks the way they were taken');
  });
  it('reads a state of the United States as a place, not a person, and `implored` as speech', () => {
    const r = extract(
      '1. (C) He surmised that some people in Tennessee, the home state of Senators Alexander and Corker, are not reconciled. Senator Voinovich closed the meeting by imploring the GOI to act.\n',
    );
    expect(r.persons.map((p) => p.name)).not.toContain('Tennessee');
    expect(said(r)).toContain('1 Voinovich imploring → Government of Iraq');
  });
});

describe('held-out round 80: a cabinet secretary named by the department, an adverb after the auxiliary', () => {
  it('reads `Secretary of Homeland Security Napolitano` and `had thus made clear`', () => {
    const r = extract(
      '1. (C) Baali had instructions to see Secretary of Homeland Security Napolitano. President Obama had thus made clear on January 5 that he had ordered the new measures.\n',
    );
    expect(r.persons.map((p) => `${p.name}: ${p.titles.join(', ')}`)).toContain(
      'Napolitano: Secretary of Homeland Security',
    );
    expect(said(r)).toContain('1 Obama made clear');
  });
});

describe('held-out round 78: a country in the possessive, senators with their companions', () => {
  it('places `Israel’s Prime Minster Ehud Omert` in Israel, not `Turkey’s Kissinger` in Turkey', () => {
    const r = extract(
      '1. (C) McCain told Cameron that Israel’s Prime Minster Ehud Omert was still paying the price. He called Davutoglu "Turkey’s Kissinger." Henry Kissinger agreed.\n',
    );
    const side = (name: string) => r.persons.find((p) => p.name === name)?.affiliation;
    expect(side('Ehud Omert')).toBe('Israel');
    expect(side('Henry Kissinger')).not.toBe('Turkey');
  });
  it('places senators the host country alone placed, and their staff, with the one of them whose side is known', () => {
    const r = extract(
      '1. (U) Senators John McCain, Joseph Lieberman and Lindsey Graham, accompanied by the Ambassador, Senate staff Richard Fontaine and Dan Serchuk, met March 20 in David Cameron’s House of Commons office.\n\n2. (U) CODEL McCain did not clear this cable.\n',
      'R 251200Z MAR 08\nFM AMEMBASSY LONDON\nTO SECSTATE WASHDC\n\nC O N F I D E N T I A L LONDON 000929\n\nSUBJECT: TEST\n\n',
    );
    const sides = Object.fromEntries(r.persons.map((p) => [p.name, p.affiliation]));
    expect(sides).toMatchObject({
      'Joseph Lieberman': 'United States',
      'Lindsey Graham': 'United States',
      'Richard Fontaine': 'United States',
      'Dan Serchuk': 'United States',
    });
  });
});

describe('held-out round 79: `called X a Y`, `with X saying`', () => {
  it('reads `called the Conference a disaster` as speech, not `called off an operation` or `called him an hour later`', () => {
    const r = extract(
      '1. (C) Van Rompuy called the Copenhagen Conference a disaster. Fernandez called off an ongoing operation. Smith called him an hour later.\n',
    );
    expect(said(r)).toEqual(['1 Van Rompuy called']);
  });
  it('gives a participle after `with X` to X, not to the subject of the sentence', () => {
    const r = extract(
      '1. (C) Van Rompuy said he had given up on Mexico City, with Van Daele calling the planned meeting "Nightmare on Elm Street 2," and stating, "who wants to see that horror movie again."\n',
    );
    expect(said(r)).toEqual(['1 Van Rompuy said', '1 Van Daele calling', '1 Van Daele stating']);
  });
});

describe('held-out round 81: `who` before an aside, habits, an article hyphened to the wrong word', () => {
  it('gives the verb after `who, in a press conference,` to the one `who` follows', () => {
    const r = extract(
      '1. (U) These statements echoed announcements from Chinese Trade Minister Chen who, in a January 10 press conference, called for finalizing the agreement.\n',
    );
    expect(said(r)).toEqual(['1 Chen called']);
  });
  it('reads `has traditionally emphasized` as a habit, no act of speech', () => {
    const r = extract(
      '1. (U) Finance Minister Solbes has traditionally emphasized the importance of fiscal rigor.\n',
    );
    expect(said(r)).toEqual([]);
  });
  it('reads `Saud-Al Faisal` and `Saud Al-Faisal` as one person', () => {
    const r = extract(
      '1. (U) FM Prince Saud-Al Faisal commented on it. FM Prince Saud Al-Faisal said it was fine.\n',
    );
    expect(r.persons.map((p) => p.surname)).toEqual(['Al-Faisal']);
  });
});

describe('held-out rounds 82 and 83: `Post 9/11`, a participle alone, a passive aside, a front-runner', () => {
  it('reads `Post 9/11` as `after`, not as the Embassy, and `Transitioning,` as no name', () => {
    const r = extract(
      '1. (C) Zardari described the distrust. Post 9/11, however, he believed this was no option; the USG would have to make a commitment, calling for a Marshall Plan.\n\n2. (C) Transitioning, Zardari blamed President Musharraf.\n',
    );
    expect(said(r)).toEqual(['1 Zardari described', '1 Zardari calling', '2 Zardari blamed']);
    expect(r.persons.map((p) => p.name)).not.toContain('Transitioning');
  });
  it('passes over an aside opened by a passive participle, and finds a name after `frontrunner`', () => {
    const r = extract(
      '1. (C) The meeting, punctuated by the visit of his son Louis, offered a rare glimpse of Sarkozy. He shrugged off the challenge Socialist Party frontrunner Segolene Royal might pose.\n',
    );
    expect(said(r)).toEqual([]);
    expect(r.persons.map((p) => p.name)).toContain('Segolene Royal');
  });
});

describe('held-out rounds 85 and 86: an inserted `he` not named in its words, `queried`', () => {
  it('gives `for Cano, he surmised,` to the one who spoke last, not to Cano', () => {
    const r = extract(
      '1. (S) Peace Commissioner Frank Pearl said his office had built channels. FARC Supreme Leader Alfonso Cano was still consolidating his authority. It would have been impossible for Cano, he surmised, to have broached peace talks so soon.\n',
    );
    expect(said(r)).toEqual(['1 Frank Pearl said', '1 Frank Pearl surmised']);
  });
  it('reads `queried X about` as a question put to X', () => {
    const r = extract(
      '1. (C) ASD Vershbow queried Israeli official Amos Gilad over measures to bolster Abbas.\n',
    );
    expect(said(r)).toEqual(['1 Vershbow queried → Amos Gilad']);
  });
});

describe('held-out rounds 87 to 89: participles before their noun, a `he` who speaks to the one it would stand for', () => {
  it('reads `any other proposed alternatives` and `hold off alleged Predator attacks` as no speech', () => {
    const r = extract(
      '1. (S) Azwai made no mention of any other proposed alternatives. Malik suggested we hold off alleged Predator attacks.\n',
    );
    expect(said(r)).toEqual(['1 Malik suggested']);
  });
  it('gives `He assured Ambassador` after the Ambassador spoke to the other one who spoke', () => {
    const r = extract(
      '1. (C) Prime Minister Gilani said the PPP would provide immunity. Ambassador pressed on this issue, saying that Musharraf would never have resigned otherwise. He assured Ambassador that he did not want vengeance.\n',
    );
    expect(said(r)).toContain('1 Gilani assured → the Ambassador');
  });
});

describe('held-out round 90: a demonym right before a full name', () => {
  it('places `Frenchman Noel Saenz` and `Swiss Jean Pierre Gontard`, not `Ambassador to the Kyrgyz Republic Paul Brummell`', () => {
    const r = extract(
      '1. (C) He added that Alvaro Leyva, Frenchman Noel Saenz, and Swiss Jean Pierre Gontard had not been reliable. British Ambassador to the Kyrgyz Republic Paul Brummell invited them.\n',
    );
    const sides = Object.fromEntries(r.persons.map((p) => [p.name, p.affiliation]));
    expect(sides).toMatchObject({
      'Noel Saenz': 'France',
      'Jean Pierre Gontard': 'Switzerland',
      'Paul Brummell': 'United Kingdom',
    });
  });
});

describe('held-out round 91: notable given names spelled two ways, a portfolio after `of`, `reciprocated:`', () => {
  it('places `Iyad Allawi` (the lexicon has Ayad) and `Ahmad Chalabi` in Iraq in a UAE cable', () => {
    const r = extract(
      '1. (S) MbZ stated that Ahmad Chalabi had made a big deal of it. He said he had seen Iyad Allawi a month ago.\n',
      'R 221200Z JAN 07\nFM AMEMBASSY ABU DHABI\nTO SECSTATE WASHDC\n\nS E C R E T ABU DHABI 000145\n\nSUBJECT: TEST\n\n',
    );
    const sides = Object.fromEntries(r.persons.map((p) => [p.name, p.affiliation]));
    expect(sides).toMatchObject({ 'Ahmad Chalabi': 'Iraq', 'Iyad Allawi': 'Iraq' });
  });
  it('reads `Director of Intelligence,` as no person and `reciprocated: "..."` as speech, words after the colon', () => {
    const r = extract(
      '1. (S) Also present was Director of Intelligence, Brigadier General Essa Al-Mazrouei. Abizaid thanked MbZ. MbZ reciprocated: "No -- thank you."\n',
    );
    expect(r.persons.map((p) => p.name)).not.toContain('Intelligence');
    expect(r.statements.find((s) => s.cue === 'reciprocated')?.text).toBe('"No -- thank you."');
  });
});

describe('held-out round 92: a participle after an opening quotation mark, provinces', () => {
  it('reads neither `Freeing Helmand` nor `Helmand` as a person', () => {
    const r = extract(
      '1. (C) Karzai welcomed the U.S. brigades. “Freeing Helmand from the Taliban is important: Helmand is not with us.” He related that a woman from Helmand asked him to take the British away.\n',
    );
    expect(r.persons.map((p) => p.name)).toEqual(['Karzai']);
  });
});

describe('held-out round 93: officials who accompany a head of state, `proffered`', () => {
  it('places an `Under Secretary` listed as accompanying President Bachelet in Chile, and reads `proffered` as speech', () => {
    const r = extract(
      '1. (U) Foreign Minister Mariano Fernandez and Under Secretary Angel Flisfisch accompanied President Michelle Bachelet, while A/S Valenzuela was joined by the Ambassador.\n\n2. (C) Bachelet proffered the widely-held belief that the candidates agree on policy.\n',
      'R 151200Z JAN 10\nFM AMEMBASSY SANTIAGO\nTO SECSTATE WASHDC\n\nC O N F I D E N T I A L SANTIAGO 000015\n\nSUBJECT: TEST\n\n',
    );
    expect(r.persons.find((p) => p.name === 'Angel Flisfisch')?.affiliation).toBe('Chile');
    expect(said(r)).toContain('2 Michelle Bachelet proffered');
  });
});

describe('held-out round 94: more family names written first, congressional committees, Burmese leaders', () => {
  it('reads `Zhai Kun` as Zhai, places HFAC staff in the United States and Than Shwe in Burma', () => {
    const r = extract(
      '1. (SBU) CICIR scholar Zhai Kun met HFAC professional staff member Eric Richardson. Zhai said Senior General Than Shwe was rational.\n',
      'R 151200Z JAN 08\nFM AMEMBASSY BEIJING\nTO SECSTATE WASHDC\n\nC O N F I D E N T I A L BEIJING 000125\n\nSUBJECT: TEST\n\n',
    );
    const sides = Object.fromEntries(r.persons.map((p) => [p.surname, p.affiliation]));
    expect(sides).toMatchObject({ Zhai: 'China', Richardson: 'United States', Shwe: 'Burma' });
  });
});

describe('held-out round 95: lone surnames in a list with a known person', () => {
  it('reads `Kissinger, Schulz, Perry and Nunn` as four persons, not `Environment, Science and Technology Counselor`', () => {
    const r = extract(
      '1. (C) He said that when he had received Kissinger, Schulz, Perry and Nunn on February 3, arms control was not discussed. The Environment, Science and Technology Counselor met them.\n',
    );
    const surnames = r.persons.map((p) => p.surname);
    expect(surnames).toEqual(expect.arrayContaining(['Kissinger', 'Nunn', 'Perry', 'Schulz']));
    expect(surnames).not.toContain('Science');
  });
});

describe('held-out round 97: contracted negations, `lauded`', () => {
  it("reads no speech after `hasn’t` or `haven't`, and `lauded` as speech", () => {
    const r = extract(
      "1. (C) Iglesias said that he has heard that Raul Castro might attend, but hasn’t confirmed his attendance. Gordon said that while we haven't spoken to Brammertz, the U.S. is helping. Iglesias lauded the high level of attention that Spain gives the forum.\n",
    );
    expect(said(r)).toEqual(['1 Iglesias said', '1 Gordon said', '1 Iglesias lauded']);
  });
});

describe('held-out round 98: a name given with `named`, `D/Amb.`, a person’s offices joined by `and`', () => {
  it('reads `a man named Ibrahim` as a person, places `D/Amb. Ricciardone` in the US and Karzai’s chief of staff in Afghanistan', () => {
    const r = extract(
      '1. (S) President Karzai’s Chief of Staff and former Ambassador to Iran, Omar Daudzai, met D/Amb. Ricciardone. Daudzai claimed that a man named Ibrahim directed the program.\n',
      'R 151200Z FEB 10\nFM AMEMBASSY KABUL\nTO SECSTATE WASHDC\n\nS E C R E T KABUL 000436\n\nSUBJECT: TEST\n\n',
    );
    const sides = Object.fromEntries(r.persons.map((p) => [p.surname, p.affiliation]));
    expect(sides).toMatchObject({
      Daudzai: 'Afghanistan',
      Ricciardone: 'United States',
      Karzai: 'Afghanistan',
    });
    expect(r.persons.map((p) => p.surname)).toContain('Ibrahim');
    expect(r.persons.find((p) => p.surname === 'Ricciardone')?.titles).toEqual(['Deputy Ambassador']);
  });
});

describe('held-out round 99: an office `to the` superior, participant lines flattened onto one line', () => {
  it('gives no `Secretary` title to the Executive Assistant to the Secretary, and reads each flattened line’s side', () => {
    const r = extract(
      '1. (U) Participants:\n\nU.S. The Secretary Charge d’Affaires Dan Clune Dr. Anne-Marie Slaughter, S/P Glyn Davies, EAP PDAS Robert Wood, Acting Spokesman Joseph Macmanus, Executive Assistant to the Secretary Aleisha Woodward, EAP/ANP notetaker\nAUSTRALIA Prime Minister Kevin Rudd Ambassador Dennis Richardson Duncan Lewis, National Security Advisor Alister Jordan, Chief of Staff Philip Green, Senior Foreign Policy Advisor\n\n2. (C) The Secretary noted the video message. Rudd agreed.\n',
    );
    const woodward = r.persons.find((p) => p.surname === 'Woodward');
    expect(woodward?.titles).not.toContain('Secretary');
    expect(said(r)).toEqual(['2 the Secretary noted', '2 Kevin Rudd agreed']);
    const sides = Object.fromEntries(r.persons.map((p) => [p.surname, p.affiliation]));
    expect(sides).toMatchObject({ Clune: 'United States', Woodward: 'United States', Rudd: 'Australia' });
  });
  it('reads no side from prose that opens with one in a paragraph about participants', () => {
    const r = extract(
      '1. (S) U.S. military participants agreed that General Vahid Aliyev appeared to be signaling a warning.\n',
      'R 151200Z MAY 09\nFM AMEMBASSY BAKU\nTO SECSTATE WASHDC\n\nS E C R E T BAKU 000478\n\nSUBJECT: TEST\n\n',
    );
    expect(r.persons.find((p) => p.surname === 'Aliyev')?.affiliation).toBe('Azerbaijan');
  });
});

describe('held-out round 100: a notable written whole, `faulted`, `challenged`, the means of an act asked for', () => {
  it('surnames `Saddam Hussein` by its last word, reads `faulted` and `challenged X to` as speech, not the means after them', () => {
    const r = extract(
      "1. (C) Witwit led the uprising against Saddam Hussein in 1991. Allawi faulted PM Maliki for comparing it to Saddam's tactics. Allawi challenged Qomi to prove Iran's good intentions by making a public statement and by telling his friends to respect the process. He said that the Salah ad-Din provincial dispute was a sign.\n",
      'R 051200Z FEB 10\nFM AMEMBASSY BAGHDAD\nTO SECSTATE WASHDC\n\nC O N F I D E N T I A L BAGHDAD 000290\n\nSUBJECT: TEST\n\n',
    );
    const saddam = r.persons.find((p) => p.name === 'Saddam Hussein');
    expect(saddam).toMatchObject({ surname: 'Hussein', given: 'Saddam', affiliation: 'Iraq' });
    expect(r.persons.map((p) => p.name)).not.toContain('Salah ad-Din');
    expect(said(r)).toEqual(['1 Allawi faulted', '1 Allawi challenged → Qomi', '1 Allawi said']);
  });
});

describe('held-out round 101: an inverted view, a view provided, words that hold another statement', () => {
  it('reads `his view is that` and `provided the Ambassador with his view` as speech', () => {
    const r = extract(
      '1. (C) Aznar told the Ambassador that the U.S. should cease. His view is that the U.S. would make concessions. President Aznar briefly provided the Ambassador with his view on Latin America.\n',
    );
    expect(said(r)).toEqual([
      '1 Aznar told → the Ambassador',
      '1 Aznar view is',
      '1 Aznar provided → the Ambassador',
    ]);
    expect(r.statements[1]?.text).toBe('the U.S. would make concessions');
  });
  it('keeps the words of a statement whole when another statement stands inside them', () => {
    const r = extract(
      '1. (C) Rao stressed the point, noting that the GOI had previously provided a detailed briefing on this issue. Moratinos said that Zapatero had asked him to convey his regards.\n',
    );
    const texts = Object.fromEntries(r.statements.map((s) => [`${s.speaker} ${s.cue}`, s.text]));
    expect(texts['Rao noting']).toBe('the GOI had previously provided a detailed briefing on this issue');
    expect(texts['Moratinos said']).toBe('Zapatero had asked him to convey his regards');
  });
});

describe('held-out round 102: a list of `Title for Portfolio Name` items', () => {
  it('gives each name in the list the title before it, and keeps a title after its name', () => {
    const r = extract(
      '1. (C) Members are NSIS Director Gichangi, Minister for Defense Haji, Minister for Internal Security Saitoti, Commandant of the Administration Police Mbugua, and Police Commissioner Iteere. Anita Friedt, Director of Non-Proliferation, attended.\n',
    );
    const titles = Object.fromEntries(r.persons.map((p) => [p.surname, p.titles]));
    expect(titles).toMatchObject({
      Gichangi: ['Director'],
      Haji: ['Minister'],
      Saitoti: ['Minister'],
      Mbugua: ['Commandant'],
      Friedt: ['Director'],
    });
    expect(r.persons.map((p) => p.surname)).not.toContain('Non-Proliferation');
  });
});

describe('held-out round 103: `whom he described`, `European states`, words before a speaker and a date', () => {
  it('gives `whom he described` to the one who spoke, reads no person in `European`, and takes the words before `X told Y December 29`', () => {
    const r = extract(
      '1. (C) China is "gravely concerned" by the transfer, Assistant Foreign Minister Liu Jieyi told the Ambassador December 29. The USG appreciates the help of Switzerland and other European states. The delegation may include DPP representative Annette Lu, whom he described as "bent on independence."\n',
    );
    expect(r.persons.map((p) => p.surname)).not.toContain('European');
    expect(said(r)).toEqual(['1 Liu Jieyi told → the Ambassador', '1 Liu Jieyi described']);
    expect(r.statements[0]?.text).toBe('China is "gravely concerned" by the transfer');
  });
});

describe('held-out round 104: a title’s short form before a name, `related to`, names after `in`', () => {
  it('reads `SCR` as Frank Ruggiero, `related to AVIPA` as no speech and `in Marjah telling` as no person', () => {
    const r = extract(
      '1. (S) Senior Civilian Representative (SCR) Frank Ruggiero met Ahmed Wali Karzai (AWK) on February 23. SCR informed AWK that attention will turn to Kandahar. AWK told the President about economic activity in Arghandab related to AVIPA Plus. SCR used the example of citizens in Marjah telling Marines they would not support GIRoA. Further emphasizing his links to the United States, AWK recalled his days in Chicago.\n',
    );
    expect(said(r)).toContain('1 Frank Ruggiero informed → Ahmed Wali Karzai');
    const names = r.persons.map((p) => p.name);
    for (const place of ['Arghandab', 'Marjah', 'Further', 'SCR']) expect(names).not.toContain(place);
    expect(said(r).filter((x) => x.includes('related'))).toEqual([]);
  });
});

describe('held-out round 105: `he` after a second speaker joined by `and`, `D/D`', () => {
  it('gives `He asked` to the one who spoke in the second clause of the sentence before', () => {
    const r = extract(
      '1. (S) D/D Kappes noted that U.S. policy remains unchanged, and Saleh said that such support was "most important." He asked that the U.S. pressure other countries.\n',
    );
    expect(said(r)).toEqual(['1 Kappes noted', '1 Saleh said', '1 Saleh asked']);
    expect(r.persons.find((p) => p.surname === 'Kappes')?.titles).toEqual(['Deputy Director']);
  });
});

describe('held-out round 104, continued: a place before a full name', () => {
  it('reads `for Kandahar Kayyum Karzai` and `in Riyadh Emmanuel Bonne` without the place, and keeps `Santiago Miralles Huete`', () => {
    const r = extract(
      '1. (C) AWK offered a meeting with former Member of Parliament for Kandahar Kayyum Karzai. French DCM in Riyadh Emmanuel Bonne provided a readout. Spanish Charge Santiago Miralles Huete attended.\n',
    );
    const names = r.persons.map((p) => p.name);
    expect(names).toEqual(
      expect.arrayContaining(['Kayyum Karzai', 'Emmanuel Bonne', 'Santiago Miralles Huete']),
    );
  });
});

describe('held-out round 107: a mother’s family name with a particle, a gerund after `from ... or`', () => {
  it('joins `DG Corral` to `Guillermo Corral van Damme`, and reads no speech in `prohibited from giving away property or offering compensation`', () => {
    const r = extract(
      '1. (SBU) The Minister was accompanied by Director General for Cultural Policy Guillermo Corral van Damme. The state is prohibited from giving away property or offering compensation, Claude Cassirer was told. DG Corral pointed out that Spain had acquired the painting legally. Spain is sensitive to the claim, Corral said.\n',
    );
    expect(r.persons.filter((p) => /Corral/.test(p.name)).map((p) => p.name)).toEqual([
      'Guillermo Corral van Damme',
    ]);
    expect(said(r)).toEqual([
      '1 Guillermo Corral van Damme pointed out',
      '1 Guillermo Corral van Damme said',
    ]);
  });
});

describe('held-out round 108: a compound given name, a capitalised particle that ends a name', () => {
  it('reads `Mustaq Ali Patel` and `Philippe Tran Van` whole, and `Dera Ismail Khan` as no person', () => {
    const r = extract(
      '1. (S) Of the seven detainees, only Mustaq Ali Patel was released. Ministry of Justice official Philippe Tran Van attended. Fighting spread to Dera Ismail Khan.\n',
    );
    const names = r.persons.map((p) => p.name);
    expect(names).toEqual(expect.arrayContaining(['Mustaq Ali Patel', 'Philippe Tran Van']));
    expect(names).not.toContain('Dera Ismail Khan');
  });
});

describe('held-out round 109: unnamed sources, a name spoken of before `he`', () => {
  it('gives no named person the words of an unnamed source', () => {
    const r = extract(
      '1. (C) "Neither Moussavi nor Karroubi can stop this now," one social activist contended. A Tehran University lecturer stressed that organization is spreading. He conceded a lack of rural protest. According to this source, Khameini is subject to depression. He claimed that Khameini relies on his advisors. Khameini\'s son Mojtaba he dismissed as "a complete idiot." He added that the group is intent on exporting revolution.\n',
    );
    expect(said(r).filter((x) => /Moussavi|Karroubi|Khameini|Mojtaba/.test(x))).toEqual([]);
  });
});

describe('held-out round 111: `according to` an office, a note in parentheses, then the name', () => {
  it('gives `according to French MFA Acting Middle East Director (Assistant-Secretary equivalent) Jean-Christophe Paucelle` to Paucelle', () => {
    const r = extract(
      '1. (C/NF) EU members will send low-ranking diplomats, according to French MFA Acting Middle East Director (Assistant-Secretary equivalent) Jean-Christophe Paucelle. Paucelle said it was hard.\n',
    );
    expect(said(r)).toEqual(['1 Jean-Christophe Paucelle according to', '1 Jean-Christophe Paucelle said']);
  });
});

describe('held-out round 113: represented by, a body a title is of, inverted speech tags', () => {
  const OUAGA =
    'R 150712Z DEC 09\nFM AMEMBASSY OUAGADOUGOU\nTO SECSTATE WASHDC\n\nC O N F I D E N T I A L OUAGADOUGOU 001159\n\nSUBJECT: TEST\n\n';
  it('gives those a country is represented by its side, over the host and an Ambassador read as American', () => {
    const r = extract(
      '1. (C) The French were represented at the ICG by Francois Goldblatt, Ambassador to Burkina Faso, and Charlotte Montel, Africa Advisor at MFA, who saw the efforts as weak.\n',
      OUAGA,
    );
    const side = Object.fromEntries(r.persons.map((p) => [p.surname, p.affiliation]));
    expect(side).toMatchObject({ Goldblatt: 'France', Montel: 'France' });
  });
  it('gives `the President of the ECOWAS Commission, Mohamed Ibn Chambas` the body, not a government a word of it names', () => {
    const r = extract(
      '1. (U) The meeting was chaired by the President of the ECOWAS Commission, Mohamed Ibn Chambas. Even the Chairman of the Treasury Select Committee, John McFall, has expressed concerns.\n',
      OUAGA,
    );
    const side = Object.fromEntries(r.persons.map((p) => [p.surname, p.affiliation]));
    expect(side.Chambas).toBe('ECOWAS');
    expect(side.McFall).not.toBe('United States');
  });
  it('reads no person in `the Community of Sahel-Saharan States`', () => {
    const r = extract(
      '1. (U) The Representative of the Libyan controlled Community of Sahel-Saharan States intervened.\n',
      OUAGA,
    );
    expect(r.persons).toEqual([]);
  });
  it('reads `, continued Chambas,` and `"...," said Chambas.` as his, with the quotation as the words', () => {
    const r = extract(
      '1. (U) Chambas stated that military rule had failed. It was, continued Chambas, in no way an invasion. "It is an offer of help," said Chambas.\n',
      OUAGA,
    );
    expect(said(r)).toEqual(['1 Chambas stated', '1 Chambas continued', '1 Chambas said']);
    expect(r.statements[2]?.text).toBe('"It is an offer of help,"');
  });
});

describe('held-out round 114: royal titles, offices of a country, quantified offices, inverted tags', () => {
  const BISHKEK =
    'R 291207Z OCT 08\nFM AMEMBASSY BISHKEK\nTO SECSTATE WASHDC\n\nC O N F I D E N T I A L BISHKEK 001095\n\nSUBJECT: TEST\n\n';
  it('gives `His Royal Highness Prince Andrew, the Duke of York` his titles and side, and `the Duke`, `HRH` and `the Prince` are he', () => {
    const r = extract(
      '1. (C) The Ambassador briefed His Royal Highness Prince Andrew, the Duke of York. The super-engaged Prince’s questions were pointed. The Duke then stated that he was worried. HRH then turned to China. He recounted a story. Snapped the Duke: "No surprise there."\n',
      BISHKEK,
    );
    expect(r.persons.map((p) => [p.surname, p.affiliation])).toEqual([['Andrew', 'United Kingdom']]);
    expect(said(r)).toEqual([
      '1 the Ambassador briefed → Andrew',
      '1 Andrew stated',
      '1 Andrew recounted',
      '1 Andrew Snapped',
    ]);
  });
  it('keeps a title before a body’s name out of persons (`Duke University’s MBA program`)', () => {
    const r = extract(
      '1. (C) Two professionals accepted into Duke University’s MBA program echoed them.\n',
      BISHKEK,
    );
    expect(r.persons).toEqual([]);
  });
  it('takes no subject from the object of an opening participle', () => {
    const r = extract(
      '1. (C) The Ambassador said she was glad. Addressing the Ambassador directly, Prince Andrew then turned to regional politics. He stated baldly that the UK was back.\n',
      BISHKEK,
    );
    expect(said(r)).toEqual(['1 the Ambassador said', '1 Andrew stated']);
  });
  it('reads `the President of Tajikistan`, `every single other regional President` as no President named elsewhere', () => {
    const r = extract(
      '1. (C) President Bakiyev met him. Andrew added that every single other regional President had told him of such letters. He recounted that he had asked the President of Tajikistan about China, and the President had responded with rude language.\n',
      BISHKEK,
    );
    expect(said(r).filter((x) => x.includes('Bakiyev'))).toEqual([]);
  });
  it('reads `(NOTE: Interestingly, ...` as no name, and `railed at`, `cracked:`, `terming` as speech', () => {
    const r = extract(
      '1. (C) Prince Andrew cracked: "They will not change!" He railed at British investigators. He nodded, terming Chinese expansion "a menace." (NOTE: Interestingly, the Turkish Ambassador described the deal. END NOTE.)\n',
      BISHKEK,
    );
    expect(r.persons.map((p) => p.surname)).toEqual(['Andrew']);
    expect(said(r)).toEqual([
      '1 Andrew cracked',
      '1 Andrew railed',
      '1 Andrew terming',
      '1 the Ambassador described',
    ]);
  });
});

describe('held-out round 115: according to several officials, the nearest earlier speaker of a sentence', () => {
  const BELGRADE =
    'R 191207Z OCT 09\nFM AMEMBASSY BELGRADE\nTO SECSTATE WASHDC\n\nC O N F I D E N T I A L BELGRADE 001222\n\nSUBJECT: TEST\n\n';
  it('reads an office written in lower case before each name after `according to`, joined by `and`', () => {
    const r = extract(
      '1. (SBU) Difficulties included the years that had passed, according to war crimes police head Aleksandar Kostic and war crimes prosecutor Vladimir Vukcevic.\n',
      BELGRADE,
    );
    expect(said(r)).toEqual(['1 Aleksandar Kostic according to', '1 Vladimir Vukcevic according to']);
  });
  it('gives `he` after a second speaker of the sentence to that speaker, past parentheses, and after a semicolon to the first', () => {
    const r = extract(
      '1. (SBU) While Kostic said cooperation had helped, Ljajic said the meetings were no longer useful, and he asked for support. Nawaz revealed that Zardari had offered to drop the case; he called on Pakistanis to protest.\n',
      BELGRADE,
    );
    expect(said(r)).toEqual([
      '1 Kostic said',
      '1 Ljajic said',
      '1 Ljajic asked',
      '1 Nawaz revealed',
      '1 Zardari offered',
      '1 Nawaz called',
    ]);
  });
  it('reads `Ambassador at Large for War Crimes Issues Stephen Rapp` as one titled name, and `very much` as no subject', () => {
    const r = extract(
      '1. (SBU) Ambassador at Large for War Crimes Issues Stephen Rapp highlighted the importance of capturing them. Tadic thanked Rapp and said Serbia very much welcomed the help.\n',
      BELGRADE,
    );
    expect(r.persons.find((p) => p.surname === 'Rapp')?.titles).toContain('Ambassador at Large');
    expect(said(r)).toEqual([
      '1 Stephen Rapp highlighted',
      '1 Tadic thanked → Stephen Rapp',
      '1 Tadic said → Stephen Rapp',
      '1 Serbia welcomed',
    ]);
  });
});

describe('held-out round 116: a visiting delegation’s legislators', () => {
  it('gives a Senator placed only by the host the side of the delegation the cable names', () => {
    const r = extract(
      '1. (SBU) Senator Joseph Lieberman, along with the Ambassador and codel staff members, met Sheikh Mohammad bin Rashid. Senator Lieberman asked for his views.\n',
      'R 301207Z MAY 07\nFM AMCONSUL DUBAI\nTO SECSTATE WASHDC\n\nS E C R E T DUBAI 000355\n\nSUBJECT: TEST\n\n',
    );
    expect(r.persons.find((p) => p.surname === 'Lieberman')?.affiliation).toBe('United States');
  });
});

describe('held-out round 117: a side’s list, an ethnic demonym, a country’s own Security Council', () => {
  const ASTANA =
    'R 161207Z JAN 09\nFM AMEMBASSY ASTANA\nTO SECSTATE WASHDC\n\nS E C R E T ASTANA 000095\n\nSUBJECT: TEST\n\n';
  it('gives those `The U.S. side included` its side, and reads POLAD as a US office', () => {
    const r = extract(
      '1. (SBU) The U.S. side included Major General Robert Allardice (CENTCOM J5), POLAD Michael Gfoeller, and the Ambassador. Security Council Secretary Kaibek Suleymenov accompanied President Nazarbayev.\n',
      ASTANA,
    );
    const side = Object.fromEntries(r.persons.map((p) => [p.surname, p.affiliation]));
    expect(side).toMatchObject({
      Allardice: 'United States',
      Gfoeller: 'United States',
      Suleymenov: 'Kazakhstan',
    });
  });
  it('takes no side from `the ethnic Uzbek leader Dostum`', () => {
    const r = extract('1. (S) He alluded to support for the ethnic Uzbek leader Dostum.\n', ASTANA);
    expect(r.persons.find((p) => p.surname === 'Dostum')?.affiliation).not.toBe('Uzbekistan');
  });
});

describe('held-out round 118: family names first before a US title, Burmese given names, a man’s `he`', () => {
  const RANGOON =
    'R 221207Z JAN 08\nFM AMEMBASSY RANGOON\nTO SECSTATE WASHDC\n\nC O N F I D E N T I A L RANGOON 000044\n\nSUBJECT: TEST\n\n';
  it('gives `Ambassador Guan Mu` in Rangoon the side of his name’s tradition, not the US', () => {
    const r = extract(
      '1. (C) Ambassador Guan Mu no longer tries to defend the regime. Guan agreed.\n',
      RANGOON,
    );
    expect(r.persons.map((p) => [p.surname, p.affiliation])).toEqual([['Guan', 'China']]);
  });
  it('reads `Senior General Than Shwe` whole, apart from `U Aung Shwe`, and `Ne Win`', () => {
    const r = extract(
      '1. (C) Charge pointed to Senior General Than Shwe as the obstacle. He received a letter from U Aung Shwe, the NLD Chairman. Guan questioned whether democracy could work, citing Ne Win’s efforts.\n',
      RANGOON,
    );
    expect(r.persons.map((p) => p.name).sort()).toEqual(['Aung Shwe', 'Guan', 'Ne Win', 'Than Shwe']);
  });
  it('keeps a pronoun in an opening clause from being the subject a name after it is', () => {
    const r = extract(
      '1. (C) Ambassador Guan Mu spoke of the roadmap. Charge said more talks were needed. Instead of taking credit as he has in previous meetings, Guan nodded in agreement. He repeated the Chinese interest in stability.\n',
      RANGOON,
    );
    expect(said(r)).toEqual(['1 Guan Mu spoke', "1 Charge d'Affaires said", '1 Guan Mu repeated']);
  });
  it('reads `he` as no office the sentence names after its verb', () => {
    const r = extract(
      '1. (C) Guan noted the party had few members. Charge mentioned that the Foreign Ministry had complained and asked if the Chinese had been called in. He smiled and asked if Charge visited NLD.\n',
      RANGOON,
    );
    expect(said(r).at(-1)).toBe('1 Guan asked');
  });
});

describe('held-out round 119: a father named in a patronymic, a council’s Arabic name', () => {
  const JEDDAH =
    'R 011207Z MAY 06\nFM AMCONSUL JEDDAH\nTO SECSTATE WASHDC\n\nC O N F I D E N T I A L JEDDAH 000700\n\nSUBJECT: TEST\n\n';
  it('keeps `King Faisal` apart from `Prince Khalid bin Faisal`, and `Prince Nayif` with `Nayif bin Abdulaziz`', () => {
    const r = extract(
      '1. (C) Prince Khalid bin Faisal received the Consul General. He praised his late father King Faisal. Interior Minister Prince Nayif bin Abdulaziz met Prince Mohammed bin Nayif. Prince Nayif said little.\n',
      JEDDAH,
    );
    expect(r.persons.map((p) => [p.name, p.titles.join(',')])).toEqual([
      ['Khalid bin Faisal', 'Prince'],
      ['Faisal', 'King'],
      ['Nayif bin Abdulaziz', 'Interior Minister,Prince'],
      ['Mohammed bin Nayif', 'Prince'],
    ]);
  });
  it('reads `the Majlis al-Shura` as a body, not a person', () => {
    const r = extract('1. (C) The Sultan would meet the Majlis al-Shura on February 26.\n', JEDDAH);
    expect(r.persons).toEqual([]);
  });
});

describe('held-out round 120: company titles, a portfolio before a name, a side led by someone', () => {
  const ABUJA =
    'R 191207Z OCT 09\nFM AMEMBASSY ABUJA\nTO SECSTATE WASHDC\n\nC O N F I D E N T I A L ABUJA 001907\n\nSUBJECT: TEST\n\n';
  it('reads a company officer, a minister whose name follows his portfolio, and one who heads a body’s team', () => {
    const r = extract(
      '1. (C) Shell EVP for Shell Companies in Africa Ann Pickard met with the Ambassador. She noted that an IMF team headed by Charles McPherson was in Abuja. NNPC General Managing Director Dr. Mohammed Barkindo was busy. Minister of State for Petroleum Resources Odein Ajumogobia had denied that the letter had been sent.\n',
      ABUJA,
    );
    expect(r.persons.map((p) => [p.name, p.titles.join(','), p.affiliation])).toEqual([
      ['Ann Pickard', 'Executive Vice President', 'Shell'],
      ['Charles McPherson', '', 'IMF'],
      ['Mohammed Barkindo', 'Group Managing Director,Doctor', 'Nigeria'],
      ['Odein Ajumogobia', 'Minister of State', 'Nigeria'],
    ]);
    expect(said(r)).toEqual(['1 Ann Pickard noted', '1 Odein Ajumogobia denied']);
  });
  it('reads `China’s recently reported interest` as no speech', () => {
    const r = extract('1. (C) Pickard mentioned China’s recently reported interest in oil blocks.\n', ABUJA);
    expect(said(r)).toEqual(['1 Pickard mentioned']);
  });
});

describe('held-out round 121: a dashed list after `Name:`, a portfolio in parentheses, a side whose people were listed', () => {
  const DELHI =
    'R 191207Z FEB 09\nFM AMEMBASSY NEW DELHI\nTO SECSTATE WASHDC\n\nC O N F I D E N T I A L NEW DELHI 000288\n\nSUBJECT: TEST\n\n';
  it('gives the verbs that open dashed items the name before the colon, on the same line or the line before', () => {
    const r = extract(
      '1. (C) In a meeting with Special Representative Richard Holbrooke, Foreign Secretary Shivshankar Menon:\n-- stated that India has a stake; -- gave his assessment that the Army was key; and -- provided a brief on the reaction.\n\n2. (C) Holbrooke: -- explained his role; -- emphasized Indian views.\n',
      DELHI,
    );
    expect(said(r)).toEqual([
      '1 Shivshankar Menon stated',
      '1 Shivshankar Menon gave',
      '1 Shivshankar Menon provided',
      '2 Richard Holbrooke explained',
      '2 Richard Holbrooke emphasized',
    ]);
  });
  it('reads `Joint Secretary (Americas) Gaitri Kumar` and the U.S. side listed after `were`, past semicolons', () => {
    const r = extract(
      '1. (C) Also in attendance from the U.S. side were Paul Jones, Deputy for Holbrooke; Ashley Bommer, Holbrooke’s assistant; and an Embassy notetaker; the Indian side also included Joint Secretary (Americas) Gaitri Kumar.\n',
      DELHI,
    );
    expect(r.persons.map((p) => [p.name, p.affiliation])).toEqual([
      ['Paul Jones', 'United States'],
      ['Ashley Bommer', 'United States'],
      ['Gaitri Kumar', 'India'],
      ['Holbrooke', 'United States'],
    ]);
  });
});

describe('held-out round 122: a title’s short form with a rank after it, an article written alone, a facility named for a king', () => {
  const KUWAIT =
    'R 281207Z JUL 09\nFM AMEMBASSY KUWAIT\nTO SECSTATE WASHDC\n\nS E C R E T KUWAIT 000760\n\nSUBJECT: TEST\n\n';
  it('reads `Deputy Chief of Staff (DCOS) LTG Ahmed Khalid Al Sabah` and `DCOS Al Sabah` as one person', () => {
    const r = extract(
      '1. (S) GEN David Petraeus met Kuwaiti Deputy Chief of Staff (DCOS) LTG Ahmed Khalid Al Sabah. DCOS Al Sabah responded that Kuwait seeks better relations. Defense Attache (DATT) Colonel Bret Rider attended.\n',
      KUWAIT,
    );
    expect(r.persons.map((p) => [p.name, p.titles.join(','), p.affiliation])).toEqual([
      ['David Petraeus', 'General', 'United States'],
      ['Ahmed Khalid Al Sabah', 'Deputy Chief of Staff,Lieutenant General', 'Kuwait'],
      ['Bret Rider', 'Defense Attache,Colonel', 'United States'],
    ]);
    expect(said(r)).toEqual(['1 Ahmed Khalid Al Sabah responded → David Petraeus']);
  });
  it('places a notable person by given names written another way, and reads no person in a facility named for a king', () => {
    const r = extract(
      '1. (S) He must compromise with Ayatollah Ali Akbar Rafsanjani or face Mir Housein Mousavi. Kuwait should send forces to Jordan’s King Abdullah II Special Operations Training Center.\n',
      KUWAIT,
    );
    expect(r.persons.map((p) => [p.name, p.affiliation])).toEqual([
      ['Ali Akbar Rafsanjani', 'Iran'],
      ['Mir Housein Mousavi', 'Iran'],
    ]);
  });
});

describe('held-out round 123: a French rank with its elision, a ruler’s number, a titled name `of` a body', () => {
  const RABAT =
    'R 051207Z JAN 10\nFM AMEMBASSY RABAT\nTO SECSTATE WASHDC\n\nS E C R E T RABAT 000005\n\nSUBJECT: TEST\n\n';
  it('reads `General de Corps d,Armee Abdelaziz Bennani`, `King Mohammed VI` and `General Ward of Africa Command`', () => {
    const r = extract(
      '1. (S) General Ward of Africa Command met Inspector General of the Moroccan Royal Armed Forces General de Corps d,Armee Abdelaziz Bennani. He emphasized that King Mohammed VI had designated him.\n',
      RABAT,
    );
    expect(r.persons.map((p) => [p.name, p.surname, p.affiliation])).toEqual([
      ['Ward', 'Ward', 'United States'],
      ['Abdelaziz Bennani', 'Bennani', 'Morocco'],
      ['Mohammed VI', 'Mohammed', 'Morocco'],
    ]);
  });
});

describe('held-out round 125: `ben` inside a family name', () => {
  it('reads `Hatem Ben Salim` and `Monique Cerisier ben Guiga`, and `Ben Fender` as given name and family name', () => {
    const r = extract(
      '1. (C) His relationship with the MFA declined after the departure of Hatem Ben Salim. UK Political Officer Ben Fender told us that Senator Monique Cerisier ben Guiga agreed.\n',
      'R 011207Z JUN 09\nFM AMEMBASSY TUNIS\nTO SECSTATE WASHDC\n\nS E C R E T TUNIS 000399\n\nSUBJECT: TEST\n\n',
    );
    expect(r.persons.map((p) => [p.name, p.surname])).toEqual([
      ['Hatem Ben Salim', 'Salim'],
      ['Ben Fender', 'Fender'],
      ['Monique Cerisier ben Guiga', 'ben Guiga'],
    ]);
  });
});

describe('held-out round 126: a given name in parentheses, companions listed with semicolons, a country’s desk', () => {
  const BEIRUT =
    'R 021207Z JUL 09\nFM AMEMBASSY BEIRUT\nTO SECSTATE WASHDC\n\nC O N F I D E N T I A L BEIRUT 000818\n\nSUBJECT: TEST\n\n';
  it('reads `Colonel Bjarne (Michael) Iverson` as one person, and those accompanying a US side past semicolons as American', () => {
    const r = extract(
      '1. (SBU) General Petraeus and the Ambassador were accompanied by Colonel Bjarne (Michael) Iverson, Executive Officer; Colonel Mike Bell, Director - Commander’s Initiatives Group; Sadi Othman, Cultural Advisor.\n',
      BEIRUT,
    );
    expect(r.persons.map((p) => [p.name, p.affiliation])).toEqual([
      ['Petraeus', 'United States'],
      ['Bjarne Iverson', 'United States'],
      ['Mike Bell', 'United States'],
      ['Sadi Othman', 'United States'],
    ]);
  });
  it('takes no side from the country of a desk (`Iran Desk Officer Arnaud Pescheux`)', () => {
    const r = extract(
      '1. (C) MFA Iran Desk Officer Arnaud Pescheux told us so.\n',
      'R 021207Z JUL 09\nFM AMEMBASSY PARIS\nTO SECSTATE WASHDC\n\nC O N F I D E N T I A L PARIS 000159\n\nSUBJECT: TEST\n\n',
    );
    expect(r.persons.map((p) => [p.name, p.affiliation])).toEqual([['Arnaud Pescheux', 'France']]);
  });
});

describe('held-out round 127: a given name written alone, an ordinary word opening the sentence', () => {
  it('reads `Evo said` as President Evo Morales, not as `Later Evo` nor as the programme `Evo Cumple`', () => {
    const r = extract(
      "1. (C) A/S Shannon met with Bolivian President Evo Morales. Evo said he wanted to be sincere. Later Evo said he had been told so. Evo insisted that the 'Bolivia Cambia, Evo Cumple' program is sound, and 'Evo Cumple' should get the money.\n",
      'R 241207Z JUL 08\nFM AMEMBASSY LA PAZ\nTO SECSTATE WASHDC\n\nC O N F I D E N T I A L LA PAZ 001667\n\nSUBJECT: TEST\n\n',
    );
    expect(said(r).slice(0, 3)).toEqual([
      '1 Evo Morales said → Shannon',
      '1 Evo Morales said → Shannon',
      '1 Evo Morales insisted → Shannon',
    ]);
  });
});

describe('held-out round 128: another side’s offices after a titled name, a given name before bin, Amcit', () => {
  const DUBAI =
    'R 251207Z JAN 07\nFM AMCONSUL DUBAI\nTO SECSTATE WASHDC\n\nC O N F I D E N T I A L DUBAI 000059\n\nSUBJECT: TEST\n\n';
  it('keeps `UAE Vice President, Prime Minister and Dubai Ruler` off `U/S Burns`, and reads `Sultan bin Sulayem`, `Amcit Vafa Valapour`', () => {
    const r = extract(
      '1. (C) In a January 23 meeting in Dubai with U/S Burns, UAE Vice President, Prime Minister and Dubai Ruler Sheikh Mohammed bin Rashid al Maktoum expressed concern. Dubai World head Sultan bin Sulayem attended. U/S Burns raised the case of Amcit Vafa Valapour and expressed admiration for the Dubai’s rapid development.\n',
      DUBAI,
    );
    expect(r.persons.map((p) => [p.name, p.titles.join(','), p.affiliation])).toEqual([
      ['Burns', 'Under Secretary', 'United States'],
      ['Mohammed bin Rashid al Maktoum', 'Sheikh', 'United Arab Emirates'],
      ['Sultan bin Sulayem', '', 'United Arab Emirates'],
      ['Vafa Valapour', 'American Citizen', 'United States'],
    ]);
  });
});

describe('held-out round 130: a compound adjective before a name, a `he said` set off after a speaker', () => {
  const MOSCOW =
    'R 051207Z JUN 09\nFM AMEMBASSY MOSCOW\nTO SECSTATE WASHDC\n\nC O N F I D E N T I A L MOSCOW 001488\n\nSUBJECT: TEST\n\n';
  it('reads `the Russian-speaking Lieberman` as Lieberman, `quizzed` and `rebuffed` as speech, and the `he` set off as Lavrov', () => {
    const r = extract(
      '1. (C) The visit cemented the impression that the Russian-speaking Lieberman is one of their own. Lavrov quizzed Lieberman on a U.S. plan. Lieberman rebuffed Lavrov’s calls to ease the pressure. Fuchs said the talks were good.\n\n2. (C) Lavrov raised Russian concern with revisionism, which, he said, was particularly acute in Eastern Europe.\n',
      MOSCOW,
    );
    expect(r.persons.map((p) => p.name).sort()).toEqual(['Fuchs', 'Lavrov', 'Lieberman']);
    expect(said(r)).toEqual([
      '1 Lavrov quizzed → Lieberman',
      '1 Lieberman rebuffed',
      '1 Fuchs said',
      '2 Lavrov raised',
      '2 Lavrov said',
    ]);
  });
});

describe('held-out round 131: a demonym between a title and a name', () => {
  it('reads `PM Macedonian Gruevski` as Macedonian, and `Republika Srpska PM Dodic` as of Bosnia', () => {
    const r = extract(
      '1. (C) The Chancellor knew PM Macedonian Gruevski well. Tadic was tough on Republika Srpska PM Dodic.\n',
      'R 121207Z NOV 09\nFM AMEMBASSY BERLIN\nTO SECSTATE WASHDC\n\nC O N F I D E N T I A L BERLIN 001433\n\nSUBJECT: TEST\n\n',
    );
    const side = Object.fromEntries(r.persons.map((p) => [p.surname, p.affiliation]));
    expect(side).toMatchObject({ Gruevski: 'Macedonia', Dodic: 'Bosnia and Herzegovina' });
  });
});

describe('held-out round 134: an adjective before a speech noun, `pushed back`, a notable name written apart', () => {
  it('reads `gave a spirited reply` and `pushed back` as speech, and `El-Baradei` as the IAEA head', () => {
    const r = extract(
      '1. (S) The FM had just gotten off the phone with El-Baradei. El-Baradei had said he would call Washington.\n\n2. (C) Gordon pressed Davutoglu on the consequences. Davutoglu gave a spirited reply, that Turkey was aware of this risk. Gordon pushed back that Ankara should give a stern public message.\n',
      'R 171708Z NOV 09\nFM AMEMBASSY ANKARA\nTO SECSTATE WASHDC\n\nS E C R E T ANKARA 001654\n\nSUBJECT: TEST\n\n',
    );
    expect(said(r)).toEqual([
      '1 El-Baradei said',
      '2 Gordon pressed → Davutoglu',
      '2 Davutoglu gave',
      '2 Gordon pushed back',
    ]);
    expect(r.persons.find((p) => p.surname === 'El-Baradei')?.affiliation).toBe('IAEA');
  });
});

describe('held-out round 135: `who` after an opening parenthesis, SEMEP, Imad', () => {
  it('gives the words after `(who` to the name before, reads SEMEP as a US office and Imad as a given name', () => {
    const r = extract(
      '1. (S) Charge explained the message reflected concerns that SEMEP Mitchell had shared previously with President Asad.\n\n2. (S) In the midst of hosting a visit by Iranian President Ahmedinejad (who openly criticized the testimony), the SARG might interpret our demarche as an attempt. A Hizballah operation to avenge Imad Mughniyeh would increase this danger.\n',
      'R 261207Z FEB 10\nFM AMEMBASSY DAMASCUS\nTO SECSTATE WASHDC\n\nS E C R E T DAMASCUS 000168\n\nSUBJECT: TEST\n\n',
    );
    expect(r.persons.map((p) => [p.name, p.titles.join(','), p.affiliation])).toEqual([
      ['Mitchell', 'Special Envoy for Middle East Peace', 'United States'],
      ['Asad', 'President', 'Syria'],
      ['Ahmedinejad', 'President', 'Iran'],
      ['Imad Mughniyeh', '', 'Syria'],
    ]);
    expect(said(r)).toEqual([
      "1 Charge d'Affaires explained",
      '1 Mitchell shared → Asad',
      '2 Ahmedinejad criticized',
    ]);
  });
});

describe('held-out round 136: a particle-led family name cited alone, `he added` after a sentence about another, a section heading country', () => {
  it('joins `SYG de Hoop Scheffer` to `Jaap de Hoop Scheffer`, gives `He added` to the last speaker, and places a president under `LEBANON`', () => {
    const r = extract(
      '1. (C) USDP Edelman met NATO SYG de Hoop Scheffer.\n\nLEBANON\n\n2. (C) Edelman said this was his third visit to Beirut. President Suleiman is now more self-assured than he had been. He added that he is skeptical.\n\nSecGen\n\n3. (S) In his conversation with NATO SYG Jaap de Hoop Scheffer, Edelman said that Karzai apologized. SecGen responded that this does not bode well.\n',
      'R 061207Z JUN 08\nFM USMISSION USNATO\nTO SECSTATE WASHDC\n\nC O N F I D E N T I A L USNATO 000208\n\nSUBJECT: TEST\n\n',
    );
    expect(r.persons.filter((p) => p.surname === 'Scheffer').map((p) => p.name)).toEqual([
      'Jaap de Hoop Scheffer',
    ]);
    expect(r.persons.find((p) => p.surname === 'Suleiman')?.affiliation).toBe('Lebanon');
    // (Said in the meeting with the SYG the first paragraph reports.)
    expect(said(r).filter((x) => x.startsWith('2'))).toEqual([
      '2 Edelman said → Jaap de Hoop Scheffer',
      '2 Edelman added → Jaap de Hoop Scheffer',
    ]);
    expect(said(r).filter((x) => x.startsWith('3'))).toEqual([
      '3 Edelman said → Jaap de Hoop Scheffer',
      '3 Karzai apologized',
      '3 Jaap de Hoop Scheffer responded → Edelman',
    ]);
  });

  it('gives an office with `the`, set off before a ranked name, to that person (`the COS, LTG ...`)', () => {
    const r = extract(
      '1. (S) They were met by the COS, LTG Hamid Thani al Rumaithy, and others.\n\n2. (S) The COS noted that Iran is a threat.\n',
      'R 231207Z FEB 09\nFM AMEMBASSY ABU DHABI\nTO SECSTATE WASHDC\n\nS E C R E T ABU DHABI 000192\n\nSUBJECT: TEST\n\n',
    );
    expect(r.persons.map((p) => [p.name, p.titles.join(',')])).toEqual([
      ['Hamid Thani al Rumaithy', 'Lieutenant General,Chief of Staff'],
    ]);
    expect(said(r)).toEqual(['2 Hamid Thani al Rumaithy noted']);
  });
});

describe('held-out round 137: a participant line whose offices state one side, `musing`', () => {
  it('places the unlabelled US line of a list by its Defense Attache and Political Officer, not by the host', () => {
    const r = extract(
      '1. (C) Antony said it needed to be defensible to Parliament, musing that he himself is accountable.\n\n2. (SBU) Participants:\nNSA General (retired) James Jones Senior Director Don Camp DATT Colonel Richard White Political Officer Sameer Sheth (notetaker)\nMinister A.K. Antony Chief of Army Staff, General Deepak Kapoor\n\n3. (C) Jones told Antony the U.S. is in agreement.\n',
      'R 301207Z JUN 09\nFM AMEMBASSY NEW DELHI\nTO SECSTATE WASHDC\n\nC O N F I D E N T I A L NEW DELHI 001337\n\nSUBJECT: TEST\n\n',
    );
    const side = Object.fromEntries(r.persons.map((p) => [p.surname, p.affiliation]));
    expect(side).toMatchObject({
      Jones: 'United States',
      Camp: 'United States',
      Antony: 'India',
      Kapoor: 'India',
    });
    expect(said(r)).toEqual([
      '1 A.K. Antony said',
      '1 A.K. Antony musing',
      '3 James Jones told → A.K. Antony',
    ]);
  });
});

describe('held-out round 138: a given name that is a country with an `s`, a gerund subject, welcoming people, `assessed.`', () => {
  const RABAT =
    'R 111207Z JUL 07\nFM AMEMBASSY RABAT\nTO SECSTATE WASHDC\n\nS E C R E T RABAT 001229\n\nSUBJECT: TEST\n\n';
  it('reads `Frances Fragos Townsend` whole, with her title past its short form', () => {
    const r = extract(
      '1. (S) Frances Fragos Townsend, Assistant to the President for Homeland Security and Counterterrorism (APHSCT), met the chiefs. The Saudis warned Iran.\n',
      RABAT,
    );
    expect(r.persons.map((p) => [p.name, p.titles[0], p.affiliation])).toEqual([
      [
        'Frances Fragos Townsend',
        'Assistant to the President for Homeland Security and Counterterrorism',
        'United States',
      ],
    ]);
  });

  it('reads no speech in a gerund subject or in welcoming people, and `X, Hammouchi assessed.` as speech', () => {
    const r = extract(
      '1. (S) Minister of Interior Chakib Benmoussa welcomed Townsend, the Ambassador, and emboffs to his office. Townsend expressed understanding. Explaining such decisions to the public was always tricky, she added. Cooperation with the Algerians was erratic, Benmoussa assessed. Benmoussa welcomed Townsend’s visit. Noting that it was late, Benmoussa said the talks were good.\n',
      RABAT,
    );
    expect(said(r)).toEqual([
      '1 Townsend expressed',
      '1 Townsend added',
      '1 Chakib Benmoussa assessed',
      '1 Chakib Benmoussa welcomed',
      '1 Chakib Benmoussa Noting',
      '1 Chakib Benmoussa said',
    ]);
  });
});

describe('held-out round 139: unnamed speakers before `who`, in an opening, and before a joined verb', () => {
  const PRETORIA =
    'R 061207Z NOV 09\nFM AMEMBASSY PRETORIA\nTO SECSTATE WASHDC\n\nC O N F I D E N T I A L PRETORIA 002263\n\nSUBJECT: TEST\n\n';
  it('reads `Deputy Transport Minister Jeremy Cronin` and `ANC Treasurer Mathews Phosa` as titled names', () => {
    const r = extract(
      '1. (C) Deputy Transport Minister Jeremy Cronin told the Sowetan that nobody is above the law. ANC Treasurer Mathews Phosa told British businesses that the Government would not nationalize the mines.\n',
      PRETORIA,
    );
    expect(r.persons.map((p) => [p.name, p.titles.join(',')])).toEqual([
      ['Jeremy Cronin', 'Deputy Transport Minister'],
      ['Mathews Phosa', 'Treasurer'],
    ]);
  });

  it('gives no named person the words of `the woman who`, of `A general manager ... he`, or of a verb joined to an unnamed speaker', () => {
    const r = extract(
      '1. (C) Malema met with Chancellor Jonathan Jansen.\n\n2. (C) The Youth League initially said that Jansen should be fired and alluded to the strategy in saying that those who excuse racism are criminals. Malema told an election rally that the woman who accused Zuma of rape had a nice time. Malema blasted the media. A general manager for traffic was ultimately called to the scene and the following day he asked traffic officials to write letters.\n',
      PRETORIA,
    );
    expect(said(r)).toEqual(['2 Malema told', '2 Malema blasted']);
  });
});

describe('held-out round 140: a passive with a named agent and no verb of being, a board', () => {
  it('gives `that expressed by Mayor Ledezma` and `, reiterated by President Obama` to the agent, not an opening `Asked by`', () => {
    const r = extract(
      '1. (C) Members of the CAIV Board said they felt orphaned.\n\n2. (C) This conclusion is similar to that expressed by opposition Mayor of Caracas Antonio Ledezma, who told Brazilian legislators that Chavez was dangerous. Al-Sabban said the rhetoric, reiterated by President Obama in Copenhagen, is antagonistic. Asked by Ledezma if he meant it, Al-Sabban replied that he did. The plan was proposed by Ledezma.\n',
      'R 301207Z OCT 09\nFM AMEMBASSY CARACAS\nTO SECSTATE WASHDC\n\nC O N F I D E N T I A L CARACAS 001401\n\nSUBJECT: TEST\n\n',
    );
    expect(r.persons.map((p) => p.name)).not.toContain('Board');
    expect(said(r)).toEqual([
      '2 Antonio Ledezma expressed',
      '2 Antonio Ledezma told → Brazil',
      '2 Al-Sabban said',
      '2 Obama reiterated',
      '2 Al-Sabban replied',
      // (With a verb of being too, from held-out round 179.)
      '2 Antonio Ledezma proposed',
    ]);
  });
});

describe('held-out round 141: a name in an opening phrase of a preposition, a meeting opened by speech', () => {
  it('gives no words to `CODEL Levin` in `In meetings with CODEL Levin, the chief of staff ... expressed`, and reads `began ... by conveying`', () => {
    const r = extract(
      '1. (C) SUMMARY: In meetings with CODEL Levin, the Polish Prime Minister’s chief of staff expressed unanimous support for a large U.S. military footprint. END SUMMARY.\n\n2. (C) Senator Levin began all three meetings by conveying the President’s message that the U.S. commitment is rock solid.\n',
      'R 171207Z APR 09\nFM AMEMBASSY WARSAW\nTO SECSTATE WASHDC\n\nC O N F I D E N T I A L WARSAW 000467\n\nSUBJECT: TEST\n\n',
    );
    expect(said(r)).toEqual(['2 Levin conveying']);
  });
});

describe('held-out round 144: an envoy to a body of states listed under his country', () => {
  it('places `UN Charge Pablo Solon` under `Bolivia` in Bolivia, and `Under Secretary Otero opened the meeting by reaffirming`', () => {
    const r = extract(
      '1. (U) Participants:\n\nU.S.\nU/S Maria Otero\n\nBolivia\nForeign Minister David Choquehuanca\nUN Charge Pablo Solon\n\n2. (C) Under Secretary Otero opened the meeting by reaffirming Secretary Clinton’s commitment to improve relations with Bolivia.\n',
      'R 241207Z SEP 09\nFM SECSTATE WASHDC\nTO AMEMBASSY LA PAZ\n\nC O N F I D E N T I A L STATE 100988\n\nSUBJECT: TEST\n\n',
    );
    const side = Object.fromEntries(r.persons.map((p) => [p.surname, p.affiliation]));
    expect(side).toMatchObject({ Otero: 'United States', Choquehuanca: 'Bolivia', Solon: 'Bolivia' });
    expect(said(r)).toEqual(['2 Maria Otero reaffirming']);
  });
});

describe('held-out round 146: a lower-case office as a speaker, a title that is a family name, a place in a condition', () => {
  it('reads `The foreign minister also said` as Yu, `Ambassador King` as King, and no one in `if Pyongyang asked for it and agreed`', () => {
    const r = extract(
      '1. (C) Foreign Minister Yu Myung-hwan met Special Envoy Robert King. Yu thanked Ambassador King for his help. The foreign minister said the ROK would provide food aid if Pyongyang asked for it and agreed to monitoring. The foreign minister also said the ROK would fund NGOs.\n',
      'R 141207Z JAN 10\nFM AMEMBASSY SEOUL\nTO SECSTATE WASHDC\n\nC O N F I D E N T I A L SEOUL 000062\n\nSUBJECT: TEST\n\n',
    );
    expect(r.persons.map((p) => p.name)).toEqual(['Yu Myung-hwan', 'Robert King']);
    expect(said(r)).toEqual([
      '1 Yu Myung-hwan thanked → Robert King',
      '1 Yu Myung-hwan said → Robert King',
      '1 Yu Myung-hwan said → Robert King',
    ]);
  });
});

describe('held-out round 147: `who` past an auxiliary, `keeping X informed`, a position presented', () => {
  it('gives `Zapatero, who had since responded to Buzek` to Zapatero, and no speech to `keeping the Parliament informed`', () => {
    const r = extract(
      '1. (C) Bastarreche said the Presidency was determined to be diligent about keeping the Parliament informed. He cited the involvement of Spanish Prime Minister Zapatero, who had since responded to Buzek with detailed legal arguments. Kennard presented the position of the EU.\n',
      'R 031207Z FEB 10\nFM USEU BRUSSELS\nTO SECSTATE WASHDC\n\nC O N F I D E N T I A L BRUSSELS 000128\n\nSUBJECT: TEST\n\n',
    );
    expect(said(r)).toEqual([
      '1 Bastarreche said',
      '1 Bastarreche cited',
      '1 Zapatero responded → Buzek',
      '1 Kennard presented',
    ]);
  });
});

describe('held-out round 148: words named before their speaker, an overview provided after a date', () => {
  it('reads `the points he had made earlier to Feltman` and `provided PolCouns March 16 with an overview`, not `made a point of inviting`', () => {
    const r = extract(
      '1. (S) MFA Deputy Director General Yacov Hadas provided PolCouns March 16 with an overview of relations. Fleshing out some of the points he had made earlier to NEA Acting A/S Feltman, Hadas described the shift. Schaeuble made a point of inviting the USG.\n',
      'R 171207Z MAR 09\nFM AMEMBASSY TEL AVIV\nTO SECSTATE WASHDC\n\nS E C R E T TEL AVIV 000654\n\nSUBJECT: TEST\n\n',
    );
    expect(said(r)).toEqual([
      '1 Yacov Hadas provided → Political Counselor',
      '1 Yacov Hadas made → Feltman',
      '1 Yacov Hadas described',
    ]);
  });
});

describe('held-out round 149: shares of people polled, a spokesman after `, and his`, principles shared', () => {
  it('gives no words to Putin for `13 percent said`, `, and his spokesman stated` or `shared the same principles`, and reads `Public Chamber Member Vyacheslav Glazychev`', () => {
    const r = extract(
      '1. (SBU) Putin was prepared, and his spokesman stated that Putin had read them. The poll showed that 28 percent named Putin, while 13 percent said Medvedev. Putin said he and Medvedev worked well together, and shared the same principles. Public Chamber Member Vyacheslav Glazychev called it “a nice public relations event.”\n',
      'R 041207Z DEC 09\nFM AMEMBASSY MOSCOW\nTO SECSTATE WASHDC\n\nC O N F I D E N T I A L MOSCOW 002946\n\nSUBJECT: TEST\n\n',
    );
    expect(r.persons.map((p) => p.name).sort()).toEqual(['Medvedev', 'Putin', 'Vyacheslav Glazychev']);
    expect(said(r)).toEqual(['1 Putin said', '1 Vyacheslav Glazychev called']);
  });
});

describe('held-out round 151: information provided, an adjective after `in`', () => {
  it('reads `provided general information` as speech and `participated in alleged CIA rendition operations` as none', () => {
    const r = extract(
      '1. (C) Ambassador Williamson provided general information on the number of released detainees. MEP Ludford spoke of her opinion that Member States who participated in alleged CIA rendition operations had a responsibility.\n',
      'R 201207Z FEB 09\nFM USEU BRUSSELS\nTO SECSTATE WASHDC\n\nC O N F I D E N T I A L BRUSSELS 000269\n\nSUBJECT: TEST\n\n',
    );
    expect(said(r)).toEqual(['1 Williamson provided', '1 Ludford spoke']);
  });
});

describe('held-out round 152: a company president and the President, a call before the words, a passive set off', () => {
  it('gives `the President told him` to the head of state, not the company president named before', () => {
    const r = extract(
      '1. (S) President Nursultan Nazarbayev was away.\n\n2. (S) In October, KMG President Kairgeldy Kabyldin told Idenov, “Kulibayev doesn’t want to work with you.” Idenov said the President told him to calm down. PM Masimov called and said, “Nazarbayev wants to know.” Mukhtar Ablyazov, accused of embezzling over $1 billion, recently leaked evidence.\n',
      'R 281207Z JAN 10\nFM AMEMBASSY ASTANA\nTO SECSTATE WASHDC\n\nS E C R E T ASTANA 000072\n\nSUBJECT: TEST\n\n',
    );
    expect(said(r)).toEqual([
      '2 Kairgeldy Kabyldin told → Idenov',
      '2 Idenov said',
      '2 Nursultan Nazarbayev told → Idenov',
      '2 Masimov said',
    ]);
  });
});

describe('held-out round 153: a patronymic address, a radio station', () => {
  it('joins `Vladimir Vladimirovich` to Vladimir Putin and reads `Ekho Moskvy radio` as no person', () => {
    const r = extract(
      '1. (C) Prime Minister Vladimir Putin holds the reins. Kremlin adviser Olga Kryshtanovskaya told Ekho Moskvy radio on January 19 that Putin would return.\n\n2. (C) Medvedev asks: “Vladimir Vladimirovich, where is the steering wheel?”\n',
      'R 101207Z FEB 10\nFM AMEMBASSY MOSCOW\nTO SECSTATE WASHDC\n\nC O N F I D E N T I A L MOSCOW 000272\n\nSUBJECT: TEST\n\n',
    );
    expect(r.persons.map((p) => p.name).sort()).toEqual([
      'Medvedev',
      'Olga Kryshtanovskaya',
      'Vladimir Putin',
    ]);
  });
});

describe('held-out round 154: a people and a noun for anyone before a name', () => {
  it('places `French citizen Pierre Cammatte` and `American citizen Hossein Vahedi` by their demonyms', () => {
    const r = extract(
      '1. (S) He viewed the kidnapping of French citizen Pierre Cammatte as a worrisome escalation. American citizen Hossein Vahedi was detained.\n',
      'R 141207Z DEC 09\nFM AMEMBASSY BAMAKO\nTO SECSTATE WASHDC\n\nS E C R E T BAMAKO 000815\n\nSUBJECT: TEST\n\n',
    );
    expect(r.persons.map((p) => [p.name, p.affiliation])).toEqual([
      ['Pierre Cammatte', 'France'],
      ['Hossein Vahedi', 'United States'],
    ]);
  });
});

describe('held-out round 155: attempted speech, phrasal verbs, possessives before a listener', () => {
  const header =
    'P 101157Z AUG 09\nFM AMEMBASSY DOHA\nTO SECSTATE WASHDC\n\nC O N F I D E N T I A L DOHA 000502\n\nSUBJECT: TEST\n\n';
  it('reads `tried to assure`, `summed up`, `undertook to` and `pointed out`, not `added to his frustration`', () => {
    const r = extract(
      "1. (C) MG Hamad al-Attiyah tried to assure ASD Vershbow that Qatar used the visit. Major General al-Malki pointed out that other nations had the system and that Qatar's exclusion added to his frustration. He summed up his visit to Tehran as an overture. Al-Attiyah undertook to relay that message to the Amir.\n",
      header,
    );
    expect(said(r)).toEqual([
      '1 Hamad al-Attiyah tried to assure → Vershbow',
      '1 al-Malki pointed out',
      '1 al-Malki summed up',
      '1 Hamad al-Attiyah undertook',
    ]);
    expect(r.statements[1]?.text).toBe(
      "other nations had the system and that Qatar's exclusion added to his frustration",
    );
  });
  it('gives a letter `from SECDEF explaining` to the office, and reads `told his ministers` as no listener named', () => {
    const r = extract(
      '1. (C) ASD Vershbow arrived. President Lula arrived. Vershbow responded that a letter would be forthcoming from SECDEF explaining that Qatar would receive the aircraft. Lula told his ministers that he would run. Lula told her that it was late.\n',
      header,
    );
    expect(said(r)).toEqual([
      '1 Vershbow responded',
      '1 Secretary of Defense explaining',
      '1 Lula told',
      '1 Lula told → Vershbow',
    ]);
  });
});

describe('held-out round 156: a title with its post before a note in brackets, a family side', () => {
  const header =
    'O 091343Z DEC 09\nFM USMISSION UNVIE VIENNA\nTO SECSTATE WASHDC\n\nC O N F I D E N T I A L UNVIE VIENNA 000553\n\nSUBJECT: TEST\n\n';
  it('gives `Ambassador to Tehran Michael Postl (please protect)` the title, and his `He noted` to him', () => {
    const r = extract(
      '1. (C) On December 3, former Austrian Ambassador to Tehran Michael Postl (please protect) debriefed MsnOff on his calls. He noted that Rafsanjani suggested that it would be helpful if the West spoke out.\n\n2. (C) In response to a MsnOff question, he noted that it is seen as more neutral.\n',
      header,
    );
    expect(r.persons.map((p) => [p.name, p.titles.join(','), p.affiliation])).toEqual([
      ['Michael Postl', 'Ambassador', 'Austria'],
      ['Rafsanjani', '', 'Iran'],
    ]);
    expect(said(r)).toEqual([
      '1 Michael Postl debriefed → Msnoff',
      '1 Michael Postl noted',
      '1 Rafsanjani suggested',
      '2 Michael Postl noted',
    ]);
  });
  it('reads `to him` inside reported words as the reporter, not the possessor of the speaker’s office', () => {
    const r = extract(
      "1. (C) Postl said that President Ahmadinejad's chief of cabinet, Esfandiar Rahim Mashaie, made clear to him that Iran would compromise, more than the six offered in Geneva. Although ElBaradei said that it was a hole, the IAEA Board of Governors passed a resolution, citing the plant.\n",
      header,
    );
    expect(said(r)).toEqual([
      '1 Postl said',
      '1 Esfandiar Rahim Mashaie made clear → Postl',
      '1 ElBaradei said',
    ]);
  });
  it('places a relative by the family name, and reads no title in `the Prime Minister of the recent case of X`', () => {
    const r = extract(
      '1. (C) Majles Speaker Ali Larijani spoke. Javad Larijani is head of the Judiciary. The Ambassador reminded the Prime Minister of the recent case of Jamshid Ghassemi, in which the court ruled.\n',
      header,
    );
    expect(r.persons.map((p) => [p.name, p.titles.join(','), p.affiliation])).toEqual([
      ['Ali Larijani', 'Speaker', 'Iran'],
      ['Javad Larijani', '', 'Iran'],
      ['Jamshid Ghassemi', '', null],
    ]);
  });
});

describe('held-out round 157: promises, a misspelt title, a denial of both', () => {
  const header =
    'R 201207Z JAN 09\nFM AMEMBASSY YEREVAN\nTO SECSTATE WASHDC\n\nS E C R E T YEREVAN 000020\n\nSUBJECT: TEST\n\n';
  it('reads `committed to use`, `laid out`, `seemed to indicate`; not `is committed to the`, `committed to Sufism`', () => {
    const r = extract(
      '1. (S) NSS Chairman Hakobian seemed to indicate that the blame lay with the Bulgarians. Hakobian committed to use all available resources. The GOAM is committed to the process and to Sufism.\n\n2. (S) Ambassador Mahley, drawing from the points in paragraph 18, laid out the U.S. evidence. President Sargsian acknowledged the purchase, and neither he nor the NSS Chairman challenged our information.\n',
      header,
    );
    expect(said(r)).toEqual([
      '1 Hakobian seemed to indicate',
      '1 Hakobian committed',
      '2 Mahley laid out',
      '2 Sargsian acknowledged',
    ]);
    expect(r.persons.map((p) => p.name)).toEqual(['Hakobian', 'Mahley', 'Sargsian']);
  });
  it('reads `Sectary Rice` as Secretary Rice, not `Command Capital` as a Commander', () => {
    const r = extract(
      '1. (S) This exchange, which was promised by Sectary Rice, included the evidence. Regional Command Capital has seen an uptick.\n',
      header,
    );
    expect(r.persons.map((p) => [p.name, p.titles.join(','), p.affiliation])).toEqual([
      ['Rice', 'Secretary', 'United States'],
    ]);
  });
});

describe('held-out round 158: a prince cited by his own name, an inserted tag, a letter to someone', () => {
  const header =
    'R 071207Z SEP 09\nFM AMCONSUL JEDDAH\nTO SECSTATE WASHDC\n\nS E C R E T JEDDAH 000343\n\nSUBJECT: TEST\n\nClassified By: CG Martin R. Quinn for reasons 1.4 (b) and (d)\n\n';
  it('gives `Nayif` to Prince Nayif bin Abdulaziz, not to his son Mohammed bin Nayif; `Charge` to the one Charge named', () => {
    const r = extract(
      "1. (S) During CDA Richard Erdman's meeting with Interior Minister Prince Nayif bin Abdulaziz, John Brennan stressed condemnation of the attack on Assistant Interior Minister Prince Mohammed bin Nayif. Nayif emphasized that the attack had not diminished the SAG's resolve.\n\n2. (S) Charge introduced Mr. Brennan and asked him to brief. Brennan opened by conveying our concern. He said he had brought a personal letter from President Obama to Prince Mohammed expressing our concern.\n",
      header,
    );
    expect(said(r)).toEqual([
      '1 John Brennan stressed → Nayif bin Abdulaziz',
      '1 Nayif bin Abdulaziz emphasized',
      '2 Richard Erdman asked → John Brennan',
      '2 John Brennan conveying',
      '2 John Brennan said',
      '2 Obama expressing',
    ]);
  });
  it('reads no speech in `The governments, he complained, shared information` or `shared interests`', () => {
    const r = extract(
      '1. (S) Prince Nayif complained. The governments, he complained, shared information but did not act. The polls, he said, indicated he had left with his reputation intact. While these countries shared interests with the Kingdom, he failed to understand why.\n',
      header,
    );
    expect(said(r)).toEqual(['1 Nayif complained', '1 Nayif complained', '1 Nayif said']);
  });
});

describe('held-out round 159: Baltic given names, a manner of speaking, an aside in the passive', () => {
  const header =
    'R 201207Z AUG 08\nFM AMEMBASSY RIGA\nTO SECSTATE WASHDC\n\nC O N F I D E N T I A L RIGA 000496\n\nSUBJECT: TEST\n\n';
  it('reads `Aivars Ozolins`, `Russian Ambassador to Latvia Veshnyakov`, `was clear with the Ambassador that`', () => {
    const r = extract(
      '1. (C) Comments by Russian Ambassador to Latvia Veshnyakov did not help. Aivars Ozolins, perhaps the most influential columnist, wrote that the crisis exposed divisions.\n\n2. (C) PM Godmanis was clear with the Ambassador that this needed to be done. FM Riekstins, asked about the future of relations, remarked that "business is business." President Zatlers was not clear that it worked.\n',
      header,
    );
    expect(r.persons.map((p) => [p.name, p.titles.join(','), p.affiliation])).toEqual([
      ['Veshnyakov', 'Ambassador', 'Russia'],
      ['Aivars Ozolins', '', 'Latvia'],
      ['Godmanis', 'Prime Minister', 'Latvia'],
      ['Riekstins', 'Foreign Minister', 'Latvia'],
      ['Zatlers', 'President', 'Latvia'],
    ]);
    expect(said(r)).toEqual(['1 Aivars Ozolins wrote', '2 Godmanis was clear', '2 Riekstins remarked']);
    expect(r.statements[1]?.text).toBe('this needed to be done');
  });
});

describe('held-out round 160: a watchdog by name, `noted for`, an elect title', () => {
  const header =
    'R 101207Z JUN 09\nFM AMEMBASSY ADDIS ABABA\nTO SECSTATE WASHDC\n\nS E C R E T ADDIS ABABA 001318\n\nSUBJECT: TEST\n\n';
  it('gives `who charged` to Greg Stanton, not to Genocide Watch, and reads no speech in `noted for`', () => {
    const r = extract(
      '1. (S) Ambassador met with the intelligence chief, Getachew Assefa, on June 4. Getachew Assefa, noted for his eccentric behavior, explained that he welcomes dialogue. He spoke at length about former Addis Ababa Mayor-elect Berhanu Nega and the reports on former State Department official Greg Stanton of Genocide Watch, who charged Prime Minister Meles of crimes against humanity.\n',
      header,
    );
    expect(r.persons.map((p) => [p.name, p.titles.join(',')])).toEqual([
      ['Getachew Assefa', ''],
      ['Berhanu Nega', 'Mayor-elect'],
      ['Greg Stanton', ''],
      ['Meles', 'Prime Minister'],
    ]);
    expect(said(r)).toEqual([
      '1 Getachew Assefa explained',
      '1 Getachew Assefa spoke',
      '1 Greg Stanton charged',
    ]);
  });
});

describe('held-out round 161: managers in a participant list', () => {
  it('reads `Chevron Public Affairs Manager Femi Odumabo` and `Exxon Mobil Project Manager Anh Tran` as titled persons', () => {
    const r = extract(
      '2. (C) In attendance were the following: Chevron Managing Director Andrew Fawthrop; Chevron Public Affairs Manager Femi Odumabo; Hercules Manager Coleman McDonough; Exxon Mobil Project Manager Anh Tran.\n',
      'R 101207Z FEB 10\nFM AMCONSUL LAGOS\nTO SECSTATE WASHDC\n\nC O N F I D E N T I A L LAGOS 000075\n\nSUBJECT: TEST\n\n',
    );
    expect(r.persons.map((p) => [p.name, p.titles.join(','), p.affiliation])).toEqual([
      ['Andrew Fawthrop', 'Managing Director', 'Chevron'],
      ['Femi Odumabo', 'Manager', 'Chevron'],
      ['Coleman McDonough', 'Manager', 'Nigeria'],
      ['Anh Tran', 'Project Manager', 'ExxonMobil'],
    ]);
  });
});

describe('held-out round 162: a principal named in the subject, a titled namesake, an answer', () => {
  it('gives `The Deputy Secretary` to the one the subject names and `MM Lee` to the Minister Mentor, not Cheryl Lee', () => {
    const r = extract(
      '2. (SBU) Participants:\nUnited States\n-------------\nDeputy Secretary Glyn Davies, EAP Acting Assistant Secretary\n\n3. (S) Deputy Secretary Steinberg met Minister Mentor Lee Kuan Yew and Country Officer Cheryl Lee. The Deputy Secretary noted that the DPRK could have a fair deal. MM Lee asked Deputy Chief of the General Staff General Ma Xiaotian what China can do. General Ma’s answer was that “they can survive on their own.” MM Lee said Wang Qishan is an exceptional talent, very assured and efficient.\n',
      "O 011207Z JUN 09\nFM AMEMBASSY SINGAPORE\nTO SECSTATE WASHDC\n\nS E C R E T SINGAPORE 000529\n\nSUBJECT: DEPUTY SECRETARY STEINBERG'S MAY 30, 2009 CONVERSATION WITH SINGAPORE MINISTER MENTOR LEE KUAN YEW\n\n",
    );
    expect(said(r)).toEqual([
      '3 Steinberg noted → Lee Kuan Yew',
      '3 Lee Kuan Yew asked → Ma Xiaotian',
      '3 Ma Xiaotian answer was',
      '3 Lee Kuan Yew said → Steinberg',
    ]);
  });
});

describe('held-out round 162: words in a name', () => {
  it('reads `Chief of the Defense Staff Jock Stirrup` with no `Staff` in the name', () => {
    const r = extract(
      '1. (C) Chief of the Defense Staff Jock Stirrup described the Minister as keen.\n',
      HEADER,
    );
    expect(r.persons.map((p) => p.name)).toEqual(['Jock Stirrup']);
  });
});

describe('held-out round 163: a ministry’s short form, words of a firm’s name, close ties', () => {
  it('reads `(MoF)` as the ministry, no person in `General Legal Counsel`, `Priorbank maintains close ties`', () => {
    const r = extract(
      '1. (S) The Austrian Ministry of Finance (MoF) told us February 15 that the bank agreed. Both the FMA and MoF emphasized the commitment. Erich Hampel, the CEO of BA/CA, agreed to stop the business. RZB General Legal Counsel told us that the report found nothing. Priorbank maintains close ties to the regime. A payment went to Mileace General Trading in New York.\n',
      'R 201207Z FEB 06\nFM AMEMBASSY VIENNA\nTO SECSTATE WASHDC\n\nS E C R E T VIENNA 000515\n\nSUBJECT: TEST\n\n',
    );
    expect(r.persons.map((p) => p.name)).toEqual(['Erich Hampel']);
    expect(said(r).filter((s) => !s.includes('General'))).toEqual([
      '1 Ministry of Finance told',
      '1 Ministry of Finance emphasized',
      '1 Erich Hampel agreed',
    ]);
  });
});

describe('held-out round 164: a pair as subject past their asides, and their `they`', () => {
  it('gives `claimed` and the next `They also reported` to both, and `who reiterated ..., alluded ..., and asked` to one', () => {
    const r = extract(
      '1. (C) Summary: President Saakashvili in an August 8 conversation with the Ambassador, and Foreign Minister Eka Tkeshelashvili in a briefing to the diplomatic corps, claimed that Georgia now controlled most of South Ossetia. They also reported that Russian aircraft had dropped bombs.\n\n2. (C) Later Burk met with FCO Minister of State Ivan Lewis, who reiterated UK NPT priorities, alluded to UK-French differences on disarmament, and asked about the summit.\n',
      'O 081207Z AUG 08\nFM AMEMBASSY TBILISI\nTO SECSTATE WASHDC\n\nC O N F I D E N T I A L TBILISI 001341\n\nSUBJECT: TEST\n\n',
    );
    expect(said(r).map((x) => x.replace(/ → .*/, ''))).toEqual([
      '1 Eka Tkeshelashvili claimed',
      '1 Saakashvili claimed',
      '1 Eka Tkeshelashvili reported',
      '1 Saakashvili reported',
      '2 Ivan Lewis reiterated',
      '2 Ivan Lewis alluded to',
      '2 Ivan Lewis asked',
    ]);
  });
});

describe('held-out round 164: a woman by her given name', () => {
  it('does not take `he` for Eka Tkeshelashvili, and takes `She` for the woman who spoke last', () => {
    const r = extract(
      '1. (C) President Saakashvili declared a cease-fire. Foreign Minister Eka Tkeshelashvili briefed the diplomatic corps. In a second address, he called on the international community to help.\n\n2. (C) Judith Gough told Poloff that the official was McDonald. She noted the clarification. Diana Venn told Poloff that there had been a misunderstanding. She stressed that Trident is not on the table.\n',
      'O 081207Z AUG 08\nFM AMEMBASSY TBILISI\nTO SECSTATE WASHDC\n\nC O N F I D E N T I A L TBILISI 001341\n\nSUBJECT: TEST\n\n',
    );
    expect(said(r)).toEqual([
      '1 Saakashvili declared',
      '1 Eka Tkeshelashvili briefed',
      '1 Saakashvili called',
      '2 Judith Gough told → Poloff',
      '2 Judith Gough noted',
      '2 Diana Venn told → Poloff',
      '2 Diana Venn stressed',
    ]);
  });
});

describe('held-out round 165: a statement issued, an archive that repeats its text', () => {
  it('gives `issued a statement saying` to its issuer and drops the paragraphs the archive repeated', () => {
    const body =
      '1. (U) Ministers spent on cars.\n\n2. (U) In August, President Jacob Zuma stated that Ministers were thinking about the recession.\n\n3. (U) Minister in the Presidency Collins Chabane, issued a statement saying that Cabinet has established a task team. President Karzai’s office had released a statement noting that the talks went on.\n\n4. (U) Comment: The scandal weakens the government. End Comment.\n\n1. (U) Ministers spent on cars.\n\n2. (U) In August, President Jacob Zuma stated that Ministers were thinking about the recession.\n';
    const r = extract(
      body,
      'R 011207Z OCT 09\nFM AMCONSUL CAPE TOWN\nTO SECSTATE WASHDC\n\nUNCLAS CAPE TOWN 000204\n\nSUBJECT: TEST\n\n',
    );
    expect(r.paragraphs.map((p) => p.number)).toEqual([1, 2, 3, 4]);
    expect(said(r)).toEqual(['2 Jacob Zuma stated', '3 Collins Chabane saying']);
  });
});

describe('held-out round 164: a people as the subject inside another’s words', () => {
  it('gives `the Russians originally agreed` to the Russians, not to the one reporting it', () => {
    const r = extract(
      '1. (C) Yakobashvili said that the Russians originally agreed to host a meeting.\n',
      HEADER,
    );
    expect(said(r)).toEqual(['1 Yakobashvili said', '1 Russia agreed']);
  });
});

describe('held-out round 166: a name with a father’s name cited without the family name', () => {
  it('joins `Prime Minister Hamad bin Jassim (HBJ)` to `Hamad bin Jassim Al Thani`', () => {
    const r = extract(
      '1. (S) Prime Minister Hamad bin Jassim Al Thani will visit Washington.\n\n4. (S) Prime Minister Hamad bin Jassim (HBJ) has told NEA A/S Feltman that he will come.\n',
      'R 301207Z DEC 09\nFM AMEMBASSY DOHA\nTO SECSTATE WASHDC\n\nS E C R E T DOHA 000733\n\nSUBJECT: TEST\n\n',
    );
    expect(r.persons.map((p) => p.name)).toEqual(['Hamad bin Jassim Al Thani', 'Feltman']);
    expect(said(r)).toEqual(['4 Hamad bin Jassim Al Thani told → Feltman']);
  });
});

describe('held-out round 167: a withheld name’s `he`', () => {
  it('gives no `he` of the paragraph to a named person after a withheld name spoke', () => {
    const r = extract(
      '14. (SBU) Speaker of the Rada Volodymyr Lytvyn urged that the fleet remain.\n\n15. (C) Prominent Ukrainian xxxxxxxxxxxx argues that security issues did not play a role. In his view, the orientation will be decided later. Russia, he said, brings so much more.\n\n16. (C) Lytvyn said no. He added more.\n',
      'R 291207Z JAN 10\nFM AMEMBASSY KYIV\nTO SECSTATE WASHDC\n\nC O N F I D E N T I A L KYIV 000168\n\nSUBJECT: TEST\n\n',
    );
    expect(said(r)).toEqual([
      '14 Volodymyr Lytvyn urged',
      '16 Volodymyr Lytvyn said',
      '16 Volodymyr Lytvyn added',
    ]);
  });
});

describe('held-out round 166: a name before a capitalised body', () => {
  it('reads `the Bush Administration pressed` as no speech of Bush', () => {
    const r = extract(
      '5. (S) President Bush met the Amir. Hamas won the elections, which the Bush Administration pressed the Amir to support. Immediately upon taking office, the Lee Administration also made it clear that it would review all commitments.\n',
      HEADER,
    );
    expect(said(r)).toEqual([]);
  });
});

describe('held-out round 168: an office with its portfolio, a hyphen dropped, a passive’s agent', () => {
  const OSLO =
    'P 301255Z OCT 08\nFM AMEMBASSY OSLO\nTO SECSTATE WASHDC\n\nC O N F I D E N T I A L OSLO 000585\n\nSUBJECT: TEST\n\n';
  it('reads `Deputy Minister of Defense Barth-Eide` as one person, joined by `Barth Eide`', () => {
    const r = extract(
      '1. (C) These comments align with more forward leaning ones expressed by Deputy Minister of Defense Barth-Eide who has privately given every signal. In fact, in a candid conversation with USAFE Commander General Brady on 23 October, Barth Eide said: "Trust the process."\n',
      OSLO,
    );
    expect(r.persons.map((p) => `${p.name} | ${p.affiliation}`)).toEqual([
      'Barth-Eide | Norway',
      'Brady | United States',
    ]);
    // (The agent of a passive speaks, even after a plural noun; in a conversation with someone, to him.)
    expect(said(r)).toEqual(['1 Barth-Eide expressed', '1 Barth-Eide said → Brady']);
  });
  it('gives no words to a name that modifies the noun after `by`', () => {
    const r = extract(
      '5. (C) The settlement freeze announced by the Netanyahu government is inadequate. They shared concerns raised by Salah ad Din (SaD) officials during a meeting.\n',
      HEADER,
    );
    expect(said(r)).toEqual([]);
  });
});

describe('held-out round 169: two family names, a list opened in a paragraph, run-together list lines', () => {
  const MEXICO =
    'R 241207Z SEP 09\nFM AMEMBASSY MEXICO\nTO SECSTATE WASHDC\n\nC O N F I D E N T I A L MEXICO 002882\n\nSUBJECT: TEST\n\n';
  it('cites `Gutierrez Fernandez` by the first family name the cable writes alone, and joins `Tello Peon` to `Jorge Tello Peon`', () => {
    const r = extract(
      '1. (C) National Security Coordinator Tello Peon and Undersecretary for Governance Gutierrez Fernandez told the delegation they would like to explore it.\n\n2. (U) Attendees: National Security System Coordinator Jorge Tello Peon and Geronimo Gutierrez Fernandez.\n\n3. (C) Gutierrez Fernandez then turned to the Initiative, saying that it was slow. Gutierrez said more. Gutierrez also said so. Gutierrez added this.\n',
      MEXICO,
    );
    expect(r.persons.map((p) => `${p.name} [${p.surname}]`)).toEqual([
      'Jorge Tello Peon [Peon]',
      'Geronimo Gutierrez Fernandez [Gutierrez]',
    ]);
    expect(said(r)).toContain('3 Geronimo Gutierrez Fernandez saying');
  });
  it('reads the sides of a list that a line of a numbered paragraph opens, its lines run together', () => {
    const r = extract(
      '2. (U) Acting Attorney General Alcantara hosted a dinner in Mexico City. Other attendees included:\n\nGOM\nPGR DAG Victor Emilio Corzo Cabanas\n\nUS\nSpecial Assistant to the AG Paul Rosen DOJ Attache Tony Garcia\nNAS Director Keith Mines\n\n3. (C) Alcantara said more.\n',
      MEXICO,
    );
    expect(r.persons.map((p) => `${p.name} | ${p.affiliation}`)).toEqual([
      'Alcantara | Mexico',
      'Victor Emilio Corzo Cabanas | Mexico',
      'Paul Rosen | United States',
      'Tony Garcia | United States',
      'Keith Mines | United States',
    ]);
    expect(r.persons[1]?.titles).toEqual(['Deputy Attorney General']);
  });
});

describe('held-out round 170: a second given name alone, an aside between dashes, an office’s short form', () => {
  const RIO =
    'R 301207Z SEP 09\nFM AMCONSUL RIO DE JANEIRO\nTO SECSTATE WASHDC\n\nC O N F I D E N T I A L RIO DE JANEIRO 000329\n\nSUBJECT: TEST\n\n';
  it('joins `Francisco de Paula` to `Wolney Francisco de Paula` and reads past a dashed aside', () => {
    const r = extract(
      '4. (C) UPP commander Colonel Jose Carvalho - a former United Nations Peacekeeping Commander - told us on August 25 that only new recruits are selected.\n\n5. (C) BOPE Lieutenant Wolney Francisco de Paula told us that units met no resistance.\n\n6. (C) BOPE Lieutenant Francisco de Paula, who is also a resident, told us many were resistant.\n',
      RIO,
    );
    expect(r.persons.map((p) => p.name)).toEqual(['Jose Carvalho', 'Wolney Francisco de Paula']);
    expect(said(r)).toEqual([
      '4 Jose Carvalho told',
      '5 Wolney Francisco de Paula told',
      '6 Wolney Francisco de Paula told',
    ]);
  });
  it('keeps a host official whose office the cable shortens to `Secretary`, and reads `Principal Officer` as a role', () => {
    const r = extract(
      '3. (C) In a September 22 meeting with Principal Officer, State Secretary for Public Security Jose Beltrame explained the program.\n\n4. (C) State Security Secretary Beltrame offered to take the PO into a favela.\n',
      RIO,
    );
    expect(r.persons.map((p) => `${p.name} | ${p.affiliation}`)).toEqual(['Jose Beltrame | Brazil']);
    expect(said(r)).toEqual(['3 Jose Beltrame explained → Principal Officer', '4 Jose Beltrame offered']);
  });
  it('does not make a wife of `Leila Ben Ali` one with President `Ben Ali`', () => {
    const r = extract('1. (C) President Ben Ali spoke. Leila Ben Ali, his wife, said little.\n', HEADER);
    expect(r.persons.map((p) => p.name)).toEqual(['Ben Ali', 'Leila Ben Ali']);
  });
});

describe('held-out round 171: a party’s General Secretary, a `he` after a quotation, a call that is a visit', () => {
  const MUNICH =
    'R 141207Z DEC 09\nFM AMCONSUL MUNICH\nTO SECSTATE WASHDC\n\nC O N F I D E N T I A L MUNICH 000328\n\nSUBJECT: TEST\n\n';
  it('gives `the CSU General Secretary` to Dobrindt and the `he` after a quotation to the one who spoke', () => {
    const r = extract(
      '1. (C) The CSU General Secretary told us that it reflected realistic thinking.\n\n2. (C) CSU Secretary General Alexander Dobrindt told CG Tribble on December 8 that the statement was not new. Seehofer had "said this many times before," he insisted, without producing proof.\nTRIBBLE\n',
      MUNICH,
    );
    expect(said(r)).toEqual([
      '1 Alexander Dobrindt told',
      '2 Alexander Dobrindt told → Tribble',
      '2 Alexander Dobrindt insisted',
    ]);
    expect(r.persons.find((p) => p.surname === 'Tribble')?.affiliation).toBe('United States');
  });
  it('reads `called on X, ... from 1993 to 2007` as a visit, `appealed to the Court to rule` as a request', () => {
    const r = extract(
      '1. (C) On December 10, Ambassador Murphy called on Edmund Stoiber, Bavarian Minister President from 1993 to 2007. Deputy Peter Gauweiler appealed to the Federal Constitutional Court in March 2007 to rule against it. Paarl seemed to appeal to Mandela. Chancellor Darling in a BBC radio interview on November 8 admitted that it would be difficult.\n',
      MUNICH,
    );
    expect(said(r)).toEqual(['1 Peter Gauweiler appealed', '1 Darling admitted']);
  });
});

describe('held-out round 172: a Hispanic given name before two family names, a participle set off after a name', () => {
  it('joins `VP Sanchez Ceren` to `VP Salvador Sanchez Ceren` and gives `Reyes, agreeing with ..., emphasized` both', () => {
    const r = extract(
      '2. (SBU) In his keynote speech, VP Salvador Sanchez Ceren declared that the FMLN would stay.\n\n3. (C) Noting recent statements by VP Sanchez Ceren criticizing the U.S., the three were quick to say there was no policy. Reyes, agreeing with the Charge that the U.S. and FMLN could disagree civilly, emphasized Honduras as the biggest disappointment. Sigfrido Reyes said more.\n',
      'R 151207Z DEC 09\nFM AMEMBASSY SAN SALVADOR\nTO SECSTATE WASHDC\n\nC O N F I D E N T I A L SAN SALVADOR 001105\n\nSUBJECT: TEST\n\n',
    );
    expect(r.persons.map((p) => p.name)).toEqual(['Salvador Sanchez Ceren', 'Sigfrido Reyes']);
    expect(said(r)).toContain('3 Sigfrido Reyes agreeing');
    expect(said(r)).toContain('3 Sigfrido Reyes emphasized');
  });
});

describe('held-out round 173: a name set off after its office, `put it`, a holder after an office at a body, `whether`', () => {
  const AMMAN =
    'R 131207Z APR 09\nFM AMEMBASSY AMMAN\nTO SECSTATE WASHDC\n\nS E C R E T AMMAN 000813\n\nSUBJECT: TEST\n\n';
  it('reads the speakers of a cable from Amman', () => {
    const r = extract(
      '3. (C) The MFA\'s Deputy Director of the Arab and Middle East Affairs Department, Muwaffaq Ajlouni, put it this way: "Iran is not welcomed."\n\n4. (S) "Bomb Iran, or live with an Iranian bomb," was how Upper House President Zeid Rifai put it to visiting NEA DAS David Hale in November.\n\n5. (S) Asked whether he advocated engaging Iran, King Abdullah counseled Special Envoy George Mitchell that it would deepen schisms. International Affairs Director at the Royal Court Jafar Hassan on April 1 operationalized the position as follows: consult. He called for the U.S. to set redlines.\n\n6. (C) In the same vein of "local solutions," as he put it, Jafar Hassan recommended a solution.\n',
      AMMAN,
    );
    expect(said(r)).toEqual([
      '3 Muwaffaq Ajlouni put it',
      '4 Zeid Rifai put it → David Hale',
      '5 Abdullah counseled → George Mitchell',
      '5 Jafar Hassan called',
      '6 Jafar Hassan put it',
      '6 Jafar Hassan recommended',
    ]);
  });
});

describe('held-out round 174: `Pres.` before a name, a person’s own country', () => {
  it('reads `(Pres. Lobo was not invited)` and places Raul Castro by `Raul Castro’s Cuba`', () => {
    const r = extract(
      '3. (C) Nothing was achieved on Honduras (Pres. Lobo was not even invited in deference to Venezuela). Bolivian President Morales played the supporting role, lavishing praise on Raul Castro’s Cuba. Raul Castro stepped in.\n',
      'R 261207Z FEB 10\nFM AMEMBASSY MEXICO\nTO SECSTATE WASHDC\n\nC O N F I D E N T I A L MEXICO 000141\n\nSUBJECT: TEST\n\n',
    );
    expect(r.persons.map((p) => `${p.name} | ${p.affiliation}`)).toEqual([
      'Lobo | Honduras',
      'Morales | Bolivia',
      'Raul Castro | Cuba',
    ]);
  });
});

describe('held-out round 175: an envoy’s office, a speaker set off before the one told', () => {
  it('places the Special Representative to Muslim Communities and keeps `As X, a banker, told Y, "..."` X’s', () => {
    const r = extract(
      '2. (U) Special Representative to Muslim Communities (SRMC) Farah Pandith visited Sao Paulo November 22-23. Joseph Sayah provided SRMC with many ideas about engagement.\n\n3. (C) As Salim Saheen, a Lebanese Brazilian banker and Maronite Christian, told SRMC Pandith, "Hezbollah is gaining," particularly with recent immigrants.\n',
      'R 251207Z NOV 09\nFM AMCONSUL SAO PAULO\nTO SECSTATE WASHDC\n\nC O N F I D E N T I A L SAO PAULO 000663\n\nSUBJECT: TEST\n\n',
    );
    expect(r.persons[0]?.affiliation).toBe('United States');
    expect(said(r)).toEqual([
      '2 Joseph Sayah provided → Farah Pandith',
      '3 Salim Saheen told → Farah Pandith',
    ]);
  });
});

describe('held-out round 176: Russian given names, a `he` after an opening participle’s object', () => {
  it('reads `Rostislav Turovksiy of the Center` and gives `Echoing Gontmakher, he told us` to Turovksiy', () => {
    const r = extract(
      '6. (C) Economist Evgeniy Gontmakher of the Institute waved off suggestions; he argued to us that Russians remain apolitical.\n\n7. (C) Rostislav Turovksiy of the Center for Political Technologies likewise argued that the system has support. Echoing Gontmakher, he told us that the populace remains conservative.\n',
      'R 101207Z MAR 09\nFM AMEMBASSY MOSCOW\nTO SECSTATE WASHDC\n\nC O N F I D E N T I A L MOSCOW 000512\n\nSUBJECT: TEST\n\n',
    );
    expect(r.persons.map((p) => p.name)).toEqual(['Evgeniy Gontmakher', 'Rostislav Turovksiy']);
    expect(said(r)).toEqual([
      '6 Evgeniy Gontmakher argued',
      '7 Rostislav Turovksiy argued',
      '7 Rostislav Turovksiy Echoing',
      '7 Rostislav Turovksiy told',
    ]);
  });
});

describe('held-out round 177: a one-word place that opens a longer one', () => {
  it('reads no person in `the Observatory of Rio de Janeiro Favelas`', () => {
    const r = extract(
      '2. (SBU) Itamar Silva, Director of the Observatory of Rio de Janeiro Favelas also offered conditional praise of the UPP. Rafael Dias of Global Justice told us on December 1 that the record was positive.\n',
      'R 141207Z DEC 09\nFM AMCONSUL RIO DE JANEIRO\nTO SECSTATE WASHDC\n\nSENSITIVE BUT UNCLASSIFIED RIO DE JANEIRO 000440\n\nSUBJECT: TEST\n\n',
    );
    expect(r.persons.map((p) => p.name)).toEqual(['Itamar Silva', 'Rafael Dias']);
  });
});

describe('held-out round 179: a passive with a verb of being, removal from office, an armed group', () => {
  it('gives `were accused in 2006 by French Judge X` to X and `was told by X` a listener', () => {
    const r = extract(
      '3. (C) Rose Kabuye was arrested. Kabuye and eight others were accused in 2006 by French terrorism Judge Bruguiere of having participated in the attack. Ambassador John Smith was told by Foreign Minister Louise Mushikiwabo that the case was political. FDLR Secretary General Callixte Mbarushimana was released.\n\n4. (C) Mushikiwabo was dismissed by President Kagame as Minister of Information. Kagame will be briefed by Smith.\n',
      'R 121207Z NOV 08\nFM AMEMBASSY KIGALI\nTO SECSTATE WASHDC\n\nC O N F I D E N T I A L KIGALI 000796\n\nSUBJECT: TEST\n\n',
    );
    expect(said(r)).toEqual(['3 Bruguiere accused', '3 Louise Mushikiwabo told → John Smith']);
    expect(r.persons.find((p) => p.surname === 'Mbarushimana')?.affiliation).toBe('FDLR');
    expect(r.statements.find((s) => s.cue === 'told')?.text).toBe('the case was political');
  });
});

describe('held-out round 180: another country’s Secretary of State', () => {
  it('places `X, Secretary of State for the Government of Romania,s`, `of Romania`, `in the Romanian MFA`', () => {
    const r = extract(
      '1. (U) Embassy received a letter from Theodora Bertzi, Secretary of State for the Government of Romania,s (GOR) Romanian Office for Adoptions (ROA), dated March 29. Ion Marin, Secretary of State of Romania, signed it. Dan Popa, Secretary of State in the Romanian MFA, agreed.\n',
      'R 121207Z APR 06\nFM AMEMBASSY VIENNA\nTO SECSTATE WASHDC\n\nC O N F I D E N T I A L VIENNA 000576\n\nSUBJECT: TEST\n\n',
    );
    expect(r.persons.map((p) => `${p.name} ${p.affiliation}`)).toEqual([
      'Theodora Bertzi Romania',
      'Ion Marin Romania',
      'Dan Popa Romania',
    ]);
  });
});

describe('held-out round 182: `the U.S.` ending a sentence, the ayn, one given name in two words', () => {
  it("reads `from the U.S. President Saleh said`, `Alimi and 'Anisi both concurred`, `Abubakr` = `Abu Bakr`", () => {
    const r = extract(
      "1. (S) Foreign Minister Dr. Abubakr al-Qirbi agreed.\n\n2. (S) Ambassador Daniel Benjamin assured Saleh that he could count on support from the U.S. President Saleh said he was satisfied. Also present were Deputy Prime Minister Rashad al-Alimi and National Security Bureau Director Ali al-'Anisi.\n\n3. (S) Alimi and 'Anisi both concurred with the visit. Foreign Minister Dr. Abu Bakr al-Qirbi said the conference was a success. He suggested that the Ambassador meet with 'Anisi, whom President Saleh has charged with overseeing the process.\n",
      'R 031207Z FEB 10\nFM AMEMBASSY SANAA\nTO SECSTATE WASHDC\n\nS E C R E T SANAA 000221\n\nSUBJECT: TEST\n\n',
    );
    expect(r.persons.map((p) => `${p.name} ${p.affiliation}`)).toEqual([
      'Abu Bakr al-Qirbi Yemen',
      'Daniel Benjamin United States',
      'Saleh Yemen',
      'Rashad al-Alimi Yemen',
      "Ali al-'Anisi Yemen",
    ]);
    expect(said(r)).toEqual([
      '1 Abu Bakr al-Qirbi agreed',
      '2 Daniel Benjamin assured → Saleh',
      '2 Saleh said',
      "3 Ali al-'Anisi concurred → Rashad al-Alimi",
      "3 Rashad al-Alimi concurred → Ali al-'Anisi",
      '3 Abu Bakr al-Qirbi said',
      '3 Abu Bakr al-Qirbi suggested',
    ]);
  });
});

describe('held-out round 183: a list’s shared side, `called X’s remarks "..."`, another’s meeting', () => {
  it('places `Attorney General Holder` with the Americans listed with him and finds no meeting in a possessive', () => {
    const r = extract(
      '2. (C) Patriota was pleased to hear of the upcoming visits of Attorney General Holder, Secretary Clinton, Secretary Locke, and SECC Todd Stern.\n\n3. (C) Noting that President Lula had spent ten minutes discussing Haiti during his first meeting with President Obama, Patriota said the calls had been helpful. Patriota called President Obama\'s engagement on Haiti "necessary and important," adding that others will follow.\n',
      'R 051207Z FEB 10\nFM AMEMBASSY BRASILIA\nTO SECSTATE WASHDC\n\nC O N F I D E N T I A L BRASILIA 000045\n\nSUBJECT: TEST\n\n',
    );
    expect(r.persons.find((p) => p.surname === 'Holder')?.affiliation).toBe('United States');
    expect(r.persons.find((p) => p.surname === 'Stern')?.titles).toEqual([
      'Special Envoy for Climate Change',
    ]);
    expect(said(r)).toEqual([
      '3 Patriota Noting',
      '3 Patriota said',
      '3 Patriota called',
      '3 Patriota adding',
    ]);
  });
});

describe('held-out round 184: small states, an aside before a name, a clause after a semicolon', () => {
  it('places `Maldives Ambassador-designate (resident in New York) X` and gives `; Ghafoor appreciated it and said` to Ghafoor', () => {
    const r = extract(
      "1. (S) Maldives Ambassador-designate (resident in New York) Abdul Ghafoor Mohamed met SCA A/S Robert Blake, Deputy S/SECC Pershing and S/GC Ambassador Fried.\n\n2. (C) Blake offered quiet U.S. assistance if it would be helpful; Ghafoor appreciated it and said Maldives might take us up on it. As a small country, he said, Maldives cannot play others. Fried detailed those logistics and stressed the importance of more detailed arrangements. D/AMB and LtGen (ret'd) Graeme Lamb agreed.\n",
      'R 031207Z MAR 10\nFM SECSTATE WASHDC\nTO AMEMBASSY COLOMBO\n\nS E C R E T STATE 018437\n\nSUBJECT: TEST\n\n',
    );
    expect(r.persons.map((p) => `${p.name} | ${p.titles.join(',')} | ${p.affiliation}`)).toEqual([
      'Abdul Ghafoor Mohamed | Ambassador | Maldives',
      'Robert Blake | Assistant Secretary | United States',
      'Pershing | Deputy Special Envoy for Climate Change | United States',
      'Fried | Special Envoy for Guantanamo Closure,Ambassador | United States',
      'Graeme Lamb | Lieutenant General | null',
    ]);
    expect(said(r).slice(0, 5)).toEqual([
      '2 Robert Blake offered',
      '2 Abdul Ghafoor Mohamed said',
      '2 Abdul Ghafoor Mohamed said',
      '2 Fried detailed',
      '2 Fried stressed',
    ]);
    expect(r.statements[0]?.text).toBe('quiet U.S. assistance if it would be helpful');
  });
});

describe('held-out round 185: a place after `in` before a plural, a name with letters doubled', () => {
  it("reads no person in `the bombing in Pune, India's politicians` and joins `Dr. Sadiqqui` to Siddiqui", () => {
    const r = extract(
      "4. (C) Kerry said that in light of the recent bombing in Pune, India's politicians were focused on counterterrorism.\n\n11. (C) Gilani asked the USG to consider repatriating Dr. Aafia Siddiqui. He said that by returning Dr. Sadiqqui the U.S. would be in good graces. Ayatollah Khomeini and Supreme Leader Khamenei were named.\n",
      'R 181207Z FEB 10\nFM AMEMBASSY ISLAMABAD\nTO SECSTATE WASHDC\n\nC O N F I D E N T I A L ISLAMABAD 000399\n\nSUBJECT: TEST\n\n',
    );
    expect(r.persons.map((p) => p.name).sort()).toEqual([
      'Aafia Siddiqui',
      'Gilani',
      'Kerry',
      'Khamenei',
      'Khomeini',
    ]);
  });
});

describe('held-out round 187: the progressive, one name after a portfolio', () => {
  it('reads `he is telling at least one Embassy that` and `Minister of Economy Boudou might be fired`', () => {
    const r = extract(
      '1. (C) Argentine Finance Secretary Hernan Lorenzino said the GoA would focus on it; separately, however, he is telling at least one European Embassy that the GoA is unwilling. Su Zhen-chang is promising, but seems unlikely to win.\n\n8. (C) The one thing that could derail it is the possibility that Minister of Economy Boudou might be fired.\n',
      'R 251207Z FEB 10\nFM AMEMBASSY BUENOS AIRES\nTO SECSTATE WASHDC\n\nC O N F I D E N T I A L BUENOS AIRES 000111\n\nSUBJECT: TEST\n\n',
    );
    expect(said(r)).toEqual(['1 Hernan Lorenzino said', '1 Hernan Lorenzino telling']);
    expect(r.persons.find((p) => p.surname === 'Boudou')?.name).toBe('Boudou');
  });
});

describe('held-out round 187: a name after a verb that is no speech before `to`', () => {
  it('reads no person in `two meetings related to Azurix`', () => {
    const r = extract(
      '7. (C) He mentioned that he recently participated in two meetings related to Azurix with the new Treasury Attorney Joaquin Da Rocha.\n',
      'R 251207Z FEB 10\nFM AMEMBASSY BUENOS AIRES\nTO SECSTATE WASHDC\n\nC O N F I D E N T I A L BUENOS AIRES 000111\n\nSUBJECT: TEST\n\n',
    );
    expect(r.persons.map((p) => p.name)).toEqual(['Joaquin Da Rocha']);
  });
});

describe('held-out round 189: a noun before the verb in capitals', () => {
  it('gives `ACCELERATION OF F-4E DELIVERY RAISED` and `AIRCRAFT REQUESTED COULD` to no one', () => {
    const r = extract(
      "¶3. CURRENTLY, AZIMI'S DEPUTY GEN. TOUFANIAN WAS IN US. ACCELERATION OF F-4E DELIVERY RAISED DIFFICULT TECHNICAL PROBLEMS.\n\n¶5. AZIMI REPLIED THAT SIXTEEN AIRCRAFT REQUESTED COULD BE INTEGRATED.\n",
      'R 250930Z FEB 72\nFM AMEMBASSY TEHRAN\nTO SECSTATE WASHDC\n\nUNCLASSIFIED TEHRAN 1164\n\nSUBJECT: TEST\n\n',
    );
    expect(said(r)).toEqual(['5 Azimi REPLIED']);
  });
});

describe('held-out round 192: `made it known`', () => {
  it('reads `He has made it known that` as speech', () => {
    const r = extract(
      '1. (C) President Mbeki was in Parliament. He has made it known that he would like to be invited to Washington.\n',
      'R 121207Z FEB 01\nFM AMEMBASSY PRETORIA\nTO SECSTATE WASHDC\n\nC O N F I D E N T I A L PRETORIA 001173\n\nSUBJECT: TEST\n\n',
    );
    expect(said(r)).toEqual(['1 Mbeki made it known']);
  });
});

describe('held-out round 193: `demarched`, a text pointed to', () => {
  it('reads `demarched Ambassador Daalder`, `handing over a non-paper`, and no act in `reported in para 10 below`', () => {
    const r = extract(
      '2. (C) On February 3, German PermRep Brandenburg demarched Ambassador Ivo Daalder regarding 50 million euros, handing over a non-paper reported in para 10 below.\n',
      'R 051207Z FEB 10\nFM USMISSION USNATO\nTO SECSTATE WASHDC\n\nC O N F I D E N T I A L USNATO 000052\n\nSUBJECT: TEST\n\n',
    );
    expect(said(r)).toEqual(['2 Brandenburg demarched → Ivo Daalder', '2 Brandenburg handing over']);
  });
});

describe('held-out round 194: an emphatic `did` after `they`', () => {
  it('gives `They did note their concern` to the pair who spoke before', () => {
    const r = extract(
      '1. (C) Francois Richier and Patrick Maisonnave agreed that France could accept this language. They did note their concern that it may be difficult.\n',
      'R 051207Z FEB 10\nFM AMEMBASSY PARIS\nTO SECSTATE WASHDC\n\nC O N F I D E N T I A L PARIS 000193\n\nSUBJECT: TEST\n\n',
    );
    expect(said(r)).toEqual([
      '1 Patrick Maisonnave agreed → Francois Richier',
      '1 Francois Richier agreed → Patrick Maisonnave',
      '1 Patrick Maisonnave note',
      '1 Francois Richier note',
    ]);
  });
});

describe('held-out round 195: the reporting officers spoken to are not the words', () => {
  it('leaves `us` and `me` out of the words of `told us that`, `assured me`', () => {
    const r = extract(
      '2. (SBU) In a February 7 meeting, Ashraf Al Arabi, Deputy Minister of Finance, told us that he was confident. He assured me the plan would work.\n',
      'R 101207Z FEB 10\nFM AMEMBASSY CAIRO\nTO SECSTATE WASHDC\n\nUNCLAS CAIRO 000219\n\nSUBJECT: TEST\n\n',
    );
    expect(r.statements.map((s) => s.text)).toEqual(['he was confident', 'the plan would work']);
  });
});

describe('held-out round 198: a ministry for a country, an opening adverb, a decade', () => {
  const header =
    'R 011207Z FEB 10\nFM AMEMBASSY PRISTINA\nTO SECSTATE WASHDC\n\nC O N F I D E N T I A L PRISTINA 000048\n\nSUBJECT: TEST\n\n';
  it('reads the side before `Ministry for Kosovo`, whose `for` governs no person', () => {
    const r = extract(
      '1. (C) Serbian Ministry for Kosovo State Secretary Oliver Ivanovic has already declared that Pristina is promoting conflict.\n',
      header,
    );
    expect(r.persons.map((p) => `${p.name} ${p.affiliation}`)).toEqual(['Oliver Ivanovic Serbia']);
    expect(said(r)).toEqual(['1 Oliver Ivanovic declared']);
  });
  it('ends a sentence after `the 1990s.`, and takes no adverb opening it for a name', () => {
    const r = extract(
      '1. (C) Failure to act will re-open the conflict that defined the 1990s. Fortunately, our European partners increasingly recognize this.\n',
      header,
    );
    expect(r.persons).toEqual([]);
  });
});

describe('held-out round 198: an opening phrase with `despite`', () => {
  it('does not take a `he` inside `Despite ...,` for the subject of the main clause', () => {
    const r = extract(
      '1. (C) Hafiz Gul Bahadur, a senior militant commander, is a rival of Baitullah Mehsud, who told reporters he would fight. Despite an initial period in which his quiescence appeared to indicate that he would stay out of the fight, Bahadur allowed and then claimed a series of ambushes.\n',
      'R 011207Z JUL 09\nFM AMCONSUL PESHAWAR\nTO SECSTATE WASHDC\n\nC O N F I D E N T I A L PESHAWAR 000147\n\nSUBJECT: TEST\n\n',
    );
    expect(said(r)).toContain('1 Hafiz Gul Bahadur claimed');
  });
});

describe('held-out round 199: a relative `who`, a pointer glued by a hyphen, `described as`', () => {
  const header =
    'R 051207Z FEB 10\nFM AMEMBASSY MAPUTO\nTO SECSTATE WASHDC\n\nS E C R E T MAPUTO 000080\n\nSUBJECT: TEST\n\n';
  it('takes a name of two words before `, who` for a person, not a body (`the Chitral Scouts, who`)', () => {
    const r = extract(
      '1. (S) Shortly thereafter, Ghulam Rassul Moti, who has smuggled hashish since 1993, reduced bribes. The post may be relieved by a wing of the Chitral Scouts, who just completed training.\n',
      header,
    );
    expect(r.persons.map((p) => p.name)).toEqual(['Ghulam Rassul Moti']);
  });
  it('splits `-septel` from a name, and reads no speech in `, described as`', () => {
    const r = extract(
      '1. (S) Mohamed Bashir Suleman (MBS), described as the largest narcotrafficker in Mozambique, has ties to President Armando Guebuza. Celso Correia (a company whose major shareholder is President Armando Guebuza-septel), was installed.\n',
      header,
    );
    expect(r.persons.map((p) => p.name)).toContain('Armando Guebuza');
    expect(r.persons.map((p) => p.name)).not.toContain('Armando Guebuza-septel');
    expect(r.statements).toEqual([]);
  });
  it('reads `Minister of Agriculture Rahimi, who` as a title, its portfolio and a name', () => {
    const r = extract(
      '1. (C) Karzai said that Afghanistan does have excellent ministers such as Minister of Agriculture Rahimi, who is world-class.\n',
      'R 051207Z FEB 10\nFM AMEMBASSY KABUL\nTO SECSTATE WASHDC\n\nC O N F I D E N T I A L KABUL 000170\n\nSUBJECT: TEST\n\n',
    );
    expect(r.persons.map((p) => `${p.name} ${p.titles.join(',')}`)).toContain('Rahimi Agriculture Minister');
  });
});

describe("held-out round 200: a name and a body's people, a group named by a number, a portfolio alone", () => {
  const header =
    'R 011207Z SEP 06\nFM AMEMBASSY DUBLIN\nTO SECSTATE WASHDC\n\nC O N F I D E N T I A L DUBLIN 001020\n\nSUBJECT: TEST\n\n';
  it("gives `O'Dea and governing Fianna Fail party politicians have questioned` to O'Dea", () => {
    const r = extract(
      "1. (C) Despite a general reluctance to challenge court decisions, Defense Minister Willie O'Dea and governing Fianna Fail party politicians have publicly questioned the legal merits of the decision.\n",
      header,
    );
    expect(said(r)).toEqual(["1 Willie O'Dea questioned"]);
  });
  it('takes no person from `the Shannon Five`, `at Shannon, including by ...` or `DFA, Transport, and`', () => {
    const r = extract(
      '1. (C) The jury acquitted the "Shannon Five," a group of anti-war protesters. Ministers defended U.S. practices at Shannon, including by Foreign Minister Dermot Ahern, who cited assurances. We intend to engage other ranking DFA, Transport, and Irish Defense Department officials.\n',
      header,
    );
    expect(r.persons.map((p) => p.name)).toEqual(['Dermot Ahern']);
  });
});

describe('held-out round 201: a daily set off by commas and its short form, an office of a body', () => {
  const header =
    'R 021207Z FEB 09\nFM AMEMBASSY SARAJEVO\nTO SECSTATE WASHDC\n\nC O N F I D E N T I A L SARAJEVO 000103\n\nSUBJECT: TEST\n\n';
  it('reads `daily, Dnevni Avaz,` as a paper and `Avaz labeled ..., adding` as its words, not a person', () => {
    const r = extract(
      '1. (C) The most influential pro-Bosniak daily, Dnevni Avaz, has championed such causes. On December 30, Avaz labeled Reis Ceric a true representative of the Bosniak people, adding "those who attack Reis Ceric would like to see a situation like before."\n',
      header,
    );
    expect(r.persons.map((p) => p.name).filter((n) => n.includes('Avaz'))).toEqual([]);
    expect(r.statements.map((s) => s.speaker)).toEqual(['Dnevni Avaz']);
  });
  it('finds the names after `the director of the public institution "...,"` and `member of the Tri-Presidency`', () => {
    const r = extract(
      '1. (C) Bosniak member of the Tri-Presidency Haris Silajdzic has been the leader most willing to appeal to these fears. The host characterized the director of the public institution "Children of Sarajevo," Razija Mahmutovic, as the fiercest opponent. Enver Imamovic condemned public attacks, declaring that the community had suffered.\n',
      header,
    );
    expect(r.persons.map((p) => p.name)).toEqual(['Haris Silajdzic', 'Razija Mahmutovic', 'Enver Imamovic']);
    expect(said(r)).toEqual(['1 Enver Imamovic condemned', '1 Enver Imamovic declaring']);
  });
});

describe('held-out round 202: telegrams in capitals', () => {
  const header =
    'R 151207Z DEC 89\nFM AMEMBASSY PANAMA\nTO SECSTATE WASHDC\n\nS E C R E T PANAMA 08545\n\nSUBJECT: TEST\n\n';
  it('reads a verb after a modal, a thing after `THE`, and a famous name far before its years as no person', () => {
    const r = extract(
      "1. BANNING PANAMANIAN FLAGGED VESSELS FROM THE U.S. WILL ROB NORIEGA AND HIS CRONIES OF INCOME. THE RECENT RESOLUTION OF THE OASGA CONFIRMED NORIEGA'S ISOLATION. THE ANNOUNCEMENT OF THE U.S. PORT BAN CREATES NEW PROBLEMS FOR NORIEGA, WHO HAS HINTED AT IT FOR SOME TIME.\n",
      header,
    );
    expect(r.persons.map((p) => p.name)).toEqual(['Noriega']);
    expect(r.statements.map((s) => s.speaker)).not.toContain('Oasga');
  });
  it('gives a participle after a noun in capitals to no one (`WITH SLOGANS CALLING FOR`)', () => {
    const r = extract(
      '1. GENERAL MANUEL NORIEGA TENACIOUSLY HOLDS ON TO POWER, FIRING UP HIS SUPPORTERS WITH SLOGANS CALLING FOR RETRIBUTION.\n',
      header,
    );
    expect(r.statements).toEqual([]);
  });
});

describe('held-out round 203: `Minstate`', () => {
  it('reads `MFA Minstate Hamdan bin Zayid` as a Minister of State, apart from `Shaykh Zayid`, his father', () => {
    const r = extract(
      '2. (C) MFA Minstate Hamdan bin Zayid contacted the Ambassador on June 2. Hamdan reported that the UAE has agreed to continue its support.\n\n3. (C) Comment: Shaykh Zayid and other Emirati ruling family members maintain palaces in Morocco.\n',
      'R 031207Z JUN 03\nFM AMEMBASSY ABU DHABI\nTO SECSTATE WASHDC\n\nC O N F I D E N T I A L ABU DHABI 002641\n\nSUBJECT: TEST\n\n',
    );
    expect(r.persons.map((p) => `${p.name}: ${p.titles.join(',')}`)).toEqual([
      'Hamdan bin Zayid: Minister of State',
      'Zayid: Sheikh',
    ]);
    expect(said(r)).toContain('2 Hamdan bin Zayid reported');
  });
});

describe("held-out round 204: a delegation's members, `who similarly`, a quote closed before a parenthesis", () => {
  const header =
    'R 221207Z NOV 02\nFM AMEMBASSY BRASILIA\nTO SECSTATE WASHDC\n\nC O N F I D E N T I A L BRASILIA 004227\n\nSUBJECT: TEST\n\n';
  it("gives a delegation's members its leader's side, and reads D/USTR", () => {
    const r = extract(
      "2. (C) WHA Assistant Secretary Otto Reich led a delegation to Brasilia November 20-21 that included Special Advisor William Perry and Michael Zarin. Mercadante's remark to D/USTR Peter Allgeier was noted.\n",
      header,
    );
    expect(r.persons.map((p) => `${p.name}: ${p.affiliation}`)).toEqual([
      'Otto Reich: United States',
      'William Perry: United States',
      'Michael Zarin: United States',
      'Peter Allgeier: United States',
    ]);
  });
  it('gives `leaders, who similarly expressed` to no one, and keeps `("...support."), adding` in its sentence', () => {
    const r = extract(
      '1. (C) Ambassador Otto Reich also met with Brazilian congressional leaders, who similarly expressed eagerness to strengthen ties. Reich expressed support for the agenda ("Your commitment is something all Americans will want to support."), adding that democratization is key.\n',
      header,
    );
    expect(said(r)).toEqual(['1 Otto Reich expressed', '1 Otto Reich adding']);
  });
});

describe("held-out round 205: a bureau's possessive before a name", () => {
  it("places `ISN/MTR's John Paul Herrmann` with the bureau's side, not the host's", () => {
    const r = extract(
      "5. (U) Please contact ISN/MTR's John Paul Herrmann with any questions related to this case.\n",
      'R 021258Z JAN 88\nFM AMEMBASSY BAGHDAD\nTO SECSTATE WASHDC\n\nS E C R E T BAGHDAD 000028\n\nSUBJECT: TEST\n\n',
    );
    expect(r.persons.map((p) => `${p.name}: ${p.affiliation}`)).toEqual([
      'John Paul Herrmann: United States',
    ]);
  });
});

describe('held-out round 206: the naval attache', () => {
  it('reads `NAVATT STATES` as a staff role speaking, no person', () => {
    const r = extract(
      '2.  NAVATT STATES ARGENTINE NAVY THINKING OF PREFERENTIAL JURISDICTION OUT TO 200 MILES.  ARGENTINE NAVY OFF TOLD NAVATT "200 MILE LIMIT SOON WILL BE STANDARD".\n',
      'R 251207Z NOV 66\nFM AMEMBASSY BUENOS AIRES\nTO SECSTATE WASHDC\n\nC O N F I D E N T I A L BUENOS AIRES 2481\n\nSUBJECT: TEST\n\n',
    );
    expect(r.persons).toEqual([]);
    expect(r.statements.map((s) => s.speaker)).toContain('Naval Attache');
  });
});

describe('held-out round 207: an office set off after a name and closed by a parenthesis', () => {
  it('gives `Oleg Mitvol, former Director of Rosprirodnadzor (...) reported` to Mitvol', () => {
    const r = extract(
      "1. (U) In 2008, Oleg Mitvol, former Director of Rosprirodnadzor (Russia's Federal Service for Supervision of Natural Resources) reported numerous timber industry violations.\n",
      'R 151207Z JAN 09\nFM AMCONSUL VLADIVOSTOK\nTO SECSTATE WASHDC\n\nUNCLAS VLADIVOSTOK 000005\n\nSUBJECT: TEST\n\n',
    );
    expect(said(r)).toEqual(['1 Oleg Mitvol reported']);
  });
});

describe('held-out round 208: a telegram in capitals with Vietnamese names', () => {
  const header =
    'R 201049Z DEC 01\nFM AMEMBASSY HANOI\nTO SECSTATE WASHDC\n\nUNCLAS HANOI 003294\n\nSUBJECT: TEST\n\n';
  it('reads names ending in a particle or an ordinary word after one (`NGUYEN VAN SON,`, `NGO VAN DU,`)', () => {
    const r = extract(
      '2.  (U)  A NUMBER OF OFFICIALS ACCOMPANIED MANH ON HIS VISIT.  THEY INCLUDED:\n--NGUYEN VAN SON, CPV CENTRAL COMMITTEE MEMBER AND DIRECTOR OF THE DEPARTMENT;\n--NGO VAN DU, CPV CENTRAL COMMITTEE MEMBER AND DIRECTOR OF THE OFFICE;\n--DANG VU CHU, MINISTER OF INDUSTRY.\n',
      header,
    );
    expect(r.persons.map((p) => p.name)).toEqual(
      expect.arrayContaining(['Nguyen Van Son', 'Ngo Van Du', 'Dang Vu Chu']),
    );
  });
  it("gives `QUY, DIRECTOR OF THE INSTITUTE OF CHINA STUDIES TOLD` to Quy, and `XI HUI, THE CHINA EMBASSY'S FIRST SECRETARY` to China", () => {
    const r = extract(
      "1.  (U)  PROF. NGUYEN HUY QUY, DIRECTOR OF THE INSTITUTE OF CHINA STUDIES TOLD POLOFF ON DECEMBER 13 THAT THERE HAD BEEN DISCUSSIONS.  XI HUI, THE CHINA EMBASSY'S FIRST SECRETARY, TOLD POLOFF ON DECEMBER 18 THAT THE TRIP WAS A SUCCESS.\n",
      header,
    );
    expect(said(r)).toEqual(['1 Nguyen Huy Quy TOLD → Poloff', '1 Xi Hui TOLD → Poloff']);
    expect(r.persons.find((p) => p.surname === 'Hui')?.affiliation).toBe('China');
  });
});

describe('held-out round 209: a participants list of two sides', () => {
  it('reads `Phil French` as a name, `MoD` and `SouthCom` as bodies, and places an `Ambassador to the U.S.` with her side', () => {
    const r = extract(
      '2. (U) On January 30, A/S Thomas Shannon met with Defense Minister Juan Manuel Santos. Shannon was accompanied by USAID Deputy Assistant Administrator Mark Silverman and WHA/AND Director Phil French. Santos was accompanied by Vice Minister of Defense Juan Carlos Pinzon and Ambassador to the U.S. Carolina Barco.\n\n3. (C) Santos commented on the chemistry he felt with new SouthCom Commander Admiral Stavridis. The MoD urged candidly that we help.\n',
      'R 021207Z FEB 07\nFM AMEMBASSY BOGOTA\nTO SECSTATE WASHDC\n\nC O N F I D E N T I A L BOGOTA 001232\n\nSUBJECT: TEST\n\n',
    );
    const sides = Object.fromEntries(r.persons.map((p) => [p.name, p.affiliation]));
    expect(sides).toMatchObject({
      'Mark Silverman': 'United States',
      'Phil French': 'United States',
      'Carolina Barco': 'Colombia',
      Stavridis: 'United States',
    });
    expect(Object.keys(sides)).not.toContain('MoD');
  });
});

describe('held-out round 210: `nothing that now indicated`, `reports to`, `pressed ahead`', () => {
  it('reads no act of the one who thinks, and none in a reporting line or a pressing ahead', () => {
    const r = extract(
      '3. (C) Laurent Bigot said that the process was moving. Bigot thought that there was nothing that now indicated that the goal could not be met. The Minister of Finance reports to Villegas. Lee pressed ahead with his plan.\n',
      'R 311207Z JUL 09\nFM AMEMBASSY PARIS\nTO SECSTATE WASHDC\n\nC O N F I D E N T I A L PARIS 001040\n\nSUBJECT: TEST\n\n',
    );
    expect(said(r)).toEqual(['3 Laurent Bigot said']);
  });
});

describe('held-out round 210: a noun phrase with a designation of digits', () => {
  it("reads `the S-300s issue offered` and `a March 30 press report indicated` as a thing's", () => {
    const r = extract(
      '1. (C) Israeli DCM Roi Rosenblit would not comment. Rosenblit did note that the S-300s issue offered a window onto Russian policy. A March 30 press report indicated strong interest by Clinton.\n',
      'R 311207Z JAN 10\nFM AMEMBASSY MOSCOW\nTO SECSTATE WASHDC\n\nC O N F I D E N T I A L MOSCOW 000392\n\nSUBJECT: TEST\n\n',
    );
    expect(said(r)).toEqual(['1 Roi Rosenblit note']);
  });
});

describe('held-out round 211: a short aside opened by `as`', () => {
  it('gives `but, as expected, Sigfusson, Chairman of ... (LGM), welcomed` to Sigfusson', () => {
    const r = extract(
      "1. (U) Reaction to the report was minimal, but, as expected, Steingrimur Sigfusson, Chairman of Iceland's leading opposition party the Left-Green Movement (LGM), welcomed the Foreign Minister's new policy and said it conformed better to the vision.\n",
      'R 281207Z AUG 08\nFM AMEMBASSY REYKJAVIK\nTO SECSTATE WASHDC\n\nUNCLAS REYKJAVIK 000195\n\nSUBJECT: TEST\n\n',
    );
    expect(said(r)).toEqual(['1 Steingrimur Sigfusson welcomed', '1 Steingrimur Sigfusson said']);
  });
});

describe('held-out round 212: groups named in capitals', () => {
  it('reads `THE INTERVIEWED AMERASIANS`, `MOST AMERASIANS` as groups, and REFOFF as a staff role', () => {
    const r = extract(
      '6. THE INTERVIEWED AMERASIANS REPORTED A NINETY-SEVEN PERCENT EMPLOYMENT RATE. MOST AMERASIANS REPORT EQUAL TREATMENT.\n\n8.  IN AN EXTENDED INTERVIEW WITH REFOFF, PHUONG THAO RECALLED THAT OTHER CHILDREN TAUNTED HER.  REFOFF ENCOURAGED HONG TO REAPPLY.\n',
      'R 170856Z MAY 00\nFM AMCONSUL HO CHI MINH CITY\nTO SECSTATE WASHDC\n\nUNCLAS HO CHI MINH CITY 000838\n\nSUBJECT: TEST\n\n',
    );
    expect(r.persons.map((p) => p.name)).not.toContain('Amerasians');
    expect(r.persons.map((p) => p.name)).not.toContain('Refoff');
  });
});

describe('held-out round 213: Malaysian names and honorifics', () => {
  const header =
    'R 201207Z SEP 07\nFM AMEMBASSY KUALA LUMPUR\nTO SECSTATE WASHDC\n\nC O N F I D E N T I A L KUALA LUMPUR 001446\n\nSUBJECT: TEST\n\n';
  it('cites a Malay name by its first word where the cable does, and places a Chinese surname in Malaysia', () => {
    const r = extract(
      '6. (U) Former DPM Anwar Ibrahim stated that the revelations proved his appeals were tainted. Anwar added that the party will file an appeal. Anwar, who was sacked in 1998, spent six years in jail.\n\n8. (U) Opposition leader Lim Kit Siang stated in a letter to PM Abdullah that the Chief Justice should be suspended. Human Rights NGOs have also called on the Chief Justice to resign.\n',
      header,
    );
    expect(r.persons.map((p) => `${p.surname}: ${p.affiliation}`)).toEqual([
      'Anwar: Malaysia',
      'Lim: Malaysia',
      'Abdullah: Malaysia',
    ]);
  });
});

describe('held-out round 213: an opening participle past a note in parentheses', () => {
  it('gives `Echoing ..., Rapporteur ... Param Cumaraswamy (who helped represent Anwar Ibrahim) told` to Cumaraswamy', () => {
    const r = extract(
      "1. (SBU) Echoing the Bar Council President's call, former UN Rapporteur on the Independence of Judges and Lawyers Param Cumaraswamy (who helped represent Anwar Ibrahim in his suit against Mahathir) told poloffs that only an independent commission will do.\n",
      'R 201207Z SEP 07\nFM AMEMBASSY KUALA LUMPUR\nTO SECSTATE WASHDC\n\nC O N F I D E N T I A L KUALA LUMPUR 001446\n\nSUBJECT: TEST\n\n',
    );
    expect(said(r)).toEqual(['1 Param Cumaraswamy Echoing', '1 Param Cumaraswamy told → Poloff']);
    expect(r.persons.find((p) => p.surname === 'Cumaraswamy')?.titles).toEqual(['Rapporteur']);
  });
});

describe('held-out round 214: `according to his doctor`', () => {
  it("gives the words of one's doctor or staff to no one, and `according to his information` to him", () => {
    const r = extract(
      '1. (C) Mossad Director Meir Dagan stressed that Iran has weak spots. According to his information, unemployment exceeds 30 percent. Fathi el-Jahmi, a detained activist, remains in hospital. According to his doctor, his condition has improved.\n',
      'R 131503Z MAR 08\nFM AMEMBASSY TRIPOLI\nTO SECSTATE WASHDC\n\nC O N F I D E N T I A L TRIPOLI 000220\n\nSUBJECT: TEST\n\n',
    );
    expect(said(r)).toEqual(['1 Meir Dagan stressed', '1 Meir Dagan According to']);
  });
});

describe('held-out round 214: an opening participial phrase', () => {
  it('takes no name inside `Citing statements by X,` for the subject of the main verb after it', () => {
    const r = extract(
      '2.(C) Citing statements by Qadhafi Development Foundation human rights director Saleh Abdulsalam, international media reported on March 11 that the activist was released. Noting he had made little progress, Saleh Abdulsalam suggested that engagement was pointless.\n',
      'R 131503Z MAR 08\nFM AMEMBASSY TRIPOLI\nTO SECSTATE WASHDC\n\nC O N F I D E N T I A L TRIPOLI 000220\n\nSUBJECT: TEST\n\n',
    );
    expect(said(r)).toEqual(['2 Saleh Abdulsalam Noting', '2 Saleh Abdulsalam suggested']);
  });
});

describe('held-out round 215: hyphenated names in capitals', () => {
  it('reads `NAVARRO-VALLS`, `DLAMINI-ZUMA` as names, not `US-EU` or `TROUBLE-SHOOTER`; `THE PONTIFF` is the Pope', () => {
    const r = extract(
      '1.   VATICAN SPOKESMAN JOAQUIN NAVARRO-VALLS RELEASED A COPY AUGUST 23. THE US-EU SUMMIT OPENED. THE ITALIAN TREASURY ANNOUNCED AUGUST 17 THAT IT WILL MINT COINS. POPE JOHN PAUL II APPEALED AUGUST 19 TO LEBANESE AUTHORITIES. THE PONTIFF SAID THAT LEBANON IS FREE.\n',
      'R 231340Z AUG 01\nFM AMEMBASSY VATICAN\nTO SECSTATE WASHDC\n\nUNCLAS VATICAN 004425\n\nSUBJECT: TEST\n\n',
    );
    expect(r.persons.map((p) => p.name)).toEqual(['Joaquin Navarro-Valls', 'John Paul II']);
    expect(said(r)).toContain('1 John Paul II SAID');
  });
});

describe('held-out round 217: a verb that speaks only before `that`, in capitals', () => {
  it('reads `GELLET ASSESSED THAT` as it reads `Gellet assessed that`, and `ASSESSED THE DAMAGE` as no speech', () => {
    const r = extract(
      '1. (C) FRANCK GELLET SHARED HIS VIEWS ON JUNE 7. GELLET ASSESSED THAT THE IRANIANS ARE OVERCONFIDENT. HE ASSESSED THE DAMAGE.\n',
      'O 071725Z JUN 07\nFM AMEMBASSY PARIS\nTO SECSTATE WASHDC\n\nC O N F I D E N T I A L PARIS 002440\n\nSUBJECT: TEST\n\n',
    );
    expect(said(r)).toEqual(['1 Franck Gellet SHARED', '1 Franck Gellet ASSESSED']);
  });
});

describe('held-out round 218: names in capitals with an office in parentheses, and a body after `THE`', () => {
  it('takes `DIOSDADO CABELLO (FORMER ... MINISTER` for a person, not `THE COMANDO MAISANTA` after a title', () => {
    const r = extract(
      '6. (C) SHE LISTED SEVERAL INDIVIDUALS, INCLUDING DIOSDADO CABELLO (FORMER INFRASTRUCTURE MINISTER, COORDINATOR FOR THE COMANDO MAISANTA). SHE ALSO MENTIONED WILLIAM IZARRA, DIRECTOR OF IDEOLOGY FOR THE COMANDO MAISANTA, JESSE CHACON, AND RONALDO BLANCO LA CRUZ, GOVERNOR OF TACHIRA STATE.\n',
      'R 061838Z JUL 04\nFM AMEMBASSY CARACAS\nTO SECSTATE WASHDC\n\nC O N F I D E N T I A L CARACAS 002200\n\nSUBJECT: TEST\n\n',
    );
    expect(r.persons.map((p) => p.name).sort()).toEqual([
      'Diosdado Cabello',
      'Jesse Chacon',
      'Ronaldo Blanco La Cruz',
      'William Izarra',
    ]);
  });
});

describe('held-out round 218: a possessive apposition, `alleges`, `listed`, and a verb series', () => {
  it('reads past `, Chavez’s former wife ...,` to the subject; `listed` speaks only with an object', () => {
    const r = extract(
      "1. (C) HERMA MARKSMAN, CHAVEZ'S FORMER COMMON-LAW WIFE FROM 1984-1993, SPOKE TO POLOFFS ON JULY 1 ABOUT HIS IDEOLOGY. AS A POOR CHILD, MARKSMAN ALLEGES CHAVEZ WAS INFLUENCED BY A TEACHER. SHE LISTED SEVERAL INDIVIDUALS.\n\n2. (C) Minister Juan Ramon Quintana named USAID contractors, listed their posts in previous governments, and accused them of fraud. Carlos Hugo Molina, one of the officials listed by Quintana, said he was proud. The entities listed in paragraph 5 remain. General Petraeus, Bahrain's King Hamad said, discussed Iraq.\n",
      'R 061838Z JUL 04\nFM AMEMBASSY CARACAS\nTO SECSTATE WASHDC\n\nC O N F I D E N T I A L CARACAS 002200\n\nSUBJECT: TEST\n\n',
    );
    expect(said(r)).toEqual([
      '1 Herma Marksman SPOKE → Poloff',
      '1 Herma Marksman ALLEGES',
      '1 Herma Marksman LISTED',
      '2 Juan Ramon Quintana listed',
      '2 Juan Ramon Quintana accused',
      '2 Carlos Hugo Molina said',
      '2 Hamad said',
    ]);
  });
});

describe('held-out round 219: an employee in parentheses, and a granddaughter', () => {
  it('reads `SHOUKOUH FARHANG (NEWSPAPER EMPLOYEE)` as a person, and `GRANDDAUGHTER MAHNAZ` as Mahnaz', () => {
    const r = extract(
      "2. SECOND WOMAN WAS SHOUKOUH FARHANG (NEWSPAPER EMPLOYEE), WHO JOINED WITH HUSBAND EBRAHIM FARHANG-RAZI. OTHERS INCLUDED KERAMATALLAH DANESHIAN (CONSTRUCTION COMPANY EMPLOYEE). HIM'S GRANDDAUGHTER MAHNAZ WAS ALSO TARGETED.\n",
      'O 021400Z OCT 73\nFM AMEMBASSY TEHRAN\nTO SECSTATE WASHDC\n\nUNCLAS TEHRAN 7005\n\nSUBJECT: TEST\n\n',
    );
    const names = r.persons.map((p) => p.name);
    expect(names).toEqual(expect.arrayContaining(['Shoukouh Farhang', 'Keramatallah Daneshian']));
    expect(names.some((n) => /granddaughter/i.test(n))).toBe(false);
  });
});

describe('held-out round 220: a quotation that never closes', () => {
  it('ends with its sentence when no later mark in the paragraph closes it; `," and added` after one is its speaker’s', () => {
    const r = extract(
      '9. (U) Supreme Leader Khamenei said the election was a triumph, "regardless of who voted for whom.  After the election, the enemy sought to create disturbances.  There will be large turnout in future elections, Khamenei predicted.\n\n10. (U) Khamenei said "we will win.  I told them so," and added that it was over.\n',
      'R 130929Z SEP 09\nFM RPO DUBAI\nTO SECSTATE WASHDC\n\nC O N F I D E N T I A L DUBAI 000379\n\nSUBJECT: TEST\n\n',
    );
    expect(said(r)).toEqual([
      '9 Khamenei said',
      '9 Khamenei predicted',
      '10 Khamenei said',
      '10 Khamenei added',
    ]);
  });
});

describe('held-out round 222: an inverted answer, and persons given as examples', () => {
  it('reads `Ali’s wry answer was "..."` as Ali’s words, and `officials such as Diodino Cambaza` as a person', () => {
    const r = extract(
      '1. (S/NF) The source asked prominent businessman Mustaque Ali how MBS became so rich, and Ali\'s wry answer was "Johnson\'s baby powder," a euphemism for drugs. Diogo has close ties to officials such as Diodino Cambaza, whose trial is ongoing. His answer was a long one.\n',
      'R 011200Z FEB 10\nFM AMEMBASSY MAPUTO\nTO SECSTATE WASHDC\n\nS E C R E T MAPUTO 000086\n\nSUBJECT: TEST\n\n',
    );
    expect(r.persons.map((p) => p.name)).toContain('Diodino Cambaza');
    expect(said(r).filter((x) => x.includes('Ali'))).toEqual(['1 Mustaque Ali answer was']);
  });
});

describe('held-out round 224: a title’s short form the cable defines, a staff role after a side, `no one`', () => {
  it('reads `UNSCOL Michael Williams` as the Special Coordinator, `UNIFIL polchief` as a UN officer', () => {
    const r = extract(
      '1. (C) Summary: UN Special Coordinator for Lebanon (UNSCOL) Michael Williams shared a report with the Ambassador. End Summary.\n\n2. (C) The obstruction was a violation, UNSCOL Michael Williams told the Ambassador. The meeting was positive, UNIFIL polchief Milos Strugar told polchief. He heard repeated worries about Hizballah. During his consultations, Williams recalled, no one had raised the issue.\n',
      'R 281503Z JAN 10\nFM AMEMBASSY BEIRUT\nTO SECSTATE WASHDC\n\nC O N F I D E N T I A L BEIRUT 000096\n\nSUBJECT: TEST\n\n',
    );
    expect(r.persons.map((p) => [p.name, p.affiliation])).toEqual([
      ['Michael Williams', 'United Nations'],
      ['Milos Strugar', 'United Nations'],
    ]);
    expect(said(r)).toEqual([
      '1 Michael Williams shared',
      '2 Michael Williams told → the Ambassador',
      '2 Milos Strugar told',
      '2 Michael Williams recalled',
    ]);
  });
});

describe('held-out round 225: a plural office opening a clause of its own', () => {
  it('gives `while the Ministers of Interior and Justice have warned` to no one, not to the PM before it', () => {
    const r = extract(
      '1. (C) SUMMARY: PM Jadranka Kosor has strengthened anti-corruption efforts by creating teams, while the Ministers of Interior and Justice have warned that there are no untouchables. Kosor met the Ministers and said it was so. END SUMMARY.\n',
      'R 271519Z JAN 10\nFM AMEMBASSY ZAGREB\nTO SECSTATE WASHDC\n\nC O N F I D E N T I A L ZAGREB 000053\n\nSUBJECT: TEST\n\n',
    );
    expect(said(r)).toEqual(['1 Jadranka Kosor said']);
  });
});

describe('held-out round 226: a two-column participant list run together, a middle name, `updated`', () => {
  it('splits `Thomas T. Riley Mohamed Yassine` in a list line, joins `C. David Welch` to `David Welch`', () => {
    const r = extract(
      '1. (S) SUMMARY: NEA Assistant Secretary David Welch updated Mansouri on the MEPP. Welch also updated the list. END SUMMARY.\n\n2. (U) U.S. Moroccan\n\nNEA A/S C. David Welch DGED Director General\nAmb. Thomas T. Riley Mohamed Yassine\nRAO Counselor George Gaydos Gen. Abdeljabbar Azaoui\n',
      'R 271640Z FEB 08\nFM AMEMBASSY RABAT\nTO SECSTATE WASHDC\n\nS E C R E T RABAT 000194\n\nSUBJECT: TEST\n\n',
    );
    const names = r.persons.map((p) => p.name);
    expect(names).toEqual(expect.arrayContaining(['C. David Welch', 'Thomas T. Riley', 'George Gaydos']));
    expect(names.filter((n) => n.includes('Welch') || n.includes('Riley'))).toHaveLength(2);
    expect(said(r)).toEqual(['1 C. David Welch updated → Mansouri']);
  });
  it('keeps a long name whole in running text (`Essa Saif Mohammed Al-Mazrouei said`)', () => {
    const r = extract(
      '1. (C) Brigadier General Essa Saif Mohammed Al-Mazrouei said the talks went well.\n',
      'R 271640Z FEB 08\nFM AMEMBASSY ABU DHABI\nTO SECSTATE WASHDC\n\nC O N F I D E N T I A L ABU DHABI 000145\n\nSUBJECT: TEST\n\n',
    );
    expect(r.persons.map((p) => p.name)).toEqual(['Essa Saif Mohammed Al-Mazrouei']);
  });
});

describe('held-out round 227: a place set off after `city`, `ally`, the Comptroller General', () => {
  it('gives the Mayor’s title to the name after `capital city, San Cristobal,`; `Chavez ally X` is a person', () => {
    const r = extract(
      "1. (C) Chavez suggested that the opposition Mayor of Tachira's capital city, San Cristobal, Monica de Mendez, should respond. The Comptroller General agreed to investigate. Capriles has a rivalry with Chavez ally Diosdado Cabello.\n",
      'R 091900Z NOV 09\nFM AMEMBASSY CARACAS\nTO SECSTATE WASHDC\n\nC O N F I D E N T I A L CARACAS 001417\n\nSUBJECT: TEST\n\n',
    );
    expect(r.persons.map((p) => [p.name, p.titles])).toEqual(
      expect.arrayContaining([
        ['Monica de Mendez', ['Mayor']],
        ['Diosdado Cabello', []],
      ]),
    );
    expect(r.persons.map((p) => p.name)).not.toContain('San Cristobal');
    expect(said(r)).toContain('1 the Comptroller General agreed');
  });
});

describe('held-out round 228: names inside quoted words, `with Istanbul Governor X denouncing`, `which`', () => {
  it('takes no subject from inside a quotation and reads `with` past a place before the title', () => {
    const r = extract(
      '1. (SBU) The breezy narrative noted that "Mustafa Kemal Ataturk banned any expression of Kurdishness," adding that battles followed. The publication sparked harsh reaction, with Istanbul Governor Muammer Guler denouncing the "insult" to Turkey. Mastercard closed its office after threats against its General Manager, and has since apologized. Post RSO has reached out to Mastercard, which is an active member of the OSAC Advisory Council.\n',
      'R 031500Z JUN 05\nFM AMCONSUL ISTANBUL\nTO SECSTATE WASHDC\n\nUNCLAS ISTANBUL 000890\n\nSUBJECT: TEST\n\n',
    );
    expect(r.persons.map((p) => p.name)).toEqual(['Mustafa Kemal Ataturk', 'Muammer Guler']);
    expect(said(r)).toEqual(['1 Muammer Guler denouncing']);
  });
  it('reads a name of six words with its particles whole (`Maria Teresa Fernandez de la Vega`)', () => {
    const r = extract(
      '1. (C) First Vice President Maria Teresa Fernandez de la Vega said so. Fernandez de la Vega added more.\n',
      'R 031500Z JUN 09\nFM AMEMBASSY MADRID\nTO SECSTATE WASHDC\n\nC O N F I D E N T I A L MADRID 000071\n\nSUBJECT: TEST\n\n',
    );
    expect(r.persons.map((p) => p.name)).toEqual(['Maria Teresa Fernandez de la Vega']);
  });
});

describe('held-out round 229: a participle describing a noun, and an object joined to a subject', () => {
  it('reads `interest expressed in Lugovoy` as no speech and `to extradite Berezovskiy, and Venediktov said` as one speaker', () => {
    const r = extract(
      "8. (C) Putin believes PM Tony Blair betrayed him over the British refusal to extradite Boris Berezovskiy, and Aleksey Venediktov said that the GOR has pinned its hopes on Brown. Demos Center's Tanya Lokshina similarly questioned that.\n\n9. (C) There has been little official interest expressed in Andrey Lugovoy clearing his name, to which Venediktov and Lokshina responded with doubt.\n",
      'R 301500Z MAY 07\nFM AMEMBASSY MOSCOW\nTO SECSTATE WASHDC\n\nC O N F I D E N T I A L MOSCOW 002429\n\nSUBJECT: TEST\n\n',
    );
    expect(said(r)).toEqual([
      '8 Aleksey Venediktov said',
      '8 Tanya Lokshina questioned',
      '9 Tanya Lokshina responded',
      '9 Aleksey Venediktov responded',
    ]);
  });
});

describe('held-out round 230: `Said` opening a name, persons after a dash, `X and his`', () => {
  it('reads `Said al-Maghrebi` as a name, not a verb, and finds names listed after `judges -`', () => {
    const r = extract(
      '2. (S) Ricard said two suspects had ties to Islamist circles. One of them, Said al-Maghrebi, had recruited Muslims. The proof against recently convicted Djamel Beghal and his accomplices was thin. He and the other veteran judges - Gilbert Thiel and Laurence le Vert - work apart. The Goldstone Report and his inability to act hurt.\n',
      'R 091500Z MAY 05\nFM AMEMBASSY PARIS\nTO SECSTATE WASHDC\n\nS E C R E T PARIS 003118\n\nSUBJECT: TEST\n\n',
    );
    expect(r.persons.map((p) => p.name).sort()).toEqual([
      'Djamel Beghal',
      'Gilbert Thiel',
      'Laurence le Vert',
      'Ricard',
      'Said al-Maghrebi',
    ]);
    expect(said(r)).toEqual(['2 Ricard said']);
  });
  it('gives no American side to `U/S for Political Affairs-equivalent at the MFA`', () => {
    const r = extract(
      '4. (C) Stanislas Lefebvre de Laboulaye, U/S for Political Affairs-equivalent at the MFA, will study cooperation. Under Secretary Nicholas Burns met him.\n',
      'R 091500Z MAY 05\nFM AMEMBASSY PARIS\nTO SECSTATE WASHDC\n\nS E C R E T PARIS 003118\n\nSUBJECT: TEST\n\n',
    );
    expect(r.persons.map((p) => [p.name, p.affiliation])).toEqual([
      ['Stanislas Lefebvre de Laboulaye', 'France'],
      ['Nicholas Burns', 'United States'],
    ]);
  });
});

describe('held-out round 231: a date in figures, and a verb after `as soon as`', () => {
  it('reads `on 1/18` as January 18, not `after 9/11`; `As soon as Zaragoza informs us` is no statement', () => {
    const r = extract(
      '1. (SBU) Embassy officials met with National Court Chief Prosecutor Javier Zaragoza on 1/18 to review the case. Little has changed since 9/11.\n\n4. (SBU) As soon as Zaragoza informs us how he intends to proceed, we will convey this to Washington. Zaragoza said he would proceed carefully.\n',
      'R 221500Z JAN 07\nFM AMEMBASSY MADRID\nTO SECSTATE WASHDC\n\nUNCLAS MADRID 000101\n\nSUBJECT: TEST\n\n',
    );
    expect(r.events.map((e) => e.date)).toEqual(['2007-01-18']);
    expect(said(r)).toEqual(['4 Javier Zaragoza said']);
  });
});

describe('held-out round 232: `Yar,Adua`, and a First Lady of the same family name', () => {
  it('reads the telegram’s comma as an apostrophe in a name, and keeps the President and the First Lady apart', () => {
    const r = extract(
      "1. (S/NF) SUMMARY: A contact alleged a close association between President Yar,Adua and rumored smuggler Dahiru Mangal. A man claimed to represent First Lady Turai Yar'Adua. Yar'Adua named Mangal a special advisor.\n",
      'R 221500Z FEB 08\nFM AMEMBASSY ABUJA\nTO SECSTATE WASHDC\n\nS E C R E T ABUJA 000320\n\nSUBJECT: TEST\n\n',
    );
    expect(r.persons.map((p) => [p.name, p.titles])).toEqual([
      ["Yar'Adua", ['President']],
      ['Dahiru Mangal', []],
      ["Turai Yar'Adua", ['First Lady']],
    ]);
  });
});

describe('held-out round 233: thoughts handed over', () => {
  it('reads `provided the Ambassador with his thoughts on` as speech', () => {
    const r = extract(
      '2. (C) Judge Baltasar Garzon then provided the Ambassador with his thoughts on the pending extradition. He had thoughts of his own.\n',
      'R 191500Z DEC 07\nFM AMEMBASSY MADRID\nTO SECSTATE WASHDC\n\nC O N F I D E N T I A L MADRID 002282\n\nSUBJECT: TEST\n\n',
    );
    expect(said(r)).toEqual(['2 Baltasar Garzon provided → the Ambassador']);
  });
});

describe('held-out round 234: a medium named before its noun', () => {
  it('reads `TOLD "ROSE EL YOUSSEF" MAGAZINE` and `TOLD AL AHRAM NEWSPAPER` as media, not persons', () => {
    const r = extract(
      '8. (C) A FORMER DIRECTOR OF STATE SECURITY TOLD "ROSE EL YOUSSEF" MAGAZINE ON APRIL 21, 2001 THAT THE MB WON. UNDER WHAT MB MP HAMDI HASSAN TERMED A POLICY OF "OBJECTIVE OPPOSITION," HE TOLD AL AHRAM NEWSPAPER THAT THE DEPUTIES ACTED.\n',
      'P 211120Z JUN 01\nFM AMEMBASSY CAIRO\nTO SECSTATE WASHDC\n\nC O N F I D E N T I A L CAIRO 003757\n\nSUBJECT: TEST\n\n',
    );
    expect(r.persons.map((p) => p.name)).toEqual(['Hamdi Hassan']);
  });
});

describe('held-out round 236: on record, and headlines made by announcing', () => {
  it('reads `has gone on record saying` and `made headlines by announcing` as the subject’s words', () => {
    const r = extract(
      '2. (C) SUMMARY. Brazil appears determined, as Defense Minister Nelson Jobim has already gone on record saying that he expects to proceed. Jobim made headlines in November by announcing that the sub would protect oil fields. Posters are on record showing nothing. END SUMMARY.\n',
      'R 221500Z JAN 08\nFM AMEMBASSY BRASILIA\nTO SECSTATE WASHDC\n\nC O N F I D E N T I A L BRASILIA 000093\n\nSUBJECT: TEST\n\n',
    );
    expect(said(r)).toEqual(['2 Nelson Jobim saying', '2 Nelson Jobim announcing']);
  });
});

describe('held-out round 238: the title in the country’s language, in parentheses before the name', () => {
  it('reads `Offenbach Lord Mayor (Oberbuergermeister) Grandke` as a titled person', () => {
    const r = extract(
      '4. (SBU) Chancellor Gerhard Schroeder had reportedly favored Offenbach Lord Mayor (Oberbuergermeister) Grandke but was unable to push his candidate through.\n',
      'R 251500Z OCT 02\nFM AMCONSUL FRANKFURT\nTO SECSTATE WASHDC\n\nUNCLAS FRANKFURT 010188\n\nSUBJECT: TEST\n\n',
    );
    expect(r.persons.map((p) => p.name)).toEqual(['Gerhard Schroeder', 'Grandke']);
  });
});

describe('held-out round 240: Burmese names', () => {
  it('reads names of Burmese name words as persons cited by the last word, not as Korean family-first names', () => {
    const r = extract(
      '3. (C) A source noted that Aung Kyaw Moe, owner of the Okkthar team, pays well, and that Sai Sam Htun owns Alpine Water. Students cheered Aung San Suu Kyi at the stadium.\n',
      'R 121500Z JUN 09\nFM AMEMBASSY RANGOON\nTO SECSTATE WASHDC\n\nC O N F I D E N T I A L RANGOON 000355\n\nSUBJECT: TEST\n\n',
    );
    expect(r.persons.map((p) => [p.name, p.surname])).toEqual([
      ['Aung Kyaw Moe', 'Moe'],
      ['Sai Sam Htun', 'Htun'],
      ['Aung San Suu Kyi', 'Kyi'],
    ]);
  });
});

describe('held-out round 242: an office in an apposition left open before the verb; German given names', () => {
  it('gives `Michael Hohenberger, a senior State Chancery contact told us` to Hohenberger', () => {
    const r = extract(
      '2. (SBU) "We could not be more satisfied with the outcome," Michael Hohenberger, a senior State Chancery contact told us October 28. Ilse Aigner (CSU) remains Minister of Agriculture, as does Gerd Mueller; Hartmut Koschyk moves to Finance.\n',
      'R 301500Z OCT 09\nFM AMCONSUL MUNICH\nTO SECSTATE WASHDC\n\nC O N F I D E N T I A L MUNICH 000273\n\nSUBJECT: TEST\n\n',
    );
    expect(said(r)).toEqual(['2 Michael Hohenberger told']);
    expect(r.persons.map((p) => p.name)).toEqual([
      'Michael Hohenberger',
      'Ilse Aigner',
      'Gerd Mueller',
      'Hartmut Koschyk',
    ]);
  });
});

describe('held-out round 243: a participle after a possessive, before a number', () => {
  it('reads `Netanyahu’s proposed 10-month settlement freeze` as no statement of Netanyahu’s', () => {
    const r = extract(
      '1. (C) On the MEPP, Piero Fassino characterized Netanyahu\'s proposed 10-month settlement freeze "a little window of opportunity," but questioned whether it was enough. Dubai\'s estimated 350,000 Iranians stay.\n',
      'R 121500Z JAN 10\nFM AMEMBASSY ROME\nTO SECSTATE WASHDC\n\nC O N F I D E N T I A L ROME 000087\n\nSUBJECT: TEST\n\n',
    );
    expect(said(r)).toEqual(['1 Piero Fassino characterized', '1 Piero Fassino questioned']);
  });
});

describe('held-out round 245: renewed concerns, the one commended, talked with, participles that describe', () => {
  const header =
    'O 241220Z FEB 07\nFM AMEMBASSY RIYADH\nTO SECSTATE WASHDC\n\nS E C R E T RIYADH 000367\n\nSUBJECT: TEST\n\n';
  it('reads `renewed US concerns` as speech and the one commended on something as the listener', () => {
    const r = extract(
      "1. (S) APHSCT Townsend renewed US concerns about the ambassador. Townsend commended Prince Saud on efforts to counter terrorist financing. Barak commended Salam Fayyad's practical approach. Prince Saud said that he talked with Secretary Rice via telephone about the meeting.\n",
      header,
    );
    expect(said(r)).toEqual([
      '1 Townsend renewed',
      '1 Townsend commended → Saud',
      '1 Barak commended',
      '1 Saud said',
      '1 Saud talked → Rice',
    ]);
    expect(r.statements.at(-1)?.text).toBe('via telephone about the meeting');
  });
  it('reads no statement in a participle after a passive set off by commas, nor in one joined to a progressive', () => {
    const r = extract(
      '1. (C) Prince Saud described the recent Iranian message, brought by Larijani, offering to help prevent a divide. He asserted that the US bank is performing audits beyond what is required by US law, and asking aggressive questions. Hizbollah does not appear to have toned down its rhetoric.\n',
      header,
    );
    expect(said(r)).toEqual(['1 Saud described', '1 Saud asserted']);
    expect(r.persons.map((p) => p.name)).toEqual(['Saud', 'Larijani']);
  });
});

describe('held-out round 246: defended, joined verbs inside reported words, a gerund subject with commas', () => {
  const header =
    'O 141216Z JUL 05\nFM AMEMBASSY MADRID\nTO SECSTATE WASHDC\n\nC O N F I D E N T I A L MADRID 002653\n\nSUBJECT: TEST\n\n';
  it('gives a pluperfect verb joined inside reported words to that clause’s subject', () => {
    const r = extract(
      '1. (C) Zapatero defended Spanish policy towards Cuba. He said Spain had pressed Chavez to improve relations and urged Venezuela to institute controls. He said King Mohamed was deeply concerned about terrorism and had pressed for greater cooperation. He said Spain had pressed Venezuela, but said regional leaders had counseled him.\n',
      header,
    );
    expect(said(r)).toEqual([
      '1 Zapatero defended',
      '1 Zapatero said',
      '1 Spain pressed → Chavez',
      '1 Spain urged → Venezuela',
      '1 Zapatero said',
      '1 Mohamed pressed',
      '1 Zapatero said',
      '1 Spain pressed → Venezuela',
      '1 Zapatero said',
    ]);
  });
  it('reads an opening gerund with commas inside as the subject before a bare tag, and `no longer tries to` as no act', () => {
    const r = extract(
      '1. (C) Defending the Malikite rite of Islam, native to Morocco, against intolerant strains was a major priority, Himma emphasized. Ambassador Guan no longer tries to defend the regime. Saying finance was not a partisan issue in the U.S., Levey subsequently confirmed these sentiments to Livni, the FM.\n',
      header,
    );
    expect(said(r)).toEqual(['1 Himma emphasized', '1 Levey Saying', '1 Levey confirmed → Livni']);
  });
});

describe('held-out round 247: news agencies are bodies', () => {
  it('reads `Xinhua also boasted` as the agency’s words and `told AFP` as told to the agency', () => {
    const r = extract(
      '2. (C) Xinhua also boasted about the greater number of press conferences. Spokesman Mohammed Abdulsalam told AFP on November 13 that the bombing went on.\n',
      'P 081053Z NOV 07\nFM AMEMBASSY BEIJING\nTO SECSTATE WASHDC\n\nC O N F I D E N T I A L BEIJING 007035\n\nSUBJECT: TEST\n\n',
    );
    expect(r.persons.map((p) => p.name)).toEqual(['Mohammed Abdulsalam']);
    expect(said(r)).toEqual([
      '2 Xinhua News Agency boasted',
      '2 Mohammed Abdulsalam told → Agence France-Presse',
    ]);
  });
});

describe('held-out round 248: regret expressed; a notable national security adviser', () => {
  it('reads `regretted` as speech and General Jones of 2009 as American in a cable from Islamabad', () => {
    const r = extract(
      '1. (C) National Security Advisor General James Jones met President Zardari. Zardari regretted not being able to meet Singh at the summit. Jones asked Zardari how he viewed relations in the region.\n',
      'P 301045Z JUN 09\nFM AMEMBASSY ISLAMABAD\nTO SECSTATE WASHDC\n\nS E C R E T ISLAMABAD 001438\n\nSUBJECT: TEST\n\n',
    );
    expect(r.persons.map((p) => [p.name, p.affiliation])).toEqual([
      ['James Jones', 'United States'],
      ['Zardari', 'Pakistan'],
      ['Singh', 'India'],
    ]);
    expect(said(r)).toEqual(['1 Zardari regretted → James Jones', '1 James Jones asked → Zardari']);
  });
});

describe('held-out round 249: a place in the possessive, a pointer to another cable', () => {
  it('reads `Abu Dhabi’s own Masdar` as no person and `(CNIA, reported septel)` as no statement', () => {
    const r = extract(
      "3. (SBU) Poneman told MbZ that the USG is interested in supporting Abu Dhabi's critical energy plans and said a DOE team was discussing cooperation with the Critical National Infrastructure Authority (CNIA, reported septel). Goals are in line with Abu Dhabi's own Masdar. Matthews conveyed reftel (a) points to the Ministry.\n",
      'P 171500Z DEC 09\nFM AMEMBASSY ABU DHABI\nTO SECSTATE WASHDC\n\nS E C R E T ABU DHABI 001151\n\nSUBJECT: TEST\n\n',
    );
    expect(r.persons.map((p) => p.name)).toEqual(['Poneman', 'MbZ', 'Matthews']);
    expect(said(r)).toEqual(['3 Poneman told → MbZ', '3 Poneman said → MbZ', '3 Matthews conveyed']);
  });
});

describe('held-out round 250: lone names proved by a verb of thinking or a pronoun referring back', () => {
  const header =
    'P 231544Z JUL 09\nFM AMEMBASSY PARIS\nTO SECSTATE WASHDC\n\nC O N F I D E N T I A L PARIS 000997\n\nSUBJECT: TEST\n\n';
  it('reads names of whom a verb of thinking or a later `he` is said as persons', () => {
    const r = extract(
      '5. (C) Gompertz said that Rajoelina seemed to believe that he could force his way to elections, much as Aziz had thought in Mauritania. Ravalomanana was recruiting mercenaries in an effort to create a force that could help him seize power.\n',
      header,
    );
    expect(r.persons.map((p) => p.name)).toEqual(['Gompertz', 'Rajoelina', 'Aziz', 'Ravalomanana']);
  });
  it('does not read places, bodies, adjectives or a passive of belief as persons', () => {
    const r = extract(
      '1. (C) Four Italian Carabinieri believed to be blackmailing the governor were held. From disaster to disaster, Westminster is abuzz with speculation about whether he will be replaced. It brought him close to U.S. and Chirac-era red lines. A rotating Prime Ministership would not happen, he was confident.\n',
      header,
    );
    expect(r.persons).toEqual([]);
  });
  it('reads a participle inside a list set off by semicolons, and `seemed committed`, as no statement', () => {
    const r = extract(
      "1. (C) Gompertz expressed frustration with the impasse in Madagascar; relief that elections had transpired well in Mauritania, offering a possible conclusion to the crisis; and exasperation with Tandja. Aziz seemed committed to cooperate with France. Gompertz recited Tandja's several unconstitutional acts.\n",
      header,
    );
    expect(said(r)).toEqual(['1 Gompertz expressed', '1 Gompertz recited']);
  });
});

describe('held-out round 251: a site named after someone', () => {
  it('reads `Charles de Gaulle airport` and `Karl Marx street` as places, not persons', () => {
    const r = extract(
      "5. (S) Christophe Chaboud confirmed the suspension of clearances of 72 workers at Paris, Charles de Gaulle airport. He operates a store on Baku's Karl Marx street.\n",
      'O 291500Z NOV 06\nFM AMEMBASSY PARIS\nTO SECSTATE WASHDC\n\nS E C R E T PARIS 007579\n\nSUBJECT: TEST\n\n',
    );
    expect(r.persons.map((p) => p.name)).toEqual(['Christophe Chaboud']);
  });
});

describe('held-out round 252: the host’s king named with another, decried, the Polisario', () => {
  it('reads `The King` after `Kings Mohammed VI and Abdullah II of Jordan` in a cable from Rabat as Mohammed VI', () => {
    const r = extract(
      "1. (C) Noting that Kings Mohammed VI and Abdullah II of Jordan had come to power at the same time as President Bashar al-Assad, Welch decried Syria's lost opportunities. The King said he understood that the Emir of Kuwait did not plan to attend. The King expressed grave concern about the POLISARIO's stated plans.\n",
      'O 261500Z FEB 08\nFM AMEMBASSY RABAT\nTO SECSTATE WASHDC\n\nC O N F I D E N T I A L RABAT 000185\n\nSUBJECT: TEST\n\n',
    );
    expect(said(r)).toEqual([
      '1 Welch Noting',
      '1 Welch decried',
      '1 Mohammed VI said',
      '1 Mohammed VI expressed',
    ]);
    expect(r.persons.map((p) => p.name)).not.toContain('Polisario');
  });
});

describe('held-out round 253: another title for the head of a body, a qualified view, a clause reported', () => {
  const header =
    'P 131500Z JUL 07\nFM AMEMBASSY TEL AVIV\nTO SECSTATE WASHDC\n\nS E C R E T TEL AVIV 002280\n\nSUBJECT: TEST\n\n';
  it('reads `the Mossad Chief` as Mossad Director Dagan, and `In Dagan’s personal opinion` as his view', () => {
    const r = extract(
      "1. (S) Townsend met Mossad Director Meir Dagan on July 12. In Dagan's personal opinion, present attempts will fail. The Mossad Chief accused Foreign Minister Saud bin Faysal of playing a negative role. He also pointed to the recent visit of the Saudi King.\n",
      header,
    );
    expect(said(r)).toEqual([
      "1 Meir Dagan In Dagan's personal opinion",
      '1 Meir Dagan accused',
      '1 Meir Dagan pointed',
    ]);
  });
  it('gives a verb joined in the present perfect inside reported words to their subject, and counts a view inside them once', () => {
    const r = extract(
      '1. (S) Dagan echoed other reports that Syria expects an Israeli attack this summer, and has raised its level of readiness. Postl noted that Khamenei is still respected in Iran and, in his personal opinion, there is no divergence.\n',
      header,
    );
    expect(said(r)).toEqual(['1 Dagan echoed', '1 Syria raised', '1 Postl noted']);
  });
});

describe('held-out round 254: identified as', () => {
  it('reads `identified X as Y` as speech, but not `identified as` with no object', () => {
    const r = extract(
      '3. (C) Patriota identified trilateral cooperation in Africa as an area where cooperation could grow. Li Keqiang, identified as a potential leader, spoke.\n',
      'R 201500Z NOV 09\nFM AMEMBASSY BRASILIA\nTO SECSTATE WASHDC\n\nC O N F I D E N T I A L BRASILIA 001342\n\nSUBJECT: TEST\n\n',
    );
    expect(said(r)).toEqual(['3 Patriota identified']);
  });
});

describe('held-out round 255: the Houthis, a withheld name glued to the sentence before', () => {
  it('reads the Houthis as a body and `Yemen.xxxxx told PolOff` as no person', () => {
    const r = extract(
      '2. (C) The Houthis denied that the Saudis had taken the mountain. Saudi airplanes hit targets inside of Yemen.xxxxx told PolOff on November 6 that the Saudi Air Force bombed Tihana. UNHCR Representative Claire Bourgeois told PolOff that 135 families arrived.\n',
      'R 101500Z NOV 09\nFM AMEMBASSY SANAA\nTO SECSTATE WASHDC\n\nS E C R E T SANAA 002040\n\nSUBJECT: TEST\n\n',
    );
    expect(r.persons.map((p) => p.name)).toEqual(['Claire Bourgeois']);
    expect(said(r)).toEqual(['2 Houthis denied', '2 Claire Bourgeois told → Poloff']);
  });
});

describe('given names of the Arab world', () => {
  it('reads `presidential nephew Yahya Muhammad Abdullah Saleh` as a person of four names', () => {
    const r = extract(
      '8. (S) The unit, led by presidential nephew Yahya Muhammad Abdullah Saleh, has been tasked with a plan. Riad Turk was arrested.\n',
      'R 101500Z NOV 09\nFM AMEMBASSY SANAA\nTO SECSTATE WASHDC\n\nS E C R E T SANAA 002040\n\nSUBJECT: TEST\n\n',
    );
    expect(r.persons.map((p) => p.name)).toEqual(['Yahya Muhammad Abdullah Saleh', 'Riad Turk']);
  });
});

describe('a given name alone, untitled, joins a bearer a slip of one letter away, not two', () => {
  it('keeps `Abbas` apart from `Akbar Hashemi Rafsanjani`', () => {
    const r = extract(
      '1. (S) The militant followers target supporters of Akbar Hashemi Rafsanjani as spies.\n2. (S) Fatah would fall within one month and Abbas would join his son in Qatar.\n',
      'P 131500Z JUL 07\nFM AMEMBASSY TEL AVIV\nTO SECSTATE WASHDC\n\nS E C R E T TEL AVIV 002280\n\nSUBJECT: TEST\n\n',
    );
    expect(r.persons.map((p) => p.name)).toEqual(['Akbar Hashemi Rafsanjani', 'Abbas']);
  });
});

describe('a notable name opening a sentence', () => {
  it('reads `Medvedev’s ratings` and `Maliki, McCain told the group,` as the notable persons, not `Rice exports`', () => {
    const r = extract(
      "1. (C) Medvedev's ratings are seen as a derivative of Putin's. Maliki, McCain told the group, was weak. Rice exports fell sharply.\n",
      'R 221500Z JAN 09\nFM AMEMBASSY LONDON\nTO SECSTATE WASHDC\n\nC O N F I D E N T I A L LONDON 000929\n\nSUBJECT: TEST\n\n',
    );
    expect(r.persons.map((p) => p.name)).toEqual(['Medvedev', 'Putin', 'Maliki', 'McCain']);
  });
});

describe('held-out round 257: a title’s short form then its portfolio, `Both he and X`, a quotation split by its tag', () => {
  const header =
    'R 281500Z SEP 09\nFM AMEMBASSY KABUL\nTO SECSTATE WASHDC\n\nC O N F I D E N T I A L KABUL 003068\n\nSUBJECT: TEST\n\n';
  it('reads `Senior Civilian Representative (SCR) for the South Frank Ruggiero` and a later bare `SCR` as one man', () => {
    const r = extract(
      '1. (C) Senior Civilian Representative (SCR) for the South Frank Ruggiero underscored the need. SCR emphasized the criticality of good governance.\n',
      header,
    );
    expect(r.persons.map((p) => [p.name, p.affiliation])).toEqual([['Frank Ruggiero', 'United States']]);
    expect(said(r)).toEqual(['1 Frank Ruggiero underscored', '1 Frank Ruggiero emphasized']);
  });
  it('gives `Both he and Weesa added` to both, the pronoun being the one named last', () => {
    const r = extract(
      '1. (C) Governor Tooryalai Weesa met Karzai. Karzai cautioned against small projects. Both he and Weesa added that elders should distribute the jobs. "You can easily bribe a judge,8 he said, &but you cannot bribe 50 elders."\n',
      header,
    );
    expect(said(r)).toEqual([
      '1 Karzai cautioned → Tooryalai Weesa',
      '1 Tooryalai Weesa added → Karzai',
      '1 Karzai added',
      '1 Karzai said → Tooryalai Weesa',
    ]);
  });
});

describe('held-out round 258: the Colombian National Police', () => {
  it('reads `the CNP had asked prosecutors` as the police’s words, not the minister named before', () => {
    const r = extract(
      '2. (S/NF) The Court will not select a Prosecutor General unless Minister of Interior and Justice Fabio Valencia Cossio resigned; the CNP had asked prosecutors to begin arrests.\n',
      'R 251500Z NOV 09\nFM AMEMBASSY BOGOTA\nTO SECSTATE WASHDC\n\nS E C R E T BOGOTA 003441\n\nSUBJECT: TEST\n\n',
    );
    expect(said(r)).toEqual(['2 Colombian National Police asked']);
  });
});

describe('held-out round 259: pleaded, chided, and a past participle between a number and its noun', () => {
  it('reads `pleaded for` and `chided` as speech, `two claimed "emissaries"` as none', () => {
    const r = extract(
      '1. (C) Klanter pleaded for USG pressure on the GOI; such pressure will be needed, he claimed. He chided the USG for ignoring the people. We pointed out that Fouad Ajami and Ahmad Chalabi, two claimed "emissaries" whom Klanter cited by name, carry no messages. Smith pleaded guilty.\n',
      'R 091500Z JAN 08\nFM AMEMBASSY BAGHDAD\nTO SECSTATE WASHDC\n\nC O N F I D E N T I A L BAGHDAD 000293\n\nSUBJECT: TEST\n\n',
    );
    expect(said(r)).toEqual(['1 Klanter pleaded', '1 Klanter claimed', '1 Klanter chided']);
  });
});

describe('held-out round 260: a Chinese family name, a ministry unit named by a country, a participle going on from one that reports nothing', () => {
  it('reads `MFA Iran Division Deputy Director Ni Ruchi` as Ni of China, and Tehran’s `indicating` as no one’s speech', () => {
    const r = extract(
      "1. (C) MFA West Asian Affairs Department Iran Division Deputy Director Ni Ruchi met PolOff. He claimed that Tehran had refrained from overplaying its accusations, preferring to point the finger at European countries, indicating that the leadership wanted talks. Director Wu Baocai gave PolOff the Party's perspective on Iran.\n",
      'R 011500Z SEP 09\nFM AMEMBASSY BEIJING\nTO SECSTATE WASHDC\n\nC O N F I D E N T I A L BEIJING 002494\n\nSUBJECT: TEST\n\n',
    );
    expect(r.persons.map((p) => [p.surname, p.affiliation])).toEqual([
      ['Ni', 'China'],
      ['Wu', 'China'],
    ]);
    expect(said(r)).toEqual(['1 Ni Ruchi claimed', '1 Wu Baocai gave']);
  });
});

describe('held-out round 261: the Chancellery, a passive infinitive, an opening `Nor`', () => {
  it('reads the Chancellery as a body, `to be already fully briefed` and `Nor has X indicated` as no statements', () => {
    const r = extract(
      '1. (C/NF) Based on a schedule recommended by the Chancellery, Fried met Beus. Heusgen appeared to be already fully briefed on the meeting. Nor has de Maiziere indicated that the U.S. must resettle detainees, although Beus indicated that it would help.\n',
      'R 071500Z DEC 09\nFM AMEMBASSY BERLIN\nTO SECSTATE WASHDC\n\nC O N F I D E N T I A L BERLIN 001548\n\nSUBJECT: TEST\n\n',
    );
    expect(r.persons.map((p) => p.name)).not.toContain('Chancellery');
    expect(said(r)).toEqual(['1 Beus indicated']);
  });
});

describe('held-out round 262: Spanish given names, `de` in a family name cited by its first part, a saint’s place', () => {
  it('reads Clara Rojas, Gomez de Olea cited as Gomez, and San Jose de Guaviare as a place', () => {
    const r = extract(
      '7. (C) The hostages were held south of San Jose de Guaviare, near where Clara Rojas was released. Spanish DCM in Bogota Pablo Gomez de Olea confirmed the meeting. Gomez said the French are desperate. Gomez added that Spain is in a difficult position.\n',
      'R 261500Z FEB 08\nFM AMEMBASSY BOGOTA\nTO SECSTATE WASHDC\n\nC O N F I D E N T I A L BOGOTA 000683\n\nSUBJECT: TEST\n\n',
    );
    expect(r.persons.map((p) => [p.name, p.surname])).toEqual([
      ['Clara Rojas', 'Rojas'],
      ['Pablo Gomez de Olea', 'Gomez'],
    ]);
  });
});

describe('held-out round 263: a second given name written alone where the bearer is also cited by it', () => {
  it('reads `Dadis` after `Captain Moussa Dadis Camara ... Dadis Camara arrived` as Camara', () => {
    const r = extract(
      '1. (S) Bourita said the health of Captain Moussa Dadis Camara has improved. Dadis Camara arrived without prior consultation. Konate has wanted to see Dadis for some time, and Dadis still enjoyed support in his country.\n',
      'R 281500Z DEC 09\nFM AMEMBASSY RABAT\nTO SECSTATE WASHDC\n\nS E C R E T RABAT 001009\n\nSUBJECT: TEST\n\n',
    );
    expect(r.persons.map((p) => p.name)).not.toContain('Dadis');
    expect(r.persons.find((p) => p.surname === 'Camara')?.mentions.length).toBe(4);
  });
});

describe('held-out round 264: the presidency’s Secretary-General', () => {
  it('reads `Presidential Secretary-General Claude Gueant` as French, not of the United Nations', () => {
    const r = extract(
      '5. (C) Serman said Aziz met with Presidential Secretary-General Claude Gueant on June 12. UN Secretary-General Ban spoke too.\n',
      'R 181500Z JUN 09\nFM AMEMBASSY PARIS\nTO SECSTATE WASHDC\n\nC O N F I D E N T I A L PARIS 000815\n\nSUBJECT: TEST\n\n',
    );
    expect(r.persons.map((p) => [p.name, p.affiliation])).toContainEqual(['Claude Gueant', 'France']);
    expect(r.persons.map((p) => [p.name, p.affiliation])).toContainEqual(['Ban', 'United Nations']);
  });
});

describe('held-out round 265: the ambassador who classified the cable, named in it without his title', () => {
  it('reads `the Ambassador` as Solomont, named in a list of surnames, in a cable he classified', () => {
    const r = extract(
      '1. (C) Summary: The Ambassador met with Spanish SYG of the Presidency Bernardino Leon January 12. End Summary.\n\n2. (C) The meeting followed a January 7 meeting in Washington between NSA Jones, Leon, and Solomont. The Ambassador delivered a message of tough love.\n',
      'R 131500Z JAN 10\nFM AMEMBASSY MADRID\nTO SECSTATE WASHDC\n\nC O N F I D E N T I A L MADRID 000025\n\nSUBJECT: TEST\n\nClassified By: Ambassador Alan D. Solomont, Reasons 1.4(b),(d).\n\n',
    );
    expect(r.persons.find((p) => p.surname === 'Solomont')).toMatchObject({ affiliation: 'United States' });
    // (In the meeting with Leon the summary reports.)
    expect(said(r)).toEqual(['2 Solomont delivered → Bernardino Leon']);
  });
});

describe('held-out round 267: a month glued to the word before it', () => {
  it('reads `situationApril 16-18` as April 16, and leaves a month inside a word alone', () => {
    const r = extract(
      '2. (SBU) An expert visited Tallinn to assess the situationApril 16-18. The Mayday 5 rally was calm.\n',
      'R 301500Z MAY 07\nFM AMEMBASSY TALLINN\nTO SECSTATE WASHDC\n\nS E C R E T TALLINN 000375\n\nSUBJECT: TEST\n\n',
    );
    expect(r.events.map((e) => [e.date, e.until])).toEqual([['2007-04-16', '2007-04-18']]);
  });
});

describe('held-out round 268: statements released, units, a body after `the`, acronyms with a joiner', () => {
  const header =
    'R 301500Z MAY 07\nFM AMEMBASSY TALLINN\nTO SECSTATE WASHDC\n\nS E C R E T TALLINN 000366\n\nSUBJECT: TEST\n\n';
  it('counts `released a statement` and reads `recently` between a speaker and the verb', () => {
    const r = extract(
      '1. (S) On May 2, Foreign Minister Urmas Paet released a statement that the MFA had proof. Ilves recently told the Ambassador that bots are expensive.\n',
      header,
    );
    expect(said(r)).toEqual(['1 Urmas Paet released', '1 Ilves told → the Ambassador']);
  });
  it('takes neither a unit before `per` nor a lone word after `the` for a person', () => {
    const r = extract(
      '1. (S) The GOE increased capacity from two Gbps (Gigabites per second) to eight. A member of the Duma recently exclaimed that it was over. The Mainland has already assured Hong Kong.\n',
      header,
    );
    expect(r.persons).toEqual([]);
  });
  it('reads an acronym whose name spells a letter with a small word (`and`)', () => {
    const r = extract(
      '1. (C) The Pakistan Institute of Legislative Development and Transparency (PILDAT) named an observer; PILDAT issued a statement questioning the verdict.\n',
      header,
    );
    expect(r.persons).toEqual([]);
    expect(r.organizations.map((o) => o.name)).toContain(
      'Pakistan Institute of Legislative Development and Transparency',
    );
  });
});

describe('held-out round 269: a body no lexicon lists, a claim qualified, `ever`, the host’s Congress', () => {
  const header =
    'R 221500Z JUL 09\nFM AMEMBASSY TEGUCIGALPA\nTO SECSTATE WASHDC\n\nC O N F I D E N T I A L TEGUCIGALPA 000645\n\nSUBJECT: TEST\n\n';
  it('gives no statement to a person named before `and that the Supreme Court had asked`', () => {
    const r = extract(
      '1. (U) It was reported that the Public Ministry was investigating the Armed Forces for deporting Zelaya and that the Supreme Court had asked the Armed Forces to explain. Daniel Ortega and the FSLN agreed to protect him. David Mepham from Save the Children talked about programs.\n',
      header,
    );
    expect(said(r)).toEqual(['1 Daniel Ortega agreed', '1 David Mepham talked']);
  });
  it('counts neither `(alleged but not proven)` nor `not aware that he ever stated`', () => {
    const r = extract(
      '1. (C) Zelaya had broken the law (alleged but not proven). We are not aware that he ever actually stated so publicly. Karzai said the army will grow. He appeared more committed than ever, expressing interest in recruits.\n',
      header,
    );
    expect(said(r)).toEqual(['1 Karzai said', '1 Karzai expressing']);
  });
  it('reads `Congress President` in a cable from a country with a congress as the host’s', () => {
    const r = extract('1. (C) His successor would be Congress President Roberto Micheletti.\n', header);
    expect(r.persons.map((p) => [p.name, p.affiliation])).toEqual([['Roberto Micheletti', 'Honduras']]);
  });
});

describe('held-out round 270: participles past an adverb or an aside, `admits`', () => {
  it('gives `, bitterly reminding me`, `, for instance telling me`, `originally suggesting` to the speaker', () => {
    const r = extract(
      '1. (C) Preval recounted that he was "the last stop when visitors came", bitterly reminding me that visitors had no time. He remains skeptical, for instance telling me that he is suspicious of the report. He came late to the issue, originally suggesting that the elections be combined. He freely admits that he never reads the news.\n',
      'R 101500Z JUN 09\nFM AMEMBASSY PORT AU PRINCE\nTO SECSTATE WASHDC\n\nC O N F I D E N T I A L PORT AU PRINCE 000575\n\nSUBJECT: TEST\n\n',
    );
    expect(said(r)).toEqual([
      '1 Preval recounted',
      '1 Preval reminding',
      '1 Preval telling',
      '1 Preval suggesting',
      '1 Preval admits',
    ]);
  });
});

describe('held-out round 271: heads of state the cables name alone, GoSL, proclaimed', () => {
  it('reads `Koroma’s statements` as the President of Sierra Leone and GoSL as its government', () => {
    const r = extract(
      '1. (S) Minister Ibrahim Kemoh Sesay has vehemently proclaimed his innocence. This runs counter to Koroma’s public statements. General Kellie Conte and GoSL officials made clear their fear.\n',
      'R 081500Z AUG 08\nFM AMEMBASSY FREETOWN\nTO SECSTATE WASHDC\n\nS E C R E T FREETOWN 000389\n\nSUBJECT: TEST\n\n',
    );
    expect(r.persons.map((p) => [p.surname, p.affiliation])).toContainEqual(['Koroma', 'Sierra Leone']);
    expect(r.organizations.map((o) => o.name)).toContain('Government of Sierra Leone');
    expect(said(r)).toEqual([
      '1 Ibrahim Kemoh Sesay proclaimed',
      '1 Government of Sierra Leone made clear',
      '1 Kellie Conte made clear',
    ]);
  });
});

describe('held-out round 273: surnames listed after a noun for persons, a champion, a doctrine', () => {
  it('reads the oligarchs listed after a dash, `boxing champion Klychko`, and not `Salafism`', () => {
    const r = extract(
      '1. (C) The leadership is dominated by the same unpopular Orange oligarchs -- Poroshenko, Zhvaniya, Tretyakov, Chervonenko -- who Yushchenko was forced to jettison. Chernovetsky beat ex-WBC heavyweight boxing champion Klychko. Basayev was associated with al-Khattab and Salafism, Maskhadov with Sufism.\n',
      'R 051500Z APR 06\nFM AMEMBASSY KIEV\nTO SECSTATE WASHDC\n\nC O N F I D E N T I A L KIEV 001261\n\nSUBJECT: TEST\n\n',
    );
    const names = r.persons.map((p) => p.name);
    for (const name of ['Poroshenko', 'Zhvaniya', 'Tretyakov', 'Chervonenko', 'Klychko'])
      expect(names).toContain(name);
    expect(names).not.toContain('Salafism');
  });
});

describe('held-out round 274: a nickname in quotes inside a name, a continuation mark inside a line', () => {
  const header =
    'R 151500Z MAY 08\nFM AMEMBASSY TEGUCIGALPA\nTO SECSTATE WASHDC\n\nS E C R E T TEGUCIGALPA 000459\n\nSUBJECT: TEST\n\n';
  it('reads `Mel Zelaya` and `Mel` as President Jose Manuel "Mel" Zelaya Rosales', () => {
    const r = extract(
      '1. (S) Honduran President Jose Manuel "Mel" Zelaya Rosales is a throwback. I have gotten to know Mel Zelaya well. Zelaya pressed me hard. Zelaya told me that. Mel has acted in this manner his entire life.\n',
      header,
    );
    expect(r.persons.map((p) => [p.name, p.mentions.length])).toEqual([['Jose Manuel Zelaya Rosales', 5]]);
  });
  it('drops `TEGUCIGALP 00000459 002 OF 004` from the middle of a sentence', () => {
    const r = extract(
      "1. (S) Zelaya delivered a TEGUCIGALP 00000459 002 OF 004 ringing speech extolling bilateral relations on the ship's deck.\n",
      header,
    );
    expect(r.paragraphs[0]?.text).toBe(
      "Zelaya delivered a ringing speech extolling bilateral relations on the ship's deck.",
    );
  });
});

describe('held-out round 275: sources withheld in lower case, Kim Il-Sung, the Six-Party talks', () => {
  const header =
    'R 101500Z OCT 08\nFM AMCONSUL SHANGHAI\nTO SECSTATE WASHDC\n\nC O N F I D E N T I A L SHANGHAI 000422\n\nSUBJECT: TEST\n\n';
  it('gives no statement to a person named before a withheld source who speaks', () => {
    const r = extract(
      '1. (C) xxxxx is less certain, quoting reports that consort Kim Ok may be caring for Kim Jong-il. KJI puts a lot of confidence in Kim Ok, notes xxxxx, recalling that she was a member of the delegation. xxxxx considers the sons too inexperienced. xxxxx, observing that Kim Jong-nam is a playboy, doubts it. It is difficult for the other Six-Party states to blame them.\n',
      header,
    );
    expect(said(r)).toEqual([]);
    expect(r.persons.map((p) => p.name)).not.toContain('Six-Party');
  });
  it('reads `Kim Il-Sung` with Kim as the family name', () => {
    const r = extract('1. (C) KJI replaced his father Kim Il-Sung before the latter passed away.\n', header);
    expect(r.persons.map((p) => [p.surname, p.given])).toContainEqual(['Kim', 'Il-Sung']);
  });
});

describe('held-out round 276: an office set off before a name whose closing comma is missing, advice', () => {
  it('reads `State Secretary, Espen Barth Eide is one of` as the office holder, and advice provided as words', () => {
    const r = extract(
      '1. (C) Summary. Ministry of Defense State Secretary, Espen Barth Eide is one of the more powerful politicians. Labour MEP Gary Titley provided the earnest advice to avoid assumptions.\n',
      'R 151500Z MAY 08\nFM AMEMBASSY OSLO\nTO SECSTATE WASHDC\n\nC O N F I D E N T I A L OSLO 000406\n\nSUBJECT: TEST\n\n',
    );
    expect(r.persons.map((p) => p.name)).toContain('Espen Barth Eide');
    expect(said(r)).toEqual(['1 Gary Titley provided']);
  });
});

describe('held-out round 278: dashed items after a name and a colon', () => {
  it('gives every dashed item to the one named before the colon, not only the first', () => {
    const r = extract(
      '1. (S/NF) President Ben Ali and NEA Assistant Secretary David Welch met on February 28. In response to A/S Welch\'s requests, President Ben Ali:\n\n-- promised cooperation "without reservation;"\n-- said the GOT would accept the detainees;\n-- welcomed the Annapolis process, adding that President Mahmoud Abbas is "optimistic"; and,\n-- said there is "no reason" for a summit and opined that it might be postponed.\n\n2. (S) More.\n',
      'R 031500Z MAR 08\nFM AMEMBASSY TUNIS\nTO SECSTATE WASHDC\n\nS E C R E T TUNIS 000193\n\nSUBJECT: TEST\n\n',
    );
    expect(said(r)).toEqual([
      '1 Ben Ali promised',
      '1 Ben Ali said',
      '1 Ben Ali welcomed',
      '1 Ben Ali adding',
      '1 Ben Ali said',
      '1 Ben Ali opined',
    ]);
  });
});

describe('held-out round 279: a body’s delegation named in the possessive', () => {
  it('gives the members of `Treasury’s delegation` the Treasury’s side, not the host’s', () => {
    const r = extract(
      "1. (C) Treasury's delegation also included Senior Advisor Elizabeth Rosenberg and Policy Advisor Christopher Burdick.\n",
      'R 221500Z OCT 09\nFM AMEMBASSY ANKARA\nTO SECSTATE WASHDC\n\nC O N F I D E N T I A L ANKARA 001725\n\nSUBJECT: TEST\n\n',
    );
    expect(r.persons.map((p) => [p.name, p.affiliation])).toEqual([
      ['Elizabeth Rosenberg', 'United States'],
      ['Christopher Burdick', 'United States'],
    ]);
  });
});

describe('held-out round 280: paragraphs withheld whole, a name before a noun', () => {
  it('reads `¶9.` after `¶2.` and a withheld block, and keeps `he` with the speaker past `some Bush policies`', () => {
    const r = extract(
      '1. (C) Bouteflika underscored that after 9/11, Algeria sent a message of solidarity to President Bush. Subsequently, despite the unpopularity of some Bush policies, relations improved. Today, relations were excellent, he said.\n\n2. (S) Ward told Bouteflika that he planned to visit Bamako.\n\nXXXXXXXXXXXX\n\n9. (S) The meeting was significant. Bouteflika spoke assertively to Ward about civilian control of the military.\n',
      'R 021500Z DEC 09\nFM AMEMBASSY ALGIERS\nTO SECSTATE WASHDC\n\nS E C R E T ALGIERS 001077\n\nSUBJECT: TEST\n\n',
    );
    expect(r.paragraphs.map((p) => p.number)).toEqual([1, 2, 9]);
    expect(r.paragraphs.map((p) => p.section)).toEqual([null, null, null]);
    expect(said(r)).toEqual([
      '1 Bouteflika underscored',
      '1 Algeria sent → Bush',
      '1 Bouteflika said',
      '2 Ward told → Bouteflika',
      '9 Bouteflika spoke → Ward',
    ]);
  });
});

describe('held-out round 281: a proposal put forward by someone, and the `he` after it', () => {
  it('counts the passive’s named agent and keeps `he` with the one the sentence cites', () => {
    const r = extract(
      '1. (C) Ratkovic argued that the north had a history of its own. For that reason the ICO proposal put forward by Peter Feith was "not helpful," according to Ratkovic. He said that this was the reason Tadic addressed the UN.\n',
      'R 051500Z FEB 10\nFM AMEMBASSY BELGRADE\nTO SECSTATE WASHDC\n\nC O N F I D E N T I A L BELGRADE 000025\n\nSUBJECT: TEST\n\n',
    );
    expect(said(r)).toEqual([
      '1 Ratkovic argued',
      '1 Peter Feith put forward',
      '1 Ratkovic according to',
      '1 Ratkovic said',
    ]);
  });
});

describe('held-out round 282: an office’s short form before a surname, `Sec Def`', () => {
  it('reads `(MND Gonul)` as Gonul named before and `Sec Def agreed` as the Secretary of Defense', () => {
    const r = extract(
      '1. (S/NF) Secretary of Defense Robert Gates (SecDef) met with Turkish Minister of National Defense Mehmet Vecdi Gonul (MND Gonul). Basbug raised Pakistan. Sec Def agreed, observing that the success ran counter to predictions.\n',
      'R 081500Z FEB 10\nFM AMEMBASSY ANKARA\nTO SECSTATE WASHDC\n\nS E C R E T ANKARA 000251\n\nSUBJECT: TEST\n\n',
    );
    expect(r.persons.map((p) => p.name)).not.toContain('MND Gonul');
    expect(r.persons.map((p) => p.name)).not.toContain('Sec Def');
    expect(said(r)).toEqual([
      '1 Basbug raised',
      '1 Robert Gates agreed → Mehmet Vecdi Gonul',
      '1 Robert Gates observing → Mehmet Vecdi Gonul',
    ]);
  });
});

describe('held-out round 283: officials of a side listed after a dash', () => {
  it('gives `three Iranian officials -- ...` Iran, in a cable from Damascus', () => {
    const r = extract(
      '2. (C) The visits of three Iranian officials -- National Security Advisor Saeed Jalili on December 3, Vice President Mahammed-Javad Mahamadzideh on December 5-6 -- represented a reaffirmation of ties.\n',
      'R 161500Z DEC 09\nFM AMEMBASSY DAMASCUS\nTO SECSTATE WASHDC\n\nS E C R E T DAMASCUS 000880\n\nSUBJECT: TEST\n\n',
    );
    expect(r.persons.map((p) => [p.name, p.affiliation])).toEqual([
      ['Saeed Jalili', 'Iran'],
      ['Mahammed-Javad Mahamadzideh', 'Iran'],
    ]);
  });
});

describe('held-out round 285: a paragraph numbered in parentheses, speech to no one', () => {
  it('reads `(13) (C)` as paragraph 13, and counts no `spoke to none of them`', () => {
    const r = extract(
      '1. (C) Vahedi told Conoff he had paid smugglers.\n\n2. (SBU) To protect his family, he spoke to none of them of his escape plans.\n\n(3) (C) Vahedi told Conoff he was ashamed.\n',
      'R 151500Z JAN 09\nFM AMEMBASSY ANKARA\nTO SECSTATE WASHDC\n\nC O N F I D E N T I A L ANKARA 000226\n\nSUBJECT: TEST\n\n',
    );
    expect(r.paragraphs.map((p) => [p.number, p.marking])).toEqual([
      [1, 'C'],
      [2, 'SBU'],
      [3, 'C'],
    ]);
    expect(said(r)).toEqual(['1 Vahedi told → Conoff', '3 Vahedi told → Conoff']);
  });
});

describe('held-out round 286: an auxiliary opening a question, a passive past `first`', () => {
  it('does not read `Did Rami` as a name nor give `was first announced` to the one named before', () => {
    const r = extract(
      '1. (SBU) Rami Makhluf said the designation was a medal. Although FM Muallem responded publicly when the E.O. was first announced on February 13, there has been no reaction. Another commented, "Did Rami invest in any project?"\n',
      'R 261500Z FEB 08\nFM AMEMBASSY DAMASCUS\nTO SECSTATE WASHDC\n\nS E C R E T DAMASCUS 000146\n\nSUBJECT: TEST\n\n',
    );
    expect(r.persons.map((p) => p.name)).toEqual(['Rami Makhluf', 'Muallem']);
    expect(said(r)).toEqual(['1 Rami Makhluf said', '1 Muallem responded']);
  });
});

describe('held-out round 287: a day glued to the word after it', () => {
  it('reads `on December 10that the government` as December 10, and keeps `December 10th`', () => {
    const r = extract(
      '5. (C) Miki Rakic told Charge Brush on December 10that the government still had no plan. They met again on December 28th.\n',
      'R 081500Z JAN 10\nFM AMEMBASSY BELGRADE\nTO SECSTATE WASHDC\n\nC O N F I D E N T I A L BELGRADE 000003\n\nSUBJECT: TEST\n\n',
    );
    expect(r.events.map((e) => e.date)).toEqual(['2009-12-10', '2009-12-28']);
  });
});

describe('held-out round 288: names listed in parentheses after a plural noun for persons, items past a sentence', () => {
  it('reads the designees in parentheses as persons, and gives every dashed item to its holder', () => {
    const r = extract(
      '1. (C) During meetings on January 13, Treasury A/S Cohen:\n\n- Warned that deficiencies will hurt. In this regard, he urged Kuwait to pass the law;\n\n- Highlighted the travel ban imposed by UNSCR 1267.\n\n2. (C) He expressed concern that the three Kuwaiti UN 1267 designees (Al Bathali, Al-Ali, and Jalamah) are still traveling.\n',
      'R 191500Z JAN 10\nFM AMEMBASSY KUWAIT\nTO SECSTATE WASHDC\n\nC O N F I D E N T I A L KUWAIT 000045\n\nSUBJECT: TEST\n\n',
    );
    expect(r.persons.map((p) => p.surname)).toEqual(['Cohen', 'Bathali', 'Jalamah']);
    expect(said(r)).toEqual([
      '1 Cohen Warned',
      '1 Cohen urged → Kuwait',
      '1 Cohen Highlighted',
      '2 Cohen expressed',
    ]);
  });
});

describe('held-out round 289: a drafter’s note between a speaker and her `she`, an update provided', () => {
  it('keeps `she` with Pickard past a note on someone unnamed, and counts `provided an update`', () => {
    const r = extract(
      "1. (C) Shell's Ann Pickard met with the Ambassador and provided an update on the oil sector. Pickard sees the nationalism card cooling. (Note: Ajumogobia's technical assistant told EconOff in a meeting on January 14 that the State Minister was focusing on Gas.) End Note. She said she was also okay with NNPC chief Barkindo.\n",
      'R 301500Z JAN 09\nFM AMEMBASSY ABUJA\nTO SECSTATE WASHDC\n\nS E C R E T ABUJA 000259\n\nSUBJECT: TEST\n\n',
    );
    expect(said(r)).toEqual(['1 Ann Pickard provided → the Ambassador', '1 Ann Pickard said']);
  });
});

describe('held-out round 291: a participle set off after the subject, past an opening aside; President of the Republic', () => {
  it('gives `told` to Bossi past `Separately, on October 21,` and reads President of the Republic Napolitano', () => {
    const r = extract(
      '1. (C) Berlusconi accused President of the Republic Napolitano of working against him. Separately, on October 21, Northern League leader Umberto Bossi, commenting on the troubles, told the Ambassador that crime figures had set the trap.\n',
      'R 291500Z OCT 09\nFM AMEMBASSY ROME\nTO SECSTATE WASHDC\n\nC O N F I D E N T I A L ROME 001187\n\nSUBJECT: TEST\n\n',
    );
    expect(r.persons.map((p) => [p.surname, p.titles])).toContainEqual(['Napolitano', ['President']]);
    expect(said(r)).toEqual([
      '1 Berlusconi accused',
      '1 Umberto Bossi commenting',
      '1 Umberto Bossi told → the Ambassador',
    ]);
  });
});

describe('held-out round 292: refutes, highlights', () => {
  it('counts `He refutes the Hizballah claim` and `Hamadeh highlights the system as`', () => {
    const r = extract(
      "1. (S) Telecommunications Minister Marwan Hamadeh refutes the Hizballah claim that the system is defensive. Hamadeh highlights the system as a strategic victory for Iran. Gates refuted Morin's contention.\n",
      'R 181500Z APR 08\nFM AMEMBASSY BEIRUT\nTO SECSTATE WASHDC\n\nS E C R E T BEIRUT 000523\n\nSUBJECT: TEST\n\n',
    );
    expect(said(r)).toEqual(['1 Marwan Hamadeh refutes', '1 Marwan Hamadeh highlights', '1 Gates refuted']);
  });
});

describe('held-out round 294: two principals after `the` in a list run together; a `she` that is no man', () => {
  it('keeps `The Secretary` apart from `Charge Michael Gallagher` and a Private Secretary, and her `she`', () => {
    const r = extract(
      '1. (SBU) Participants:\nU.S. The Secretary Charge Michael Gallagher EUR A/S Philip H. Gordon\nThe Netherlands FM Maxime Verhagen Marcel de Vink, Private Secretary\n\n2. (C) The Secretary said she valued the Dutch approach. Verhagen agreed that Serbia had made progress.\n\n3. (C) He asked for a reaction, and the Secretary responded that no timeline was possible. She emphasized the Quartet.\n',
      'O 280218Z JUL 09\nFM SECSTATE WASHDC\nTO AMEMBASSY THE HAGUE\n\nC O N F I D E N T I A L STATE 078274\n\nSUBJECT: TEST\n\n',
    );
    expect(r.persons.find((p) => p.surname === 'Gallagher')?.titles).toEqual(["Charge d'Affaires"]);
    expect(said(r)).toEqual([
      '2 the Secretary said',
      '2 Maxime Verhagen agreed',
      '3 Maxime Verhagen asked',
      '3 the Secretary responded',
      '3 the Secretary emphasized',
    ]);
  });
});

describe('held-out round 294: a flattened list line opening with `The Netherlands` and a title', () => {
  it('gives the Dutch line its side, and parts two full names run together', () => {
    const r = extract(
      '1. (SBU) Participants:\nU.S. The Secretary Charge Michael Gallagher EUR A/S Philip H. Gordon Executive Assistant Joe Macmanus\nThe Netherlands FM Maxime Verhagen Ambassador Renee Jones-Bos Pieter De Gooijer, MFA Political Director General\n\n2. (C) Verhagen said the Dutch would stay.\n',
      'O 280218Z JUL 09\nFM SECSTATE WASHDC\nTO AMEMBASSY THE HAGUE\n\nC O N F I D E N T I A L STATE 078274\n\nSUBJECT: TEST\n\n',
    );
    expect(r.persons.map((p) => [p.name, p.affiliation])).toEqual([
      ['Michael Gallagher', 'United States'],
      ['Philip H. Gordon', 'United States'],
      ['Joe Macmanus', 'United States'],
      ['Maxime Verhagen', 'Netherlands'],
      ['Renee Jones-Bos', 'Netherlands'],
      ['Pieter De Gooijer', 'Netherlands'],
    ]);
  });
});

describe('held-out round 295: Paddy', () => {
  it('reads `Paddy Ashdown’s views` as a person named in the possessive', () => {
    const r = extract(
      '1. (SBU) Reftel outlines senior Lib Dem statesman Paddy Ashdown’s views on Afghanistan.\n',
    );
    expect(r.persons.map((p) => p.name)).toEqual(['Paddy Ashdown']);
  });
});

describe('held-out round 296: a present-tense verb joined by `and`; the Pope', () => {
  it('counts `recalls ... and rejects`, and gives Pope Benedict the Holy See', () => {
    const r = extract(
      '1. (C) In the article, Solzhenitsyn recalls the 1921 famine and rejects the notion that the famine was genocide. Kirill spoke highly of Roman Catholic Pope Benedict. Other member states and press reports differ.\n',
    );
    expect(said(r)).toEqual(['1 Solzhenitsyn recalls', '1 Solzhenitsyn rejects', '1 Kirill spoke']);
    expect(r.persons.find((p) => p.surname === 'Benedict')?.affiliation).toBe('Holy See');
  });
});

describe('an ordinary word the cable never writes with a given name or a title is no person', () => {
  it('drops `Tearline`, `Credible` and `Punishment`, and keeps Brown named in full elsewhere', () => {
    const r = extract(
      '1. (S) Tearline reports, "Hussein continued planning." Credible reports indicate that the general skims funds. States party to the Convention Against Torture or Punishment have agreed not to expel anyone.\n\n2. (C) Prime Minister Gordon Brown met the Ambassador. Brown said he was pleased.\n',
    );
    expect(r.persons.map((p) => p.name)).toEqual(['Gordon Brown', 'Hussein']);
    expect(said(r)).toEqual(['2 Gordon Brown said']);
  });
});

describe('held-out round 297: a party in parentheses after a name, Administrator Shah, naming with `referred to as`', () => {
  it('reads Wieczorek-Zeul as a person, Shah as a surname, and counts neither `referred to as` nor `once confirmed`', () => {
    const r = extract(
      '1. (SBU) Dirk Niebel has big shoes to fill, following on the heels of Heidemarie Wieczorek-Zeul (SPD). Juergen Ruettgers, Minister President of Nordrhein Westfallen (CDU), asserted that the decision was ugly.\n\n2. (SBU) Niebel linked development with security, a concept he referred to as "connected security." The Ambassador suggested Niebel visit Washington to meet with new USAID Administrator Shah once confirmed.\n',
    );
    expect(r.persons.map((p) => p.name)).toEqual([
      'Dirk Niebel',
      'Heidemarie Wieczorek-Zeul',
      'Juergen Ruettgers',
      'Shah',
    ]);
    expect(r.persons.find((p) => p.surname === 'Shah')?.titles).toEqual(['Administrator']);
    expect(said(r)).toEqual(['1 Juergen Ruettgers asserted', '2 the Ambassador suggested']);
  });
});

describe('held-out round 299: Maghrebi given names written the French way', () => {
  it('reads `Djamel Beghal` and `Kamel Daoudi` as persons', () => {
    const r = extract(
      '1. (S) Bruguiere said he remained confident regarding the ongoing trial of Djamel Beghal. Kamel Daoudi proclaimed his innocence.\n',
    );
    expect(r.persons.map((p) => p.name)).toEqual(['Djamel Beghal', 'Kamel Daoudi', 'Bruguiere']);
  });
});

describe('held-out round 302: the `she` of a reply, `shared` values', () => {
  it('gives `She replied` to the one thanked, and does not count `shared cultural values`', () => {
    const r = extract(
      '2. (C) The Ambassador thanked Mona Sahlin for Sweden\'s contribution. She replied that the mission is "so very important." She told the Ambassador she would like to cooperate on climate change and shared cultural values. Omar Soliman shared his vision on reconciliation.\n',
    );
    expect(said(r)).toEqual([
      '2 the Ambassador thanked → Mona Sahlin',
      '2 Mona Sahlin replied',
      '2 Mona Sahlin told → the Ambassador',
      '2 Omar Soliman shared',
    ]);
  });
});

describe('held-out round 303: Dutch given names, `little added value`, examples set off by dashes', () => {
  it('reads Joop Nijssen after his portfolio, counts no `added`, and gives the group’s words to no one named', () => {
    const r = extract(
      '2. (C) MFA Deputy Head for Conflict Prevention Joop Nijssen told Polmiloff that the trip would have little added value in the debate. Several parliamentarians -- including Labor Party (PvdA) spokesman Koenders and CDA spokesman Ormel -- said that they were not enthused about a trip.\n',
    );
    expect(r.persons.map((p) => [p.name, p.affiliation])).toEqual([
      ['Joop Nijssen', null],
      // (The party's name and its short form in parentheses before the role give no side yet.)
      ['Koenders', null],
      ['Ormel', 'Netherlands'],
    ]);
    expect(said(r)).toEqual(['2 Joop Nijssen told → Pol-Mil officer']);
  });
});

describe('held-out round 305: a Shadow Secretary of State, Winston Churchill, `most of whom`', () => {
  it('keeps Fox British, gives Churchill his own act, and gives `most of whom expressed` to no one named', () => {
    const r = extract(
      '2. (C/NF) Shadow Secretary of State for Defense Liam Fox affirmed that when Winston Churchill first raised the notion of the special relationship it was as a wartime leader. Fox stated that he had met a group of Iranian expatriates, most of whom expressed support for a bomb.\n',
      'R 111500Z DEC 09\nFM AMEMBASSY LONDON\nTO SECSTATE WASHDC\n\nC O N F I D E N T I A L LONDON 002768\n\nSUBJECT: TEST\n\n',
    );
    expect(r.persons.map((p) => [p.name, p.affiliation])).toEqual([
      ['Liam Fox', 'United Kingdom'],
      ['Winston Churchill', 'United Kingdom'],
    ]);
    expect(said(r)).toEqual(['2 Liam Fox affirmed', '2 Winston Churchill raised', '2 Liam Fox stated']);
  });
});

describe('held-out round 307: the owner of a speech in a clause on it, a view asked for, Pol Minister Counselor', () => {
  it('gives `in which he warned` to Miliband, drops `whether, in her view`, and reads the staff role', () => {
    const r = extract(
      '1. (C) Mariot Leslie averred that the shift was tectonic, citing Foreign Secretary Miliband’s August 27 speech in Kyiv in which he warned Russian President Putin that he has a big responsibility. Asked by the Charge whether, in her view, the decision was strategic, Leslie replied that she is still assessing it. Echoing Leslie, Margaret Aldred told Pol Minister Counselor that the shift was seismic.\n',
      'R 291500Z AUG 08\nFM AMEMBASSY LONDON\nTO SECSTATE WASHDC\n\nC O N F I D E N T I A L LONDON 002211\n\nSUBJECT: TEST\n\n',
    );
    expect(said(r)).toEqual([
      '1 Mariot Leslie averred',
      '1 Mariot Leslie citing',
      '1 Miliband warned → Putin',
      '1 Mariot Leslie replied',
      '1 Margaret Aldred Echoing',
      '1 Margaret Aldred told → Political Minister-Counselor',
    ]);
  });
});

describe('held-out round 308: a dialogue’s name of ordinary words, a means supposed', () => {
  it('finds no person in `the Strategic Dialogue` and counts no `by suddenly expressing` after `would`', () => {
    const r = extract(
      '2. (S/NF) Frederic Bereyziat told poloff that the Strategic Dialogue may have been his last meeting. He said Israel would put Syria in a bind by suddenly expressing openness to negotiations.\n',
    );
    expect(r.persons.map((p) => p.name)).toEqual(['Frederic Bereyziat']);
    expect(said(r)).toEqual(['2 Frederic Bereyziat told → Poloff', '2 Frederic Bereyziat said']);
  });
});

describe('staff roles written in lower case after a verb whose object is the listener', () => {
  it('reads `told poloff` and `told emboffs` as spoken to Poloff and Emboff, and `agreed upon` as no act', () => {
    const r = extract(
      '1. (C) Jorge Romeu told poloff September 16 that aid already agreed upon should continue. Michael Fallon told emboffs that the vote was close.\n',
    );
    expect(said(r)).toEqual(['1 Jorge Romeu told → Poloff', '1 Michael Fallon told → Emboff']);
  });
});

describe('held-out round 310: a desk officer for a country, an adverb in quotation marks', () => {
  it('keeps the MFA’s Rwanda desk officer French and reads `had not "officially" requested` as negated', () => {
    const r = extract(
      '2. (C) MFA Rwanda desk officer Laurent Chevallier said on January 12 that the report had gone to Interpol. Chevallier reiterated that Rwanda had not "officially" requested her arrest.\n',
      'R 151500Z JAN 07\nFM AMEMBASSY PARIS\nTO SECSTATE WASHDC\n\nC O N F I D E N T I A L PARIS 000186\n\nSUBJECT: TEST\n\n',
    );
    expect(r.persons.map((p) => [p.name, p.affiliation])).toEqual([['Laurent Chevallier', 'France']]);
    expect(said(r)).toEqual(['2 Laurent Chevallier said', '2 Laurent Chevallier reiterated']);
  });
});

describe('held-out round 311: the NDS', () => {
  it('gives the NDS Director Saleh Afghanistan, not the notable Saleh’s Yemen', () => {
    const r = extract(
      '15.(S) NDS Director Saleh simply noted the need for a larger NDS and asked for U.S. support.\n',
    );
    expect(r.persons.map((p) => [p.surname, p.affiliation])).toEqual([['Saleh', 'Afghanistan']]);
  });
});

describe('held-out round 312: Pakistani given names, a house named after someone', () => {
  it('reads Maleeha Lodi and Jehangir Karamat, and no person in `Bilawal House`', () => {
    const r = extract(
      '7. (C) Zardari was considering names for National Security Advisor, including Maleeha Lodi and Jehangir Karamat. The Ambassador saw Zardari at Bilawal House in Karachi.\n',
    );
    expect(r.persons.map((p) => p.name)).toEqual(['Maleeha Lodi', 'Jehangir Karamat', 'Zardari']);
  });
});

describe('held-out round 314: two portfolios joined by `and`, `no ... had yet agreed`, a pluperfect joined by `but`', () => {
  it('keeps Ed Miliband British, counts no `agreed`, and gives `but had warned` to China', () => {
    const r = extract(
      '1. (C) German Ambassador Schaefer noted that no German state had yet agreed to accept the detainees. Schaefer said China had not officially demarched Germany but had warned Germany that accepting detainees would be a burden. UK DCM Wood said UK Energy and Climate Change Secretary Ed Miliband had recently visited Gansu.\n',
    );
    expect(r.persons.find((p) => p.surname === 'Miliband')?.affiliation).toBe('United Kingdom');
    expect(said(r)).toEqual([
      '1 Schaefer noted',
      '1 Schaefer said',
      '1 China warned → Germany',
      '1 Wood said',
    ]);
  });
});

describe('held-out round 315: a name broken over a line, `personnel accused of`, an officer dismissed', () => {
  it('reads Oscar Gonzalez whole, and counts neither the participle nor the dismissal', () => {
    const r = extract(
      '1. (C) The Ambassador met Colombian Army Commander Oscar\nGonzalez on May 8 to voice concern over extrajudicial killings and other abuses of human rights in the country. Gonzalez said the Directorate is not involved in the defense of military personnel accused of human rights violations. Gonzalez added that he had just dismissed a battalion commander in Covenas for failure to exercise proper controls.\n',
    );
    expect(r.persons.map((p) => p.name)).toEqual(['Oscar Gonzalez']);
    expect(said(r)).toEqual(['1 Oscar Gonzalez said', '1 Oscar Gonzalez added']);
  });
});

describe('held-out round 317: an answer owned before a semicolon, an Ambassador to a city, visits, a long answer', () => {
  it('gives `he said` after `Zardari’s response was positive;` to Zardari and counts no visit', () => {
    const r = extract(
      '1. (C) UK High Commissioner Brinkley arrived on Sunday. Zardari’s response was positive; he said ISI had to follow up. Zardari gave Brinkley a long answer about ISI but finally confirmed that the Army had vetoed the decision.\n',
    );
    expect(said(r)).toEqual([
      '1 Zardari said',
      '1 Zardari gave → Brinkley',
      '1 Zardari confirmed → Brinkley',
    ]);
    const visit = extract(
      '2. (C) High Commissioner Brinkley also called on Chinese Ambassador to Islamabad Hui over the weekend. Hui said he had met with Kayani.\n',
    );
    expect(visit.persons.find((p) => p.surname === 'Hui')).toMatchObject({
      name: 'Hui',
      affiliation: 'China',
    });
    expect(said(visit)).toEqual(['2 Hui said → Brinkley']);
  });

  it('still reads `called on the VP to support` as urging, and a visit with a date as none', () => {
    const r = extract(
      '2. (C) The Ambassador outlined the plan and called on the VP to support the PM. Minister Munoz called on the Ambassador on September 18 to relay the decision.\n',
    );
    expect(said(r)).toEqual(['2 the Ambassador outlined', '2 the Ambassador called']);
  });

  it('reads a lone name after `in north` as a place', () => {
    const r = extract(
      '7. (C) Though Serbs in north Mitrovica initially protested the mission, they now work with it.\n',
    );
    expect(r.persons).toEqual([]);
  });
});

describe('held-out round 318: Spanish family names, examples of a plural, a participle after a dash, a supposed means', () => {
  it('reads Maria San Gil, Jaime Mayor Oreja and Mario Das Neves whole', () => {
    const r = extract(
      '1. (C) The PP leader in the Basque Country, Maria San Gil, announced that she would not serve. Former Interior Minister Jaime Mayor Oreja was silent. Chubut Governor Mario Das Neves was not.\n',
    );
    expect(r.persons.map((p) => [p.surname, p.given])).toEqual([
      ['San Gil', 'Maria'],
      ['Oreja', 'Jaime Mayor'],
      ['Neves', 'Mario Das'],
    ]);
  });

  it('gives no one of the examples the words of the plural they illustrate', () => {
    const r = extract(
      '2. (U) Senior party officials including Acebes, Madrid Councilwoman Ana Botella, and former Minister Jaime Mayor Oreja, expressed their support for the decision and called on Rajoy to reflect.\n',
    );
    expect(said(r)).toEqual([]);
  });

  it('counts `--reminding` after a statement, and no means of an act supposed', () => {
    const r = extract(
      '3. (C) Rajoy announced that he would remain the PP leader--reminding Spanish citizens that Aznar lost two elections--and received support. Moragas said that in the coming weeks Rajoy would attempt to remain above the fray and look towards the next four years in opposition by issuing position papers.\n',
    );
    expect(said(r)).toEqual(['3 Rajoy announced', '3 Rajoy reminding → Spain', '3 Moragas said']);
  });
});

describe('held-out round 319: a redaction glued to a company’s name', () => {
  it('reads no person in `Baker HughesXXXXXXXXXXXX confided`', () => {
    const r = extract(
      '1. (C) In contrast to Chevron’s perspective, Baker HughesXXXXXXXXXXXX confided to the Ambassador that PDVSA continues to owe the company $100 million.\n',
    );
    expect(r.persons).toEqual([]);
    expect(said(r)).toEqual([]);
  });
});

describe('held-out round 320: listeners set before the verb, a reporting tag, offices in an apposition', () => {
  it('gives `To Konate, he offered` to Konate and `dissuaded him` after `, Bourita said;` to Dadis', () => {
    const r = extract(
      '1. (C) Mansouri met President Blaise Compaore, General Sekouba Konate and Captain Dadis Camara. To Konate, he offered Moroccan support for the transition. And to Dadis, Mansouri promised continued medical assistance. Dadis suggested that he wished to return to Morocco, Bourita said; however, Mansouri strongly dissuaded him.\n',
    );
    expect(said(r)).toEqual([
      '1 Mansouri offered → Sekouba Konate',
      '1 Mansouri promised → Dadis Camara',
      '1 Dadis Camara suggested',
      '1 Bourita said',
      '1 Mansouri dissuaded → Dadis Camara',
    ]);
  });

  it('reads offices joined by `and` in an apposition as the person’s, not the verb’s subject', () => {
    const r = extract(
      '2. (C) On January 18, Ambassador Nasser Bourita, Director General for Multilateral Relations and Chief of Staff to Foreign Minister Taieb Fassi Fihri, offered DCM and PolCouns a readout of the trip.\n',
    );
    expect(said(r)).toEqual(['2 Nasser Bourita offered']);
  });
});

describe('held-out round 321: a thing owned, a name with an article, replies and pronouns, on record, listeners', () => {
  it('reads no claim in `the painting claimed by Cassirer` and no person in `the Odyssey`', () => {
    const r = extract(
      '1. (U) Calvo said that the Pissarro painting claimed by Claude Cassirer belonged to the Thyssen Foundation. The Odyssey had never provided a work plan; Odyssey has provided voluminous information.\n',
    );
    expect(r.persons.map((p) => p.name).sort()).toEqual(['Calvo', 'Claude Cassirer']);
    expect(said(r)).toEqual(['1 Calvo said', '1 Odyssey provided']);
  });

  it('gives a reply after one asked about someone to that person, and a `he` after a woman to the man named last', () => {
    const r = extract(
      '3. (C) Director Gompertz began by asking what Ambassador Patricia Moller planned to do concerning her credentials. She replied that she would not present her credentials.\n',
    );
    expect(said(r)).toEqual(['3 Gompertz asking', '3 Patricia Moller replied']);
    const s = extract(
      '1. (U) Minister Calvo acknowledged that she had not responded. She also said that Foreign Minister Moratinos had raised the issue with her. She asked her staffer, Alberdi Alonso, to follow up. Economic Officer discussed the claim with Alberdi Alonso. He noted that Ambassador O\'Donnell had conveyed "disappointment" to Counselor Sobredo re: this matter.\n',
    );
    expect(said(s)).toEqual([
      '1 Calvo acknowledged',
      '1 Calvo said',
      '1 Moratinos raised → Calvo',
      '1 Calvo asked → Alberdi Alonso',
      '1 Alberdi Alonso noted',
      "1 O'Donnell conveyed → Sobredo",
    ]);
    expect(s.statements.at(-1)?.text).toMatch(/^"disappointment" to Counselor Sobredo/);
  });

  it('counts `with Minister Calvo on record in the past as saying`', () => {
    const r = extract(
      '1. (U) The search is a six year saga with Minister Calvo on record in the past as saying that it would happen over her dead body.\n',
    );
    expect(said(r)).toEqual(['1 Calvo saying']);
  });
});

describe('held-out round 323: a speech made, words named before their speaker, a retort', () => {
  it('counts `made a wide-ranging speech`, `assurances he had reportedly made to`, and `fired back, asking`', () => {
    const r = extract(
      '1. (U) Foreign Minister Moratinos made a wide-ranging speech on U.S.-EU relations. Defense Minister Bono kept the assurances he had reportedly made to Secretary Rumsfeld. PP spokesman Gustavo Aristegui said the GOS was taking steps. His Socialist counterpart Rafael Estrella (considered among the more pro-U.S. Socialist parliamentarians) fired back, asking how the USG would view it.\n',
    );
    expect(said(r)).toEqual([
      '1 Moratinos made',
      '1 Bono made → Rumsfeld',
      '1 Gustavo Aristegui said',
      '1 Rafael Estrella fired back',
      '1 Rafael Estrella asking',
    ]);
  });
});

describe('held-out round 324: a notable name misspelt, a judgement past an aside, a call is no naming', () => {
  it('reads `Luis Inacio Lula da Silva` as Lula, counts Rousseff’s judgement, and no call', () => {
    const r = extract(
      '1. (SBU) President Luis Inacio Lula da Silva principally blamed the United States. Chief of Staff Dilma Rousseff called the USG financing offer, together with others, of US$30 billion through 2012 "ridiculous compared to the needs of the developing world." PM Gilani called PM Manmohan Singh and said the attacks were detestable.\n',
    );
    expect(r.persons.find((p) => p.given === 'Luis Inacio')?.surname).toBe('Lula');
    expect(said(r)).toEqual([
      '1 Luis Inacio Lula da Silva blamed',
      '1 Dilma Rousseff called',
      '1 Gilani said → Manmohan Singh',
    ]);
  });
});

describe('held-out round 325: a father by his office, words named before their speaker, a title after a short form', () => {
  it('keeps the late President Sheikh Zayed apart from Sheikh Hazaa bin Zayed, and counts his commitment', () => {
    const r = extract(
      '1. (S) Visiting Special Representative for Afghanistan and Pakistan (SRAP) Amb. Richard Holbrooke met UAE National Security Advisor Sheikh Hazaa bin Zayed. This would be a continuation of a commitment late UAE President Sheikh Zayed made to Ali Zulfikar Bhutto.\n',
    );
    expect(r.persons.map((p) => [p.name, p.titles.includes('Ambassador')])).toEqual([
      ['Richard Holbrooke', true],
      ['Hazaa bin Zayed', false],
      ['Zayed', false],
      ['Ali Zulfikar Bhutto', false],
    ]);
    expect(said(r)).toEqual(['1 Zayed made → Ali Zulfikar Bhutto']);
  });
});

describe('held-out round 326: other names in parentheses, a body’s own Secretary-General, a withheld source’s `him`', () => {
  it('reads `Jorge Torres Victoria (Pablo Catatumbo)` as Catatumbo, Echeverri as Colombian, and no listener for `him`', () => {
    const r = extract(
      '2. (C) The meeting was organized by National Conciliation Commission Secretary-General Father Dario Echeverri. XXXXXXXXXXXX said FARC Secretariat member Jorge Torres Victoria (Pablo Catatumbo), his primary FARC contact, had encouraged him to establish contact with the Embassy. Catatumbo had facilitated some meetings.\n',
      'R 151500Z MAY 09\nFM AMEMBASSY BOGOTA\nTO SECSTATE WASHDC\n\nC O N F I D E N T I A L BOGOTA 001632\n\nSUBJECT: TEST\n\n',
    );
    expect(r.persons.map((p) => [p.name, p.affiliation])).toEqual([
      ['Dario Echeverri', 'Colombia'],
      ['Pablo Catatumbo', 'Colombia'],
    ]);
    expect(said(r)).toEqual(['2 Pablo Catatumbo encouraged']);
  });
});

describe('held-out round 327: a withheld source that opens a sentence without a verb of speech', () => {
  it('gives no named person the `he said` after `XXXXXXXXXXXX sees` or `In XXXXXXXXXXXX’s view`', () => {
    const r = extract(
      '1. (C) In XXXXXXXXXXXX\'s view, the election offered no choice, because Mousavi "himself is an insider." He said the authorities made a big mistake.\n\n2. (C) XXXXXXXXXXXX sees the sanctions regime as ineffective. Investment in commodities brings a return of 50% per year, he said.\n',
    );
    expect(said(r)).toEqual([]);
  });
});

describe('held-out round 328: `brought up`, an apposition that takes a few words to its noun', () => {
  it('counts `brought up` and reads `Antoly Chubais, a liberal and close Medvedev ally,` as a person', () => {
    const r = extract(
      '3. (C) PM Gordon Brown briefly brought up the Litvinenko murder case. They see the appointment of Antoly Chubais, a liberal and close Medvedev ally, as a sign. The party is committed to Trident, a point that Shadow Foreign Secretary William Hague made.\n',
    );
    expect(r.persons.map((p) => p.name).sort()).toEqual([
      'Antoly Chubais',
      'Gordon Brown',
      'Medvedev',
      'William Hague',
    ]);
    expect(said(r)).toEqual(['3 Gordon Brown brought up']);
  });
});

describe('held-out round 329: a capital for its government, unnamed people in a clause of reported words', () => {
  it('gives no named person `Beijing assessed`, `contacts in Beijing had expressed`, or `reports from Munich confirmed`', () => {
    const r = extract(
      '1. (C) Deputy Director Ni Ruchi said that Beijing assessed that Iran was willing to make a deal. Ni said Iranian embassy contacts in Beijing had expressed satisfaction with the outcomes. Media reports from Munich confirmed that the CSU had decided otherwise. General Mohammad al-Qemzi, who heads State Security in Dubai added that the Iranians are great game players.\n',
    );
    expect(said(r)).toEqual(['1 Ni Ruchi said', '1 Ni Ruchi said', '1 Mohammad al-Qemzi added']);
  });
});

describe('held-out round 330: a meeting’s name after `the`, a participant with only a body', () => {
  it('reads no person in `The Executive Session continued` and a person in `-- Rami Yungman, MOD Political-Military Bureau`', () => {
    const r = extract(
      '2. (SBU) Israeli Participants:\n\n-- Gad Dovev, Director, MOD Mission, New York\n-- Rami Yungman, MOD Political-Military Bureau\n\n3. (S) During the Executive Session of the 40th JPMG, the sides met. The Executive Session continued discussion from the September 30 meeting.\n',
    );
    expect(r.persons.map((p) => p.name)).toEqual(['Gad Dovev', 'Rami Yungman']);
  });
});

describe('held-out round 330: a name glued to the word before it', () => {
  it('cuts `GeneralMoseley`, not `MasterCard` or `ExxonMobil`', () => {
    const r = extract(
      '5. (S) The Crown Prince asked about the request. GeneralMoseley informed him that the question would require further discussion. MasterCard and ExxonMobil had agreed.\n',
    );
    expect(r.persons.map((p) => [p.name, p.titles])).toEqual([['Moseley', ['General']]]);
  });
});

describe('held-out round 331: a father’s name that is a title, words one was unequivocal in', () => {
  it('reads `Prince Khaled bin Sultan` whole and counts `was unequivocal in his assurance that`', () => {
    const r = extract(
      '1. (S) Ambassador met with Assistant Minister of Defense and Aviation Prince Khaled bin Sultan. Prince Khaled described the process. He was unequivocal in his assurance that the operations avoided civilians.\n',
    );
    expect(r.persons.map((p) => [p.surname, p.given])).toEqual([['Sultan', 'Khaled bin']]);
    expect(said(r)).toEqual(['1 Khaled bin Sultan described', '1 Khaled bin Sultan was unequivocal']);
  });
});

describe('held-out round 332: an Ambassador only spoken of, a country after `to`, the press', () => {
  it('keeps `the Ambassador` the post’s when the one Ambassador named is only an owner, reads Haqqani, and gives the press no speaker', () => {
    const r = extract(
      "1. (S) President Zardari assured the Ambassador on February 8 that Khan would stay at home. It came on the eve of Ambassador Holbrooke's visit. Zardari heard about it from Pakistani Ambassador to the U.S. Haqqani. The Urdu press noted that people came out on the roads.\n",
    );
    expect(r.persons.map((p) => p.name)).toEqual(['Zardari', 'Holbrooke', 'Haqqani']);
    expect(said(r)).toEqual(['1 Zardari assured → the Ambassador']);
  });
});

describe('held-out round 334: `in the words of`, a councilman for a city whose name holds a given name', () => {
  it('cites Walter Pomar and reads Jose Americo, City Councilman', () => {
    const r = extract(
      '1. (SBU) The media, in the words of PT Secretary Walter Pomar, like to report every problem as a "fatal bullet." PT City Councilman for Sao Paulo Jose Americo cited a recent concordat.\n',
    );
    expect(r.persons.find((p) => p.surname === 'Americo')).toMatchObject({
      name: 'Jose Americo',
      titles: ['City Councilman'],
    });
    expect(said(r)).toEqual(['1 Walter Pomar in the words of', '1 Jose Americo cited']);
  });
});

describe('held-out round 335: `Song` as a Chinese family name, a participle after a clause told inside words', () => {
  it('reads Song Aiguo by Song, and gives Li no `agreeing` that Velayati did', () => {
    const r = extract(
      '1. (C) Professor Li met PolOff. Li said he had learned that former Iranian foreign minister Ali Akbar Velayati had discreetly contacted USG officials prior to the June 12 election, agreeing to resume bilateral contacts. Li reported that MFA Director General Song Aiguo had affirmed to him recently that China would help.\n',
    );
    expect(r.persons.find((p) => p.given === 'Aiguo')?.surname).toBe('Song');
    expect(said(r)).toEqual(['1 Li said', '1 Li reported', '1 Song Aiguo affirmed → Li']);
  });
});

describe('held-out round 336: a motion denied, a number before a participle, Legat and Abu Ghraib', () => {
  it('counts no ruling, no `12 alleged terrorists`, no person in `Legat` or `Abu Ghraib`', () => {
    const r = extract(
      '1. (U) Judge Ismael Moreno denied a motion by the plaintiffs. Judge Moreno asks for a report on the detentions of 12 alleged terrorists. The prosecutor indicated to Legat that he would not object. Spokesperson Gustavo Aristegui pointed to Guantanamo and Abu Ghraib as "errors that should not be repeated."\n',
    );
    expect(r.persons.map((p) => p.name)).toEqual(['Ismael Moreno', 'Gustavo Aristegui']);
    expect(said(r)).toEqual([
      '1 Ismael Moreno asks',
      '1 the Prosecutor indicated → Legal Attache',
      '1 Gustavo Aristegui pointed',
    ]);
  });
});

describe('held-out round 337: a name in capitals amid mixed case', () => {
  it('reads no person in `INSULTEC has maintained a relationship` or `Aramco`-like names in capitals', () => {
    const r = extract(
      '1. (S) The source said that INSULTEC has maintained a relationship with Iranian companies. SACEUR requested helicopters. Minister Ali Naimi met ARAMCO officials.\n',
    );
    expect(r.persons.map((p) => p.name)).toEqual(['Ali Naimi']);
  });
});

describe('held-out round 339: a deputy office, a place before a noun, a body in the plural', () => {
  it('reads `Deputy PM X` as a deputy, so that `the PM` is the one Prime Minister; no person in `Hague conditionality`', () => {
    const r = extract(
      '1. (C) PM Kostunica told A/S Fried that Serbia does not need two plans. Deputy PM Dulic-Markovic agreed.\n\n2. (C) The PM declared that Serbia has done everything and criticized the EU approach on Hague conditionality. The U.S. Marshals recommended a task force. Deputy Prosecutor Monqith Al-Faroun met the Ambassador. The prosecutor claimed that the witnesses lied.\n',
      'R 171200Z OCT 06\nFM AMEMBASSY BELGRADE\nTO SECSTATE WASHDC\n\nC O N F I D E N T I A L BELGRADE 001681\n\nSUBJECT: TEST\n\n',
    );
    expect(r.persons.map((p) => `${p.surname} | ${p.titles.join(',')}`)).toEqual([
      'Kostunica | Prime Minister',
      'Fried | Assistant Secretary',
      'Dulic-Markovic | Deputy Prime Minister',
      'Al-Faroun | Deputy Prosecutor',
    ]);
    expect(said(r)).toEqual([
      '1 Kostunica told → Fried',
      '1 Dulic-Markovic agreed',
      '2 Kostunica declared',
      '2 Kostunica criticized',
      '2 United States Marshals Service recommended',
      '2 Monqith Al-Faroun claimed',
    ]);
  });
});

describe('held-out round 340: greetings extended', () => {
  it('reads `extended the President’s greetings` and `extended an invitation` as acts of speech, not `extended the deadline`', () => {
    const r = extract(
      '1. (C) Ambassador Shannon extended the President’s greetings and his goal of building a strong partnership. Lula extended an invitation to President Obama. Minister Patriota extended the deadline by a week.\n',
    );
    expect(said(r)).toEqual(['1 Shannon extended', '1 Lula extended → Obama']);
  });
});

describe('held-out round 342: a source cited once after `according to`', () => {
  it('reads `according to Chun.` as a person, not `according to ENI`, `Receita Federal` or `Shuaa Capital`', () => {
    const r = extract(
      '1. (S) The seven are laborers who had worked in a timber camp, according to Chun. Output rose, according to ENI. Seizures rose, according to Receita Federal. According to Shuaa Capital, a Gulf-based firm, SRMG is the largest publisher.\n',
    );
    expect(r.persons.map((p) => p.name)).toEqual(['Chun']);
    expect(said(r).filter((s) => !s.includes('Eni'))).toEqual(['1 Chun according to']);
  });
});

describe('held-out round 344: a side’s people named in parentheses, a prefect, quoted after an office', () => {
  it('places `U.S. representatives (Dodd, Lugar, Baukus)`, reads `Tarija Prefect Mario Cossio` and `cited Presidency Minister Quintana as saying`', () => {
    const r = extract(
      '1. (SBU) Before he meets U.S. representatives (Dodd, Lugar, Baukus and possibly others), President Evo Morales lashed out. The agency ABI cited Presidency Minister Quintana as saying that the conspiracy was fed by the empire. Tarija Prefect Mario Cossio may run.\n',
      'O 181343Z NOV 08\nFM AMEMBASSY LA PAZ\nTO SECSTATE WASHDC\n\nC O N F I D E N T I A L LA PAZ 002458\n\nSUBJECT: TEST\n\n',
    );
    expect(r.persons.map((p) => `${p.name} | ${p.titles.join(',')} | ${p.affiliation}`)).toEqual([
      'Evo Morales | President | Bolivia',
      'Quintana | Minister | Bolivia',
      'Mario Cossio | Prefect | Bolivia',
      'Dodd |  | United States',
      'Lugar |  | United States',
      'Baukus |  | United States',
    ]);
    expect(said(r)).toContain('1 Quintana saying');
  });
});

describe('held-out round 345: an office with a slash between two names', () => {
  it('parts `Patrick Worman POL/ECON Jay Munir` and keeps `NEA/IPA Deputy Director Nicole Shampaine` American', () => {
    const r = extract(
      '1. (C) U.S. participants: S/CT Staff Patrick Worman POL/ECON Jay Munir, notetaker\n\n2. (C) NEA/IPA Deputy Director Nicole Shampaine met the Foreign Minister.\n',
      'P 241408Z FEB 10\nFM AMEMBASSY TEL AVIV\nTO SECSTATE WASHDC\n\nS E C R E T TEL AVIV 000159\n\nSUBJECT: TEST\n\n',
    );
    expect(r.persons.map((p) => `${p.name} | ${p.affiliation}`)).toEqual([
      'Patrick Worman | United States',
      'Jay Munir | United States',
      'Nicole Shampaine | United States',
    ]);
  });
});

describe('held-out round 347: reporting in the present, persuading, a title’s portfolio before an unknown given name', () => {
  it('reads `describes`, `affirms`, `objects to`, `have convinced Karzai to`, not `is convinced that`; `Chief of Policy Sebghatullah Sanjar said`', () => {
    const r = extract(
      '1. (C) Palace Chief of Policy Sebghatullah Sanjar said Chief of Staff Mohammad Daudzai feeds the president misinformation. Sanjar describes Karzai as a lonely man. Daudzai and Khoram have convinced Karzai to take a harder line. FM Spanta objects to Daudzai’s conduct. Deputy Chief of Staff Homayra Etemadi affirms the observations of others. Minister Sidiq is convinced that Daudzai is working for Tehran. MbZ was 100 percent convinced Iran will complete its program.\n',
    );
    expect(r.persons.find((p) => p.surname === 'Sanjar')?.given).toBe('Sebghatullah');
    expect(said(r)).toEqual([
      '1 Sebghatullah Sanjar said',
      '1 Sebghatullah Sanjar describes',
      '1 Khoram convinced → Karzai',
      '1 Mohammad Daudzai convinced → Karzai',
      '1 Spanta objects to',
      '1 Homayra Etemadi affirms',
    ]);
  });
});

describe('held-out round 349: friends in appositions, a school’s name', () => {
  it('reads `Sitki Ayan, a good friend of PM Erdogan` as a person, not `Savk Electricity, owned by PM Erdogan’s friend` or `Imam Hatip`', () => {
    const r = extract(
      '1. (C) The owner of SOM Petrol is Sitki Ayan, a good friend of PM Erdogan. They both attended Istanbul Imam Hatip (religious high school). A Turkish company called Savk Electricity, owned by PM Erdogan’s friend Cihan Kamer, received a license. Channel 4 shows Desperate Housewives, Friends and similar fare.\n',
      'R 271548Z FEB 09\nFM AMEMBASSY ANKARA\nTO SECSTATE WASHDC\n\nC O N F I D E N T I A L ANKARA 000321\n\nSUBJECT: TEST\n\n',
    );
    expect(r.persons.map((p) => p.name)).toEqual(['Sitki Ayan', 'Erdogan', 'Cihan Kamer']);
  });
});

describe('held-out round 350: a body’s short form before a title, reported as claiming, chastised', () => {
  it('places `Council of Europe (COE) Secretary General Terry Davis`, not the ICTY’s cooperation council chairman; reads `is reported as claiming`', () => {
    const r = extract(
      '1. (C) During a meeting, Council of Europe (COE) Secretary General Terry Davis complained of NATO unresponsiveness. Serbian National Council for Cooperation with the International Criminal Tribunal for the Former Yugoslavia (ICTY) Chairman Rasim Ljajic attended. Le Monde carried an article in which the COE’s Human Rights Commissioner, Alvaro Gil-Robles, is reported as claiming that the camp was a detention site. Investigator Dick Marty publicly chastised the U.S. for failing to provide information.\n',
      'O 141200Z DEC 05\nFM AMEMBASSY PARIS\nTO SECSTATE WASHDC\n\nC O N F I D E N T I A L PARIS 008462\n\nSUBJECT: TEST\n\n',
    );
    const by = Object.fromEntries(r.persons.map((p) => [p.surname, p.affiliation]));
    expect(by.Davis).toBe('Council of Europe');
    expect(by.Ljajic).not.toBe('ICTY');
    expect(said(r)).toEqual([
      '1 Terry Davis complained',
      '1 Alvaro Gil-Robles claiming',
      '1 Dick Marty chastised',
    ]);
  });
});

describe('held-out round 351: a name listed between places', () => {
  it('reads `Pedro Juan Caballero` among border stations as a place, not `Meir Dagan` before countries', () => {
    const r = extract(
      '1. (U) The team visited several land border inspection stations including Ciudad del Este, Encarnacion, Pedro Juan Caballero and Puerto Falcon. According to Mossad Director Meir Dagan, Jordan, Saudi Arabia, and the Gulf States all fear Iran.\n',
    );
    expect(r.persons.map((p) => p.name)).toEqual(['Meir Dagan']);
  });
});

describe('held-out round 352: a place run into a family name known from elsewhere', () => {
  it('reads `in Beletwein Robow and his militias` as Robow, the one Muhktar Robow', () => {
    const r = extract(
      '1. (C) Robow executed several of his own bodyguards.\n\n2. (C) The MP told us that last week in Beletwein Robow and his militias entered the town.\n\n3. (S) Muhktar Robow is a Rahanweyn.\n',
    );
    expect(r.persons.map((p) => p.name)).toEqual(['Muhktar Robow']);
  });
});

describe('held-out round 353: a country’s team in a foreign ministry, a remark after `with` and an adverb', () => {
  it('keeps `Foreign Office Sri Lanka team leader Tim Waite` British and reads `with Miliband recently remarking to Waite`', () => {
    const r = extract(
      '1. (C) Foreign Office Sri Lanka team leader Tim Waite said the Government is paying attention to Sri Lanka, with Foreign Secretary Miliband recently remarking to Waite that he was spending 60 percent of his time on Sri Lanka.\n',
      'O 071408Z MAY 09\nFM AMEMBASSY LONDON\nTO SECSTATE WASHDC\n\nC O N F I D E N T I A L LONDON 001082\n\nSUBJECT: TEST\n\n',
    );
    expect(r.persons.find((p) => p.surname === 'Waite')?.affiliation).toBe('United Kingdom');
    expect(said(r)).toEqual(['1 Tim Waite said', '1 Miliband remarking → Tim Waite']);
  });
});

describe('held-out round 354: two nationalists named before their apposition, a list named after a party noun', () => {
  it('reads `Brahamdagh Bugti and Baloch Marri, two Baloch nationalists` as persons, not `nationalist Iraqiyya list`', () => {
    const r = extract(
      '1. (C) India funds Baloch extremists through Brahamdagh Bugti and Baloch Marri, two Baloch nationalists, who were living in Kabul. Ayad Jamaleddin was elected on the secular nationalist Iraqiyya list.\n',
    );
    expect(r.persons.map((p) => p.name).sort()).toEqual([
      'Ayad Jamaleddin',
      'Baloch Marri',
      'Brahamdagh Bugti',
    ]);
  });
});

describe('held-out round 355: a ruler’s regime, participles of a habit', () => {
  it('reads `the Banzer regime` as naming Banzer, not `the Sandinista regime`; no statement in `has regularly antagonized businesses, telling them`', () => {
    const r = extract(
      '1. (C) Minister Quintana was fired in 2000 during the Banzer regime. The Sandinista regime declared a state of emergency. Minister of Planning Carlos Villegas has regularly antagonized other businesses, telling them that the tariff is a done deal, remarking that the private sector should get on board. He has told Bolivian exporters to seek markets elsewhere.\n',
    );
    expect(r.persons.map((p) => p.name).sort()).toEqual(['Banzer', 'Carlos Villegas', 'Quintana']);
    expect(said(r).map((x) => x.split(' →')[0])).toEqual(['1 Carlos Villegas told']);
  });
});

describe('held-out round 356: a cleft after a withheld source, a habit after the verb, a source withheld after `according to`', () => {
  it('gives `He reportedly told Arinc` to Gul, not `had rebutted it consistently, pointing ..., and asking`, nor `According to xxxxx Gul was`', () => {
    const r = extract(
      '1. (C) xxxxx dismissed speculation that speaker Bulent Arinc had forced the issue. It was instead Gul who went to Arinc to press his own case. He reportedly told Arinc that he did not want a bureaucrat in Cankaya. FM Abdullah Gul penned the statement.\n\n2. (C) Gul had rebutted it consistently, pointing to the reforms, and asking rhetorically if they would be working hard. According to xxxxx Gul was not a member of Milli Gorus.\n',
      'P 091142Z MAY 07\nFM AMEMBASSY ANKARA\nTO SECSTATE WASHDC\n\nC O N F I D E N T I A L ANKARA 001091\n\nSUBJECT: TEST\n\n',
    );
    expect(said(r)).toEqual(['1 Abdullah Gul told → Bulent Arinc', '1 Abdullah Gul penned']);
  });
});

describe('held-out round 357: a foreign Secretary of State, a heading’s word after a name', () => {
  it('keeps `Secretary of State for Latin American Affairs Trinidad Jimenez` Spanish and reads `Possible VP Biden Visit` as Biden', () => {
    const r = extract(
      '1. (SBU) Secretary of State for Latin American Affairs Trinidad Jimenez will join you at the roundtable. Assistant Secretary for South and Central Asian Affairs Richard Boucher will attend.\n\n11. (SBU) Possible VP Biden Visit - The Spanish press reported that Vice President-elect Biden had told Zapatero that he would visit Spain.\n',
      'P 311306Z DEC 08\nFM AMEMBASSY MADRID\nTO SECSTATE WASHDC\n\nC O N F I D E N T I A L MADRID 001366\n\nSUBJECT: TEST\n\n',
    );
    const by = Object.fromEntries(r.persons.map((p) => [p.name, p.affiliation]));
    expect(by).toEqual({
      'Trinidad Jimenez': 'Spain',
      'Richard Boucher': 'United States',
      Biden: 'United States',
      Zapatero: 'Spain',
    });
  });
});

describe('held-out round 358: an ordinary word before a given name', () => {
  it('reads `Afghan Officer Helen Evans` and `Presidential Adviser for Foreign Policy Marco Aurelio Garcia` without the office’s words', () => {
    const r = extract(
      '1. (C) In a conversation with the Cabinet Office’s Afghan Officer Helen Evans, she stressed the point. Brown was briefed, according to Evans. Presidential Adviser for Foreign Policy Marco Aurelio Garcia said he appreciated the dialogue. The Honorable Barack Obama was elected.\n',
    );
    expect(r.persons.map((p) => p.name).sort()).toEqual([
      'Barack Obama',
      'Helen Evans',
      'Marco Aurelio Garcia',
    ]);
  });
});

describe('held-out round 359: a minister-president, a given name that is also a creed’s word', () => {
  it('reads `Lower Saxony Minister-President Christian Wulff (CDU) told the DCM`, not `the Christian Social Union`', () => {
    const r = extract(
      '1. (C) Deputy CDU national chairman and Lower Saxony Minister-President Christian Wulff (CDU) told the DCM that another grand coalition is likely. Chairman of the Christian Social Union (CSU) Horst Seehofer agreed.\n',
    );
    expect(r.persons.map((p) => `${p.name} | ${p.titles.join(',')}`)).toEqual([
      'Christian Wulff | Minister-President',
      'Horst Seehofer | ',
    ]);
    expect(said(r).map((x) => x.split(' →')[0])).toEqual([
      '1 Christian Wulff told',
      '1 Horst Seehofer agreed',
    ]);
  });
});

describe('held-out round 362: a passive’s agent after an adverb of manner', () => {
  it('reads `was summarized well by Manuel Marin, the party’s spokesman: "..."` as Marin’s words', () => {
    const r = extract(
      '1. (C) PSOE’s general foreign policy outlook was summarized well by Manuel Marin, the party’s international affairs spokesman in Congress: "Spain cannot be a determinative force in great international conflicts."\n',
    );
    expect(said(r)).toEqual(['1 Manuel Marin summarized']);
  });
});

describe('held-out round 364: a long name alone in parentheses', () => {
  it('reads `ISN-557 (Ben Qumu Abu Sufian Ibrahim Ahmed Hamouda)` as one person', () => {
    const r = extract(
      '1. (S) The CDA also requested access to ISN-557 (Ben Qumu Abu Sufian Ibrahim Ahmed Hamouda), who was returned to Libya September 26.\n',
    );
    expect(r.persons.map((p) => p.surname)).toEqual(['Hamouda']);
  });
});

describe('held-out round 365: concern registered, a message relayed to him', () => {
  it('reads `registered concern` and gives `had relayed a message to him` the reporting speaker as listener', () => {
    const r = extract(
      '1. (C) Israeli Ambassador Gabby Levy registered concern over the deterioration in relations. Levy said Foreign Minister Davutoglu had relayed a message to him through the visiting Czech foreign minister that things will get better.\n',
    );
    expect(said(r)).toEqual([
      '1 Gabby Levy registered',
      '1 Gabby Levy said',
      '1 Davutoglu relayed → Gabby Levy',
    ]);
  });
});

describe('held-out round 366: a plural title before a pair of names, worried aloud', () => {
  it('reads `Generals Keen and Peixoto` as two generals and `He worried aloud` as speech', () => {
    const r = extract(
      '1. (C) Minister of Defense Nelson Jobim praised the strong working relationship of Generals Keen and Peixoto. He worried aloud about the impact in Venezuela.\n',
    );
    expect(r.persons.map((p) => `${p.name} | ${p.titles.join(',')}`)).toEqual([
      'Nelson Jobim | Defense Minister',
      'Keen | General',
      'Peixoto | General',
    ]);
    expect(said(r)).toEqual(['1 Nelson Jobim praised', '1 Nelson Jobim worried aloud']);
  });
});

describe('held-out round 368: statements uttered, Asad as written', () => {
  it('reads `uttered strong anti-Israeli statements` and places `Syria’s Asad`', () => {
    const r = extract(
      '1. (C) The PM met with Iranian president Ahmedinejad and uttered strong anti-Israeli statements. The Turks helped get Syria’s Asad to agree.\n',
      'P 111453Z AUG 06\nFM AMEMBASSY ANKARA\nTO SECSTATE WASHDC\n\nC O N F I D E N T I A L ANKARA 004688\n\nSUBJECT: TEST\n\n',
    );
    expect(r.persons.find((p) => p.surname === 'Asad')?.affiliation).toBe('Syria');
    expect(said(r).map((x) => x.split(' →')[0]?.split(' ').at(-1))).toEqual(['uttered']);
  });
});

describe('held-out round 370: a channel in lower case, what an announcement signals', () => {
  it('reads `Dubai-based al-Arabiya reported` as the channel and `announced ..., signaling a return` as one statement', () => {
    const r = extract(
      '1. (S) President Saleh announced on January 9 that he was willing to negotiate, signaling a return to one of his old tactics. Dubai-based al-Arabiya reported on January 11 that cleric Ali Mohammed Umar said his followers would fight.\n',
    );
    expect(r.persons.map((p) => p.name)).toEqual(['Saleh', 'Ali Mohammed Umar']);
    expect(said(r)).toEqual(['1 Saleh announced', '1 Al Arabiya reported', '1 Ali Mohammed Umar said']);
  });
});

describe('held-out round 373: a bureau’s office before a name', () => {
  it('places `Washington POC is ISN/MTR James Mayes` in the United States', () => {
    const r = extract('5. (U) Washington POC is ISN/MTR James Mayes (Phone: 202-647-3185).\n');
    expect(r.persons.map((p) => `${p.name} | ${p.affiliation}`)).toEqual(['James Mayes | United States']);
  });
});

describe('held-out round 378: an island base named as a person would be', () => {
  it('reads `Diego Garcia had not been used` as a place', () => {
    const r = extract(
      '2. (U) Contrary to earlier assurances that Diego Garcia had not been used for rendition flights, Secretary Rice has underlined to me the firm US understanding.\n',
    );
    expect(r.persons.map((p) => p.name)).toEqual(['Rice']);
  });
});

describe('held-out round 380: where ministers are Secretaries', () => {
  it('gives a Mexico cable’s Defense Secretary to Mexico and keeps a known American', () => {
    const r = extract(
      '7. (S/NF) Secretary of Defense Galvan Galvan expressed little interest in cooperation. Public Security Secretary Genaro Garcia Luna agreed. Attorney General Holder will visit.\n',
      'R 100013Z NOV 09\nFM AMEMBASSY MEXICO\nTO SECSTATE WASHDC\n\nS E C R E T MEXICO 003195\n\nSUBJECT: TEST\n\n',
    );
    expect(r.persons.map((p) => `${p.surname} | ${p.affiliation}`)).toEqual([
      'Galvan | Mexico',
      'Luna | Mexico',
      'Holder | United States',
    ]);
  });
});

describe('held-out round 380: an embassy section’s director speaks for the section', () => {
  it('reads `NAS Director and Legatt ... suggested` as staff, not the cable’s one named Director', () => {
    const r = extract(
      '1. (S/NF) CISEN Director Valdez directed his deputy, Gustavo Mohar, to meet with the NAS Director. NAS Director and Legatt met with Mohar and suggested that it would be possible.\n',
    );
    expect(said(r)).toEqual(['1 NAS Director suggested → Gustavo Mohar']);
  });
});

describe('held-out round 380: a phrase between a name and its verb', () => {
  it('reads `Galvan in a recent meeting with U.S. officials expressed` as Galvan’s, and `officials in the ministry agreed` as no one’s', () => {
    const r = extract(
      '1. (S/NF) Minister Galvan in a recent meeting with U.S. officials expressed little interest in cooperation. Galvan said that officials in the ministry agreed.\n',
    );
    expect(said(r)).toEqual(['1 Galvan expressed', '1 Galvan said']);
  });
});

describe('held-out round 383: a ruler after `under`, a compound adjective, campaign words', () => {
  it('reads `Spain under Gonzalez` as Spain’s leader and `his Hungarian-born father` as no name', () => {
    const r = extract(
      '1. (C) Nicolas Sarkozy said France needed a period similar to the U.S. under Reagan, the UK under Thatcher, and Spain under Gonzalez. Soviet Germans suffered under Stalin. He said his Hungarian-born father retorted, "Go to America." Outlining his campaign strategy, Sarkozy said, "we are going to propose change." He observed that ECB president Trichet was wrong and met Interior Ministry Staffer Cederic Goubet.\n',
      'R 031128Z AUG 05\nFM AMEMBASSY PARIS\nTO SECSTATE WASHDC\n\nC O N F I D E N T I A L PARIS 005335\n\nSUBJECT: TEST\n\n',
    );
    expect(r.persons.map((p) => `${p.surname} | ${p.affiliation}`)).toEqual([
      'Sarkozy | France',
      'Goubet | France',
      'Reagan | United States',
      'Thatcher | United Kingdom',
      'Gonzalez | Spain',
      'Stalin | Soviet Union',
      'Trichet | European Central Bank',
    ]);
    expect(said(r)).toEqual([
      '1 Nicolas Sarkozy said',
      '1 Nicolas Sarkozy said',
      '1 Nicolas Sarkozy Outlining',
      '1 Nicolas Sarkozy said',
      '1 Nicolas Sarkozy observed',
    ]);
  });
});

describe('held-out round 385: a name inside an unnamed one’s relative clause', () => {
  it('gives `A contact ... who knows Braliyev personally questioned` to no one named', () => {
    const r = extract(
      '1. (C) Former Vice Minister Alzhan Braliyev was arrested. A contact of our Public Affairs Section who knows Braliyev personally questioned the evidence. Our contact who advises Davutoglu also asserted that Turkey played a role. Nazarbayev, who knows Braliyev, questioned the charges.\n',
    );
    expect(said(r)).toEqual(['1 Nazarbayev questioned']);
  });
});

describe('held-out round 386: `as` before a passive with its agent', () => {
  it('reads `As conveyed by Under Secretary Burns` and `as stated by President Sarkozy` as their words, not `As noted in reftel`', () => {
    const r = extract(
      '1. (S) As conveyed by Under Secretary Burns when he was in Ankara, we urge Turkey to act. France will not provide one more soldier, as stated by President Sarkozy in October. As noted in reftel, the talks continue.\n',
    );
    expect(said(r)).toEqual(['1 Burns conveyed', '1 Sarkozy stated']);
  });
});

describe('held-out round 387: appositions, asides and unnamed openings', () => {
  it('gives each verb its speaker past offices in apposition, `while admitting` and a plural opening', () => {
    const r = extract(
      '1. (SBU) Opposition political leaders were willing to praise the Brown Government’s effort, but echoed the charge the NSS failed. John Reid, former Labour Home and Defense Secretary, while admitting that the NSS “did not do itself justice,” argued that it was useful. Echoing these comments, Sir David Ormond, a former Security and Intelligence Coordinator within HMG, called the NSS a “necessary step.” Conservative Party leader David Cameron said it was necessary, singling out its discussion of terrorism. The Daily Telegraph agreed. Teutten said that the Civilian Stabilization Corps announced in the NSS was a re-hatting of programs.\n',
      'R 041200Z APR 08\nFM AMEMBASSY LONDON\nTO SECSTATE WASHDC\n\nC O N F I D E N T I A L LONDON 001001\n\nSUBJECT: TEST\n\n',
    );
    expect(r.persons.map((p) => p.surname)).toEqual(['Reid', 'Ormond', 'Cameron', 'Brown', 'Teutten']);
    expect(said(r).filter((x) => !/Telegraph/.test(x))).toEqual([
      '1 John Reid admitting',
      '1 John Reid argued',
      '1 David Ormond Echoing',
      '1 David Ormond called',
      '1 David Cameron said',
      '1 David Cameron singling out',
      '1 Teutten said',
    ]);
  });
});

describe('held-out round 388: `called on` a list to act, and visits', () => {
  it('reads `called on` with a long list before its `to` as urging, and a visit where a date or `who` comes first', () => {
    const r = extract(
      '1. (SBU) Secretary Marcelo Itagiba called on other state agencies, family, the media, schools and the church to do their part. Ambassador Eikenberry called on Minister of Finance Omer Zakhilwal who told him that he could help. PolCouns called on Deputy Director General Yacov Hadas March 16 to follow up.\n',
    );
    expect(said(r)).toEqual(['1 Marcelo Itagiba called', '1 Omer Zakhilwal told → Eikenberry']);
  });
});

describe('held-out round 389: a long body before a title, names after a quoted plural, lashing out', () => {
  it('reads the side of `Ukrainian National Security and Defense Council Secretary`, a people before a quoted plural, and `lashed out`', () => {
    const r = extract(
      '1. (C) During Ukrainian National Security and Defense Council Secretary Bohatyreva’s visit, officials spoke. It cited the refusal to grant entry to two Russian political "analysts" -- Dugin and Zarifulin. In his press conference, President Putin lashed out against the request, saying that it was wrong.\n',
      'R 041200Z MAR 08\nFM AMEMBASSY MOSCOW\nTO SECSTATE WASHDC\n\nC O N F I D E N T I A L MOSCOW 000587\n\nSUBJECT: TEST\n\n',
    );
    expect(r.persons.map((p) => `${p.surname} | ${p.affiliation}`)).toEqual([
      'Bohatyreva | Ukraine',
      'Putin | Russia',
      'Dugin | Russia',
      'Zarifulin | Russia',
    ]);
    expect(said(r)).toEqual(['1 Putin lashed out', '1 Putin saying']);
  });
});

describe('held-out round 390: two letters swapped', () => {
  it('reads `Bolhke` as `Bohlke` and `Krazai` as `Karzai`', () => {
    const r = extract(
      '1. (SBU) Poloff delivered points to Marcelo Bohlke. Bohlke said he understood. Bolhke told poloff that he would like an explanation. President Karzai spoke. Krazai said he would go.\n',
    );
    expect(r.persons.map((p) => p.name)).toEqual(['Marcelo Bohlke', 'Karzai']);
  });
});

describe('held-out round 393: an acronym the cable defines, before a title', () => {
  it('reads `DAS Director` as the body the cable spells out, not the glossary’s Deputy Assistant Secretary', () => {
    const r = extract(
      '1. (S/NF) Seven officials of the Administrative Department of Security (DAS) were arrested, among them a deputy to former DAS Director Andres Penate. He suspected Uribe’s Secretary of the Presidency Bernardo Moreno.\n',
      'R 041200Z NOV 09\nFM AMEMBASSY BOGOTA\nTO SECSTATE WASHDC\n\nS E C R E T BOGOTA 003271\n\nSUBJECT: TEST\n\n',
    );
    expect(r.persons.map((p) => `${p.surname} | ${p.titles.join(', ')} | ${p.affiliation}`)).toEqual([
      'Penate | Director | Colombia',
      'Moreno | Secretary of the Presidency | Colombia',
      'Uribe |  | Colombia',
    ]);
  });
});

describe('held-out round 392: a negation before a phrase of time', () => {
  it('reads `had not to date requested them` as no request', () => {
    const r = extract(
      '1. (S) Focusing on MANPADS, MFA Director Anatoliy Antonov replied that the Venezuelan government had not to date requested them. The GOP so far has denied the reports.\n',
    );
    expect(said(r)).toEqual(['1 Anatoliy Antonov replied', '1 Government of Pakistan denied']);
  });
});

describe('held-out round 394: a coordinator in apposition, a druglord, a habit in a phrase', () => {
  it('reads `Rubem Cesar Fernandes, coordinator of ...` and `druglord, Fernandinho Beira-Mar` as persons, `says with frequency` as a habit', () => {
    const r = extract(
      '1. Rubem Cesar Fernandes, coordinator of the NGO Viva Rio, stated that never before had the city seen such an act. Police investigate Brazil’s most feared druglord, Fernandinho Beira-Mar. As State Secretary Marcelo Itagiba says with frequency: the police cannot address the root causes.\n',
    );
    expect(r.persons.map((p) => p.name)).toEqual([
      'Rubem Cesar Fernandes',
      'Fernandinho Beira-Mar',
      'Marcelo Itagiba',
    ]);
    expect(said(r)).toEqual(['1 Rubem Cesar Fernandes stated']);
  });
});

describe('held-out round 395: a phrase of time after the subject, a passive set off', () => {
  it('reads `Argyros throughout the meeting underscored` and not `Moratinos, reported to be the leading candidate`', () => {
    const r = extract(
      '1. (C) Ambassador Argyros met Miguel Angel Moratinos, reported to be the leading candidate to serve as Foreign Minister. Ambassador Argyros throughout the meeting underscored the desire to work closely. Al-Asad, in response to a query, claimed to have no objection.\n',
    );
    expect(said(r)).toEqual(['1 Argyros underscored → Miguel Angel Moratinos', '1 Al-Asad claimed']);
  });
});

describe('held-out round 396: `Speaking of` before a verb of speech', () => {
  it('reads `Speaking of the growth of India, he said` as one statement', () => {
    const r = extract(
      '1. (C) Former prime minister Michel Rocard proposed a think-tank. Speaking of the growth of India and China, he said, "We need a vehicle." Speaking of his readiness to serve, Rocard smiled.\n',
    );
    expect(said(r)).toEqual([
      '1 Michel Rocard proposed',
      '1 Michel Rocard said',
      '1 Michel Rocard Speaking of',
    ]);
  });
});

describe('held-out round 397: contractions, the Joint Chiefs', () => {
  it('reads no name in `We’ve told Guner` and a US Vice Chairman in `VCJCS Cartwright`', () => {
    const r = extract(
      '13. (C) We’ve told Deputy Chief Guner it should be his. Secretary Gates and VCJCS Cartwright have promised to try to support the request.\n',
      'R 191200Z OCT 09\nFM AMEMBASSY ANKARA\nTO SECSTATE WASHDC\n\nC O N F I D E N T I A L ANKARA 001472\n\nSUBJECT: TEST\n\n',
    );
    expect(r.persons.map((p) => `${p.surname} | ${p.affiliation}`)).toEqual([
      'Guner | Turkey',
      'Gates | United States',
      'Cartwright | United States',
    ]);
  });
});

describe('held-out round 399: a plural subject past an aside that adds to it, exclaiming', () => {
  it('gives `French politicians -- and foreign media -- have blamed` to no one and reads `Exclaiming that`', () => {
    const r = extract(
      '1. (SBU) Rector Kamel Kabtane said that Muslims were paying the price because French politicians -- and foreign media -- have blamed the violence on Muslims. Exclaiming that "we all know who these guys are," Samira Cadasse claimed they had shaved their beards.\n',
    );
    expect(said(r)).toEqual([
      '1 Kamel Kabtane said',
      '1 Samira Cadasse Exclaiming',
      '1 Samira Cadasse claimed',
    ]);
  });
});

describe('held-out round 400: a participle after a demonstrative', () => {
  it('reads `than those reported` as passive', () => {
    const r = extract(
      '3. (C) Gomez de Olea scoffed, saying that Perez Roque had not made such a statement, but that in fact his comments were even "more insulting" than those reported.\n',
    );
    expect(said(r).map((x) => x.split(' ').at(-1))).toEqual(['scoffed', 'saying']);
  });
});

describe('held-out round 402: a detainee’s people after his number, a people as the noun of an apposition', () => {
  it('reads `(Libyan)` after a detainee’s number and `, a Moroccan)` as sides, not `(Tajik)` after a name', () => {
    const r = extract(
      '1. (C) The two detainees are:\n\nOmar Amer Deghayes, ISN US9LY-00727-DP (Libyan)\nJamil Abdul Latif Elbanna, ISN US9JO-00905-DP (Palestinian)\n\n2. (C) Spain seeks their extradition (and a third detainee, Lahcen Ikassrien, a Moroccan). Asif Rahimi (Tajik) said so. ARSO Andres Barcenas is the point of contact.\n',
      'R 041200Z FEB 04\nFM AMEMBASSY MADRID\nTO SECSTATE WASHDC\n\nC O N F I D E N T I A L MADRID 000583\n\nSUBJECT: TEST\n\n',
    );
    expect(r.persons.map((p) => `${p.surname} | ${p.affiliation}`)).toEqual([
      'Deghayes | Libya',
      'Elbanna | Palestinian Territories',
      'Ikassrien | Morocco',
      'Rahimi | Spain',
      'Barcenas | United States',
    ]);
  });
});

describe('held-out round 406: a verb with a prefix and a hyphen', () => {
  it('reads `counter-accused` as a verb of speech', () => {
    const r = extract(
      '3. (S) Dr. Abdullah Abdullah called this an “irresponsible” allegation and counter-accused the government of distributing weapons.\n',
    );
    expect(said(r).map((x) => x.split(' ').at(-1))).toEqual(['called', 'counter-accused']);
  });
});

describe('held-out round 407: a verb joined inside a relative clause, an adjective after a gerund', () => {
  it('gives `Romano Prodi, who prefers ... and has called for` to Prodi and reads `implementing previously announced` as no act', () => {
    const r = extract(
      '1. (C) PM Silvio Berlusconi will contrast his policy with that of his opponent, Romano Prodi, who prefers to follow an EU lead and has called for a timetable. Italy is implementing previously announced U.S. requirements. MFA contacts, including Deputy FM Bernardino Leon, who were uncomfortable with the sale and insisted that it was wrong, spoke.\n',
    );
    expect(said(r)).toEqual(['1 Romano Prodi called', '1 Ministry of Foreign Affairs insisted']);
  });
});

describe('held-out round 408: a withheld source before its apposition, Turkish given names', () => {
  it('gives `xxxxx, a bellwether of Islamist sentiment, has told` to no one and reads `Umit Ozdag, now ..., cited`', () => {
    const r = extract(
      '1. (C) PM Erdogan is isolated. xxxxx, a bellwether of Islamist sentiment, has told two of our insider contacts that he is about to resign. In a March 4 column, Umit Ozdag, now in the running for chairmanship of the MHP, cited increased crime.\n',
    );
    expect(said(r)).toEqual(['1 Umit Ozdag cited']);
  });
});

describe('held-out round 409: `In my meeting with X, he ...`', () => {
  it('gives the pronoun after the writer’s meeting to the one met', () => {
    const r = extract(
      '1. (SBU) I met Foreign Minister Amorim and President Lula. In my meeting with Justice Minister Bastos (ref B), he asked urgently when our Attorney General could come.\n',
    );
    expect(said(r)).toEqual(['1 Bastos asked']);
  });
});

describe('held-out round 414: a protect note between a name and its apposition', () => {
  it('gives `Judith Gough (protect), Deputy Head of ..., told Poloff` to Gough, not `(ref), the Executive Director ... told us`', () => {
    const r = extract(
      '1. (C/NF) Judith Gough (protect), Deputy Head of the Security Policy Group at the Foreign and Commonwealth Office (FCO) told Poloff July 21 that the official was Simon McDonald. Building on comments to CODEL McCain (ref), the Executive Director of the Qadhafi Development Foundation told us that it was so.\n',
    );
    expect(said(r).map((x) => x.split(' →')[0])).toEqual([
      '1 Judith Gough told',
      '1 the Executive Director told',
    ]);
  });
});

describe('held-out round 415: a number standing for one of those counted', () => {
  it('gives `Of the five experts, one thought ... and one argued` to no one, but keeps `each one expressed`', () => {
    const r = extract(
      '1. (C) Of the five experts, one thought the younger Kim Jong-un might succeed and one argued his lack of experience made it unlikely. FM Kouchner and NSA Levitte each one expressed support.\n',
    );
    expect(said(r).map((x) => x.split(' →')[0])).toEqual(['1 Levitte expressed', '1 Kouchner expressed']);
  });
});

describe('held-out round 417: a Secretary with a portfolio after `for`', () => {
  it('keeps `Socialist Secretary for International Relations Trinidad Jimenez` of the host', () => {
    const r = extract(
      '9. (C) Coverage noted Socialist Secretary for International Relations Trinidad Jimenez’ attack on the opposition.\n',
      'R 141200Z JAN 05\nFM AMEMBASSY MADRID\nTO SECSTATE WASHDC\n\nC O N F I D E N T I A L MADRID 000171\n\nSUBJECT: TEST\n\n',
    );
    expect(r.persons.map((p) => `${p.surname} | ${p.affiliation}`)).toEqual(['Jimenez | Spain']);
  });
});

describe('held-out round 418: an office with its holder’s name in parentheses', () => {
  it('reads `the Crown Prince (Shaykh Mohammed bin Zayid) indicated` as his, with the title', () => {
    const r = extract(
      '2. (C) In a discussion the Crown Prince (Shaykh Mohammed bin Zayid) indicated his desire to help. Later the Crown Prince said more.\n',
    );
    expect(r.persons.find((p) => p.surname === 'Zayid')?.titles).toContain('Crown Prince');
    expect(said(r).map((x) => x.split(' →')[0])).toEqual([
      '2 Mohammed bin Zayid indicated',
      '2 Mohammed bin Zayid said',
    ]);
  });
});

describe('held-out round 419: envoys to a body, a body’s Secretary-General, and `made a point of`', () => {
  it('places `Lithuania’s NATO PermRep` in Lithuania, `Secretary-General Rasmussen` in NATO, and reads `made a point of highlighting`', () => {
    const r = extract(
      "1. (C) Lithuania's NATO PermRep Linkevicius raised the sale. French PermRep Andreani made a point of highlighting France's commitment. Germany's EU Commissioner Verheugen agreed.\n2. (U) Secretary-General Rasmussen had told Russian Foreign Minister Lavrov that he did not view Russia as a threat.\n",
    );
    expect(r.persons.map((p) => `${p.surname} | ${p.affiliation}`)).toEqual([
      'Linkevicius | Lithuania',
      'Andreani | France',
      'Verheugen | European Union',
      'Rasmussen | NATO',
      'Lavrov | Russia',
    ]);
    expect(said(r).map((x) => x.split(' →')[0])).toContain('1 Andreani made a point of highlighting');
  });
});

describe('held-out round 421: a cable from Washington about one country', () => {
  it('places national officials the cable places nowhere else in the country its subject and TAGS name', () => {
    const header =
      'R 221200Z JAN 10\nFM SECSTATE WASHDC\nTO AMEMBASSY ANKARA\n\nC O N F I D E N T I A L STATE 006451\n\nTAGS: PINR TU\nSUBJECT: REQUEST FOR INFORMATION ON TURKISH DEPUTY PRIME MINISTER BULENT ARINC ASSASSINATION PLOT\n\n';
    const r = extract(
      '1. (SBU) POLICE DETAINED TWO OFFICERS OUTSIDE THE HOME OF DEPUTY PRIME MINISTER BULENT ARINC. DOES PRIME MINISTER TAYYIP ERDOGAN WISH TO EASE CONFRONTATION?\n',
      header,
    );
    expect(r.persons.map((p) => `${p.surname} | ${p.affiliation}`)).toEqual([
      'Arinc | Turkey',
      'Erdogan | Turkey',
    ]);
    const other = extract(
      '1. (SBU) POLICE DETAINED TWO OFFICERS OUTSIDE THE HOME OF DEPUTY PRIME MINISTER BULENT ARINC.\n',
      header.replace('TAGS: PINR TU', 'TAGS: PINR GR'),
    );
    expect(other.persons.map((p) => `${p.surname} | ${p.affiliation}`)).toEqual(['Arinc | null']);
  });
});

describe('held-out round 422: an age after a name, and people dismissed', () => {
  it('reads `Emilia Mueller, 56,` as a person and `dismissed all CSU cabinet members` as no speech', () => {
    const r = extract(
      '2. (SBU) Seehofer dismissed all CSU cabinet members over 60 years old. Minister Smith dismissed the other members as lacking stature.\n3. (SBU) The new cabinet:\n\n-Minister for European and Federal Affairs: Emilia Mueller, 56, Upper Palatinate (new);\n',
    );
    expect(r.persons.map((p) => p.surname)).toContain('Mueller');
    expect(said(r).map((x) => x.split(' →')[0])).toEqual(['2 Smith dismissed']);
  });
});

describe('held-out round 423: the drafter’s guess at what was said', () => {
  it('gives no words to `Doubtless he recalled` or `presumably told`, but keeps `probably correct in arguing` and `Perhaps, he suggested,`', () => {
    const r = extract(
      '1. (SBU) Union leader Candido Mendez was friendly. Doubtless he recalled the violent strikes. Mendez presumably told his members. Mendez is probably correct in arguing that jobs matter. Perhaps, he suggested, the GOF could help.\n',
    );
    expect(said(r).map((x) => x.split(' →')[0])).toEqual([
      '1 Candido Mendez arguing',
      '1 Candido Mendez suggested',
    ]);
  });
});

describe('held-out round 424: a name defined by its initials, `disputed`, a verb form after a possessive', () => {
  it('reads `Sher Mohammad Akhunzada (SMA)` as a person, `Mangal disputed` as speech, and `Iran’s disputed June 12 election` as none', () => {
    const r = extract(
      "1. (C) Officials discussed reinstating Sher Mohammad Akhunzada (SMA) as governor. Governor Mangal disputed SMA's control of the Alizai. Few trust Iran's disputed June 12 election or his proposed plan.\n",
    );
    expect(r.persons.map((p) => p.surname)).toEqual(['Akhunzada', 'Mangal']);
    expect(said(r).map((x) => x.split(' →')[0])).toEqual(['1 Mangal disputed']);
  });
});

describe('held-out round 425: a unit of a body after a name and `of`', () => {
  it('gives `John Hillman of FCO’s Whitehall Liaison Department informed` to Hillman', () => {
    const r = extract(
      '1. (C) John Hillman of FCO’s Whitehall Liaison Department informed PolOff of the concerns. John Smith of the Political Department said so.\n',
    );
    expect(said(r).map((x) => x.split(' →')[0])).toEqual(['1 John Hillman informed', '1 John Smith said']);
  });
});

describe('held-out round 426: a speaker set off after her office, threats, `as X put it`', () => {
  it('reads `spokeswoman in the Bundestag, Dorothee Baer, told`, `threatened to boycott` and `as Kotschyk put it to the P/E Chief`', () => {
    const r = extract(
      '1. (C) Minister President Seehofer has threatened to boycott the summit. Or, as Hartmut Kotschyk (CSU party whip) put it to the P/E Chief recently, "We want to be the salt." The new spokeswoman in the Bundestag, Dorothee Baer, told Berlin PolMC that this would be a focus. Police said Baysarov had threatened them with a grenade.\n',
    );
    expect(said(r).map((x) => x.split(' →')[0])).toEqual([
      '1 Seehofer threatened to',
      '1 Hartmut Kotschyk put it',
      '1 Dorothee Baer told',
    ]);
  });
});

describe('held-out round 428: `allowed that`', () => {
  it('reads `maintains that ..., but allowed that` as two statements, and no speech in `allowed the talks to resume`', () => {
    const r = extract(
      '1. (C) Ambassador Bell maintains that the EU cannot be involved directly in eradication, but allowed that some aid may be possible. Minister Jones allowed the talks to resume.\n',
    );
    expect(said(r).map((x) => x.split(' →')[0])).toEqual(['1 Bell maintains', '1 Bell allowed that']);
  });
});

describe('held-out round 430: a thing counted before a verb form, and a familiar given name', () => {
  it('reads no speech in `no value added` or `more effective shared early warning`, and `Trini Jimenez` as Trinidad Jimenez', () => {
    const r = extract(
      '1. (C) FM Moratinos expressed disappointment, saying that there was no value added, but perhaps some value lost. He praised movement toward more effective shared defenses. He noted the addition of Trini Jimenez. PSOE adviser Trinidad Jimenez said little.\n',
    );
    expect(said(r).map((x) => x.split(' →')[0])).toEqual([
      '1 Moratinos expressed',
      '1 Moratinos saying',
      '1 Moratinos praised',
      '1 Moratinos noted',
      '1 Trinidad Jimenez said',
    ]);
    expect(r.persons.filter((p) => p.surname === 'Jimenez')).toHaveLength(1);
  });
});

describe('held-out round 431: known Libyans, and she after a woman’s given name', () => {
  it('reads `Megrahi’s eventual funeral` and `the Gaddafi family` as persons, and gives `she mentioned` to Philippa Saunders', () => {
    const r = extract(
      '1. (C) Poloff met FCO North Africa Director Philippa Saunders on February 23. Saunders explained that fear over how Tripoli will handle Megrahi’s eventual funeral remains a concern. Under the direction of FCO MENA Director Christian Turner the Embassy is engaged in an effort, although she mentioned Tony Blair and a doctor close to the Gaddafi family.\n',
      'R 251200Z FEB 10\nFM AMEMBASSY LONDON\nTO SECSTATE WASHDC\n\nC O N F I D E N T I A L LONDON 000450\n\nSUBJECT: TEST\n\n',
    );
    expect(r.persons.map((p) => `${p.surname} | ${p.affiliation}`).sort()).toEqual([
      'Blair | United Kingdom',
      'Gaddafi | Libya',
      'Megrahi | Libya',
      'Saunders | United Kingdom',
      'Turner | United Kingdom',
    ]);
    expect(said(r).map((x) => x.split(' →')[0])).toEqual([
      '1 Philippa Saunders explained',
      '1 Philippa Saunders mentioned',
    ]);
  });
});

describe('held-out round 433: a source described, then named at the sentence’s end', () => {
  it('gives `according to a researcher from NGO Global Justice, Rafael Dias.` to Dias, not `According to the ministry, Dias is wrong`', () => {
    const r = extract(
      '1. (U) Militias are moving north, according to a researcher from NGO Global Justice, Rafael Dias. According to the ministry, Rafael Dias is wrong.\n',
    );
    expect(said(r).map((x) => x.split(' →')[0])).toEqual(['1 Rafael Dias according to']);
  });
});

describe('held-out round 435: a royal named Sultan', () => {
  it('reads `Crown Prince Sultan, a Saleh skeptic,` and `Prince Sultan said` as Sultan, and `Sultan Qaboos` as Qaboos', () => {
    const r = extract(
      '1. (C) The absence of Crown Prince Sultan, a Saleh skeptic, left the file to others. Prince Sultan said no. Sultan Qaboos met him.\n',
    );
    expect(r.persons.map((p) => `${p.surname} | ${p.titles.join(', ')}`)).toContain(
      'Sultan | Crown Prince, Prince',
    );
    expect(r.persons.map((p) => p.surname)).toContain('Qaboos');
    expect(said(r).map((x) => x.split(' →')[0])).toEqual(['1 Sultan said']);
  });
});

describe('held-out round 438: a participle after a subject named by common nouns', () => {
  it('gives `The official media service went a step further, adding that` to no one, but keeps `The vice president ..., saying`', () => {
    const r = extract(
      '1. (U) President Morales went on to accuse the Bush administration of violations. The official media service went a step further, adding that Morales also suspended CIA activity.\n2. (C) Vice President Alvaro Garcia Linera met the Ambassador. The vice president opened the meeting warmly, saying that he was pleased.\n',
    );
    expect(said(r).map((x) => x.split(' →')[0])).toEqual([
      '1 Morales went on to accuse',
      '2 Alvaro Garcia Linera saying',
    ]);
  });
});

describe('held-out round 439: a misspelt TAGS line, and a name in an opening phrase of time', () => {
  it('reads `TAG MASS, PREL, BR` as the TAGS, so the header is not body, and gives `He said` to Saito, not to Fraser', () => {
    const r = extract(
      "1. (S/NF) At a July 30 dinner for visiting SouthCom Commander General Doug Fraser, Brazil's Air Force (BRAF) commander, Brigadier Juniti Saito (protect), pulled Ambassador Sobel aside. He said that the F18 was superior.\n",
      'O 311200Z JUL 09\nFM AMEMBASSY BRASILIA\nTO SECSTATE WASHDC\n\nS E C R E T BRASILIA 000952\n\nTAG MASS, PREL, BR\nSUBJECT: AIR FORCE COMMANDER ASKS FOR ASSURANCES\n\nClassified By: DEPUTY CHIEF OF MISSION LISA KUBISKE, REASON 1.4 (b) and (d)\n\n',
    );
    expect(r.tags).toEqual(['MASS', 'PREL', 'BR']);
    expect(r.persons.map((p) => p.surname)).not.toContain('Kubiske');
    expect(said(r).map((x) => x.split(' →')[0])).toEqual(['1 Juniti Saito said']);
  });
});

describe('held-out round 441: a people’s body in an apposition', () => {
  it('places `Grewe, Counselor ... of the German Embassy in Brasilia` and `Ochtrop, the German Development Bank’s (KfW) Brazil Director` in Germany', () => {
    const r = extract(
      "3. (SBU) According to Dr. Michael Grewe, Counselor for Technical and Financial Assistance of the German Embassy in Brasilia, the agency had contributed funds. Jen Ochtrop, the German Development Bank's (KfW) Brazil Director of Programs, said more. Grewe and Ochtrop expressed concerns to Embassy Science Officers.\n",
      'R 221200Z OCT 08\nFM AMEMBASSY BRASILIA\nTO SECSTATE WASHDC\n\nUNCLAS BRASILIA 001565\n\nSUBJECT: TEST\n\n',
    );
    expect(r.persons.map((p) => `${p.surname} | ${p.affiliation}`)).toEqual([
      'Grewe | Germany',
      'Ochtrop | Germany',
    ]);
  });
});

describe('held-out round 444: a surname with a prefix of its own after a noun for a person', () => {
  it('reads `Department spokesman McCormack` as a person', () => {
    const r = extract(
      '6. (SBU) The press also quoted Department spokesman McCormack on the strength of the relationship.\n',
    );
    expect(r.persons.map((p) => p.surname)).toEqual(['McCormack']);
  });
});

describe("held-out round 445: `according to` a body's name read as a name, then the person", () => {
  it('gives `According to Ankara University professor Tanel Demirel,` to Demirel', () => {
    const r = extract('3. (C) According to Ankara University professor Tanel Demirel, the TGS won.\n');
    expect(said(r).map((x) => x.split(' →')[0])).toEqual(['3 Tanel Demirel According to']);
  });
});

describe('held-out round 445: a present plural after a named pair', () => {
  it('reads `Jones and Smith assert` for each, not `the Odyssey and Cassirer claim were` or `share a love`', () => {
    const r = extract(
      '3. (C) Minister Jones and Minister Smith assert that it works. While the Odyssey and Cassirer claim were separate, the Ambassador noted it. Prince Charles and Prince Khalid share a love of painting.\n',
    );
    expect(said(r).map((x) => x.split(' →')[0])).toEqual([
      '3 Smith assert',
      '3 Jones assert',
      '3 the Ambassador noted',
    ]);
  });
});

describe('held-out round 446: two peoples and two leaders, `the Abkhaz leader`, pairs that go on speaking', () => {
  it('reads `Abkhaz and South Ossetian leaders Bagapsh and Kokoity` as two persons of two sides, in turn', () => {
    const r = extract(
      '2. (C) Abkhaz and South Ossetian leaders Bagapsh and Kokoity also addressed the session.\n',
    );
    expect(r.persons.map((p) => `${p.surname} ${p.affiliation}`)).toEqual([
      'Bagapsh Abkhazia',
      'Kokoity South Ossetia',
    ]);
  });
  it('does not make `market leaders Visa and MasterCard` persons', () => {
    const r = extract(
      '8. (C) The law hurts payment card market leaders Visa and MasterCard, whether they join or not.\n',
    );
    expect(r.persons).toEqual([]);
  });
  it('gives `the Abkhaz leader` and `the Georgian leader` to the one of that people the cable names', () => {
    const r = extract(
      '1. (C) Abkhaz leader Bagapsh arrived. President Saakashvili of Georgia stayed home.\n\n2. (C) The Abkhaz leader also confirmed his readiness to sign. The Georgian leader reportedly declared that he would strive.\n',
    );
    expect(said(r)).toEqual(['2 Bagapsh confirmed', '2 Saakashvili declared']);
  });
  it('gives a verb to both of `Communist leader Zyuganov and LDPR leader Zhirinovskiy`', () => {
    const r = extract(
      '3. (C) Communist leader Zyuganov and LDPR leader Zhirinovskiy specifically accused the U.S. of precipitating the attack.\n',
    );
    expect(said(r).sort()).toEqual(['3 Zhirinovskiy accused', '3 Zyuganov accused']);
  });
  it('gives a set-off participle to both of a pair, and one with `that` after a named opener to its subject', () => {
    const r = extract(
      '3. (C) Abkhaz leader Bagapsh and South Ossetian leader Kokoity arrived. Once again, Bagapsh and Kokoity led off discussion of the appeal, charging that western states armed Georgia. Bagapsh and Kokoity also addressed the session, saying that residents were happy. U/S Rood and Carre disagreed, with U/S Rood emphasizing that it was better. While conceding that sentiment had changed, former Ambassadors Adamishin and Lukin urged Medvedev to wait.\n',
    );
    expect(said(r).sort()).toEqual([
      '3 Adamishin conceding',
      '3 Adamishin urged → Medvedev',
      '3 Bagapsh charging',
      '3 Bagapsh saying',
      '3 Carre disagreed',
      '3 Kokoity charging',
      '3 Kokoity saying',
      '3 Lukin conceding',
      '3 Lukin urged → Medvedev',
      '3 Rood disagreed',
      '3 Rood emphasizing',
    ]);
  });
  it('reads `concern over alleged killings` as no statement of `alleged`', () => {
    const r = extract('3. (C) Vivanco expressed specific concern over alleged resisting-arrest killings.\n');
    expect(said(r)).toEqual(['3 Vivanco expressed']);
  });
});

describe('held-out round 447: speech over time, and a count of a body`s members', () => {
  it('does not read `has spoken openly in the past of` as one act, but reads `said in the past week that`', () => {
    const r = extract(
      '3. (C) Tadic, who has spoken openly in the past of his thinking, left. Smith said in the past week that he would go.\n',
    );
    expect(said(r)).toEqual(['3 Smith said']);
  });
  it('reads `the five EU states that` as a noun, and `The EU states that` as a verb', () => {
    const r = extract(
      '3. (C) They lack leverage with the five EU states that do not recognize Kosovo. The EU states that it will not.\n',
    );
    expect(said(r)).toEqual(['3 European Union states']);
  });
  it('places Foreign Minister Jeremic in Serbia in a cable from Pristina (notable-persons.tsv)', () => {
    const r = extract(
      '2. (C) Policy remains unchanged under Foreign Minister Vuk Jeremic.\n',
      'R 091302Z MAY 09\nFM AMEMBASSY PRISTINA\nTO SECSTATE WASHDC\n\nC O N F I D E N T I A L PRISTINA 000183\n\nSUBJECT: TEST\n\n',
    );
    expect(r.persons.map((p) => `${p.surname} ${p.affiliation}`)).toEqual(['Jeremic Serbia']);
  });
});

describe('held-out round 448: names of things after an article, and what is sent to someone', () => {
  it('does not make `the new Presidential Order proposed to the Defense Minister` a person who spoke', () => {
    const r = extract(
      '4. (C) Assist in drafting the new Presidential Order proposed to the Defense Minister.\n',
    );
    expect(r.persons).toEqual([]);
    expect(said(r)).toEqual([]);
  });
  it('gives a participle after `a letter to X` to no name after it, and one after `In response to X` to X', () => {
    const r = extract(
      '3. (C) The German government had written a letter to President Medvedev complaining about an investigation into a historian, Mikhail Suprun, for his research. In response to Edelman noting intense interest, Karzai said it was hard.\n',
    );
    expect(said(r)).toEqual(['3 Edelman noting', '3 Karzai said']);
  });
});

describe('held-out round 449: a body`s head named with its body, and speech in a manner', () => {
  it('does not give `Regional Affairs Chief` to a chief of staff, but gives `The RAO Chief` to `RAO Chief John Bennett`', () => {
    const r = extract(
      '2. (C) Gilberto Carvalho, Chief of the Personal Staff, met us. RAO Chief John Bennett attended.\n\n3. (C) Ambassador, PolCouns and Regional Affairs Chief raised intelligence. The RAO Chief noted that it went well.\n',
    );
    expect(said(r)).toEqual(['3 Chief raised', '3 John Bennett noted']);
  });
  it('reads `was emphatic in agreeing` and `was unequivocal in stating` as the subject`s words', () => {
    const r = extract(
      '2. (C) Gilberto Carvalho met us. Carvalho was emphatic in agreeing, and said there will be no more talk. He was unequivocal in stating that Brazil would wait.\n',
    );
    expect(said(r)).toEqual([
      '2 Gilberto Carvalho was emphatic in agreeing',
      '2 Gilberto Carvalho said',
      '2 Gilberto Carvalho stating',
    ]);
  });
});

describe('held-out round 450: participant lines, offices no title names, portfolios in a list', () => {
  const list =
    '2. (U) Participants:\n\nU.S.\n\nDeputy Secretary Steinberg\n\nControl Officer Marcos Mandojana\n\nCOLOMBIA\n\nMinister of Commerce, Industry & Tourism Luis Guillermo Plata\n\nAmbassador to the United States Carolina Barco\n\nAccion Social (GOC development agency) Director Diego Molano\n\nMFA North America Desk Adriana Maldonado (notetaker)\n\n3. (C) Investigating Judge Baltasar Garzon met them.\n';
  it('reads each line as its own person, past office words no title names', () => {
    const r = extract(list);
    expect(r.persons.map((p) => `${p.name} | ${p.affiliation} | ${p.titles.join(', ')}`)).toEqual([
      'Steinberg | United States | Deputy Secretary',
      'Marcos Mandojana | United States | ',
      'Luis Guillermo Plata | Colombia | Commerce, Industry & Tourism Minister',
      'Carolina Barco | Colombia | Ambassador',
      'Diego Molano | Colombia | Director',
      'Adriana Maldonado | Colombia | ',
      'Baltasar Garzon | null | Judge',
    ]);
  });
  it('reads `accepted that` and `solicited ideas`, and an opening participle before a main verb of no speech', () => {
    const r = extract(
      '3. (C) President Uribe met Deputy Secretary Steinberg. The President accepted that aid had decreased. The Deputy solicited ideas for peace. Echoing his statements at the UN, President Uribe linked cocaine with deforestation.\n',
    );
    expect(said(r)).toEqual([
      '3 Uribe accepted → Steinberg',
      '3 the Deputy solicited',
      '3 Uribe Echoing → Steinberg',
    ]);
  });
});

describe('held-out round 451: a family name and its feminine form, and a people`s thing as a source', () => {
  it('keeps `Medvedeva` and `Putin` apart from `Medvedev` and `Putina`', () => {
    const r = extract(
      '1. (C) Since Dmitriy Medvedev was elected, his wife, Svetlana Medvedeva, has been active, unlike Lyudmila Putina.\n\n2. (C) Few criticized Medvedeva, a taboo set by Putin as president. Medvedeva said it was fine.\n',
    );
    expect(r.persons.map((p) => p.name)).toEqual([
      'Dmitriy Medvedev',
      'Svetlana Medvedeva',
      'Lyudmila Putina',
      'Putin',
    ]);
    expect(said(r)).toEqual(['2 Svetlana Medvedeva said']);
  });
  it('reads `According to a Russian legend` as no one`s words, and `According to the Georgian government` as Georgia`s', () => {
    const r = extract(
      '3. (C) According to a Russian legend, a peasant cured a prince. According to the Georgian government, the operation was Russian.\n',
    );
    expect(said(r)).toEqual(['3 Georgia According to']);
  });
});

describe('held-out round 452: consulates` cities, German given names, a progressive after `but`', () => {
  it('reads no general in `Consulates General Duesseldorf, Frankfurt`, and `Oskar Lafontaine`, `Gregor Gysi` as persons', () => {
    const r = extract(
      "9. (C) The Left Party -- under Oskar Lafontaine's and Gregor Gysi's leadership -- won.\n\n10. (U) This cable was coordinated with Consulates General Duesseldorf, Frankfurt, and Munich.\n",
    );
    expect(r.persons.map((p) => p.name)).toEqual(['Oskar Lafontaine', 'Gregor Gysi']);
  });
  it('gives `..., but are publicly emphasizing that` to the subject of the clause before', () => {
    const r = extract(
      '3. (C) Chancellor Merkel and her CDU/CSU Union are somewhat disappointed by the results, but are publicly emphasizing that the Grand Coalition has met its demise.\n',
    );
    expect(said(r)).toEqual(['3 Merkel emphasizing']);
  });
});

describe('held-out round 453: two Castros, relative clauses after a pair, papers, negated speech', () => {
  const header =
    'R 081502Z AUG 06\nFM AMEMBASSY CARACAS\nTO SECSTATE WASHDC\n\nC O N F I D E N T I A L CARACAS 002367\n\nSUBJECT: TEST\n\n';
  it('gives `Castro` alone, written before either is named in full, to the notable bearer, and his kin his side', () => {
    const r = extract(
      '1. (C) Castro\'s illness was announced.\n\n2. (C) There is little chemistry between Chavez and Raul Castro.\n\n3. (C) Chavez will assume the mantle as (in Castro\'s words) "my successor." It was Castro who told Chavez to fight on. Fidel Castro has proven himself.\n',
      header,
    );
    expect(r.persons.map((p) => `${p.name} ${p.affiliation}`)).toEqual([
      'Raul Castro Cuba',
      'Fidel Castro Cuba',
      'Chavez Venezuela',
    ]);
    expect(said(r)).toEqual(["3 Fidel Castro in Castro's words", '3 Fidel Castro told → Chavez']);
  });
  it('gives `A and B, who assured him` to both, spoken to the subject before', () => {
    const r = extract(
      '2. (C) Vice President Jose Vicente Rangel said that he spoke with his Cuban counterpart Carlos Lage and Cuban Foreign Minister Felipe Perez Roque, who assured him that the leader was recovering.\n',
    );
    expect(said(r)).toEqual([
      '2 Jose Vicente Rangel said',
      '2 Felipe Perez Roque assured → Jose Vicente Rangel',
      '2 Carlos Lage assured → Jose Vicente Rangel',
    ]);
  });
  it('reads no person in `told El Universal` or `Castroite regime`, and nothing inside negated speech', () => {
    const r = extract(
      "3. (C) Americo Martin told El Universal that he distrusts any successor Castroite regime. President Chavez did not suggest he'd spoken personally to Castro. Vice President Biden did not commit on any of these issues but noted that labor was not satisfied.\n",
    );
    expect(r.persons.map((p) => p.name)).toEqual(['Americo Martin', 'Chavez', 'Biden', 'Castro']);
    expect(said(r)).toEqual(['3 Americo Martin told', '3 Biden noted']);
  });
});

describe('held-out round 454: campaign pledges in the present, and asides between subject and verb', () => {
  it('reads `promises to`, `pledges to` after a subject, past `, in contrast,` or `, however,`, not `pledges of`', () => {
    const r = extract(
      '3. (C) Mariano Rajoy and Jose Luis Rodriguez Zapatero differ. Rajoy promises to keep the economy on track. Zapatero, in contrast, pledges to re-focus Spain on Europe. Zapatero, however, pledges to cut defense. The King will offer Musharraf pledges of strong support.\n',
    );
    expect(said(r)).toEqual([
      '3 Mariano Rajoy promises',
      '3 Jose Luis Rodriguez Zapatero pledges',
      '3 Jose Luis Rodriguez Zapatero pledges',
    ]);
  });
});

describe('held-out round 455: travellers a country clearance is asked for', () => {
  it('places them with the United States, not the host', () => {
    const r = extract(
      '1. USAID BRIDGETOWN REQUESTS COUNTRY CLEARANCE FOR MR. MANSFIELD BLACKWOOD, SENIOR TECHNICAL SPECIALIST, USAID, AND MR. MICHAEL DONALD, REGIONAL ENVIRONMENTAL ADVISER, TO TRAVEL TO TOBAGO.\n',
      'R 081502Z DEC 06\nFM AMEMBASSY BRIDGETOWN\nTO SECSTATE WASHDC\n\nUNCLAS BRIDGETOWN 002164\n\nSUBJECT: TEST\n\n',
    );
    expect(r.persons.map((p) => `${p.name} ${p.affiliation}`)).toEqual([
      'Mansfield Blackwood United States',
      'Michael Donald United States',
    ]);
  });
});

describe('held-out round 458: a note in parentheses between two names of a plural office', () => {
  it('reads both `IRGC-QF officers Abbas Hoseyni (of the Erbil office) and Hormat Faruqi (...)` as Iran`s', () => {
    const r = extract(
      '2. (C) The original targets of the raid, IRGC-QF officers Abbas Hoseyni (of the Erbil office) and Hormat Faruqi (of the Sulaimaniyah office), escaped and fled to Iran.\n',
    );
    expect(r.persons.map((p) => `${p.name} ${p.affiliation}`)).toEqual([
      'Abbas Hoseyni Iran',
      'Hormat Faruqi Iran',
    ]);
  });
});

describe('held-out round 459: a family name that is a place`s form, and an adverb before a participle', () => {
  it('gives `San Miguel told` to Walker San Miguel, not `Sierra Leon` to Leon', () => {
    const r = extract(
      '2. (C) The DCM met Defense Minister Walker San Miguel and Bernardino Leon. Later, San Miguel told the DCM that this crisis was an opportunity. On Liberia and Sierra Leon, Leon noted little.\n',
    );
    expect(r.persons.map((p) => p.name)).toEqual(['Walker San Miguel', 'Bernardino Leon']);
    expect(said(r)).toEqual([
      '2 Walker San Miguel told → Deputy Chief of Mission',
      '2 Bernardino Leon noted',
    ]);
  });
  it('reads `, publicly declaring that` after the clause of a person named first', () => {
    const r = extract(
      '3. (C) President Evo Morales started spinning the conflict October 2, publicly declaring that the two civilians were traffickers.\n',
    );
    expect(said(r)).toEqual(['3 Evo Morales declaring']);
  });
});

describe('held-out round 460: `the Brazilian`, a capitalised particle, messages and nouns of number', () => {
  it('joins `Da Sousa Gomes` opening a sentence to `Joao Carlos da Sousa Gomes`, and `The Brazilian made clear` to him', () => {
    const r = extract(
      '2. (C) Brazilian Ambassador Joao Carlos da Sousa Gomes proposed a trade. Da Sousa Gomes said the Bolivarians were unhappy, resulting in a call from a nervous FM Ali Rodriguez demanding a retraction. The Brazilian made clear that Brasilia wanted good relations. The French responded coolly.\n',
    );
    expect(r.persons.map((p) => p.name)).toEqual(['Joao Carlos da Sousa Gomes', 'Ali Rodriguez']);
    expect(said(r)).toEqual([
      '2 Joao Carlos da Sousa Gomes proposed',
      '2 Joao Carlos da Sousa Gomes said',
      '2 Ali Rodriguez demanding',
      '2 Joao Carlos da Sousa Gomes made clear',
      '2 France responded',
    ]);
  });
  it('reads `made a number of observations` and `gave us his readout` as speech', () => {
    const r = extract(
      '3. (C) Brazilian Ambassador Joao Gomes met us. Gomes made a number of observations about the views of the GOB. Gomes gave us his readout on a recent lunch.\n',
    );
    expect(said(r)).toEqual(['3 Joao Gomes made', '3 Joao Gomes gave']);
  });
  it('keeps `influence over Morales, Brazilian and Peruvian diplomats` from placing Morales in Brazil', () => {
    const r = extract(
      "7. (C) While the opposition exaggerates Chavez' influence over President Morales, Brazilian and Peruvian diplomats based in La Paz assert that Chavez leads.\n",
      'R 081502Z DEC 07\nFM AMEMBASSY LA PAZ\nTO SECSTATE WASHDC\n\nC O N F I D E N T I A L LA PAZ 003153\n\nSUBJECT: TEST\n\n',
    );
    expect(r.persons.find((p) => p.surname === 'Morales')?.affiliation).toBe('Bolivia');
  });
});

describe('held-out round 461: words named again after a preposition, and the last of a series of participles', () => {
  it('reads `lashed back ..., characterizing ..., ordering an investigation into what X said, and cautioning that`', () => {
    const r = extract(
      '3. (C) Opposition businessman Nelson Mezerhane claimed that rumors were spread. President Chavez lashed back in a December 19 broadcast, characterizing Federal as a weak bank, ordering an investigation into what Mezerhane said, and cautioning that "the time of help is over."\n',
    );
    expect(said(r)).toEqual([
      '3 Nelson Mezerhane claimed',
      '3 Chavez lashed back',
      '3 Chavez characterizing',
      '3 Chavez cautioning',
    ]);
  });
  it('keeps `posters telling youth ..., and informing farmers` and `pressing forward on` from anyone', () => {
    const r = extract(
      '3. (C) Governor Mangal touted his campaign, which has included posters telling youth of the dangers of drugs, and informing farmers of alternatives. Prime Minister Berlusconi said that the U.S. had provoked Russia by pressing forward on Missile Defense.\n',
    );
    expect(said(r)).toEqual(['3 Mangal touted', '3 Berlusconi said']);
  });
});

describe('held-out round 462: statements made, past adjectives, by `X and others`', () => {
  it('gives `X and others have made unhelpful, preemptive statements saying` to X once, and `issued a press statement saying`', () => {
    const r = extract(
      '3. (C) President Tadic and others have made unhelpful, preemptive statements saying that the government cannot approve elections. PM Gilani issued a press statement saying the GOP extends its hand.\n',
    );
    expect(said(r)).toEqual(['3 Tadic saying', '3 Gilani saying']);
  });
});

describe('held-out round 463: a company by its short name, a stray closing mark before a comma', () => {
  it('reads `Blackwater` as `Blackwater Worldwide (BW)`, no person, and a statement after `the \'McArthur", will`', () => {
    const r = extract(
      "2. (C) U.S. security firm, Blackwater Worldwide (BW), has received permission. Blackwater's ship will arrive. On Feb. 8, ex-FSO Robert Emmett Downey, Blackwater Worldwide's Development Manager for Africa, provided the following update to Amb. Swan. BW's ship, the 'McArthur\", will have video cameras. While the French have put pirates ashore, Downey said BW had no plans to do so.\n",
    );
    expect(r.persons.map((p) => p.name)).toEqual(['Robert Emmett Downey', 'Swan']);
    expect(said(r)).toEqual(['2 Robert Emmett Downey provided → Swan', '2 Robert Emmett Downey said']);
  });
  it('reads no one spoken to in `reconstruction pledges to Musa Qala`', () => {
    const r = extract(
      '5. (C) He complained that donors failed to deliver on reconstruction pledges to Musa Qala.\n',
    );
    expect(r.persons).toEqual([]);
  });
});

describe('held-out round 466: a habit after the one told, and a notable of Afghanistan', () => {
  it('reads `told us in the past that` as a habit, and places Hekmatyar in Afghanistan from Islamabad', () => {
    const r = extract(
      '4. (S) The desk officer Smith told us in the past that they prefer silence. There is no indication that the military will go after Gulbuddin Hekmatyar.\n',
      'R 161502Z OCT 09\nFM AMEMBASSY ISLAMABAD\nTO SECSTATE WASHDC\n\nS E C R E T ISLAMABAD 002523\n\nSUBJECT: TEST\n\n',
    );
    expect(said(r)).toEqual([]);
    expect(r.persons.find((p) => p.surname === 'Hekmatyar')?.affiliation).toBe('Afghanistan');
  });
});

describe('held-out round 467: a family in the plural, a participle after unnamed speakers, a power asserted', () => {
  it('gives `The opposition ... argues ..., pointing out that X` to no one, and `The Kirchners` to neither Kirchner', () => {
    const r = extract(
      '11. (C) President Nestor Kirchner spoke. The opposition further argues that the measure is designed to allow spending, pointing out that Alberto Fernandez reassigned funds. The Kirchners have lashed out repeatedly at the press.\n',
    );
    expect(said(r)).toEqual([]);
    expect(r.persons.map((p) => p.name).sort()).toEqual(['Alberto Fernandez', 'Nestor Kirchner']);
  });
  it('reads `asserted his authority` and `proposed a bill` as acts, and `X and Y, and Governor Z` as no apposition', () => {
    const r = extract(
      '2. (C) Kirchner has gained control of the party and asserted his authority over the military. Senator Cristina Kirchner proposed a bill in 2000. Kirchner backs friendly Governors in Jujuy and Misiones, and Buenos Aires Governor Felipe Sola is in discussions with him. (Note: Sola was elected in 2003.) Stating "we have no money," Sola explained the plan.\n',
    );
    expect(said(r)).toEqual(['2 Felipe Sola Stating', '2 Felipe Sola explained']);
    expect(r.persons.map((p) => p.name)).not.toContain('Misiones');
  });
});

describe('held-out round 468: a presence office, a namesake by kin, allegations made', () => {
  it('places the unplaced with the country an RPO is named for, and tells a grandson from his grandfather', () => {
    const r = extract(
      '1. (C) Ahmadinejad, with the assistance of Seyyed Hasan Khomeini, Ayatollah Khomeini’s grandson, pressured the federation. Ahmadinejad, a conservative, went so far as to call for the inclusion of women. He has cast aspersions on his rivals by making sweeping allegations of corruption.\n',
      'R 091424Z JUN 09\nFM RPO DUBAI\nTO SECSTATE WASHDC\n\nC O N F I D E N T I A L DUBAI 000235\n\nSUBJECT: TEST\n\n',
    );
    expect(r.persons.map((p) => `${p.name}: ${p.affiliation}`).sort()).toEqual([
      'Ahmadinejad: Iran',
      'Hasan Khomeini: Iran',
      'Khomeini: Iran',
    ]);
    expect(said(r)).toEqual([
      '1 Ahmadinejad went so far as to call',
      '1 Ahmadinejad cast aspersions',
      '1 Ahmadinejad making',
    ]);
  });
});

describe('held-out round 469: titles in the plural in -men', () => {
  it('reads `PODEMOS Congressmen` as no one, and `Congressmen Tanner and Gillmor` as two congressmen', () => {
    const r = extract(
      '1. (C) Ramirez has fallen prey to allegations of graft, according to PODEMOS Congressmen (REF A). PODEMOS Congressmen have told poloff that they were blackmailed. Congressmen Tanner and Gillmor met the press. Ramirez publicly denies that he lives there.\n',
    );
    expect(r.persons.map((p) => `${p.name}: ${p.titles.join(', ')}`).sort()).toEqual([
      'Gillmor: Congressman',
      'Ramirez: ',
      'Tanner: Congressman',
    ]);
    expect(said(r)).toEqual(['1 Ramirez denies']);
  });
});

describe('held-out round 470: a newspaper named Post, the perfect progressive, a claim made, the fact that', () => {
  it('reads `The Yemen Post reported` as the paper, and `he said` after it as the one it reported on', () => {
    const r = extract(
      '1. (C) The Yemen Post reported on November 15 that the Speaker of Iran’s Shura Council, Ali Larijani, accused the US of targeting rebels. In a statement posted on the Council’s website, he said the USG was an accomplice. While Post issued a statement clarifying that no agreement was signed, the report spread.\n',
    );
    expect(said(r)).toEqual([
      '1 Yemen Post reported',
      '1 Ali Larijani accused',
      '1 Ali Larijani said',
      '1 the Embassy issued',
    ]);
  });
  it('reads `has been encouraging`, an office in apposition before `agrees`, `a claim X made`, and no speaker for `the fact that ... indicated`', () => {
    const r = extract(
      '1. (C) President Saleh has been encouraging Saudi Arabia to join the fight. Havez al-Bukari, President of Yemen Polling Center, agrees that the Houthis wanted it. Echoing a claim Yemen Ambassador al-Hajjri made recently, Foreign Minister Qirbi told PolChief the fact that the ship was empty indicated the arms had been delivered.\n',
    );
    expect(said(r)).toEqual([
      '1 Saleh encouraging → Saudi Arabia',
      '1 Havez al-Bukari agrees',
      '1 Qirbi Echoing',
      '1 al-Hajjri made',
      '1 Qirbi told → Political Chief',
    ]);
  });
});

describe('held-out round 471: a meeting chaired by Karzai, absolute `with`, closing a discussion by speech', () => {
  it('reads `under discussion with X noting`, `mooted`, `cast doubt`, `gave a report`, `agreed, undertaking to`, `ending ... by reaffirming`', () => {
    const r = extract(
      '1. (C) Other needs came under discussion with Minister Atmar noting exchanges at the rehearsal. He mooted the possibility that the UN might help. DSRSG Galbraith cast doubt on the possibility of using all centers. IEC Chairman Lodin gave a report that noted dispatch of materiel. The DSRSG agreed, undertaking to look into rentals. President Karzai cut short the discussion, ending it by reaffirming the figure.\n',
    );
    expect(said(r)).toEqual([
      '1 Atmar noting',
      '1 Atmar mooted',
      '1 Galbraith cast doubt',
      '1 Lodin gave',
      '1 Galbraith agreed',
      '1 Galbraith undertaking',
      '1 Karzai reaffirming',
    ]);
  });
});

describe('held-out round 472: a division of a body before a name', () => {
  it('reads `Deputy Head of NATO Division Gunnar Denecke` as Denecke, and `University Candido Mendes` as no one', () => {
    const r = extract(
      '1. (C) MFA Deputy Head of NATO Division Gunnar Denecke wondered whether the letter would cause suspicion. Julita Lemgruber, director at the University Candido Mendes, was cited as saying that violence would come.\n',
    );
    expect(r.persons.map((p) => p.name).sort()).toEqual(['Gunnar Denecke', 'Julita Lemgruber']);
    expect(said(r)[0]).toBe('1 Gunnar Denecke wondered');
  });
});

describe("held-out round 473: Holbrooke and Karzai, the one met in the writer's later discussions", () => {
  it('gives `In later discussions with FM X, he indicated` to X, and reads `flagged`, `gave more details`', () => {
    const r = extract(
      '1. (C) Karzai spoke. In later discussions with FM Milliband, he indicated his concern that the elections would take place without reforms. Eikenberry noted to him that we would not fund them. Holbrooke noted that the night before the Embassy team had briefed President Obama. Karzai gave more details about his concept, which he flagged as crucial. Karzai pushed for U.S. funding of the elections.\n',
    );
    expect(said(r)).toEqual([
      '1 Milliband indicated',
      '1 Eikenberry noted → Milliband',
      '1 Holbrooke noted',
      '1 Karzai gave',
      '1 Karzai flagged',
    ]);
  });
});

describe("held-out round 476: a minister by his ministry's short form", () => {
  it("reads `MOI Atmar's dismissal` as a person, and not `MFA Desk` or `MOD Political-Military`", () => {
    const r = extract(
      "1. (C) He refused to comply with MOI Atmar's dismissal of two policemen. The MFA Desk officer and MOD Political-Military staff agreed. She knew of MOD Alonso's June 8 meeting.\n",
    );
    // (held-out round 513: a capitalised word past the possessive, `MOD Alonso's June 8 meeting`.)
    expect(r.persons.map((p) => p.name)).toEqual(['Atmar', 'Alonso']);
  });
});

describe('held-out round 477: a given name of two words written alone, common Spanish given names', () => {
  it('reads `Jean Paul` as Jean-Paul Genie, `Hassan Said` as Hassan Said Khaireh, and `Arnoldo Aleman` as a person', () => {
    const r = extract(
      '1. (U) Guards killed Jean-Paul Genie in 1990, testified Raymond Genie (the father of Jean Paul). Post wrote on the Sandinista party (FSLN) and Arnoldo Aleman. President Hassan Said Khaireh arrived; Hassan Said spoke.\n',
    );
    expect(r.persons.map((p) => p.name).sort()).toEqual([
      'Arnoldo Aleman',
      'Hassan Said Khaireh',
      'Jean-Paul Genie',
      'Raymond Genie',
    ]);
  });
});

describe('held-out round 479: names listed one to an item', () => {
  it('reads each dash item that is a name alone as a person, a generation number no word of the name', () => {
    const r = extract(
      '2. (U) The names of the alleged occupants include:\n\n- James Fairing\n- Lyle Edgard Lumsden III\n- Bryam Charles\n- Kirk James Bird\n- Regional Security\n',
    );
    expect(r.persons.map((p) => p.surname).sort()).toEqual(['Bird', 'Charles', 'Fairing', 'Lumsden']);
  });
});

describe('held-out round 480: the author of statements speaks in the participle set off after them', () => {
  it('gives `statements by X this week regarding Cuba, telling the Senate` to X', () => {
    const r = extract(
      '1. (C) Sandomingo dismissed as irrelevant the media speculation surrounding contradictory public statements by Trinidad Jimenez this week regarding Cuba, telling the Spanish Senate on March 19 of plans to visit Cuba.\n',
    );
    expect(said(r)).toEqual(['1 Sandomingo dismissed', '1 Trinidad Jimenez telling → Spain']);
  });
});

describe('held-out round 481: `ForMin` as a short form of Foreign Minister', () => {
  it('reads `ForMin Dlamini-Zuma` as the Foreign Minister, not a name of two words', () => {
    const r = extract('1. (C) He argued that ForMin Dlamini-Zuma is too close to Mugabe.\n');
    expect(r.persons.find((p) => p.surname === 'Dlamini-Zuma')?.titles).toEqual(['Foreign Minister']);
  });
});

describe('held-out round 484: present tense after a list of named speakers, `according to` past an office', () => {
  it('reads `X, Y, and Z all agree that`, `according to Berlin leader X,`, `points out`, but not `X, Y, and Z provide misleading advice`', () => {
    const r = extract(
      '1. (C) Scholz points out that turnout matters. The party, according to Berlin leader Klaus Lederer, cannot expect a repeat. Scholz, caucus leader Sibyll Klotz, and FDP leader Markus Loening all agree that the PDS would make the better partner. Critics say Minister Farooq Wardak, and Minister Abdul Karim Khoram provide misleading advice.\n',
    );
    expect(said(r)).toEqual([
      '1 Scholz points out',
      '1 Klaus Lederer according to',
      '1 Markus Loening agree',
      '1 Sibyll Klotz agree',
    ]);
  });
});

describe('held-out round 489: a rank before a known given name', () => {
  it('reads `General Sebhat` as `Defense Minister Sebhat Efrem`, and `King Abdullah` apart from `Abdullah Gul`', () => {
    const r = extract(
      '1. (C) Defense Minister Sebhat Efrem convoked the colonels. General Sebhat said the row was over. King Abdullah met President Abdullah Gul.\n',
    );
    expect(r.persons.map((p) => `${p.name} ${p.titles.join('/')}`)).toEqual([
      'Sebhat Efrem Defense Minister/General',
      'Abdullah King',
      'Abdullah Gul President',
    ]);
  });
});

describe('held-out round 494: verbs of depicting, their passives, and the side of a named ally', () => {
  it('reads `X depicted Y as`, not a passive set off, joined by `or`, nor the one depicted', () => {
    const r = extract(
      '1. (S) The Soviet forces pulled back after the pact, which General Vahid Aliyev depicted as a cynical "betrayal." Ivan Mazepa, portrayed in Pushkin\'s tale as a boorish soldier, is at the center of the dispute. Talks were not perceived or portrayed as recognition, Tadic told Cooper. XXXXXXXXXXXX, depicted Secretary Clinton as Joan of Arc.\n',
    );
    expect(said(r)).toEqual(['1 Vahid Aliyev depicted', '1 Tadic told → Cooper']);
  });
  it("places `Ahmadinejad ally Habibullah Dehmordah` and `Berdimuhamedov's son-in-law, Dovlet Atabayev` with the one named", () => {
    const r = extract(
      "1. (C) President Ahmadinejad appointed Ahmadinejad ally Habibullah Dehmordah as Governor. President Berdimuhamedov spoke. There is an investigation of Berdimuhamedov's son-in-law, Dovlet Atabayev, who heads the London office.\n",
      'R 121211Z JUN 09\nFM AMEMBASSY BAKU\nTO SECSTATE WASHDC\n\nC O N F I D E N T I A L BAKU 000478\n\nSUBJECT: TEST\n\n',
    );
    expect(r.persons.map((p) => `${p.surname} ${p.affiliation}`)).toEqual([
      'Ahmadinejad Iran',
      'Dehmordah Iran',
      'Berdimuhamedov Turkmenistan',
      'Atabayev Turkmenistan',
    ]);
  });
});

describe('held-out round 495: an office given by `was named`, words spoken in a manner, a reference made', () => {
  it('gives `the CHOD` to the one `named Chief of Defense`, reads `spoke extemporaneously`, `made reference to`', () => {
    const r = extract(
      '1. (C) General Jose Julio Rodriguez Fernandez was named Chief of Defense on July 18. Sanz spoke extemporaneously following the remarks, recalling his career. President Musharraf spoke privately for another 45 minutes with Boucher.\n\n2. (C) The CHOD briefed the Ambassador on the meeting. Rodriguez also made reference to turning the page. Brown made little reference to the battles.\n',
    );
    expect(r.persons.find((p) => p.surname === 'Rodriguez')?.titles).toContain('Chief of Defense');
    expect(said(r)).toEqual([
      '1 Sanz spoke',
      '1 Sanz recalling',
      '2 Jose Julio Rodriguez Fernandez briefed → the Ambassador',
      '2 Jose Julio Rodriguez Fernandez made',
    ]);
  });
});

describe('held-out round 496: two letters exchanged, and names listed with a former office after a colon', () => {
  it('joins `PM Ergodan` to Erdogan under the notable spelling, and reads `--Ergin Saygun:  Former Deputy CHOD`', () => {
    const r = extract(
      '1. (C) PM Ergodan took a back seat by stating that the police acted alone. Among those detained were:\n\n--Ergin Saygun:  Former Deputy CHOD (2006-2008).\n\n--Cetin Dogan: Former 1st Army Commander (2002-2004).\n\n2. (C) PM Erdogan told reporters that the police were acting on orders. Erdogan left.\n',
    );
    expect(r.persons.map((p) => p.name)).toEqual(['Erdogan', 'Ergin Saygun', 'Cetin Dogan']);
    expect(said(r)).toEqual(['1 Erdogan stating', '2 Erdogan told']);
  });
});

describe('held-out round 497: shrines named after persons', () => {
  it('reads `the holy Abbas and Husayn shrines` and `Barri Imam Shrine` as places, not persons', () => {
    const r = extract(
      '1. (C) Kelanter asserted that the imams of the holy Abbas and Husayn shrines in Karbala were in the pocket of the Iranians. Threats name Senator Tariq Azim, and Barri Imam Shrine.\n',
    );
    expect(r.persons.map((p) => p.name).sort()).toEqual(['Kelanter', 'Tariq Azim']);
  });
});

describe('held-out round 498: initials of a hyphenated name, and adverbs or asides before a noun of speech', () => {
  it('reads `MGM` as Maurice Gourdault-Montagne, `provided a somewhat unpersuasive explanation`, `made another (and somewhat jumbled) reference`', () => {
    const r = extract(
      '1. (S) French NSA-equivalent Maurice Gourdault-Montagne (MGM) hosted a breakfast. MGM said that President Chirac did not espouse a delay. Turning to Iran, he provided a somewhat unpersuasive explanation of the plan.\n\n2. (S) When pressed, MGM made another (and somewhat jumbled) reference to the need for reform.\n',
    );
    expect(said(r)).toEqual([
      '1 Maurice Gourdault-Montagne said',
      '1 Maurice Gourdault-Montagne provided',
      '2 Maurice Gourdault-Montagne made',
    ]);
  });
});

describe('held-out round 499: `he` set off inside a relative clause, and Gandhi', () => {
  it("gives `who, he asserted, were` to the main clause's named subject, not the last speaker", () => {
    const r = extract(
      '1. (C) Song Qiang also noted that parts were cut.\n\n2. (C) In person, Wang Xiaodong seemed incensed at liberals who, he asserted, were really reverse racists. Additionally, President Karzai needs to address grievances, which fuel support for the Taliban, he concluded. Nationalism such as that championed by Sun Yat-sen or Gandhi is healthy.\n',
    );
    expect(said(r)).toEqual(['1 Song Qiang noted', '2 Wang Xiaodong asserted', '2 Wang Xiaodong concluded']);
    expect(r.persons.find((p) => p.surname === 'Gandhi')?.affiliation).toBe('India');
  });
});

describe('held-out round 500: `then-` and `ex-` before a title, and envoys posted abroad', () => {
  it("reads `then-Secretary of Health and Human Services Tommy Thompson` as titled, and `ex-Ambassador to Saudi Arabia X` as the host's", () => {
    const r = extract(
      '1. (S) In December 2004, then-Secretary of Health and Human Services Tommy Thompson led a delegation. Moderates are ex-Foreign Minister Mutawakkil and ex-Ambassador to Saudi Arabia Habibullah Fawzi.\n',
      'R 061915Z DEC 08\nFM AMEMBASSY KABUL\nTO SECSTATE WASHDC\n\nC O N F I D E N T I A L KABUL 001130\n\nSUBJECT: TEST\n\n',
    );
    expect(r.persons.map((p) => `${p.name} | ${p.titles.join(', ')} | ${p.affiliation}`)).toEqual([
      'Tommy Thompson | Secretary of Health and Human Services | United States',
      'Mutawakkil | Foreign Minister | Afghanistan',
      'Habibullah Fawzi | Ambassador | Afghanistan',
    ]);
  });
});

describe('held-out round 507: a Washington cable whose TAGS name no country', () => {
  it('places an untitled-side minister with the one country of the subject', () => {
    const r = extract(
      '1. (C) Deputy Foreign Minister Samuel Guimaraes has asked to meet with Deputy Secretary Steinberg. Participants: D Staff Lourdes Cue.\n',
      "R 201915Z MAR 09\nFM SECSTATE WASHDC\nTO AMEMBASSY BRASILIA\n\nC O N F I D E N T I A L STATE 034394\n\nTAGS: ECON ENRG PREL\nSUBJECT: THE DEPUTY SECRETARY'S MEETING WITH BRAZIL AMBASSADOR PATRIOTA\n\n",
    );
    expect(r.persons.map((p) => `${p.name} ${p.affiliation}`)).toEqual([
      'Samuel Guimaraes Brazil',
      'Steinberg United States',
      'Lourdes Cue null',
    ]);
  });
});

describe('names of a case or a project are no persons', () => {
  it('reads `Gary McKinnon Extradition Case` and `James Bay Power Project` as bodies', () => {
    const r = extract(
      '1. (C) Subject: Gary McKinnon Extradition Case. Targets include the James Bay Power Project, Quebec.\n',
    );
    expect(r.persons.map((p) => p.name)).toEqual([]);
  });
});

describe('held-out round 508: speech inside a thought denied', () => {
  it('reads no statement in `he did not believe that Sikorski had actually made the remarks`, but one after `did not know why`', () => {
    const r = extract(
      '1. (SBU) FM Sergey Lavrov told the press that he did not believe that FM Radoslaw Sikorski had actually made the remarks. Prince Saud said he did not know why Secretary Rice had told the Kingdom to go.\n',
    );
    expect(said(r)).toEqual(['1 Sergey Lavrov told', '1 Saud said', '1 Rice told']);
  });
});

describe('held-out round 511: a place before a titled subject', () => {
  it('reads `visit to Seville, Andalusia Region President Manuel Chaves told him` with Seville no person', () => {
    const r = extract(
      "1. (SBU) During the Ambassador's June 3 visit to Seville, Andalusia Region President Manuel Chaves told him that Zapatero seeks normal relations.\n\n2. (U) Participants:\nPhilippe Errera, MFA Counselor\nEmmanuelle Lenain, Embassy Spokesperson\nAurelien Lechevallier, Notetaker\n",
    );
    expect(r.persons.map((p) => p.name).sort()).toEqual([
      'Aurelien Lechevallier',
      'Emmanuelle Lenain',
      'Manuel Chaves',
      'Philippe Errera',
      'Zapatero',
    ]);
  });
});

describe('held-out round 514: a tag set off inside the words goes on from the last speaker', () => {
  it('gives `The onslaught, he argued,` to Massa, who spoke before, not to Cobos, whom the sentence before names', () => {
    const r = extract(
      '1. (C) Massa identified Senator Carlos Reutemann as the likely winner. He said that lying low was prudent. With Reutemann quiet, the Kirchner machine was focused on pummeling Vice President Cobos. The onslaught, he argued, would damage both of those opponents.\n',
    );
    expect(said(r)).toEqual(['1 Massa identified', '1 Massa said', '1 Massa argued']);
  });
});

describe('held-out round 516: a marked block inside a numbered paragraph', () => {
  it('reads the dashed points under `(S/REL NATO) POINTS` as paragraph 3, those before a gap in the numbers as none', () => {
    const r = extract(
      '3. (C) Posts may use the points below.\n(S/REL NATO) CONTINGENCY POINTS\n-- As President Obama said in Prague: "We must work together."\n\n4. (C) Posts may respond to queries.\n(U) PRESS INQUIRIES -- IF ASKED:\n-- Minister Kouchner told reporters that France agreed.\n\n6. (C) Posts may respond to queries.\n(U) PRESS INQUIRIES -- IF ASKED:\n-- President Obama acknowledged this when he said at Prague that plans are needed.\n',
    );
    expect(said(r)).toEqual(['3 Obama said', '6 Obama acknowledged', '6 Obama said']);
  });
});

describe('held-out round 517: a conversation between two, a body in parentheses, an audience', () => {
  it('gives `In a side conversation between Mr. Foolad and Ms. Meyers, he noted` to him, said to her', () => {
    const r = extract(
      '1. (S) In a side conversation between Mr. Foolad and Ms. Meyers, he noted that his job is to coordinate cases.\n',
    );
    expect(said(r)).toEqual(['1 Foolad noted → Meyers']);
  });
  it('reads `Chris Walker (DOE HQ)` and `Lisa Meyers (DOS/Office of ...)` as of the United States', () => {
    const r = extract(
      '1. (U) The team consisted of Chris Walker (DOE HQ) and Heidi Mahy. Lisa Meyers (DOS/Office of Counterproliferation Initiatives) also attended.\n',
    );
    expect(r.persons.map((p) => `${p.surname} ${p.affiliation}`)).toEqual([
      'Walker United States',
      'Mahy null',
      'Meyers United States',
    ]);
  });
  it('gives words `told press` to the press, not to the one met', () => {
    const r = extract(
      '1. (C) During a January 18 meeting between PM Kosor and Hungarian PM Bajnai, PM Bajnai told press that documents were sent. Bajnai downplayed press speculation that a summit is near.\n',
    );
    expect(said(r)).toEqual(['1 Bajnai told', '1 Bajnai downplayed → Kosor']);
  });
});

describe('held-out round 519: a body before an appositive title, familiar given names', () => {
  it("reads `Anatoliy Antonov, MFA Director for Disarmament` as a Director and `the PSOE's Secretary` as of Spain", () => {
    const r = extract(
      "1. (S) We met Anatoliy Antonov, MFA Director for Disarmament and Security Affairs (Ref B). Blanco and Jesus Caldera, the PSOE's Secretary for Ideas and Projects, will travel.\n",
    );
    expect(r.persons.map((p) => `${p.name}: ${p.titles.join(',')} ${p.affiliation}`)).toEqual([
      'Anatoliy Antonov: Director null',
      'Jesus Caldera: Secretary Spain',
    ]);
  });
  it('reads `Lou Ganem` and `Nate Young` as names', () => {
    const r = extract('1. (SBU) Department points of contact are Lou Ganem and Nate Young (EUR/PRA).\n');
    expect(r.persons.map((p) => p.name)).toEqual(['Lou Ganem', 'Nate Young']);
  });
});

describe('held-out round 520: the one spoken to answers, a telcon, evidence handed over', () => {
  it('gives `Clinton raised the sale with FM Lavrov, who promised` to Clinton, and `Darchiyev said` after Kelly raised it with him to Kelly', () => {
    const r = extract(
      '1. (S) In early March, Secretary Clinton raised the sale with Russian FM Sergey Lavrov, who promised that inspections were in place. On August 6, WHA PDAS Kelly raised the issue again with Russian DCM Darchiyev, seeking an update; Darchiyev said that the government continued to investigate.\n',
    );
    expect(said(r)).toEqual([
      '1 Clinton raised → Sergey Lavrov',
      '1 Sergey Lavrov promised → Clinton',
      '1 Kelly raised → Darchiyev',
      '1 Darchiyev said → Kelly',
    ]);
  });
  it('gives `In an August 3 telcon with the Secretary, President Uribe expressed` to the Secretary', () => {
    const r = extract(
      '1. (S) Secretary Clinton will travel. 2. (S) In an August 3 telcon with the Secretary, Colombian President Uribe expressed concerns.\n',
    );
    expect(said(r)).toEqual(['2 Uribe expressed → Clinton']);
  });
  it('reads `presented this evidence, including photographs, to Ambassador Kislyak and requested` as two acts to him', () => {
    const r = extract(
      '1. (S) WHA A/S Shannon presented this evidence, including photographs, to Russian Ambassador Kislyak May 28 and requested that Russia look into the matter.\n',
    );
    expect(said(r)).toEqual(['1 Shannon presented → Kislyak', '1 Shannon requested → Kislyak']);
  });
});

describe('held-out round 521: sides of a visiting delegation and of the officials met', () => {
  it('reads a body in an apposition, a deputy after `his`, a body after `from`, office codes of State bureaus', () => {
    const r = extract(
      '2. (C) Nicolas Pickard, head of the FCO Security Policy Group accompanied by his deputy Andrew Ford and Clare Bloomfield from the UK Embassy, visited PM/WRA on May 6. PM/WRA Deputy Director Steven Costner headed the U.S. representation that included David Hodson (OSD) and Lindsay Gardner (PM/WRA).\n',
    );
    expect(r.persons.map((p) => `${p.name}: ${p.affiliation}`)).toEqual([
      'Nicolas Pickard: United Kingdom',
      'Andrew Ford: United Kingdom',
      'Clare Bloomfield: United Kingdom',
      'Steven Costner: United States',
      'David Hodson: United States',
      'Lindsay Gardner: United States',
    ]);
  });
  it("keeps `A/S` a title and a desk named for the UN a ministry's, and reads no act in `in providing evidence`", () => {
    const r = extract(
      "1. (C) Participants: SCA - A/S Richard Boucher. We left nonpapers with Gilda Mattos Santos Neves, head of the United Nations Division of Brazil's Ministry of External Relations. APHSCT Townsend said the USG would cooperate with the Mubahith in providing evidence.\n",
    );
    expect(r.persons.map((p) => `${p.name}: ${p.titles.join(',')} ${p.affiliation}`)).toContain(
      'Richard Boucher: Assistant Secretary United States',
    );
    expect(r.persons.find((p) => p.surname === 'Neves')?.affiliation).not.toBe('United Nations');
    expect(said(r)).toEqual(['1 Townsend said']);
  });
});

describe('held-out round 522: a Washington cable to one country, a roster, an office code after a name', () => {
  const WASHINGTON =
    'O 061545Z DEC 07\nFM SECSTATE WASHDC\nTO RUEHMO/AMEMBASSY MOSCOW IMMEDIATE 6507\nINFO EUROPE ONLY COLLECTIVE IMMEDIATE\n\nC O N F I D E N T I A L STATE 164120\n\nTAGS PGOV, PHUM, PREL, RS\nSUBJECT: MEETING\n\n';
  it('places persons of a cable sent to Moscow alone, tagged RS alone, as an embassy cable its host', () => {
    const r = extract(
      '1. (C) The source said that Sergey Ivanov is out of the running. He said President Putin only trusts his aide Sergey Sobyanin.\n',
      WASHINGTON,
    );
    expect(r.persons.map((p) => `${p.name}: ${p.affiliation}`)).toEqual([
      'Sergey Ivanov: Russia',
      'Putin: Russia',
      'Sergey Sobyanin: Russia',
    ]);
  });
  it('places the one untitled name of a roster with offices in parentheses, and a name before its office code', () => {
    const r = extract(
      '1. (C) The U.S. representation included David Hodson (OSD), Stephen Mathias (L), Mark Melamed (EUR/RPM), and Katherine Baker (PM/WRA). Department point of contact is Chris Herrington ISN/CPI, 647-5035.\n',
    );
    expect(r.persons.map((p) => `${p.name}: ${p.affiliation}`)).toEqual([
      'David Hodson: United States',
      'Stephen Mathias: United States',
      'Mark Melamed: United States',
      'Katherine Baker: United States',
      'Chris Herrington: United States',
    ]);
  });
});

describe('held-out round 524: points under sub-headings inside a paragraph, and after the last', () => {
  it('reads Obama quoted under `FOR WARSAW` as paragraph 3, and under `(U) PRESS INQUIRIES -- IF ASKED:` after the last as 4', () => {
    const r = extract(
      '3. (S) Action Posts should draw upon the points below.\n\nFOR WARSAW\n\n-- As President Obama said in Prague: "We must work together."\n\n4. (C) Posts may use the points below.\n\n(U) PUBLIC/PRESS INQUIRIES -- IF ASKED:\n\n-- President Obama acknowledged this when he said at Prague that plans are needed.\n',
    );
    expect(said(r)).toEqual(['3 Obama said', '4 Obama acknowledged', '4 Obama said']);
  });
});

describe("held-out round 525: the one met named after a possessor's office", () => {
  it("reads `met with FM Kouchner's Counselor ..., Evan Nguyen Binh;` as a meeting with Binh, whose question goes to Norman and back", () => {
    const r = extract(
      "2. (S/NF) On September 6, Poloffs and Deputy Director of Regional Affairs for S/CT, Marc Norman, met with FM Kouchner's Counselor for Latin American and Asian affairs, Evan Nguyen Binh; DAS equivalent for South America, Michel Pinard. Eva Nguyen Binh asked whether the U.S. might consider the release of Simon Trinidad to the FARC. Poloffs and S/CT Deputy Director Marc Norman unequivocally rejected this suggestion.\n",
    );
    expect(said(r)).toEqual([
      '2 Evan Nguyen Binh asked → Marc Norman',
      '2 Marc Norman rejected → Evan Nguyen Binh',
    ]);
  });
});

describe('held-out round 527: speech to come, a subject lost to damage, weighing in with someone', () => {
  it('reads no act in `will instruct ... and only note that Berlusconi and Putin had agreed`, one in `weighed in with Putin`', () => {
    const r = extract(
      '1. (C) He said the cabinet secretary will instruct the Foreign Ministry or the Embassy without providing any background, and only note that Berlusconi and Putin had agreed on the action. Gazprom ultimately paid after Berlusconi weighed in with Putin. Friendship can be a difficult issue that requires work, Abdullah said.\n',
    );
    expect(said(r)).toEqual(['1 Berlusconi weighed in → Putin', '1 Abdullah said']);
  });
  it('gives no speaker to `it was Ferlenghi.  explained that`, a verb whose subject damage took', () => {
    const r = extract(
      "2. (C) While [XXXXXXXXXXXX, his cell phone rang -- it was Ferlenghi.  explained that ENI's main business in Russia is buying gas.\n",
    );
    expect(said(r)).toEqual([]);
  });
});

describe('held-out round 531: a company named like a person, a part of its own after the last paragraph', () => {
  it('reads `the general manager, Sable Chemicals,` as no person', () => {
    const r = extract(
      "14. Sweet Deal... Zimbabwe's sole fertilizer manufacturer, Sable Chemicals, has re-opened its plant. According to the general manager, Sable Chemicals eventually managed to strike a deal.\n",
    );
    expect(r.persons.map((p) => p.name)).toEqual([]);
  });
  it('reads no statement in a `Quote of the Week` after the last numbered paragraph', () => {
    const r = extract(
      '1. Sable Chemicals has re-opened its plant.\n\n-----------------\nQuote of the Week\n-----------------\n\n"They want us to go down on our knees and beg," President Robert Mugabe said at a funeral at Heroes Acre on October 31.\n',
    );
    expect(said(r)).toEqual([]);
  });
});

describe("held-out round 534: a party member in an international body's office", () => {
  it('reads `departing SPD EU Industry Commissioner Guenter Verheugen` as of the European Union', () => {
    const r = extract(
      '2. (SBU) Germany sends unwanted politicians to Brussels, although departing SPD EU Industry Commissioner Guenter Verheugen proved his worth.\n',
    );
    expect(r.persons.map((p) => `${p.name}: ${p.affiliation}`)).toEqual([
      'Guenter Verheugen: European Union',
    ]);
  });
});

describe('held-out round 535: `who` after a dash', () => {
  it('gives `the stand taken by Defense Minister Jung -- who had insisted` to Jung', () => {
    const r = extract(
      '2. (C) In retreating from the initial stand taken by Defense Minister Jung -- who had insisted that only insurgents had been killed in the attack -- she succeeded in deflating the indignation.\n',
    );
    expect(said(r)).toEqual(['2 Jung insisted']);
  });
});

describe('held-out round 536: the meeting a cable reports, for every paragraph', () => {
  it('gives words with no listener of their own to the other of the two who met, through the cable', () => {
    const r = extract(
      '1. (C) SUMMARY: Swedish Foreign Minister Carl Bildt agreed, in an August 31 meeting with Ambassador Eikenberry, to a course of action. End Summary.\n\n2. (C) Ambassador Eikenberry laid out five key steps. Minister Bildt noted that Karzai might use such a speech. Eikenberry said President Karzai claims the media are against him.\n',
    );
    expect(said(r)).toEqual([
      '1 Carl Bildt agreed → Eikenberry',
      '2 Eikenberry laid out → Carl Bildt',
      '2 Carl Bildt noted → Eikenberry',
      '2 Eikenberry said → Carl Bildt',
      '2 Karzai claims',
    ]);
  });
  it('infers no listener from a summary of several meetings, a meeting of others, or one announced', () => {
    const several = extract(
      '1. (C) Summary: During his meetings with Russian FM Lavrov, Miliband set aside hard issues. Miliband also met with Gorbachev. End Summary.\n\n2. (C) Miliband reaffirmed that Georgia remained on the track.\n',
    );
    expect(said(several)).toEqual(['2 Miliband reaffirmed']);
    const announced = extract(
      '1. (C) Summary. PM Berlusconi specifically requested this meeting with the President. End Summary.\n\n2. (C) In Washington he meets Speaker Hastert before going to the White House. Berlusconi said Italy would stay in Iraq.\n',
    );
    expect(said(announced).filter((x) => x.includes('→ Hastert'))).toEqual([]);
  });
});

describe("held-out round 537: a denial's clause, an office's time word after a preposition", () => {
  it('reads no act in `Seehofer denied reports that ... zu Guttenberg had demanded`, but the verbs joined after a denial', () => {
    const r = extract(
      "3. (SBU) Seehofer denied reports that before accepting the new post, zu Guttenberg had demanded the high-level position. SecDef refuted Morin's contention that the system is unwise but pledged to give France better information. Lord Falconer dismissed the idea that the BNP would benefit, noting that the Conservatives are the opposition.\n",
    );
    expect(said(r)).toEqual([
      '3 Seehofer denied',
      '3 Secretary of Defense refuted',
      '3 Secretary of Defense pledged',
      '3 Falconer dismissed',
      '3 Falconer noting',
    ]);
  });
  it('gives `In a farewell meeting with former Ambassador Timken, Glos ... confessed` to Glos, said to Timken', () => {
    const r = extract(
      '1. (C) Economics Minister Michael Glos had always been an awkward fit. In a farewell meeting with former Ambassador Timken in late November 2008, Glos appeared under great strain and confessed to tremendous frustration.\n',
    );
    expect(said(r)).toEqual(['1 Michael Glos confessed → Timken']);
  });
});

describe("held-out round 539: a place's last word, a stance in an interview, a passive agent", () => {
  it('reads no person in `in New York` or `Dera Ismail Khan`, and Franck as a given name', () => {
    const r = extract(
      '3. (C) Pescheux confirmed it. The Iranian mission in New York had passed a request, as in Tank and Dera Ismail Khan districts. This echoes what Franck Gellet and others have told us.\n',
    );
    expect(r.persons.map((p) => p.name).sort()).toEqual(['Franck Gellet', 'Pescheux']);
  });
  it('reads `was unwavering in a national television interview September 21 that` and `the idea, bruited by Pouille,`', () => {
    const r = extract(
      '1. (C) We met Ludovic Pouille. As for the idea, bruited by Pouille, that Cousseran might travel to Tehran, Pescheux said that was under discussion. President Sarkozy was unwavering in a national television interview September 21 that Iran must not be allowed to develop nuclear weapons.\n',
    );
    expect(said(r)).toEqual(['1 Ludovic Pouille bruited', '1 Pescheux said', '1 Sarkozy was unwavering']);
  });
});

describe('held-out round 540: one act told by the participle past the matter, a stance in a gerund', () => {
  it('reads `provided an update in the Rose Kabuye case, calling` as one act, and `was notably upbeat in providing her analysis`', () => {
    const r = extract(
      '1. (C) Charlotte Montel on September 30 provided an update in the Rose Kabuye case, calling recent developments an important step. Montel was notably upbeat in providing her analysis of developments in the Kabuye case.\n',
    );
    expect(said(r)).toEqual([
      '1 Charlotte Montel calling',
      '1 Charlotte Montel was notably upbeat in providing',
    ]);
  });
});

describe('held-out round 542: a French given name before a particle-led family name', () => {
  it('reads `IO DAS-Equivalent Beatrice Le Fraper du Hellen` as a person apart from her sister Dorothe', () => {
    const r = extract(
      '1. (C) IO DAS-Equivalent Beatrice Le Fraper du Hellen on April 7 regretted that the Council would be less credible. Her sister, Dorothe Le Fraper du Hellen, is a lawyer.\n',
    );
    expect(r.persons.map((p) => p.name).sort()).toEqual([
      'Beatrice Le Fraper du Hellen',
      'Dorothe Le Fraper du Hellen',
    ]);
  });
});

describe("held-out round 543: a field's adjective between two titles", () => {
  it('reads `UNDP Chief Electoral Advisor Margie Cook` as one person with a narrowed title, no `Electoral`', () => {
    const r = extract(
      '1. (C) UNDP Chief Electoral Advisor Margie Cook said fraud had been found. Chief Technical Adviser John Smith agreed.\n',
    );
    expect(r.persons.map((p) => [p.name, p.titles.join(',')])).toEqual([
      ['Margie Cook', 'Chief,Electoral Adviser'],
      ['John Smith', 'Chief,Technical Adviser'],
    ]);
  });
});

describe('held-out round 545: a spouse beside an office, a city after `of`, a mood voiced by a participle', () => {
  it('reads `Ambassador and Mrs. Randt` as two persons of one side, and `Mayor Ken Livingstone of London` as British', () => {
    const r = extract(
      '2. (C) Ambassador and Mrs. Randt hosted Beijing Mayor Wang Qishan for dinner. Wang will pass the torch to Mayor Ken Livingstone of London.\n',
    );
    expect(r.persons.map((p) => [p.name, p.titles.join(','), p.affiliation])).toEqual([
      ['Randt', 'Ambassador', 'United States'],
      ['Randt', 'Mrs.', 'United States'],
      ['Wang Qishan', 'Mayor', 'China'],
      ['Ken Livingstone', 'Mayor', 'United Kingdom'],
    ]);
  });
  it('reads `calling X in which ... "a success"`, `was sanguine ..., dismissing concerns` and `Responding to gossip`', () => {
    const r = extract(
      '1. (C) Mayor Wang Qishan told the Ambassador on August 29, calling the test in which half the cars were taken off the road "a success." The Mayor was sanguine about the market, dismissing concerns over a bubble. Responding to gossip reported by Reuters, Wang said he had not heard it.\n',
    );
    expect(said(r)).toEqual([
      '1 Wang Qishan told → the Ambassador',
      '1 Wang Qishan calling',
      '1 Wang Qishan dismissing',
      '1 Wang Qishan Responding',
      '1 Wang Qishan said',
    ]);
  });
});

describe("held-out round 546: a people's citizen, a body's clause before a participle", () => {
  it('reads `French citizen Clotilde Reiss` as a person and `Iranian national, Majid Kakavan` as Iranian', () => {
    const r = extract(
      '6. (C) Syria helped free French citizen Clotilde Reiss from prison. The Iranians raised the case of Iranian national, Majid Kakavan, to suggest a trade.\n',
      'R 271000Z AUG 09\nFM AMEMBASSY PARIS\nTO SECSTATE WASHDC\n\nC O N F I D E N T I A L PARIS 001162\n\nSUBJECT: TEST\n\n',
    );
    expect(r.persons.map((p) => [p.name, p.affiliation])).toEqual([
      ['Clotilde Reiss', 'France'],
      ['Majid Kakavan', 'Iran'],
    ]);
  });
  it('gives `when the French released their statement, thanking the Syrians,` to no one named', () => {
    const r = extract(
      '3. (C) Advisor Francois Richier told Poloff that when the French released their statement, thanking the Syrians, they did not know what the Syrians had done.\n',
    );
    expect(said(r)).toEqual(['3 Francois Richier told → Poloff']);
  });
});

describe('held-out round 547: a lone surname paired with a known one, a pronoun never the name its clause holds', () => {
  it('reads `from Putin and Luzhkov` as two persons though Putin was named before, and `diamond magnate Lev Leviev`', () => {
    const r = extract(
      "1. (C) Putin's stance was pro-Jewish. He specifically mentioned diamond magnate Lev Leviev's rumored problems.\n\n2. (C) The museum received high-level support from Putin and Luzhkov, his past efforts aside. Both Garcia and Itamaraty officials spoke.\n",
    );
    expect(r.persons.map((p) => p.name).sort()).toEqual(['Lev Leviev', 'Luzhkov', 'Putin']);
  });
  it("gives `He spoke about Kantor's work` and `He asked Karzai if` to no one, but `He said he would ask Yang` to the one before", () => {
    const r = extract(
      "1. (C) EJC President Kantor called for strong measures, according to xxxxx. He spoke about Kantor's work on Holocaust issues. President Karzai met the Ambassador. He asked Karzai if he had anyone else in mind. FM Westerwelle met the Ambassador. He said he would ask Yang again.\n",
    );
    expect(said(r)).toEqual(['1 Kantor called', '1 Westerwelle said']);
  });
});

describe('held-out round 549: a portfolio of words joined by `and`, a date after the name', () => {
  it('reads `told Coordinating Director for Development and Economic Affairs Wayne on November 15` as told to Wayne', () => {
    const r = extract(
      '1. (C) Afghan Commerce Minister Shahrani told Coordinating Director for Development and Economic Affairs Wayne on November 15 that Karzai is under pressure.\n',
    );
    expect(said(r)).toEqual(['1 Shahrani told → Wayne']);
    expect(r.persons.find((p) => p.surname === 'Wayne')?.titles).toEqual(['Coordinating Director']);
  });
});

describe('held-out round 550: an honorific of an Arabic name, a closing tag goes on, a body in the possessive', () => {
  it('reads `said Haj Hamoud` as Mohammed al-Haj Hamoud, and `presented Mottaki with a non-paper` as said to Mottaki', () => {
    const r = extract(
      '1. (C) Senior MFA Advisor Mohammed al-Haj Hamoud told DCM that the Iraqis had been ready. FM Zebari had ordered the teams to stand down, said Haj Hamoud, adding that a gesture might be enough. Abbassi said he personally presented FM Mottaki with a non-paper.\n',
    );
    expect(said(r)).toEqual([
      '1 Mohammed al-Haj Hamoud told → Deputy Chief of Mission',
      '1 Mohammed al-Haj Hamoud said',
      '1 Mohammed al-Haj Hamoud adding',
      '1 Abbassi said',
      '1 Abbassi presented → Mottaki',
    ]);
  });
  it("gives `He added` after `X offered ...; however, ..., Abbassi complained.` to Abbassi, of the Iraqi MFA's side", () => {
    const r = extract(
      "1. (C) Ambassador Taha Shukr Abbassi, the head of the Iraqi MFA's Neighboring Countries' division, met Poloff. FM Mottaki offered assurances of withdrawal; however, the continued presence of troops called into question Iran's willingness, Abbassi complained. He added that the incursion has undermined Iran's standing.\n",
    );
    expect(said(r)).toEqual([
      '1 Mottaki offered',
      '1 Taha Shukr Abbassi complained',
      '1 Taha Shukr Abbassi added',
    ]);
    expect(r.persons.find((p) => p.surname === 'Abbassi')?.affiliation).toBe('Iraq');
  });
});

describe("held-out round 551: a gerund of a clause's body, an apposition of two", () => {
  it('gives `China is "not welcome," despite expressing a willingness to join, Cheng said` no act of Cheng\'s but the tag', () => {
    const r = extract(
      '1. (C) Currently, however, China is "not welcome," despite expressing a willingness to join, Director General Cheng said.\n',
    );
    expect(said(r)).toEqual(['1 Cheng said']);
  });
  it('places both of `X and Y, officials of the Iraqi MFA,`', () => {
    const r = extract('1. (C) Frank Januzzi and Puneet Talwar, officials of the Iraqi MFA, met Poloff.\n');
    expect(r.persons.map((p) => [p.name, p.affiliation])).toEqual([
      ['Frank Januzzi', 'Iraq'],
      ['Puneet Talwar', 'Iraq'],
    ]);
  });
});

describe('held-out round 554: a speaker named by `with` past an adverb, an adjective after `made`', () => {
  it('reads `with Leutheusser-Schnarrenberger heavily criticizing` and `made repeated pleas`, not `made repeated calls`', () => {
    const r = extract(
      '1. (C) The episode tested the coalition with Justice Minister Leutheusser-Schnarrenberger heavily criticizing the abstention. Ambassador Murphy made repeated calls to senior decision makers. President Zardari also made repeated pleas for drones.\n',
    );
    expect(said(r)).toEqual(['1 Leutheusser-Schnarrenberger criticizing', '1 Zardari made']);
  });
});

describe('held-out round 555: two named after a preposition before `who`', () => {
  it('gives `the wrath of MPs Balkhi and Akbari, who raised the issue` to both', () => {
    const r = extract(
      '1. (C) MPs single out Sayed Hussein Alemi Balkhi and Ustad Mohammad Akbari. Yaseni declined, only to face the wrath of MPs Balkhi and Akbari, who raised the issue during debate.\n',
    );
    expect(said(r).sort()).toEqual(['1 Mohammad Akbari raised', '1 Sayed Hussein Alemi Balkhi raised']);
  });
});

describe('held-out round 558: a participle set off after a name, its aside closed by a dash', () => {
  it('gives `Charette, agreeing with the Ambassador on the region -- Iraq, Lebanon -- observed` both acts', () => {
    const r = extract(
      '1. (C) Former Foreign Minister Herve de Charette, agreeing with the Ambassador on the region -- Iraq, Lebanon, Egypt -- observed that U.S. policies have prospered.\n',
    );
    expect(said(r)).toEqual(['1 Herve de Charette agreeing', '1 Herve de Charette observed']);
  });
});

describe("held-out round 559: an adverb in -ly after a people's name, an owner in an apposition", () => {
  it("gives `Levitte said the French fully agreed` to France, and places `Velayati, Supreme Leader Khamenei's diplomatic advisor`", () => {
    const r = extract(
      "1. (C) Adviser Jean-David Levitte said the French fully agreed. Ahmadinejad took umbrage that Ali Akbar Velayati, Supreme Leader Khamenei's diplomatic advisor, had been received.\n",
      'R 041000Z JUN 09\nFM AMEMBASSY PARIS\nTO SECSTATE WASHDC\n\nS E C R E T PARIS 000762\n\nSUBJECT: TEST\n\n',
    );
    expect(said(r)).toEqual(['1 Jean-David Levitte said', '1 France agreed']);
    expect(r.persons.find((p) => p.surname === 'Velayati')?.affiliation).toBe('Iran');
  });
});

describe("held-out round 560: a vessel's name", () => {
  it('reads no person in `the French aircraft carrier Charles de Gaulle` or `the Spanish frigate Alvaro Basan`', () => {
    const r = extract(
      '1. (C) Araud agreed, citing the dispatch of the French aircraft carrier Charles de Gaulle to the region and the frigate Alvaro Basan.\n',
    );
    expect(r.persons.map((p) => p.name)).toEqual(['Araud']);
  });
});

describe("held-out round 561: a people's name before a full name", () => {
  it('places `the resettlement in May of Algerian Lakdar Boumediene` in Algeria, in a cable from Paris', () => {
    const r = extract(
      '1. (C) France will look at the files following the resettlement in May of Algerian Lakdar Boumediene. Boumediene said he was pleased.\n',
      'R 061000Z JUL 09\nFM AMEMBASSY PARIS\nTO SECSTATE WASHDC\n\nC O N F I D E N T I A L PARIS 000933\n\nSUBJECT: TEST\n\n',
    );
    expect(r.persons.map((p) => [p.name, p.affiliation])).toEqual([['Lakdar Boumediene', 'Algeria']]);
  });
});

describe('held-out round 564: lists of attendees, a notable of the past', () => {
  it('places each of `US attendees were: ..., CAPT Mike Gilday (CJCS Executive Officer), ...` and `The French attendees were:`', () => {
    const r = extract(
      '1. (C) US attendees were: CJCS ADM Mullen, Ambassador Rivkin (US Ambassador to France), CAPT Mike Gilday (CJCS Executive Officer), and COL T. Bruce Sweeney (US Defense Attache to France). The French attendees were: GEN Georgelin, Vice Admiral Rogel (French Deputy Chief), and Mr. Magnien. Presidents since De Gaulle kept their distance.\n',
    );
    expect(r.persons.map((p) => [p.name, p.affiliation])).toEqual([
      ['Mullen', 'United States'],
      ['Rivkin', 'United States'],
      ['Mike Gilday', 'United States'],
      ['T. Bruce Sweeney', 'United States'],
      ['Georgelin', 'France'],
      ['Rogel', 'France'],
      ['Magnien', 'France'],
      ['De Gaulle', 'France'],
    ]);
  });
});

describe('held-out round 565: a body before the parenthesis a name fills', () => {
  it('places `NSC (AF Senior Director Gavin)` with the National Security Council, in a cable from Paris', () => {
    const r = extract(
      '1. (C) Joubert hoped to meet with officials at the NSC (AF Senior Director Gavin) and at the MFA.\n',
      'R 061000Z APR 09\nFM AMEMBASSY PARIS\nTO SECSTATE WASHDC\n\nC O N F I D E N T I A L PARIS 000504\n\nSUBJECT: TEST\n\n',
    );
    expect(r.persons.find((p) => p.surname === 'Gavin')?.affiliation).toBe('United States');
  });
});

describe('held-out round 567: a confession withdrawn', () => {
  it('reads `Beghal later retracted his confession and told the chief judge`', () => {
    const r = extract(
      '1. (C) Djamel Beghal told authorities in Dubai that he headed a cell; however, Beghal later retracted his confession and told the chief judge that he had given it under torture.\n',
    );
    expect(said(r)).toEqual(['1 Djamel Beghal told', '1 Djamel Beghal retracted', '1 Djamel Beghal told']);
  });
});

describe('held-out round 568: an acting office in short form', () => {
  it('reads `A/PolMinCouns` as an office, not a person', () => {
    const r = extract(
      '1. (C) A/PolMinCouns replied that dialogue was important. DDG Ding Xiaowen said so.\n',
    );
    expect(r.persons.map((p) => p.name)).toEqual(['Ding Xiaowen']);
  });
});

describe("held-out round 571: a place's name written alone", () => {
  it("reads `Prior to departing Sangin, the Governor ... said` as the Governor's, Sangin a place as in `the Sangin District`", () => {
    const r = extract(
      '1. (C) The PRT took Helmand Governor Mangal to the Sangin District. Prior to departing Sangin, the Governor called a meeting and expressed his displeasure. Mangal said he would direct the District Governor to act.\n',
    );
    expect(r.persons.map((p) => p.name)).toEqual(['Mangal']);
  });
});

describe('held-out round 572: a particle read as a given name, and a pair met', () => {
  it('keeps `Ben Mustafa` with `Khaled Ben Mustafa`, but `President Ben Ali` apart from his wife', () => {
    const one = extract(
      '1. (C) Khaled Ben Mustafa was charged on March 11. Ben Mustafa said he was innocent.\n',
    );
    expect(one.persons.map((p) => p.name)).toEqual(['Khaled Ben Mustafa']);
    expect(one.statements.map((s) => s.speaker)).toEqual(['Khaled Ben Mustafa']);
    const two = extract(
      '1. (C) Leila Ben Ali opened the school. President Ben Ali said he was proud of her.\n',
    );
    expect(two.persons.map((p) => p.name).sort()).toEqual(['Ben Ali', 'Leila Ben Ali']);
  });
  it('reads `They confirmed` after `Poloff spoke with Judges X and Y` as each of the two', () => {
    const r = extract(
      '2. (C) Poloff spoke with Judges Bruguiere and Ricard on March 10. They confirmed that the charges would follow. Ricard added that the case was weak.\n',
    );
    expect(r.statements.map((s) => `${s.speaker} ${s.cue}`)).toEqual([
      'Bruguiere confirmed',
      'Ricard confirmed',
      'Ricard added',
    ]);
  });
  it('does not read a `they` after a pair that met someone as the pair', () => {
    const r = extract(
      '2. (C) Bruguiere and Ricard met with Khalid on March 10. They said the charges would follow.\n',
    );
    expect(r.statements).toEqual([]);
  });
});

describe('held-out round 573: a lead-in after a conjunction, a view presented', () => {
  it('reads `..., but was careful to underline that` as a second act of the same speaker', () => {
    const r = extract(
      '6. (SBU) Hollande stated that regulations were needed, but was careful to underline that he did not support protectionism.\n',
    );
    expect(r.statements.map((s) => s.cue)).toEqual(['stated', 'was careful to underline']);
  });
  it('reads `presented his take on ... to` as speech, as `presented his views`', () => {
    const r = extract(
      '1. (C) Francois Hollande on June 30 presented his take on a variety of policy issues to an informal group of ambassadors.\n',
    );
    expect(r.statements.map((s) => s.cue)).toEqual(['presented']);
  });
  it('knows a former French prime minister cited by his surname alone', () => {
    const r = extract('7. (C) Every example he gave came under Jospin.\n');
    expect(r.persons.map((p) => [p.name, p.affiliation])).toEqual([['Jospin', 'France']]);
  });
});

describe('held-out round 574: an aside in parentheses, `him` inside words told, a son by his given name', () => {
  it('reads verbs after an aside in parentheses as the subject outside it', () => {
    const r = extract(
      '4. (C) Mitterand chronicled his appetite in a 2005 book (that Sarkozy described as "courageous") but subsequently publicly denied and condemned "sexual tourism."\n',
    );
    expect(r.statements.map((s) => `${s.speaker} ${s.cue}`)).toEqual([
      'Mitterand chronicled',
      'Sarkozy described',
      'Mitterand denied',
      'Mitterand condemned',
    ]);
  });
  it('reads `him` inside words told to someone as the teller', () => {
    const r = extract(
      '5. (C) Sarkozy confidant Alain Minc told Ambassador Rivkin in September that he was a close friend of Aubry, and that Martine Aubry told him she ran in order to clip the wings of her rival.\n',
    );
    expect(r.statements.map((s) => `${s.speaker} ${s.cue} ${s.addressee}`)).toEqual([
      'Alain Minc told Rivkin',
      'Martine Aubry told Alain Minc',
    ]);
  });
  it('keeps `him` the one told where the teller tells of his own act', () => {
    const r = extract(
      '5. (C) The Ambassador noted he had raised the issue with PP leader Mariano Rajoy and had told him how important it is.\n',
    );
    expect(r.statements.at(-1)?.addressee).toBe('Mariano Rajoy');
  });
  it('reads a son named by his given name alone as the one named in full', () => {
    const r = extract(
      '4. (C) President Nicolas Sarkozy named his son, Jean, to the post. Critics said his son Jean was too young.\n9. (C) Jean Sarkozy will likely be elected.\n',
    );
    expect(r.persons.map((p) => p.name).sort()).toEqual(['Jean Sarkozy', 'Nicolas Sarkozy']);
  });
});

describe('held-out round 575: two subjects with a time between, adverbs joined, a body named with a glossary word', () => {
  it('reads `Joyandet and later Kouchner publicly and privately encouraged Tandja` as each of the two', () => {
    const r = extract(
      '4. (C) Gompertz added that after Tandja succeeded in his referendum, State Secretary Joyandet and later Foreign Minister Kouchner publicly and privately encouraged Tandja to postpone his election.\n',
    );
    expect(r.statements.map((s) => `${s.speaker} ${s.cue} ${s.addressee}`)).toEqual([
      'Gompertz added null',
      'Kouchner encouraged Tandja',
      'Joyandet encouraged Tandja',
    ]);
  });
  it('reads `the International Contact Group` as no staff role, and `, persuaded the EU to` as an act', () => {
    const r = extract(
      '5. (C) Kouchner pushed for the establishment of the International Contact Group, persuaded the EU to take a firm stand, and convinced President Wade to act.\n',
    );
    expect(r.statements.map((s) => `${s.speaker} ${s.cue}`)).toEqual([
      'Kouchner persuaded',
      'Kouchner convinced',
    ]);
  });
  it('gives the office before a note in lower case to the name after it', () => {
    const r = extract(
      "11. (C) The article asserted corruption by Equatorial Guinean Minister (and the President's son), Teodoro Nguema Obiang, a frequent visitor. Clement Leclerc will replace Romain Serman.\n",
    );
    expect(r.persons.map((p) => [p.name, p.titles.join(), p.affiliation])).toEqual([
      ['Teodoro Nguema Obiang', 'Minister', 'Equatorial Guinea'],
      ['Clement Leclerc', '', null],
      ['Romain Serman', '', null],
    ]);
  });
});

describe('held-out round 576: a name cut at a page break, a body before its official, an office before people', () => {
  const header =
    'R 161509Z APR 09\nFM AMEMBASSY PARIS\nTO SECSTATE WASHDC\n\nU N C L A S S I F I E D SECTION 01 OF 03 PARIS 000559\n\nSUBJECT: TEST\n\n';
  it('joins `Jean-` and `Francois Cope` across a page header', () => {
    const r = extract(
      '11. (SBU) Comment: The opposition handed President Sarkozy a defeat with this episode. Majority leader Jean-\n\nPARIS 00000559 003 OF 003\n\n\nFrancois Cope and State Secretary Roger Karoutchi both received tongue-lashings.\n',
      header,
    );
    expect(r.persons.map((p) => p.name)).toContain('Jean-Francois Cope');
  });
  it("reads `a notion rejected by the Culture Ministry's Henrard` as Henrard's act", () => {
    const r = extract(
      "3. (SBU) Olivier Henrard is a legal advisor.\n\n4. (SBU) Herve Mariton said the government had tried to pass the bill below the radar (a notion rejected by the Culture Ministry's Henrard, who says the press turns to the same MPs.)\n",
      header,
    );
    expect(said(r)).toEqual(['4 Herve Mariton said', '4 Olivier Henrard rejected', '4 Olivier Henrard says']);
  });
  it('does not give `Socialist MEP candidates ... stressing` to the MEP named before', () => {
    const r = extract(
      '8. (SBU) The package is being shepherded through the EP by Socialist group MEP Catherine Trautmann. Socialist MEP candidates for the June EP elections are also trying to make political hay by stressing the contempt of the government.\n',
      header,
    );
    expect(r.statements).toEqual([]);
  });
});

describe('held-out round 577: a passive with its agent inside an aside', () => {
  it("reads `(estimated at 4.7 million by Social Affairs Minister Borloo)` as Borloo's estimate", () => {
    const r = extract(
      '11. (C) The unrest reminded the public of the large underclass (estimated at 4.7 million by Social Affairs Minister Borloo).\n',
    );
    expect(r.statements.map((s) => `${s.speaker} ${s.cue}`)).toEqual(['Borloo estimated']);
  });
  it('keeps `(alleged but not proven)` no act, with no agent', () => {
    const r = extract('3. (C) Minister Borloo said Zelaya had broken the law (alleged but not proven).\n');
    expect(r.statements.map((s) => s.cue)).toEqual(['said']);
  });
});

describe('held-out round 578: a meeting that opens the first paragraph, lead-ins of effort, a biography cited', () => {
  const header =
    'R 211500Z FEB 06\nFM AMEMBASSY PARIS\nTO SECSTATE WASHDC\n\nC O N F I D E N T I A L PARIS 001031\n\nSUBJECT: TEST\n\nClassified By: Ambassador Craig Stapleton for reasons 1.4 (b) and (d)\n\n';
  it("reads `In a February 8 meeting with Ambassador, ... Royal` as the cable's meeting: her words are to him", () => {
    const r = extract(
      '1. (C) Summary: In a February 8 meeting with Ambassador, Socialist Party hopeful Segolene Royal left no doubt as to her determination. Royal went to considerable lengths to express her openness towards the U.S. End summary.\n\n2. (C) In her discussion with Ambassador Stapleton on February 8, Royal said she was determined.\n\n3. (C) Royal did make an effort to convey openness. The Ambassador said he would be pleased to help.\n\nStapleton\n',
      header,
    );
    expect(said(r)).toEqual([
      '1 Segolene Royal went to considerable lengths to express → Stapleton',
      '2 Segolene Royal said → Stapleton',
      '3 Segolene Royal make an effort to convey → Stapleton',
      '3 Stapleton said → Segolene Royal',
    ]);
  });
  it('reads no act of the person in `According to a recent biography of Royal`, `alleged lack of`, `made brief trips`', () => {
    const r = extract(
      '2. (C) Segolene Royal was candid. According to a recent biography of Royal, she wanted to run in 2002. She judged that her junior standing and alleged lack of qualifications did not matter. Royal has only made brief trips to the U.S.\n',
    );
    expect(r.statements).toEqual([]);
  });
  it('reads `she often quotes Mitterrand in saying that` as a habit', () => {
    const r = extract(
      '3. (C) In her public remarks, where Segolene Royal often quotes former president Mitterrand in saying that "you have to give time to time," she is patient.\n',
    );
    expect(r.statements).toEqual([]);
  });
});

describe('held-out round 579: object pronouns, a family raised, a verb joined to a withheld name', () => {
  it('gives no act to the one `him` or `her` names (`The elites underestimated her and discounted`)', () => {
    const r = extract(
      '1. (C) Segolene Royal won the primary. The elites regularly underestimated her and discounted her ability to go the distance.\n',
    );
    expect(r.statements).toEqual([]);
  });
  it('reads `has raised four children with Hollande` as no point raised', () => {
    const r = extract('7. (C) Segolene Royal has raised four children with Francois Hollande.\n');
    expect(r.statements).toEqual([]);
  });
  it('keeps `repeatedly` no habit (`Repeatedly, ... Royal has insisted`)', () => {
    const r = extract(
      '9. (C) Repeatedly, in her pronouncements on international issues, Segolene Royal has insisted on the legitimacy of the U.N.\n',
    );
    expect(r.statements.map((s) => s.cue)).toEqual(['insisted']);
  });
  it('gives no act to the one named in an opening clause when a withheld name is the subject', () => {
    const r = extract(
      '2. (C) COL McNevin and DAO notetaker met with the minister. McNevin reiterated the offer.\n\n3. (C) As McNevin was departing the meeting, xxxxxxxxxxxx called him back and asked, on xxxxxxxxxxxx behalf, for a list of all DOD programs.\n',
    );
    expect(r.statements.filter((s) => s.paragraph === 3)).toEqual([]);
  });
});

describe('held-out round 580: a source cited speaks to no one met, a manner of speaking', () => {
  it("gives `according to` no listener from another's meeting named in its sentence", () => {
    const r = extract(
      "1. (C) UK PM Tony Blair's May 11 meeting with French President-elect Nicolas Sarkozy focused on the EU treaty, according to UK DCM Tim Hitchens.\n",
    );
    expect(said(r)).toEqual(['1 Tim Hitchens according to']);
  });
  it('reads `spoke as an old friend` as speech', () => {
    const r = extract('12. (C) Jacques Chirac spoke as an old friend of Tony Blair.\n');
    expect(r.statements.map((s) => `${s.speaker} ${s.cue}`)).toEqual(['Jacques Chirac spoke']);
  });
});

describe('held-out round 581: a given name that is also a word, after a portfolio', () => {
  it('reads `Minister of Youth and Indigenization Saviour Kasukuwere` as a minister named', () => {
    const r = extract(
      '6. (C) Taking an opposite view to Minister of Youth and Indigenization Saviour Kasukuwere, the source said the program benefitted nobody.\n',
    );
    expect(r.persons.map((p) => [p.name, p.titles.join()])).toEqual([
      ['Saviour Kasukuwere', 'Youth and Indigenization Minister'],
    ]);
  });
});

describe('held-out round 582: Minister Plenipotentiary, a participle after a people named in a clause of cause', () => {
  it('reads the title whole and gives `citing` to the Chinese, not to the one who speaks of them', () => {
    const r = extract(
      '3. (C) South African Minister Plenipotentiary Dave Malcolmson said the resistance prevented progress as the Chinese then subsequently backed out of the discussion, citing African opposition.\n',
    );
    expect(r.persons.map((p) => [p.name, p.titles.join()])).toEqual([
      ['Dave Malcolmson', 'Minister Plenipotentiary'],
    ]);
    expect(r.statements.map((s) => `${s.speaker} ${s.cue}`)).toEqual(['Dave Malcolmson said']);
  });
});

describe('held-out round 583: a Shona given name', () => {
  it('reads `Tendai Makurumidzi` and the name joined to it as persons', () => {
    const r = extract(
      '6. (C) A buyer named Gonyeti fronts for Gono, as do two other buyers named Tendai Makurumidze and Takunda Nyaguze.\n',
    );
    expect(r.persons.map((p) => p.name)).toEqual(
      expect.arrayContaining(['Tendai Makurumidze', 'Takunda Nyaguze']),
    );
  });
});

describe('held-out round 584: a name in the closing tag, a name before its faction', () => {
  it('reads `..., said Khalaf.` as a person who speaks, and no act of a faction named after its leader', () => {
    const r = extract(
      "1. (S) Men purporting to represent the Muhammad Yunis Ahmed (MYA) faction of the Ba'ath Party told Coalition Forces that the faction wants to reconcile.\n\n2. (S) The current Iraqi Army is poorly trained, more like a militia than a professional army, said Khalaf.\n",
    );
    expect(said(r)).toEqual(['2 Khalaf said']);
  });
  it('reads no person in `an NGO ..., called Caged Prisoners.`', () => {
    const r = extract(
      '2. (C) Mr. Moazzam Begg created an NGO dedicated to this cause, called Caged Prisoners.\n',
    );
    expect(r.persons.map((p) => p.name)).toEqual(['Moazzam Begg']);
  });
});

describe('held-out round 586: someone unnamed by the office he heads', () => {
  it('reads `He said` after `head of the ... department ... told Interfax` as that unnamed man', () => {
    const r = extract(
      '1. (U) Federation Council Speaker Mironov said the FC would meet. On August 8, head of the South Ossetia information department in the Joint Control Commission (JCC) told Interfax that the Georgians shot at residential areas. He said, "All is on fire."\n',
    );
    expect(said(r)).toEqual(['1 Mironov said']);
  });
});

describe('held-out round 587: a thing pointed to as subject, speech begun', () => {
  it('gives no act to the one named before `this visit revealed`, but keeps `this year told`', () => {
    const r = extract(
      '2. (C) Olivier Masseret sought to correct the misimpression that Kouchner only had contacts among Kurds, to say that this visit revealed to many that he was well known. Kouchner earlier this year told an election rally that he would stay.\n',
    );
    expect(r.statements.map((s) => `${s.speaker} ${s.cue}`)).toEqual(['Kouchner told']);
  });
  it('reads `started informing his interlocutors` and `went to considerable length in assuring` as speech', () => {
    const r = extract(
      '8. (C) Another problem arose after Kouchner started informing his interlocutors of the office in Irbil. Segolene Royal went to considerable length in assuring the Ambassador that a socialist government would act.\n',
    );
    expect(r.statements.map((s) => s.cue)).toEqual([
      'started informing',
      'went to considerable length in assuring',
    ]);
  });
});

describe('held-out round 588: someone unnamed from a body, a diatribe launched, an interruption', () => {
  it('gives `who had asked` to the reporter from Voice of America, and reads `launched a diatribe` and `interrupted to say`', () => {
    const r = extract(
      '4. (SBU) At a press conference, Vladimir Zhirinovskiy launched a diatribe against a hapless reporter from Voice of America, who had asked Andrey Lugovoy about investigations. (Zhirinovskiy interrupted to say that Lugovoy was an excellent candidate.)\n',
    );
    expect(r.statements.map((s) => `${s.speaker} ${s.cue}`)).toEqual([
      'Vladimir Zhirinovskiy launched',
      'Vladimir Zhirinovskiy interrupted to say',
    ]);
  });
});

describe('held-out round 592: a newspaper named in its own language', () => {
  it('reads `Nezavisimaya Gazeta criticized the letter` as a paper, no person', () => {
    const r = extract(
      '5. (C) Nezavisimaya Gazeta criticized the letter, seeing it as a demonstration of panic.\n',
    );
    expect(r.persons).toEqual([]);
  });
});

describe('held-out round 595: `just` before a participle, the GOES', () => {
  it('reads `the just released Kremlin statement` as no act of the one named before', () => {
    const r = extract(
      '2. (C) FM Lavrov adopted a strikingly softer tone than in the just released Kremlin statement.\n',
    );
    expect(r.statements).toEqual([]);
  });
  it('reads `The GOES` as the Government of El Salvador, not a plural of GOE', () => {
    const r = extract('5. (C) The GOES just reaffirmed its continued interest in the programs.\n');
    expect(r.statements.map((s) => s.speaker)).toEqual(['Government of El Salvador']);
  });
});

describe('held-out round 596: a name in the possessive opens a noun phrase, Resrep', () => {
  it("reads `Senegal's vote underlined` as the vote, not the person named before", () => {
    const r = extract(
      "1. (SBU) President Wade accepted all nine points, arguing that the system was fair and that Senegal's vote underlined his record.\n",
    );
    expect(said(r)).toEqual(['1 Wade arguing']);
  });
  it("keeps the named subject before `of ... X's office`", () => {
    const r = extract(
      "1. (C) Martin Juillard and Laurent Pic of Prime Minister Fillon's office stressed that a common position would help.\n",
    );
    expect(r.statements.map((s) => s.speaker).sort()).toEqual(['Laurent Pic', 'Martin Juillard']);
  });
  it("reads `he` after `X's partner agreed` as that partner, no one named", () => {
    const r = extract(
      '1. (C) Gadzhi told us democracy would always fail. Gadzhi\'s partner agreed, shaking his head sadly. "That is a matter for generations to come," he said.\n',
    );
    expect(said(r)).toEqual(['1 Gadzhi told']);
  });
  it('reads `IMF Resrep Alex Segura` as a Resident Representative of the IMF', () => {
    const r = extract('5. (SBU) Wade tried to bribe former IMF Resrep Alex Segura.\n');
    const segura = r.persons.find((p) => p.name === 'Alex Segura');
    expect(segura?.titles).toContain('Resident Representative');
    expect(segura?.affiliation).toBe('IMF');
  });
});

describe('held-out round 597: a name with its father’s, `such`, a dated noun, `likened`', () => {
  it('reads `Ali Majid` and `General Ali` as `Lieutenant General Ali bin Majid al-Ma’amari`, not Khamenei', () => {
    const r = extract(
      "1. (S) Lieutenant General Ali bin Majid al-Ma'amari reviewed Oman's view on Iran. He said all power resided with Supreme Leader Ayatollah Ali Khamenei.\n2. (S) Ali Majid stated that Oman was aware of the tactics. General Ali agreed that sanctions were having an impact.\n",
    );
    expect(r.persons.map((p) => p.name).sort()).toEqual(['Ali Khamenei', "Ali bin Majid al-Ma'amari"]);
    expect(said(r)).toEqual([
      "1 Ali bin Majid al-Ma'amari said",
      "2 Ali bin Majid al-Ma'amari stated",
      "2 Ali bin Majid al-Ma'amari agreed",
    ]);
  });
  it('reads `such language revealed` and `the statement on August 5 responding` as no one’s', () => {
    const r = extract(
      '1. (S) He described the broadcast. Focusing on it, Ali raised concerns that such language revealed their intentions.\n2. (S) Ali expressed his pleasure with the White House press statement on August 5 responding to the comments.\n',
    );
    expect(said(r)).toEqual(['1 Ali raised', '2 Ali expressed']);
  });
  it('reads `likened` as speech, `Minister Responsible for Foreign Affairs` as a title, and Qaboos alone', () => {
    const r = extract(
      "1. (S) Ali likened their entreaties to the Iraqi opposition in exile. Minister Responsible for Foreign Affairs Yusuf bin 'Alawi was conciliatory.\n2. (S) Such views can be assumed to accord with those of Qaboos.\n",
    );
    expect(said(r)).toEqual(['1 Ali likened']);
    expect(r.persons.find((p) => p.surname === 'Alawi')?.titles).toEqual([
      'Minister Responsible for Foreign Affairs',
    ]);
    expect(r.persons.find((p) => p.surname === 'Qaboos')?.affiliation).toBe('Oman');
  });
});

describe('held-out round 598: `apart from X opining`', () => {
  it('gives a participle after `apart from` and an office the mention does not hold to the one named', () => {
    const r = extract(
      '3. (C) No other issues have yet risen, apart from New Democrat Party leader Jack Layton opining on September 7 that we can say good-bye to the era.\n',
    );
    expect(said(r)).toEqual(['3 Jack Layton opining']);
  });
});

describe('held-out round 599: aircraft makers are companies', () => {
  it('reads `Saab` and `EADS CASA Chairman Sanz` as companies, not persons', () => {
    const r = extract(
      '2. (C) Saab immediately claimed that the Gripen would be half the price. The Minister met EADS CASA Chairman Sanz.\n',
    );
    expect(r.persons.map((p) => `${p.name} ${p.affiliation}`)).toEqual(['Sanz EADS']);
    expect(r.statements.map((s) => `${s.speaker} ${s.speaker_kind}`)).toEqual(['Saab group']);
  });
});

describe('held-out round 600: an office with its portfolio sends the call, `Presidential` opens no name', () => {
  it('gives `calls from the Minister of Communications complaining` to the Minister, not the speaker before', () => {
    const r = extract(
      '3. (S) El Materi agreed. He complained that he has been getting calls from the Minister of Communications complaining about articles he has been running.\n',
    );
    expect(said(r)).toEqual([
      '3 El Materi agreed',
      '3 El Materi complained',
      '3 the Communications Minister complaining',
    ]);
  });
  it('reads `Presidential son-in-law ... El Materi` with no person `Presidential`, and `Uday Hussein` as a name', () => {
    const r = extract(
      "2. (S) Presidential son-in-law and wealthy businessman Mohamed Sakher El Materi hosted the Ambassador. It reminded him of Uday Hussein's lion cage.\n",
    );
    expect(r.persons.map((p) => p.name)).toEqual(['Mohamed Sakher El Materi', 'Uday Hussein']);
  });
});

describe('held-out round 601: the ICTY fugitives', () => {
  it('reads `Mladic and Hadzic` named alone as persons of Serbia', () => {
    const r = extract('3. (C) Serbia failed to render Mladic and Hadzic to The Hague.\n');
    expect(r.persons.map((p) => `${p.name} ${p.affiliation}`)).toEqual(['Mladic Serbia', 'Hadzic Serbia']);
  });
});

describe('held-out round 602: a people and an office in apposition, `bragged`', () => {
  it('places `Ahmed Hammadeh, a Lebanese Sheik who ...` in Lebanon, and reads `had bragged` as speech', () => {
    const r = extract(
      '1. (C) The mosque is run by Ahmed Hammadeh, a Lebanese Sheik who speaks excellent Portuguese. Hammadeh said Bin Laden had bragged about the attacks on television.\n',
    );
    expect(r.persons.find((p) => p.surname === 'Hammadeh')?.affiliation).toBe('Lebanon');
    expect(said(r)).toEqual(['1 Ahmed Hammadeh said', '1 Bin Laden bragged']);
  });
});

describe('held-out round 603: `quotes X as saying`, an opening participle of a thing, `registered objections`', () => {
  it('gives `Calling ..., the article notes that quotes X as saying` only the quoted words to X', () => {
    const r = extract(
      '1. (U) Calling the sale potentially the "biggest ever supply to Russia," the article notes that quotes Russian Navy Commander Admiral Vladimir Vysotskiy as saying in September that "a ship like that would have helped."\n',
    );
    expect(said(r)).toEqual(['1 Vladimir Vysotskiy saying']);
  });
  it('keeps an opening participle the named subject’s past a verb inside it or a noun for someone named', () => {
    const r = extract(
      '1. (C) Noting that USG officials have suggested Burmese officials contact our Embassy, Yang said Burma preferred the format.\n2. (C) Chinese DCM Huang Yazhong told the Charge that he had raised the Accord. Noting he had made little progress, the Chinese diplomat suggested that engagement was pointless.\n',
    );
    expect(said(r)).toEqual([
      '1 Yang Noting',
      '1 Yang said',
      "2 Huang Yazhong told → Charge d'Affaires",
      '2 Huang Yazhong raised',
      '2 Huang Yazhong Noting',
    ]);
  });
  it('reads `registered several specific objections` as speech', () => {
    const r = extract('1. (C) Foreign Minister Vashadze registered several specific objections.\n');
    expect(said(r)).toEqual(['1 Vashadze registered']);
  });
});

describe('held-out round 604: `ruled out`, `a series of public comments`, India’s states and police ranks', () => {
  it('reads `made a series of public comments` and `ruled out his resignation` as speech', () => {
    const r = extract(
      '1. (U) Home Minister Chidambaram stated that there was no conspiracy. On December 17, Minister Antulay made a series of public comments drawing attention to a link. Antulay later ruled out his resignation.\n',
    );
    expect(said(r)).toEqual(['1 Chidambaram stated', '1 Antulay made', '1 Antulay ruled out']);
  });
  it('reads `Maharashtra` as a place and police ranks as titles', () => {
    const r = extract(
      '1. (U) As Maharashtra ATS Chief, Hemant Karkare led the investigation. Terrorists killed his colleagues Additional Commissioner of Police Ashok Kamte and Inspector Vijay Salaskar.\n',
    );
    expect(r.persons.map((p) => `${p.name}: ${p.titles.join(', ')}`)).toEqual([
      'Hemant Karkare: ',
      'Ashok Kamte: Additional Commissioner of Police',
      'Vijay Salaskar: Inspector',
    ]);
  });
});

describe('held-out round 606: an office in lower case set off before its holder, a slip of a notable name', () => {
  it('gives `The presiding magistrate, Rose Ougo,` the office, and `the magistrate` to her', () => {
    const r = extract(
      '1. (S) The presiding magistrate, Rose Ougo, sharply criticized the police. Chief Magistrate Aggrey Muchelule complained. In her decision, the magistrate issued scathing statements accusing the police.\n',
    );
    expect(r.persons.map((p) => `${p.name}: ${p.titles.join(', ')}`)).toEqual([
      'Rose Ougo: Magistrate',
      'Aggrey Muchelule: Chief Magistrate',
    ]);
    expect(said(r)).toEqual([
      '1 Rose Ougo criticized',
      '1 Aggrey Muchelule complained',
      '1 Rose Ougo issued',
    ]);
  });
  it('reads `Mandera Central MP ... Billow Kerrow` with no person Mandera (a letter from Mandela)', () => {
    const r = extract(
      '1. (S) His sources were very nervous. (XXXXXXXXXXXX.) Mandera Central MP (and Shadow Finance Minister) Billow Kerrow publicly questioned the police.\n',
    );
    expect(r.persons.map((p) => p.name)).toEqual(['Billow Kerrow']);
  });
  it('reads `Former DPP Murgor` as a Director of Public Prosecutions', () => {
    const r = extract('1. (S) Kerrow called for help. Former DPP Murgor has made similar calls.\n');
    expect(r.persons.find((p) => p.name === 'Murgor')?.titles).toEqual(['Director of Public Prosecutions']);
  });
});

describe('held-out round 607: `SAID` as a given name in capitals', () => {
  it('reads `BRIGADIER GENERAL SAID TAHERI` as a name, not a statement, and `WATCHMAN` as no one', () => {
    const r = extract(
      '1. IN WAKE OF ASSASSINATION AUGUST 13 OF HEAD OF PRISONS BRIGADIER GENERAL SAID TAHERI (REFTEL), A BOMB KILLED WATCHMAN. MURDER OF GENERAL TAHERI WAS PLANNED.\n2. CHIEF OF NATIONAL POLICE LTG JAFFARQOLI SADRI SAID THAT TERRORISTS WERE FINISHED.\n',
    );
    expect(r.persons.map((p) => p.name)).toEqual(['Taheri', 'Jaffarqoli Sadri']);
    expect(said(r)).toEqual(['2 Jaffarqoli Sadri SAID']);
  });
});

describe('held-out round 609: `Sultan` inside a name, `, aka` set off by a comma, long Arabic names', () => {
  it('reads `Mohammed Sultan Ibrahim Sultan Al-Ali, aka Jawad/Abu Umar` as one person', () => {
    const r = extract(
      '1. (S) The Minister discussed efforts to locate terror financiers, including Mohammed Sultan Ibrahim Sultan Al-Ali, aka Jawad/Abu Umar. Garzon believes that cell leader Eddin Barakat Yarkas, aka Abu Dahdah, recruited them.\n',
    );
    expect(r.persons.map((p) => p.name)).toEqual([
      'Mohammed Sultan Ibrahim Sultan Al-Ali',
      'Eddin Barakat Yarkas',
      'Garzon',
    ]);
  });
  it('keeps `Shaykh Salman Sabah al-Salem al-Humoud Al Sabah` whole', () => {
    const r = extract(
      '1. (S) The Minister assigned Shaykh Salman Sabah al-Salem al-Humoud Al Sabah to that role.\n',
    );
    expect(r.persons.map((p) => p.surname)).toEqual(['Al Sabah']);
  });
});

describe('held-out round 609: the one met in a meeting the phrase after the verb names', () => {
  it('gives `had mentioned in his September 18th conversation with then-Secretary Rice` to Rice', () => {
    const r = extract(
      '1. (S) The Ambassador asked about the center Prime Minister Nasser Mohammed Al Sabah had mentioned in his September 18th conversation with then-Secretary Rice in Washington. Defense Minister zu Guttenberg revealed in a February 3 meeting with Ambassador Murphy that troops would stay.\n',
    );
    expect(said(r)).toEqual([
      '1 the Ambassador asked',
      '1 Nasser Mohammed Al Sabah mentioned → Rice',
      '1 zu Guttenberg revealed → Murphy',
    ]);
  });
});

describe('held-out round 610: a verb joined past an object relative clause, `Director for National Intelligence`', () => {
  it('gives `He implied ... the urgency Galvan suggested, but did admit` back to the one `He` stands for', () => {
    const r = extract(
      '1. (S/NF) In an October 19 meeting with Director for National Intelligence Dennis Blair, Secretary of Defense General Guillermo Galvan Galvan lamented the lack of legal basis. Secretary of Government Fernando Francisco Gomez Mont responded to questions. He implied that the invocation does not have the urgency Galvan suggested, but did admit that it had been discussed.\n',
    );
    expect(said(r)).toEqual([
      '1 Guillermo Galvan Galvan lamented → Dennis Blair',
      '1 Fernando Francisco Gomez Mont responded',
      '1 Fernando Francisco Gomez Mont implied',
      '1 Guillermo Galvan Galvan suggested',
      '1 Fernando Francisco Gomez Mont admit',
    ]);
    expect(r.persons.find((p) => p.surname === 'Blair')?.affiliation).toBe('United States');
  });
});

describe('held-out round 611: a title after a title’s short form in parentheses, participles joined without a comma', () => {
  it('reads `Members of Parliament (MP) Dr. Walid Al-Tabtaba’i` as one titled person, not `Dr. Walid`', () => {
    const r = extract(
      "1. (C) Statements came from Kuwaiti Members of Parliament (MP) Dr. Walid Al-Tabtaba'i and others. Political-Military (PM) Assistant Secretary Andrew Shapiro met them. Al-Tabtaba'i told reporters that the government must object.\n",
    );
    expect(r.persons.map((p) => `${p.name}: ${p.titles.join(', ')}`)).toEqual([
      "Walid Al-Tabtaba'i: Member of Parliament, Doctor",
      'Andrew Shapiro: Assistant Secretary',
    ]);
  });
  it('gives a participle joined with no comma to a named person’s participle to that person', () => {
    const r = extract(
      '1. (C) Two of the designees, Hamed Al-Ali and Mubarak Al-Bathali continue to blast the airwaves with interviews, claiming their innocence and criticizing U.S. policy.\n',
    );
    expect(said(r)).toEqual([
      '1 Hamed Al-Ali claiming',
      '1 Mubarak Al-Bathali claiming',
      '1 Hamed Al-Ali criticizing',
    ]);
  });
});

describe('held-out round 612: `they` after a pair in the same sentence', () => {
  it('gives `Both Sikorski and Tusk acknowledge ...; but they argue` to both', () => {
    const r = extract(
      '1. (C) Foreign Minister Sikorski and Prime Minister Tusk spoke. Both Sikorski and Tusk acknowledge that the GoP risks being perceived as embracing a dictator; but they argue that engaging Belarus is important.\n',
    );
    expect(said(r)).toEqual([
      '1 Tusk acknowledge',
      '1 Sikorski acknowledge',
      '1 Tusk argue',
      '1 Sikorski argue',
    ]);
  });
});

describe('held-out round 614: `committed to` after a verb of being, a clause that dates the sentence', () => {
  it('reads neither `was 19 years old and committed to fighting` nor `the year Mandela was sentenced` as Mandela’s', () => {
    const r = extract(
      '1. (SBU) In 1961, the year Nelson Mandela was arrested and jailed, Jacob Zuma was 19 years old and committed to fighting apartheid. While a member of a study group in 1962, the year Mandela was sentenced to life in prison, Zuma was recruited into the armed wing. The following year, he was recruited into the SACP, though in his words, he did "little party work." Morales also committed to improving drug prevention.\n',
    );
    expect(said(r)).toEqual(['1 Jacob Zuma in his words', '1 Morales committed']);
  });
});

describe('held-out round 615: a country opening the clause after a semicolon, `SGY`, Darfur', () => {
  it('gives `; Sweden is likely also to raise ..., and has expressed concern` to Sweden, not the speaker before', () => {
    const r = extract(
      "1. (C) Reinfeldt mentioned energy security as a primary issue; Sweden is likely also to raise democratization and human rights issues, and has expressed concern over developments in Russia's relations with Estonia. Reinfeldt will meet SGY Ban Ki-moon. Sweden plays a role in Darfur, where former Swedish Foreign Minister Jan Eliasson is the UN Special Envoy.\n",
    );
    expect(said(r)).toEqual(['1 Reinfeldt mentioned', '1 Sweden expressed']);
    expect(r.persons.map((p) => p.name).sort()).toEqual(['Ban Ki-moon', 'Jan Eliasson', 'Reinfeldt']);
  });
});

describe('held-out round 616: the one a letter named between subject and verb went to', () => {
  it('gives `Khamenei in a letter to Ahmadinejad in January outlined` to Ahmadinejad', () => {
    const r = extract(
      '1. (S) President Ahmadinejad faces the election and Supreme Leader Khamenei watches. Khamenei in a letter to Ahmadinejad in January outlined the general policies to be included in the plan. Asked about Roxanna Saberi, the source had nothing to add.\n',
    );
    expect(said(r)).toEqual(['1 Khamenei outlined → Ahmadinejad']);
    expect(r.persons.map((p) => p.name)).toContain('Roxanna Saberi');
  });
});

describe('held-out round 617: no one named in `their defense of him claims`, `according to those closest to`, `being ... and committed to`', () => {
  it('reads none of them as Zuma’s words', () => {
    const r = extract(
      '1. (SBU) Jacob Zuma developed the reputation of being humble, loyal, hard-working, and committed to improving the lives of South Africans. Their defense of him claims he has served the people well. According to those closest to Zuma, "his demeanor helped." He has reassured investors their assets will be secure.\n',
    );
    expect(said(r)).toEqual(['1 Jacob Zuma reassured']);
  });
});

describe('held-out round 618: separate meetings are no one meeting of two', () => {
  it('infers no listener from `in separate December 15 meetings with the SecGen, the Polish PermRep, and ...`', () => {
    const r = extract(
      '1. (S) Ambassador Daalder, accompanied by German Ambassador Ulrich Brandenburg, delivered reftel points in separate December 15 meetings with SecGen Rasmussen, the Polish PermRep, and a joint meeting with all three Baltic PermReps. The Ambassador stressed that this initiative was routine.\n2. (S) Ambassador Daalder acknowledged in these meetings that Germany had initiated the proposal.\n',
      'R 161500Z DEC 09\nFM USMISSION USNATO\nTO SECSTATE WASHDC\n\nS E C R E T USNATO 000588\n\nSUBJECT: TEST\n\n',
    );
    expect(said(r)).toEqual(['1 Daalder delivered', '1 Daalder stressed', '2 Daalder acknowledged']);
  });
});

describe('held-out round 619: `AA/S` and the Treasury’s Assistant Secretary are American', () => {
  it('places `Daniel Glaser, Acting Assistant Secretary of the Treasury` and `AA/S Glaser` in the United States', () => {
    const r = extract(
      '1. (S) During a visit to Brussels, Daniel Glaser, Acting Assistant Secretary of the Treasury for Terrorist Financing, assured the EU. AA/S Glaser noted that the review had not finished.\n',
      'R 061500Z MAR 09\nFM USEU BRUSSELS\nTO SECSTATE WASHDC\n\nS E C R E T BRUSSELS 000536\n\nSUBJECT: TEST\n\n',
    );
    expect(r.persons.map((p) => `${p.name} ${p.affiliation}`)).toEqual(['Daniel Glaser United States']);
  });
});

describe('held-out round 620: a series of verbs each opened by `has`, a gerund that `including` lists', () => {
  it('gives `Berlusconi has thrown his support ..., has publicly called for ..., has called on Obama` to Berlusconi', () => {
    const r = extract(
      "1. (C) His broad base of power has allowed us to make good progress, including successfully pressing for reductions on caveats.\n2. (C) Prime Minister Berlusconi has thrown his support behind Medvedev's calls for a new security architecture to supersede NATO and OSCE, has publicly called for NATO aspirations to be put on hold, and has called on President-Elect Obama to withdraw support for Missile Defense.\n",
    );
    expect(r.statements.map((x) => `${x.paragraph} ${x.speaker} ${x.cue}`)).toEqual([
      '2 Berlusconi called',
      '2 Berlusconi called',
    ]);
  });
});

describe('held-out round 621: welcoming a person described before the name, an Arabic compound given name', () => {
  it('reads `welcomed convicted Pan Am 103 bomber Abdel Basset al-Megrahi` as no speech, `Saif al-Islam` as his full name', () => {
    const r = extract(
      "1. (C) Libyan leader Muammar al-Qadhafi personally met and welcomed convicted Pan Am 103 bomber Abdel Basset al-Megrahi in the latter's home. Spenzada welcomed international collaboration with Mangal.\n2. (C) Qadhafi's son Saif al-Islam al-Qadhafi issued a statement praising his own efforts. Saif al-Islam implied that Blair had raised Megrahi.\n",
    );
    expect(said(r)).toEqual([
      '1 Spenzada welcomed',
      '2 Saif al-Islam al-Qadhafi issued',
      '2 Saif al-Islam al-Qadhafi implied',
      '2 Blair raised',
    ]);
  });
});

describe('held-out round 622: an aside opened by `unlike`, `added X to the agenda`', () => {
  it('gives `Lee, unlike his immediate predecessors, Kim Dae-jung and Roh Moo-hyun, ..., asking Hu` to Lee, and adding to an agenda to no one', () => {
    const r = extract(
      '1. (C) For example, President Lee, unlike his immediate predecessors, Kim Dae-jung and Roh Moo-hyun, added North Korean human rights to the summit agenda in August, asking Hu not to repatriate refugees.\n',
    );
    expect(said(r)).toEqual(['1 Lee asking → Hu']);
  });
});

describe('held-out round 623: a name written family name first, then cited by its given name', () => {
  it('makes `Cheng Guoping ... Guoping said` one person surnamed Guoping, the name kept as written', () => {
    const r = extract(
      '1. (C) On June 5, Chinese Ambassador Cheng Guoping hosted the Ambassador for dinner.\n\n2. (C) Guoping said the government was prepared. Guoping also said Russia would like more support.\n',
    );
    expect(r.persons.map((p) => `${p.name} | ${p.surname} | ${p.affiliation}`)).toEqual([
      'Cheng Guoping | Guoping | China',
    ]);
    expect(said(r)).toEqual(['2 Cheng Guoping said', '2 Cheng Guoping said']);
  });
  it('keeps a surname written alone once, or titled otherwise, a person of its own', () => {
    const r = extract(
      '1. (C) Vice Minister Zhang Guoqiang met the Ambassador. Later Governor Guoqiang said the plan would fail. Guoqiang added that it was costly.\n\n2. (C) Vice Minister Zhang Guoqiang met the Ambassador. Later Guoqiang said the plan would fail.\n',
    );
    expect(r.persons.map((p) => `${p.name} | ${p.surname}`).sort()).toEqual([
      'Guoqiang | Guoqiang',
      'Zhang Guoqiang | Zhang',
    ]);
  });
});

describe("held-out round 627: an office a thing is of, staff from a person's cabinet, a body after `of`", () => {
  it('does not make `the appointments of the Attorney General and Central Bank Governor` the next `he`', () => {
    const r = extract(
      '1. (C) The delegation met Prime Minister Morgan Tsvangirai. Tsvangirai was more positive in June. The challenges included the disputed appointments of the Attorney General and Central Bank Governor. He blamed the latter for the meltdown and said, "We cannot have him there."\n',
    );
    expect(said(r)).toEqual(['1 Morgan Tsvangirai blamed', '1 Morgan Tsvangirai said']);
  });
  it("places staff `from Commissioner de Gucht's Cabinet` on his side, and one `of the Council Secretariat`", () => {
    const r = extract(
      "1. (C) POLOFF met with Louis Amorim of the Council Secretariat, and then with Maud Arnould and John Clancy from EU Commissioner Karel de Gucht's Cabinet.\n",
    );
    expect(r.persons.map((p) => `${p.name} | ${p.affiliation}`)).toEqual([
      'Louis Amorim | European Union',
      'Maud Arnould | European Union',
      'John Clancy | European Union',
      'Karel de Gucht | European Union',
    ]);
  });
  it("reads `Gunilla` as a woman's name: the `he` who answers her is the other", () => {
    const r = extract(
      '1. (C) Tsvangirai said the spirit of the Unity Government is threatened. Minister Gunilla Carlsson asked if there was a risk of the Unity Government collapsing, and he said "no."\n',
    );
    expect(said(r)).toEqual(['1 Tsvangirai said', '1 Gunilla Carlsson asked', '1 Tsvangirai said']);
  });
});

describe('held-out round 628: the means of an act that `including` lists', () => {
  it('gives `trying to help President Saleh, including by providing information` to no one', () => {
    const r = extract(
      '1. (S) Soliman expressed concern over instability in Yemen and said Egypt was trying to help President Saleh, including by providing information on Iranian support to the insurgents.\n',
    );
    expect(said(r)).toEqual(['1 Soliman expressed', '1 Soliman said']);
  });
});

describe('held-out round 629: a double family name cited by its part, the minister the subject line names', () => {
  const header =
    'R 061915Z NOV 09\nFM AMEMBASSY PRETORIA\nTO SECSTATE WASHDC\n\nC O N F I D E N T I A L PRETORIA 002245\n\nSUBJECT: AMBASSADOR’S COURTESY CALL ON FOREIGN MINISTER MASHABANE\n\n';
  it('joins `Mashabane` to `Maite Nkoana-Mashabane` and surnames her by the part the cable cites', () => {
    const r = extract(
      '1. (C) Minister of International Relations and Cooperation Maite Nkoana-Mashabane was warm. Mashabane thanked the USG. Mashabane said the SAG was ready.\n',
      header,
    );
    expect(r.persons.map((p) => `${p.name} | ${p.surname} | ${p.titles.join(',')}`)).toEqual([
      'Maite Nkoana-Mashabane | Mashabane | Foreign Minister',
    ]);
  });
  it('reads `The Minister` opening a paragraph as the minister the subject names, not another minister', () => {
    const r = extract(
      '1. (C) Foreign Minister Mashabane said the Agriculture Minister, Tina Joemat-Petterson, was dynamic. She encouraged the Ambassador to visit Minister of Health Motsaeledi and Minister of National Planning Manuel, suggesting that they mattered.\n\n2. (C) The Minister thanked the USG for its support.\n',
      header,
    );
    expect(r.persons.map((p) => p.surname).sort()).toEqual([
      'Joemat-Petterson',
      'Manuel',
      'Mashabane',
      'Motsaeledi',
    ]);
    expect(said(r).at(-1)).toBe('2 Mashabane thanked → United States Government');
  });
});

describe('held-out round 630: `posed a series of questions to` someone', () => {
  it('reports the questions posed, to the one they were put to', () => {
    const r = extract(
      '1. (S) Rakic told us that he had posed a series of questions about contacts to FSB Director Aleksandr Bortnikov in June.\n',
    );
    expect(said(r)).toEqual(['1 Rakic told', '1 Rakic posed → Aleksandr Bortnikov']);
  });
});

describe('held-out round 631: the question put to someone, a possessive gerund, `then-candidate`', () => {
  it("reads no act inside `When asked what advice he offered`, nor in `the Europeans' urging`", () => {
    const r = extract(
      "1. (C) When asked what advice he offered to the United States, Netanyahu reported that he had spoken to then-candidate Obama. He said he agreed with the Europeans' urging the U.S. to postpone any talks.\n",
    );
    expect(said(r)).toEqual([
      '1 Netanyahu reported',
      '1 Netanyahu spoken → Obama',
      '1 Netanyahu said',
      '1 Netanyahu agreed',
    ]);
  });
});

describe('held-out round 632: `the President` of a US cable after several presidents are named', () => {
  it('is the US president named last before it, where no paragraph names one before it', () => {
    const header =
      'R 281500Z MAY 09\nFM AMEMBASSY TEL AVIV\nTO SECSTATE WASHDC\n\nC O N F I D E N T I A L TEL AVIV 001184\n\nSUBJECT: TEST\n\n';
    const r = extract(
      '1. (S) Netanyahu said he had told President Obama that Iran was the threat. He added that Egyptian President Mubarak agreed.\n\n2. (S) Netanyahu noted that the President had assured him that all options remain on the table.\n\n3. (C) He noted understandings between President Bush and Prime Minister Sharon.\n',
      header,
    );
    expect(said(r).filter((x) => x.startsWith('2'))).toEqual([
      '2 Netanyahu noted',
      '2 Obama assured → Netanyahu',
    ]);
  });
});

describe('held-out round 633: the two Congos, and one name before `, and` that ends a clause', () => {
  it('places `Congolese President Denis Sassou-Nguesso` in the Republic of the Congo, Kabila in the DRC', () => {
    const r = extract(
      '1. (S) Kouchner planned to ask Congolese President Denis Sassou-Nguesso to host him, and DRC President Joseph Kabila agreed.\n',
    );
    expect(
      r.persons.filter((p) => p.surname !== 'Kouchner').map((p) => `${p.surname} | ${p.affiliation}`),
    ).toEqual(['Sassou-Nguesso | Republic of the Congo', 'Kabila | Democratic Republic of the Congo']);
  });
  it('does not make the object of `would host Dadis, and the Minister requested` a second speaker', () => {
    const r = extract(
      '1. (C) Captain Moussa Dadis Camara remains in Rabat. Dadis has regained his faculties.\n\n2. (S) Kouchner asked if the Republic of the Congo would host Dadis, and Foreign Minister Fassi Fihri requested that we reinforce that message.\n',
    );
    expect(said(r).filter((x) => x.startsWith('2'))).toEqual(['2 Kouchner asked', '2 Fassi Fihri requested']);
  });
});

describe('held-out round 634: a name that opens one already named, before `, who`; Arabic given names', () => {
  it('gives `Saif al-Islam, who claimed ..., said` to Saif al-Islam al-Qadhafi', () => {
    const r = extract(
      '1. (S) Saif al-Islam al-Qadhafi told the Ambassador that Libya halted it. Saif al-Islam, who claimed that he was back, said his father did not want to move back.\n',
    );
    expect(said(r)).toEqual([
      '1 Saif al-Islam al-Qadhafi told → the Ambassador',
      '1 Saif al-Islam al-Qadhafi claimed',
      '1 Saif al-Islam al-Qadhafi said',
    ]);
  });
  it('reads `Musa Kusa` as a person, `Musa Qala` as a place', () => {
    const r = extract(
      '1. (S) We would urge a phone call from the Secretary to Musa Kusa with a message. Fighting went on in Musa Qala.\n',
    );
    expect(r.persons.map((p) => p.name)).toEqual(['Musa Kusa']);
  });
});

describe('held-out round 635: lists of each side past `al-` family names and `was led by ... and included`', () => {
  it("places each side's people by the list that names them", () => {
    const header =
      'R 221200Z JUL 09\nFM AMEMBASSY ABU DHABI\nTO SECSTATE WASHDC\n\nS E C R E T ABU DHABI 000754\n\nSUBJECT: TEST\n\n';
    const r = extract(
      "1. (SBU) The U.S. Delegation was led by Assistant Secretary Andrew Shapiro and included RADM William Payne, Ambassador, and DCM. The UAE was represented by Chief of Staff Hamad Thani al-Rumaithi, Ambassador to the U.S. Yousef al-Otaiba, and Under Secretary of the Crown Prince's Court Mohamed al-Mazrouei.\n",
      header,
    );
    expect(r.persons.map((p) => `${p.surname} | ${p.affiliation}`)).toEqual([
      'Shapiro | United States',
      'Payne | United States',
      'al-Rumaithi | United Arab Emirates',
      'al-Otaiba | United Arab Emirates',
      'al-Mazrouei | United Arab Emirates',
    ]);
  });
});

describe("addressees: `asked for` someone's help", () => {
  it('makes the one whose support is asked for the one asked', () => {
    const r = extract(
      "1. (C) Speaker Bronislaw Komorowski spoke first. Senator Susan Collins said the plan was good. Collins asked for Komorowski's support on missile defense.\n",
    );
    expect(said(r)).toEqual(['1 Susan Collins said', '1 Susan Collins asked → Bronislaw Komorowski']);
  });
});

describe('addressees: `agreed with` someone', () => {
  it('makes the one agreed with the addressee, not one whose view is agreed with', () => {
    const r = extract(
      "1. (C) Senator John McCain spoke first. President Musharraf agreed with Senator McCain that Muslim countries need to do more. He agreed with Ambassador Jones' assessment that the talks would fail.\n",
    );
    expect(said(r)).toEqual(['1 Musharraf agreed → John McCain', '1 Musharraf agreed']);
  });
});

describe('addressees: two who agree with each other', () => {
  it("makes each the other's listener, and carries it to no verb after", () => {
    const r = extract(
      '1. (C) Interior Minister Rashad al-Alimi and Deputy Prime Minister Ali al-Anisi concurred that the threat was real, and expressed concern about the south.\n',
    );
    expect(said(r)).toEqual([
      '1 Ali al-Anisi concurred → Rashad al-Alimi',
      '1 Rashad al-Alimi concurred → Ali al-Anisi',
      '1 Ali al-Anisi expressed',
      '1 Rashad al-Alimi expressed',
    ]);
  });
});

describe('held-out round 636: several notable bearers of one surname', () => {
  it('places `Kim Il-sung` and `Kim Jong-un` by their own rows, and another Kim by the post', () => {
    const header =
      'R 211200Z JUL 09\nFM AMEMBASSY SEOUL\nTO SECSTATE WASHDC\n\nC O N F I D E N T I A L SEOUL 001171\n\nSUBJECT: TEST\n\n';
    const r = extract(
      '1. (C) Kim Jong-il attended the commemoration of the death of his father, Kim Il-sung. Power passed to his son Kim Jong-un. Hyun said Kim Young-choon remained close.\n',
      header,
    );
    expect(r.persons.filter((p) => p.surname === 'Kim').map((p) => `${p.name} | ${p.affiliation}`)).toEqual([
      'Kim Jong-il | North Korea',
      'Kim Il-sung | North Korea',
      'Kim Jong-un | North Korea',
      'Kim Young-choon | South Korea',
    ]);
  });
});

describe('held-out round 637: a `she` after an office a `he` stood for', () => {
  it('gives the `she` to the woman who spoke last, not to the office', () => {
    const r = extract(
      '1. (C) Cristina Fernandez de Kirchner said IT was the fastest growing sector. The Ambassador agreed. He noted the U.S. investment in this sector.\n\n2. (C) Despite her enthusiasm, she was defensive about charges. She characterized the exit as a regional draw-down.\n',
    );
    expect(said(r)).toEqual([
      '1 Cristina Fernandez de Kirchner said',
      '1 the Ambassador agreed',
      '1 the Ambassador noted',
      '2 Cristina Fernandez de Kirchner characterized',
    ]);
  });
});

describe('held-out round 638: a `he` after someone unnamed, new to the cable, spoke', () => {
  it('gives `The DMI representative also noted ... he added` to no one named before', () => {
    const r = extract(
      '1. (C) General Ali al-Kaabi said the UAE would reply.\n\n2. (C) The DMI representative also noted that Iran exploits crises. In the case of Palestine, he added, it is time to cut to the chase.\n',
    );
    expect(said(r)).toEqual(['1 Ali al-Kaabi said']);
  });
  it('still reads `The judge praised ... He said` as the judge named before', () => {
    const r = extract(
      '1. (S) Judge Jean-Louis Bruguiere met the Ambassador. The judge praised the briefing. He said he was convinced.\n',
    );
    expect(said(r)).toEqual(['1 Jean-Louis Bruguiere said']);
  });
});

describe('held-out round 640: withheld sources, Korean papers and given names', () => {
  const header =
    'R 071000Z JUL 06\nFM AMEMBASSY SEOUL\nTO SECSTATE WASHDC\n\nC O N F I D E N T I A L SEOUL 002238\n\nSUBJECT: TEST\n\n';
  it('gives the `he` after `xxxxx believed` or `Visiting xxxxx that` to the one withheld', () => {
    const r = extract(
      '15. (SBU) Kyungnam University Prof. Lim Eul-chul also said that the launches were a way back to the table.\n\n16. (SBU) Visiting xxxxx that the best reaction would be to continue. He said that to overreact would be a mistake.\n\n17. (SBU) Lim said it was a signal. xxxxx believed that sanctions would be a mistake. The best decision, he said, would be to delay.\n',
      header,
    );
    expect(said(r)).toEqual(['15 Lim Eul-chul said', '17 Lim Eul-chul said']);
  });
  it('reads the Hankyoreh as a paper and `Sun Jun-young` as a Korean', () => {
    const r = extract(
      '1. (U) The progressive Hankyoreh opined that the timing was special. Amb. Sun Jun-young, Professor at Kyungnam University, said the launches were a last card.\n',
      header,
    );
    expect(r.persons.map((p) => `${p.name} | ${p.affiliation}`)).toEqual(['Sun Jun-young | South Korea']);
  });
});

describe("held-out round 641: a king named with his father's name, then by his given name", () => {
  it('joins `King Abdullah` to `King Abdullah bin Abd al-Aziz`', () => {
    const r = extract(
      '1. (S) Ambassador Crocker met with Saudi King Abdullah bin Abd al-Aziz and Prince Muqrin bin Abd al-Aziz.\n\n2. (S) King Abdullah confirmed this account. The King asserted that Baghdad was too dangerous.\n',
    );
    expect(r.persons.map((p) => `${p.name} | ${p.surname}`)).toEqual([
      'Crocker | Crocker',
      'Abdullah bin Abd al-Aziz | al-Aziz',
      'Muqrin bin Abd al-Aziz | al-Aziz',
    ]);
    expect(said(r)).toEqual(['2 Abdullah bin Abd al-Aziz confirmed', '2 Abdullah bin Abd al-Aziz asserted']);
  });
});

describe('held-out round 644: one in the office of another, a place in the Golan', () => {
  it("places `Fred Hof, Special Advisor ... in the office of Special Envoy Mitchell` on Mitchell's side", () => {
    const header =
      'R 121200Z JUN 09\nFM AMEMBASSY TEL AVIV\nTO SECSTATE WASHDC\n\nC O N F I D E N T I A L TEL AVIV 001324\n\nSUBJECT: TEST\n\n';
    const r = extract(
      '1. (C) On June 10, Fred Hof, Special Advisor for Regional Affairs in the office of Special Envoy Mitchell, held meetings. On Sheba’a Farms, the officials repeated their position; Sheba’a, they said, was a pretext.\n',
      header,
    );
    expect(r.persons.map((p) => `${p.name} | ${p.affiliation}`)).toEqual([
      'Fred Hof | United States',
      'Mitchell | United States',
    ]);
  });
});

describe('held-out round 645: a verb whose subject is `no one`', () => {
  it('reports no words in `no one in the CODEL disagreed` or `no one in the GOS had asked him`', () => {
    const r = extract(
      '1. (S) Representative Jane Harman told Netanyahu that no one in the CODEL disagreed with his analysis. Moratinos said that no one in the GOS had asked him to go.\n',
    );
    expect(said(r)).toEqual(['1 Jane Harman told → Netanyahu', '1 Moratinos said']);
  });
});

describe('held-out round 646: appositives after a name, and words that only look like verbs', () => {
  it('gives an office with its portfolio set off after a full name to that name, past a body named inside it', () => {
    const r = extract(
      '1. (C) Poloff met with Andrew Cranswick, the CEO of African Consolidated Resources (ACR), the British firm. Ernie Blom, President of the Diamond Merchants Association, was there. Mashabane urged him to call the Premier of Gauteng Province, Nomvula Mokonyane, a close friend.\n',
    );
    expect(r.persons.map((p) => [p.surname, p.titles]).sort()).toEqual([
      ['Blom', ['President']],
      ['Cranswick', ['Chief Executive Officer']],
      ['Mashabane', []],
      ['Mokonyane', ['Premier']],
    ]);
  });
  it('lets `who` after an aside describing a named person speak for that person', () => {
    const r = extract(
      '1. (C) Econ specialist also met with Manatsawani Mutasa, a ZANU-PF Central Committee member and Manicaland resident, who added that the Minister had profited.\n',
    );
    expect(said(r)).toEqual(['1 Manatsawani Mutasa added']);
  });
  it('reads `by noted geologist` and `Europeans implicated in` as no acts of speech, `He implicated Blom` as one', () => {
    const r = extract(
      '1. (C) Andrew Cranswick told us he was shown a report prepared by noted geologist John Ward. He implicated Ernie Blom in the trade. Ten Europeans implicated in the scandal were released.\n',
    );
    expect(said(r)).toEqual(['1 Andrew Cranswick told', '1 Andrew Cranswick implicated']);
  });
  it('takes a buyer named Gonyeti for a person and `Cote D’Ivoire` before a name for the country', () => {
    const r = extract(
      "1. (C) A well-known buyer named Gonyeti fronts for Governor Gideon Gono. Diggers came from Sierra Leone and Cote D'Ivoire Cranswick estimated there are four thousand.\n",
    );
    expect(r.persons.map((p) => p.name)).toEqual(['Gonyeti', 'Gideon Gono', 'Cranswick']);
  });
});

describe('held-out round 647: a body of another country in an office’s portfolio', () => {
  it('gives the Commander of the Basij, named in a cable from Caracas, to Iran', () => {
    const r = extract(
      '1. (S) Commander of the Basij Gen. Mohammed Hejazi visited Venezuela in 2005.\n',
      'FM AMEMBASSY CARACAS\nTO SECSTATE WASHDC\nTAGS: PREL, VE, IR\n\n',
    );
    expect(r.persons.map((p) => [p.surname, p.affiliation])).toEqual([['Hejazi', 'Iran']]);
  });
});

describe('held-out round 648: companions, joined participles and the means of an act', () => {
  it('lets the persons a `together with` or `along with` aside joins to the subject speak with it', () => {
    const r = extract(
      '1. (C) Cabinet Chief Alberto Fernandez and Planning Minister Julio De Vido confirmed the importance. Together with Foreign Minister Taiana, they shared concerns about Bolivia. Minister Ana Lopez, along with Governor Jorge Perez, said it was bad.\n',
    );
    expect(said(r)).toEqual([
      '1 Julio De Vido confirmed',
      '1 Alberto Fernandez confirmed',
      '1 Julio De Vido shared',
      '1 Alberto Fernandez shared',
      '1 Taiana shared',
      '1 Ana Lopez said',
      '1 Jorge Perez said',
    ]);
  });
  it('reads a participle joined to another after a long object, and `by rejecting` as the act of those who open the sentence', () => {
    const r = extract(
      '1. (C) President Nestor Kirchner demonstrated again his willingness. He lashed out at the IFIs, rejecting their latest gentle criticisms of GoA economic policies and blaming them again for the crisis. He and his Economic Minister, Felisa Miceli, also used the opportunity to pander to the public by rejecting categorically any Fund program. Karzai responded by highlighting frustration. Gomez added that the French have put Spain in a difficult position by demanding a choice.\n',
    );
    expect(said(r)).toEqual([
      '1 Nestor Kirchner lashed out',
      '1 Nestor Kirchner rejecting',
      '1 Nestor Kirchner blaming',
      '1 Nestor Kirchner rejecting',
      '1 Felisa Miceli rejecting',
      '1 Karzai responded',
      '1 Gomez added',
    ]);
  });
  it('reads removing a person described after a comma from office as no words', () => {
    const r = extract(
      '1. (C) Interior Minister Abdulkadir Aksu has served Erdogan by dismissing Hanefi Avci, a leading Gulenist who ran intelligence.\n',
    );
    expect(said(r)).toEqual([]);
  });
});

describe('held-out round 649: a given name that is also a royal family name, and a listener after a long object', () => {
  const header = 'FM AMEMBASSY RIYADH\nTO SECSTATE WASHDC\nTAGS: PREL, SA, FR\n\n';
  it('reads `Saud added` after `Saudi FM Saud al Faisal` as al Faisal, not as King Abdullah bin Abdulaziz Al Saud', () => {
    const r = extract(
      '1. (C) Saudi King Abdullah bin Abdulaziz Al Saud met Sarkozy. King Abdullah said it was bad. In a separate meeting between French FM Bernard Kouchner and Saudi FM Saud al Faisal, the French supported the initiative. Saud added he was skeptical.\n',
      header,
    );
    expect(said(r)).toEqual([
      '1 Abdullah bin Abdulaziz Al Saud said → Sarkozy',
      '1 Saud al Faisal added → Bernard Kouchner',
    ]);
  });
  it('finds the listener after an object of up to eight words naming a country, and places a fiance by the one whose fiance she is', () => {
    const r = extract(
      "1. (C) French President Nicholas Sarkozy reiterated his strong concern with Iran's nuclear ambitions to King Abdullah. Sarkozy's fiance Carla Bruni was expected to accompany him.\n",
      header,
    );
    expect(said(r)).toEqual(['1 Nicholas Sarkozy reiterated → Abdullah']);
    expect(r.persons.find((p) => p.surname === 'Bruni')?.affiliation).toBe('France');
  });
});

describe('held-out round 650: acts going on, passives past adverbs of degree, outlines', () => {
  it('reads `continues to insist that` as reported, `will continue to press` and `continues to allow` as not', () => {
    const r = extract(
      '1. (C) Prime Minister Ehud Olmert and FM Tzipi Livni met. Olmert and Livni said talks would be a trap. While they see downsides, they continue to insist that no talks will be possible. Livni will continue to press the Syrians. Olmert continues to allow exports.\n',
    );
    expect(said(r)).toEqual([
      '1 Tzipi Livni said',
      '1 Ehud Olmert said',
      '1 Tzipi Livni insist',
      '1 Ehud Olmert insist',
    ]);
  });
  it('finds the agent of a passive past `even more emphatically`, and an outline of one’s thinking as words', () => {
    const r = extract(
      '1. (C) Olmert has been clear that Israel cannot tolerate a nuclear Iran, a position stated even more emphatically by opposition leader Netanyahu. In an interview, FM Tzipi Livni provided an outline of her thinking.\n',
    );
    expect(said(r)).toEqual(['1 Netanyahu stated', '1 Tzipi Livni provided']);
  });
  it('reads Cpl. as a rank and Gilad and Golda as given names', () => {
    const r = extract(
      "1. (C) There was no progress on the release of Cpl. Gilad Shalit. They compare it to Golda Meir's decision.\n",
    );
    expect(r.persons.map((p) => [p.name, p.titles])).toEqual([
      ['Gilad Shalit', ['Corporal']],
      ['Golda Meir', []],
    ]);
  });
});

describe('held-out round 651: papers, quoted verbs and columnists', () => {
  it('reads the name before `newspaper` as the paper’s, a verb quoted right after its subject as its act, and `he writes`', () => {
    const r = extract(
      '1. (U) The Grand Mufti told Okaz newspaper the attack was bad. Okaz called the attack "an attack on the nation." Justice Minister Mohammed Al-Issa "thanked Allah" for keeping the Prince safe. Columnist Mshari Al-Zaydi spoke too. "Saudi Arabia is confronting a new virus," he writes. A series of articles on Al-Issa\'s "alleged" ties appeared.\n',
    );
    expect(r.persons.map((p) => p.surname)).not.toContain('Okaz');
    expect(said(r).filter((x) => !x.includes('Mufti'))).toEqual([
      '1 Mohammed Al-Issa thanked',
      '1 Columnist Mshari Al-Zaydi writes',
    ]);
  });
});

describe('held-out round 652: short forms in capitals of names in `bin`', () => {
  it('reads `(MBZ)` after `Mohammed bin Zayed al Nahyan` as his, and a titled `Foreign Minister ABZ` as the one defined', () => {
    const r = extract(
      '1. (S) Treasury Secretary Timothy Geithner joined Abu Dhabi Crown Prince Sheikh Mohammed bin Zayed al Nahyan (MBZ) and Foreign Minister Sheikh Abdullah bin Zayed al Nahyan (ABZ) for a dinner. MBZ expressed serious concern. He encouraged the U.S. to act. Foreign Minister ABZ urged the U.S. to act. MBZ assesses that Iran is stronger, and wrote off Europe.\n',
    );
    expect(r.persons.map((p) => p.name)).toEqual([
      'Timothy Geithner',
      'Mohammed bin Zayed al Nahyan',
      'Abdullah bin Zayed al Nahyan',
    ]);
    expect(said(r)).toEqual([
      '1 Mohammed bin Zayed al Nahyan expressed',
      '1 Mohammed bin Zayed al Nahyan encouraged → United States',
      '1 Abdullah bin Zayed al Nahyan urged → United States',
      '1 Mohammed bin Zayed al Nahyan assesses',
    ]);
  });
});

describe('held-out round 653: an answer in writing', () => {
  it('gives the participle after `responded with a letter` to the one who responded', () => {
    const r = extract(
      '1. (SBU) On July 9, Prime Minister Souleymane Ndene Ndiaye responded with a letter defending the land deal, essentially arguing that the GOS had done nothing wrong.\n',
    );
    expect(said(r)).toEqual([
      '1 Souleymane Ndene Ndiaye responded',
      '1 Souleymane Ndene Ndiaye defending',
      '1 Souleymane Ndene Ndiaye arguing',
    ]);
  });
});

describe('held-out round 654: a body’s officers named by a role', () => {
  const header = 'FM AMEMBASSY PRISTINA\nTO SECSTATE WASHDC\nTAGS: PGOV, KV\n\n';
  it('places an officer after a body in the possessive, or after a unit’s short form, on the body’s side', () => {
    const r = extract(
      "1. (C) EULEX's policy chief Dominique Orsini told us that it was fine. Visiting EU CIVCOM representative Kim Friedberg told the Ambassador that it was under consideration.\n",
      header,
    );
    expect(r.persons.map((p) => [p.surname, p.affiliation])).toEqual([
      ['Orsini', 'European Union'],
      ['Friedberg', 'European Union'],
    ]);
  });
});

describe('held-out round 655: a government office before a title, set off after a name', () => {
  it('places `Laurie Freeman, PM/WRA Foreign Affairs Officer` on the office’s side, not the host’s', () => {
    const r = extract(
      '1. (S) The delegation of Dennis Hadrick, PM/WRA Program Manager, and Laurie Freeman, PM/WRA Foreign Affairs Officer, visited Yemen.\n',
      'FM AMEMBASSY SANAA\nTO SECSTATE WASHDC\nTAGS: PREL, YM\n\n',
    );
    expect(r.persons.map((p) => [p.surname, p.affiliation])).toEqual([
      ['Hadrick', 'United States'],
      ['Freeman', 'United States'],
    ]);
  });
});

describe('held-out round 656: titles written with their accent', () => {
  it('reads `Petroleum Attaché` as an office, no person', () => {
    const r = extract(
      '1. (C) Italian Ambassador Luigi Maccotta told Petroleum Attaché following the meeting that SACE is not involved.\n',
    );
    expect(r.persons.map((p) => p.name)).toEqual(['Luigi Maccotta']);
  });
});

describe('held-out round 657: a body named by the words before its last word', () => {
  it('reads `Deniz Feneri` after `the German-based Deniz Feneri Charity` as the charity, no person', () => {
    const r = extract(
      '1. (C) A German court heard that the German-based Deniz Feneri Charity laundered funds. The case against Deniz Feneri convened. Prosecutor Kerstin Lotz publicly stated that the Government tried to intervene.\n',
    );
    expect(r.persons.map((p) => p.name)).toEqual(['Kerstin Lotz']);
  });
});

describe('held-out round 658: habits, guesses and air ranks', () => {
  it('reads `asks ... at least twice a week` as a habit and `most certainly briefed` as a guess, not `is probably correct in arguing`', () => {
    const r = extract(
      '1. (S) LTG Hamid Thani al Rumaithy asked the DATT what warning the US could give. He added that he asks the same question of his MISS chief at least twice a week. The COS met with and most certainly briefed the President. General John Brandenburg is probably correct in arguing that it is hard.\n',
    );
    expect(said(r)).toEqual([
      '1 Hamid Thani al Rumaithy asked → Defense Attache',
      '1 Hamid Thani al Rumaithy added',
      '1 John Brandenburg arguing',
    ]);
  });
  it('reads AVM as Air Vice Marshal', () => {
    const r = extract('1. (C) They met AVM Mohammed Swaidan al Qamzi.\n');
    expect(r.persons.map((p) => [p.surname, p.titles])).toEqual([['al Qamzi', ['Air Vice Marshal']]]);
  });
});

describe('held-out round 659: an office named by the end of its title', () => {
  it('reads `The Minister noted` after Foreign Minister Fassi Fihri as his, though a `Minister of National Defense` is named later', () => {
    const r = extract(
      '1. (S) Moroccan Foreign Minister Taieb Fassi Fihri stated that the GOM would keep him. The Minister noted as well that Libya would accept him.\n\n2. (S) A document proposed that Guinean Minister of National Defense Sekouba Konate lead a committee.\n',
    );
    expect(said(r)).toEqual(['1 Taieb Fassi Fihri stated', '1 Taieb Fassi Fihri noted']);
  });
});

describe('held-out round 660: two family names cited together, and a service secretary', () => {
  it('joins `Barth Eide` to `Espen Barth Eide`, whose given name no list knows', () => {
    const r = extract(
      '1. (C) Deputy Defense Minister Espen Barth Eide thanked the DCM. Barth Eide said that this was key.\n',
    );
    expect(r.persons.map((p) => p.name)).toEqual(['Espen Barth Eide']);
    expect(said(r)).toEqual([
      '1 Espen Barth Eide thanked → Deputy Chief of Mission',
      '1 Espen Barth Eide said',
    ]);
  });

  it('reads `Deputy Undersecretary of the Air Force Lempkin` as an American official in a list of speakers', () => {
    const r = extract(
      '1. (C) USAFE Commander General Brady, Deputy Undersecretary of the Air Force Lempkin, and Assistant Secretary of State Kimmit all expressed interest in the process.\n',
    );
    const lempkin = r.persons.find((p) => p.surname === 'Lempkin');
    expect(lempkin?.titles).toEqual(['Deputy Under Secretary of the Air Force']);
    expect(lempkin?.affiliation).toBe('United States');
    expect(said(r).sort()).toEqual(['1 Brady expressed', '1 Kimmit expressed', '1 Lempkin expressed']);
  });
});

describe('held-out round 661: a head of state no sentence places', () => {
  it('gives `General Sekouba Konate`, Guinea’s interim president, Guinea in a cable from Rabat', () => {
    const r = extract(
      '1. (C) The GOM also reached out to General Sekouba Konate on January 12 to reassure him that Morocco remained supportive of his efforts.\n',
      'R 131207Z JAN 10\nFM AMEMBASSY RABAT\nTO SECSTATE WASHDC\n\nC O N F I D E N T I A L RABAT 000022\n\nSUBJECT: TEST\n\n',
    );
    expect(r.persons.map((p) => [p.name, p.affiliation])).toEqual([['Sekouba Konate', 'Guinea']]);
  });

  it('gives `Dadis Camara`, the name Moussa Dadis Camara is known by, Guinea in a cable from Rabat', () => {
    const r = extract(
      '1. (C) XXXXXXXXXXXX said that Dadis Camara still had a bullet in his head.\n',
      'R 131207Z JAN 10\nFM AMEMBASSY RABAT\nTO SECSTATE WASHDC\n\nC O N F I D E N T I A L RABAT 000022\n\nSUBJECT: TEST\n\n',
    );
    expect(r.persons.map((p) => [p.name, p.affiliation])).toEqual([['Dadis Camara', 'Guinea']]);
  });
});

describe('held-out round 662: a listener past `in person` and a body’s short form, an airline’s officer', () => {
  it('gives `apologized in person to INAC President Martinez` Martinez for listener', () => {
    const r = extract('1. (C) Nottaro also apologized in person to INAC President Martinez on October 1.\n');
    expect(said(r)).toEqual(['1 Nottaro apologized → Martinez']);
  });

  it('reads `American Airlines Country Manager Omar Nottaro` as the airline’s, not an American official', () => {
    const r = extract('1. (C) American Airlines Country Manager Omar Nottaro said the crew was held.\n');
    expect(r.persons.map((p) => [p.name, p.affiliation])).toEqual([['Omar Nottaro', 'American Airlines']]);
  });
});

describe('held-out round 663: a family name opened by `St`, a side before a plural role, people in a country', () => {
  it('reads `UK political Officers Lynda St Cooke and Oliver Moss` as two British officers, and `St Cooke` later as her', () => {
    const r = extract(
      '1. (C) UK political Officers Lynda St Cooke and Oliver Moss told EconOff January 28 that it was routine.\n\n2. (C) St Cooke added that it was one-sided.\n',
    );
    expect(r.persons.map((p) => [p.name, p.surname, p.affiliation])).toEqual([
      ['Lynda St Cooke', 'St Cooke', 'United Kingdom'],
      ['Oliver Moss', 'Moss', 'United Kingdom'],
    ]);
    expect(said(r).sort()).toEqual([
      '1 Lynda St Cooke told → Econoff',
      '1 Oliver Moss told → Econoff',
      '2 Lynda St Cooke added',
    ]);
  });

  it('gives `British diplomats in Argentina confirmed` to no one, not Argentina', () => {
    const r = extract('1. (C) British diplomats in Argentina confirmed to EconOff that the protest came.\n');
    expect(said(r)).toEqual([]);
  });
});

describe('held-out round 664: a people’s office in lower case, time spent doing, an audience of a people', () => {
  it('reads `the French president told French attendees` as Sarkozy’s, to no one named', () => {
    const r = extract(
      '1. (C) French President Sarkozy visited Morocco. The French president told French attendees that they cannot rest.\n',
    );
    expect(said(r)).toEqual(['1 Sarkozy told']);
  });

  it('reads `spent several minutes describing` and `instead emphasizing` as the subject’s acts', () => {
    const r = extract(
      '1. (C) Ambassador Thibault spent several minutes describing the summit. He downplayed the trade deals, instead emphasizing reforms.\n',
    );
    expect(said(r)).toEqual(['1 Thibault describing', '1 Thibault downplayed', '1 Thibault emphasizing']);
  });

  it('reads `Responding to a press question` as an act, beside the verb after it', () => {
    const r = extract(
      '1. (C) Responding to a press question, Sarkozy defended his good relations with the U.S.\n',
    );
    expect(said(r)).toEqual(['1 Sarkozy Responding', '1 Sarkozy defended']);
  });
});

describe('held-out round 665: an honorific that is a named family name, names after `according to`, a statement by three', () => {
  it('reads `Sheikh acknowledged` as Safa al-Sheikh’s and `According to Maliki and al-Sheikh` as both', () => {
    const r = extract(
      '1. (C) PM Maliki spoke. Acting Advisor Dr. Safa al-Sheikh spoke.\n\n2. (C) According to Maliki and al-Sheikh, officers had seen intelligence, although Sheikh acknowledged that the proof was thin.\n',
    );
    expect(said(r).filter((x) => x.startsWith('2'))).toEqual([
      '2 Maliki According to',
      '2 Safa al-Sheikh According to',
      '2 Safa al-Sheikh acknowledged',
    ]);
  });

  it('gives `three presidents -- Talabani, Hashimi and Mahdi -- issued a statement calling for` to each', () => {
    const r = extract(
      "1. (C) On September 5, Iraq's three presidents -- Talabani, Hashimi and Mahdi -- issued a statement calling for calm.\n",
    );
    expect(said(r).sort()).toEqual(['1 Hashimi calling', '1 Mahdi calling', '1 Talabani calling']);
  });
});

describe('held-out round 666: a notable’s given name alone, a stance set against a verb', () => {
  it('joins `Evo` to `President Morales` where `Evo Morales` is never written', () => {
    const r = extract(
      '1. (C) President Morales arrived late. Evo told the group that there was no going back. Evo left early.\n',
      'R 031207Z DEC 07\nFM AMEMBASSY LA PAZ\nTO SECSTATE WASHDC\n\nC O N F I D E N T I A L LA PAZ 003153\n\nSUBJECT: TEST\n\n',
    );
    expect(r.persons.map((p) => p.surname)).toEqual(['Morales']);
    expect(said(r)).toEqual(['1 Morales told']);
  });

  it('reads `expressed displeasure ... but was vehement that` as two acts', () => {
    const r = extract(
      '1. (C) President Morales spoke. Morales expressed displeasure with the process but was vehement that a new constitution must go forward.\n',
    );
    expect(said(r)).toEqual(['1 Morales expressed', '1 Morales was vehement']);
  });
});

describe('held-out round 667: another name in quotation marks after `aka`', () => {
  it('reads `Gen. Razaq, aka "Abu Amal,"` as one person', () => {
    const r = extract(
      '1. (C) His case was being examined by Karbala intelligence chief Gen. Razaq, aka "Abu Amal," who belongs to ISCI.\n',
    );
    expect(r.persons.map((p) => p.name)).toEqual(['Razaq']);
  });
});

describe('held-out round 668: a holder named after a body’s name with `of`, a gerund joined to a recommended one', () => {
  it('reads `the head of Iran’s Chamber of Commerce Mohammad Nahavandian` as a person', () => {
    const r = extract(
      "1. (C) He also mentioned that the head of Iran's Chamber of Commerce Mohammad Nahavandian is perceived as an expert.\n",
    );
    expect(r.persons.map((p) => p.name)).toEqual(['Mohammad Nahavandian']);
  });

  it('reads `recommended keeping the tone matter-of-fact and raising issues` as one act', () => {
    const r = extract(
      '1. (C) Ambassador Adams recommended keeping the tone matter-of-fact and raising issues in question form.\n',
    );
    expect(said(r)).toEqual(['1 Adams recommended']);
  });
});

describe('held-out round 669: `Al-` before a title’s word, a view cited after `of`', () => {
  it('reads `Al-Sheikh also assessed` as Safa al-Sheikh’s and `in the view of Maliki` as Maliki’s', () => {
    const r = extract(
      '1. (C) NSC advisor Safa al-Sheikh told us that it was bad. Al-Sheikh also assessed that the Saudis would try to curb ISCI.\n\n2. (C) PM Maliki spoke. The border issue could, in the view of Maliki, become grounds for confrontation.\n',
    );
    expect(said(r)).toEqual([
      '1 Safa al-Sheikh told',
      '1 Safa al-Sheikh assessed',
      '2 Maliki in the view of',
    ]);
  });

  it('reads `Sharm El-Sheikh` as a place', () => {
    const r = extract('1. (C) Senator Kerry met President Mubarak in Sharm El-Sheikh on Tuesday.\n');
    expect(r.persons.map((p) => p.surname).sort()).toEqual(['Kerry', 'Mubarak']);
  });
});

describe('held-out round 670: a verb joined by `or` to a negated one', () => {
  it('reads no act in `have not publicly acknowledged the deterioration ... or announced any new plans`', () => {
    const r = extract(
      '1. (C) President Chavez and his ministers have not publicly acknowledged the deterioration of the hospitals or announced any new plans to revitalize them.\n',
    );
    expect(said(r)).toEqual([]);
  });

  it('reads no person in the program `"Hello, President"`', () => {
    const r = extract(
      '1. (C) During a broadcast of the "Hello, President" program, Chavez said that it was over.\n',
    );
    expect(r.persons.map((p) => p.surname)).toEqual(['Chavez']);
  });
});

describe('held-out round 671: the means of an act inside reported words', () => {
  it('gives `said that Sharif had violated a promise by publicly calling for` to Sharif', () => {
    const r = extract(
      '1. (S) Ambassador Adel al-Jubeir said that Nawaz Sharif had violated a promise by publicly calling for President Musharraf to step down.\n',
    );
    expect(said(r)).toEqual(['1 Adel al-Jubeir said', '1 Nawaz Sharif calling']);
  });
});

describe('held-out round 671: verbs of speaking misspelt by a slip', () => {
  it('reads `Accrding to al-Jubeir` and `Jubeir expresed the hope`, and not `waned`', () => {
    const r = extract(
      '1. (S) Accrding to Ambassador Adel al-Jubeir, Sharif had promised the King to avoid it. Jubeir expresed the hope that it would end. His influence waned.\n',
    );
    expect(said(r)).toEqual([
      '1 Adel al-Jubeir Accrding to',
      '1 Sharif promised → the King',
      '1 Adel al-Jubeir expresed',
    ]);
  });
});

describe('held-out round 672: a notable name that is an ordinary word, long after its bearer', () => {
  it('reads no Ne Win in `an easier battle to Win` written in 2008', () => {
    const r = extract(
      '1. (S) Saud said that Lebanon would be An Easier Battle to Win.\n',
      'R 121207Z MAY 08\nFM AMEMBASSY RIYADH\nTO SECSTATE WASHDC\n\nS E C R E T RIYADH 000768\n\nSUBJECT: TEST\n\n',
    );
    expect(r.persons.map((p) => p.surname)).toEqual(['Saud']);
  });
});

describe('held-out round 673: a title written with a typographic apostrophe', () => {
  it('reads `the Charge D’Affaires` as the office, no person named `D’Affaires`', () => {
    const r = extract(
      '1. (S) On July 30, the Charge D’Affaires met with Khalid Al Jindan of the MFA. Shams fretted that deals had become commercial.\n',
    );
    expect(r.persons.map((p) => p.surname)).toEqual(['Al Jindan', 'Shams']);
    expect(said(r)).toEqual(['1 Shams fretted']);
  });
});

describe('held-out round 674: a possessive pronoun before a noun for a person', () => {
  it('gives `His father served ... and insisted that` to no one named', () => {
    const r = extract(
      '1. (C) Ambassador Alisherzai grew up in the FATA. His father served in the British military and insisted that his son attend school.\n',
    );
    expect(said(r)).toEqual([]);
  });
});

describe('held-out round 676: a hyphen for a dash before a small word, a verb joined to `They`', () => {
  it('reads `sending troops to Afghanistan-and highlighted` as the subject’s second act, no person `Afghanistan-and`', () => {
    const r = extract(
      '1. (C) Mendelsohn acknowledged the steps the UAE has taken to combat the Taliban-to include sending troops to Afghanistan-and highlighted the importance of combating Taliban financing.\n',
    );
    expect(r.persons.map((p) => p.surname)).toEqual(['Mendelsohn']);
    expect(said(r)).toEqual(['1 Mendelsohn acknowledged', '1 Mendelsohn highlighted']);
  });

  it('gives `They pointed out ... visits from Mullah Zaif, but noted` to no one named', () => {
    const r = extract(
      '1. (C) GDSS officials spoke. They pointed out XXXXXXXXXXXX’s past visits from former Guantanamo Bay detainee Mullah Zaif, but noted that such visits-which may have resulted in financial support-have ceased.\n',
    );
    expect(said(r)).toEqual([]);
  });
});

describe('held-out round 677: `called` an object in the possessive a thing', () => {
  it('reads `He called the DAS’ troubles a clear victory for criminals` as speech', () => {
    const r = extract("1. (C) VP Santos spoke. He called the DAS' troubles a clear victory for criminals.\n");
    expect(said(r)).toEqual(['1 Santos called']);
  });
});

describe('held-out round 678: an adjective of devotion after an adverb, an agent named after a body', () => {
  it('reads no act in `appoint a Minister equally committed to human rights`, but one in `publicly committed to`', () => {
    const r = extract(
      '1. (C) Officials say it is key that President Uribe appoint a Minister equally committed to human rights. Minister Santos publicly committed to investigating the murders.\n',
    );
    expect(said(r)).toEqual(['1 Santos committed']);
  });

  it('gives `the plan announced by MOD Santos` to Santos', () => {
    const r = extract(
      '1. (C) The MOD is implementing the 15-point plan announced by MOD Santos in November 2008.\n',
    );
    expect(said(r)).toEqual(['1 Santos announced']);
  });
});

describe('held-out round 678: a participle after the clause of a pair', () => {
  it('gives `Suarez and Jaramillo discounted charges ..., noting that` to both', () => {
    const r = extract(
      '1. (C) Suarez spoke. Jaramillo spoke. Suarez and Jaramillo discounted charges that the investigations hurt operations, noting that the units were not involved.\n',
    );
    expect(said(r).sort()).toEqual([
      '1 Jaramillo discounted',
      '1 Jaramillo noting',
      '1 Suarez discounted',
      '1 Suarez noting',
    ]);
  });
});

describe('held-out round 679: `questioning` going on from a statement; a gerund before a modal', () => {
  it('reads `announced ..., questioning ... while claiming` as three acts', () => {
    const r = extract(
      '1. (C) Minister Quintana also announced his suspicions, questioning the U.S. focus on cocaine while claiming that marijuana is ignored.\n',
    );
    expect(said(r)).toEqual(['1 Quintana announced', '1 Quintana questioning', '1 Quintana claiming']);
  });

  it('reads no act in an opening `Asking maliks ... will reinforce his authority, said Musharraf`', () => {
    const r = extract(
      '1. (C) President Musharraf spoke. Asking maliks to identify needs will reinforce his authority, said Musharraf.\n',
    );
    expect(said(r)).toEqual(['1 Musharraf said']);
  });
});

describe('held-out round 680: Turkish given names, `Ag`, ministers by portfolio, a double family name', () => {
  it('reads `eventual choice of Atilla Koc` as a person, and no person in `Embassy Ag Counselor`', () => {
    const r = extract(
      "1. (C) Erdogan agreed to the eventual choice of Atilla Koc to replace him. Embassy Ag Counselor's contacts note that the bureaucracy is entrenched.\n",
    );
    expect(r.persons.map((p) => p.surname).sort()).toEqual(['Erdogan', 'Koc']);
  });

  it('gives `the Minister of Energy` to the minister of that portfolio, not to the last minister named', () => {
    const r = extract(
      '1. (C) Minister of Energy Hilmi Guler told a contact that it was bad. Minister of Agriculture Sami Guclu was dismissed. The Minister of Energy has described in detail how Eker was involved.\n',
    );
    expect(said(r)).toEqual(['1 Hilmi Guler told', '1 Hilmi Guler described']);
  });

  it('keeps the portfolio of a minister named with several (`Minister of Culture and Tourism Erkan Mumcu`)', () => {
    const r = extract('1. (C) Minister of Culture and Tourism Erkan Mumcu resigned.\n');
    expect(r.persons.map((p) => [p.surname, p.titles])).toEqual([
      ['Mumcu', ['Culture and Tourism Minister']],
    ]);
  });

  it('joins `Angeles Gonzalez Sinde` and `Minister Gonzalez-Sinde`', () => {
    const r = extract(
      '1. (C) Ambassador met February 10 with Minister of Culture Angeles Gonzalez Sinde to discuss cooperation. Minister Gonzalez-Sinde replied that it was fine.\n',
    );
    expect(r.persons.map((p) => [p.surname, p.given])).toEqual([['Gonzalez-Sinde', 'Angeles']]);
    expect(said(r)).toEqual(['1 Angeles Gonzalez Sinde replied']);
  });

  it('reads no act in `X and Y provide misleading advice` (a habit)', () => {
    const r = extract(
      '1. (C) Critics say Mohammad Daudzai and Abdul Karim Khoram provide misleading advice.\n',
    );
    expect(said(r)).toEqual([]);
  });

  it('gives `thanked the Minister` to the minister of the subject line, not one named later with a portfolio', () => {
    const r = extract(
      '1. (C) Minister of International Relations and Cooperation Maite Nkoana-Mashabane was warm. She joked that she needed to be nice to Minister of Finance Gordhan and Minister of National Planning Manuel, suggesting that they controlled the economy.\n\n2. (C) The Ambassador thanked the Minister for her support.\n',
      'R 061915Z DEC 09\nFM AMEMBASSY PRETORIA\nTO SECSTATE WASHDC\n\nC O N F I D E N T I A L PRETORIA 002245\n\nSUBJECT: COURTESY CALL ON FOREIGN MINISTER MASHABANE\n\n',
    );
    expect(r.statements.map((s) => `${s.cue} ${s.addressee}`)).toContain('thanked Maite Nkoana-Mashabane');
  });
});

describe('held-out round 681: a listener after `Acting`, a stance past `however`, `distinguished between`', () => {
  it('gives `told Acting U/S John Rood` to Rood', () => {
    const r = extract(
      '1. (C) Director General Mariot Leslie told Acting U/S John Rood May 16 that talks had soured.\n',
    );
    expect(said(r)).toEqual(['1 Mariot Leslie told → John Rood']);
  });

  it('reads `Leslie, however, was very frank that` and `distinguished between` as acts', () => {
    const r = extract(
      '1. (C) Director General Mariot Leslie spoke. Leslie, however, was very frank that HMG did object. Leslie distinguished between ordinary flights and operational ones.\n',
    );
    expect(said(r)).toEqual(['1 Mariot Leslie was very frank', '1 Mariot Leslie distinguished between']);
  });
});

describe('held-out round 682: companies named as makers or after a preposition, a city’s office, an opening charge', () => {
  const BERLIN =
    'R 041700Z NOV 09\nFM AMEMBASSY BERLIN\nTO SECSTATE WASHDC\n\nC O N F I D E N T I A L BERLIN 001395\n\nSUBJECT: TEST\n\n';
  it('reads no person in `auto parts manufacturer Magna ... Magna made the proposal` or `spokesman on Opel said`', () => {
    const r = extract(
      '1. (C) GM canceled its sale to Canadian auto parts manufacturer Magna. Ulrich Wilhelm, the Chancellor’s spokesman on Opel said the government regretted the decision. In his view, Magna made the purchase proposal in a moment of panic.\n',
      BERLIN,
    );
    expect(r.persons.map((p) => p.surname)).toEqual(['Wilhelm']);
  });

  it('places `Berlin Representative Uwe Berlinghoff` at home, not in the US Congress', () => {
    const r = extract(
      '1. (C) Opel managers such as Berlin Representative Uwe Berlinghoff were surprised.\n',
      BERLIN,
    );
    expect(r.persons.map((p) => [p.surname, p.affiliation])).toEqual([['Berlinghoff', 'Germany']]);
  });

  it('gives an opening `Accusing GM of blackmail,` to the subject after it, whatever its verb', () => {
    const r = extract(
      '1. (C) Klaus Franz announced a strike. Accusing the company of blackmail, he also revoked prior labor commitments.\n',
    );
    expect(said(r)).toEqual(['1 Klaus Franz announced', '1 Klaus Franz Accusing']);
  });
});

describe('held-out round 683: `Wm.` as a given name, `related how`', () => {
  it('reads `DOE DAS Wm. Bryan` and `U/S Wm. Burns` as two persons, no `Wm`', () => {
    const r = extract(
      '1. (C) A delegation led by DOE DAS Wm. Bryan presented the assessment. Officials asked when U/S Wm. Burns would travel.\n',
    );
    expect(r.persons.map((p) => p.surname).sort()).toEqual(['Bryan', 'Burns']);
  });

  it('reads `MBN related how his grandfather had the vision` as an act', () => {
    const r = extract(
      '1. (C) Prince Mohammed bin Naif related how his grandfather, King Abdulaziz, had the vision of a partnership.\n',
    );
    expect(said(r)).toEqual(['1 Mohammed bin Naif related']);
  });
});

describe('held-out round 684: an unnamed opener’s `he`, an office in apposition before a present verb', () => {
  it('gives `he` after `A visiting London-based executive believes` to no one named', () => {
    const r = extract(
      '1. (C) Liu Tao said that the government was calm.\n\n2. (C) A visiting London-based executive believes the matter was good. He noted that Google has close relations with UK Conservatives.\n',
    );
    expect(said(r)).toEqual(['1 Liu Tao said']);
  });

  it('reads `Liu Tao, Government Affairs Manager for Caterpillar, notes that` as Liu’s', () => {
    const r = extract(
      '1. (C) Liu Tao, Government Affairs Manager for Caterpillar, notes that the parties should talk calmly.\n',
    );
    expect(said(r)).toEqual(['1 Liu Tao notes']);
  });

  it('places Bill Gates with Microsoft, not with Robert Gates’s side or the host', () => {
    const r = extract(
      "1. (C) Xiao stated he thinks Google approached the problem incorrectly, citing Bill Gates' position that companies must follow the laws.\n",
      'R 291000Z JAN 10\nFM AMEMBASSY BEIJING\nTO SECSTATE WASHDC\n\nC O N F I D E N T I A L BEIJING 000247\n\nSUBJECT: TEST\n\n',
    );
    expect(r.persons.find((p) => p.surname === 'Gates')?.affiliation).toBe('Microsoft');
  });
});

describe('held-out round 685: `upbraiding`, `expounded on`', () => {
  it('reads `informed X that ..., upbraiding him that` as two acts', () => {
    const r = extract(
      '1. (C) King Abdullah met Iranian Foreign Minister Mottaki, and subsequently informed the NSC’s John Brennan that he had had a heated exchange with Mottaki, upbraiding him that Persians have no business in Arab affairs.\n',
    );
    expect(r.statements.map((s) => `${s.speaker} ${s.cue}`)).toEqual([
      'Abdullah informed',
      'Abdullah upbraiding',
    ]);
  });

  it('reads `Jimenez expounded on what she called` as an act', () => {
    const r = extract('1. (C) Minister Trinidad Jimenez expounded on what she called the discrepancies.\n');
    expect(said(r)).toEqual(['1 Trinidad Jimenez expounded']);
  });
});

describe('held-out round 686: the author of a paper named after `by` before its participle', () => {
  it('gives `a paper published in March 2009 by PBOC Governor Zhou Xiaochuan advocating` to Zhou', () => {
    const r = extract(
      "1. (C) Director Zhang Yuyan added that a paper published in March 2009 by People's Bank of China Governor Zhou Xiaochuan advocating another world currency represented a personal view.\n",
    );
    expect(said(r)).toEqual(['1 Zhang Yuyan added', '1 Zhou Xiaochuan advocating']);
  });
});

describe('held-out round 687: an aside in dashes opening a line, people in the plural before a participle', () => {
  it('reads a line opening `-- to great applause --` as the sentence going on, not a list item', () => {
    const r = extract(
      "1. (C) Lower Saxony's Minister President Christian Wulff asserted that states ruled by the CDU do best. Hesse's Minister President Roland Koch\n-- to great applause -- noted that he could not understand the SPD.\n",
    );
    expect(said(r)).toEqual(['1 Christian Wulff asserted', '1 Roland Koch noted']);
  });

  it('keeps `she` for the named subject after `before some 8,000 supporters affirming`', () => {
    const r = extract(
      '1. (C) Chancellor Angela Merkel took to the floor at her party rally before some 8,000 supporters affirming that the CDU would win. On the one hand, she praised her record.\n',
    );
    expect(said(r)).toEqual(['1 Angela Merkel praised']);
  });
});

describe('held-out round 688: a holder after a title’s short form, `him` no woman', () => {
  it('reads `UN High Commissioner for Human Rights (UNHCHR) Navy Pillay` as a titled name, not Merkel’s title', () => {
    const r = extract(
      '1. (C) Uribe recalled that German Chancellor Angela Merkel, UN High Commissioner for Human Rights (UNHCHR) Navy Pillay, and President Obama had voiced concerns.\n',
    );
    const by = Object.fromEntries(r.persons.map((p) => [p.surname, p.titles]));
    expect(by.Merkel).toEqual(['Chancellor']);
    expect(by.Pillay).toEqual(['High Commissioner']);
  });

  it('gives `urged him` to the man named before, not to a woman named after him', () => {
    const r = extract(
      '1. (C) President Nicolas Sarkozy met Chancellor Angela Merkel. Later, President Obama urged him to act.\n',
    );
    expect(said(r)).toEqual(['1 Obama urged → Nicolas Sarkozy']);
  });
});

describe('held-out round 689: `the Scottish Crown`, `whose stated goal`, `to then-PM`', () => {
  it('reads no person in `the Scottish Crown` and no act in `whose stated goal is`', () => {
    const r = extract(
      '1. (C) According to the Scottish Crown, the appeal will begin late. Added to the mix are Alex Salmond and his Scottish National Party, whose stated goal is an independent Scotland.\n',
    );
    expect(r.persons.map((p) => p.surname)).toEqual(['Salmond']);
    expect(r.statements.filter((s) => s.speaker_kind === 'person')).toEqual([]);
  });

  it('gives `expressed his ire to then-PM Tony Blair` to Blair as listener', () => {
    const r = extract(
      '1. (C) First Minister Alex Salmond publicly expressed his ire to then-PM Tony Blair for not consulting.\n',
    );
    expect(said(r)).toEqual(['1 Alex Salmond expressed → Tony Blair']);
  });
});

describe('held-out round 690: names that describe a noun, a consulate’s city, a peer, a people’s body', () => {
  const LONDON =
    'R 241200Z AUG 09\nFM AMEMBASSY LONDON\nTO SECSTATE WASHDC\n\nC O N F I D E N T I A L LONDON 001946\n\nSUBJECT: TEST\n\n';
  it('keeps `he` for the subject before `the Mueller and Mullen statements`', () => {
    const r = extract(
      '1. (C) In a meeting with the CG on August 21, First Minister Alex Salmond reiterated his view. During the meeting, which occurred before the Mueller and Mullen statements, he said he wanted to move on.\n',
      LONDON,
    );
    expect(said(r)).toEqual(['1 Alex Salmond reiterated → Consul General', '1 Alex Salmond said']);
  });

  it('reads `CG Edinburgh` as an office, `Lord Mandelson` as British, `The Scottish Parliament ..., calling` as no person’s', () => {
    const r = extract(
      '1. (C) Robin Naysmith told CG Edinburgh that First Minister Salmond was shocked. Business Secretary Lord Mandelson insisted to the media that it was wrong. The Scottish Parliament holds an emergency session Monday, calling on Justice Minister Kenny MacAskill to explain his decision.\n',
      LONDON,
    );
    expect(r.persons.map((p) => p.surname).sort()).toEqual(['MacAskill', 'Mandelson', 'Naysmith', 'Salmond']);
    expect(r.persons.find((p) => p.surname === 'Mandelson')?.affiliation).toBe('United Kingdom');
    expect(r.statements.filter((x) => x.cue === 'calling').map((x) => x.speaker_kind)).not.toContain(
      'person',
    );
  });
});

describe('held-out round 692: `related to X that`', () => {
  it('reads `Karzai related to Miliband that` as an act told to Miliband, and `issues related to trade` as none', () => {
    const r = extract(
      '1. (C) President Karzai met Foreign Secretary Miliband. Karzai related to Miliband that Obama had been supportive. The issues related to trade were left aside.\n',
    );
    expect(said(r)).toEqual(['1 Karzai related → Miliband']);
  });
});

describe('held-out round 693: a name, a protecting note and an office with no comma; British Secretaries', () => {
  const LONDON =
    'R 251200Z SEP 09\nFM AMEMBASSY LONDON\nTO SECSTATE WASHDC\n\nC O N F I D E N T I A L LONDON 002222\n\nSUBJECT: TEST\n\n';
  it('gives `Dr. Richard Freer (strictly protect) Head of ... Secretariat, told Poloff` to Freer', () => {
    const r = extract(
      "1. (C) Dr. Richard Freer (strictly protect) Head of Defence and Security Policy in the Cabinet Office's Secretariat, told Poloff September 23 that it was a surprise.\n",
      LONDON,
    );
    expect(said(r)).toEqual(['1 Richard Freer told → Poloff']);
  });

  it('places `Defence Secretary Bob Ainsworth` in a London cable at home', () => {
    const r = extract(
      '1. (C) Defence Secretary Bob Ainsworth declared that the world had changed.\n',
      LONDON,
    );
    expect(r.persons.map((p) => [p.surname, p.affiliation])).toEqual([['Ainsworth', 'United Kingdom']]);
  });
});

describe('held-out round 694: `calling it` with a word that judges it', () => {
  it('reads `downplayed the protest, calling it similar to many` as two acts, and `called it off` as none', () => {
    const r = extract(
      '1. (C) British DCM Simon Thomas spoke. He downplayed the protest, calling it similar to many their mission has received. Later he called it off.\n',
    );
    expect(said(r)).toEqual(['1 Simon Thomas downplayed', '1 Simon Thomas calling']);
  });
});

describe('held-out round 695: `Ashton` as a given name after a listed portfolio', () => {
  it('reads `Under Secretary of Defense for Acquisition, Technology and Logistics Ashton Carter` as one titled name', () => {
    const r = extract(
      '1. (C) Under Secretary of Defense for Acquisition, Technology and Logistics Ashton Carter held meetings.\n',
    );
    expect(r.persons.map((p) => [p.surname, p.titles])).toEqual([['Carter', ['Under Secretary of Defense']]]);
  });
});

describe('held-out round 696: NATO commanders, a stated side in an apposition with `the`, a praise after an opening thanks', () => {
  it('reads `COMISAF` as a NATO office that also names its holder, and no side of a former office', () => {
    const r = extract(
      '1. (C) COMISAF General McKiernan attended, with former SACEUR NSA James Jones. COMISAF added that the cities were calm.\n',
    );
    expect(r.persons.map((p) => [p.surname, p.titles, p.affiliation])).toEqual([
      ['McKiernan', ['COMISAF', 'General'], 'NATO'],
      ['Jones', ['Supreme Allied Commander Europe', 'National Security Advisor'], 'United States'],
    ]);
    expect(said(r)).toEqual(['1 McKiernan added']);
  });

  it('takes the side of `Brigadier General Gordon Messenger, the British Commander of Task Force Helmand,`', () => {
    const r = extract(
      '1. (C) Brigadier General Gordon Messenger, the British Commander of Task Force Helmand, explained that his forces were fixed.\n',
    );
    expect(r.persons.map((p) => [p.surname, p.affiliation])).toEqual([['Messenger', 'United Kingdom']]);
  });

  it('reads `Thanking Mangal ... and praising his hard work, Biden` as two acts, the praise heard by no one named', () => {
    const r = extract(
      '1. (C) Governor Mangal presented his plan. Thanking Mangal for his efforts and praising his hard work, Vice President Joseph Biden then discussed the new contract.\n',
    );
    expect(said(r)).toEqual(['1 Joseph Biden Thanking → Mangal', '1 Joseph Biden praising']);
  });
});

describe('held-out round 697: an Arabic name after a portfolio, Al Qaeda spelt apart', () => {
  it('reads `Minister of Petroleum Al-Naimi` as the minister, and `Al Qaeda` as a body', () => {
    const r = extract(
      "1. (C) Given that Minister of Petroleum Al-Naimi was involved, he said Al Qaeda's presence in Yemen was a concern.\n",
    );
    expect(r.persons.map((p) => [p.name, p.titles])).toEqual([['Al-Naimi', ['Petroleum Minister']]]);
    expect(r.organizations.map((o) => o.name)).toContain('al-Qaida');
  });
});

describe('held-out round 698: Portuguese generation words, Brazilian ranks', () => {
  it('cites `Julio Soares de Moura Neto` as Moura Neto, and `Wilkens Geraldes Filho` as the cable does, Geraldes', () => {
    const r = extract(
      '1. (C) ADM Julio Soares de Moura Neto and Wilkens Geraldes Filho attended. Moura Neto said ships come first. Geraldes noted the risk. Geraldes added that it was low.\n',
    );
    expect(r.persons.map((p) => [p.surname, p.given])).toEqual([
      ['Moura Neto', 'Julio Soares de'],
      ['Geraldes', 'Wilkens'],
    ]);
    expect(said(r)).toEqual([
      '1 Julio Soares de Moura Neto said',
      '1 Wilkens Geraldes Filho noted',
      '1 Wilkens Geraldes Filho added',
    ]);
  });

  it('reads `Brig.` and `Brigadeiro` as the rank of Brigadier, and `Brigade Criminelle` as no one', () => {
    const r = extract(
      '1. (C) Brig. Juniti Saito spoke. Brigadeiro Saito stated that licenses were slow. The DNAT and Brigade Criminelle all play roles.\n',
    );
    expect(r.persons.map((p) => [p.name, p.titles])).toEqual([['Juniti Saito', ['Brigadier']]]);
  });
});

describe('held-out round 699: an emphatic did before `however`, the visit used to speak, the object of `accompanying`', () => {
  it('reads `did, however, express` and `used the visit to make the point` as acts, and no act of the one accompanied', () => {
    const r = extract(
      '1. (C) Defense Minister Nelson Jobim used the visit to make the point that Brazil seeks growth. Jobim did, however, express reservations about the cost. Brazilian staffers accompanying Jobim expressed surprise at the reaction.\n',
    );
    expect(said(r)).toEqual(['1 Nelson Jobim used the visit to make', '1 Nelson Jobim express']);
  });
});

describe('held-out round 700: `pitched` as a verb of speech', () => {
  it('reads `Atmar pitched strongly to have the government decide` as an act', () => {
    const r = extract(
      '1. (C) Interior Minister Hanif Atmar pitched strongly to have the GIRoA decide which candidates were under threat.\n',
    );
    expect(said(r)).toEqual(['1 Hanif Atmar pitched']);
  });
});

describe('held-out round 701: a month misspelt by two letters swapped, `took time to praise`', () => {
  it('dates `On Decmeber 3` and reads `took time to praise` as an act', () => {
    const r = extract(
      '1. (SBU) On Decmeber 3, Environment Minister Carlos Minc told the press that the fund would grow. President Obama took time to praise the fund.\n',
    );
    expect(r.events.map((e) => e.date)).toEqual(['XXXX-12-03']);
    expect(said(r)).toEqual(['1 Carlos Minc told', '1 Obama took time to praise']);
  });
});

describe('held-out round 702: a quoted verb right after the named subject of a reported clause', () => {
  it('gives `claiming that Secretary Clinton “agreed to a compromise”` an act of Clinton', () => {
    const r = extract(
      '1. (C) President Karzai said Ismail Khan was his choice, claiming that Secretary Clinton “agreed to a compromise” after Karzai promised to keep his deputies. He said he “regretted” the delay.\n',
    );
    expect(said(r)).toEqual([
      '1 Karzai said',
      '1 Karzai claiming',
      '1 Clinton agreed',
      '1 Karzai promised',
      '1 Karzai said',
    ]);
  });
});

describe('held-out round 704: `dubbed` and `decreed` as verbs of speech', () => {
  it('reads `Games that Lula has already dubbed a great success` and `Lula has similarly decreed that` as acts', () => {
    const r = extract(
      '1. (C) The GOB may rest on its laurels - Games that President Lula has already dubbed a great success. Lula has similarly decreed that Brazil will win more medals.\n',
    );
    expect(said(r)).toEqual(['1 Lula dubbed', '1 Lula decreed']);
  });
});

describe('held-out round 705: persons listed after `of` are no subject; Turkish and Arabic given names', () => {
  it('gives `The arrests of Gelowicz and Schneider ... raised questions` to no one', () => {
    const r = extract(
      '1. (C) The arrests of Fritz Gelowicz and Daniel Martin Schneider have changed perceptions and raised questions about monitoring.\n',
    );
    expect(said(r)).toEqual([]);
  });

  it('reads `Reda Seyam` and `Tolga Duerbin` as persons with no title', () => {
    const r = extract(
      '1. (C) Visitors included Reda Seyam, alleged to be a planner. Gelowicz joined the center after an introduction by his co-worker Tolga Duerbin.\n',
    );
    expect(r.persons.map((p) => p.name)).toEqual(expect.arrayContaining(['Reda Seyam', 'Tolga Duerbin']));
  });
});

describe('held-out round 706: an agent described after `by his`, `Min.` as a title', () => {
  it('gives `criticized by his predecessor, now Senator Marina Silva` and `proposed earlier by his predecessor, Min. Marina Silva` to Silva', () => {
    const r = extract(
      '1. (SBU) Environment Minister Carlos Minc was heavily criticized by his predecessor, now Senator Marina Silva, at the hearing. He revised changes proposed earlier by his predecessor, Min. Marina Silva, to the law.\n',
    );
    expect(said(r)).toEqual(['1 Marina Silva criticized', '1 Marina Silva proposed']);
  });
});

describe('held-out round 707: a pair with a visitor, a notable name spelt two ways', () => {
  it('reads `President Karzai and visiting CODEL McCain agreed` as an act of each', () => {
    const r = extract('1. (S) President Karzai and visiting CODEL McCain agreed that more should be done.\n');
    expect(said(r)).toEqual(['1 McCain agreed → Karzai', '1 Karzai agreed → McCain']);
  });

  it('keeps the spelling the notable table knows when the cable writes two (`McChyrstal`, `McChrystal`)', () => {
    const r = extract(
      '1. (S) General McChyrstal met the Governor on Monday. Later General McChrystal said it went well.\n',
    );
    expect(r.persons.map((p) => p.surname)).toContain('McChrystal');
    expect(r.persons.map((p) => p.surname)).not.toContain('McChyrstal');
  });
});

describe('held-out round 708: a sentence that opens on its topic, people counted, `avow`', () => {
  it('gives `As for Neves himself, ...: he told` to Neves, `continues to avow` to him, and `Other critics ..., arguing` to no one', () => {
    const r = extract(
      '1. (C) Governor Aecio Neves is trying to shore up candidates, and he continues to avow that he plans to run for Senate. Pedro Malan told the Principal Officer that Neves would help. Other critics take a more subtle tack, arguing that continuity benefits Neves. As for Neves himself, it appears he has not shut out the option: he told the Principal Officer on February 10 that time will tell.\n',
    );
    expect(said(r).map((x) => x.split(' →')[0])).toEqual([
      '1 Aecio Neves avow',
      '1 Pedro Malan told',
      '1 Aecio Neves told',
    ]);
  });
});

describe('held-out round 709: `raised his voice` is no subject raised', () => {
  it('reads `raised his voice immediately and warned people` as the warning only', () => {
    const r = extract(
      '1. (S) Deputy Prosecutor Monqith Al-Faroun raised his voice immediately and warned people that he would not allow it.\n',
    );
    expect(said(r)).toEqual(['1 Monqith Al-Faroun warned']);
  });
});

describe('held-out round 710: no name across an ellipsis', () => {
  it('reads `Serra: Slow and Steady... Serra maintains` as Serra alone', () => {
    const r = extract(
      '1. (SBU) Governor Jose Serra leads. Serra: Slow and Steady... Serra maintains the overall lead.\n',
    );
    expect(r.persons.map((p) => p.name)).toEqual(['Jose Serra']);
  });
});

describe('held-out round 711: `personnel who briefed` are people unnamed', () => {
  it('gives `U.S. personnel who briefed the CODEL` to no one', () => {
    const r = extract(
      '1. (C) Chairman Ike Skelton noted that U.S. personnel who briefed the CODEL were very optimistic about the program.\n',
    );
    expect(said(r)).toEqual(['1 Ike Skelton noted']);
  });
});

describe('held-out round 712: a region before an office the title table gives the United States', () => {
  const RIO =
    'R 200000Z OCT 09\nFM AMCONSUL RIO DE JANEIRO\nTO SECSTATE WASHDC\n\nUNCLAS RIO DE JANEIRO 000353\n\nSUBJECT: TEST\n\n';
  it('places `Rio State Security Secretary Jose Mariano Beltrame` in Brazil, and reads `Secretary of Security Beltrame and police officials`', () => {
    const r = extract(
      '1. (SBU) Principal Officer joined Rio State Secretary of Security Beltrame and police officials. Later, Rio State Security Secretary Jose Mariano Beltrame said the favela was calm.\n',
      RIO,
    );
    expect(r.persons.map((p) => [p.name, p.affiliation])).toEqual([['Jose Mariano Beltrame', 'Brazil']]);
  });
});

describe('held-out round 713: `, then` joins a verb to the speaker before', () => {
  it('gives `He predicted that Olmert would not last, then described` to the one who predicted', () => {
    const r = extract(
      '1. (C) Opposition Leader Binyamin Netanyahu visited. He predicted that Olmert would not be able to stay in power much longer, then described several mechanisms.\n',
    );
    expect(said(r)).toEqual(['1 Binyamin Netanyahu predicted', '1 Binyamin Netanyahu described']);
  });
});

describe('held-out round 714: `reminisced` as a verb of speech', () => {
  it('reads `He reminisced fondly about the negotiations` as an act', () => {
    const r = extract(
      '1. (C) Dr. Mohammad Al-Sabban agreed. He reminisced fondly about the inclusive nature of the Kyoto negotiations.\n',
    );
    expect(said(r)).toEqual(['1 Mohammad Al-Sabban agreed', '1 Mohammad Al-Sabban reminisced']);
  });
});

describe('held-out round 715: a name before `candidacy` modifies it', () => {
  it('gives `the top-level blessing of the Khatami candidacy indicated` to no one', () => {
    const r = extract(
      '1. (C) Li Guofu argued that the top-level blessing of the Khatami candidacy indicated that the Supreme Leader deems Khatami reliable.\n',
    );
    expect(said(r)).toEqual(['1 Li Guofu argued']);
  });
});

describe('held-out round 716: `insinuated` and `rehashed` as verbs of speech', () => {
  it('reads `Morales rehashed the argument that` and `at times strongly insinuating` as acts', () => {
    const r = extract(
      '1. (U) President Evo Morales rehashed the argument that USAID is supporting opposition groups. Minister Alfredo Rada engaged in double speak, at times strongly insinuating the USG was behind the scandal.\n',
    );
    expect(said(r)).toEqual(['1 Evo Morales rehashed', '1 Alfredo Rada insinuating']);
  });
});

describe('held-out round 718: a participle after a clause of what is to come', () => {
  it('reads `Mubarak will rail against the decision, contending that` as no act yet', () => {
    const r = extract(
      "1. (S) President Mubarak will rail against President Bush's decision to invade Iraq, contending that it opened the door to Iran.\n",
    );
    expect(said(r)).toEqual([]);
  });
});

describe('held-out round 720: a name with a letter moved, `made all the right public statements`, `forwarded ... a message`', () => {
  it('joins `Sonia Ghandi` and `Sonia Gandhi` under the notable spelling, and reads the statements made and the message forwarded', () => {
    const r = extract(
      '1. (S) President Asif Zardari has made all the right public statements condemning the attacks. Zardari called Congress leader Sonia Ghandi and asked her to convey his grief. He spoke to Sonia Gandhi again. NSA Mahmud Durrani forwarded a message to NSA Hadley.\n',
    );
    expect(r.persons.map((p) => p.name)).toContain('Sonia Gandhi');
    expect(r.persons.map((p) => p.name)).not.toContain('Sonia Ghandi');
    expect(said(r)).toEqual([
      '1 Asif Zardari made',
      '1 Asif Zardari asked → Sonia Gandhi',
      '1 Asif Zardari spoke → Sonia Gandhi',
      '1 Mahmud Durrani forwarded → Hadley',
    ]);
  });
});
