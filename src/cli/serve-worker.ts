// A server process of `cablescope serve --workers N`: the options come from the primary.
import { type ServeOptions, serveHere } from './serve-command.js';

const options = JSON.parse(process.env.CABLESCOPE_SERVE ?? '{}') as ServeOptions;
await serveHere(options, () => undefined);
process.exit(0);
