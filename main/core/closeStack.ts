/**
 * What an open vault must close, in the order it was opened; `close` closes it all in reverse
 * order (a service is closed before what it was built on). A failure to close one does not keep
 * the others open: every closer runs, then the failures are thrown together.
 *
 * @example
 * const opened = new CloseStack();
 * opened.push('search', () => search.close());
 * opened.push('watcher', () => watcher.close());
 * await opened.close(); // the watcher, then the search index
 */
export class CloseStack {
  readonly #closers: { name: string; close: () => unknown }[] = [];
  #closing: Promise<void> | null = null;

  push(name: string, close: () => unknown): void {
    this.#closers.push({ name, close });
  }

  /** Closes everything once (later calls wait for the first); rejects with an AggregateError. */
  close(): Promise<void> {
    this.#closing ??= this.#closeAll();
    return this.#closing;
  }

  async #closeAll(): Promise<void> {
    const errors: Error[] = [];
    for (const { name, close } of this.#closers.splice(0).reverse()) {
      try {
        await close();
      } catch (error) {
        errors.push(
          new Error(`Closing ${name} failed: ${(error as Error)?.message ?? String(error)}`, {
            cause: error,
          }),
        );
      }
    }
    if (errors.length > 0)
      throw new AggregateError(errors, errors.map((error) => error.message).join(' '));
  }
}
