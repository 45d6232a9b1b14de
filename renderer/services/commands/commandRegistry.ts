import { appCommands, type AppCommandSpec } from '../../../shared/commands/appCommands';

export interface CommandHandler {
  run(): void | Promise<void>;
  /** Whether the command can run now (e.g. "rename" needs an open note). Default: yes. */
  isEnabled?(): boolean;
  /** What the command would do now, said in full ("Undo last vault-wide change: …"); else its name. */
  label?(): string | undefined;
}

export interface AvailableCommand extends AppCommandSpec {
  enabled: boolean;
  /** The handler's label for it now, when it gives one. */
  label?: string;
}

/**
 * The handlers of the app's commands (declared in shared/commands/appCommands.ts). Screens
 * register handlers while they are shown (`useCommandHandler`); the palette, the shortcuts and
 * the desktop menu run commands by id. When several screens handle one command, the one
 * registered last (the innermost) wins.
 */
export class CommandRegistry {
  readonly #handlers = new Map<string, CommandHandler[]>();
  readonly #listeners = new Set<() => void>();
  #version = 0;

  register(id: string, handler: CommandHandler): () => void {
    this.#handlers.set(id, [...(this.#handlers.get(id) ?? []), handler]);
    this.#changed();
    return () => {
      this.#handlers.set(
        id,
        (this.#handlers.get(id) ?? []).filter((h) => h !== handler),
      );
      this.#changed();
    };
  }

  #current(id: string): CommandHandler | undefined {
    return this.#handlers.get(id)?.at(-1);
  }

  isEnabled(id: string): boolean {
    const handler = this.#current(id);
    return handler !== undefined && (handler.isEnabled?.() ?? true);
  }

  /** Runs a command if it is enabled; returns whether it ran. */
  run(id: string): boolean {
    const handler = this.#current(id);
    if (!handler || !(handler.isEnabled?.() ?? true)) return false;
    void Promise.resolve(handler.run()).catch((error: unknown) =>
      console.error(`command ${id} failed`, error),
    );
    return true;
  }

  /** Every declared command that has a handler, with whether it can run now. */
  available(): AvailableCommand[] {
    return (appCommands as readonly AppCommandSpec[])
      .filter((c) => this.#current(c.id))
      .map((c) => {
        const label = this.#current(c.id)?.label?.();
        return { ...c, enabled: this.isEnabled(c.id), ...(label !== undefined && { label }) };
      });
  }

  subscribe = (listener: () => void): (() => void) => {
    this.#listeners.add(listener);
    return () => this.#listeners.delete(listener);
  };

  getVersion = (): number => this.#version;

  #changed(): void {
    this.#version++;
    for (const listener of this.#listeners) listener();
  }
}
