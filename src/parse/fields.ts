import { expandYear, isValidDate, pad } from './dtg.js';

/** Keywords that open a header field. Order matters only for reading; each is tried at a line start. */
export type FieldName = 'eo' | 'tags' | 'subject' | 'ref' | 'classified';

const FIELD_START: readonly [FieldName, RegExp][] = [
  ['eo', /^\(?[UC]?\)?\s*E\.?\s?O\.?\s*:?\s*1\d{4}\b|^EO\s+1\d{4}\b|^E\.\s?O\.?\s*(?:DECL|N\/A)/i],
  // (`TAG MASS, PREL, BR`: without the colon and the `S`, in capitals before a code.)
  ['tags', /^[Tt][Aa][Gg][Ss]?\s*:|^(?:TAGS|[Tt]ags)\s+(?=[A-Z]{2,})|^TAG\s+(?=[A-Z]{2,}\b)/],
  ['subject', /^SUBJ(?:ECT)?\s*:|^SUBJECT\s+(?=[A-Z])/i],
  ['ref', /^REF(?:S|TEL|TELS)?\s*(?::|\b(?=\s*[A-Z(]))|^REFERENCES?\s*:/i],
  ['classified', /^\(?[UCS]?\)?\s*CLASSIFIED\s+BY\b/i],
];

export function fieldAt(line: string): FieldName | null {
  const text = line.trimStart();
  for (const [name, re] of FIELD_START) if (re.test(text)) return name;
  return null;
}

/** Mid-line field openings that damaged copies run together (`DEPT FOR X E.O. 12958: DECL: ...`). */
const MID_LINE_FIELD =
  /\s(?=E\.\s?O\.\s*1\d{4}\b|EO\s+1\d{4}\s*:?\s*DECL|TAGS\s*:|SUBJECT\s*:|REF\s*:\s|Classified\s+By\s*:)/gi;

export function splitRunTogetherFields(line: string): string[] {
  if (line.length > 2000) return [line];
  const parts = line.split(MID_LINE_FIELD).filter((p) => p.trim() !== '');
  return parts.length > 0 ? parts : [line];
}

export interface EoField {
  executive_order: string | null;
  declassify_on: string | null;
}

export function parseEo(text: string): EoField {
  const order = /(1\d{4})/.exec(text)?.[1] ?? null;
  const rest = text.replace(/^.*?(?:1\d{4}\s*:?)/, '').trim();
  const decl = rest.replace(/^(?:DECL(?:ASSIFY)?\s*:?\s*)/i, '').trim();
  return { executive_order: order, declassify_on: parseDeclassifyOn(decl) };
}

function parseDeclassifyOn(text: string): string | null {
  if (!text || /^N\/?A\b/i.test(text)) return null;
  let m = /(\d{1,2})\/(\d{1,2})\/(\d{4}|\d{2})\b/.exec(text);
  if (m) {
    const year = m[3]?.length === 4 ? Number(m[3]) : expandYear(Number(m[3]));
    const month = Number(m[1]);
    const day = Number(m[2]);
    if (isValidDate(year, month, day)) return `${year}-${pad(month)}-${pad(day)}`;
  }
  m = /(\d{4})[/-](\d{1,2})[/-](\d{1,2})/.exec(text);
  if (m && isValidDate(Number(m[1]), Number(m[2]), Number(m[3]))) {
    return `${m[1]}-${pad(Number(m[2]))}-${pad(Number(m[3]))}`;
  }
  return text.replace(/\s+/g, ' ').slice(0, 200);
}

export function parseTags(text: string): string[] {
  const body = text.replace(/^TAGS?\s*:?\s*/i, '');
  const tags: string[] = [];
  for (const token of body.split(/[\s,;]+/)) {
    const code = token.replace(/[^A-Za-z0-9]/g, '').toUpperCase();
    if (code.length >= 2 && code.length <= 8 && !tags.includes(code)) tags.push(code);
  }
  return tags;
}

export function parseSubject(text: string): string | null {
  const subject = text
    .replace(/^SUBJ(?:ECT)?\s*:?\s*/i, '')
    .replace(/\s+/g, ' ')
    .trim();
  return subject || null;
}

export interface ClassifiedBy {
  classified_by: string | null;
  reasons: string[];
}

/** `Classified By: Ambassador Robert Ford, reason 1.4 (b) and (d)` and its many variants. */
export function parseClassifiedBy(text: string): ClassifiedBy {
  const flat = text.replace(/\s+/g, ' ').trim();
  const afterLabel = flat.replace(/^\(?[UCS]?\)?\s*CLASSIFIED\s+BY\s*:?\s*/i, '');
  const cut = /[,;.]?\s*(?:\bfor\s+)?(?:\breasons?\b|\bE\.\s?O\.|\b1\.\s?[4-6]\b)/i.exec(afterLabel);
  const who = (cut ? afterLabel.slice(0, cut.index) : afterLabel).replace(/[\s,;:.]+$/, '').trim();
  return { classified_by: who || null, reasons: parseReasons(cut ? afterLabel.slice(cut.index) : '') };
}

export function parseReasons(text: string): string[] {
  const reasons: string[] = [];
  const sections = [...text.matchAll(/\b1\.\s?([4-6])/g)];
  sections.forEach((section, i) => {
    const from = (section.index ?? 0) + section[0].length;
    const to = sections[i + 1]?.index ?? text.length;
    const letters = text.slice(from, to).match(/(?<![A-Za-z])[a-hA-H](?![A-Za-z])/g) ?? [];
    if (letters.length === 0) reasons.push(`1.${section[1]}`);
    for (const letter of letters) {
      const code = `1.${section[1]}(${letter.toLowerCase()})`;
      if (!reasons.includes(code)) reasons.push(code);
    }
  });
  return reasons;
}
