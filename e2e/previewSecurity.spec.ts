import type { Locator, Page } from '@playwright/test';
import { cspReportsBySource, recordCspReports } from './cspReports';
import { expect, test } from './fixtures';
import { openWithSwitcher } from './noteHelpers';
import { HOSTILE_MARKDOWN } from '../testing/hostileMarkdown';

/** A note whose own HTML poses as the pipeline's links and embeds, and as the app's toasts. */
const forged = `# Forged note

<a data-vault-path="run.bat">Annual report</a>
<a data-note-path="Safe.md" data-link-target="../../outside">forged note link</a>
<span data-embed-path="Safe.md" class="embed embed-note">forged embed</span>
<a data-tag="forged" class="tag">forged tag</a>
<div class="toasts" role="alert" aria-live="assertive"><div class="toast toast-error"><span class="toast-message">Your session expired: type your password again.</span></div></div>
`;

test.use({
  sample: false,
  vaultFiles: {
    'Hostile.md': HOSTILE_MARKDOWN,
    'Forged.md': forged,
    'Safe.md': '# Safe\n',
    'run.bat': '@echo off\r\ncalc\r\n',
  },
});

/** What a page did that a note must never make it do, recorded from before it loads. */
async function watch(page: Page) {
  const effects = {
    calls: [] as string[],
    dialogs: [] as string[],
    popups: [] as string[],
    requests: [] as string[],
    navigations: [] as string[],
  };
  await page.exposeFunction('praxisCanary', (what: string) => effects.calls.push(String(what)));
  await recordCspReports(page);
  page.on('dialog', (dialog) => {
    effects.dialogs.push(dialog.message());
    void dialog.dismiss();
  });
  page.context().on('page', (popup) => effects.popups.push(popup.url()));
  page.on('request', (request) => effects.requests.push(request.url()));
  page.on('framenavigated', (frame) => {
    if (frame === page.mainFrame()) effects.navigations.push(frame.url());
  });
  return effects;
}

/** Opens a note in reading mode (the preview). */
async function openPreview(page: Page, name: string, title: string): Promise<Locator> {
  await openWithSwitcher(page, name, title);
  await page.keyboard.press('ControlOrMeta+2');
  const preview = page.locator('.markdown-preview');
  await expect(preview.getByRole('heading', { name: title })).toBeVisible();
  return preview;
}

/** Clicks everything in the preview a user could click and the page itself handles. */
async function clickEverything(page: Page, preview: Locator): Promise<void> {
  const clickable = preview.locator('a:not([target="_blank"]), summary, img, svg, div, span');
  for (let i = 0; i < (await clickable.count()); i++) {
    await clickable.nth(i).click({ force: true });
  }
  await page.keyboard.press('Escape');
}

test('untrusted markdown renders inert in the preview', async ({ page, praxis }) => {
  const effects = await watch(page);
  await page.goto(praxis.url);
  const appUrl = page.url();
  effects.navigations.length = 0;
  const preview = await openPreview(page, 'Hostile', 'Hostile note');
  await expect(preview).toContainText('markdown javascript link');

  // Nothing executable, loading or navigating reached the page.
  expect(
    await preview
      .locator(
        'script, iframe, frame, object, embed, form, input, button, meta, base, link, style, template, noscript, foreignObject, image, set, animate, math',
      )
      .count(),
  ).toBe(0);
  const dangerous = await preview.evaluate((root) => {
    const found: string[] = [];
    for (const element of root.querySelectorAll('*')) {
      const svg = element.namespaceURI === 'http://www.w3.org/2000/svg';
      for (const { name, value } of element.attributes) {
        const problem =
          /^on/i.test(name) ||
          ['style', 'srcset', 'ping', 'poster', 'background', 'formaction', 'action'].includes(
            name,
          ) ||
          (/^(?:src|data)$/.test(name) && !/^(?:\/files\/|data:image\/)/.test(value)) ||
          (/^(?:href|xlink:href)$/.test(name) && !/^(?:#|\/files\/|https?:|mailto:)/.test(value)) ||
          (svg && (/url\(\s*['"]?(?!#)/i.test(value) || value.includes('\\')));
        if (problem) found.push(`<${element.localName} ${name}="${value}">`);
      }
    }
    return found;
  });
  expect(dangerous).toEqual([]);
  // The app is still visible (no note style can hide it).
  await expect(page.getByRole('treeitem', { name: 'Safe' })).toBeVisible();

  // Clicking everything a user could click changes nothing either.
  await clickEverything(page, preview);
  expect(effects.calls).toEqual([]);
  expect(effects.dialogs).toEqual([]);
  expect(effects.popups).toEqual([]);
  expect(effects.navigations).toEqual([]);
  expect(page.url()).toBe(appUrl);
  // (Requests outside the app fail every test: see fixtures.ts.)

  // CSP reports count only where they come from: one about an element of the page, or raised by
  // anything but the app's own code, means something got through. Current Chromium also reports
  // what the sanitiser meets while parsing the note in its inert document (see cspReports.ts).
  const reports = await cspReportsBySource(page, praxis.origin);
  expect(reports.fromThePage).toEqual([]);
  await test.info().attach('CSP reports from the sanitiser (content that never reached the page)', {
    body: JSON.stringify(reports.fromTheSanitiser, null, 2),
    contentType: 'application/json',
  });

  // External links leave only through a new browsing context, never this window.
  const external = preview.getByRole('link', { name: 'top target' });
  await expect(external).toHaveAttribute('target', '_blank');
  await expect(external).toHaveAttribute('rel', 'noopener noreferrer');
});

test("a note's own HTML cannot make a vault link, an embed or a toast of the app", async ({
  page,
  praxis,
}) => {
  const effects = await watch(page);
  await page.goto(praxis.url);
  const preview = await openPreview(page, 'Forged', 'Forged note');
  await expect(preview).toContainText('Annual report');

  // None of the pipeline's attributes or the app's classes survive: the forged links lead
  // nowhere, and no fake toast or alert speaks for the app.
  expect(
    await preview
      .locator('[data-vault-path], [data-note-path], [data-embed-path], [data-tag]')
      .count(),
  ).toBe(0);
  await expect(preview.getByText('Annual report')).not.toHaveAttribute('href');
  expect(await preview.locator('.toasts, .toast, .toast-message, .embed-note, .tag').count()).toBe(
    0,
  );
  await expect(page.getByRole('alert').filter({ hasText: 'session expired' })).toHaveCount(0);

  // Clicking the forged file link asks nothing of the app: no window (which the desktop app
  // would hand to the OS), no file fetched.
  await preview.getByText('Annual report').click();
  await clickEverything(page, preview);
  expect(effects.popups).toEqual([]);
  expect(effects.requests.filter((url) => url.includes('run.bat'))).toEqual([]);
  expect(effects.requests.filter((url) => url.includes('/files/'))).toEqual([]);
  await expect(page.getByRole('textbox', { name: 'Note title' })).toHaveValue('Forged note');
});
