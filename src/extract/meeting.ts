import { NAME_STOPWORDS, PLACE_FOLLOWERS, PLACE_JOINERS } from '../lexicon/words.js';
import type { DatedEvent, Meeting, Person, Statement } from '../record.js';
import type { SentenceMentions } from './persons.js';

const MEETING_WORDS =
  /\b(?:met|meet|meeting|meetings|call on|called on|talks|discussion|dinner|lunch|breakfast)\b/i;
const PARTICIPANT_SECTION = /particip|attendees|present|delegation/i;
/** `d'Orsay`, `l'Elysee`: an elided article glued to a capitalised name. */
const ELIDED = /^[dl]['’]\p{Lu}/u;

/**
 * Where a meeting sentence says it happened: the capitalised phrase after `in` or `at` (`met in Pristina`,
 * `at the Foreign Ministry`), or a country or organisation the mention finder put there. Names of persons,
 * months and weekdays are not places.
 */
function placeIn(s: SentenceMentions, personTokens: Set<number>): string | null {
  if (s.allCaps) return null;
  let lastMeetingWord = -100;
  for (let i = 0; i < s.tokens.length - 1; i++) {
    const w = s.lower[i] ?? '';
    if (MEETING_WORDS.test(w)) lastMeetingWord = i;
    // The place belongs to the meeting: `met in X`, `meeting at the X`, `met Y and Z in X`.
    if ((w !== 'in' && w !== 'at') || i - lastMeetingWord > 6) continue;
    let j = i + 1;
    if (s.lower[j] === 'the') j++;
    const from = j;
    while (
      j < s.tokens.length &&
      !personTokens.has(j) &&
      ((s.tokens[j]?.cap && s.tokens[j]?.word) ||
        (j > from && (PLACE_JOINERS.has(s.lower[j] ?? '') || ELIDED.test(s.words[j] ?? ''))))
    ) {
      if (NAME_STOPWORDS.has(s.words[j] ?? '') && !s.mentions.some((m) => m.from <= j && j < m.to)) break;
      j++;
    }
    while (j > from && PLACE_JOINERS.has(s.lower[j - 1] ?? '')) j--;
    if (j === from) continue;
    // `G8`: a number glued to the name is part of it.
    if (/^\d/.test(s.words[j] ?? '') && s.tokens[j]?.start === s.tokens[j - 1]?.end) j++;
    const mention = s.mentions.find((m) => m.from === from || (m.definite && m.from + 1 === from));
    if (mention && mention.kind !== 'country' && mention.kind !== 'organization') continue;
    // A demonym or name used as an adjective (`in Iraqi politics`) names no place.
    if (s.tokens[j]?.word && !s.tokens[j]?.cap && !PLACE_FOLLOWERS.has(s.lower[j] ?? '')) continue;
    const tokens = s.tokens.slice(from, j);
    return tokens
      .map((t) => t.text)
      .join(' ')
      .replace(/['’]s$/, '');
  }
  return null;
}

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
  if (!listed && spoken.length === 0) return null;
  const meetingSentences = sentences.filter((s) => s.lower.some((w) => MEETING_WORDS.test(w)));
  if (!listed && meetingSentences.length === 0) return null;
  const dated = events.find((e) => MEETING_WORDS.test(body.slice(Math.max(0, e.start - 120), e.end + 120)));
  const known = new Set(persons.map((p) => p.name));
  let place: string | null = null;
  for (const s of meetingSentences) {
    const personTokens = new Set<number>();
    s.mentions.forEach((m, i) => {
      if (personOf(s, i)) for (let t = m.from; t < m.to; t++) personTokens.add(t);
    });
    place = placeIn(s, personTokens);
    if (place) break;
  }
  return {
    date: dated?.date ?? null,
    place,
    participants: [...participants].filter((n) => known.has(n)),
  };
}
