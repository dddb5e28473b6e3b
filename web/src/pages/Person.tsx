import { type Counterpart, getJson, type PersonStatement, type PersonView } from '../api';
import { CableList, Status, useLoad } from '../components';
import { Link, url } from '../router';

function Counterparts({ title, rows }: { title: string; rows: Counterpart[] }) {
  if (rows.length === 0) return null;
  return (
    <section>
      <h2>{title}</h2>
      <ul>
        {rows.map((c) => (
          <li key={c.id}>
            <Link href={`/persons/${c.id}`}>{c.name}</Link>
            {c.affiliation ? <span className="muted"> ({c.affiliation})</span> : null}{' '}
            <span className="count">{c.count}</span>
          </li>
        ))}
      </ul>
    </section>
  );
}

function Statements({ title, rows, side }: { title: string; rows: PersonStatement[]; side: 'to' | 'from' }) {
  return (
    <section>
      <h2>
        {title} <span className="count">{rows.length}</span>
      </h2>
      {rows.length === 0 ? <p className="muted">None found.</p> : null}
      <ol className="said-list">
        {rows.map((s) => {
          const otherId = side === 'to' ? s.addressee_id : s.speaker_id;
          const otherName = side === 'to' ? s.addressee : s.speaker;
          return (
            <li key={`${s.key}-${s.paragraph}-${s.cue}-${s.text.slice(0, 40)}`}>
              <div>
                <Link href={`/cables/${encodeURIComponent(s.key)}`}>{s.id ?? s.key}</Link>{' '}
                <span className="muted">{s.date}</span> <em>{s.cue}</em>
                {otherName ? (
                  <>
                    {side === 'to' ? ' to ' : ' by '}
                    {otherId ? <Link href={`/persons/${otherId}`}>{otherName}</Link> : otherName}
                  </>
                ) : null}
              </div>
              <div className="said-text">{s.quoted ? `“${s.text}”` : s.text}</div>
            </li>
          );
        })}
      </ol>
    </section>
  );
}

export function PersonPage({ id }: { id: number }) {
  const { data: p, error, loading } = useLoad(() => getJson<PersonView>(`/api/persons/${id}`), [id]);
  if (!p)
    return (
      <div className="page">
        <Status loading={loading} error={error} />
      </div>
    );
  return (
    <div className="page person-page">
      <header>
        <h1>{p.name}</h1>
        <p className="muted">
          {p.affiliation}
          {p.names.length > 1 ? ` · also written ${p.names.filter((n) => n !== p.name).join(', ')}` : ''}
        </p>
        <p>
          <Link href={url('/search', { q: `person:${p.id}` })}>Search their cables</Link> ·{' '}
          <Link href={url('/network', { person: p.id })}>Their network</Link> ·{' '}
          <Link href={url('/timeline', { person: p.id })}>Their timeline</Link>
        </p>
      </header>
      <div className="person-layout">
        <div>
          <section>
            <h2>Titles over time</h2>
            <table>
              <thead>
                <tr>
                  <th>Title</th>
                  <th>First</th>
                  <th>Last</th>
                  <th>Cables</th>
                </tr>
              </thead>
              <tbody>
                {p.titles.map((t) => (
                  <tr key={t.title}>
                    <td>{t.title}</td>
                    <td>{t.first}</td>
                    <td>{t.last}</td>
                    <td>{t.cables}</td>
                  </tr>
                ))}
                {p.affiliations.map((a) => (
                  <tr key={`aff-${a.affiliation}`} className="muted">
                    <td>{a.affiliation}</td>
                    <td>{a.first}</td>
                    <td>{a.last}</td>
                    <td>{a.cables}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </section>
          <Statements title="Statements made" rows={p.statementsMade} side="to" />
          <Statements title="Statements received" rows={p.statementsReceived} side="from" />
        </div>
        <aside>
          <Counterparts title="Met with" rows={p.metWith} />
          <Counterparts title="Spoke with" rows={p.spokeWith} />
          <Counterparts
            title={
              p.coParticipantsSample
                ? `Named with (in the latest ${p.coParticipantsSample} cables)`
                : 'Named with'
            }
            rows={p.coParticipants}
          />
          <section>
            <h2>
              Cables <span className="count">{p.cableCount}</span>
            </h2>
            <CableList cables={p.cables} />
            {p.cableCount > p.cables.length ? (
              <p className="muted">The first {p.cables.length}, in date order.</p>
            ) : null}
          </section>
        </aside>
      </div>
    </div>
  );
}
