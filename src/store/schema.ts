import { FILL_CABLE_LINKS, FILL_LINKS } from './links.js';

/** The words where the two databases' dialects differ; everything else in the schema is shared. */
export interface Dialect {
  boolean: string;
  json: string;
  serialKey: string;
  /** Extra columns of `cables` (each with its leading comma). */
  cableColumns: string;
  cableIndexes: string;
  /** The full-text index over subject and body. */
  fullText: string;
  /** Version 4's change to the full-text index (SQLite: contentless), or nothing. */
  fullTextV4: string;
  /** The literal false of the boolean type. */
  false: string;
  /** Ends a table kept in its primary key's order (SQLite: `WITHOUT ROWID`), or nothing. */
  clustered: string;
}

/**
 * Version 1 of the corpus schema, in either dialect: cables, their paragraphs, tags, references,
 * persons (one identity per surname key and affiliation, with each cable's evidence), statements,
 * events and entities. Children go with their cable (`ON DELETE CASCADE`).
 */
export function schemaV1(d: Dialect): string {
  return `
  CREATE TABLE cables (
    key TEXT PRIMARY KEY,
    id TEXT,
    date TEXT,
    time TEXT,
    origin TEXT,
    classification TEXT,
    subject TEXT,
    source TEXT NOT NULL,
    partial ${d.boolean} NOT NULL,
    signer TEXT,
    hash TEXT NOT NULL,
    record ${d.json} NOT NULL${d.cableColumns}
  );
  CREATE INDEX cables_date ON cables(date);
  CREATE INDEX cables_origin ON cables(origin);
  CREATE INDEX cables_classification ON cables(classification);
${d.cableIndexes}

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

  -- One identity per person across cables: the surname key with the affiliation.
  CREATE TABLE persons (
    person_id ${d.serialKey},
    name_key TEXT NOT NULL,
    affiliation TEXT NOT NULL,
    name TEXT NOT NULL,
    surname TEXT NOT NULL,
    UNIQUE (name_key, affiliation)
  );

  -- Each cable's view of a person: the evidence the identity rests on.
  CREATE TABLE person_mentions (
    cable_key TEXT NOT NULL REFERENCES cables(key) ON DELETE CASCADE,
    local_id TEXT NOT NULL,
    person_id INTEGER NOT NULL REFERENCES persons(person_id),
    name TEXT NOT NULL,
    titles ${d.json} NOT NULL,
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
    quoted ${d.boolean} NOT NULL,
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

  ${d.fullText}
  `;
}

/**
 * Version 2: the meeting a cable reports (date, place, participants as corpus persons), whether a dated
 * event was written relative to the cable's date, and an index for speakers that name no person. Cables
 * stored before it lack their meetings: their hashes are cleared so that the next ingest stores them again.
 */
export function schemaV2(d: Dialect): string {
  return `
  CREATE TABLE meetings (
    cable_key TEXT PRIMARY KEY REFERENCES cables(key) ON DELETE CASCADE,
    date TEXT,
    place TEXT
  );
  CREATE INDEX meetings_date ON meetings(date);

  CREATE TABLE meeting_participants (
    cable_key TEXT NOT NULL REFERENCES cables(key) ON DELETE CASCADE,
    person_id INTEGER NOT NULL REFERENCES persons(person_id),
    PRIMARY KEY (cable_key, person_id)
  );
  CREATE INDEX meeting_participants_person ON meeting_participants(person_id);

  ALTER TABLE events ADD COLUMN relative ${d.boolean} NOT NULL DEFAULT ${d.false};
  CREATE INDEX statements_speaker_name ON statements(lower(speaker));
  CREATE INDEX persons_name ON persons(lower(name));
  CREATE INDEX person_mentions_cable ON person_mentions(cable_key);
  CREATE INDEX statements_cable ON statements(cable_key);
  UPDATE cables SET hash = '';
  `;
}

/**
 * Version 3: curation. A person merged into another keeps its row (`merged_into`), a false person is
 * marked `removed`; ingest resolves both, so a re-ingest keeps the change. `person_curation` keeps who was
 * changed, how, when and why.
 */
export function schemaV3(d: Dialect): string {
  return `
  ALTER TABLE persons ADD COLUMN merged_into INTEGER REFERENCES persons(person_id);
  ALTER TABLE persons ADD COLUMN removed ${d.boolean} NOT NULL DEFAULT ${d.false};
  CREATE TABLE person_curation (
    curation_id ${d.serialKey},
    action TEXT NOT NULL,
    person_id INTEGER NOT NULL REFERENCES persons(person_id),
    into_id INTEGER REFERENCES persons(person_id),
    name TEXT NOT NULL,
    name_key TEXT NOT NULL,
    affiliation TEXT NOT NULL,
    note TEXT,
    created_at TEXT NOT NULL
  );
  `;
}

/**
 * Version 4: the body is stored once, in its own column, and the record JSON leaves out the body and the
 * paragraph texts (they are slices of the body); rows written before keep their whole JSON and a null
 * body until they are stored again. Two indexes that repeated the leading column of a primary key go.
 */
export function schemaV4(d: Dialect): string {
  return `
  ALTER TABLE cables ADD COLUMN body TEXT;
  DROP INDEX statements_cable;
  DROP INDEX person_mentions_cable;
  ${d.fullTextV4}
  `;
}

/**
 * Version 5: the network's edges with their weights, kept as cables are stored and curated (see
 * `links.ts`), filled here from what is already stored.
 */
export function schemaV5(): string {
  return `
  CREATE TABLE person_links (
    kind TEXT NOT NULL,
    source INTEGER NOT NULL,
    target INTEGER NOT NULL,
    weight INTEGER NOT NULL,
    PRIMARY KEY (kind, source, target)
  );
  CREATE INDEX person_links_weight ON person_links(kind, weight);
  CREATE INDEX person_links_target ON person_links(target);
  ${FILL_LINKS};
  `;
}

/**
 * Version 6: the record JSON and the body move to `cable_documents`, so that `cables` holds only the
 * short fields searches filter, sort and count on; scanning it (a filter, a count) no longer reads
 * every cable's text. Organisations are indexed by their name in lower case, as the `org:` filter asks.
 */
export function schemaV6(d: Dialect): string {
  return `
  CREATE TABLE cable_documents (
    key TEXT PRIMARY KEY REFERENCES cables(key) ON DELETE CASCADE,
    record ${d.json} NOT NULL,
    body TEXT
  );
  INSERT INTO cable_documents (key, record, body) SELECT key, record, body FROM cables;
  ALTER TABLE cables DROP COLUMN record;
  ALTER TABLE cables DROP COLUMN body;
  DROP INDEX entities_name;
  CREATE INDEX entities_name ON entities(kind, lower(name));
  `;
}

/**
 * Version 7: each piece of evidence carries its cable's date, indexed after the person, so that a
 * person's first appearances and statements are read in date order from an index instead of sorting
 * all of them (38,000 for the most cited person at 251k cables). The new indexes replace the ones on
 * the person alone.
 */
export function schemaV7(_d: Dialect): string {
  return `
  ALTER TABLE person_mentions ADD COLUMN date TEXT;
  ALTER TABLE statements ADD COLUMN date TEXT;
  UPDATE person_mentions SET date = (SELECT c.date FROM cables c WHERE c.key = person_mentions.cable_key);
  UPDATE statements SET date = (SELECT c.date FROM cables c WHERE c.key = statements.cable_key);
  DROP INDEX person_mentions_person;
  DROP INDEX statements_speaker;
  DROP INDEX statements_addressee;
  CREATE INDEX person_mentions_person ON person_mentions(person_id, date, cable_key);
  CREATE INDEX statements_speaker ON statements(speaker_person_id, date, cable_key, ord);
  CREATE INDEX statements_addressee ON statements(addressee_person_id, date, cable_key, ord);
  `;
}

/**
 * Version 8: the organisation index carries the cable, so that `org:` reads the cables naming an
 * organisation from the index alone (48,000 rows for NATO at 251k cables: 143 ms with a row look-up each).
 */
export function schemaV8(): string {
  return `
  DROP INDEX entities_name;
  CREATE INDEX entities_name ON entities(kind, lower(name), cable_key);
  `;
}

/**
 * Version 9: paragraphs keep their number, marking and section, not their text, which the body has
 * already (it was a second copy of every body: 23% of the database).
 */
export function schemaV9(): string {
  return `
  ALTER TABLE paragraphs DROP COLUMN text;
  `;
}

/**
 * Version 10: the index of speakers by name carries the date and the cable, so that `speaker:Poloff` reads
 * the cables of an office that names no one, in date order, from the index alone (10,000 statements at
 * 251k cables: 15 ms with a row look-up each).
 */
export function schemaV10(): string {
  return `
  DROP INDEX statements_speaker_name;
  CREATE INDEX statements_speaker_name ON statements(lower(speaker), date, cable_key);
  `;
}

/**
 * Version 11: each cable's edges with its date (`cable_links`, see `links.ts`), so that a network
 * narrowed by dates, a tag or a query sums small rows read from an index instead of joining every
 * statement and meeting to its cable (55 s at a million cables, whose file no longer fits in memory).
 * A cable's rows are kept together (SQLite: in the key's order, without a rowid), so that the edges of
 * the cables a tag or a query selects are read with one look-up per cable; the tag index carries the
 * cable, so that a tag's cables are read from it alone (816,000 for PREL at a million cables); and the
 * origin index carries date and key in the order of a page in date order, so that `origin:paris` reads
 * its newest cables from the index instead of sorting 70,000 rows looked up one by one (206 → 2 ms at 1M).
 */
export function schemaV11(d: Dialect): string {
  return `
  CREATE TABLE cable_links (
    cable_key TEXT NOT NULL REFERENCES cables(key) ON DELETE CASCADE,
    date TEXT,
    kind TEXT NOT NULL,
    source INTEGER NOT NULL,
    target INTEGER NOT NULL,
    weight INTEGER NOT NULL,
    PRIMARY KEY (cable_key, kind, source, target)
  )${d.clustered};
  ${FILL_CABLE_LINKS};
  CREATE INDEX cable_links_date ON cable_links(kind, date, source, target, weight);
  CREATE INDEX cable_links_source ON cable_links(source);
  CREATE INDEX cable_links_target ON cable_links(target);
  DROP INDEX tags_tag;
  CREATE INDEX tags_tag ON tags(tag, cable_key);
  DROP INDEX cables_origin;
  CREATE INDEX cables_origin ON cables(origin, date DESC, key);
  `;
}

/**
 * Every version of the schema in order, in one dialect: entry i is applied once, inside a transaction,
 * when the database has seen fewer than i + 1. Never edit an applied version: add one.
 */
export function schemaMigrations(d: Dialect): string[] {
  return [
    schemaV1(d),
    schemaV2(d),
    schemaV3(d),
    schemaV4(d),
    schemaV5(),
    schemaV6(d),
    schemaV7(d),
    schemaV8(),
    schemaV9(),
    schemaV10(),
    schemaV11(d),
  ];
}
