import { MARKING_COMPONENTS, MARKING_LEVELS } from '../lexicon/classification.js';

/**
 * Normalises the text inside a paragraph marking: `S//NF` → `S/NF`, `C / NF` → `C/NF`. Returns null when
 * the text is not a classification marking (`(a)`, `(1)`, `(PT)`).
 */
export function normalizeMarking(inside: string): string | null {
  const parts = inside
    .toUpperCase()
    .split('/')
    .map((p) => p.trim().replace(/\s+/g, ' '))
    .filter(Boolean);
  const [first] = parts;
  if (!first || !MARKING_LEVELS.has(first)) return null;
  for (const part of parts.slice(1)) {
    const head = part.split(' ')[0] ?? '';
    if (!MARKING_COMPONENTS.has(head)) return null;
  }
  return parts.join('/');
}
