import { expect, test } from './fixtures';
import { search, resultsStatus, fillSearch, searchButton, CANNOT_REACH } from './screen';
test('debug offline', async ({ signedIn: page, context }) => {
  page.on('request', (r) => console.log('REQ', Date.now() % 100000, r.method(), r.url()));
  page.on('requestfailed', (r) => console.log('FAIL', Date.now() % 100000, r.url(), r.failure()?.errorText));
  page.on('console', (m) => console.log('CONSOLE', m.text()));
  await page.evaluate(() => { window.addEventListener('online', () => console.log('online event', navigator.onLine)); window.addEventListener('offline', () => console.log('offline event')); });
  await search(page, { Email: 'jhenry@customer.com' });
  await expect(resultsStatus(page)).toHaveText('Showing 1–1 of 1 case');
  await context.setOffline(true);
  await fillSearch(page, { Email: '', Department: 'Service' });
  await searchButton(page).click();
  await expect(page.getByRole('alert').filter({ hasText: CANNOT_REACH })).toBeVisible();
  console.log('going online', Date.now() % 100000);
  await context.setOffline(false);
  await page.waitForTimeout(4000);
});
