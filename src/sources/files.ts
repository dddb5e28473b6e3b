import { opendir, readFile, stat } from 'node:fs/promises';
import { extname, join } from 'node:path';
import { promisify } from 'node:util';
import { gunzip } from 'node:zlib';
import type { SourceMeta } from '../record.js';
import { looksLikeArchivePage, readArchivePage } from './archive-page.js';
import { decodeBytes, looksBinary } from './decode.js';

const gunzipAsync = promisify(gunzip);

/** One cable's text as a source yields it, before parsing. */
export interface RawCable {
  kind: 'cable';
  text: string;
  source: string;
  meta: SourceMeta | null;
  encoding: string;
}

/** A source entry that could not be read as a cable; the run goes on. */
export interface SourceError {
  kind: 'error';
  source: string;
  message: string;
}

export type SourceItem = RawCable | SourceError;

/** Bytes of input consumed so far (compressed bytes for `.gz`): what progress and ETA are measured in. */
export interface ReadMeter {
  bytes: number;
}

const CABLE_EXTENSIONS = new Set(['.txt', '.html', '.htm', '']);

/** Turns one file's bytes into a cable, or says why it cannot be one. */
export function cableFromBytes(bytes: Uint8Array, source: string): SourceItem {
  if (bytes.length === 0) return { kind: 'error', source, message: 'empty file' };
  if (looksBinary(bytes))
    return { kind: 'error', source, message: 'binary file (NUL bytes), not cable text' };
  const { text, encoding } = decodeBytes(bytes);
  if (text.trim() === '') return { kind: 'error', source, message: 'file holds only white space' };
  if (looksLikeArchivePage(text)) {
    const page = readArchivePage(text);
    if (!page) return { kind: 'error', source, message: 'HTML page without a <pre> cable text' };
    return { kind: 'cable', text: page.text, source, meta: page.meta, encoding };
  }
  return { kind: 'cable', text, source, meta: null, encoding };
}

async function readOne(path: string, meter?: ReadMeter): Promise<SourceItem> {
  try {
    let bytes: Uint8Array = await readFile(path);
    if (meter) meter.bytes += bytes.length;
    if (path.endsWith('.gz')) bytes = await gunzipAsync(bytes);
    return cableFromBytes(bytes, path);
  } catch (error) {
    return { kind: 'error', source: path, message: describe(error) };
  }
}

function describe(error: unknown): string {
  const e = error as NodeJS.ErrnoException;
  if (e?.code === 'EACCES') return 'permission denied';
  if (e?.code === 'ENOENT') return 'no such file or folder';
  if (e?.code === 'Z_BUF_ERROR' || e?.code === 'Z_DATA_ERROR') return 'corrupt or truncated gzip data';
  return e instanceof Error ? e.message : String(error);
}

function isCableFile(name: string): boolean {
  const base = name.endsWith('.gz') ? name.slice(0, -3) : name;
  return !name.startsWith('.') && CABLE_EXTENSIONS.has(extname(base).toLowerCase());
}

/** Files below a folder in name order; an unreadable entry is reported, not fatal. */
async function* walk(dir: string): AsyncGenerator<string | SourceError> {
  let entries: { name: string; dir: boolean }[];
  try {
    const handle = await opendir(dir);
    entries = [];
    for await (const entry of handle) entries.push({ name: entry.name, dir: entry.isDirectory() });
  } catch (error) {
    yield { kind: 'error', source: dir, message: describe(error) };
    return;
  }
  entries.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
  for (const entry of entries) {
    const path = join(dir, entry.name);
    if (entry.dir) yield* walk(path);
    else if (isCableFile(entry.name)) yield path;
  }
}

async function readStdin(): Promise<Buffer> {
  const chunks: Buffer[] = [];
  for await (const chunk of process.stdin) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks);
}

/**
 * Cables from paths: files (any name when named directly), folders (recursively, `.txt`/`.html` and
 * their `.gz`), and `-` for standard input. Yields one item per cable or per unreadable entry.
 */
export async function* readCablePaths(paths: string[], meter?: ReadMeter): AsyncGenerator<SourceItem> {
  for (const path of paths) {
    if (path === '-') {
      yield cableFromBytes(await readStdin(), '-');
      continue;
    }
    let info: Awaited<ReturnType<typeof stat>>;
    try {
      info = await stat(path);
    } catch (error) {
      yield { kind: 'error', source: path, message: describe(error) };
      continue;
    }
    if (info.isDirectory()) {
      for await (const item of walk(path)) yield typeof item === 'string' ? await readOne(item, meter) : item;
    } else yield await readOne(path, meter);
  }
}

/**
 * Bytes the paths hold, counting only what `readCablePaths` and the table readers would read; standard
 * input counts 0 (its size is unknown).
 */
export async function inputSize(paths: string[]): Promise<number> {
  let total = 0;
  for (const path of paths) {
    if (path === '-') continue;
    try {
      const info = await stat(path);
      if (!info.isDirectory()) {
        total += info.size;
        continue;
      }
    } catch {
      continue;
    }
    for await (const item of walk(path)) {
      if (typeof item !== 'string') continue;
      try {
        total += (await stat(item)).size;
      } catch {
        // Reported when read.
      }
    }
  }
  return total;
}
