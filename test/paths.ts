import { fileURLToPath } from 'node:url';

/** The shared data folder beside the checkout (cables, metadata, the worked example). */
export const SHARED = fileURLToPath(new URL('../../shared/', import.meta.url));
export const CORPUS = `${SHARED}corpus/`;
export const EXAMPLES = `${SHARED}examples/`;
export const SAMPLES = fileURLToPath(new URL('../samples/', import.meta.url));
export const ROOT = fileURLToPath(new URL('../', import.meta.url));
