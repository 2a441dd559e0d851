// Locators and small steps shared by the reliability, security, bad-input, accessibility and
// keyboard specs. Everything is found by role and accessible name (the UI contract).
import type { Locator, Page, Request } from '@playwright/test';
import { expect } from './fixtures';

export const LOOKUP = '/v20/interaction/case/lookup';
export const CUSTOMER = '/v20/interaction/customer/';
export const ACTIVITIES = '/v20/interaction/activity';
export const CANNOT_REACH = 'Cannot reach the eGain server';

export const isLookup = (request: Request): boolean =>
  request.method() === 'POST' && request.url().includes(LOOKUP);

export const searchForm = (page: Page): Locator =>
  page.getByRole('search', { name: 'Case search' });

export const field = (page: Page, name: string): Locator =>
  searchForm(page).getByRole('textbox', { name, exact: true });

export const searchButton = (page: Page): Locator =>
  searchForm(page).getByRole('button', { name: 'Search', exact: true });

/** The results' live region (the only `status` on the search screen, decision 007). */
export const resultsStatus = (page: Page): Locator => page.getByRole('status');

export const casesTable = (page: Page): Locator => page.getByRole('table', { name: 'Cases' });

export const pagination = (page: Page): Locator =>
  page.getByRole('navigation', { name: 'Pagination' });

export const sessionDialog = (page: Page): Locator =>
  page.getByRole('dialog', { name: 'Session expired' });

/** A pane whose name starts with `Customer` or `Activities` (region, complementary or dialog). */
export function pane(page: Page, kind: 'Customer' | 'Activities'): Locator {
  const name = new RegExp(`^${kind}`);
  return page
    .getByRole('region', { name })
    .or(page.getByRole('complementary', { name }))
    .or(page.getByRole('dialog', { name }));
}

/** Fills the named search fields (an empty string clears one). */
export async function fillSearch(page: Page, values: Record<string, string>): Promise<void> {
  for (const [name, value] of Object.entries(values)) await field(page, name).fill(value);
}

/** Fills the fields, clicks Search and returns the lookup request it sent. */
export async function search(page: Page, values: Record<string, string>): Promise<Request> {
  await fillSearch(page, values);
  const sent = page.waitForRequest(isLookup);
  await searchButton(page).click();
  return sent;
}

/** Texts of the table's rows (header included), to compare the screen before and after a fault. */
export function rowTexts(page: Page): Promise<string[]> {
  return casesTable(page).getByRole('row').allTextContents();
}

/** The screen still shows exactly these rows, these field values and this URL fragment. */
export async function expectScreenKept(
  page: Page,
  kept: { rows: string[]; fields: Record<string, string>; hash: string },
): Promise<void> {
  await expect(casesTable(page).getByRole('row')).toHaveText(kept.rows);
  for (const [name, value] of Object.entries(kept.fields)) {
    await expect(field(page, name)).toHaveValue(value);
  }
  expect(new URL(page.url()).hash).toBe(kept.hash);
}

/** The session id the app holds (sessionStorage, decision 001). */
export async function currentSessionId(page: Page): Promise<string> {
  const id = await page.evaluate(() => window.sessionStorage.getItem('egain.session'));
  expect(id, 'the app holds a session id').toBeTruthy();
  return id ?? '';
}

/** Hostile test strings set `window.__xss` if they are ever run as markup or script. */
export function xssFired(page: Page): Promise<unknown> {
  return page.evaluate((): unknown => Reflect.get(window, '__xss') ?? null);
}
