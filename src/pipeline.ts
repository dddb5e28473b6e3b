import { extractRecord } from './extract/index.js';
import { type ParseOptions, parseCable } from './parse/cable.js';
import type { CableRecord } from './record.js';

export interface ProcessOptions extends ParseOptions {
  /** Run the extractor (persons, statements, events, ...) after parsing; on by default. */
  extract?: boolean;
}

/** Text to a full record: parse, then extract. The one entry point the CLI, ingest and API share. */
export function processCable(text: string, options: ProcessOptions = {}): CableRecord {
  const record = parseCable(text, options);
  return options.extract === false ? record : extractRecord(record);
}
