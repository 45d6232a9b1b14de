import type { Page } from '@playwright/test';
import { expect } from './fixtures';

/** Shows a sidebar pane by its activity bar button ("Domains", "Tags"). */
export async function showPane(page: Page, name: 'Domains' | 'Tags' | 'Files'): Promise<void> {
  const button = page.getByRole('toolbar', { name: 'Views' }).getByRole('button', { name });
  if ((await button.getAttribute('aria-pressed')) !== 'true') await button.click();
  await expect(button).toHaveAttribute('aria-pressed', 'true');
}

/** Opens a domain's page from the domains pane. */
export async function openDomain(page: Page, name: string): Promise<void> {
  await showPane(page, 'Domains');
  await page
    .getByRole('tree', { name: 'Community domains' })
    .getByRole('treeitem', { name: new RegExp(`^${name}`) })
    .click();
  await expect(page.getByRole('heading', { level: 1, name })).toBeVisible();
}

/** The open dialog with this name. */
export const dialog = (page: Page, name: string | RegExp) => page.getByRole('dialog', { name });

/** The short message shown after an action (toasts), by its text. */
export const toast = (page: Page, text: string | RegExp) =>
  page.locator('.toast').filter({ hasText: text });
