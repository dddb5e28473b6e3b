import { TAGS } from '../lexicon/tags.js';
import type { Entity } from '../record.js';
import type { SentenceMentions } from './persons.js';

function count(map: Map<string, Entity>, name: string, kind: string, form: string | null): void {
  let e = map.get(name);
  if (!e) {
    e = { name, forms: [], kind, mentions: 0 };
    map.set(name, e);
  }
  e.mentions++;
  if (form && form !== name && !e.forms.includes(form)) e.forms.push(form);
}

/** Organisations (acronyms expanded from the glossary) and countries named in the text or the TAGS. */
export function extractEntities(
  sentences: SentenceMentions[],
  tags: string[],
): { organizations: Entity[]; places: Entity[] } {
  const organizations = new Map<string, Entity>();
  const places = new Map<string, Entity>();
  for (const s of sentences) {
    for (const m of s.mentions) {
      if (m.kind !== 'organization' && m.kind !== 'country') continue;
      const form = s.tokens
        .slice(m.definite ? m.from + 1 : m.from, m.to)
        .map((t) => t.text)
        .join(' ')
        .replace(/['’]s$/, '');
      if (m.kind === 'organization') count(organizations, m.label, 'organization', form);
      else if (m.kind === 'country') count(places, m.label, 'country', form);
    }
  }
  for (const tag of tags) {
    const info = TAGS.get(tag);
    if (!info) continue;
    if (info.kind === 'country' && !places.has(info.meaning))
      places.set(info.meaning, { name: info.meaning, forms: [tag], kind: 'country', mentions: 0 });
    if (info.kind === 'organization' && !organizations.has(info.meaning))
      organizations.set(info.meaning, {
        name: info.meaning,
        forms: [tag],
        kind: 'organization',
        mentions: 0,
      });
  }
  const sorted = (m: Map<string, Entity>) =>
    [...m.values()].sort((a, b) => b.mentions - a.mentions || a.name.localeCompare(b.name));
  return { organizations: sorted(organizations), places: sorted(places) };
}
