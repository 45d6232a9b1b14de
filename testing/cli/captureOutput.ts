import { PassThrough } from 'node:stream';

/** A stream a CLI command writes to, and what it wrote so far (for `runCli` in tests). */
export function captureOutput(): { stream: PassThrough; text(): string } {
  const stream = new PassThrough();
  let text = '';
  stream.on('data', (chunk) => (text += chunk));
  return { stream, text: () => text };
}
