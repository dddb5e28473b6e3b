import { type DateTimeGroup, parseDtgLine } from './dtg.js';

export interface Routing {
  dtg: DateTimeGroup | null;
  /** The `FM` line without the keyword. */
  from: string | null;
  recipients: string[];
  info: string[];
  /** Classification level from the `ZNY SSSSS ZZH` line, as the five letters. */
  zny: string | null;
  /** Serial number on the `DE RUEHxx #1130/01 3401915` line. */
  serial: string | null;
}

const PRECEDENCE_WORDS = /\s+(?:FLASH|NIACT\s+IMMEDIATE|IMMEDIATE|PRIORITY|ROUTINE|NIACT)\b.*$/;

/** An addressee as written, without routing indicator (`RUEHC/`), precedence and serial number. */
export function cleanAddressee(text: string): string {
  return text
    .replace(/^[A-Z0-9]{4,8}\//, '')
    .replace(PRECEDENCE_WORDS, '')
    .replace(/\s+\d{1,5}\s*$/, '')
    .replace(/\s+BT\s*$/, '')
    .replace(/\s+/g, ' ')
    .trim();
}

/** Lines of the routing block that name no addressee. */
const NOT_ADDRESSEE =
  /^(?:VZCZC|ZNY\b|ZNR\b|ZZH\b|BT\b|NNNN|DE\s|ACTION\s|PAGE\s+\d|[-]{5,}|[A-Z]{1,5}-\d\d\b|\/\d+W\b)/;

/** Reads the routing block: the lines before the banner. */
export function parseRouting(lines: readonly string[]): Routing {
  const routing: Routing = { dtg: null, from: null, recipients: [], info: [], zny: null, serial: null };
  let list: string[] | null = null;
  for (const raw of lines) {
    const line = raw.trim();
    if (line === '') {
      list = null;
      continue;
    }
    if (!routing.dtg) {
      const dtg = parseDtgLine(line);
      if (dtg) {
        routing.dtg = dtg;
        list = null;
        continue;
      }
    }
    let m = /^DE\s+[A-Z0-9]+\s+#(\d+)/.exec(line);
    if (m) {
      routing.serial = String(Number(m[1]));
      continue;
    }
    m = /^ZN[YR]\s+([A-Z]{5})\b/.exec(line);
    if (m) {
      routing.zny = m[1] ?? null;
      continue;
    }
    m = /^FM\s+(.+)$/.exec(line);
    if (m) {
      routing.from = (m[1] ?? '').replace(/\s+/g, ' ').trim();
      list = null;
      continue;
    }
    m = /^(TO|INFO)\s+(.+)$/.exec(line);
    if (m) {
      list = m[1] === 'TO' ? routing.recipients : routing.info;
      const who = cleanAddressee(m[2] ?? '');
      if (who) list.push(who);
      continue;
    }
    if (list && !NOT_ADDRESSEE.test(line)) {
      const who = cleanAddressee(line);
      if (who) list.push(who);
    }
  }
  return routing;
}
