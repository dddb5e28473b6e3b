import { type ReactNode, useEffect, useState } from 'react';
import { ApiFailure } from './api';
import { Link } from './router';

/**
 * A snippet from the API (escaped text with <mark> around matches) rendered as React text nodes: the
 * markup is never handed to the browser as HTML, so even a server mistake could not inject any.
 */
export function Snippet({ html }: { html: string }) {
  const parts = html.split(/(<mark>|<\/mark>)/);
  const out: ReactNode[] = [];
  let marked = false;
  let offset = 0;
  const decoder = document.createElement('textarea');
  for (const part of parts) {
    if (part === '<mark>') marked = true;
    else if (part === '</mark>') marked = false;
    else if (part) {
      decoder.innerHTML = part.replace(/</g, '&lt;');
      const text = decoder.value;
      out.push(marked ? <mark key={offset}>{text}</mark> : text);
    }
    offset += part.length;
  }
  return <>{out}</>;
}

/** The level of a classification or paragraph marking, for its colour (as banners are coloured). */
export function levelOf(marking: string | null): string {
  const m = (marking ?? '').toUpperCase();
  if (m.startsWith('TOP SECRET') || m.startsWith('TS')) return 'ts';
  if (m.startsWith('SECRET') || m.startsWith('S/') || m === 'S') return 's';
  if (m.startsWith('CONFIDENTIAL') || m.startsWith('C/') || m === 'C') return 'c';
  if (m.startsWith('LIMITED') || m === 'LOU') return 'lou';
  if (m.includes('SBU') || m.includes('FOR OFFICIAL USE') || m.includes('FOUO')) return 'sbu';
  if (m.startsWith('UNCLASSIFIED') || m === 'U') return 'u';
  return 'none';
}

export function Marking({ value, long = false }: { value: string | null; long?: boolean }) {
  if (!value) return null;
  return (
    <span className={`marking level-${levelOf(value)}`} title={long ? undefined : `marked ${value}`}>
      {long ? value : `(${value})`}
    </span>
  );
}

/** Loads a value for the given inputs; shows errors in words. */
export function useLoad<T>(
  load: () => Promise<T>,
  deps: unknown[],
): { data: T | null; error: string | null; loading: boolean } {
  const [state, setState] = useState<{ data: T | null; error: string | null; loading: boolean }>({
    data: null,
    error: null,
    loading: true,
  });
  useEffect(() => {
    let live = true;
    setState((s) => ({ ...s, loading: true, error: null }));
    load().then(
      (data) => live && setState({ data, error: null, loading: false }),
      (error: unknown) =>
        live &&
        setState({
          data: null,
          error: error instanceof ApiFailure || error instanceof Error ? error.message : String(error),
          loading: false,
        }),
    );
    return () => {
      live = false;
    };
    // biome-ignore lint/correctness/useExhaustiveDependencies: the caller names what the load depends on.
  }, deps);
  return state;
}

export function Status({ loading, error }: { loading: boolean; error: string | null }) {
  if (error)
    return (
      <p className="error" role="alert">
        {error}
      </p>
    );
  if (loading)
    return (
      <p className="muted" aria-live="polite">
        Loading…
      </p>
    );
  return null;
}

/** Horizontal bars: a value and its count, each bar a link or a button. */
export function Bars({
  rows,
  onPick,
  label,
  max: maxRows = 15,
}: {
  rows: { value: string; count: number }[];
  onPick?: (value: string) => void;
  label: string;
  max?: number;
}) {
  const max = Math.max(1, ...rows.map((r) => r.count));
  return (
    <ul className="bars" aria-label={label}>
      {rows.slice(0, maxRows).map((r) => (
        <li key={r.value}>
          {onPick ? (
            <button type="button" className="bar-label link" onClick={() => onPick(r.value)}>
              {r.value}
            </button>
          ) : (
            <span className="bar-label">{r.value}</span>
          )}
          <span className="bar" style={{ width: `${(100 * r.count) / max}%` }} />
          <span className="bar-count">{r.count}</span>
        </li>
      ))}
    </ul>
  );
}

/** A list of cables: reference id linked to the reader, then date and subject. */
export function CableList({
  cables,
  className,
}: {
  cables: { key: string; id: string | null; date: string | null; subject: string | null }[];
  className?: string;
}) {
  return (
    <ul className={className}>
      {cables.map((c) => (
        <li key={c.key}>
          <Link href={`/cables/${encodeURIComponent(c.key)}`}>{c.id ?? c.key}</Link>{' '}
          <span className="muted">
            {c.date} {c.subject}
          </span>
        </li>
      ))}
    </ul>
  );
}
