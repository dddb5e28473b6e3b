import { lazy, Suspense } from 'react';
import { CablePage } from './pages/Cable';
import { OverviewPage } from './pages/Overview';
import { PersonPage } from './pages/Person';
import { SearchPage } from './pages/Search';
import { Link, type Location, useLocation } from './router';

// The graph and timeline libraries are most of the code: they load when their page is opened.
const NetworkPage = lazy(() => import('./pages/Network').then((m) => ({ default: m.NetworkPage })));
const TimelinePage = lazy(() => import('./pages/Timeline').then((m) => ({ default: m.TimelinePage })));

function Page({ location }: { location: Location }) {
  const { path, params } = location;
  const get = (k: string) => params.get(k) ?? '';
  if (path === '/search' && get('q')) return <SearchPage q={get('q')} sort={params.get('sort')} />;
  const cable = /^\/cables\/(.+)$/.exec(path);
  if (cable) return <CablePage cableKey={decodeURIComponent(cable[1] as string)} />;
  const person = /^\/persons\/(\d+)$/.exec(path);
  if (person) return <PersonPage id={Number(person[1])} />;
  if (path === '/network')
    return (
      <NetworkPage
        filters={{
          from: get('from'),
          to: get('to'),
          tag: get('tag'),
          person: get('person'),
          minWeight: get('min_weight'),
        }}
      />
    );
  if (path === '/timeline') return <TimelinePage from={get('from')} to={get('to')} person={get('person')} />;
  if (path === '/' || path === '/search') return <OverviewPage />;
  return (
    <div className="page">
      <h1>Not found</h1>
      <p>
        There is no page at this address. <Link href="/">Back to the start</Link>.
      </p>
    </div>
  );
}

export function App() {
  const location = useLocation();
  const here = (prefix: string) => (location.path.startsWith(prefix) ? 'page' : undefined);
  return (
    <>
      <a className="skip" href="#main">
        Skip to content
      </a>
      <header className="top">
        <Link href="/" className="brand">
          cablescope
        </Link>
        <nav aria-label="main">
          <Link href="/" aria-current={location.path === '/' ? 'page' : undefined}>
            Overview
          </Link>
          <Link href="/network" aria-current={here('/network')}>
            Network
          </Link>
          <Link href="/timeline" aria-current={here('/timeline')}>
            Timeline
          </Link>
        </nav>
      </header>
      <main id="main">
        <Suspense fallback={<p className="page muted">Loading…</p>}>
          <Page location={location} />
        </Suspense>
      </main>
    </>
  );
}
