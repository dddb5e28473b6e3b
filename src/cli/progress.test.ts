import { describe, expect, it } from 'vitest';
import type { IngestSummary } from '../ingest/ingest.js';
import { eta, ingestProgress, progressLine } from './progress.js';

const base: IngestSummary = {
  read: 100,
  inserted: 80,
  unchanged: 10,
  replaced: 0,
  rejected: 2,
  seconds: 10,
  bytesRead: 250,
  bytesTotal: 1000,
};

describe('ingest progress', () => {
  it('estimates the time left from the share of input read', () => {
    expect(eta(base)).toBe(30);
    expect(eta({ ...base, bytesTotal: 0 })).toBeNaN();
    expect(progressLine(base)).toBe(
      'ingest: 25%, 100 read, 80 new, 10 unchanged, 0 replaced, 2 rejected (9 cables/s, ETA 30s)',
    );
    expect(progressLine({ ...base, bytesTotal: 0 })).toContain('ETA ?');
  });
  it('writes plain lines no more often than asked when not on a terminal', () => {
    const lines: string[] = [];
    const progress = ingestProgress(false, (l) => lines.push(l), 60_000);
    progress.update(base);
    progress.update({ ...base, read: 200 });
    progress.stop();
    expect(lines).toHaveLength(1);
  });
});
