import type { TimelineItem } from './answers.js';
import { dateBound } from './filters.js';
import type { SqlReader, SqlValue } from './sql.js';

export type { TimelineItem };

export interface TimelineRequest {
  from?: string | null;
  to?: string | null;
  /** Only items of cables naming this corpus person. */
  person?: number | null;
  limit?: number;
}

export const MAX_TIMELINE = 2000;

/**
 * Dated events named in the cables and the meetings they report, in date order, within a date range.
 * Events whose year is unknown (`XXXX-…`) have no place on a timeline and are left out.
 */
export async function timeline(reader: SqlReader, r: TimelineRequest): Promise<TimelineItem[]> {
  const limit = Math.min(Math.max(1, Math.trunc(r.limit ?? 500)), MAX_TIMELINE);
  const from = (r.from ? dateBound(r.from, false) : null) ?? '0000-01-01';
  const to = (r.to ? dateBound(r.to, true) : null) ?? '9999-12-31';
  const person =
    r.person != null ? ' AND c.key IN (SELECT cable_key FROM person_mentions WHERE person_id = ?)' : '';
  const personParams: SqlValue[] = r.person != null ? [r.person] : [];
  const [events, meetings] = await Promise.all([
    reader.select<{
      date: string;
      text: string;
      paragraph: number | null;
      relative: number | boolean;
      key: string;
      id: string | null;
      subject: string | null;
      origin: string | null;
    }>(
      `SELECT e.date AS date, e.text AS text, e.paragraph AS paragraph, e.relative AS relative, c.key AS key, c.id AS id,
         c.subject AS subject, c.origin AS origin
       FROM events e JOIN cables c ON c.key = e.cable_key
       WHERE e.date >= ? AND e.date <= ? AND e.date NOT LIKE 'X%'${person}
       ORDER BY e.date, c.key, e.ord LIMIT ?`,
      [from, to, ...personParams, limit],
    ),
    reader.select<{
      date: string;
      place: string | null;
      key: string;
      id: string | null;
      subject: string | null;
      origin: string | null;
    }>(
      `SELECT coalesce(m.date, c.date) AS date, m.place AS place, c.key AS key, c.id AS id, c.subject AS subject,
         c.origin AS origin
       FROM meetings m JOIN cables c ON c.key = m.cable_key
       WHERE coalesce(m.date, c.date) >= ? AND coalesce(m.date, c.date) <= ?${person}
       ORDER BY 1, c.key LIMIT ?`,
      [from, to, ...personParams, limit],
    ),
  ]);
  const keys = meetings.map((m) => m.key);
  const participants = keys.length
    ? await reader.select<{ key: string; id: number; name: string }>(
        `SELECT mp.cable_key AS key, p.person_id AS id, p.name AS name FROM meeting_participants mp
         JOIN persons p ON p.person_id = mp.person_id WHERE mp.cable_key IN (${keys.map(() => '?').join(',')})
         ORDER BY p.name`,
        keys,
      )
    : [];
  const byCable = new Map<string, { id: number; name: string }[]>();
  for (const p of participants) {
    const list = byCable.get(p.key) ?? [];
    list.push({ id: Number(p.id), name: p.name });
    byCable.set(p.key, list);
  }
  const items: TimelineItem[] = [
    ...events.map((e) => ({
      kind: 'event' as const,
      date: e.date,
      until: null,
      text: e.text,
      relative: Boolean(e.relative),
      key: e.key,
      id: e.id,
      subject: e.subject,
      origin: e.origin,
      paragraph: e.paragraph,
    })),
    ...meetings.map((m) => {
      const people = byCable.get(m.key) ?? [];
      return {
        kind: 'meeting' as const,
        date: m.date,
        until: null,
        text: `Meeting${m.place ? ` at ${m.place}` : ''}${people.length ? `: ${people.map((p) => p.name).join(', ')}` : ''}`,
        relative: false,
        key: m.key,
        id: m.id,
        subject: m.subject,
        origin: m.origin,
        paragraph: null,
        place: m.place,
        participants: people,
      };
    }),
  ];
  return items
    .sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : a.key.localeCompare(b.key)))
    .slice(0, limit);
}
