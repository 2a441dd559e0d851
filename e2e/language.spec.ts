// The one Language setting (UI contract, "Language"): the German names of the contract, what a
// change of language keeps, the languages whose UI stays English, and that no English word of the
// product's own is left on any screen in de-DE, fr-FR or es-ES.
import { readFileSync } from 'node:fs';
import type { Browser, Locator, Page, Request } from '@playwright/test';
import { z } from 'zod';
import { expect, PASSWORD, test } from './fixtures';
import { isLookup } from './screen';

const catalogSchema = z.record(z.string(), z.string());

/** The shipped catalogs (both parts) of one language, read as the app's source files. */
function catalog(language: string): Record<string, string> {
  const read = (part: string): Record<string, string> =>
    catalogSchema.parse(
      JSON.parse(
        readFileSync(new URL(`../src/locales/${language}/${part}.json`, import.meta.url), 'utf8'),
      ),
    );
  return { ...read('first'), ...read('app') };
}

/** A message without its arguments: the text before the first `{`, e.g. `Kunde ` of `Kunde {name}`. */
function prefix(messages: Record<string, string>, id: string): string {
  return (messages[id] ?? id).split('{')[0] ?? '';
}

const escape = (text: string): string => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

const htmlLang = (page: Page): Promise<string> =>
  page.evaluate(() => document.documentElement.lang);

async function openFilters(page: Page, name: string): Promise<void> {
  const toggle = page.getByRole('button', { name, exact: true });
  if ((await toggle.getAttribute('aria-expanded')) === 'false') await toggle.click();
}

test.describe('in a de-DE browser', () => {
  test.use({ locale: 'de-DE' });

  test('the main journey works with the contract’s German names', async ({
    page,
    user,
    sim: _sim,
  }) => {
    await page.goto('/');
    await expect.poll(() => htmlLang(page)).toBe('de-DE');
    await expect(page.getByRole('heading', { name: 'Anmelden' })).toBeVisible();
    await expect(page.getByRole('combobox', { name: 'Sprache' })).toHaveValue('de-DE');
    await page.getByRole('textbox', { name: 'Benutzername' }).fill(user);
    await page.getByLabel('Passwort').fill(PASSWORD);
    await page.getByRole('button', { name: 'Anmelden', exact: true }).click();

    await expect(page.getByRole('button', { name: 'Abmelden' })).toBeVisible();
    await expect(page).toHaveTitle('Fallsuche');
    const search = page.getByRole('search', { name: 'Fallsuche' });
    await expect(search.getByRole('textbox', { name: 'Schnellsuche' })).toBeFocused();
    await openFilters(page, 'Filter');
    await search.getByRole('textbox', { name: 'E-Mail', exact: true }).fill('jhenry@customer.com');
    const sent = page.waitForRequest(isLookup);
    await search.getByRole('button', { name: 'Suchen', exact: true }).click();
    expect((await sent).headers()['accept-language']).toBe('de-DE');

    const cases = page.getByRole('table', { name: 'Fälle' });
    await expect(cases.getByRole('row').nth(1)).toBeVisible();
    await expect(page.getByRole('status')).toContainText(/^1–\d+ von \d+ (Fall|Fällen)$/);
    await expect(cases.getByRole('columnheader', { name: 'Betreff' })).toBeVisible();
    await cases.getByRole('row').nth(1).getByRole('link').first().click();
    const customer = page.getByRole('region', { name: /^Kunde / });
    await expect(customer.getByText('Kunden-ID', { exact: true })).toBeVisible();
    await customer.getByRole('button', { name: 'Schließen' }).click();
    await expect(customer).toBeHidden();

    await cases
      .getByRole('link', { name: /^Aktivitäten zu Fall / })
      .first()
      .click();
    await expect(page.getByRole('region', { name: /^Aktivitäten zu Fall / })).toBeVisible();

    await page.getByRole('button', { name: 'Abmelden' }).click();
    await expect(page.getByRole('heading', { name: 'Anmelden' })).toBeVisible();
  });
});

test('a change of language keeps the search, the results and the open pane, and is remembered', async ({
  signedIn: page,
}) => {
  await openFilters(page, 'Filters');
  await page.getByRole('textbox', { name: 'Department', exact: true }).fill('Service');
  await page.getByRole('button', { name: 'Search', exact: true }).click();
  const cases = page.getByRole('table', { name: 'Cases' });
  await cases.getByRole('row').nth(1).getByRole('link').first().click();
  await expect(page.getByRole('region', { name: /^Customer / })).toBeVisible();
  const hash = new URL(page.url()).hash;

  const reread: Promise<Request> = page.waitForRequest(
    (request) => isLookup(request) && request.headers()['accept-language'] === 'fr-FR',
  );
  await page.getByRole('combobox', { name: 'Language' }).selectOption({ label: 'Français' });
  await reread;

  await expect.poll(() => htmlLang(page)).toBe('fr-FR');
  await expect(page.getByRole('table', { name: 'Dossiers' }).getByRole('row').nth(1)).toBeVisible();
  await expect(page.getByRole('region', { name: /^Client / })).toBeVisible();
  await expect(page.getByRole('textbox', { name: 'Service', exact: true })).toHaveValue('Service');
  await expect(page.getByRole('status')).toContainText(/^1–25 sur [\d\s]+ dossiers$/);
  expect(new URL(page.url()).hash).toBe(hash);

  await page.reload();
  await expect(page.getByRole('combobox', { name: 'Langue' })).toHaveValue('fr-FR');
  await expect(page.getByRole('button', { name: 'Se déconnecter' })).toBeVisible();
  await page.getByRole('combobox', { name: 'Langue' }).selectOption('en-US');
  await expect(page.getByRole('button', { name: 'Sign out' })).toBeVisible();
});

test('the sign-in screen has the setting too', async ({ page, sim: _sim }) => {
  await page.goto('/');
  await page.getByRole('combobox', { name: 'Language' }).selectOption({ label: 'Español' });
  await expect(page.getByRole('heading', { name: 'Iniciar sesión' })).toBeVisible();
  await expect(page.getByRole('textbox', { name: 'Nombre de usuario' })).toBeVisible();
  await expect(page).toHaveTitle('Búsqueda de casos');
  await page.getByRole('combobox', { name: 'Idioma' }).selectOption('en-US');
  await expect(page.getByRole('heading', { name: 'Sign in' })).toBeVisible();
});

test.describe('in an it-IT browser', () => {
  test.use({ locale: 'it-IT' });

  test('eGain answers in Italian while the UI, which is not written in it, says it stays English', async ({
    signedIn: page,
  }) => {
    const language = page.getByRole('combobox', { name: 'Language' });
    await expect(language).toHaveValue('it-IT');
    await expect(
      language.getByRole('option', { name: 'Italiano (interface in English)' }),
    ).toBeAttached();
    await expect.poll(() => htmlLang(page)).toBe('en-US');
    await openFilters(page, 'Filters');
    await page.getByRole('textbox', { name: 'Department', exact: true }).fill('Service');
    const sent = page.waitForRequest(isLookup);
    await page.getByRole('button', { name: 'Search', exact: true }).click();
    expect((await sent).headers()['accept-language']).toBe('it-IT');
    await expect(page.getByRole('status')).toContainText('Showing 1–25 of');
  });
});

// ---- No English word of the product's own on any screen ----

// Roles whose text is eGain data (cells, detail values, the request shown) or a brand (the
// languages' own names): what they hold counts as data, not as the product's words.
const DATA_ROLES = new Set(['cell', 'gridcell', 'definition', 'code', 'option', 'time']);
// Roles whose trailing text is what was typed or chosen, not a word of the UI.
const VALUE_ROLES = new Set(['textbox', 'searchbox', 'combobox', 'spinbutton']);

interface ScreenTexts {
  /** Visible texts and accessible names of the product. */
  words: string[];
  /** Texts inside data (cells, detail values): an equal text elsewhere is data too. */
  data: string[];
}

/** The visible texts and accessible names of the page, from its accessibility tree. */
async function screenTexts(page: Page): Promise<ScreenTexts> {
  // The whole page's tree; no role or label names the document itself.
  // eslint-disable-next-line playwright/no-raw-locators
  const snapshot = await page.locator('body').ariaSnapshot();
  const found: ScreenTexts = { words: [], data: [] };
  let dataDeeperThan: number | null = null;
  for (const line of snapshot.split('\n')) {
    const match = /^(\s*)- ([\w/-]+)(?: "((?:[^"\\]|\\.)*)")?[^:]*(?::\s*(.*))?$/.exec(line);
    if (!match) continue;
    const depth = match[1]?.length ?? 0;
    const role = match[2] ?? '';
    if (role.startsWith('/')) continue; // `/url: #results`, `/placeholder: …`: attributes
    if (dataDeeperThan !== null && depth <= dataDeeperThan) dataDeeperThan = null;
    // A contact person's name is the customer pane's only level-4 heading.
    const isData =
      DATA_ROLES.has(role) ||
      (role === 'heading' && line.includes('[level=4]'));
    const inData = dataDeeperThan !== null || isData;
    if (isData && dataDeeperThan === null) dataDeeperThan = depth;
    const candidates = VALUE_ROLES.has(role) ? [match[3]] : [match[3], match[4]];
    for (const text of candidates) {
      const trimmed = text?.replace(/^"|"$/g, '').trim();
      if (trimmed && /\p{L}{2}/u.test(trimmed)) (inData ? found.data : found.words).push(trimmed);
    }
  }
  return found;
}

/** What the user names a saved view (the user's words, the same in every language). */
const VIEW_NAME = 'Service 24/7';

/** A views file with one entry to import and one to refuse (it keeps an email). */
const viewsFile = (): string =>
  JSON.stringify({
    format: 'egain-case-search/saved-views',
    version: 1,
    server: 'simulator',
    views: [
      { name: 'Billing 2', criteria: { department: 'Billing' } },
      { name: 'Jhenry 3', criteria: { email: 'jhenry@customer.com' } },
    ],
  });

/** Every screen of the console in one language, signed in as `user`: their texts and names. */
async function everyScreen(
  browser: Browser,
  language: string,
  user: string,
): Promise<{ words: Set<string>; data: Set<string> }> {
  const m = catalog(language);
  const context = await browser.newContext({ locale: language, timezoneId: 'UTC' });
  const page = await context.newPage();
  const words = new Set<string>();
  const data = new Set<string>();
  const take = async (): Promise<void> => {
    const found = await screenTexts(page);
    for (const text of found.words) words.add(text);
    for (const text of found.data) data.add(text);
  };
  const region = (id: string): Locator =>
    page.getByRole('region', { name: new RegExp(`^${escape(prefix(m, id))}`) });
  try {
    await page.goto('/');
    await expect(page.getByRole('heading', { name: m['signIn.heading'] })).toBeVisible();
    await take();
    await page.getByRole('textbox', { name: m['signIn.userName'] }).fill(user);
    await page.getByLabel(m['signIn.password'] ?? '').fill(PASSWORD);
    await page.getByRole('button', { name: m['signIn.submit'], exact: true }).click();
    await expect(page.getByRole('button', { name: m['header.signOut'] })).toBeVisible();
    await take();

    await openFilters(page, m['search.filters'] ?? '');
    await page
      .getByRole('textbox', { name: m['criteria.department.label'], exact: true })
      .fill('Service');
    await page.getByRole('button', { name: m['search.submit'], exact: true }).click();
    const cases = page.getByRole('table', { name: m['results.heading'] });
    await expect(cases.getByRole('row').nth(1)).toBeVisible();
    await take();

    // The saved views: the dialog, then the list with the view (and its count) and the search
    // just run under Recent searches.
    const saved = page.getByRole('navigation', { name: m['views.landmark'] });
    await saved.getByRole('button', { name: m['views.save'], exact: true }).click();
    const dialog = page.getByRole('dialog', { name: m['views.save'] });
    await expect(dialog.getByRole('textbox', { name: m['views.dialog.name'] })).toBeVisible();
    await take();
    await dialog.getByRole('textbox', { name: m['views.dialog.name'] }).fill(VIEW_NAME);
    await dialog.getByRole('button', { name: m['views.dialog.save'], exact: true }).click();
    await expect(
      saved.getByRole('button', { name: new RegExp(`^${escape(VIEW_NAME)} \\(\\d`) }),
    ).toBeVisible();
    await expect(
      page.getByRole('navigation', { name: m['recent.landmark'] }).getByRole('button'),
    ).toHaveCount(1);
    await take();

    // An import with a refused entry: the summary, the list of refusals and their reasons.
    await saved.getByLabel(m['views.import'] ?? '').setInputFiles({
      name: 'views.json',
      mimeType: 'application/json',
      buffer: Buffer.from(viewsFile()),
    });
    await expect(saved.getByRole('list', { name: m['views.refusedList'] })).toBeVisible();
    await take();
    await saved.getByRole('button', { name: m['views.dismiss'], exact: true }).click();

    await cases.getByRole('row').nth(1).getByRole('link').first().click();
    await expect(region('customer.title').getByRole('heading', { level: 3 })).toBeVisible();
    await take();
    await region('customer.title').getByRole('button', { name: m['pane.close'] }).click();

    await cases
      .getByRole('link', { name: new RegExp(`^${escape(prefix(m, 'cases.activitiesFor'))}`) })
      .first()
      .click();
    const activities = region('activities.title');
    await expect(
      activities
        .getByRole('table', { name: m['activities.table'] })
        .or(activities.getByText(m['activities.none'] ?? '', { exact: true })),
    ).toBeVisible();
    await take();
    await region('activities.title').getByRole('button', { name: m['pane.close'] }).click();

    await page.keyboard.press('?');
    await expect(page.getByRole('dialog', { name: m['shortcuts.title'] })).toBeVisible();
    await take();
    await page.keyboard.press('Escape');

    // A search the save dialog says more about: an email it leaves out, a range it keeps relative.
    const email = page.getByRole('textbox', { name: m['criteria.email.label'], exact: true });
    await email.fill('jhenry@customer.com');
    await page
      .getByRole('combobox', {
        name: (m['criteria.presets'] ?? '').replace('{range}', m['criteria.created.label'] ?? ''),
      })
      .selectOption('last30');
    await page.getByRole('button', { name: m['search.submit'], exact: true }).click();
    await expect(page).toHaveURL(/createdFrom=/);
    await saved.getByRole('button', { name: m['views.save'], exact: true }).click();
    await expect(dialog.getByRole('checkbox')).toHaveCount(2);
    await take();
    await dialog.getByRole('button', { name: m['views.dialog.cancel'], exact: true }).click();

    await email.fill('not-an-email');
    await page.getByRole('button', { name: m['search.submit'], exact: true }).click();
    await expect(email).toHaveAttribute('aria-invalid', 'true');
    await take();

    await page.getByRole('button', { name: m['header.signOut'] }).click();
    await expect(page.getByRole('heading', { name: m['signIn.heading'] })).toBeVisible();
  } finally {
    await context.close();
  }
  return { words, data };
}

// Words these languages write as English does (the whole text or name, nothing more).
const SHARED_WORDS: Record<string, readonly string[]> = {
  'de-DE': ['Status', 'Name', 'Link'],
  'fr-FR': ['Pagination'],
  'es-ES': [],
};

for (const language of ['de-DE', 'fr-FR', 'es-ES'] as const) {
  test(`no English word of the product's own is left on any screen in ${language}`, async ({
    browser,
    user,
    sim: _sim,
  }) => {
    test.slow();
    const english = await everyScreen(browser, 'en-US', user);
    const translated = await everyScreen(browser, language, user);
    const left = [...translated.words].filter(
      (text) =>
        english.words.has(text) &&
        !translated.data.has(text) &&
        !(SHARED_WORDS[language] ?? []).includes(text),
    );
    expect(left).toEqual([]);
    // The comparison saw the screens: each had words of its own.
    expect(translated.words.size).toBeGreaterThan(60);
  });
}
