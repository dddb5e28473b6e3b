/**
 * The search language a journalist types: words, "exact phrases", AND / OR / NOT / -word, prefix word*,
 * parentheses, and field filters (origin:, tag:, class:, person:, org:, speaker:, from:, to:, year:).
 * Parsed into a tree that the stores compile to their own full-text syntax; the user's text never
 * reaches the database as syntax.
 */

export type TextNode =
  | { kind: 'term'; value: string; prefix: boolean }
  | { kind: 'phrase'; value: string }
  | { kind: 'and'; children: TextNode[] }
  | { kind: 'or'; children: TextNode[] }
  | { kind: 'not'; child: TextNode };

export const FILTER_FIELDS = [
  'origin',
  'tag',
  'class',
  'person',
  'org',
  'speaker',
  'from',
  'to',
  'year',
] as const;
export type FilterField = (typeof FILTER_FIELDS)[number];

export interface Filter {
  field: FilterField;
  value: string;
  negated: boolean;
}

export interface ParsedQuery {
  /** The full-text part, or null when the query is filters only. */
  text: TextNode | null;
  /** Filters, all of which a result must satisfy. */
  filters: Filter[];
}

/** A query that cannot be read, with the character position (0-based) where the problem is. */
export class QuerySyntaxError extends Error {
  constructor(
    message: string,
    readonly position: number,
  ) {
    super(`${message} (at character ${position + 1})`);
    this.name = 'QuerySyntaxError';
  }
}

export const MAX_QUERY_LENGTH = 1000;
const MAX_CLAUSES = 64;

type Lexeme =
  | { kind: 'word'; value: string; at: number; prefix: boolean }
  | { kind: 'phrase'; value: string; at: number }
  | { kind: 'field'; field: string; at: number }
  | { kind: 'and' | 'or' | 'not' | 'minus' | 'open' | 'close'; at: number };

/** Letters and digits of a word; everything else separates words, as in the full-text indexes. */
const WORD_CHARS = /[\p{L}\p{N}]+/gu;

function lex(query: string): Lexeme[] {
  const out: Lexeme[] = [];
  let i = 0;
  while (i < query.length) {
    const ch = query[i] as string;
    if (/\s/.test(ch)) {
      i++;
      continue;
    }
    if (ch === '(' || ch === ')') {
      out.push({ kind: ch === '(' ? 'open' : 'close', at: i });
      i++;
      continue;
    }
    if (ch === '"' || ch === '“' || ch === '”') {
      const end = query.slice(i + 1).search(/["“”]/);
      if (end < 0) throw new QuerySyntaxError('a quotation mark is not closed', i);
      out.push({ kind: 'phrase', value: query.slice(i + 1, i + 1 + end), at: i });
      i += end + 2;
      continue;
    }
    if (ch === '-' && i + 1 < query.length && !/\s/.test(query[i + 1] as string)) {
      const prev = i > 0 ? (query[i - 1] as string) : ' ';
      if (/[\s(]/.test(prev)) {
        out.push({ kind: 'minus', at: i });
        i++;
        continue;
      }
    }
    let j = i;
    while (j < query.length && !/[\s()"“”]/.test(query[j] as string)) {
      // `origin:` ends the field name; the value is the next lexeme (a word or a phrase).
      if (query[j] === ':' && j > i && /^[a-z]+$/i.test(query.slice(i, j))) break;
      j++;
    }
    const raw = query.slice(i, j);
    if (query[j] === ':') {
      out.push({ kind: 'field', field: raw.toLowerCase(), at: i });
      i = j + 1;
      continue;
    }
    if (raw === 'AND' || raw === 'OR' || raw === 'NOT') {
      out.push({ kind: raw.toLowerCase() as 'and' | 'or' | 'not', at: i });
    } else if (raw === '&&') out.push({ kind: 'and', at: i });
    else if (raw === '||') out.push({ kind: 'or', at: i });
    else out.push({ kind: 'word', value: raw, at: i, prefix: raw.endsWith('*') });
    i = j;
  }
  return out;
}

/** The words of a term as the indexes see them: `U.S.` is `U S`, `Ki-moon` is `Ki moon`. */
export function wordsOf(text: string): string[] {
  return text.match(WORD_CHARS) ?? [];
}

class Parser {
  private i = 0;
  private clauses = 0;
  readonly filters: Filter[] = [];

  constructor(private readonly lexemes: Lexeme[]) {}

  private peek(): Lexeme | undefined {
    return this.lexemes[this.i];
  }

  parse(): TextNode | null {
    const node = this.or(0);
    const rest = this.peek();
    if (rest) {
      throw new QuerySyntaxError(
        rest.kind === 'close' ? 'a closing parenthesis has no opening one' : 'unexpected text',
        rest.at,
      );
    }
    return node;
  }

  private or(depth: number): TextNode | null {
    const filtersBefore = this.filters.length;
    const parts: (TextNode | null)[] = [this.and(depth)];
    while (this.peek()?.kind === 'or') {
      const op = this.peek() as Lexeme;
      if (this.filters.length > filtersBefore)
        throw new QuerySyntaxError(
          'OR joins words or phrases: field filters cannot be one of its sides',
          op.at,
        );
      this.i++;
      const next = this.peek();
      if (!next || next.kind === 'close' || next.kind === 'or' || next.kind === 'and')
        throw new QuerySyntaxError('OR needs something on its right', op.at);
      const right = this.and(depth);
      if (this.filters.length > filtersBefore || right === null)
        throw new QuerySyntaxError(
          'OR joins words or phrases: field filters cannot be one of its sides',
          op.at,
        );
      parts.push(right);
    }
    const kept = parts.filter((p): p is TextNode => p !== null);
    if (kept.length > 1 && !kept.every(hasPositive))
      throw new QuerySyntaxError(
        'each side of OR needs a word that is not negated',
        this.lexemes[0]?.at ?? 0,
      );
    if (kept.length === 0) return null;
    return kept.length === 1 ? (kept[0] as TextNode) : { kind: 'or', children: kept };
  }

  private and(depth: number): TextNode | null {
    const parts: TextNode[] = [];
    let first = true;
    for (;;) {
      const next = this.peek();
      if (!next || next.kind === 'or' || next.kind === 'close') break;
      if (next.kind === 'and') {
        if (first) throw new QuerySyntaxError('AND needs something on its left', next.at);
        this.i++;
        const after = this.peek();
        if (!after || after.kind === 'close' || after.kind === 'or' || after.kind === 'and')
          throw new QuerySyntaxError('AND needs something on its right', next.at);
        continue;
      }
      const node = this.unary(depth);
      first = false;
      // `a (b c)` is `a b c`: nested conjunctions flatten, so negations meet their positives.
      if (node?.kind === 'and') parts.push(...node.children);
      else if (node) parts.push(node);
    }
    if (parts.length === 0) return null;
    return parts.length === 1 ? (parts[0] as TextNode) : { kind: 'and', children: parts };
  }

  private unary(depth: number): TextNode | null {
    const next = this.peek() as Lexeme;
    if (next.kind === 'not' || next.kind === 'minus') {
      this.i++;
      const operand = this.peek();
      if (!operand || operand.kind === 'close' || operand.kind === 'or' || operand.kind === 'and')
        throw new QuerySyntaxError(`${next.kind === 'not' ? 'NOT' : '-'} needs a word after it`, next.at);
      if (operand.kind === 'field') {
        this.filter(depth, true);
        return null;
      }
      const child = this.unary(depth);
      if (child && !hasPositive(child))
        throw new QuerySyntaxError('a negation needs a word after it, not another negation', next.at);
      return child ? { kind: 'not', child } : null;
    }
    return this.primary(depth);
  }

  private count(at: number): void {
    if (++this.clauses > MAX_CLAUSES) throw new QuerySyntaxError(`more than ${MAX_CLAUSES} terms`, at);
  }

  private primary(depth: number): TextNode | null {
    const next = this.peek() as Lexeme;
    switch (next.kind) {
      case 'open': {
        if (depth >= 8) throw new QuerySyntaxError('parentheses nested too deep', next.at);
        this.i++;
        const inner = this.or(depth + 1);
        const close = this.peek();
        if (close?.kind !== 'close') throw new QuerySyntaxError('a parenthesis is not closed', next.at);
        this.i++;
        if (!inner) throw new QuerySyntaxError('empty parentheses', next.at);
        return inner;
      }
      case 'field':
        this.filter(depth, false);
        return null;
      case 'phrase': {
        this.i++;
        this.count(next.at);
        const words = wordsOf(next.value);
        if (words.length === 0) throw new QuerySyntaxError('an empty phrase', next.at);
        return words.length === 1
          ? { kind: 'term', value: words[0] as string, prefix: false }
          : { kind: 'phrase', value: words.join(' ') };
      }
      case 'word': {
        this.i++;
        this.count(next.at);
        const words = wordsOf(next.value);
        if (words.length === 0) {
          if (next.value === '*') throw new QuerySyntaxError('a * must end a word', next.at);
          return null; // punctuation alone: nothing to search for
        }
        if (next.prefix && words.length === 1)
          return { kind: 'term', value: words[0] as string, prefix: true };
        // `U.S.` or `Ki-moon`: the words of one written term, in order.
        return words.length === 1
          ? { kind: 'term', value: words[0] as string, prefix: false }
          : { kind: 'phrase', value: words.join(' ') };
      }
      default:
        throw new QuerySyntaxError(
          `unexpected ${next.kind === 'close' ? ')' : next.kind.toUpperCase()}`,
          next.at,
        );
    }
  }

  private filter(depth: number, negated: boolean): void {
    const field = this.peek() as Extract<Lexeme, { kind: 'field' }>;
    this.i++;
    if (!(FILTER_FIELDS as readonly string[]).includes(field.field)) {
      throw new QuerySyntaxError(
        `unknown field "${field.field}:" (fields: ${FILTER_FIELDS.map((f) => `${f}:`).join(' ')})`,
        field.at,
      );
    }
    if (depth > 0) {
      throw new QuerySyntaxError(
        `field filters apply to the whole query: put ${field.field}: outside parentheses`,
        field.at,
      );
    }
    const value = this.peek();
    if (!value || (value.kind !== 'word' && value.kind !== 'phrase'))
      throw new QuerySyntaxError(`${field.field}: needs a value`, field.at);
    this.i++;
    this.count(field.at);
    const text = value.value.trim();
    if (text === '') throw new QuerySyntaxError(`${field.field}: needs a value`, field.at);
    this.filters.push({ field: field.field as FilterField, value: text, negated });
  }
}

/** Reads a query; throws QuerySyntaxError with a position for anything it cannot read. */
export function parseQuery(query: string): ParsedQuery {
  if (query.length > MAX_QUERY_LENGTH)
    throw new QuerySyntaxError(`the query is longer than ${MAX_QUERY_LENGTH} characters`, MAX_QUERY_LENGTH);
  const lexemes = lex(query);
  const parser = new Parser(lexemes);
  const text = parser.parse();
  if (text && !hasPositive(text) && parser.filters.length === 0)
    throw new QuerySyntaxError('a query needs a word that is not negated, or a field filter', 0);
  return { text, filters: parser.filters };
}

/** True when the tree can match by itself (not only exclude). */
export function hasPositive(node: TextNode): boolean {
  switch (node.kind) {
    case 'term':
    case 'phrase':
      return true;
    case 'not':
      return false;
    case 'and':
      return node.children.some(hasPositive);
    case 'or':
      return node.children.every(hasPositive);
  }
}

/** The words a result's snippet should highlight (those not negated); a prefix keeps its `*`. */
export function positiveWords(node: TextNode | null): string[] {
  if (!node) return [];
  switch (node.kind) {
    case 'term':
      return [node.prefix ? `${node.value}*` : node.value];
    case 'phrase':
      return node.value.split(' ');
    case 'not':
      return [];
    case 'and':
    case 'or':
      return node.children.flatMap(positiveWords);
  }
}
