import type { DatedEvent, Meeting, Person, Statement } from '../record.js';
import type { SentenceMentions } from './persons.js';

const MEETING_WORDS =
  /\b(?:met|meet|meeting|meetings|call on|called on|talks|discussion|dinner|lunch|breakfast)\b/i;
const PARTICIPANT_SECTION = /particip|attendees|present|delegation/i;

/**
 * The meeting a cable reports: participants from the participant list and from who spoke to whom, its
 * date from the first dated sentence that speaks of meeting, else none.
 */
export function extractMeeting(
  sentences: SentenceMentions[],
  sections: Map<number | null, string | null>,
  persons: Person[],
  personOf: (s: SentenceMentions, index: number) => Person | undefined,
  statements: Statement[],
  events: DatedEvent[],
  body: string,
): Meeting | null {
  const participants = new Set<string>();
  let listed = false;
  for (const s of sentences) {
    const section = sections.get(s.paragraph) ?? '';
    if (!PARTICIPANT_SECTION.test(section ?? '')) continue;
    s.mentions.forEach((_, i) => {
      const p = personOf(s, i);
      if (p) {
        participants.add(p.name);
        listed = true;
      }
    });
  }
  const spoken = statements.filter((st) => st.speaker_kind === 'person' && st.addressee_id);
  for (const st of spoken) {
    participants.add(st.speaker);
    if (st.addressee) participants.add(st.addressee);
  }
  const mentionsMeeting = sentences.some((s) => s.lower.some((w) => MEETING_WORDS.test(w)));
  if (!listed && (spoken.length === 0 || !mentionsMeeting)) return null;
  const dated = events.find((e) => MEETING_WORDS.test(body.slice(Math.max(0, e.start - 120), e.end + 120)));
  const known = new Set(persons.map((p) => p.name));
  return {
    date: dated?.date ?? null,
    place: null,
    participants: [...participants].filter((n) => known.has(n)),
  };
}
