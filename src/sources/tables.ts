import { createReadStream } from 'node:fs';
import { createInterface } from 'node:readline';
import type { Readable } from 'node:stream';
import { createGunzip } from 'node:zlib';
import { parse } from 'csv-parse';
import type { SourceMeta } from '../record.js';
import type { ReadMeter, SourceItem } from './files.js';

/** A file as a stream of text, gunzipped when its name ends in `.gz`. */
export function openText(path: string, meter?: ReadMeter): Readable {
  const raw = createReadStream(path);
  if (meter) raw.on('data', (chunk) => (meter.bytes += chunk.length));
  return path.endsWith('.gz') ? raw.pipe(createGunzip()) : raw;
}

/** `12/28/1966 18:06` or `1966-12-28 18:06` → date and time. */
function splitDateTime(value: string | undefined): { date: string | null; time: string | null } {
  const text = (value ?? '').trim();
  let m = /^(\d{4})-(\d{2})-(\d{2})(?:[ T](\d{2}):(\d{2}))?/.exec(text);
  if (m) return { date: `${m[1]}-${m[2]}-${m[3]}`, time: m[4] ? `${m[4]}:${m[5]}` : null };
  m = /^(\d{1,2})\/(\d{1,2})\/(\d{4})(?:\s+(\d{1,2}):(\d{2}))?/.exec(text);
  if (m) {
    const pad = (s: string | undefined) => (s ?? '').padStart(2, '0');
    return { date: `${m[3]}-${pad(m[1])}-${pad(m[2])}`, time: m[4] ? `${pad(m[4])}:${m[5]}` : null };
  }
  return { date: null, time: null };
}

/**
 * Rows of the Cablegate `cables.csv`: row number, date, reference id, origin, classification, references,
 * header, text. Read as a stream: quoted fields may span lines, and no row is held longer than it takes
 * to yield it. A row that does not parse is reported and the rest go on.
 */
export async function* readCablegateCsv(path: string, meter?: ReadMeter): AsyncGenerator<SourceItem> {
  const parser = openText(path, meter).pipe(
    parse({
      relax_column_count: true,
      relax_quotes: true,
      skip_empty_lines: true,
      max_record_size: 64 * 1024 * 1024,
    }),
  );
  let row = 0;
  try {
    for await (const fields of parser as AsyncIterable<string[]>) {
      row++;
      const source = `${path}#${row}`;
      if (fields.length < 8) {
        yield { kind: 'error', source, message: `expected 8 columns, found ${fields.length}` };
        continue;
      }
      const [, dateTime, refId, origin, classification, references, header, text] = fields;
      const { date, time } = splitDateTime(dateTime);
      const meta: SourceMeta = {
        id: refId?.trim() || null,
        date,
        time,
        origin: origin?.trim() || null,
        classification: classification?.trim() || null,
        references: references ?? null,
      };
      yield { kind: 'cable', text: `${header ?? ''}\n\n${text ?? ''}`, source, meta, encoding: 'utf-8' };
    }
  } catch (error) {
    yield {
      kind: 'error',
      source: `${path}#${row + 1}`,
      message: `CSV unreadable from here on: ${error instanceof Error ? error.message : String(error)}`,
    };
  }
}

/**
 * JSON lines: each object holds a cable's `text` with optional metadata (`id`, `created` or `date`,
 * `origin`, `classification`, `subject`). A line that is not such an object is reported.
 */
export async function* readJsonl(path: string, meter?: ReadMeter): AsyncGenerator<SourceItem> {
  const lines = createInterface({ input: openText(path, meter), crlfDelay: Number.POSITIVE_INFINITY });
  let row = 0;
  try {
    for await (const line of lines) {
      row++;
      if (line.trim() === '') continue;
      const source = `${path}#${row}`;
      let value: unknown;
      try {
        value = JSON.parse(line);
      } catch {
        yield { kind: 'error', source, message: 'not valid JSON' };
        continue;
      }
      const obj = value as Record<string, unknown>;
      if (typeof obj !== 'object' || obj === null || typeof obj.text !== 'string') {
        yield { kind: 'error', source, message: 'no "text" field with the cable text' };
        continue;
      }
      const str = (k: string) =>
        typeof obj[k] === 'string' && (obj[k] as string).trim() !== '' ? (obj[k] as string).trim() : null;
      const when = splitDateTime(str('created') ?? str('date') ?? undefined);
      const meta: SourceMeta = {
        id: str('id'),
        date: when.date,
        time: when.time,
        origin: str('origin'),
        classification: str('classification'),
        subject: str('subject'),
      };
      yield { kind: 'cable', text: obj.text as string, source, meta, encoding: 'utf-8' };
    }
  } catch (error) {
    yield {
      kind: 'error',
      source: `${path}#${row + 1}`,
      message: `unreadable from here on: ${error instanceof Error ? error.message : String(error)}`,
    };
  }
}
