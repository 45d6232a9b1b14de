import { ApiError } from '../../shared/api/apiError';
import { checkCommand } from './checkCommand';
import { domainsCommand } from './domainsCommand';
import { indexCommand } from './indexCommand';
import { searchCommand } from './searchCommand';
import { keysCommand, trustCommand } from './keysCommand';
import { packCommand } from './packCommand';
import { renameCommand } from './renameCommand';
import { historyCommand } from './historyCommand';
import { UsageError, type CliCommand, type CliContext } from './cliCommand';

/** Every `praxis` subcommand. A feature adds its command here. */
export const cliCommands: CliCommand[] = [
  checkCommand,
  domainsCommand,
  indexCommand,
  renameCommand,
  searchCommand,
  keysCommand,
  trustCommand,
  packCommand,
  historyCommand,
];

function help(): string {
  // A command with several forms lists each on its own line; the summary follows the first.
  const firstLine = (usage: string) => usage.split('\n')[0]!;
  const width = Math.max(...cliCommands.map((c) => firstLine(c.usage).length));
  return [
    'Praxis — offline knowledge base for communities of practice',
    '',
    'Usage:',
    ...cliCommands.flatMap((c) => {
      const [first, ...more] = c.usage.split('\n');
      return [`  ${first!.padEnd(width)}  ${c.summary}`, ...more.map((l) => `  ${l.trim()}`)];
    }),
    '',
  ].join('\n');
}

/** Runs `praxis <command> …` and returns the exit code: 0 done, 1 failed, 2 wrong usage. */
export async function runCli(args: string[], io: Omit<CliContext, 'argv'>): Promise<number> {
  const [name, ...rest] = args;
  if (!name || name === '--help' || name === '-h' || name === 'help') {
    io.stdout.write(help());
    return name ? 0 : 2;
  }
  const command = cliCommands.find((c) => c.name === name);
  if (!command) {
    io.stderr.write(`praxis: unknown command "${name}".\n\n${help()}`);
    return 2;
  }
  try {
    return await command.run({ ...io, argv: rest });
  } catch (error) {
    if (
      error instanceof UsageError ||
      (error as { code?: string }).code?.startsWith('ERR_PARSE_ARGS')
    ) {
      io.stderr.write(`praxis ${name}: ${(error as Error).message}\nUsage: ${command.usage}\n`);
      return 2;
    }
    if (error instanceof ApiError) {
      io.stderr.write(`praxis ${name}: ${error.message}\n`);
      return 1;
    }
    throw error;
  }
}
