export { type ParseOptions, parseCable } from './cable.js';
export { normalizeText } from './normalize.js';
