import { type FormEvent, useEffect, useRef } from 'react';
import { Timeline } from 'vis-timeline/standalone';
import { getJson, type TimelineItem } from '../api';
import { Status, useLoad } from '../components';
import { Link, navigate, url } from '../router';

function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
}

function TimelineView({ items }: { items: TimelineItem[] }) {
  const container = useRef<HTMLDivElement>(null);
  useEffect(() => {
    if (!container.current || items.length === 0) return;
    const data = items.map((item, i) => ({
      id: i,
      start: item.date,
      // vis-timeline reads content as HTML: the cable's words go in escaped (and its own XSS filter stays on).
      content: escapeHtml(item.kind === 'meeting' ? item.text.slice(0, 50) : item.text.slice(0, 40)),
      type: item.kind === 'meeting' ? 'box' : 'point',
      title: escapeHtml(`${item.date} · ${item.id ?? item.key} · ${item.text}`),
      className: item.kind,
    }));
    const timeline = new Timeline(container.current, data, {
      zoomable: true,
      stack: true,
      maxHeight: 560,
      // Open on the first weeks: the whole range at once is a wall of labels.
      start: items[0]?.date,
      end: new Date(new Date(items[0]?.date ?? Date.now()).getTime() + 45 * 86_400_000),
      xss: { disabled: false },
    });
    timeline.on('select', ({ items: picked }: { items: number[] }) => {
      const item = items[picked[0] ?? -1];
      if (item) navigate(`/cables/${encodeURIComponent(item.key)}`);
    });
    return () => timeline.destroy();
  }, [items]);
  return <div ref={container} className="timeline" data-items={items.length} />;
}

export function TimelinePage({ from, to, person }: { from: string; to: string; person: string }) {
  const { data, error, loading } = useLoad(
    () => getJson<{ items: TimelineItem[] }>('/api/timeline', { from, to, person, limit: 1000 }),
    [from, to, person],
  );
  const submit = (e: FormEvent<HTMLFormElement>) => {
    e.preventDefault();
    const form = new FormData(e.currentTarget);
    const value = (k: string) => String(form.get(k) ?? '').trim();
    navigate(url('/timeline', { from: value('from'), to: value('to'), person }));
  };
  return (
    <div className="page timeline-page">
      <h1>Timeline of meetings and dated events</h1>
      <form className="filters" onSubmit={submit} key={`${from}-${to}`}>
        <label>
          From{' '}
          <input name="from" defaultValue={from} placeholder="2007" pattern="\d{4}(-\d{1,2}(-\d{1,2})?)?" />
        </label>
        <label>
          To <input name="to" defaultValue={to} placeholder="2010" pattern="\d{4}(-\d{1,2}(-\d{1,2})?)?" />
        </label>
        <button type="submit">Show</button>
      </form>
      <Status loading={loading} error={error} />
      {data ? (
        <>
          <p className="muted">
            {data.items.length} items · scroll to zoom, drag to move, click to open the cable
          </p>
          <TimelineView items={data.items} />
          <details>
            <summary>As a list</summary>
            <ul>
              {data.items.slice(0, 300).map((item) => (
                <li key={`${item.key}-${item.kind}-${item.date}-${item.paragraph}-${item.text.slice(0, 30)}`}>
                  <time dateTime={item.date}>{item.date}</time> {item.kind === 'meeting' ? '(meeting) ' : ''}
                  {item.text} —{' '}
                  <Link href={`/cables/${encodeURIComponent(item.key)}`}>{item.id ?? item.key}</Link>
                </li>
              ))}
            </ul>
          </details>
        </>
      ) : null}
    </div>
  );
}
