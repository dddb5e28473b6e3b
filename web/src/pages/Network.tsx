import Graph from 'graphology';
import forceAtlas2 from 'graphology-layout-forceatlas2';
import { type FormEvent, useEffect, useRef } from 'react';
import Sigma from 'sigma';
import { type GraphEdge, type GraphNode, getJson } from '../api';
import { Status, useLoad } from '../components';
import { Link, navigate, url } from '../router';

export interface NetworkFilters {
  from: string;
  to: string;
  tag: string;
  person: string;
  minWeight: string;
}

const EDGE_COLOURS: Record<string, string> = { met: '#5b7fa6', spoke: '#c2703d', cites: '#888' };

const PALETTE = [
  '#1f77b4',
  '#d62728',
  '#2ca02c',
  '#9467bd',
  '#8c564b',
  '#e377c2',
  '#17becf',
  '#bcbd22',
  '#ff7f0e',
  '#393b79',
];

/** A colour per affiliation (the WebGL renderer takes hex colours), the same on every visit. */
function colourOf(affiliation: string | null | undefined): string {
  if (!affiliation) return '#888888';
  let h = 0;
  for (const ch of affiliation) h = (h * 31 + ch.charCodeAt(0)) % PALETTE.length;
  return PALETTE[h] ?? '#888888';
}

function GraphCanvas({ nodes, edges }: { nodes: GraphNode[]; edges: GraphEdge[] }) {
  const container = useRef<HTMLDivElement>(null);
  useEffect(() => {
    if (!container.current || nodes.length === 0) return;
    const graph = new Graph({ multi: true, type: 'mixed' });
    const maxWeight = Math.max(1, ...nodes.map((n) => n.weight));
    nodes.forEach((n, i) => {
      // A circle to start from, then ForceAtlas2: the same input always gives the same picture.
      const angle = (2 * Math.PI * i) / nodes.length;
      graph.addNode(n.id, {
        label: n.label,
        x: Math.cos(angle),
        y: Math.sin(angle),
        size: 2 + 7 * Math.sqrt(n.weight / maxWeight),
        color: colourOf(n.affiliation),
      });
    });
    for (const e of edges) {
      if (!graph.hasNode(e.source) || !graph.hasNode(e.target)) continue;
      const attributes = {
        size: Math.min(6, 0.5 + e.weight / 2),
        color: EDGE_COLOURS[e.kind] ?? '#999',
        label: `${e.kind} ×${e.weight}`,
      };
      if (e.kind === 'met') graph.addUndirectedEdge(e.source, e.target, attributes);
      else graph.addDirectedEdge(e.source, e.target, attributes);
    }
    forceAtlas2.assign(graph, {
      iterations: 150,
      settings: { ...forceAtlas2.inferSettings(graph), gravity: 1 },
    });
    const renderer = new Sigma(graph, container.current, {
      settings: { renderEdgeLabels: false, labelRenderedSizeThreshold: 6 },
    });
    renderer.on('clickNode', ({ node }) => {
      const n = nodes.find((x) => x.id === node);
      if (n?.kind === 'person') navigate(`/persons/${node}`);
      else if (n) navigate(`/cables/${encodeURIComponent(node)}`);
    });
    return () => renderer.kill();
  }, [nodes, edges]);
  return (
    <div
      ref={container}
      className="graph-canvas"
      role="img"
      aria-label="network of persons"
      data-nodes={nodes.length}
    />
  );
}

export function NetworkPage({ filters }: { filters: NetworkFilters }) {
  const { data, error, loading } = useLoad(
    () =>
      getJson<{ nodes: GraphNode[]; edges: GraphEdge[] }>('/api/graph', {
        from: filters.from,
        to: filters.to,
        tag: filters.tag,
        person: filters.person,
        min_weight: filters.minWeight,
        limit: 400,
      }),
    [filters.from, filters.to, filters.tag, filters.person, filters.minWeight],
  );
  const submit = (e: FormEvent<HTMLFormElement>) => {
    e.preventDefault();
    const form = new FormData(e.currentTarget);
    const value = (k: string) => String(form.get(k) ?? '').trim();
    navigate(
      url('/network', {
        from: value('from'),
        to: value('to'),
        tag: value('tag'),
        person: value('person'),
        min_weight: value('min_weight'),
      }),
    );
  };
  const names = new Map((data?.nodes ?? []).map((n) => [n.id, n.label]));
  return (
    <div className="page network-page">
      <h1>Who met and spoke to whom</h1>
      <form className="filters" onSubmit={submit} key={JSON.stringify(filters)}>
        <label>
          From{' '}
          <input
            name="from"
            defaultValue={filters.from}
            placeholder="2007"
            pattern="\d{4}(-\d{1,2}(-\d{1,2})?)?"
          />
        </label>
        <label>
          To{' '}
          <input
            name="to"
            defaultValue={filters.to}
            placeholder="2009-06"
            pattern="\d{4}(-\d{1,2}(-\d{1,2})?)?"
          />
        </label>
        <label>
          Tag <input name="tag" defaultValue={filters.tag} placeholder="PREL" pattern="[A-Za-z0-9]{2,8}" />
        </label>
        <label>
          Person id <input name="person" defaultValue={filters.person} inputMode="numeric" pattern="\d*" />
        </label>
        <label>
          Minimum weight{' '}
          <input name="min_weight" type="number" min={1} max={1000} defaultValue={filters.minWeight || '1'} />
        </label>
        <button type="submit">Show</button>
      </form>
      <p className="legend">
        <span className="swatch met" /> met (shared a meeting) <span className="swatch spoke" /> spoke to (a
        statement)
        {' · '}click a person to open their page
      </p>
      <Status loading={loading} error={error} />
      {data ? (
        <>
          <p className="muted">
            {data.nodes.length} persons, {data.edges.length} links
          </p>
          <GraphCanvas nodes={data.nodes} edges={data.edges} />
          <details>
            <summary>The strongest links as a list</summary>
            <ol>
              {data.edges.slice(0, 50).map((e) => (
                <li key={`${e.kind}-${e.source}-${e.target}`}>
                  <Link href={`/persons/${e.source}`}>{names.get(e.source)}</Link>{' '}
                  {e.kind === 'met' ? 'met' : 'spoke to'}{' '}
                  <Link href={`/persons/${e.target}`}>{names.get(e.target)}</Link> ×{e.weight}
                </li>
              ))}
            </ol>
          </details>
        </>
      ) : null}
    </div>
  );
}
