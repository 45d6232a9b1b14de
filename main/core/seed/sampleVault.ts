import path from 'node:path';
import * as fs from 'node:fs/promises';
import { randomUUID } from 'node:crypto';
import { writeFileAtomic } from '../vault/atomicWrite';
import { seedContent } from './seedContent';

/**
 * The vault a new user starts with, in their language (`en`, `es`, `ca`; a locale such as `es-ES`
 * works too; English otherwise): a welcome note, a few linked notes across three community
 * domains, a solution note, a question, a CoP session and a journal entry for the day the vault
 * was made. Written once, into an empty folder; after that it is the user's.
 */
export async function seedSampleVault(
  root: string,
  today = new Date(),
  language: string | null = null,
): Promise<string[]> {
  const files = sampleVaultFiles(today, language);
  for (const [rel, content] of Object.entries(files)) {
    const abs = path.join(root, ...rel.split('/'));
    await fs.mkdir(path.dirname(abs), { recursive: true });
    await writeFileAtomic(abs, content);
  }
  return Object.keys(files);
}

function localDate(date: Date): string {
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}`;
}

function frontMatter(fields: Record<string, string | string[]>, created: string): string {
  const lines = [`id: ${randomUUID()}`];
  for (const [key, value] of Object.entries(fields)) {
    // Titles may hold `:` or `?`, which plain YAML would misread: quote them.
    const scalar = key === 'title' ? JSON.stringify(value) : value;
    lines.push(Array.isArray(value) ? `${key}: [${value.join(', ')}]` : `${key}: ${scalar}`);
  }
  lines.push(`created: ${created}`, `updated: ${created}`);
  return `---\n${lines.join('\n')}\n---\n`;
}

export function sampleVaultFiles(
  today: Date,
  language: string | null = null,
): Record<string, string> {
  const at = today.toISOString();
  return seedContent(language).sampleNotes({
    day: localDate(today),
    fm: (fields) => frontMatter(fields, at),
    // Review dates for the stewarded notes: one already past, so "needs review" has something.
    daysFromToday: (days) =>
      localDate(new Date(today.getFullYear(), today.getMonth(), today.getDate() + days)),
  });
}
