import { processCable } from '../pipeline.js';
import { readCablePaths } from '../sources/files.js';
import { toMarkdown } from './markdown.js';

export type ParseFormat = 'jsonl' | 'json' | 'md';

export interface ParseCommandIo {
  out: (text: string) => Promise<void> | void;
  err: (text: string) => void;
}

/**
 * `cablescope parse`: every cable under the paths as a record. A file that cannot be read gets a line on
 * standard error and the run goes on; the exit code is 1 when any file failed.
 */
export async function runParse(
  paths: string[],
  format: ParseFormat,
  io: ParseCommandIo,
  extract = true,
): Promise<number> {
  let failed = 0;
  let parsed = 0;
  const pretty: string[] = [];
  for await (const item of readCablePaths(paths)) {
    if (item.kind === 'error') {
      failed++;
      io.err(`cablescope: ${item.source}: ${item.message}`);
      continue;
    }
    let record: ReturnType<typeof processCable>;
    try {
      record = processCable(item.text, { source: item.source, meta: item.meta, extract });
    } catch (error) {
      failed++;
      io.err(
        `cablescope: ${item.source}: could not be parsed: ${error instanceof Error ? error.message : String(error)}`,
      );
      continue;
    }
    parsed++;
    if (format === 'jsonl') await io.out(`${JSON.stringify(record)}\n`);
    else if (format === 'md') await io.out(`${toMarkdown(record)}\n`);
    else pretty.push(JSON.stringify(record, null, 2));
  }
  if (format === 'json') await io.out(`${pretty.length === 1 ? pretty[0] : `[\n${pretty.join(',\n')}\n]`}\n`);
  if (parsed === 0 && failed === 0) {
    io.err('cablescope: no cable files found');
    return 1;
  }
  return failed > 0 ? 1 : 0;
}
