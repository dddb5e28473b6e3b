import { nameKey } from '../extract/persons.js';
import { COUNTRIES, ORGANIZATION_AFFILIATIONS, ORGANIZATIONS } from '../lexicon/words.js';
import type { CableRecord } from '../record.js';

/** A hand annotation, as `../shared/examples/ANNOTATION.md` defines it. */
export interface GoldAnnotation {
  file: string;
  header: { id: string | null; signer: string | null };
  paragraphs: { number: number; marking: string | null; section: string | null }[];
  persons: { surname: string; given?: string; titles: string[]; affiliation: string | null }[];
  statements: { paragraph: number; speaker: string; cue: string; addressee: string | null }[];
  events: { month: number; day: number; what: string }[];
  ignore_speakers?: string[];
}

export interface Counts {
  tp: number;
  fp: number;
  fn: number;
  precision: number;
  recall: number;
  f1: number;
}

export interface ExtractionScore {
  file: string;
  persons: Counts;
  affiliation: { correct: number; total: number; rate: number };
  statements: Counts;
  addressees: { found: number; total: number; rate: number };
  events: { found: number; total: number; rate: number };
  missing: {
    persons: string[];
    statements: string[];
    extraPersons: string[];
    extraStatements: string[];
    affiliations: string[];
    events: string[];
  };
}

function counts(tp: number, fp: number, fn: number): Counts {
  const precision = tp + fp === 0 ? 1 : tp / (tp + fp);
  const recall = tp + fn === 0 ? 1 : tp / (tp + fn);
  const f1 = precision + recall === 0 ? 0 : (2 * precision * recall) / (precision + recall);
  return { tp, fp, fn, precision, recall, f1 };
}

/** Surnames match when equal, or one letter apart in a long name (`Sawyer`/`Sawyers`). */
function sameSurname(a: string, b: string): boolean {
  const x = nameKey(a);
  const y = nameKey(b);
  if (x === y) return true;
  if (Math.min(x.length, y.length) < 5 || x[0] !== y[0] || Math.abs(x.length - y.length) > 1) return false;
  let i = 0;
  while (i < x.length && x[i] === y[i]) i++;
  return x.slice(i + (x.length >= y.length ? 1 : 0)) === y.slice(i + (y.length >= x.length ? 1 : 0));
}

/** `UN`, `U.N.` and `United Nations` are one affiliation; so are `UK` and `United Kingdom`. */
export function canonicalAffiliation(value: string | null): string | null {
  if (!value) return null;
  const words = value.split(/\s+/);
  const country = COUNTRIES.match(words, 0);
  if (country && country.length === words.length) return country.entry.value.country ?? value;
  const org = ORGANIZATIONS.match(words, 0);
  if (
    org &&
    org.length === words.length &&
    org.entry.value.affiliation &&
    org.entry.value.affiliation !== '-'
  ) {
    return org.entry.value.affiliation;
  }
  return ORGANIZATION_AFFILIATIONS.get(value.toLowerCase()) ?? value;
}

/**
 * Scores a record's extraction against a hand annotation: persons by surname (F1), affiliations of the
 * persons found, statements counted per paragraph and speaker (F1 over the multiset), addressees of the
 * annotated statements, and annotated dates (month and day). Statements by roles and groups are not
 * scored: the annotation leaves them out by rule.
 */
export function scoreExtraction(record: CableRecord, gold: GoldAnnotation): ExtractionScore {
  const ignored = (name: string) => (gold.ignore_speakers ?? []).some((x) => sameSurname(x, name));
  const predicted = record.persons.filter((p) => !ignored(p.surname));
  const matched = new Set<number>();
  const missingPersons: string[] = [];
  const wrongAffiliation: string[] = [];
  let affCorrect = 0;
  let affTotal = 0;
  for (const g of gold.persons) {
    // (An exact surname first: `Gorbachev` and `Gorbacheva` are two persons, each one letter from the other.)
    const exact = predicted.findIndex((p, k) => !matched.has(k) && nameKey(p.surname) === nameKey(g.surname));
    const i =
      exact >= 0
        ? exact
        : predicted.findIndex((p, k) => !matched.has(k) && sameSurname(p.surname, g.surname));
    if (i < 0) {
      missingPersons.push(g.surname);
      continue;
    }
    matched.add(i);
    if (g.affiliation) {
      affTotal++;
      const got = canonicalAffiliation(predicted[i]?.affiliation ?? null);
      if (got === canonicalAffiliation(g.affiliation)) affCorrect++;
      else wrongAffiliation.push(`${g.surname}: ${g.affiliation} ≠ ${predicted[i]?.affiliation ?? 'null'}`);
    }
  }
  const extraPersons = predicted.filter((_, k) => !matched.has(k)).map((p) => p.name);

  const surnameOf = new Map(record.persons.map((p) => [p.id, p.surname]));
  const keyOf = (paragraph: number | null, speaker: string) => `${paragraph ?? '-'}|${nameKey(speaker)}`;
  const goldBag = new Map<string, number>();
  /** The annotated person a surname names: the same surname first, else one a letter apart. */
  const goldPerson = (surname: string) =>
    gold.persons.find((p) => nameKey(p.surname) === nameKey(surname)) ??
    gold.persons.find((p) => sameSurname(p.surname, surname));
  for (const s of gold.statements) {
    const speaker = goldPerson(s.speaker)?.surname ?? s.speaker;
    const k = keyOf(s.paragraph, speaker);
    goldBag.set(k, (goldBag.get(k) ?? 0) + 1);
  }
  const predBag = new Map<string, number>();
  for (const s of record.statements) {
    if (s.speaker_kind !== 'person' || !s.speaker_id) continue;
    const surname = surnameOf.get(s.speaker_id) ?? s.speaker;
    if (ignored(surname)) continue;
    const goldName = goldPerson(surname)?.surname ?? surname;
    const k = keyOf(s.paragraph, goldName);
    predBag.set(k, (predBag.get(k) ?? 0) + 1);
  }
  let tp = 0;
  let fp = 0;
  let fn = 0;
  const missingStatements: string[] = [];
  const extraStatements: string[] = [];
  for (const k of new Set([...goldBag.keys(), ...predBag.keys()])) {
    const g = goldBag.get(k) ?? 0;
    const p = predBag.get(k) ?? 0;
    tp += Math.min(g, p);
    if (g > p) {
      fn += g - p;
      missingStatements.push(`${k} ×${g - p}`);
    }
    if (p > g) {
      fp += p - g;
      extraStatements.push(`${k} ×${p - g}`);
    }
  }

  const withAddressee = gold.statements.filter((s) => s.addressee);
  const foundAddressees = withAddressee.filter((g) =>
    record.statements.some(
      (s) =>
        s.paragraph === g.paragraph &&
        s.speaker_id !== null &&
        sameSurname(surnameOf.get(s.speaker_id) ?? '', g.speaker) &&
        s.addressee_id !== null &&
        sameSurname(surnameOf.get(s.addressee_id) ?? '', g.addressee ?? ''),
    ),
  ).length;

  const eventDays = new Set(record.events.map((e) => e.date.slice(5)));
  const missingEvents = gold.events.filter(
    (e) => !eventDays.has(`${String(e.month).padStart(2, '0')}-${String(e.day).padStart(2, '0')}`),
  );
  const rate = (a: number, b: number) => (b === 0 ? 1 : a / b);
  return {
    file: gold.file,
    persons: counts(matched.size, extraPersons.length, missingPersons.length),
    affiliation: { correct: affCorrect, total: affTotal, rate: rate(affCorrect, affTotal) },
    statements: counts(tp, fp, fn),
    addressees: {
      found: foundAddressees,
      total: withAddressee.length,
      rate: rate(foundAddressees, withAddressee.length),
    },
    events: {
      found: gold.events.length - missingEvents.length,
      total: gold.events.length,
      rate: rate(gold.events.length - missingEvents.length, gold.events.length),
    },
    missing: {
      persons: missingPersons,
      statements: missingStatements,
      extraPersons,
      extraStatements,
      affiliations: wrongAffiliation,
      events: missingEvents.map((e) => `${e.month}/${e.day} ${e.what}`),
    },
  };
}

/** Micro-averaged totals over several cables. */
export function pool(scores: ExtractionScore[]): Omit<ExtractionScore, 'file' | 'missing'> {
  const sum = (f: (s: ExtractionScore) => number) => scores.reduce((n, s) => n + f(s), 0);
  const persons = counts(
    sum((s) => s.persons.tp),
    sum((s) => s.persons.fp),
    sum((s) => s.persons.fn),
  );
  const statements = counts(
    sum((s) => s.statements.tp),
    sum((s) => s.statements.fp),
    sum((s) => s.statements.fn),
  );
  const ratio = (a: number, b: number) => (b === 0 ? 1 : a / b);
  const affC = sum((s) => s.affiliation.correct);
  const affT = sum((s) => s.affiliation.total);
  const adF = sum((s) => s.addressees.found);
  const adT = sum((s) => s.addressees.total);
  const evF = sum((s) => s.events.found);
  const evT = sum((s) => s.events.total);
  return {
    persons,
    statements,
    affiliation: { correct: affC, total: affT, rate: ratio(affC, affT) },
    addressees: { found: adF, total: adT, rate: ratio(adF, adT) },
    events: { found: evF, total: evT, rate: ratio(evF, evT) },
  };
}
