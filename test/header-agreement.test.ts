import { describe, expect, it } from 'vitest';
import { scoreFlattenedAgreement, scoreHeaderAgreement } from '../src/eval/header-agreement.js';
import { CORPUS } from './paths.js';

/**
 * The parser, reading the text alone, against the archive's own metadata for 1,295 cables.
 * Classification has a lower floor than the others: 16 cables' texts contradict their metadata (the
 * banner or the NOFORN line says one thing, the archive another; see BENCHMARKS.md), and no rule that
 * reads the text can agree with both.
 */
const FLOORS: Record<string, number> = {
  origin: 0.99,
  id: 0.99,
  date: 0.99,
  subject: 0.95,
  classification: 0.985,
};

describe('header agreement with the archive metadata', () => {
  const scores = scoreHeaderAgreement(CORPUS);
  for (const score of scores) {
    it(`${score.field}: ${(score.rate * 100).toFixed(2)}% of ${score.total}`, () => {
      console.log(`${score.field}: ${score.agree}/${score.total} = ${(score.rate * 100).toFixed(2)}%`);
      expect(score.total).toBeGreaterThan(1200);
      expect(score.rate).toBeGreaterThanOrEqual(FLOORS[score.field] ?? 0.99);
    });
  }
});

describe('header agreement on flattened rows (no line breaks, no routing header)', () => {
  for (const score of scoreFlattenedAgreement(`${CORPUS}bulk/wikileaks-processing-flattened.jsonl`)) {
    it(`${score.field}: ${(score.rate * 100).toFixed(2)}% of ${score.total}`, () => {
      expect(score.total).toBeGreaterThan(1500);
      expect(score.rate).toBeGreaterThanOrEqual(0.97);
    });
  }
});
