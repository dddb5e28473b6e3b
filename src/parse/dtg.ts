const MONTHS = ['JAN', 'FEB', 'MAR', 'APR', 'MAY', 'JUN', 'JUL', 'AUG', 'SEP', 'OCT', 'NOV', 'DEC'];

export interface DateTimeGroup {
  /** `YYYY-MM-DD`. */
  date: string;
  /** `HH:MM` UTC. */
  time: string;
  /** Precedence letters written before the group (`O`, `P R`), or null. */
  precedence: string | null;
}

/**
 * A date-time group line: optional precedence letters, then `DDHHMMZ MON YY` (`O 061915Z DEC 07`,
 * `P R 281848Z DEC 66`, `201247Z Jan 04`).
 */
const DTG_LINE =
  /^\s*((?:(?:ZZ|OO|PP|RR|Z|O|P|R)\s+){0,3})(\d{2})(\d{2})(\d{2})\s?Z\s+([A-Za-z]{3})[A-Za-z]*\.?\s+(\d{2}|\d{4})\b/;

export function parseDtgLine(line: string): DateTimeGroup | null {
  if (line.length > 80) return null;
  const m = DTG_LINE.exec(line);
  if (!m) return null;
  const [, prec = '', dd = '', hh = '', mi = '', mon = '', yy = ''] = m;
  const month = MONTHS.indexOf(mon.toUpperCase()) + 1;
  const day = Number(dd);
  if (month === 0 || day < 1 || day > 31 || Number(hh) > 23 || Number(mi) > 59) return null;
  const year = yy.length === 4 ? Number(yy) : expandYear(Number(yy));
  if (!isValidDate(year, month, day)) return null;
  const precedence = prec.trim().replace(/\s+/g, ' ') || null;
  return { date: `${year}-${pad(month)}-${dd}`, time: `${hh}:${mi}`, precedence };
}

/** Two-digit telegram years: the archive spans 1966–2010, so 50–99 are 19xx. */
export function expandYear(yy: number): number {
  return yy >= 50 ? 1900 + yy : 2000 + yy;
}

export function isValidDate(year: number, month: number, day: number): boolean {
  if (month < 1 || month > 12 || day < 1) return false;
  const days = new Date(Date.UTC(year, month, 0)).getUTCDate();
  return day <= days;
}

export function pad(n: number): string {
  return String(n).padStart(2, '0');
}
