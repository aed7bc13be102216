/**
 * `npm run bench:web`: the browser game against a blank Phaser 4 page built the same way, in one
 * run: JavaScript transferred (gzip), time from navigation to the first customer message, and
 * frames longer than 50 ms during a scripted chat. Goals: our code adds at most 120 kB gzip to
 * Phaser's; the first customer message within 1.5 s on localhost; no long frames while messages
 * arrive. Prints figures; asserts nothing.
 */
import { chromium, type Browser, type Page } from '@playwright/test';
import { rmSync } from 'node:fs';
import type { AddressInfo } from 'node:net';
import { fileURLToPath } from 'node:url';
import { build } from 'vite';
import { createServer } from '../src/server/createServer.ts';

const root = fileURLToPath(new URL('..', import.meta.url));
const blankOut = `${root}dist-bench/blank`;
const RUNS = 3;
const SCENARIO = 'social-piranha';
const SCRIPTED_REPLIES = [
  'Ciao Francesca, sono Davide di PaccoLesto: mi dispiace davvero per il disagio, capisco la tua frustrazione.',
  'Ti scrivo subito in privato così verifichiamo insieme la spedizione.',
  'Grazie! Ho trovato il pacco: era fermo al deposito di Bologna per un problema di etichetta.',
  'Ho aggiornato l’indirizzo e programmato una nuova consegna per domani tra le 9 e le 13; riceverai un SMS con il link per seguirla. Il numero della pratica è PR-88412.',
  'C’è altro in cui posso aiutarti? Se no chiudo la chat: buona giornata!',
];

/** Records, in the page, when the first customer message shows and every long frame. */
const INSTRUMENT = () => {
  const w = window as unknown as { bench: { firstCustomerAt?: number; longFrames: number[]; rafGaps: number[]; measuring: boolean } };
  w.bench = { longFrames: [], rafGaps: [], measuring: false };
  new MutationObserver(() => {
    if (w.bench.firstCustomerAt === undefined && document.querySelector('[role="log"] > [data-from="customer"]')) w.bench.firstCustomerAt = performance.now();
  }).observe(document, { subtree: true, childList: true });
  try {
    new PerformanceObserver((list) => {
      for (const entry of list.getEntries()) if (w.bench.measuring && entry.duration > 50) w.bench.longFrames.push(entry.duration);
    }).observe({ type: 'long-animation-frame', buffered: false });
  } catch {
    // Older browsers have no long-animation-frame entries; the frame gaps below still count.
  }
  let last = performance.now();
  const frame = (now: number) => {
    if (w.bench.measuring && now - last > 50) w.bench.rafGaps.push(now - last);
    last = now;
    requestAnimationFrame(frame);
  };
  requestAnimationFrame(frame);
};

async function serve(staticRoot: string) {
  const app = await createServer({ staticRoot });
  await app.listen({ port: 0, host: '127.0.0.1' });
  return { app, url: `http://127.0.0.1:${(app.server.address() as AddressInfo).port}` };
}

/** The chunk of a language pack, fetched when a chat opens rather than with the page. */
const LANGUAGE_PACK = /\/assets\/italianMorphology-[^/]*\.js$/;

/**
 * Loads a page and sums the bytes of JavaScript actually transferred (compressed) by the network:
 * the page's own, and apart the language packs a chat fetches.
 */
async function loadAndMeasure(browser: Browser, url: string): Promise<{ page: Page; jsBytes: number; packBytes: number }> {
  const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
  const page = await context.newPage();
  await page.addInitScript(INSTRUMENT);
  const cdp = await context.newCDPSession(page);
  await cdp.send('Network.enable');
  await cdp.send('Network.setCacheDisabled', { cacheDisabled: true });
  const scripts = new Map<string, boolean>();
  let jsBytes = 0;
  let packBytes = 0;
  cdp.on('Network.responseReceived', (event) => {
    if (event.type === 'Script') scripts.set(event.requestId, LANGUAGE_PACK.test(new URL(event.response.url).pathname));
  });
  cdp.on('Network.loadingFinished', (event) => {
    const pack = scripts.get(event.requestId);
    if (pack === true) packBytes += event.encodedDataLength;
    else if (pack === false) jsBytes += event.encodedDataLength;
  });
  await page.goto(url, { waitUntil: 'load' });
  await page.waitForLoadState('networkidle');
  return { page, jsBytes, packBytes };
}

async function measureGalateo(browser: Browser, base: string) {
  const { page, jsBytes, packBytes } = await loadAndMeasure(browser, `${base}/?scenario=${SCENARIO}`);
  await page.waitForFunction(() => (window as unknown as { bench: { firstCustomerAt?: number } }).bench.firstCustomerAt !== undefined);
  const firstCustomerMs = await page.evaluate(() => (window as unknown as { bench: { firstCustomerAt: number } }).bench.firstCustomerAt);
  await page.evaluate(() => ((window as unknown as { bench: { measuring: boolean } }).bench.measuring = true));
  const started = Date.now();
  for (const text of SCRIPTED_REPLIES) {
    const customers = await page.locator('[role="log"] > [data-from="customer"]').count();
    const box = page.getByRole('textbox', { name: 'Risposta' });
    if (!(await box.isVisible())) break;
    await box.fill(text);
    await box.press('Enter');
    await page.waitForFunction((count) => document.querySelectorAll('[role="log"] > [data-from="customer"]').length > count, customers, { timeout: 20_000 }).catch(() => undefined);
  }
  const chatSeconds = (Date.now() - started) / 1000;
  const frames = await page.evaluate(() => (window as unknown as { bench: { longFrames: number[]; rafGaps: number[] } }).bench);
  const messages = await page.locator('[role="log"] > *').count();
  await page.context().close();
  return { jsBytes, packBytes, firstCustomerMs, longFrames: frames.longFrames.length, rafGaps: frames.rafGaps.length, chatSeconds, messages };
}

async function measureBlank(browser: Browser, base: string, seconds: number) {
  const { page, jsBytes } = await loadAndMeasure(browser, `${base}/`);
  await page.waitForFunction(() => (window as unknown as { phaserReadyAt?: number }).phaserReadyAt !== undefined);
  const readyMs = await page.evaluate(() => (window as unknown as { phaserReadyAt: number }).phaserReadyAt);
  await page.evaluate(() => ((window as unknown as { bench: { measuring: boolean } }).bench.measuring = true));
  await page.waitForTimeout(seconds * 1000);
  const frames = await page.evaluate(() => (window as unknown as { bench: { longFrames: number[]; rafGaps: number[] } }).bench);
  await page.context().close();
  return { jsBytes, readyMs, longFrames: frames.longFrames.length, rafGaps: frames.rafGaps.length };
}

const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)]!;
const kB = (bytes: number) => `${(bytes / 1024).toFixed(1)} kB`;

rmSync(blankOut, { recursive: true, force: true });
await build({ configFile: false, root: `${root}bench/web/blank`, logLevel: 'warn', build: { outDir: blankOut, emptyOutDir: true, target: 'es2022', chunkSizeWarningLimit: 5000 } });

const galateo = await serve(`${root}dist`);
const blank = await serve(blankOut);
const browser = await chromium.launch({
  executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
  args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run', '--enable-unsafe-swiftshader'],
});
try {
  const ours = [];
  const base = [];
  for (let run = 0; run < RUNS; run++) {
    const measured = await measureGalateo(browser, galateo.url);
    ours.push(measured);
    base.push(await measureBlank(browser, blank.url, measured.chatSeconds));
  }
  const ourJs = median(ours.map((run) => run.jsBytes));
  const baseJs = median(base.map((run) => run.jsBytes));
  const firstMessage = median(ours.map((run) => run.firstCustomerMs));
  const rows: [string, string, string, string][] = [
    ['JavaScript transferred (gzip)', kB(baseJs), kB(ourJs), `+${kB(ourJs - baseJs)} (goal ≤ +120 kB) ${ourJs - baseJs <= 120 * 1024 ? 'ok' : 'MISSED'}`],
    ['  then the Italian language pack, for the chat (gzip)', '', kB(median(ours.map((run) => run.packBytes))), 'its own chunk, not on the first page'],
    [
      'navigation → ready (blank) / first customer message',
      `${median(base.map((run) => run.readyMs)).toFixed(0)} ms`,
      `${firstMessage.toFixed(0)} ms`,
      `goal ≤ 1500 ms ${firstMessage <= 1500 ? 'ok' : 'MISSED'}`,
    ],
    ['long animation frames > 50 ms (scripted chat)', String(median(base.map((run) => run.longFrames))), String(median(ours.map((run) => run.longFrames))), 'goal 0'],
    ['rAF gaps > 50 ms (same period)', String(median(base.map((run) => run.rafGaps))), String(median(ours.map((run) => run.rafGaps))), ''],
  ];
  console.log(`Galateo web benchmark: ${RUNS} runs, medians; scripted chat on ${SCENARIO} (${ours[0]!.messages} messages, ${ours[0]!.chatSeconds.toFixed(0)} s)\n`);
  console.log(`${'measure'.padEnd(52)} ${'blank Phaser 4'.padEnd(16)} ${'Galateo'.padEnd(12)} note`);
  for (const [label, a, b, note] of rows) console.log(`${label.padEnd(52)} ${a.padEnd(16)} ${b.padEnd(12)} ${note}`);
} finally {
  await browser.close();
  await galateo.app.close();
  await blank.app.close();
  rmSync(`${root}dist-bench`, { recursive: true, force: true });
}
