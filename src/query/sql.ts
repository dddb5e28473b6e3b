/** A value bound to a `?` placeholder. */
export type SqlValue = string | number | null;

/**
 * Read access to a store for the query layer: SQL written once with `?` placeholders, run by either
 * database. Rows come back as plain objects; numbers that PostgreSQL returns as strings (counts) are
 * the caller's to convert.
 */
export interface SqlReader {
  readonly dialect: 'sqlite' | 'postgres';
  select<T>(sql: string, params?: readonly SqlValue[]): Promise<T[]>;
}

/** `?` placeholders → `$1, $2, …` (the query layer never writes a literal `?` in SQL). */
export function numberedPlaceholders(sql: string): string {
  let n = 0;
  return sql.replace(/\?/g, () => `$${++n}`);
}
