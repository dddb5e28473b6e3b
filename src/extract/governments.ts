import { ORGANIZATIONS } from '../lexicon/words.js';
import type { SentenceMentions } from './persons.js';

/**
 * `GOI` is the Government of India, Indonesia, Iran, Iraq, Israel or Italy, `SAG` that of Saudi Arabia or
 * South Africa: the glossary gives such acronyms no side ('-'). The cable decides: its host country where
 * that fits the letters (the first letter; the initials of its words), else the country it names most that
 * does; with neither, the glossary's reading stays. Relabels in place, and gives the country to the person
 * or office the acronym stands before.
 */
export function resolveGovernments(sentences: SentenceMentions[], host: string | null): void {
  const ambiguous: { s: SentenceMentions; index: number; letters: string }[] = [];
  const named = new Map<string, number>();
  for (const s of sentences) {
    s.mentions.forEach((m, index) => {
      // (Sides written on offices count too: `SOUTH AFRICAN AMBASSADOR KOORNHOF`.)
      const country = m.kind === 'country' ? m.label : m.affiliation;
      if (country) named.set(country, (named.get(country) ?? 0) + 1);
      if (m.kind !== 'organization') return;
      const word = (s.words[m.definite ? m.from + 1 : m.from] ?? '').replace(/['’]s?$/, '');
      // `GOI`: Government of I...; `SAG`: S... A... Government (Saudi Arabia, South Africa); `GoSL`:
      // Government of S... L... (Sri Lanka, Sierra Leone).
      const initials = /^GO([A-Z]{1,2})$/i.exec(word)?.[1] ?? /^([A-Z]{2,3})G$/.exec(word)?.[1];
      if (!initials) return;
      if (ORGANIZATIONS.match([word], 0)?.entry.value.affiliation !== '-') return;
      ambiguous.push({ s, index, letters: initials.toUpperCase() });
    });
  }
  // (One letter opens the country's name; several are the initials of its words.)
  const fits = (country: string, letters: string) =>
    letters.length === 1
      ? country.startsWith(letters)
      : country
          .split(' ')
          .map((w) => w.charAt(0))
          .join('') === letters;
  for (const { s, index, letters } of ambiguous) {
    const country =
      host && fits(host, letters)
        ? host
        : [...named].filter(([c]) => fits(c, letters)).sort((a, b) => b[1] - a[1])[0]?.[0];
    const m = s.mentions[index];
    if (!country || !m) continue;
    m.label = `Government of ${country}`;
    // (`GOP Finance Secretary Farrukh Qayyum`, `GOI official`: the government's people are of its country.)
    const holder = s.mentions[index + 1];
    if (
      holder &&
      (holder.kind === 'person' || holder.kind === 'role') &&
      !holder.affiliation &&
      holder.from - m.to <= 2 &&
      s.tokens.slice(m.to, holder.from).every((t) => t.cap)
    )
      holder.affiliation = country;
  }
}
