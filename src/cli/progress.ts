import { SingleBar } from 'cli-progress';
import type { IngestSummary } from '../ingest/ingest.js';

/** Shows an ingest's progress: a bar with rate and ETA on a terminal, a plain line every few seconds otherwise. */
export interface IngestProgress {
  update(summary: IngestSummary): void;
  stop(): void;
}

function stored(s: IngestSummary): number {
  return s.inserted + s.unchanged + s.replaced;
}

function duration(seconds: number): string {
  if (!Number.isFinite(seconds) || seconds < 0) return '?';
  const s = Math.round(seconds);
  const h = Math.floor(s / 3600);
  const m = Math.floor((s % 3600) / 60);
  return h > 0
    ? `${h}h${String(m).padStart(2, '0')}m`
    : m > 0
      ? `${m}m${String(s % 60).padStart(2, '0')}s`
      : `${s}s`;
}

/** Seconds left, from the share of input bytes read so far; NaN while nothing is known. */
export function eta(s: IngestSummary): number {
  if (s.bytesTotal <= 0 || s.bytesRead <= 0) return Number.NaN;
  return (s.seconds * (s.bytesTotal - s.bytesRead)) / s.bytesRead;
}

export function progressLine(s: IngestSummary): string {
  const rate = s.seconds > 0 ? Math.round(stored(s) / s.seconds) : 0;
  const share = s.bytesTotal > 0 ? ` ${Math.min(100, Math.floor((100 * s.bytesRead) / s.bytesTotal))}%,` : '';
  return `ingest:${share} ${s.read} read, ${s.inserted} new, ${s.unchanged} unchanged, ${s.replaced} replaced, ${s.rejected} rejected (${rate} cables/s, ETA ${duration(eta(s))})`;
}

export function ingestProgress(tty: boolean, err: (line: string) => void, everyMs = 2000): IngestProgress {
  if (!tty) {
    let last = 0;
    return {
      update(s) {
        const now = Date.now();
        if (now - last < everyMs) return;
        last = now;
        err(progressLine(s));
      },
      stop() {},
    };
  }
  // The bar counts input bytes (the only total known before reading a CSV); the payload shows cables.
  const bar = new SingleBar({
    format:
      'ingest [{bar}] {percentage}% | {cables} cables, {rejected} rejected | {rate} cables/s | ETA {left}',
    barsize: 30,
    hideCursor: true,
    stream: process.stderr,
  });
  let started = false;
  return {
    update(s) {
      const payload = {
        cables: stored(s),
        rejected: s.rejected,
        rate: s.seconds > 0 ? Math.round(stored(s) / s.seconds) : 0,
        left: duration(eta(s)),
      };
      if (!started) {
        bar.start(Math.max(1, s.bytesTotal), 0, payload);
        started = true;
      }
      bar.update(Math.min(s.bytesRead, Math.max(1, s.bytesTotal)), payload);
    },
    stop() {
      if (started) bar.stop();
      started = false;
    },
  };
}
