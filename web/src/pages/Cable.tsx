import type { ReactNode } from 'react';
import { type CableView, getJson, type Paragraph, type Statement } from '../api';
import { CableList, levelOf, Marking, Status, useLoad } from '../components';
import { Link, url } from '../router';

interface Span {
  start: number;
  end: number;
  kind: 'person' | 'date' | 'said';
  href?: string;
  title: string;
}

/**
 * A paragraph's text with its persons, dates and statements marked: the spans (offsets in the body)
 * cut the text into pieces, and each piece is wrapped by every span that covers it. Text only: nothing
 * from the cable is ever rendered as HTML.
 */
function Annotated({ paragraph, spans }: { paragraph: Paragraph; spans: Span[] }) {
  const inside = spans.filter((s) => s.start < paragraph.end && s.end > paragraph.start);
  const cuts = new Set([paragraph.start, paragraph.end]);
  for (const s of inside) {
    cuts.add(Math.max(s.start, paragraph.start));
    cuts.add(Math.min(s.end, paragraph.end));
  }
  const points = [...cuts].sort((a, b) => a - b);
  const out: ReactNode[] = [];
  for (let i = 0; i + 1 < points.length; i++) {
    const from = points[i] as number;
    const to = points[i + 1] as number;
    let node: ReactNode = paragraph.text.slice(from - paragraph.start, to - paragraph.start);
    const covering = inside.filter((s) => s.start <= from && s.end >= to);
    for (const kind of ['date', 'person', 'said'] as const) {
      const span = covering.find((s) => s.kind === kind);
      if (!span) continue;
      if (kind === 'person' && span.href)
        node = (
          <Link href={span.href} className="ent person" title={span.title}>
            {node}
          </Link>
        );
      else
        node = (
          <span className={kind === 'said' ? 'said' : `ent ${kind}`} title={span.title}>
            {node}
          </span>
        );
    }
    out.push(<span key={from}>{node}</span>);
  }
  return <>{out}</>;
}

function paragraphAnchor(view: CableView, number: number | null): string | null {
  const index = view.record.paragraphs.findIndex((p) => p.number === number);
  return index >= 0 ? `#p${index}` : null;
}

function WhoSaidWhat({
  view,
  personHref,
}: {
  view: CableView;
  personHref: (localId: string | null) => string | null;
}) {
  const statements = view.record.statements;
  if (statements.length === 0) return <p className="muted">No statements found.</p>;
  const who = (name: string | null, id: string | null) => {
    if (!name) return null;
    const href = personHref(id);
    return href ? <Link href={href}>{name}</Link> : <span>{name}</span>;
  };
  return (
    <ol className="said-list">
      {statements.map((s: Statement) => {
        const anchor = paragraphAnchor(view, s.paragraph);
        return (
          <li key={`${s.start}-${s.end}-${s.cue}`}>
            <div>
              <strong>{who(s.speaker, s.speaker_id)}</strong>
              {s.addressee ? <> → {who(s.addressee, s.addressee_id)}</> : null} <em>{s.cue}</em>
              {anchor ? (
                <a className="para-link" href={anchor}>
                  ¶{s.paragraph}
                </a>
              ) : null}
            </div>
            <div className="said-text">{s.quoted ? `“${s.text}”` : s.text}</div>
            {s.points.length > 0 ? (
              <ol className="points">
                {s.points.map((p) => (
                  <li key={p}>{p}</li>
                ))}
              </ol>
            ) : null}
          </li>
        );
      })}
    </ol>
  );
}

export function CablePage({ cableKey }: { cableKey: string }) {
  const {
    data: view,
    error,
    loading,
  } = useLoad(() => getJson<CableView>(`/api/cables/${encodeURIComponent(cableKey)}`), [cableKey]);
  if (!view)
    return (
      <div className="page">
        <Status loading={loading} error={error} />
      </div>
    );
  const r = view.record;
  const personHref = (localId: string | null) => {
    const id = localId ? view.personIds[localId] : undefined;
    return id === undefined ? null : `/persons/${id}`;
  };
  const spans: Span[] = [
    ...r.persons.flatMap((p) =>
      p.mentions.map((m) => ({
        start: m.start,
        end: m.end,
        kind: 'person' as const,
        href: personHref(p.id) ?? undefined,
        title: [p.name, p.titles.join(', '), p.affiliation].filter(Boolean).join(' — '),
      })),
    ),
    ...r.events.map((e) => ({
      start: e.start,
      end: e.end,
      kind: 'date' as const,
      title: e.until ? `${e.date} to ${e.until}` : e.date,
    })),
    ...r.statements.map((s) => ({
      start: s.start,
      end: s.end,
      kind: 'said' as const,
      title: `${s.speaker}${s.addressee ? ` → ${s.addressee}` : ''}: ${s.cue}`,
    })),
  ];
  const byName = new Map(r.persons.map((p) => [p.name, p]));
  const upcoming = r.events.filter((e) => !r.date || e.date >= r.date);
  let section: string | null = null;
  return (
    <div className="page cable-page">
      <header className={`cable-card level-${levelOf(r.classification)}`}>
        <div className={`banner level-${levelOf(r.classification)}`}>
          <Marking value={r.classification} long />
          {r.caveats.map((c) => (
            <span key={c} className="caveat">
              {c}
            </span>
          ))}
        </div>
        <h1>{r.subject ?? '(no subject)'}</h1>
        <dl className="fields">
          <dt>Reference</dt>
          <dd>{r.id ?? view.key}</dd>
          <dt>Date</dt>
          <dd>
            {r.date ?? 'unknown'}
            {r.time ? ` ${r.time}Z` : ''}
          </dd>
          <dt>From</dt>
          <dd>
            {r.origin ? (
              <Link href={url('/search', { q: `origin:"${r.origin}"` })}>{r.origin}</Link>
            ) : (
              'unknown'
            )}
          </dd>
          {r.classified_by ? (
            <>
              <dt>Classified by</dt>
              <dd>
                {r.classified_by} {r.reasons.length ? `(${r.reasons.join(', ')})` : ''}
              </dd>
            </>
          ) : null}
          {r.declassify_on ? (
            <>
              <dt>Declassify on</dt>
              <dd>{r.declassify_on}</dd>
            </>
          ) : null}
          {r.signer ? (
            <>
              <dt>Signed</dt>
              <dd>{r.signer}</dd>
            </>
          ) : null}
          <dt>Tags</dt>
          <dd className="tags">
            {view.tagMeanings.map((t) => (
              <Link
                key={t.code}
                href={url('/search', { q: `tag:${t.code}` })}
                className="tag"
                title={t.meaning ?? undefined}
              >
                {t.code}
                {t.meaning ? <span className="tag-meaning"> {t.meaning}</span> : null}
              </Link>
            ))}
          </dd>
        </dl>
        {r.references.length > 0 ? (
          <section>
            <h2>References</h2>
            <ul className="refs">
              {r.references.map((ref, i) => {
                const cited = view.cites[i];
                const key = `${ref.label ?? ''}-${ref.id ?? ''}-${ref.text}`;
                return (
                  <li key={key}>
                    {ref.label ? `${ref.label}. ` : ''}
                    {cited ? (
                      <Link href={`/cables/${encodeURIComponent(cited.key)}`}>{ref.id ?? ref.text}</Link>
                    ) : (
                      <span title={ref.id ? 'not in this corpus' : undefined}>{ref.text}</span>
                    )}
                    {cited?.subject ? <span className="muted"> — {cited.subject}</span> : null}
                  </li>
                );
              })}
            </ul>
          </section>
        ) : null}
        {view.citedBy.length > 0 ? (
          <section>
            <h2>Cited by</h2>
            <CableList cables={view.citedBy} className="refs" />
          </section>
        ) : null}
      </header>
      <div className="cable-layout">
        <article className="cable-text" aria-label="cable text">
          {r.paragraphs.map((p, i) => {
            const heading = p.section && p.section !== section ? p.section : null;
            section = p.section;
            return (
              <div key={p.start}>
                {heading ? <h3 className="section">{heading}</h3> : null}
                <p id={`p${i}`} className={`para level-${levelOf(p.marking)}`}>
                  {p.number !== null ? <span className="para-number">{p.number}.</span> : null}
                  <Marking value={p.marking} /> <Annotated paragraph={p} spans={spans} />
                </p>
              </div>
            );
          })}
        </article>
        <aside className="cable-side">
          {r.meeting ? (
            <section>
              <h2>Meeting</h2>
              <p>
                {[r.meeting.date, r.meeting.place].filter(Boolean).join(', ') || 'date and place not stated'}
              </p>
              <ul>
                {r.meeting.participants.map((name) => {
                  const p = byName.get(name);
                  const href = p ? personHref(p.id) : null;
                  return (
                    <li key={name}>
                      {href ? <Link href={href}>{name}</Link> : name}
                      {p?.titles.length ? <span className="muted"> — {p.titles.join(', ')}</span> : null}
                      {p?.affiliation ? <span className="muted"> ({p.affiliation})</span> : null}
                    </li>
                  );
                })}
              </ul>
            </section>
          ) : null}
          <section>
            <h2>Who said what</h2>
            <WhoSaidWhat view={view} personHref={personHref} />
          </section>
          {upcoming.length > 0 ? (
            <section>
              <h2>{r.date ? 'Upcoming' : 'Dates'}</h2>
              <ul>
                {upcoming.map((e) => (
                  <li key={e.start}>
                    <time dateTime={e.date}>{e.date}</time>
                    {e.relative ? <span className="muted"> (relative)</span> : null}: {e.text}
                  </li>
                ))}
              </ul>
            </section>
          ) : null}
          <section>
            <h2>Persons</h2>
            <ul>
              {r.persons.map((p) => {
                const href = personHref(p.id);
                return (
                  <li key={p.id}>
                    {href ? <Link href={href}>{p.name}</Link> : p.name}
                    <span className="muted">
                      {' '}
                      {[p.titles.join(', '), p.affiliation].filter(Boolean).join(' — ')}
                    </span>
                  </li>
                );
              })}
            </ul>
          </section>
          {r.organizations.length + r.places.length > 0 ? (
            <section>
              <h2>Organisations and places</h2>
              <p className="chips">
                {r.organizations.map((o) => (
                  <Link key={o.name} className="chip" href={url('/search', { q: `org:"${o.name}"` })}>
                    {o.name}
                  </Link>
                ))}
                {r.places.map((pl) => (
                  <span key={pl.name} className="chip place">
                    {pl.name}
                  </span>
                ))}
              </p>
            </section>
          ) : null}
        </aside>
      </div>
    </div>
  );
}
