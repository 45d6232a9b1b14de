import { readFileSync } from 'node:fs';
import type { Page } from '@playwright/test';
import { expectNoA11yViolations } from './axe';
import { expect, test, type PraxisHarness } from './fixtures';

/**
 * The main screens at a 1024×700 laptop and a 1920×1080 desktop, in each language: nothing cut
 * off or spilling, dialogs' buttons in view.
 *
 * "Overflowing" here: a rendered element (not `display: none`, not `visibility: hidden`, larger
 * than 1×1 px — visually hidden text is 1×1 — and not inline, whose width is its text's) whose
 * content is wider than its box (`scrollWidth > clientWidth`), unless the element is meant to
 * scroll or to shorten its text: `overflow-x: auto | scroll` (lists, editors, code, tables) or
 * `text-overflow: ellipsis` (a row shortened with "…", the full text in its tooltip). The page
 * itself never scrolls sideways.
 */
type Language = 'en' | 'es' | 'ca';
interface Catalogue {
  app: { activity: { label: string }; sidebar: { domains: string } };
  commands: Record<string, string>;
}
const catalogue = (language: Language, namespace: 'app' | 'commands'): unknown =>
  JSON.parse(readFileSync(`shared/i18n/locales/${language}/${namespace}.json`, 'utf8'));
const catalogues = Object.fromEntries(
  (['en', 'es', 'ca'] as const).map((language) => [
    language,
    { app: catalogue(language, 'app'), commands: catalogue(language, 'commands') } as Catalogue,
  ]),
) as Record<Language, Catalogue>;

const sizes = [
  { width: 1024, height: 700 },
  { width: 1920, height: 1080 },
] as const;

async function overflowing(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const found: string[] = [];
    const describe = (element: Element) =>
      `${element.tagName.toLowerCase()}${element.id ? `#${element.id}` : ''}.${[
        ...element.classList,
      ].join(
        '.',
      )} "${(element.textContent ?? '').trim().slice(0, 40)}" (${element.scrollWidth} > ${element.clientWidth})`;
    if (document.documentElement.scrollWidth > window.innerWidth)
      found.push(`the page (${document.documentElement.scrollWidth} > ${window.innerWidth})`);
    for (const element of document.body.querySelectorAll<HTMLElement>('*')) {
      if (!(element instanceof HTMLElement)) continue;
      const style = getComputedStyle(element);
      if (style.display === 'none' || style.display === 'inline') continue;
      if (style.visibility === 'hidden') continue;
      const box = element.getBoundingClientRect();
      if (box.width <= 1 || box.height <= 1) continue;
      if (style.overflowX === 'auto' || style.overflowX === 'scroll') continue;
      if (style.textOverflow === 'ellipsis') continue;
      if (element.scrollWidth > element.clientWidth + 1) found.push(describe(element));
    }
    return found;
  });
}

async function expectNothingOverflows(page: Page, screen: string): Promise<void> {
  // Layout settles (fonts, lazy lists) before it is measured.
  await expect.poll(() => overflowing(page), { message: `overflow on ${screen}` }).toEqual([]);
}

async function setLanguage(page: Page, praxis: PraxisHarness, language: Language) {
  const response = await page.request.post(`${praxis.origin}/api/settings.update`, {
    headers: { Authorization: `Bearer ${praxis.token}` },
    data: { locale: language },
  });
  expect(response.ok()).toBe(true);
}

async function runCommand(page: Page, label: string): Promise<void> {
  await page.keyboard.press('ControlOrMeta+Shift+P');
  const input = page.locator('dialog[open] input');
  await expect(input).toBeFocused();
  await input.fill(label.replace(/…$/, ''));
  await expect(page.locator('dialog[open] [role="option"]').first()).toContainText(
    label.replace(/…$/, ''),
  );
  await page.keyboard.press('Enter');
}

async function openNote(page: Page, title: string): Promise<void> {
  await page.keyboard.press('ControlOrMeta+O');
  const input = page.locator('dialog[open] input');
  await expect(input).toBeFocused();
  await input.fill(title);
  await expect(page.locator('dialog[open] [role="option"]').first()).toContainText(title);
  await page.keyboard.press('Enter');
  await expect(page.locator('.note-title')).toHaveValue(title);
}

for (const language of Object.keys(catalogues) as Language[])
  for (const size of sizes)
    test(`${size.width}×${size.height}, ${language}: the main screens fit`, async ({
      page,
      praxis,
    }) => {
      test.setTimeout(120_000);
      const { commands, app } = catalogues[language];
      await page.setViewportSize(size);
      await setLanguage(page, praxis, language);
      await page.goto(praxis.url);
      await expect(page.locator('html')).toHaveAttribute('lang', language);
      await expect(page.locator('.app')).toBeVisible();
      const narrow = size.width < 1280;

      await runCommand(page, commands['go.home']!);
      await expect(page.locator('[data-view="home"] h1')).toBeVisible();
      await expectNothingOverflows(page, 'home');

      await openNote(page, 'Framework agreements');
      for (const [key, mode] of [
        ['1', 'edit'],
        ['2', 'preview'],
        ['3', 'split'],
      ] as const) {
        await page.keyboard.press(`ControlOrMeta+${key}`);
        await expect(page.locator(`.note-panes-${mode}`)).toBeVisible();
        await expectNothingOverflows(page, `a note, ${mode}`);
      }
      if (narrow) {
        // Side by side, the editor has half the view, not what the side panels leave.
        const source = await page.locator('.note-pane-source').boundingBox();
        expect(source!.width).toBeGreaterThan(400);
      }

      await runCommand(page, commands['journal.open']!);
      await expect(page.locator('.journal-layout')).toBeVisible();
      await expectNothingOverflows(page, 'journal');

      await runCommand(page, commands['search.open']!);
      // Type once the box has the focus: keys pressed before that go elsewhere.
      const searchBox = page.locator('[data-view="search"]').getByRole('combobox');
      await expect(searchBox).toBeFocused();
      await page.keyboard.type('procurement');
      await expect(searchBox).toHaveValue('procurement');
      await expect(page.locator('[data-view="search"] mark').first()).toBeVisible();
      await expectNothingOverflows(page, 'search');

      // A domain page, from the Domains pane (over the view in a narrow window).
      await page
        .getByRole('toolbar', { name: app.activity.label })
        .getByRole('button', { name: app.sidebar.domains })
        .click();
      await page.locator('.sidebar [role="treeitem"]').first().click();
      await expect(page.locator('[data-view="domain"]')).toBeVisible();
      if (narrow) await expect(page.locator('.side-overlay')).toHaveCount(0);
      await expectNothingOverflows(page, 'a domain page');

      await runCommand(page, commands['go.settings']!);
      await expect(page.locator('[data-view="settings"]')).toBeVisible();
      await expectNothingOverflows(page, 'settings');

      // A tall dialog: its buttons are in the window, its body scrolls.
      await runCommand(page, commands['packs.export']!);
      const dialog = page.locator('dialog[open]');
      await expect(dialog).toBeVisible();
      await expectNothingOverflows(page, 'the export dialog');
      const buttons = dialog.locator('.dialog-actions button');
      expect(await buttons.count()).toBeGreaterThan(0);
      for (const button of await buttons.all()) {
        const box = (await button.boundingBox())!;
        expect(box.y).toBeGreaterThanOrEqual(0);
        expect(box.y + box.height).toBeLessThanOrEqual(size.height);
        expect(box.x + box.width).toBeLessThanOrEqual(size.width);
      }
    });

test('side panels over the view in a narrow window: keyboard, Escape, focus', async ({
  page,
  praxis,
}) => {
  await page.setViewportSize({ width: 1024, height: 700 });
  await page.goto(praxis.url);
  await expect(page.locator('.app')).toBeVisible();
  await expect(page.getByRole('navigation', { name: 'Notes' })).toHaveCount(0);
  const toggle = page.getByRole('button', { name: 'Toggle sidebar' });
  await toggle.focus();
  await page.keyboard.press('Enter');
  const sidebar = page.locator('.side-overlay').getByRole('navigation', { name: 'Notes' });
  await expect(sidebar).toBeVisible();
  await expect(toggle).toHaveAttribute('aria-pressed', 'true');
  // Focus is in the panel; Escape closes it and gives focus back.
  await expect(page.locator('.side-overlay :focus')).toHaveCount(1);
  await page.keyboard.press('Escape');
  await expect(sidebar).toHaveCount(0);
  await expect(toggle).toBeFocused();
  // The right panel by its shortcut, closed by it too.
  await page.keyboard.press('ControlOrMeta+Alt+B');
  await expect(page.locator('.side-overlay').getByRole('complementary')).toBeVisible();
  await page.keyboard.press('ControlOrMeta+Alt+B');
  await expect(page.locator('.side-overlay')).toHaveCount(0);
  // Wide again: the panels are beside the view, as remembered.
  await page.setViewportSize({ width: 1600, height: 900 });
  await expect(page.getByRole('navigation', { name: 'Notes' })).toBeVisible();
  await expect(page.locator('.side-overlay')).toHaveCount(0);
});

for (const theme of ['light', 'dark'] as const)
  test(`1024×700, ${theme}: no accessibility violations on the main screens`, async ({
    page,
    praxis,
  }) => {
    await page.setViewportSize({ width: 1024, height: 700 });
    await page.emulateMedia({ colorScheme: theme });
    await page.goto(praxis.url);
    await expect(page.locator('html')).toHaveAttribute('data-theme', theme);
    await expect(page.locator('.app')).toBeVisible();
    await openNote(page, 'Framework agreements');
    await page.keyboard.press('ControlOrMeta+3');
    await expect(page.locator('.note-panes-split')).toBeVisible();
    await page.keyboard.press('ControlOrMeta+Shift+B');
    await expect(page.locator('.side-overlay')).toBeVisible();
    await expectNoA11yViolations(page, `a note side by side with the sidebar over it, ${theme}`);
    await page.keyboard.press('Escape');
    await runCommand(page, catalogues.en.commands['journal.open']!);
    await expect(page.locator('.journal-layout')).toBeVisible();
    await expectNoA11yViolations(page, `the journal, ${theme}`);
  });
