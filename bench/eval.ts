/**
 * The quality report: header agreement with the archive metadata, and extraction against every hand
 * annotation (the worked example and `test/gold/`). Usage: npm run eval [-- --details]
 */
import { resolve } from 'node:path';
import { type ExtractionScore, pool, scoreExtraction } from '../src/eval/extraction-score.js';
import { loadGoldCases, readCaseText } from '../src/eval/gold-files.js';
import { scoreHeaderAgreement } from '../src/eval/header-agreement.js';
import { processCable } from '../src/pipeline.js';

const details = process.argv.includes('--details');
const shared = resolve('../shared');
const pct = (x: number) => `${(x * 100).toFixed(1)}%`;

console.log('Header agreement with the archive metadata (1,295 cables)');
for (const s of scoreHeaderAgreement(`${shared}/corpus`))
  console.log(`  ${s.field.padEnd(15)} ${pct(s.rate).padStart(7)}  ${s.agree}/${s.total}`);

const cases = loadGoldCases(
  [`${shared}/examples`, resolve('test/gold')],
  [`${shared}/corpus/cables`, `${shared}/corpus/extra/cables`],
);
const scores: ExtractionScore[] = [];
console.log('\nExtraction against hand annotations');
console.log(`  ${'file'.padEnd(34)} persons  affil.  statem.  addr.  events`);
for (const c of cases) {
  const record = processCable(readCaseText(c.textPath), { source: c.textPath });
  const s = scoreExtraction(record, c.gold);
  scores.push(s);
  console.log(
    `  ${c.gold.file.padEnd(34)} ${pct(s.persons.f1).padStart(7)} ${pct(s.affiliation.rate).padStart(7)} ${pct(s.statements.f1).padStart(8)} ${pct(s.addressees.rate).padStart(6)} ${`${s.events.found}/${s.events.total}`.padStart(7)}`,
  );
  if (details)
    for (const [k, v] of Object.entries(s.missing))
      if (v.length > 0) console.log(`      ${k}: ${v.join('; ')}`);
}
const all = pool(scores);
console.log(
  `  ${'pooled'.padEnd(34)} ${pct(all.persons.f1).padStart(7)} ${pct(all.affiliation.rate).padStart(7)} ${pct(all.statements.f1).padStart(8)} ${pct(all.addressees.rate).padStart(6)} ${`${all.events.found}/${all.events.total}`.padStart(7)}`,
);
