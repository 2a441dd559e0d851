import { defineConfig, devices } from '@playwright/test';
import { chromiumLaunchOptions } from './e2e/chromium';
import { CLOSED_PORT, E2E_PORT, ECE_SHAPE_PORT, UNREACHABLE_EGAIN_PORT } from './e2e/ports';

const port = E2E_PORT;

export default defineConfig({
  testDir: './e2e',
  fullyParallel: true,
  forbidOnly: Boolean(process.env.CI),
  retries: 0,
  workers: 2,
  reporter: process.env.CI ? [['list']] : [['list'], ['html', { open: 'never' }]],
  use: {
    baseURL: `http://127.0.0.1:${port}`,
    trace: 'retain-on-failure',
    locale: 'en-US',
    timezoneId: 'UTC',
  },
  projects: [
    {
      name: 'chromium',
      use: {
        ...devices['Desktop Chrome'],
        launchOptions: chromiumLaunchOptions,
      },
    },
  ],
  // Started one after the other, in this order: the second reuses the bundle the first one built.
  webServer: [
    {
      // The real production server (built bundle + forwarding) with the simulator's test controls on.
      command: 'npm start',
      url: `http://127.0.0.1:${port}/`,
      reuseExistingServer: !process.env.CI,
      timeout: 180_000,
      env: {
        PORT: String(port),
        HOST: '127.0.0.1',
        SIM_TEST_CONTROLS: '1',
        EGAIN_URL: '',
        // Every test signs in from 127.0.0.1; the per-user limit stays as shipped.
        SIGN_IN_FAILURES_PER_ADDRESS: '1000',
      },
      // One line per request would drown the test report; failures carry their own traces.
      stdout: 'ignore',
    },
    {
      // The same server in front of an eGain server that is down (e2e/reliability.spec.ts).
      // `--prebuilt` serves the first server's dist/ without building it a second time.
      command: 'npm start -- --prebuilt',
      url: `http://127.0.0.1:${UNREACHABLE_EGAIN_PORT}/`,
      reuseExistingServer: !process.env.CI,
      timeout: 60_000,
      env: {
        PORT: String(UNREACHABLE_EGAIN_PORT),
        HOST: '127.0.0.1',
        EGAIN_URL: `http://127.0.0.1:${CLOSED_PORT}/system`,
        SIM_TEST_CONTROLS: '',
      },
      // One line per request would drown the test report; failures carry their own traces.
      stdout: 'ignore',
    },
    {
      // The same server with the simulator in real ECE shapes (e2e/ece-shape.spec.ts).
      command: 'npm start -- --prebuilt',
      url: `http://127.0.0.1:${ECE_SHAPE_PORT}/`,
      reuseExistingServer: !process.env.CI,
      timeout: 60_000,
      env: {
        PORT: String(ECE_SHAPE_PORT),
        HOST: '127.0.0.1',
        EGAIN_URL: '',
        SIM_TEST_CONTROLS: '1',
        SIM_SHAPE: 'ece',
        SIGN_IN_FAILURES_PER_ADDRESS: '1000',
      },
      stdout: 'ignore',
    },
  ],
});
