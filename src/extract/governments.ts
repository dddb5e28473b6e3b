import { ORGANIZATIONS } from '../lexicon/words.js';
import type { SentenceMentions } from './persons.js';

/**
 * `GOI` is the Government of India, Indonesia, Iran, Iraq, Israel or Italy: the glossary gives such
 * acronyms no side ('-'). The cable decides: its host country where that begins with the letter, else the
 * country it names most that does; with neither, the glossary's reading stays. Relabels in place.
 */
export function resolveGovernments(sentences: SentenceMentions[], host: string | null): void {
  const ambiguous: { s: SentenceMentions; index: number; letter: string }[] = [];
  const named = new Map<string, number>();
  for (const s of sentences) {
    s.mentions.forEach((m, index) => {
      if (m.kind === 'country') named.set(m.label, (named.get(m.label) ?? 0) + 1);
      if (m.kind !== 'organization') return;
      const word = (s.words[m.definite ? m.from + 1 : m.from] ?? '').replace(/['’]s?$/, '');
      if (!/^GO[A-Z]$/i.test(word)) return;
      if (ORGANIZATIONS.match([word], 0)?.entry.value.affiliation !== '-') return;
      ambiguous.push({ s, index, letter: (word[2] as string).toUpperCase() });
    });
  }
  for (const { s, index, letter } of ambiguous) {
    const country =
      host?.startsWith(letter) === true
        ? host
        : [...named].filter(([c]) => c.startsWith(letter)).sort((a, b) => b[1] - a[1])[0]?.[0];
    const m = s.mentions[index];
    if (country && m) m.label = `Government of ${country}`;
  }
}
