// The export against a mocked eGain (msw), through the real API client and lookup function.
import { http, HttpResponse } from 'msw';
import { setupServer } from 'msw/node';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { setUnauthorizedHandler } from '../../../../lib/api-client';
import { languageStore } from '../../../../lib/language';
import { sessionStore } from '../../../../lib/session-store';
import { BOM } from './csv';
import { caseLink, exportCases, exportColumns, exportFileName, isoInZone } from './export-cases';

const LOOKUP = 'http://localhost:3000/system/ws/v20/interaction/case/lookup';
const server = setupServer();

beforeAll(() => server.listen({ onUnhandledRequest: 'error' }));
afterEach(() => {
  server.resetHandlers();
  setUnauthorizedHandler(null);
});
afterAll(() => server.close());
beforeEach(() => {
  sessionStore.clear();
  sessionStore.start('session-1', 'qa');
  languageStore.set('en-US');
});

function wireCase(id: number, subject = `Case number ${id}`) {
  return {
    link: [{ rel: 'self', href: `/system/ws/v20/interaction/case/${id}` }],
    department: { name: 'Service', id: '999' },
    status: { value: 'open', displayValue: 'Open' },
    lastModified: { user: { name: 'Frank', id: '1012' }, date: '2021-08-25T13:18:25.000Z' },
    customer: { link: [], customerName: 'Tierney, John', id: '1000' },
    severity: { value: 'medium', displayValue: 'Medium' },
    subject,
    id: String(id),
    created: { date: '2021-01-15T08:00:00.000Z' },
  };
}

/** A lookup over cases 1..total; records each request's page, size, sort and attributes. */
function lookupOver(total: number, seen: URLSearchParams[] = []) {
  return http.post(LOOKUP, ({ request }) => {
    const url = new URL(request.url);
    seen.push(url.searchParams);
    const page = Number(url.searchParams.get('$pagenum'));
    const size = Number(url.searchParams.get('$pagesize'));
    const first = (page - 1) * size + 1;
    if (first > total) return new HttpResponse(null, { status: 204 });
    const cases = [];
    for (let id = first; id <= Math.min(total, first + size - 1); id++) cases.push(wireCase(id));
    return HttpResponse.json({
      case: cases,
      paginationInfo: { count: total, pagenum: page, pagesize: size },
    });
  });
}

const decode = async (blob: Blob): Promise<string> =>
  new TextDecoder('utf-8', { ignoreBOM: true }).decode(await blob.arrayBuffer());
const linesOf = async (blob: Blob): Promise<string[]> => {
  const text = await decode(blob);
  expect(text.startsWith(BOM)).toBe(true);
  expect(text.endsWith('\r\n')).toBe(true);
  return text.slice(1, -2).split('\r\n');
};

describe('exportColumns', () => {
  it('follows the Cases table, then adds Created, Owner, Last closed and the link', () => {
    expect(exportColumns().map((column) => column.header)).toEqual([
      'Case ID',
      'Subject',
      'Customer',
      'Status',
      'Severity',
      'Department',
      'Last modified',
      'Created',
      'Owner',
      'Last closed',
      'eGain link',
    ]);
  });
});

describe('isoInZone', () => {
  it('writes the offset of the zone in force on that date (DST)', () => {
    expect(isoInZone('2021-08-25T13:18:25.000Z', 'Europe/Berlin')).toBe(
      '2021-08-25T15:18:25.000+02:00',
    );
    expect(isoInZone('2021-01-15T08:00:00.000Z', 'Europe/Berlin')).toBe(
      '2021-01-15T09:00:00.000+01:00',
    );
    expect(isoInZone('2021-01-15T08:00:00.000Z', 'UTC')).toBe('2021-01-15T08:00:00.000+00:00');
    expect(isoInZone(undefined, 'UTC')).toBe('');
    expect(isoInZone('not a date', 'UTC')).toBe('not a date');
  });
});

describe('caseLink', () => {
  const row = (id: string, links: { rel?: string; href: string }[]) => ({
    id,
    subject: '',
    links,
    activityLinks: [],
    department: undefined,
    status: undefined,
    severity: undefined,
    lastModified: undefined,
    customer: undefined,
  });
  const origin = 'https://console.example.com';

  it('is the self link when the policy allows it, else the URL built from the id', () => {
    expect(
      caseLink(
        row('1007', [{ rel: 'self', href: '/system/ws/v20/interaction/case/1007?x=1' }]),
        origin,
      ),
    ).toBe(`${origin}/system/ws/v20/interaction/case/1007?x=1`);
    expect(
      caseLink(
        row('1007', [{ rel: 'self', href: '/system/ws/v20/./interaction/case/1007' }]),
        origin,
      ),
    ).toBe(`${origin}/system/ws/v20/interaction/case/1007`);
    expect(caseLink(row('1007', [{ rel: 'self', href: 'https://evil.example/x' }]), origin)).toBe(
      `${origin}/system/ws/v20/interaction/case/1007`,
    );
    expect(caseLink(row('10 07', []), origin)).toBe(
      `${origin}/system/ws/v20/interaction/case/10%2007`,
    );
  });
});

describe('exportFileName', () => {
  const now = new Date('2026-12-01T13:02:00.000Z');
  it('names department, status and the local time', () => {
    expect(exportFileName({ department: 'Service', status: 'open' }, now, 'Europe/Berlin')).toBe(
      'cases-service-open-2026-12-01-1402.csv',
    );
    expect(
      exportFileName({ department: 'Technical Support' }, now, 'UTC', { incomplete: true }),
    ).toBe('cases-technical-support-2026-12-01-1302-incomplete.csv');
  });
  it('never carries email, phone, customer id, owner or custom values', () => {
    const name = exportFileName(
      {
        email: 'john@customer.com',
        phone: '4082229898',
        customer: '1000',
        ownerId: '1010',
        custom: { name: 'account', value: 'AC-99' },
        createdDate: '[2022-01-01T00:00:00.000Z,]',
      },
      now,
      'UTC',
    );
    expect(name).toBe('cases-2026-12-01-1302.csv');
  });
});

describe('exportCases', () => {
  it('sends the search body for every page of 75 in the on-screen sort and writes the rows in order', async () => {
    const seen: URLSearchParams[] = [];
    const bodies: unknown[] = [];
    server.use(
      http.post(LOOKUP, async ({ request }) => {
        bodies.push(await request.clone().json());
        return undefined;
      }),
      lookupOver(76, seen),
    );
    const progress: unknown[] = [];
    const outcome = await exportCases({
      body: { department: 'Service' },
      sort: { field: 'subject', order: 'desc' },
      timeZone: 'Europe/Berlin',
      onProgress: (p) => progress.push(p),
    });
    expect(outcome.complete).toBe(true);
    expect(bodies).toEqual([{ department: 'Service' }, { department: 'Service' }]);
    expect(seen.map((q) => Object.fromEntries(q))).toEqual(
      [1, 2].map((page) => ({
        $pagenum: String(page),
        $pagesize: '75',
        $attribute: 'created,lastClosed',
        $sort: 'subject',
        $order: 'desc',
      })),
    );
    const lines = await linesOf(outcome.file);
    expect(lines).toHaveLength(77);
    expect(lines[0]).toBe(
      'Case ID,Subject,Customer,Status,Severity,Department,Last modified,Created,Owner,Last closed,eGain link',
    );
    expect(lines[1]).toBe(
      '1,Case number 1,"Tierney, John",Open,Medium,Service,2021-08-25T15:18:25.000+02:00,2021-01-15T09:00:00.000+01:00,,,http://localhost:3000/system/ws/v20/interaction/case/1',
    );
    expect(lines.slice(1).map((line) => line.split(',')[0])).toEqual(
      Array.from({ length: 76 }, (_, i) => String(i + 1)),
    );
    expect(progress).toEqual([
      { fetched: 75, total: 76 },
      { fetched: 76, total: 76 },
    ]);
    expect(outcome.summary).toMatchObject({
      rows: 76,
      duplicates: 0,
      firstTotal: 76,
      lastTotal: 76,
    });
  });

  it('neutralises formula subjects in the file', async () => {
    server.use(
      http.post(LOOKUP, () =>
        HttpResponse.json({
          case: [wireCase(1, '=HYPERLINK("http://evil.example","open")'), wireCase(2, '@SUM(1)')],
          paginationInfo: { count: 2, pagenum: 1, pagesize: 75 },
        }),
      ),
    );
    const outcome = await exportCases({
      body: { status: 'open' },
      sort: undefined,
      timeZone: 'UTC',
    });
    const lines = await linesOf(outcome.file);
    expect(lines[1]).toContain(`,"'=HYPERLINK(""http://evil.example"",""open"")",`);
    expect(lines[2]).toContain(",'@SUM(1),");
  });

  it('after a 401 waits for the new sign-in and goes on where it stopped', async () => {
    let expired = true;
    let signIns = 0;
    setUnauthorizedHandler(() => {
      signIns++;
      expired = false;
      return Promise.resolve();
    });
    const seen: URLSearchParams[] = [];
    server.use(
      http.post(LOOKUP, ({ request }) => {
        const page = new URL(request.url).searchParams.get('$pagenum');
        if (page === '2' && expired) {
          return HttpResponse.json(
            { code: '401-101', developerMessage: 'expired' },
            { status: 401 },
          );
        }
        return undefined;
      }),
      lookupOver(200, seen),
    );
    const outcome = await exportCases({
      body: { status: 'open' },
      sort: undefined,
      timeZone: 'UTC',
    });
    expect(outcome.complete).toBe(true);
    expect(signIns).toBe(1);
    const lines = await linesOf(outcome.file);
    expect(lines.slice(1).map((line) => line.split(',')[0])).toEqual(
      Array.from({ length: 200 }, (_, i) => String(i + 1)),
    );
  });

  it('retries a transient 5xx like other reads', async () => {
    let failed = false;
    server.use(
      http.post(LOOKUP, ({ request }) => {
        if (new URL(request.url).searchParams.get('$pagenum') === '2' && !failed) {
          failed = true;
          return HttpResponse.json({ code: '503-100', developerMessage: 'busy' }, { status: 503 });
        }
        return undefined;
      }),
      lookupOver(100),
    );
    const outcome = await exportCases({
      body: { status: 'open' },
      sort: undefined,
      timeZone: 'UTC',
    });
    expect(outcome.complete).toBe(true);
    expect(outcome.summary).toMatchObject({ rows: 100, requests: 3 });
  });

  it('stops on a persistent error with the rows before it and the eGain error', async () => {
    server.use(
      http.post(LOOKUP, ({ request }) => {
        if (new URL(request.url).searchParams.get('$pagenum') === '2') {
          return HttpResponse.json(
            { code: '403-105', developerMessage: 'User is not allowed to perform this action.' },
            { status: 403 },
          );
        }
        return undefined;
      }),
      lookupOver(160),
    );
    const outcome = await exportCases({
      body: { status: 'open' },
      sort: undefined,
      timeZone: 'UTC',
    });
    expect(outcome.complete).toBe(false);
    if (outcome.complete) return;
    expect(outcome.error).toMatchObject({ code: '403-105' });
    expect(outcome.summary.rows).toBe(75);
    expect(await linesOf(outcome.file)).toHaveLength(76);
  });

  it('rejects when cancelled', async () => {
    server.use(lookupOver(400));
    const controller = new AbortController();
    const run = exportCases({
      body: { status: 'open' },
      sort: undefined,
      timeZone: 'UTC',
      signal: controller.signal,
      onProgress: () => controller.abort(),
    });
    await expect(run).rejects.toMatchObject({ name: 'AbortError' });
  });
});
