import { MARKING_COMPONENTS, MARKING_LEVELS } from '../lexicon/classification.js';

/**
 * Normalises the text inside a paragraph marking: `S//NF` → `S/NF`, `C / NF` and `C NF` → `C/NF`.
 * Returns null when the text is not a classification marking (`(a)`, `(1)`, `(PT)`).
 */
export function normalizeMarking(inside: string): string | null {
  let parts = inside
    .toUpperCase()
    .split('/')
    .map((p) => p.trim().replace(/\s+/g, ' '))
    .filter(Boolean);
  // (`C NF`: a space where the slash belongs.)
  if (parts.length === 1 && !MARKING_LEVELS.has(parts[0] ?? '')) parts = (parts[0] ?? '').split(' ');
  const [first] = parts;
  if (!first || !MARKING_LEVELS.has(first)) return null;
  for (const part of parts.slice(1)) {
    const head = part.split(' ')[0] ?? '';
    if (!MARKING_COMPONENTS.has(head)) return null;
  }
  return parts.join('/');
}
