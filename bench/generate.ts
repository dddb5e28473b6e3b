/**
 * A deterministic corpus of N cables made from the real ones, for benchmarks at archive scale: headers
 * re-numbered and re-dated, paragraphs recombined (a third drawn from another cable of the same post's
 * kind, renumbered), so the text keeps the statistics of real cables — paragraph lengths, markings,
 * speech verbs, names. Written as a Cablegate-layout `cables.csv` and/or a folder of text files
 * (1,000 per sub-folder), streamed: memory holds the source cables only.
 *
 * Usage: tsx bench/generate.ts --count 10000 [--seed 1] [--out bench/out/10k] [--formats csv,folder]
 */
import { once } from 'node:events';
import { createWriteStream, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { stringify } from 'csv-stringify/sync';
import { parseCable } from '../src/parse/cable.js';

const args = process.argv.slice(2);
const option = (name: string, fallback: string) => {
  const i = args.indexOf(name);
  return i >= 0 ? (args[i + 1] ?? fallback) : fallback;
};
const count = Number(option('--count', '10000'));
const seed = Number(option('--seed', '1'));
const out = resolve(option('--out', `bench/out/${count}`));
const formats = new Set(option('--formats', 'csv,folder').split(','));
const corpus = resolve(option('--corpus', '../shared/corpus/cables'));

/** mulberry32: small, fast, and the same sequence for the same seed on every machine. */
function random(seedValue: number): () => number {
  let a = seedValue >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

interface Source {
  header: string;
  preamble: string;
  paragraphs: string[];
  id: string;
  post: string;
  year: number;
  serial: string;
  origin: string;
  classification: string;
}

const MONTHS = ['JAN', 'FEB', 'MAR', 'APR', 'MAY', 'JUN', 'JUL', 'AUG', 'SEP', 'OCT', 'NOV', 'DEC'];
const PARAGRAPH = /^(?=¶?\d{1,2}\. ?\()/m;

function load(): Source[] {
  const sources: Source[] = [];
  for (const file of readdirSync(corpus)
    .filter((f) => f.endsWith('.txt'))
    .sort()) {
    const raw = readFileSync(join(corpus, file), 'utf8').replace(/\r\n/g, '\n');
    const split = raw.indexOf('\n\n');
    if (split < 0) continue;
    const record = parseCable(raw);
    const m = /^(\d{2})([A-Z]+)(\d+)$/.exec(record.id ?? '');
    if (!m || !record.origin || !record.classification) continue;
    const text = raw.slice(split + 2);
    const parts = text.split(PARAGRAPH);
    if (parts.length < 3) continue;
    sources.push({
      header: raw.slice(0, split),
      preamble: parts[0] ?? '',
      paragraphs: parts.slice(1),
      id: record.id as string,
      post: m[2] as string,
      year: Number(m[1]) + (Number(m[1]) > 50 ? 1900 : 2000),
      serial: m[3] as string,
      origin: record.origin,
      classification: record.classification,
    });
  }
  return sources;
}

function pad(n: number, width = 2): string {
  return String(n).padStart(width, '0');
}

function main() {
  const sources = load();
  const rand = random(seed);
  const pick = <T>(list: T[]): T => list[Math.floor(rand() * list.length)] as T;
  mkdirSync(out, { recursive: true });
  const csv = formats.has('csv') ? createWriteStream(join(out, 'cables.csv')) : null;
  const serials = new Map<string, number>();
  let bytes = 0;
  const started = Date.now();
  const write = async (chunk: string) => {
    if (csv && !csv.write(chunk)) await once(csv, 'drain');
  };
  const run = async () => {
    for (let i = 0; i < count; i++) {
      const t = pick(sources);
      const donor = pick(sources);
      // A date in the template's year or one either side, within the archive's span.
      const year = Math.min(2010, Math.max(1966, t.year + Math.floor(rand() * 3) - 1));
      const month = 1 + Math.floor(rand() * 12);
      const day = 1 + Math.floor(rand() * 28);
      const hour = Math.floor(rand() * 24);
      const minute = Math.floor(rand() * 60);
      const yy = pad(year % 100);
      const postKey = `${yy}${t.post}`;
      const serial = (serials.get(postKey) ?? 100 + Math.floor(rand() * 900)) + 1 + Math.floor(rand() * 3);
      serials.set(postKey, serial);
      const id = `${yy}${t.post}${serial}`;
      const dtg = `${pad(day)}${pad(hour)}${pad(minute)}Z ${MONTHS[month - 1]} ${yy}`;
      // The date-time group is in the routing header, or (partial extracts) at the top of the text.
      const DTG = /\b\d{6}Z [A-Za-z]{3} \d{2}\b/;
      const inHeader = DTG.test(t.header);
      // The serial is in the routing line (`#1809/01`) and after the post in the banner (`ALGIERS 001809`).
      const SERIAL = new RegExp(`(#|\\b)0*${t.serial}\\b`, 'g');
      const renumber = (text: string) =>
        text.replace(SERIAL, (_, mark: string) => (mark === '#' ? `#${pad(serial, 4)}` : pad(serial, 6)));
      const header = renumber(t.header.replace(DTG, dtg));
      let preamble = renumber(t.preamble);
      if (!inHeader) preamble = preamble.replace(DTG, dtg);
      // Paragraphs: the template's, a third of them swapped for the donor's, renumbered in order.
      const paragraphs = t.paragraphs.map((p) =>
        rand() < 0.33 && donor.paragraphs.length > 0 ? pick(donor.paragraphs) : p,
      );
      let n = 0;
      const body = paragraphs
        .map((p) => p.replace(/^(¶?)\d{1,2}\./, (_, mark: string) => `${mark}${++n}.`))
        .join('');
      const text = `${preamble}${body}`;
      bytes += header.length + text.length;
      if (csv)
        await write(
          stringify([
            [
              i + 1,
              `${pad(month)}/${pad(day)}/${year} ${pad(hour)}:${pad(minute)}`,
              id,
              t.origin,
              t.classification,
              '',
              header,
              text,
            ],
          ]),
        );
      if (formats.has('folder')) {
        const dir = join(out, 'cables', pad(Math.floor(i / 1000), 4));
        if (i % 1000 === 0) mkdirSync(dir, { recursive: true });
        writeFileSync(join(dir, `${id}.txt`), `${header}\n\n${text}`);
      }
    }
    csv?.end();
    if (csv) await once(csv, 'finish');
    console.log(
      `${count} cables (${(bytes / 1e6).toFixed(1)} MB of text) from ${sources.length} sources, seed ${seed}, in ${((Date.now() - started) / 1000).toFixed(1)} s → ${out}`,
    );
  };
  return run();
}

await main();
