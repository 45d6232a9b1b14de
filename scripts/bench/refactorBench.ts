/**
 * `npm run bench:refactor [-- NOTES…]`: how long vault-wide operations take on a generated vault
 * (testing/core/generatedVault), 1,000 and 10,000 notes by default. Each figure is one run on
 * real files in a temp folder (every write flushed to disk), so expect noise on a shared machine.
 * Prints a table, then one JSON line with every figure.
 */
import { performance } from 'node:perf_hooks';
import { openTestCore } from '../../testing/core/testCore';
import { generatedVault } from '../../testing/core/generatedVault';

type Figures = Record<string, number>;

async function bench(notes: number): Promise<Figures> {
  const figures: Figures = { notes };
  const time = async <T>(name: string, task: () => Promise<T>): Promise<T> => {
    const start = performance.now();
    const result = await task();
    figures[name] = Math.round(performance.now() - start);
    return result;
  };
  const files = generatedVault(notes);
  const t = await time('openMs', () => openTestCore(files));
  try {
    await time('tagsListMs', () => t.call('tags.list'));
    await time('domainsOverviewMs', () => t.call('domains.overview'));
    await time('domainPageMs', () => t.call('domains.page', { slug: 'digital-services' }));
    const preview = await time('tagRenamePreviewMs', () =>
      t.call('tags.rename', { from: 'contracts', to: 'agreements', dryRun: true }),
    );
    figures.tagRenameFiles = preview.files.length;
    figures.tagRenameOccurrences = preview.occurrences;
    const report = await time('tagRenameMs', () =>
      t.call('tags.rename', { from: 'contracts', to: 'agreements' }),
    );
    await time('tagRenameUndoMs', () => t.call('refactor.undo', { id: report.id! }));
    const domain = await time('domainRenameMs', () =>
      t.call('domains.rename', { from: 'digital-services', to: 'digital' }),
    );
    figures.domainRenameFiles = domain.files.length;
  } finally {
    await t.close();
  }
  return figures;
}

const sizes = process.argv
  .slice(2)
  .map(Number)
  .filter((n) => n > 0);
const results: Figures[] = [];
for (const notes of sizes.length > 0 ? sizes : [1_000, 10_000]) results.push(await bench(notes));
const columns = Object.keys(results[0]!);
console.log(columns.join('\t'));
for (const row of results) console.log(columns.map((c) => row[c]).join('\t'));
console.log(JSON.stringify(results));
