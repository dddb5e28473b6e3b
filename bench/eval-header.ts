/**
 * Prints how the parser's header fields agree with the archive metadata of the sample corpus.
 * Usage: npm run eval:header [-- corpusDir] [--misses]
 */
import { resolve } from 'node:path';
import { scoreHeaderAgreement } from '../src/eval/header-agreement.js';

const args = process.argv.slice(2);
const dir = resolve(args.find((a) => !a.startsWith('--')) ?? '../shared/corpus');
const showMisses = args.includes('--misses');
for (const s of scoreHeaderAgreement(dir)) {
  console.log(`${s.field.padEnd(15)} ${(s.rate * 100).toFixed(2).padStart(6)}%  ${s.agree}/${s.total}`);
  if (showMisses)
    for (const m of s.misses)
      console.log(`   ${m.id}: expected ${JSON.stringify(m.expected)} got ${JSON.stringify(m.got)}`);
}
