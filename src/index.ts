/** cablescope: diplomatic cables as typed records. The package root exports the pure pipeline stages. */
export { extractRecord, hostCountry } from './extract/index.js';
export { type ParseOptions, parseCable } from './parse/index.js';
export { type ProcessOptions, processCable } from './pipeline.js';
export type {
  CableRecord,
  DatedEvent,
  Entity,
  Meeting,
  Paragraph,
  Person,
  Problem,
  Reference,
  SourceMeta,
  Statement,
  TextSpan,
} from './record.js';
export { readArchivePage } from './sources/archive-page.js';
export { decodeBytes } from './sources/decode.js';
export {
  cableFromBytes,
  type RawCable,
  readCablePaths,
  type SourceError,
  type SourceItem,
} from './sources/files.js';
