import { afterAll, describe, expect, it } from 'vitest';
import { ingest } from '../src/ingest/ingest.js';
import { type Graph, graph } from '../src/query/graph.js';
import { listPersons, personView } from '../src/query/persons.js';
import { CurationError, curations, mergePersons, removePerson } from '../src/store/curation.js';
import type { CableStore } from '../src/store/store.js';
import { backends } from './backends.js';
import { SAMPLES } from './paths.js';

/** The stored network (`person_links`) against the one aggregated from the rows it summarises. */
async function expectLinksAgree(store: CableStore): Promise<number> {
  const order = ' ORDER BY 1, 2, 3';
  const stored = await store.select<{ kind: string; source: number; target: number; weight: number }>(
    `SELECT kind, source, target, weight FROM person_links${order}`,
  );
  const counted = await store.select<{ kind: string; source: number; target: number; weight: number }>(
    `SELECT 'spoke' AS kind, speaker_person_id AS source, addressee_person_id AS target, count(*) AS weight
     FROM statements WHERE speaker_person_id IS NOT NULL AND addressee_person_id IS NOT NULL
       AND speaker_person_id <> addressee_person_id GROUP BY 2, 3
     UNION ALL
     SELECT 'met', a.person_id, b.person_id, count(*) FROM meeting_participants a
     JOIN meeting_participants b ON b.cable_key = a.cable_key AND a.person_id < b.person_id GROUP BY 2, 3${order}`,
  );
  const plain = (rows: typeof stored) =>
    rows.map((r) => [r.kind, Number(r.source), Number(r.target), Number(r.weight)]);
  expect(plain(stored)).toEqual(plain(counted));
  // Each cable's kept edges, with its date, against the same aggregate cable by cable.
  const byCable = ' ORDER BY 1, 2, 3, 4, 5';
  const kept = await store.select<CableLink>(
    `SELECT cable_key, date, kind, source, target, weight FROM cable_links${byCable}`,
  );
  const perCable = await store.select<CableLink>(
    `SELECT s.cable_key, c.date, 'spoke' AS kind, speaker_person_id AS source, addressee_person_id AS target,
       count(*) AS weight FROM statements s JOIN cables c ON c.key = s.cable_key
     WHERE speaker_person_id IS NOT NULL AND addressee_person_id IS NOT NULL
       AND speaker_person_id <> addressee_person_id GROUP BY 1, 2, 4, 5
     UNION ALL
     SELECT a.cable_key, c.date, 'met', a.person_id, b.person_id, count(*) FROM meeting_participants a
     JOIN meeting_participants b ON b.cable_key = a.cable_key AND a.person_id < b.person_id
     JOIN cables c ON c.key = a.cable_key GROUP BY 1, 2, 4, 5${byCable}`,
  );
  const rows = (r: CableLink[]) =>
    r.map((l) => [l.cable_key, l.date, l.kind, Number(l.source), Number(l.target), Number(l.weight)]);
  expect(rows(kept)).toEqual(rows(perCable));
  return stored.length;
}

interface CableLink {
  cable_key: string;
  date: string | null;
  kind: string;
  source: number;
  target: number;
  weight: number;
}

/** The network narrowed to cables that pass `keep`, summed here from the rows it is made of. */
async function narrowedByHand(store: CableStore, keep: (c: { key: string; date: string | null }) => boolean) {
  const cables = await store.select<{ key: string; date: string | null }>('SELECT key, date FROM cables');
  const kept = new Set(cables.filter(keep).map((c) => c.key));
  const evidence = await store.select<{ cable_key: string; kind: string; source: number; target: number }>(
    `SELECT cable_key, 'spoke' AS kind, speaker_person_id AS source, addressee_person_id AS target FROM statements
     WHERE speaker_person_id IS NOT NULL AND addressee_person_id IS NOT NULL AND speaker_person_id <> addressee_person_id
     UNION ALL
     SELECT a.cable_key, 'met', a.person_id, b.person_id FROM meeting_participants a
     JOIN meeting_participants b ON b.cable_key = a.cable_key AND a.person_id < b.person_id`,
  );
  const weights = new Map<string, number>();
  for (const e of evidence) {
    if (!kept.has(e.cable_key)) continue;
    const k = `${e.kind} ${e.source} ${e.target}`;
    weights.set(k, (weights.get(k) ?? 0) + 1);
  }
  return [...weights].map(([k, w]) => `${k} ${w}`).sort();
}

const edgeList = (g: Graph) => g.edges.map((e) => `${e.kind} ${e.source} ${e.target} ${e.weight}`).sort();

describe.each(backends())('curation on $name', (backend) => {
  afterAll(() => backend.cleanup());

  it('names each person by the form the cables write most often', async () => {
    const store = backend.open(await backend.fresh());
    await ingest([SAMPLES], store);
    const evidence = await store.select<{ person_id: number; name: string }>(
      'SELECT person_id, name FROM person_mentions',
    );
    const forms = new Map<number, Map<string, number>>();
    for (const e of evidence) {
      const m = forms.get(Number(e.person_id)) ?? new Map<string, number>();
      m.set(e.name, (m.get(e.name) ?? 0) + 1);
      forms.set(Number(e.person_id), m);
    }
    const persons = await store.select<{ person_id: number; name: string }>(
      'SELECT person_id, name FROM persons',
    );
    expect(persons.length).toBeGreaterThan(10);
    for (const p of persons) {
      const counts = [...(forms.get(Number(p.person_id)) ?? new Map()).entries()];
      if (counts.length === 0) continue;
      const full = (n: string) => (n.includes(' ') ? 1 : 0);
      const best = Math.max(...counts.map(([n, c]) => full(n) * 1e6 + c));
      const chosen = counts.find(([n]) => n === p.name);
      expect(chosen && full(chosen[0]) * 1e6 + chosen[1], p.name).toBe(best);
    }
    await store.close();
  });

  it('narrows the network by dates and a tag to the edges of the cables in scope', async () => {
    const store = backend.open(await backend.fresh());
    await ingest([SAMPLES], store);
    const tagged = new Set(
      (await store.select<{ cable_key: string }>("SELECT cable_key FROM tags WHERE tag = 'PREL'")).map(
        (t) => t.cable_key,
      ),
    );
    const dated = (c: { date: string | null }) =>
      c.date !== null && c.date >= '2007-01-01' && c.date <= '2008-12-31';
    const unbounded = true;
    const byDates = await graph(store, { from: '2007', to: '2008', unbounded });
    expect(byDates.edges.length).toBeGreaterThan(0);
    expect(edgeList(byDates)).toEqual(await narrowedByHand(store, dated));
    const byTag = await graph(store, { tag: 'prel', unbounded });
    expect(byTag.edges.length).toBeGreaterThan(0);
    expect(edgeList(byTag)).toEqual(await narrowedByHand(store, (c) => tagged.has(c.key)));
    const both = await graph(store, { from: '2007', to: '2008', tag: 'PREL', unbounded });
    expect(edgeList(both)).toEqual(await narrowedByHand(store, (c) => dated(c) && tagged.has(c.key)));
    // A person's edges within the scope are those of the narrowed network that touch the person.
    const someone = Number(byDates.edges[0]?.source);
    const touching = await graph(store, { from: '2007', to: '2008', person: someone, unbounded });
    expect(edgeList(touching)).toEqual(
      edgeList(byDates).filter(
        (e) => e.split(' ')[1] === String(someone) || e.split(' ')[2] === String(someone),
      ),
    );
    // The whole network from the kept totals equals the narrowed one over every date.
    const whole = await graph(store, { unbounded });
    expect(edgeList(await graph(store, { from: '1900', to: '2100', unbounded }))).toEqual(
      await narrowedByHand(store, (c) => c.date !== null),
    );
    expect(edgeList(whole)).toEqual(await narrowedByHand(store, () => true));
    await store.close();
  });

  it('merges two persons and removes a false one, keeps the evidence, and survives a re-ingest', async () => {
    const db = await backend.fresh();
    let store = backend.open(db);
    await ingest([SAMPLES], store);
    expect(await expectLinksAgree(store)).toBeGreaterThan(5);
    const [a, b, c] = await listPersons(store, '', 3);
    if (!a || !b || !c) throw new Error('the samples name fewer than three persons');
    const before = await personView(store, a.id);
    const fromB = await personView(store, b.id);

    await mergePersons(store, a.id, b.id, 'same person, two spellings');
    await removePerson(store, c.id, 'not a person');
    const check = async () => {
      const merged = await personView(store, a.id);
      expect(merged?.cables.length).toBe((before?.cables.length ?? 0) + (fromB?.cables.length ?? 0));
      expect(merged?.statementsMade.length).toBe(
        (before?.statementsMade.length ?? 0) + (fromB?.statementsMade.length ?? 0),
      );
      // The merged id shows the person it went into; the removed one is gone.
      expect((await personView(store, b.id))?.id).toBe(a.id);
      expect(await personView(store, c.id)).toBeNull();
      const listed = (await listPersons(store, '', 100)).map((p) => p.id);
      expect(listed).toContain(a.id);
      expect(listed).not.toContain(b.id);
      expect(listed).not.toContain(c.id);
      await expectLinksAgree(store);
    };
    await check();

    // Every cable stored again from scratch: the identities are found anew and the curation holds.
    await store.writeTransaction(async (sql) => sql.run("UPDATE cables SET hash = ''"));
    const again = await ingest([SAMPLES], store);
    expect(again.replaced).toBe(15);
    await check();
    await store.close();

    store = backend.open(db);
    await check();
    const log = await curations(store);
    expect(log.map((l) => [l.action, l.person_id, l.into_id, l.note])).toEqual([
      ['merge', b.id, a.id, 'same person, two spellings'],
      ['remove', c.id, null, 'not a person'],
    ]);
    expect(log[0]?.name).toBe(b.name);
    await expect(mergePersons(store, a.id, a.id)).rejects.toThrow(CurationError);
    await expect(mergePersons(store, a.id, b.id)).rejects.toThrow(/merged into/);
    await expect(removePerson(store, 999999)).rejects.toThrow(/no person/);
    await store.close();
  });
});
