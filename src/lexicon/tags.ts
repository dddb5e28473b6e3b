import { readTsv } from './load.js';

export interface TagInfo {
  code: string;
  kind: 'subject' | 'country' | 'organization';
  meaning: string;
}

export const TAGS: ReadonlyMap<string, TagInfo> = new Map(
  readTsv('tags.tsv').map((row) => {
    const code = row.code ?? '';
    return [code, { code, kind: (row.kind ?? 'subject') as TagInfo['kind'], meaning: row.meaning ?? '' }];
  }),
);
