import pg from 'pg';
import { nameKey } from '../../extract/persons.js';
import { numberedPlaceholders, type SqlValue } from '../../query/sql.js';
import type { CableRecord } from '../../record.js';
import { ADD_TO_PERSON_LINKS, cableEdges, DROP_EMPTY_LINKS, REMOVE_CABLE_LINKS } from '../links.js';
import {
  type CableStore,
  type CorpusStats,
  type CountBy,
  type PutResult,
  participantIds,
  resolvedPerson,
  type SqlWriter,
} from '../store.js';
import {
  assembleRecord,
  DOCUMENTS_JOIN,
  type PreparedCable,
  RECORD_COLUMNS,
  type RecordRow,
} from '../stored-form.js';
import { POSTGRES_MIGRATIONS } from './migrations.js';

/** The network's SQL with PostgreSQL's numbered placeholders, numbered once. */
const ADD_LINKS = numberedPlaceholders(ADD_TO_PERSON_LINKS);
const REMOVE_LINKS = numberedPlaceholders(REMOVE_CABLE_LINKS);

type Client = pg.PoolClient;

/** Runs `fn` in one transaction on one connection; rolls back on any error. */
async function inTransaction<T>(pool: pg.Pool, fn: (client: Client) => Promise<T>): Promise<T> {
  const client = await pool.connect();
  try {
    await client.query('BEGIN');
    const result = await fn(client);
    await client.query('COMMIT');
    return result;
  } catch (error) {
    await client.query('ROLLBACK').catch(() => undefined);
    throw error;
  } finally {
    client.release();
  }
}

/**
 * The server store: the same schema on PostgreSQL, for a corpus shared by several readers. Every query
 * is parameterised; each batch is one transaction; concurrent ingests serialise on an advisory lock.
 */
export class PostgresStore implements CableStore {
  readonly dialect = 'postgres' as const;
  readonly packsDocuments = false;
  private readonly pool: pg.Pool;
  /** The migrations' run; cleared when it failed, so the next call tries again once the server is back. */
  private migrated: Promise<void> | null = null;

  constructor(url: string, statementTimeoutMs = 15_000) {
    this.pool = new pg.Pool({
      connectionString: url,
      max: 4,
      // An unreachable server fails a request in seconds; a statement that runs past its budget is
      // cancelled (a search the server answers with 503 over_budget, rather than holding a connection).
      connectionTimeoutMillis: 5000,
      statement_timeout: statementTimeoutMs,
    });
    // A pooled connection that dies while idle (server restart) is dropped, not a crash; the next
    // request opens a new one.
    this.pool.on('error', () => undefined);
    // Connect early so that a bad URL is reported at once; a failure here is retried by the next call.
    this.ready.catch(() => undefined);
  }

  private get ready(): Promise<void> {
    if (!this.migrated)
      this.migrated = this.migrate().catch((error: unknown) => {
        this.migrated = null;
        throw error;
      });
    return this.migrated;
  }

  private async migrate(): Promise<void> {
    await inTransaction(this.pool, async (c) => {
      await c.query('SELECT pg_advisory_xact_lock(7466031)');
      await c.query('CREATE TABLE IF NOT EXISTS schema_version (version INTEGER NOT NULL)');
      const { rows } = await c.query<{ version: number }>('SELECT version FROM schema_version');
      let current = rows[0]?.version ?? 0;
      if (rows.length === 0) await c.query('INSERT INTO schema_version (version) VALUES (0)');
      for (; current < POSTGRES_MIGRATIONS.length; current++) {
        await c.query(POSTGRES_MIGRATIONS[current] as string);
        await c.query('UPDATE schema_version SET version = $1', [current + 1]);
      }
    });
  }

  /**
   * The corpus-wide identities of a cable's persons, in one statement: new ones are created, known ones
   * keep the longest name seen. Persons of one cable that share an identity are sent once (a command
   * may not update a row twice).
   */
  private async personIds(c: Client, record: CableRecord): Promise<Map<string, number>> {
    const unique = new Map<string, { key: string; affiliation: string; name: string; surname: string }>();
    const identityOf = new Map<string, string>();
    for (const p of record.persons) {
      const key = nameKey(p.surname);
      const affiliation = p.affiliation ?? '';
      const identity = `${key}\u0000${affiliation}`;
      identityOf.set(p.id, identity);
      const seen = unique.get(identity);
      if (!seen || p.name.length > seen.name.length)
        unique.set(identity, { key, affiliation, name: p.name, surname: p.surname });
    }
    const rows = [...unique.values()];
    const ids = new Map<string, number>();
    if (rows.length === 0) return ids;
    const result = await c.query<{
      person_id: number;
      name_key: string;
      affiliation: string;
      merged_into: number | null;
      removed: boolean;
    }>(
      `INSERT INTO persons (name_key, affiliation, name, surname)
       SELECT * FROM unnest($1::text[], $2::text[], $3::text[], $4::text[])
       ON CONFLICT (name_key, affiliation) DO UPDATE
         -- A no-op update, so that RETURNING gives known persons too; names are chosen after the ingest.
         SET name = persons.name
       RETURNING person_id, name_key, affiliation, merged_into, removed`,
      [
        rows.map((r) => r.key),
        rows.map((r) => r.affiliation),
        rows.map((r) => r.name),
        rows.map((r) => r.surname),
      ],
    );
    const byIdentity = new Map(
      result.rows.map((r) => [`${r.name_key}\u0000${r.affiliation}`, resolvedPerson(r)]),
    );
    for (const [local, identity] of identityOf) {
      const id = byIdentity.get(identity);
      if (id !== null && id !== undefined) ids.set(local, id);
    }
    return ids;
  }

  private async insert(c: Client, { record, key, hash, json, body }: PreparedCable): Promise<void> {
    await c.query(
      `INSERT INTO cables (key, id, date, time, origin, classification, subject, source, partial, signer, hash, fts)
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11,
               setweight(to_tsvector('english', coalesce($7, '')), 'A') || setweight(to_tsvector('english', $12), 'B'))`,
      [
        key,
        record.id,
        record.date,
        record.time,
        record.origin,
        record.classification,
        record.subject,
        record.source,
        record.partial,
        record.signer,
        hash,
        record.body,
      ],
    );
    await c.query('INSERT INTO cable_documents (key, record, body) VALUES ($1, $2, $3)', [key, json, body]);
    // Child rows go in with one statement per table: arrays unnested server-side.
    const paragraphs = record.paragraphs;
    if (paragraphs.length > 0) {
      await c.query(
        `INSERT INTO paragraphs (cable_key, ord, number, marking, section)
         SELECT $1, * FROM unnest($2::int[], $3::int[], $4::text[], $5::text[])`,
        [
          key,
          paragraphs.map((_, i) => i),
          paragraphs.map((p) => p.number),
          paragraphs.map((p) => p.marking),
          paragraphs.map((p) => p.section),
        ],
      );
    }
    if (record.tags.length > 0) {
      await c.query('INSERT INTO tags (cable_key, tag) SELECT DISTINCT $1, t FROM unnest($2::text[]) AS t', [
        key,
        record.tags,
      ]);
    }
    if (record.references.length > 0) {
      await c.query(
        'INSERT INTO refs (cable_key, ord, ref_id, text) SELECT $1, * FROM unnest($2::int[], $3::text[], $4::text[])',
        [
          key,
          record.references.map((_, i) => i),
          record.references.map((r) => r.id),
          record.references.map((r) => r.text),
        ],
      );
    }
    const ids = await this.personIds(c, record);
    // Persons that curation removed have no corpus identity and no evidence rows.
    const persons = record.persons.filter((p) => ids.has(p.id));
    if (persons.length > 0) {
      await c.query(
        `INSERT INTO person_mentions (cable_key, local_id, person_id, name, titles, affiliation, mentions, date)
         SELECT $1, l, p, n, t::jsonb, a, m, $8::text FROM unnest($2::text[], $3::int[], $4::text[], $5::text[], $6::text[], $7::int[]) AS u(l, p, n, t, a, m)`,
        [
          key,
          persons.map((p) => p.id),
          persons.map((p) => ids.get(p.id)),
          persons.map((p) => p.name),
          persons.map((p) => JSON.stringify(p.titles)),
          persons.map((p) => p.affiliation),
          persons.map((p) => p.mentions.length),
          record.date,
        ],
      );
    }
    const st = record.statements;
    if (st.length > 0) {
      await c.query(
        `INSERT INTO statements (cable_key, ord, paragraph, speaker, speaker_kind, speaker_person_id, addressee, addressee_person_id, cue, text, quoted, date)
         SELECT $1, *, $12::text FROM unnest($2::int[], $3::int[], $4::text[], $5::text[], $6::int[], $7::text[], $8::int[], $9::text[], $10::text[], $11::bool[])`,
        [
          key,
          st.map((_, i) => i),
          st.map((s) => s.paragraph),
          st.map((s) => s.speaker),
          st.map((s) => s.speaker_kind),
          st.map((s) => (s.speaker_id ? (ids.get(s.speaker_id) ?? null) : null)),
          st.map((s) => s.addressee),
          st.map((s) => (s.addressee_id ? (ids.get(s.addressee_id) ?? null) : null)),
          st.map((s) => s.cue),
          st.map((s) => s.text),
          st.map((s) => s.quoted),
          record.date,
        ],
      );
    }
    const ev = record.events;
    if (ev.length > 0) {
      await c.query(
        'INSERT INTO events (cable_key, ord, date, text, paragraph, relative) SELECT $1, * FROM unnest($2::int[], $3::text[], $4::text[], $5::int[], $6::bool[])',
        [
          key,
          ev.map((_, i) => i),
          ev.map((e) => e.date),
          ev.map((e) => e.text),
          ev.map((e) => e.paragraph),
          ev.map((e) => e.relative === true),
        ],
      );
    }
    if (record.meeting) {
      await c.query('INSERT INTO meetings (cable_key, date, place) VALUES ($1, $2, $3)', [
        key,
        record.meeting.date,
        record.meeting.place,
      ]);
      const participants = participantIds(record, ids);
      if (participants.length > 0)
        await c.query(
          'INSERT INTO meeting_participants (cable_key, person_id) SELECT $1, * FROM unnest($2::int[])',
          [key, participants],
        );
    }
    const edges = cableEdges(record, ids);
    if (edges.length > 0) {
      await c.query(
        `INSERT INTO cable_links (cable_key, date, kind, source, target, weight)
         SELECT $1, $2::text, * FROM unnest($3::text[], $4::int[], $5::int[], $6::int[])`,
        [
          key,
          record.date,
          edges.map((e) => e.kind),
          edges.map((e) => e.source),
          edges.map((e) => e.target),
          edges.map((e) => e.weight),
        ],
      );
      await c.query(ADD_LINKS, [key]);
    }
    const entities = [
      ...record.organizations.map((o) => ['organization', o.name, o.mentions] as const),
      ...record.places.map((p) => ['place', p.name, p.mentions] as const),
    ];
    if (entities.length > 0) {
      await c.query(
        `INSERT INTO entities (cable_key, kind, name, mentions)
         SELECT $1, * FROM unnest($2::text[], $3::text[], $4::int[]) ON CONFLICT DO NOTHING`,
        [key, entities.map((e) => e[0]), entities.map((e) => e[1]), entities.map((e) => e[2])],
      );
    }
  }

  async putMany(cables: PreparedCable[]): Promise<PutResult[]> {
    await this.ready;
    const done = await inTransaction(this.pool, async (c) => {
      // One writer at a time: person identities are shared across cables.
      await c.query('SELECT pg_advisory_xact_lock(7466032)');
      const results: PutResult[] = [];
      let replaced = false;
      for (const cable of cables) {
        const { key, hash } = cable;
        const { rows } = await c.query<{ hash: string }>('SELECT hash FROM cables WHERE key = $1', [key]);
        const existing = rows[0];
        if (existing?.hash === hash) {
          results.push({ key, status: 'unchanged' });
          continue;
        }
        if (existing) {
          await c.query(REMOVE_LINKS, [key]);
          await c.query('DELETE FROM cables WHERE key = $1', [key]);
          replaced = true;
        }
        await this.insert(c, cable);
        results.push({ key, status: existing ? 'replaced' : 'inserted' });
      }
      if (replaced) await c.query(DROP_EMPTY_LINKS);
      return results;
    });
    this.writes++;
    return done;
  }

  async optimize(): Promise<void> {
    await this.ready;
    await this.pool.query('ANALYZE');
  }

  async get(key: string): Promise<CableRecord | null> {
    await this.ready;
    const { rows } = await this.pool.query<RecordRow>(
      `SELECT ${RECORD_COLUMNS} FROM cables c ${DOCUMENTS_JOIN} WHERE c.key = $1`,
      [key],
    );
    const row = rows[0];
    return row ? assembleRecord(row.record, row.body, row.source) : null;
  }

  async has(key: string, hash: string): Promise<boolean> {
    await this.ready;
    const { rowCount } = await this.pool.query('SELECT 1 FROM cables WHERE key = $1 AND hash = $2', [
      key,
      hash,
    ]);
    return (rowCount ?? 0) > 0;
  }

  async stats(): Promise<CorpusStats> {
    await this.ready;
    const count = async (table: string) =>
      Number((await this.pool.query<{ n: string }>(`SELECT count(*) AS n FROM ${table}`)).rows[0]?.n ?? 0);
    const by = async (expr: string) =>
      (
        await this.pool.query<{ value: string; count: string }>(
          `SELECT coalesce(${expr}, 'unknown') AS value, count(*) AS count FROM cables GROUP BY 1 ORDER BY 2 DESC, 1`,
        )
      ).rows.map((r): CountBy => ({ value: r.value, count: Number(r.count) }));
    return {
      cables: await count('cables'),
      paragraphs: await count('paragraphs'),
      persons: await count('persons'),
      statements: await count('statements'),
      events: await count('events'),
      byYear: await by('substr(date, 1, 4)'),
      byOrigin: await by('origin'),
      byClassification: await by('classification'),
    };
  }

  /**
   * PostgreSQL has no cheap counter of other sessions' commits: answers are trusted for five seconds,
   * and this process's own writes end them at once.
   */
  private writes = 0;

  async version(): Promise<string> {
    return `${Math.floor(Date.now() / 5000)}.${this.writes}`;
  }

  async writeTransaction<T>(fn: (sql: SqlWriter) => Promise<T>): Promise<T> {
    await this.ready;
    const done = await inTransaction(this.pool, async (c) => {
      await c.query('SELECT pg_advisory_xact_lock(7466032)');
      return fn({
        run: async (sql, params = []) =>
          (await c.query(numberedPlaceholders(sql), params as SqlValue[])).rowCount ?? 0,
        select: async <R>(sql: string, params: readonly SqlValue[] = []) =>
          (await c.query(numberedPlaceholders(sql), params as SqlValue[])).rows as R[],
      });
    });
    this.writes++;
    return done;
  }

  async select<T>(sql: string, params: readonly SqlValue[] = []): Promise<T[]> {
    await this.ready;
    const { rows } = await this.pool.query(numberedPlaceholders(sql), params as SqlValue[]);
    return rows as T[];
  }

  async close(): Promise<void> {
    await this.migrated?.catch(() => undefined);
    await this.pool.end();
  }
}
