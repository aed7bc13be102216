/**
 * Screenshots every avatar in every mood into test-results/screenshots/avatars-<key>.png, to look at
 * the faces after changing assets/avatars/ or drawAvatar.ts: `npm run avatars:sheet` (E2E_PORT
 * picks the port of the Vite server it starts).
 */
import { mkdirSync, readFileSync } from 'node:fs';
import { chromium } from '@playwright/test';
import { createServer } from 'vite';

const port = Number(process.env.E2E_PORT ?? 8097);
const keys = Object.keys((JSON.parse(readFileSync('assets/avatars/avatars.json', 'utf8')) as { looks: object }).looks);
mkdirSync('test-results/screenshots', { recursive: true });
const server = await createServer({ server: { port, strictPort: true }, logLevel: 'warn' });
await server.listen();
const browser = await chromium.launch({ executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium', args: ['--no-sandbox', '--disable-gpu'] });
try {
  const page = await browser.newPage({ viewport: { width: 1270, height: 540 } });
  for (const key of [...keys, 'no-such-avatar']) {
    await page.goto(`http://localhost:${port}/e2e/avatarSheet/index.html?avatar=${key}`);
    await page.locator('canvas').nth(11).waitFor();
    // Each game draws its first frame on the next animation frames.
    await page.waitForTimeout(500);
    await page.screenshot({ path: `test-results/screenshots/avatars-${key}.png` });
    console.log(`test-results/screenshots/avatars-${key}.png`);
  }
} finally {
  await browser.close();
  await server.close();
}
