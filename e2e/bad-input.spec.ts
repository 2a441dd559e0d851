// Bad input rows of docs/reliability.md: every value is either refused with a message on its field
// (and nothing is sent) or sent exactly as typed, JSON-encoded; the screen never breaks. The rules
// one by one are in search-form.spec.ts; here: huge, foreign, hostile and hand-edited values.
import type { Page, Request } from '@playwright/test';
import { expect, test } from './fixtures';
import { field, isLookup, resultsStatus, searchButton, searchForm, xssFired } from './screen';

const TEN_K = 10_000;

/** Records what must never happen: page errors, dialogs, script run from input. */
interface Crashes {
  errors: string[];
  dialogs: string[];
}

function watchForCrashes(page: Page): Crashes {
  const seen: Crashes = { errors: [], dialogs: [] };
  page.on('pageerror', (error) => seen.errors.push(error.message));
  page.on('dialog', (dialog) => {
    seen.dialogs.push(dialog.message());
    void dialog.dismiss();
  });
  return seen;
}

function recordLookups(page: Page): Request[] {
  const sent: Request[] = [];
  page.on('request', (request) => {
    if (isLookup(request)) sent.push(request);
  });
  return sent;
}

/** The search ended in something the user can read: a result line or an alert with a code. */
async function expectAnswerShown(page: Page): Promise<void> {
  await expect(
    resultsStatus(page)
      .filter({ hasText: /Showing|No cases match/ })
      .or(page.getByRole('alert'))
      .first(),
  ).toBeVisible();
}

async function clearForm(page: Page): Promise<void> {
  await searchForm(page).getByRole('button', { name: 'Clear', exact: true }).click();
}

/** Clicks Search and returns the body of the lookup it sends. */
async function searchAndCatchBody(page: Page): Promise<string | null> {
  const sent = page.waitForRequest(isLookup);
  await searchButton(page).click();
  return (await sent).postData();
}

const repeatTo = (unit: string, length: number): string =>
  unit.repeat(Math.ceil(length / unit.length)).slice(0, length);

test.describe('10,000-character values', () => {
  // Sent: the API sets no maximum length (decision 005), so a long value goes out unchanged.
  const SENT: { name: string; value: string; key: string; sent: string }[] = [
    {
      name: 'Department',
      value: repeatTo('Sérvice-', TEN_K),
      key: 'department',
      sent: repeatTo('Sérvice-', TEN_K),
    },
    {
      name: 'Customer ID',
      value: repeatTo('1234567890', TEN_K),
      key: 'customer',
      sent: repeatTo('1234567890', TEN_K),
    },
    { name: 'Owner ID', value: repeatTo('9', TEN_K), key: 'ownerId', sent: repeatTo('9', TEN_K) },
    {
      name: 'Phone',
      value: repeatTo('408-222-9898 ', TEN_K).trim(),
      key: 'phone',
      sent: repeatTo('408-222-9898 ', TEN_K).trim().replace(/\D/g, ''),
    },
    // A well-formed address, however long: the email rule checks the shape only.
    {
      name: 'Email',
      value: `${repeatTo('a', TEN_K - 12)}@example.com`,
      key: 'email',
      sent: `${repeatTo('a', TEN_K - 12)}@example.com`,
    },
  ];
  // Refused: a shape rule catches them.
  const REFUSED: { name: string; value: string; message: RegExp }[] = [
    { name: 'Email', value: repeatTo('a', TEN_K), message: /not an email address/ },
    { name: 'Phone', value: repeatTo('4x', TEN_K), message: /only digits/ },
    { name: 'Created from', value: repeatTo('2024-01-01', TEN_K), message: /YYYY-MM-DD/ },
    { name: 'Last closed to', value: repeatTo('9', TEN_K), message: /YYYY-MM-DD/ },
  ];

  test('are sent exactly as typed where no rule forbids them, and the screen answers', async ({
    signedIn: page,
  }) => {
    const crashes = watchForCrashes(page);
    for (const input of SENT) {
      await clearForm(page);
      await field(page, input.name).fill(input.value);
      const body = await searchAndCatchBody(page);
      expect(body, input.name).toBe(JSON.stringify({ [input.key]: input.sent }));
      await expectAnswerShown(page);
      await expect(field(page, input.name)).toHaveValue(input.value);
    }
    // Custom value needs its attribute.
    await clearForm(page);
    await searchForm(page)
      .getByRole('combobox', { name: 'Custom attribute', exact: true })
      .selectOption({ label: 'Product' });
    const custom = repeatTo('EV Charger Pro ', TEN_K).trim();
    await field(page, 'Custom value').fill(custom);
    expect(await searchAndCatchBody(page)).toBe(
      JSON.stringify({ custom: { name: 'product', value: custom } }),
    );
    await expectAnswerShown(page);
    expect(crashes).toEqual({ errors: [], dialogs: [] });
  });

  test('are refused on their field with a message where a rule forbids them, and nothing is sent', async ({
    signedIn: page,
    sim,
  }) => {
    const crashes = watchForCrashes(page);
    const sent = recordLookups(page);
    for (const input of REFUSED) {
      await clearForm(page);
      await field(page, input.name).fill(input.value);
      await searchButton(page).click();
      await expect(field(page, input.name)).toHaveAttribute('aria-invalid', 'true');
      await expect(field(page, input.name)).toHaveAccessibleDescription(input.message);
      await expect(field(page, input.name)).toHaveValue(input.value);
    }
    expect(sent).toEqual([]);
    expect(await sim.lookupBodies()).toEqual([]);
    expect(crashes).toEqual({ errors: [], dialogs: [] });
  });
});

test.describe('Unicode, right-to-left text and hostile-looking strings', () => {
  const DEPARTMENTS = [
    'خدمة العملاء', // Arabic, right to left
    'שירות לקוחות', // Hebrew, right to left
    'Service \u202Eevil\u202C end', // a bidi override inside left-to-right text
    '客户服务 / 顧客サービス / 고객 서비스',
    'Ünïcödé e\u0301 👩‍💻🚀 \u200Bzero-width',
    '<script>window.__xss=1</script>',
    '<img src=x onerror="window.__xss=2">',
    "' OR '1'='1' --",
    "Robert'); DROP TABLE cases;--",
    '{"$ne": null}',
    '"}], "status": "open',
    '../../etc/passwd%00',
    '\\u0000 \\" \\\\ tab\tand\nnewline',
  ];

  for (const department of DEPARTMENTS) {
    test(`Department ${JSON.stringify(department.slice(0, 24))} goes out JSON-encoded as typed and shows as text`, async ({
      signedIn: page,
      sim,
    }) => {
      const crashes = watchForCrashes(page);
      await field(page, 'Department').fill(department);
      const typed = await field(page, 'Department').inputValue();
      const body = await searchAndCatchBody(page);
      // Exactly what the field holds (trimmed, decision 005), as one JSON string.
      expect(body).toBe(JSON.stringify({ department: typed.trim() }));
      await expect.poll(() => sim.lookupBodies()).toContainEqual({ department: typed.trim() });
      await expectAnswerShown(page);
      // The value is shown back as text (the "No cases match …" line and the filter chip).
      await expect(page.getByRole('list', { name: 'Active filters' })).toContainText(
        typed.trim().split('\n')[0] ?? '',
      );

      // The URL keeps it: a reload restores the same field and sends the same body.
      const again = page.waitForRequest(isLookup);
      await page.reload();
      expect((await again).postData()).toBe(body);
      await expect(field(page, 'Department')).toHaveValue(typed.trim());
      expect(await xssFired(page)).toBeNull();
      expect(crashes).toEqual({ errors: [], dialogs: [] });
    });
  }

  test('Unicode, RTL and markup in the custom value, email and phone are sent as typed or refused', async ({
    signedIn: page,
  }) => {
    const crashes = watchForCrashes(page);
    await searchForm(page)
      .getByRole('combobox', { name: 'Custom attribute', exact: true })
      .selectOption({ label: 'Region' });
    await field(page, 'Custom value').fill('الشرق الأوسط <b>&amp;</b> 🚀');
    expect(await searchAndCatchBody(page)).toBe(
      JSON.stringify({ custom: { name: 'region', value: 'الشرق الأوسط <b>&amp;</b> 🚀' } }),
    );
    await expectAnswerShown(page);

    for (const [name, value, message] of [
      ['Email', '"<script>alert(1)</script>"@example.com', /not an email address/],
      ['Email', "x@example.com' OR '1'='1", /not an email address/],
      ['Phone', '408-222-9898; DROP TABLE cases', /only digits/],
      ['Phone', '٤٠٨٢٢٢٩٨٩٨', /only digits/], // Arabic-Indic digits are not the digits eGain compares
      ['Customer ID', '1000 OR 1=1', /digits only/],
      ['Customer ID', '１０００', /digits only/], // full-width digits
      ['Owner ID', '<b>1010</b>', /digits only/],
    ] as const) {
      await clearForm(page);
      await field(page, name).fill(value);
      await searchButton(page).click();
      await expect(field(page, name), `${name} ${value}`).toHaveAttribute('aria-invalid', 'true');
      await expect(field(page, name)).toHaveAccessibleDescription(message);
    }
    expect(crashes).toEqual({ errors: [], dialogs: [] });
  });
});

test.describe('a hand-edited URL', () => {
  test('invalid values in every field are shown with their messages and nothing is sent', async ({
    signedIn: page,
    sim,
  }) => {
    const crashes = watchForCrashes(page);
    const sent = recordLookups(page);
    const params = new URLSearchParams({
      email: 'not-an-email',
      phone: 'call me',
      customerId: 'C-1000',
      ownerId: 'frank',
      status: 'pending',
      department: 'Service',
      customValue: 'orphan value',
      createdFrom: '2024-02-30',
      createdTo: 'yesterday',
      lastModifiedFrom: '2024-03-10T25:00',
      lastModifiedTo: '2024-03-10T10:61',
      lastClosedFrom: '2024-03-11',
      lastClosedTo: '2024-03-10',
    });
    await page.goto(`/#${params.toString()}`);
    const invalid: [string, RegExp][] = [
      ['Email', /not an email address/],
      ['Phone', /only digits/],
      ['Customer ID', /digits only/],
      ['Owner ID', /digits only/],
      ['Created from', /does not exist/],
      ['Created to', /YYYY-MM-DD/],
      ['Last modified from', /does not exist|hours 00–23/],
      ['Last modified to', /does not exist|hours 00–23/],
      ['Last closed to', /Last closed to is before Last closed from/],
    ];
    for (const [name, message] of invalid) {
      await expect(field(page, name), name).toHaveAttribute('aria-invalid', 'true');
      await expect(field(page, name), name).toHaveAccessibleDescription(message);
    }
    const status = searchForm(page).getByRole('combobox', { name: 'Status', exact: true });
    await expect(status).toHaveAttribute('aria-invalid', 'true');
    await expect(status).toHaveAccessibleDescription('Choose Any, Open or Closed.');
    await expect(
      searchForm(page).getByRole('combobox', { name: 'Custom attribute', exact: true }),
    ).toHaveAccessibleDescription(/needs a custom attribute/);
    expect(sent).toEqual([]);
    expect(await sim.lookupBodies()).toEqual([]);
    expect(crashes).toEqual({ errors: [], dialogs: [] });
  });

  test('hostile paging, sort and pane values fall back to defaults; hostile criteria are sent as text', async ({
    signedIn: page,
  }) => {
    const crashes = watchForCrashes(page);
    const lookup = page.waitForRequest(isLookup);
    await page.goto(
      '/#department=%3Cimg%20src%3Dx%20onerror%3Dwindow.__xss%3D1%3E&page=-1&size=9999&sort=constructor&order=__proto__&pane=customer%3A..%2F..%2Fadmin',
    );
    const request = await lookup;
    expect(request.postData()).toBe(
      JSON.stringify({ department: '<img src=x onerror=window.__xss=1>' }),
    );
    expect(new URL(request.url()).search).toBe('?$pagenum=1&$pagesize=25');
    await expect(field(page, 'Department')).toHaveValue('<img src=x onerror=window.__xss=1>');
    await expectAnswerShown(page);
    // No pane opened for an id that is not a number.
    await expect(page.getByRole('region', { name: /^Customer/ })).toHaveCount(0);
    expect(await xssFired(page)).toBeNull();
    expect(crashes).toEqual({ errors: [], dialogs: [] });
  });
});
