/** A one-line progress bar for terminals, redrawn in place; silent when not on a terminal. */
export interface ProgressBar {
  update(done: number, total: number, label: string): void;
  finish(): void;
}

export function createProgressBar(
  stdout: { write(text: string): unknown },
  isTTY: boolean,
  width = 30,
): ProgressBar {
  let drawn = false;
  let lastDraw = 0;
  return {
    update(done, total, label) {
      if (!isTTY) return;
      const now = Date.now();
      // Redraw at most 20 times a second, but always show the end.
      if (now - lastDraw < 50 && done < total) return;
      lastDraw = now;
      const share = total > 0 ? Math.min(1, done / total) : 0;
      const filled = Math.round(share * width);
      const bar = `${'█'.repeat(filled)}${'░'.repeat(width - filled)}`;
      const count = `${done.toLocaleString('en')}/${total.toLocaleString('en')}`;
      stdout.write(
        `\r${bar} ${String(Math.round(share * 100)).padStart(3)}%  ${count}  ${label}\u001b[K`,
      );
      drawn = true;
    },
    finish() {
      if (drawn) stdout.write('\r\u001b[K');
      drawn = false;
    },
  };
}
