import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { decodeBytes } from '../sources/decode.js';
import type { GoldAnnotation } from './extraction-score.js';

export interface GoldCase {
  gold: GoldAnnotation;
  goldPath: string;
  textPath: string;
}

/**
 * Hand annotations and the cables they annotate: each `<name>.gold.json` names its text in `file`,
 * looked for beside it, then in the corpus folders given.
 */
export function loadGoldCases(goldDirs: string[], textDirs: string[]): GoldCase[] {
  const cases: GoldCase[] = [];
  for (const dir of goldDirs) {
    if (!existsSync(dir)) continue;
    for (const name of readdirSync(dir).sort()) {
      if (!name.endsWith('.gold.json')) continue;
      const goldPath = join(dir, name);
      const gold = JSON.parse(readFileSync(goldPath, 'utf8')) as GoldAnnotation;
      const textPath = [dir, ...textDirs].map((d) => join(d, gold.file)).find((p) => existsSync(p));
      if (!textPath) throw new Error(`${goldPath}: text ${gold.file} not found`);
      cases.push({ gold, goldPath, textPath });
    }
  }
  return cases;
}

/** An annotated cable's text, decoded as the sources decode files (a Latin-1 file's `¶` stays `¶`). */
export function readCaseText(textPath: string): string {
  return decodeBytes(readFileSync(textPath)).text;
}
