import { once } from 'node:events';
import { Command, Option } from 'commander';
import { runDemo } from './demo-command.js';
import { type ParseFormat, runParse } from './parse-command.js';

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
    .command('demo')
    .description('parse the bundled sample cables and print what they hold')
    .option('--samples <dir>', 'folder of sample cables')
    .action(async (options: { samples?: string }) => {
      code = await runDemo(options.samples, { out: writeOut, err: writeErr });
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
