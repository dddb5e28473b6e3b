import { TAGS } from '../lexicon/tags.js';
import type { CableRecord } from '../record.js';

function line(label: string, value: string | null | undefined): string | null {
  return value ? `- **${label}:** ${value}` : null;
}

/** A record as a person would read it: header card, references, paragraphs with markings, problems. */
export function toMarkdown(record: CableRecord): string {
  const out: string[] = [];
  out.push(`# ${record.id ?? '(no id)'}: ${record.subject ?? '(no subject)'}`, '');
  const tags = record.tags.map((t) => (TAGS.get(t) ? `${t} (${TAGS.get(t)?.meaning})` : t)).join(', ');
  const header = [
    line('Date', record.date ? `${record.date}${record.time ? ` ${record.time} UTC` : ''}` : null),
    line('From', record.origin),
    line(
      'Classification',
      [record.classification, ...record.caveats.filter((c) => !record.classification?.includes(c))]
        .filter(Boolean)
        .join(' · '),
    ),
    line(
      'Classified by',
      record.classified_by
        ? `${record.classified_by}${record.reasons.length ? ` (${record.reasons.join(', ')})` : ''}`
        : null,
    ),
    line('Declassify on', record.declassify_on),
    line('Tags', tags || null),
    line('To', record.recipients.join('; ') || null),
    line('Info', record.info.length > 0 ? `${record.info.length} addressees` : null),
    line('Signed', record.signer),
    line('Partial extract', record.partial ? 'yes' : null),
    line('Source', record.source),
  ].filter((x): x is string => x !== null);
  out.push(...header, '');
  if (record.references.length > 0) {
    out.push('## References', '');
    for (const ref of record.references)
      out.push(`- ${ref.label ? `${ref.label}. ` : ''}${ref.text}${ref.id ? ` → ${ref.id}` : ''}`);
    out.push('');
  }
  if (record.meeting && record.meeting.participants.length > 0) {
    out.push('## Participants', '');
    const when = [record.meeting.date, record.meeting.place].filter(Boolean).join(', ');
    if (when) out.push(`Meeting: ${when}`, '');
    const byName = new Map(record.persons.map((p) => [p.name, p]));
    for (const name of record.meeting.participants) {
      const p = byName.get(name);
      const detail = [p?.titles.join(', '), p?.affiliation].filter(Boolean).join('; ');
      out.push(`- ${name}${detail ? ` (${detail})` : ''}`);
    }
    out.push('');
  }
  const others = record.persons.filter((p) => !record.meeting?.participants.includes(p.name));
  if (others.length > 0) {
    out.push(record.meeting ? '## Others named' : '## Persons', '');
    for (const p of others) {
      const detail = [p.titles.join(', '), p.affiliation].filter(Boolean).join('; ');
      out.push(`- ${p.name}${detail ? ` (${detail})` : ''}`);
    }
    out.push('');
  }
  if (record.statements.length > 0) {
    out.push('## Who said what', '');
    for (const st of record.statements) {
      const to = st.addressee ? ` → ${st.addressee}` : '';
      const where = st.paragraph !== null ? `¶${st.paragraph} ` : '';
      out.push(`- ${where}**${st.speaker}**${to} *${st.cue}*: ${st.quoted ? `“${st.text}”` : st.text}`);
      for (const point of st.points) out.push(`    - ${point}`);
    }
    out.push('');
  }
  const upcoming = record.date ? record.events.filter((e) => e.date >= (record.date ?? '')) : record.events;
  if (upcoming.length > 0) {
    out.push(record.date ? '## Upcoming events' : '## Dated events', '');
    for (const e of upcoming)
      out.push(`- ${e.date}${e.until ? ` to ${e.until}` : ''}${e.relative ? ' (relative)' : ''}: ${e.text}`);
    out.push('');
  }
  out.push('## Text', '');
  let section: string | null = null;
  for (const p of record.paragraphs) {
    if (p.section !== section && p.section) out.push(`### ${p.section}`, '');
    section = p.section;
    const head = [p.number !== null ? `¶${p.number}.` : null, p.marking ? `(${p.marking})` : null]
      .filter(Boolean)
      .join(' ');
    out.push(`${head ? `**${head}** ` : ''}${p.text.replace(/\n/g, '  \n')}`, '');
  }
  if (record.problems.length > 0) {
    out.push('## Problems', '');
    for (const p of record.problems) out.push(`- \`${p.code}\`: ${p.message}`);
    out.push('');
  }
  return out.join('\n');
}
