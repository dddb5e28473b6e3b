import { once } from 'node:events';
import { availableParallelism } from 'node:os';
import { Command, Option } from 'commander';
import { EXPORT_FORMATS, type ExportFormat } from '../export/index.js';
import { DEFAULT_DB } from '../store/open.js';
import { runBatch, runExport, runPersons } from './corpus-commands.js';
import { runDemo } from './demo-command.js';
import { type ParseFormat, runParse } from './parse-command.js';
import { runSearch } from './search-command.js';
import { runServe } from './serve-command.js';
import { runIngest, runStats } from './store-commands.js';

/** Writes to stdout with back-pressure, so piping a million records does not fill memory. */
async function writeOut(text: string): Promise<void> {
  if (!process.stdout.write(text)) await once(process.stdout, 'drain');
}

function writeErr(text: string): void {
  process.stderr.write(`${text}\n`);
}

export async function main(argv: string[]): Promise<number> {
  let code = 0;
  const program = new Command();
  program
    .name('cablescope')
    .description('Turn diplomatic cables into structured, searchable records')
    .showHelpAfterError()
    .exitOverride();

  program
    .command('parse')
    .description('parse cables (files, folders, or - for standard input) into records')
    .argument('<paths...>', 'files or folders of .txt/.html cables, or - for standard input')
    .addOption(
      new Option('-f, --format <format>', 'output format').choices(['jsonl', 'json', 'md']).default('jsonl'),
    )
    .option('--no-extract', 'parse the format only: no persons, statements or events')
    .action(async (paths: string[], options: { format: ParseFormat; extract: boolean }) => {
      code = await runParse(paths, options.format, { out: writeOut, err: writeErr }, options.extract);
    });

  program
    .command('ingest')
    .description(
      'parse, extract and store cables: folders, files, cables.csv, JSON lines, .gz of any, - for stdin',
    )
    .argument('<paths...>', 'sources to ingest')
    .option('--db <file>', 'database file, or postgres://user:password@host/database', DEFAULT_DB)
    .option(
      '--workers <n>',
      'worker threads for parsing (0: parse on the main thread)',
      String(Math.max(1, availableParallelism() - 1)),
    )
    .action(async (paths: string[], options: { db: string; workers: string }) => {
      const workers = Number(options.workers);
      if (!Number.isInteger(workers) || workers < 0 || workers > 64)
        throw new Error('--workers takes a whole number from 0 to 64');
      code = await runIngest(
        paths,
        options.db,
        { out: writeOut, err: writeErr },
        workers,
        process.stderr.isTTY === true,
      );
    });

  program
    .command('stats')
    .description('what the corpus holds: counts by year, origin and classification')
    .option('--db <file>', 'database file', DEFAULT_DB)
    .option('--json', 'print a JSON object')
    .action(async (options: { db: string; json?: boolean }) => {
      code = await runStats(options.db, options.json === true, { out: writeOut, err: writeErr });
    });

  program
    .command('search')
    .description(
      'search the corpus: words, "phrases", AND/OR/NOT, -word, word*, origin: tag: class: person: org: speaker: from: to: year:',
    )
    .argument('<query>', 'the query')
    .option('--db <file>', 'database file, or postgres://…', DEFAULT_DB)
    .option('--json', "print the API's JSON (with facets)")
    .option('--limit <n>', 'results per page (1-100)', '10')
    .addOption(new Option('--sort <order>', 'result order').choices(['relevance', 'date', 'date-asc']))
    .option('--cursor <cursor>', 'the next page, as a previous search printed it')
    .option('--rank-all', 'rank every match by relevance (SQLite ranks the 5,000 added last by default)')
    .action(
      async (
        query: string,
        options: {
          db: string;
          json?: boolean;
          limit: string;
          sort?: 'relevance' | 'date' | 'date-asc';
          cursor?: string;
          rankAll?: boolean;
        },
      ) => {
        const limit = Number(options.limit);
        if (!Number.isInteger(limit) || limit < 1 || limit > 100)
          throw new Error('--limit takes a whole number from 1 to 100');
        code = await runSearch(
          query,
          {
            db: options.db,
            json: options.json === true,
            limit,
            sort: options.sort,
            cursor: options.cursor ?? null,
            rankAll: options.rankAll === true,
            color: process.stdout.isTTY === true && !process.env.NO_COLOR,
          },
          { out: writeOut, err: writeErr },
        );
      },
    );

  const positive = (value: string, name: string, max: number) => {
    const n = Number(value);
    if (!Number.isInteger(n) || n < 1 || n > max)
      throw new Error(`${name} takes a whole number from 1 to ${max}`);
    return n;
  };

  program
    .command('export')
    .description('write the corpus (or what a query matches) to standard output')
    .addOption(new Option('--format <format>', 'output format').choices([...EXPORT_FORMATS]).default('jsonl'))
    .option('--query <q>', 'only cables this search matches')
    .option('--db <file>', 'database file, or postgres://…', DEFAULT_DB)
    .action(async (options: { format: ExportFormat; query?: string; db: string }) => {
      code = await runExport(options.db, options.format, options.query ?? null, {
        out: writeOut,
        err: writeErr,
      });
    });

  program
    .command('batch')
    .description('run a list of names or queries (CSV with a name and/or query column, or one name per line)')
    .argument('<file>', 'the CSV file')
    .addOption(new Option('--format <format>', 'output format').choices(['csv', 'json']).default('csv'))
    .option('--first <n>', 'cables and statements listed per row', '5')
    .option('--db <file>', 'database file, or postgres://…', DEFAULT_DB)
    .action(async (file: string, options: { format: 'csv' | 'json'; first: string; db: string }) => {
      code = await runBatch(options.db, file, options.format, positive(options.first, '--first', 20), {
        out: writeOut,
        err: writeErr,
      });
    });

  const persons = program
    .command('persons')
    .description('list persons, and curate them: merge two, remove a false one');
  persons
    .command('list')
    .argument('[name]', 'the start of a name or surname', '')
    .option('--limit <n>', 'how many', '20')
    .option('--db <file>', 'database file, or postgres://…', DEFAULT_DB)
    .action(async (name: string, options: { limit: string; db: string }) => {
      code = await runPersons(
        options.db,
        { kind: 'list', q: name, limit: positive(options.limit, '--limit', 100) },
        {
          out: writeOut,
          err: writeErr,
        },
      );
    });
  persons
    .command('merge')
    .description('merge person FROM into person INTO (ids as `persons list` prints them); survives re-ingest')
    .argument('<into>', 'the person to keep')
    .argument('<from>', 'the person merged into it')
    .option('--note <text>', 'why, kept with the change')
    .option('--db <file>', 'database file, or postgres://…', DEFAULT_DB)
    .action(async (into: string, from: string, options: { note?: string; db: string }) => {
      code = await runPersons(
        options.db,
        {
          kind: 'merge',
          into: positive(into, 'into', Number.MAX_SAFE_INTEGER),
          from: positive(from, 'from', Number.MAX_SAFE_INTEGER),
          note: options.note ?? null,
        },
        { out: writeOut, err: writeErr },
      );
    });
  persons
    .command('remove')
    .description('remove a false person; survives re-ingest')
    .argument('<id>', 'the person')
    .option('--note <text>', 'why, kept with the change')
    .option('--db <file>', 'database file, or postgres://…', DEFAULT_DB)
    .action(async (id: string, options: { note?: string; db: string }) => {
      code = await runPersons(
        options.db,
        { kind: 'remove', id: positive(id, 'id', Number.MAX_SAFE_INTEGER), note: options.note ?? null },
        { out: writeOut, err: writeErr },
      );
    });

  program
    .command('serve')
    .description('serve the JSON API and the web UI')
    .option('--db <file>', 'database file, or postgres://…', DEFAULT_DB)
    .option('--port <n>', 'port', '8080')
    .option('--host <address>', 'address to bind (loopback unless told otherwise)', '127.0.0.1')
    .option(
      '--token <secret>',
      'accept writes (POST /api/ingest) with this bearer token; also CABLESCOPE_TOKEN',
    )
    .option('--workers <n>', 'server processes sharing the port', String(Math.max(1, availableParallelism())))
    .option('--cache <n>', 'search answers cached per process (0: none)', '1000')
    .action(
      async (options: {
        db: string;
        port: string;
        host: string;
        token?: string;
        workers: string;
        cache: string;
      }) => {
        const port = Number(options.port);
        if (!Number.isInteger(port) || port < 0 || port > 65535)
          throw new Error('--port takes a port number');
        const token = options.token ?? process.env.CABLESCOPE_TOKEN ?? null;
        if (token !== null && token.length < 16) throw new Error('the token must be at least 16 characters');
        const workers = positive(options.workers, '--workers', 64);
        const cacheSize = Number(options.cache);
        if (!Number.isInteger(cacheSize) || cacheSize < 0) throw new Error('--cache takes a whole number');
        code = await runServe(
          { db: options.db, port, host: options.host, token, workers, cacheSize },
          { out: writeOut, err: writeErr },
        );
      },
    );

  program
    .command('demo')
    .description('ingest the bundled sample cables into the default database and serve them')
    .option('--samples <dir>', 'folder of sample cables')
    .option('--db <file>', 'database file', DEFAULT_DB)
    .option('--no-serve', 'ingest and print what the corpus holds, then stop')
    .option('--port <n>', 'port', '8080')
    .option('--host <address>', 'address to bind', '127.0.0.1')
    .action(async (options: { samples?: string; db: string; serve: boolean; port: string; host: string }) => {
      const port = Number(options.port);
      if (!Number.isInteger(port) || port < 0 || port > 65535) throw new Error('--port takes a port number');
      code = await runDemo({ ...options, port }, { out: writeOut, err: writeErr });
    });

  try {
    await program.parseAsync(argv);
  } catch (error) {
    const e = error as { code?: string; exitCode?: number };
    if (e.code === 'commander.helpDisplayed' || e.code === 'commander.version') return 0;
    if (typeof e.exitCode === 'number') return e.exitCode === 0 ? 0 : 2;
    throw error;
  }
  return code;
}
