import { type CorpusStats, getJson } from '../api';
import { Bars, Status, useLoad } from '../components';
import { navigate, url } from '../router';
import { QueryHelp, SearchBox } from './Search';

export function OverviewPage() {
  const { data: stats, error, loading } = useLoad(() => getJson<CorpusStats>('/api/stats'), []);
  const years = [...(stats?.byYear ?? [])].sort((a, b) => a.value.localeCompare(b.value));
  const go = (q: string) => navigate(url('/search', { q }));
  return (
    <div className="page overview-page">
      <SearchBox q="" />
      <QueryHelp />
      <Status loading={loading} error={error} />
      {stats ? (
        <>
          <p className="totals">
            <strong>{stats.cables}</strong> cables · {stats.paragraphs} paragraphs · {stats.persons} persons ·{' '}
            {stats.statements} statements · {stats.events} dated events
          </p>
          <div className="charts">
            <section>
              <h2>By year</h2>
              <Bars
                label="cables by year"
                rows={years}
                onPick={(v) => /^\d{4}$/.test(v) && go(`year:${v}`)}
                max={80}
              />
            </section>
            <section>
              <h2>By origin</h2>
              <Bars
                label="cables by origin"
                rows={stats.byOrigin}
                onPick={(v) => go(`origin:"${v}"`)}
                max={20}
              />
            </section>
            <section>
              <h2>By classification</h2>
              <Bars
                label="cables by classification"
                rows={stats.byClassification}
                onPick={(v) => go(`class:"${v}"`)}
              />
            </section>
          </div>
        </>
      ) : null}
    </div>
  );
}
