import { defineConfig } from '@playwright/test';

/**
 * Browser tests in Debian's Chromium (apt package `chromium`; Playwright's own browser download
 * does not work here). Chromium 144+ needs --enable-unsafe-swiftshader for software WebGL.
 */
const PORT = Number(process.env.E2E_PORT ?? 8091);

export default defineConfig({
  testDir: 'e2e',
  timeout: 120_000,
  expect: { timeout: 15_000 },
  workers: 1,
  outputDir: 'test-results/e2e',
  reporter: [['list']],
  use: {
    baseURL: `http://localhost:${PORT}`,
    browserName: 'chromium',
    viewport: { width: 1280, height: 900 },
    // The game follows the browser's language on a first visit: the tests' trainees are Italian.
    locale: 'it-IT',
    screenshot: 'only-on-failure',
    trace: 'retain-on-failure',
    launchOptions: {
      executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
      args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run', '--enable-unsafe-swiftshader'],
    },
  },
  webServer: {
    command: `PORT=${PORT} HOST=127.0.0.1 npx tsx src/server/main.ts`,
    url: `http://localhost:${PORT}/healthz`,
    reuseExistingServer: false,
    timeout: 180_000,
  },
});
