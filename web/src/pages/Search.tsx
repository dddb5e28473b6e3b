import { type FormEvent, useEffect, useRef, useState } from 'react';
import { type FacetCount, getJson, type SearchHit, type SearchResponse } from '../api';
import { Bars, Marking, Snippet, Status } from '../components';
import { Link, navigate, url } from '../router';

const HELP: [string, string][] = [
  ['kosovo status', 'both words (stemmed: status, statuses)'],
  ['"security council"', 'the exact phrase'],
  ['iran OR iraq', 'either word'],
  ['-russia, NOT russia', 'without the word'],
  ['nucl*', 'words that start with nucl'],
  ['origin:paris', "the post's name contains paris"],
  ['tag:PREL', 'a TAGS code'],
  ['class:secret, class:noforn', 'classification level or caveat'],
  ['person:Ban, person:"Ban Ki-moon"', 'cables naming the person'],
  ['speaker:Khalilzad, speaker:Poloff', 'cables where they make a statement'],
  ['org:UNSC', 'organisations (acronyms expanded)'],
  ['from:2007-06 to:2008, year:2009', 'the cable date'],
];

/** The query without any filter on these fields. */
export function withoutFields(q: string, fields: string[]): string {
  return q
    .replace(new RegExp(`(^|\\s)-?(?:${fields.join('|')}):("[^"]*"|\\S+)`, 'g'), ' ')
    .replace(/\s+/g, ' ')
    .trim();
}

/** The query with a filter added, replacing one on the same field where only one makes sense. */
export function withFilter(q: string, field: string, value: string): string {
  const quoted = /[\s"]/.test(value) ? `"${value.replace(/"/g, '')}"` : value;
  const base = ['from', 'to', 'year'].includes(field) ? withoutFields(q, [field]) : q;
  return `${base} ${field}:${quoted}`.trim();
}

function YearHistogram({ years, q }: { years: FacetCount[]; q: string }) {
  const rows = [...years]
    .filter((y) => /^\d{4}$/.test(y.value))
    .sort((a, b) => a.value.localeCompare(b.value));
  const [drag, setDrag] = useState<{ from: number; to: number } | null>(null);
  useEffect(() => {
    // A drag released outside the bars is abandoned.
    const cancel = () => setDrag(null);
    window.addEventListener('mouseup', cancel);
    return () => window.removeEventListener('mouseup', cancel);
  }, []);
  if (rows.length === 0) return null;
  const max = Math.max(1, ...rows.map((r) => r.count));
  const width = 100 / rows.length;
  const pick = (a: number, b: number) => {
    const from = rows[Math.min(a, b)]?.value;
    const to = rows[Math.max(a, b)]?.value;
    if (!from || !to) return;
    const base = withoutFields(q, ['year', 'from', 'to']);
    navigate(
      url('/search', {
        q:
          from === to ? withFilter(base, 'year', from) : withFilter(withFilter(base, 'from', from), 'to', to),
      }),
    );
  };
  const lo = drag ? Math.min(drag.from, drag.to) : -1;
  const hi = drag ? Math.max(drag.from, drag.to) : -1;
  return (
    <figure className="histogram">
      <figcaption>Cables by year — drag across bars to filter by a range, or pick a year</figcaption>
      <svg viewBox="0 0 100 30" preserveAspectRatio="none" role="img" aria-label="cables by year">
        {rows.map((r, i) => (
          // biome-ignore lint/a11y/noStaticElementInteractions: dragging is for the pointer; the year buttons below do the same from the keyboard.
          <rect
            key={r.value}
            x={i * width + width * 0.1}
            y={30 - (28 * r.count) / max}
            width={width * 0.8}
            height={(28 * r.count) / max}
            className={i >= lo && i <= hi ? 'picked' : ''}
            onMouseDown={() => setDrag({ from: i, to: i })}
            onMouseEnter={() => drag && setDrag({ ...drag, to: i })}
            onMouseUp={() => {
              if (drag) pick(drag.from, i);
              setDrag(null);
            }}
          >
            <title>{`${r.value}: ${r.count}`}</title>
          </rect>
        ))}
      </svg>
      <div className="histogram-axis">
        {rows.map((r) => (
          <button
            key={r.value}
            type="button"
            className="link"
            onClick={() =>
              navigate(url('/search', { q: withFilter(withoutFields(q, ['from', 'to']), 'year', r.value) }))
            }
          >
            {r.value}
          </button>
        ))}
      </div>
    </figure>
  );
}

function Facets({
  facets,
  q,
  sample,
}: {
  facets: NonNullable<SearchResponse['facets']>;
  q: string;
  sample: number | null;
}) {
  const go = (field: string, value: string) => navigate(url('/search', { q: withFilter(q, field, value) }));
  return (
    <aside className="facets" aria-label="filters">
      {sample ? <p className="muted small">Counts over the {sample} best matches.</p> : null}
      <h3>Origin</h3>
      <Bars
        label="origin"
        rows={facets.origin}
        onPick={(v) => go('origin', v.replace(/^(Embassy|Consulate|Mission) /, ''))}
        max={10}
      />
      <h3>Classification</h3>
      <Bars label="classification" rows={facets.classification} onPick={(v) => go('class', v)} />
      <h3>Tags</h3>
      <Bars label="tags" rows={facets.tags} onPick={(v) => go('tag', v)} max={10} />
      <h3>Persons</h3>
      <ul className="bars" aria-label="persons">
        {facets.persons.slice(0, 10).map((p) => (
          <li key={p.id}>
            <button type="button" className="bar-label link" onClick={() => go('person', String(p.id))}>
              {p.value}
            </button>
            <span className="bar-count">{p.count}</span>
          </li>
        ))}
      </ul>
    </aside>
  );
}

function Result({ hit }: { hit: SearchHit }) {
  return (
    <li className="result">
      <div className="result-meta">
        <Link href={`/cables/${encodeURIComponent(hit.key)}`} className="result-id">
          {hit.id ?? hit.key}
        </Link>
        <span>{hit.date ?? 'undated'}</span>
        <span>{hit.origin}</span>
        <Marking value={hit.classification} long />
      </div>
      <Link href={`/cables/${encodeURIComponent(hit.key)}`} className="result-subject">
        {hit.subject ?? '(no subject)'}
      </Link>
      <p className="snippet">
        <Snippet html={hit.snippet} />
      </p>
    </li>
  );
}

export function SearchBox({ q, sort }: { q: string; sort?: string | null }) {
  const [text, setText] = useState(q);
  const input = useRef<HTMLInputElement>(null);
  useEffect(() => setText(q), [q]);
  useEffect(() => {
    // `/` anywhere jumps to the search box, as on most search sites.
    const key = (e: KeyboardEvent) => {
      const target = e.target as HTMLElement;
      if (e.key === '/' && !['INPUT', 'TEXTAREA', 'SELECT'].includes(target.tagName)) {
        e.preventDefault();
        input.current?.focus();
      }
    };
    window.addEventListener('keydown', key);
    return () => window.removeEventListener('keydown', key);
  }, []);
  const submit = (e: FormEvent) => {
    e.preventDefault();
    if (text.trim()) navigate(url('/search', { q: text.trim(), sort }));
  };
  return (
    <form className="searchbox" aria-label="search" onSubmit={submit}>
      <input
        ref={input}
        type="search"
        name="q"
        aria-label="search the cables"
        placeholder='Search: words, "phrases", origin:paris, person:Ban, year:2008 …  (press / to focus)'
        value={text}
        maxLength={1000}
        onChange={(e) => setText(e.target.value)}
      />
      <button type="submit">Search</button>
    </form>
  );
}

export function QueryHelp() {
  return (
    <details className="help">
      <summary>How to search</summary>
      <table>
        <tbody>
          {HELP.map(([example, meaning]) => (
            <tr key={example}>
              <td>
                <code>{example}</code>
              </td>
              <td>{meaning}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </details>
  );
}

export function SearchPage({ q, sort }: { q: string; sort: string | null }) {
  const [state, setState] = useState<{ pages: SearchResponse[]; error: string | null; loading: boolean }>({
    pages: [],
    error: null,
    loading: true,
  });
  useEffect(() => {
    let live = true;
    setState({ pages: [], error: null, loading: true });
    getJson<SearchResponse>('/api/search', { q, sort, limit: 20 }).then(
      (page) => live && setState({ pages: [page], error: null, loading: false }),
      (error: Error) => live && setState({ pages: [], error: error.message, loading: false }),
    );
    return () => {
      live = false;
    };
  }, [q, sort]);
  const first = state.pages[0];
  const last = state.pages[state.pages.length - 1];
  const more = () => {
    if (!last?.next) return;
    setState((s) => ({ ...s, loading: true }));
    getJson<SearchResponse>('/api/search', { q, sort, limit: 20, cursor: last.next, facets: 'false' }).then(
      (page) => setState((s) => ({ pages: [...s.pages, page], error: null, loading: false })),
      (error: Error) => setState((s) => ({ ...s, error: error.message, loading: false })),
    );
  };
  return (
    <div className="page search-page">
      <SearchBox q={q} sort={sort} />
      <QueryHelp />
      <Status loading={state.loading && !first} error={state.error} />
      {first ? (
        <div className="search-layout">
          {first.facets ? <Facets facets={first.facets} q={q} sample={first.facetSample} /> : null}
          <section aria-label="results">
            <div className="result-count">
              <strong title={first.totalExact ? undefined : 'counting stopped here; there are more'}>
                {first.total.toLocaleString('en')}
                {first.totalExact ? '' : '+'}
              </strong>{' '}
              cable{first.total === 1 ? '' : 's'}
              {first.rankedAmong !== null && (sort ?? 'relevance') === 'relevance' ? (
                <span className="ranked-among">
                  {' '}
                  · ranked among the {first.rankedAmong.toLocaleString('en')} added last; add words or filters
                  to narrow
                </span>
              ) : null}
              <span className="sort">
                Order:{' '}
                {[
                  ['relevance', 'relevance'],
                  ['date', 'newest'],
                  ['date-asc', 'oldest'],
                ].map(([value, label]) => (
                  <Link
                    key={value}
                    href={url('/search', { q, sort: value })}
                    aria-current={(sort ?? 'relevance') === value ? 'true' : undefined}
                  >
                    {label}
                  </Link>
                ))}
              </span>
            </div>
            {first.facets ? <YearHistogram years={first.facets.year} q={q} /> : null}
            <ol className="results">
              {state.pages
                .flatMap((p) => p.results)
                .map((hit) => (
                  <Result key={hit.key} hit={hit} />
                ))}
            </ol>
            {last?.next ? (
              <button type="button" onClick={more} disabled={state.loading}>
                {state.loading ? 'Loading…' : 'More results'}
              </button>
            ) : null}
          </section>
        </div>
      ) : null}
    </div>
  );
}
