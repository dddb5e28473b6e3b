import { stringify } from 'csv-stringify/sync';
import { escapeUTF8 } from 'entities';
import { COUNTRY_NAMES } from '../lexicon/words.js';
import type { Graph } from '../query/graph.js';
import type { StoredCable } from './cables.js';

/** One line of JSON per cable: the whole record. */
export async function* toJsonl(cables: AsyncIterable<StoredCable>): AsyncGenerator<string> {
  for await (const c of cables) yield `${JSON.stringify(c.record)}\n`;
}

const CSV_COLUMNS = [
  'key',
  'id',
  'date',
  'time',
  'origin',
  'classification',
  'subject',
  'tags',
  'references',
  'persons',
  'statements',
  'events',
  'signer',
  'source',
];

/** One row per cable: the header fields, and lists joined with `; `. */
export async function* toCsv(cables: AsyncIterable<StoredCable>): AsyncGenerator<string> {
  yield stringify([CSV_COLUMNS]);
  for await (const { key, record: r } of cables) {
    yield stringify([
      [
        key,
        r.id,
        r.date,
        r.time,
        r.origin,
        r.classification,
        r.subject,
        r.tags.join('; '),
        r.references.map((x) => x.id ?? x.text).join('; '),
        r.persons.map((p) => p.name).join('; '),
        r.statements.length,
        r.events.map((e) => e.date).join('; '),
        r.signer,
        r.source,
      ],
    ]);
  }
}

const x = (value: string | number | null | undefined) => escapeUTF8(String(value ?? ''));

/** GraphML (yEd, Gephi, networkx): nodes with label, kind, affiliation; edges with kind and weight. */
export function* toGraphml(graph: Graph): Generator<string> {
  yield '<?xml version="1.0" encoding="UTF-8"?>\n<graphml xmlns="http://graphml.graphdrawing.org/xmlns">\n';
  yield '  <key id="label" for="node" attr.name="label" attr.type="string"/>\n';
  yield '  <key id="kind" for="all" attr.name="kind" attr.type="string"/>\n';
  yield '  <key id="affiliation" for="node" attr.name="affiliation" attr.type="string"/>\n';
  yield '  <key id="weight" for="all" attr.name="weight" attr.type="double"/>\n';
  yield '  <graph id="cablescope" edgedefault="undirected">\n';
  for (const n of graph.nodes)
    yield `    <node id="${x(n.id)}"><data key="label">${x(n.label)}</data><data key="kind">${x(n.kind)}</data><data key="affiliation">${x(n.affiliation)}</data><data key="weight">${n.weight}</data></node>\n`;
  let i = 0;
  for (const e of graph.edges)
    yield `    <edge id="e${i++}" source="${x(e.source)}" target="${x(e.target)}" directed="${e.kind !== 'met'}"><data key="kind">${x(e.kind)}</data><data key="weight">${e.weight}</data></edge>\n`;
  yield '  </graph>\n</graphml>\n';
}

/** GEXF 1.3 (Gephi). */
export function* toGexf(graph: Graph): Generator<string> {
  yield '<?xml version="1.0" encoding="UTF-8"?>\n<gexf xmlns="http://gexf.net/1.3" version="1.3">\n';
  yield '  <graph defaultedgetype="undirected">\n';
  yield '    <attributes class="node"><attribute id="kind" title="kind" type="string"/><attribute id="affiliation" title="affiliation" type="string"/></attributes>\n';
  yield '    <attributes class="edge"><attribute id="kind" title="kind" type="string"/></attributes>\n';
  yield '    <nodes>\n';
  for (const n of graph.nodes)
    yield `      <node id="${x(n.id)}" label="${x(n.label)}"><attvalues><attvalue for="kind" value="${x(n.kind)}"/><attvalue for="affiliation" value="${x(n.affiliation)}"/></attvalues></node>\n`;
  yield '    </nodes>\n    <edges>\n';
  let i = 0;
  for (const e of graph.edges)
    yield `      <edge id="${i++}" source="${x(e.source)}" target="${x(e.target)}" weight="${e.weight}" type="${e.kind === 'met' ? 'undirected' : 'directed'}"><attvalues><attvalue for="kind" value="${x(e.kind)}"/></attvalues></edge>\n`;
  yield '    </edges>\n  </graph>\n</gexf>\n';
}

interface FtmEntity {
  id: string;
  schema: string;
  properties: Record<string, string[]>;
}

function props(values: Record<string, (string | null | undefined)[]>): Record<string, string[]> {
  const out: Record<string, string[]> = {};
  for (const [k, v] of Object.entries(values)) {
    const kept = v.filter((s): s is string => typeof s === 'string' && s !== '');
    if (kept.length > 0) out[k] = kept;
  }
  return out;
}

/**
 * FollowTheMoney entities, one JSON object per line (what Aleph's `ftm` tools load): a `Document` per
 * cable, `Person` and `Organization` entities once each, `Documentation` links from cables to the persons
 * they name, and `UnknownLink`s for who spoke to whom.
 */
export async function* toFtm(cables: AsyncIterable<StoredCable>): AsyncGenerator<string> {
  const seen = new Set<string>();
  const line = (e: FtmEntity) => `${JSON.stringify(e)}\n`;
  for await (const { key, record: r, personIds } of cables) {
    const doc = `cable-${key}`;
    yield line({
      id: doc,
      schema: 'Document',
      properties: props({
        title: [r.subject],
        fileName: [r.source],
        date: [r.date],
        publisher: [r.origin],
        keywords: r.tags,
        bodyText: [r.body],
        summary: [r.classification],
      }),
    });
    const personEntity = (localId: string | null) => {
      const id = localId ? personIds.get(localId) : undefined;
      return id === undefined ? null : `person-${id}`;
    };
    for (const p of r.persons) {
      const entity = personEntity(p.id);
      if (!entity) continue;
      if (!seen.has(entity)) {
        seen.add(entity);
        yield line({
          id: entity,
          schema: 'Person',
          properties: props({
            name: [p.name],
            lastName: [p.surname],
            firstName: [p.given],
            position: p.titles,
            nationality: [p.affiliation && COUNTRY_NAMES.has(p.affiliation) ? p.affiliation : null],
          }),
        });
      }
      yield line({
        id: `${doc}-${entity}`,
        schema: 'Documentation',
        properties: props({ document: [doc], entity: [entity], role: ['named'], date: [r.date] }),
      });
    }
    for (const o of r.organizations) {
      const entity = `org-${o.name.toLowerCase().replace(/[^a-z0-9]+/g, '-')}`;
      if (!seen.has(entity)) {
        seen.add(entity);
        yield line({
          id: entity,
          schema: 'Organization',
          properties: props({ name: [o.name], alias: o.forms }),
        });
      }
      yield line({
        id: `${doc}-${entity}`,
        schema: 'Documentation',
        properties: props({ document: [doc], entity: [entity], role: ['named'], date: [r.date] }),
      });
    }
    for (const [i, s] of r.statements.entries()) {
      const from = personEntity(s.speaker_id);
      const to = personEntity(s.addressee_id);
      if (!from || !to || from === to) continue;
      yield line({
        id: `${doc}-statement-${i}`,
        schema: 'UnknownLink',
        properties: props({
          subject: [from],
          object: [to],
          role: [s.cue],
          date: [r.date],
          summary: [s.text],
          proof: [doc],
        }),
      });
    }
  }
}
