/**
 * Versioned schema of the PostgreSQL store, the same tables as the SQLite one; full text is a
 * `tsvector` column with a GIN index. `schema_version` records how many migrations have been applied.
 */
export const POSTGRES_MIGRATIONS: readonly string[] = [
  `
  CREATE TABLE cables (
    key TEXT PRIMARY KEY,
    id TEXT,
    date TEXT,
    time TEXT,
    origin TEXT,
    classification TEXT,
    subject TEXT,
    source TEXT NOT NULL,
    partial BOOLEAN NOT NULL,
    signer TEXT,
    hash TEXT NOT NULL,
    record JSONB NOT NULL,
    fts TSVECTOR NOT NULL
  );
  CREATE INDEX cables_date ON cables(date);
  CREATE INDEX cables_origin ON cables(origin);
  CREATE INDEX cables_classification ON cables(classification);
  CREATE INDEX cables_fts ON cables USING GIN (fts);

  CREATE TABLE paragraphs (
    cable_key TEXT NOT NULL REFERENCES cables(key) ON DELETE CASCADE,
    ord INTEGER NOT NULL,
    number INTEGER,
    marking TEXT,
    section TEXT,
    text TEXT NOT NULL,
    PRIMARY KEY (cable_key, ord)
  );

  CREATE TABLE tags (
    cable_key TEXT NOT NULL REFERENCES cables(key) ON DELETE CASCADE,
    tag TEXT NOT NULL,
    PRIMARY KEY (cable_key, tag)
  );
  CREATE INDEX tags_tag ON tags(tag);

  CREATE TABLE refs (
    cable_key TEXT NOT NULL REFERENCES cables(key) ON DELETE CASCADE,
    ord INTEGER NOT NULL,
    ref_id TEXT,
    text TEXT NOT NULL,
    PRIMARY KEY (cable_key, ord)
  );
  CREATE INDEX refs_ref_id ON refs(ref_id);

  CREATE TABLE persons (
    person_id SERIAL PRIMARY KEY,
    name_key TEXT NOT NULL,
    affiliation TEXT NOT NULL,
    name TEXT NOT NULL,
    surname TEXT NOT NULL,
    UNIQUE (name_key, affiliation)
  );

  CREATE TABLE person_mentions (
    cable_key TEXT NOT NULL REFERENCES cables(key) ON DELETE CASCADE,
    local_id TEXT NOT NULL,
    person_id INTEGER NOT NULL REFERENCES persons(person_id),
    name TEXT NOT NULL,
    titles JSONB NOT NULL,
    affiliation TEXT,
    mentions INTEGER NOT NULL,
    PRIMARY KEY (cable_key, local_id)
  );
  CREATE INDEX person_mentions_person ON person_mentions(person_id);

  CREATE TABLE statements (
    cable_key TEXT NOT NULL REFERENCES cables(key) ON DELETE CASCADE,
    ord INTEGER NOT NULL,
    paragraph INTEGER,
    speaker TEXT NOT NULL,
    speaker_kind TEXT NOT NULL,
    speaker_person_id INTEGER REFERENCES persons(person_id),
    addressee TEXT,
    addressee_person_id INTEGER REFERENCES persons(person_id),
    cue TEXT NOT NULL,
    text TEXT NOT NULL,
    quoted BOOLEAN NOT NULL,
    PRIMARY KEY (cable_key, ord)
  );
  CREATE INDEX statements_speaker ON statements(speaker_person_id);
  CREATE INDEX statements_addressee ON statements(addressee_person_id);

  CREATE TABLE events (
    cable_key TEXT NOT NULL REFERENCES cables(key) ON DELETE CASCADE,
    ord INTEGER NOT NULL,
    date TEXT NOT NULL,
    text TEXT NOT NULL,
    paragraph INTEGER,
    PRIMARY KEY (cable_key, ord)
  );
  CREATE INDEX events_date ON events(date);

  CREATE TABLE entities (
    cable_key TEXT NOT NULL REFERENCES cables(key) ON DELETE CASCADE,
    kind TEXT NOT NULL,
    name TEXT NOT NULL,
    mentions INTEGER NOT NULL,
    PRIMARY KEY (cable_key, kind, name)
  );
  CREATE INDEX entities_name ON entities(kind, name);
  `,
];
