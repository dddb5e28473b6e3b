import { MARKING_COMPONENTS, MARKING_LEVELS } from '../lexicon/classification.js';

/**
 * Normalises the text inside a paragraph marking: `S//NF` → `S/NF`, `C / NF`, `C NF` and `C-NF` → `C/NF`.
 * Returns null when the text is not a classification marking (`(a)`, `(1)`, `(PT)`).
 */
export function normalizeMarking(inside: string): string | null {
  let written = inside
    .split('/')
    .map((p) => p.trim().replace(/\s+/g, ' '))
    .filter(Boolean);
  // (`C NF`, `S-NF`: a space or a hyphen where the slash belongs.)
  if (written.length === 1 && !MARKING_LEVELS.has((written[0] ?? '').toUpperCase()))
    written = (written[0] ?? '').split(/[ -]/);
  const parts = written.map((p) => p.toUpperCase());
  const [first] = parts;
  if (!first || !MARKING_LEVELS.has(first)) return null;
  for (const part of parts.slice(1)) {
    const head = part.split(' ')[0] ?? '';
    if (!MARKING_COMPONENTS.has(head)) return null;
  }
  // (`S//REL to USA, ACGU`, `C//REL Germany`: the list of those it may be released to stays as written.)
  return parts.map((p, i) => (p.startsWith('REL ') ? `REL ${(written[i] ?? '').slice(4)}` : p)).join('/');
}
