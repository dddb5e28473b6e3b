import { Parser } from 'htmlparser2';
import type { SourceMeta } from '../record.js';

export interface ArchivePage {
  /** The cable text: the `<pre>` blocks joined by a blank line, tags removed, entities decoded. */
  text: string;
  meta: SourceMeta;
}

const TABLE_KEYS: Record<string, string> = {
  'reference id': 'id',
  created: 'created',
  released: 'released',
  classification: 'classification',
  origin: 'origin',
};

/**
 * Reads a Cablegate archive web page: the metadata table (`Reference ID`, `Created`, ...), the heading
 * (`Viewing cable <ID>, <SUBJECT>`) and the two `<pre>` blocks that hold the header and the text. The
 * `¶` paragraph anchors are kept as text. A streaming parser: no tree, so deep nesting costs nothing.
 */
export function readArchivePage(html: string): ArchivePage | null {
  const pres: string[] = [];
  const headers: string[] = [];
  const cells: string[] = [];
  let pre: string[] | null = null;
  let cell: string[] | null = null;
  let header: string[] | null = null;
  let heading: string[] | null = null;
  let headingText = '';
  let inCableTable = false;
  const parser = new Parser(
    {
      onopentag(name, attrs) {
        if (name === 'pre') pre = [];
        else if (name === 'table' && /\bcable\b/.test(attrs.class ?? '')) inCableTable = true;
        else if (inCableTable && name === 'th') header = [];
        else if (inCableTable && name === 'td') cell = [];
        else if (name === 'h3' && headingText === '') heading = [];
        else if (name === 'br' && pre) pre.push('\n');
      },
      ontext(text) {
        pre?.push(text);
        cell?.push(text);
        header?.push(text);
        heading?.push(text);
      },
      onclosetag(name) {
        if (name === 'pre' && pre) {
          pres.push(pre.join(''));
          pre = null;
        } else if (name === 'th' && header) {
          headers.push(header.join('').trim());
          header = null;
        } else if (name === 'td' && cell) {
          cells.push(cell.join('').trim());
          cell = null;
        } else if (name === 'table') inCableTable = false;
        else if (name === 'h3' && heading) {
          const text = heading.join('').trim();
          if (/^Viewing cable/i.test(text)) headingText = text;
          heading = null;
        }
      },
    },
    { decodeEntities: true, lowerCaseTags: true },
  );
  parser.write(html);
  parser.end();
  if (pres.length === 0) return null;
  const meta: SourceMeta = {};
  headers.forEach((name, i) => {
    const key = TABLE_KEYS[name.toLowerCase()];
    const value = cells[i];
    if (key && value) meta[key] = value;
  });
  if (typeof meta.created === 'string') {
    const m = /^(\d{4}-\d{2}-\d{2})(?:\s+(\d{2}:\d{2}))?/.exec(meta.created);
    if (m) {
      meta.date = m[1] ?? null;
      meta.time = m[2] ?? null;
    }
  }
  const subject = /^Viewing cable\s+[^,]+,\s*(.*)$/i.exec(headingText)?.[1];
  if (subject) meta.subject = subject.trim();
  return { text: pres.join('\n\n'), meta };
}

export function looksLikeArchivePage(text: string): boolean {
  const head = text.slice(0, 4000).toLowerCase();
  return head.includes('<html') || (head.includes('<!doctype html') && text.includes('<pre'));
}
