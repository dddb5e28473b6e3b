import { readJson } from './load.js';

interface LevelEntry {
  level: string;
  banner: string[];
  zny: string;
  markings: string[];
}

interface ClassificationLexicon {
  levels: LevelEntry[];
  noforn: string[];
  fouo: string[];
  caveats: string[];
  marking_components: string[];
}

const lexicon = readJson<ClassificationLexicon>('classification.json');

export const LEVELS: readonly LevelEntry[] = lexicon.levels;

/** Banner word (`UNCLAS`, `SECRET`) → level, longest words first so `TOP SECRET` wins over `SECRET`. */
export const BANNER_WORDS: readonly { word: string; level: string }[] = lexicon.levels
  .flatMap((entry) => entry.banner.map((word) => ({ word, level: entry.level })))
  .sort((a, b) => b.word.length - a.word.length);

export const ZNY_LEVELS: ReadonlyMap<string, string> = new Map(lexicon.levels.map((e) => [e.zny, e.level]));

export const MARKING_LEVELS: ReadonlyMap<string, string> = new Map(
  lexicon.levels.flatMap((e) => e.markings.map((m) => [m, e.level] as const)),
);

export const NOFORN_WORDS: ReadonlySet<string> = new Set(lexicon.noforn);
export const FOUO_WORDS: ReadonlySet<string> = new Set(lexicon.fouo);
export const CAVEATS: ReadonlySet<string> = new Set(lexicon.caveats);
export const MARKING_COMPONENTS: ReadonlySet<string> = new Set(lexicon.marking_components);
