/** What a `praxis` subcommand gets: its arguments and where to write (so tests capture output). */
export interface CliContext {
  argv: string[];
  stdout: NodeJS.WritableStream & { isTTY?: boolean };
  stderr: NodeJS.WritableStream;
}

export interface CliCommand {
  name: string;
  summary: string;
  usage: string;
  /** Returns the process exit code. */
  run(context: CliContext): Promise<number>;
}

/** Thrown for wrong usage: the message is printed with the command's usage, exit code 2. */
export class UsageError extends Error {}
