/**
 * How fast the journal answers on a large vault: 10,000 notes across 8 domains and four years of
 * daily entries (1,461) that link to notes and hold follow-ups. Prints figures; asserts nothing.
 *
 *   npm run bench:journal
 */
import { performance } from 'node:perf_hooks';
import { makeTempVault } from '../../testing/core/tempVault';
import { openPraxisCore } from '../../main/core/praxisCore';
import { addDays, dayNumber } from '../../shared/dates/calendarDate';

const NOTES = 10_000;
const FIRST_DAY = '2021-01-01';
const LAST_DAY = '2024-12-31';
const DOMAINS = ['procurement', 'hr', 'digital', 'finance', 'legal', 'citizens', 'data', 'it'];

function buildVault(): Record<string, string> {
  const files: Record<string, string> = {};
  for (let i = 0; i < NOTES; i++) {
    const domain = DOMAINS[i % DOMAINS.length]!;
    const created = new Date(Date.UTC(2021, 0, 1) + i * 12_600_000).toISOString();
    files[`${domain}/Note ${i}.md`] =
      `---\ntype: solution\ndomains: [${domain}]\ncreated: ${created}\nupdated: ${created}\n---\n` +
      `# Note ${i}\n\nSee [[Note ${(i * 7) % NOTES}]] and [[Note ${(i * 13) % NOTES}]].\n`;
  }
  const days = dayNumber(LAST_DAY) - dayNumber(FIRST_DAY) + 1;
  for (let d = 0; d < days; d++) {
    const date = addDays(FIRST_DAY, d);
    files[`journal/${date.slice(0, 4)}/${date}.md`] =
      `---\ntype: journal\nprivate: true\n---\n# ${date}\n\n## What happened?\n` +
      `Worked on [[Note ${(d * 31) % NOTES}]] with the team.\n\n- [ ] Follow up ${d}\n- [x] Done ${d}\n`;
  }
  return files;
}

async function time<T>(label: string, run: () => Promise<T>, repeat = 15): Promise<T> {
  let result!: T;
  const samples: number[] = [];
  for (let i = 0; i < repeat; i++) {
    const start = performance.now();
    result = await run();
    samples.push(performance.now() - start);
  }
  samples.sort((a, b) => a - b);
  console.log(
    `${label.padEnd(44)} median ${samples[Math.floor(samples.length / 2)]!.toFixed(1)} ms` +
      ` (min ${samples[0]!.toFixed(1)}, max ${samples[samples.length - 1]!.toFixed(1)})`,
  );
  return result;
}

async function main(): Promise<void> {
  const vault = await makeTempVault(buildVault());
  try {
    const opened = performance.now();
    const core = await openPraxisCore({ vaultPath: vault.root, watch: false });
    console.log(
      `open ${NOTES} notes + ${core.services.journal.size} entries`.padEnd(44),
      `${(performance.now() - opened).toFixed(0)} ms (whole core, journal index included)`,
    );
    const call = async (method: string, args: unknown) => {
      const response = await core.dispatch(method, args);
      if (!response.ok) throw new Error(response.error.message);
      return response.value;
    };
    await time('journal.openDay (existing entry)', () =>
      call('journal.openDay', { date: '2024-06-12' }),
    );
    await time('journal.days (6-week calendar grid)', () =>
      call('journal.days', { from: '2024-05-27', to: '2024-07-07' }),
    );
    await time('journal.timeline (page of 30, jump to date)', () =>
      call('journal.timeline', { onOrBefore: '2023-03-01', limit: 30 }),
    );
    await time('journal.weeklyReview', () =>
      call('journal.weeklyReview', { date: '2024-06-12', timeZone: 'Europe/Madrid', locale: 'es' }),
    );
    await time('journal.activity (12 months, by domain)', () =>
      call('journal.activity', { today: '2024-12-31', locale: 'es', months: 12 }),
    );
    await time('journal.activity (36 months, by domain)', () =>
      call('journal.activity', { today: '2024-12-31', locale: 'en-US', months: 36 }),
    );
    await time('journal.openDay (new entry, written to disk)', async () =>
      call('journal.openDay', { date: addDays('2025-01-01', Math.floor(Math.random() * 3000)) }),
    );
    await core.close();
  } finally {
    await vault.cleanup();
  }
}

main().catch((error: unknown) => {
  console.error(error);
  process.exitCode = 1;
});
