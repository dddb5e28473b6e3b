import { mkdirSync } from 'node:fs';
import { dirname } from 'node:path';
import Database from 'better-sqlite3';
import { nameKey } from '../../extract/persons.js';
import type { SqlValue } from '../../query/sql.js';
import type { CableRecord } from '../../record.js';
import {
  ADD_PERSON_LINK,
  cableEdges,
  DROP_EMPTY_LINKS,
  INSERT_CABLE_LINK,
  REMOVE_CABLE_LINKS,
} from '../links.js';
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
  packDocument,
  RECORD_COLUMNS,
  type RecordRow,
} from '../stored-form.js';
import { SQLITE_MIGRATIONS } from './migrations.js';

type Db = Database.Database;

/** Applies the migrations the database has not seen, each in its own transaction. */
function migrate(db: Db): void {
  const current = db.pragma('user_version', { simple: true }) as number;
  SQLITE_MIGRATIONS.forEach((sql, i) => {
    if (i < current) return;
    db.transaction(() => {
      db.exec(sql);
      db.pragma(`user_version = ${i + 1}`);
    })();
  });
}

/** How much of the database file is read through a memory map (address space, not memory; SQLite caps it at 2 GB). */
const MMAP_SIZE = 2 ** 31;

/**
 * The embedded store: one SQLite file, WAL so that readers go on while a writer writes, foreign keys on
 * so that replacing a cable removes all it held. All SQL is parameterised.
 */
export class SqliteStore implements CableStore {
  readonly dialect = 'sqlite' as const;
  readonly packsDocuments = true;
  private readonly db: Db;
  /** Prepared read statements by their SQL; the query layer's statements are few and reused. */
  private readonly prepared = new Map<string, Database.Statement>();
  private readonly statements;

  constructor(path: string, options: { memoryMap?: boolean } = {}) {
    if (path !== ':memory:') mkdirSync(dirname(path), { recursive: true });
    this.db = new Database(path);
    this.db.pragma('journal_mode = WAL');
    this.db.pragma('synchronous = NORMAL');
    this.db.pragma('foreign_keys = ON');
    this.db.pragma('busy_timeout = 5000');
    // Pages read through a memory map and a 64 MB cache instead of a read call each: a search touches
    // thousands of scattered pages (facet rows, person mentions) of a corpus many times larger.
    this.db.pragma('cache_size = -65536');
    if (options.memoryMap !== false) this.db.pragma(`mmap_size = ${MMAP_SIZE}`);
    migrate(this.db);
    // The full-text index's own terms, for writing a prefix out as its words (query/prefixes.ts); a
    // temporary table of this connection, nothing stored.
    this.db.exec('CREATE VIRTUAL TABLE IF NOT EXISTS temp.cable_vocab USING fts5vocab(main, cable_fts, row)');
    const db = this.db;
    this.statements = {
      existing: db.prepare<[string], { rowid: number; hash: string }>(
        'SELECT rowid, hash FROM cables WHERE key = ?',
      ),
      has: db.prepare<[string, string], { one: number }>(
        'SELECT 1 AS one FROM cables WHERE key = ? AND hash = ?',
      ),
      deleteCable: db.prepare<[string]>('DELETE FROM cables WHERE key = ?'),
      deleteFts: db.prepare<[number]>('DELETE FROM cable_fts WHERE rowid = ?'),
      insertCable: db.prepare(
        `INSERT INTO cables (key, id, date, time, origin, classification, subject, source, partial, signer, hash)
         VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
      ),
      insertDocument: db.prepare<[string, Uint8Array, Uint8Array | null]>(
        'INSERT INTO cable_documents (key, record, body) VALUES (?, ?, ?)',
      ),
      insertFts: db.prepare<[number, string, string]>(
        'INSERT INTO cable_fts (rowid, subject, body) VALUES (?, ?, ?)',
      ),
      insertParagraph: db.prepare(
        'INSERT INTO paragraphs (cable_key, ord, number, marking, section) VALUES (?, ?, ?, ?, ?)',
      ),
      insertTag: db.prepare('INSERT OR IGNORE INTO tags (cable_key, tag) VALUES (?, ?)'),
      insertRef: db.prepare('INSERT INTO refs (cable_key, ord, ref_id, text) VALUES (?, ?, ?, ?)'),
      findPerson: db.prepare<
        [string, string],
        { person_id: number; merged_into: number | null; removed: number }
      >('SELECT person_id, merged_into, removed FROM persons WHERE name_key = ? AND affiliation = ?'),
      insertPerson: db.prepare(
        'INSERT INTO persons (name_key, affiliation, name, surname) VALUES (?, ?, ?, ?)',
      ),
      insertMention: db.prepare(
        'INSERT INTO person_mentions (cable_key, local_id, person_id, name, titles, affiliation, mentions, date) VALUES (?, ?, ?, ?, ?, ?, ?, ?)',
      ),
      insertStatement: db.prepare(
        `INSERT INTO statements (cable_key, ord, paragraph, speaker, speaker_kind, speaker_person_id, addressee,
         addressee_person_id, cue, text, quoted, date) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
      ),
      insertEvent: db.prepare(
        'INSERT INTO events (cable_key, ord, date, text, paragraph, relative) VALUES (?, ?, ?, ?, ?, ?)',
      ),
      insertMeeting: db.prepare('INSERT INTO meetings (cable_key, date, place) VALUES (?, ?, ?)'),
      insertParticipant: db.prepare(
        'INSERT OR IGNORE INTO meeting_participants (cable_key, person_id) VALUES (?, ?)',
      ),
      insertEntity: db.prepare(
        'INSERT OR IGNORE INTO entities (cable_key, kind, name, mentions) VALUES (?, ?, ?, ?)',
      ),
      insertLink: db.prepare(INSERT_CABLE_LINK),
      addLink: db.prepare(ADD_PERSON_LINK),
      removeLinks: db.prepare<[string]>(REMOVE_CABLE_LINKS),
      dropEmptyLinks: db.prepare(DROP_EMPTY_LINKS),
      get: db.prepare<[string], RecordRow>(
        `SELECT ${RECORD_COLUMNS} FROM cables c ${DOCUMENTS_JOIN} WHERE c.key = ?`,
      ),
    };
  }

  /** The corpus person of a record's person: null when curation removed it. */
  private personId(name: string, surname: string, affiliation: string | null): number | null {
    const key = nameKey(surname);
    const aff = affiliation ?? '';
    const found = this.statements.findPerson.get(key, aff);
    // Its display name is chosen from all the evidence after the ingest (refreshPersonNames).
    if (found) return resolvedPerson(found);
    return Number(this.statements.insertPerson.run(key, aff, name, surname).lastInsertRowid);
  }

  private insert(cable: PreparedCable): void {
    const { record, key, hash } = cable;
    const s = this.statements;
    const info = s.insertCable.run(
      key,
      record.id,
      record.date,
      record.time,
      record.origin,
      record.classification,
      record.subject,
      record.source,
      record.partial ? 1 : 0,
      record.signer,
      hash,
    );
    const packed = cable.packed ?? packDocument(cable);
    s.insertDocument.run(key, packed.json, packed.body);
    s.insertFts.run(Number(info.lastInsertRowid), record.subject ?? '', record.body);
    record.paragraphs.forEach((p, i) => {
      s.insertParagraph.run(key, i, p.number, p.marking, p.section);
    });
    for (const tag of record.tags) s.insertTag.run(key, tag);
    record.references.forEach((r, i) => {
      s.insertRef.run(key, i, r.id, r.text);
    });
    const ids = new Map<string, number>();
    for (const p of record.persons) {
      const id = this.personId(p.name, p.surname, p.affiliation);
      if (id === null) continue;
      ids.set(p.id, id);
      s.insertMention.run(
        key,
        p.id,
        id,
        p.name,
        JSON.stringify(p.titles),
        p.affiliation,
        p.mentions.length,
        record.date,
      );
    }
    record.statements.forEach((st, i) => {
      s.insertStatement.run(
        key,
        i,
        st.paragraph,
        st.speaker,
        st.speaker_kind,
        st.speaker_id ? (ids.get(st.speaker_id) ?? null) : null,
        st.addressee,
        st.addressee_id ? (ids.get(st.addressee_id) ?? null) : null,
        st.cue,
        st.text,
        st.quoted ? 1 : 0,
        record.date,
      );
    });
    record.events.forEach((e, i) => {
      s.insertEvent.run(key, i, e.date, e.text, e.paragraph, e.relative ? 1 : 0);
    });
    if (record.meeting) {
      s.insertMeeting.run(key, record.meeting.date, record.meeting.place);
      for (const id of participantIds(record, ids)) s.insertParticipant.run(key, id);
    }
    const edges = cableEdges(record, ids);
    for (const e of edges) {
      s.insertLink.run(key, record.date, e.kind, e.source, e.target, e.weight);
      s.addLink.run(e.kind, e.source, e.target, e.weight);
    }
    for (const o of record.organizations) s.insertEntity.run(key, 'organization', o.name, o.mentions);
    for (const p of record.places) s.insertEntity.run(key, 'place', p.name, p.mentions);
  }

  private readonly putBatch = (cables: PreparedCable[]): PutResult[] =>
    this.db.transaction((batch: PreparedCable[]) => {
      let replaced = false;
      const results = batch.map((cable): PutResult => {
        const { key, hash } = cable;
        const existing = this.statements.existing.get(key);
        if (existing?.hash === hash) return { key, status: 'unchanged' };
        if (existing) {
          this.statements.removeLinks.run(key);
          this.statements.deleteFts.run(existing.rowid);
          this.statements.deleteCable.run(key);
          replaced = true;
        }
        this.insert(cable);
        return { key, status: existing ? 'replaced' : 'inserted' };
      });
      if (replaced) this.statements.dropEmptyLinks.run();
      return results;
    })(cables);

  async putMany(cables: PreparedCable[]): Promise<PutResult[]> {
    this.writes++;
    return this.putBatch(cables);
  }

  async get(key: string): Promise<CableRecord | null> {
    const row = this.statements.get.get(key);
    return row ? assembleRecord(row.record, row.body, row.source) : null;
  }

  async has(key: string, hash: string): Promise<boolean> {
    return this.statements.has.get(key, hash) !== undefined;
  }

  async stats(): Promise<CorpusStats> {
    const count = (sql: string) => (this.db.prepare(sql).get() as { n: number }).n;
    const by = (expr: string) =>
      this.db
        .prepare(
          `SELECT coalesce(${expr}, 'unknown') AS value, count(*) AS count FROM cables GROUP BY 1 ORDER BY 2 DESC, 1`,
        )
        .all() as CountBy[];
    return {
      cables: count('SELECT count(*) AS n FROM cables'),
      paragraphs: count('SELECT count(*) AS n FROM paragraphs'),
      persons: count('SELECT count(*) AS n FROM persons'),
      statements: count('SELECT count(*) AS n FROM statements'),
      events: count('SELECT count(*) AS n FROM events'),
      byYear: by('substr(date, 1, 4)'),
      byOrigin: by('origin'),
      byClassification: by('classification'),
    };
  }

  async select<T>(sql: string, params: readonly SqlValue[] = []): Promise<T[]> {
    let statement = this.prepared.get(sql);
    if (!statement) {
      statement = this.db.prepare(sql);
      if (!statement.reader) throw new Error('select() runs only statements that read');
      if (this.prepared.size >= 500) this.prepared.clear();
      this.prepared.set(sql, statement);
    }
    return statement.all(...params) as T[];
  }

  /** Own writes counted here; other connections' commits change SQLite's `data_version`. */
  private writes = 0;

  async version(): Promise<string> {
    return `${this.db.pragma('data_version', { simple: true })}.${this.writes}`;
  }

  async writeTransaction<T>(fn: (sql: SqlWriter) => Promise<T>): Promise<T> {
    // better-sqlite3 runs each statement synchronously: nothing else reaches the connection between
    // the awaits below except reads, which see the transaction's own writes.
    this.db.exec('BEGIN IMMEDIATE');
    try {
      const result = await fn({
        run: async (sql, params = []) => this.db.prepare(sql).run(...params).changes,
        select: async <R>(sql: string, params: readonly SqlValue[] = []) =>
          this.db.prepare(sql).all(...params) as R[],
      });
      this.db.exec('COMMIT');
      this.writes++;
      return result;
    } catch (error) {
      if (this.db.inTransaction) this.db.exec('ROLLBACK');
      throw error;
    }
  }

  async optimize(): Promise<void> {
    this.db.exec("INSERT INTO cable_fts (cable_fts) VALUES ('optimize')");
    this.db.pragma('optimize');
    this.writes++;
  }

  /** SQLite's own consistency check: `ok` when the file is sound. */
  integrityCheck(): string {
    return String(this.db.pragma('integrity_check', { simple: true }));
  }

  async close(): Promise<void> {
    this.db.close();
  }
}
