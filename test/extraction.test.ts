import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { type ExtractionScore, pool, scoreExtraction } from '../src/eval/extraction-score.js';
import { loadGoldCases, readCaseText } from '../src/eval/gold-files.js';
import { processCable } from '../src/pipeline.js';
import { CORPUS, EXAMPLES } from './paths.js';

const OWN = fileURLToPath(new URL('./gold/', import.meta.url));
const cases = loadGoldCases([EXAMPLES, OWN], [`${CORPUS}cables`, `${CORPUS}extra/cables`]);

function score(textPath: string, gold: (typeof cases)[number]['gold']): ExtractionScore {
  return scoreExtraction(processCable(readCaseText(textPath), { source: textPath }), gold);
}

/** The bar of the extraction issue: persons F1, affiliation accuracy, statement F1, addressees, events. */
function expectBar(s: Omit<ExtractionScore, 'file' | 'missing'>): void {
  expect(s.persons.f1).toBeGreaterThanOrEqual(0.95);
  expect(s.affiliation.rate).toBeGreaterThanOrEqual(0.9);
  expect(s.statements.f1).toBeGreaterThanOrEqual(0.9);
  expect(s.addressees.rate).toBeGreaterThanOrEqual(0.8);
  expect(s.events.found).toBe(s.events.total);
}

describe('extraction against hand annotations', () => {
  it('has the worked example and at least five cables of our own', () => {
    expect(cases.some((c) => c.goldPath.startsWith(EXAMPLES))).toBe(true);
    expect(cases.filter((c) => c.goldPath.startsWith(OWN)).length).toBeGreaterThanOrEqual(5);
  });

  const worked = cases.find((c) => c.goldPath.startsWith(EXAMPLES));
  it('meets the bar on the worked example', () => {
    if (!worked) throw new Error('worked example missing');
    const s = score(worked.textPath, worked.gold);
    console.log(
      `worked example: persons ${s.persons.f1.toFixed(3)}, affiliation ${s.affiliation.rate.toFixed(3)}, statements ${s.statements.f1.toFixed(3)}, addressees ${s.addressees.rate.toFixed(3)}, events ${s.events.found}/${s.events.total}`,
    );
    expectBar(s);
  });

  it('meets the bar pooled over our own annotations', () => {
    const own = cases.filter((c) => c.goldPath.startsWith(OWN)).map((c) => score(c.textPath, c.gold));
    const pooled = pool(own);
    console.log(
      `own annotations (${own.length}): persons ${pooled.persons.f1.toFixed(3)}, affiliation ${pooled.affiliation.rate.toFixed(3)}, statements ${pooled.statements.f1.toFixed(3)}, addressees ${pooled.addressees.rate.toFixed(3)}, events ${pooled.events.found}/${pooled.events.total}`,
    );
    expectBar(pooled);
  });
});
