// Shared Playwright fixtures: each parallel worker signs in as its own simulator account (qa1, qa2,
// ...), so injected faults, expired sessions and session caps of one test never touch another.
import { test as base, expect, type APIRequestContext, type Page } from '@playwright/test';
import { z } from 'zod';

export const PASSWORD = 'egain-demo';
const CONTROLS = '/system/ws/__sim';

export interface FaultRule {
  method?: string;
  /** Part of the API path after /system/ws, e.g. `/v20/interaction/case/lookup`. */
  path: string;
  times?: number;
  status?: number;
  body?: unknown;
  delayMs?: number;
  malformed?: boolean;
}

const recordedRequestsSchema = z.object({
  requests: z.array(
    z.object({
      method: z.string(),
      path: z.string(),
      query: z.record(z.string(), z.unknown()),
      headers: z.record(z.string(), z.unknown()),
      body: z.unknown(),
      at: z.unknown(),
    }),
  ),
});
export type RecordedRequest = z.infer<typeof recordedRequestsSchema>['requests'][number];

/** The simulator's test controls, scoped to this worker's account. */
export class Simulator {
  private readonly request: APIRequestContext;
  readonly user: string;

  constructor(request: APIRequestContext, user: string) {
    this.request = request;
    this.user = user;
  }

  private async post(path: string, data: unknown): Promise<void> {
    const response = await this.request.post(`${CONTROLS}${path}`, { data });
    expect(response.ok(), `simulator control ${path} answered ${response.status()}`).toBe(true);
  }

  inject(rule: FaultRule): Promise<void> {
    return this.post('/faults', { user: this.user, ...rule });
  }

  expireSessions(): Promise<void> {
    return this.post('/sessions/expire', { user: this.user });
  }

  rotateSessions(enabled: boolean, graceMs?: number): Promise<void> {
    return this.post('/rotation', { user: this.user, enabled, graceMs });
  }

  reset(): Promise<void> {
    return this.post('/reset', { user: this.user });
  }

  async requests(): Promise<RecordedRequest[]> {
    const response = await this.request.get(`${CONTROLS}/requests?user=${this.user}`);
    expect(response.ok()).toBe(true);
    return recordedRequestsSchema.parse(await response.json()).requests;
  }

  /** The bodies of the lookups this account sent, oldest first. */
  async lookupBodies(): Promise<unknown[]> {
    return (await this.requests())
      .filter((r) => r.method === 'POST' && r.path.endsWith('/interaction/case/lookup'))
      .map((r) => r.body);
  }
}

/** Fills the sign-in form of the page (or of the Session expired dialog) and submits it. */
export async function signIn(page: Page, user: string, password = PASSWORD): Promise<void> {
  await page.getByRole('textbox', { name: 'User name' }).fill(user);
  await page.getByLabel('Password').fill(password);
  await page.getByRole('button', { name: 'Sign in', exact: true }).click();
}

interface Fixtures {
  user: string;
  sim: Simulator;
  /** A page already signed in as this worker's account, showing the search screen. */
  signedIn: Page;
}

export const test = base.extend<Fixtures>({
  user: async ({}, use, testInfo) => {
    await use(`qa${testInfo.parallelIndex + 1}`);
  },
  sim: async ({ request, user }, use) => {
    const sim = new Simulator(request, user);
    await sim.reset();
    await use(sim);
    await sim.reset();
  },
  signedIn: async ({ page, user, sim: _sim }, use) => {
    await page.goto('/');
    await signIn(page, user);
    await expect(page.getByRole('button', { name: 'Sign out' })).toBeVisible();
    await use(page);
  },
});

export { expect };
