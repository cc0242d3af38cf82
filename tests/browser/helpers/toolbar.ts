/**
 * The frame's toolbar (About, tour, Present, Share, Embed, Download, language) sits in a menu where
 * space is short (src/app/ClassroomBar.tsx: below 1180 px, or 1580 px with a panel open). A reader
 * opens the menu first; so do the tests.
 */
import type { Locator, Page } from 'playwright-core';

export async function openToolbarMenu(page: Page): Promise<void> {
  const toggle = page.locator('.toolbar-menu__toggle');
  if ((await toggle.count()) === 0 || !(await toggle.isVisible())) return;
  if ((await toggle.getAttribute('aria-expanded')) !== 'true') await toggle.click();
}

/** A toolbar button by its accessible name, with the menu opened when the toolbar is one. */
export async function toolbarButton(page: Page, name: string | RegExp): Promise<Locator> {
  await openToolbarMenu(page);
  return page.getByRole('button', { name });
}

/** Opens the Download menu (inside the toolbar menu where there is one). */
export async function openDownloadMenu(page: Page): Promise<void> {
  await openToolbarMenu(page);
  const menu = page.locator('.download-menu');
  if (!(await menu.evaluate((d: HTMLDetailsElement) => d.open))) await page.locator('.download-menu summary').click();
}
