import { expect, test, type Page } from '@playwright/test';
import { annotate, closeChat, customerMessages, newTrainee, send, snapshot, startScenario } from './support.ts';

test.beforeEach(({ page }) => {
  page.on('dialog', (dialog) => void dialog.accept());
});

const WELCOME = 'Buongiorno signor Rossi, benvenuto nella live chat di Assicurazioni Aurora, sono Giulia. Come posso esserLe utile?';

/** The page is no wider than the window: nothing to scroll sideways. */
async function expectNoSidewaysScroll(page: Page) {
  const { scrollWidth, innerWidth } = await page.evaluate(() => ({ scrollWidth: document.documentElement.scrollWidth, innerWidth: window.innerWidth }));
  expect(scrollWidth).toBeLessThanOrEqual(innerWidth);
}

/**
 * The chat log is wholly on screen and shows its last message: all of it, or, when the message is
 * taller than the log, its end (the log scrolled to the bottom). Hidden by the log's scrolling counts.
 */
async function expectLastMessageShown(page: Page) {
  const log = page.getByRole('log');
  await expect(log).toBeInViewport({ ratio: 1 });
  await expect(log.locator('> *').last()).toBeInViewport();
  await expect
    .poll(() =>
      log.evaluate((element) => {
        const last = element.lastElementChild!.getBoundingClientRect();
        const shown = element.getBoundingClientRect();
        return last.bottom <= shown.bottom && (last.top >= shown.top || element.scrollTop + element.clientHeight >= element.scrollHeight - 1);
      }),
    )
    .toBe(true);
}

/** What a trainee needs at once, on screen together without scrolling the page. */
async function expectPlayOnScreen(page: Page) {
  await expect(page.getByRole('heading', { level: 1 })).toBeInViewport({ ratio: 1 });
  await expect(page.locator('.desk canvas')).toBeInViewport({ ratio: 1 });
  await expect(page.getByRole('meter', { name: 'Pazienza del cliente' })).toBeInViewport({ ratio: 1 });
  await expectLastMessageShown(page);
  await expect(page.getByRole('textbox', { name: 'Risposta' })).toBeInViewport({ ratio: 1 });
  await expect(page.getByRole('button', { name: 'Invia' })).toBeInViewport({ ratio: 1 });
  await expectNoSidewaysScroll(page);
}

/** Opens rc-auto-renewal and exchanges a message each way. */
async function chatUnderWay(page: Page) {
  await newTrainee(page);
  await startScenario(page, 'rc-auto-renewal');
  await send(page, WELCOME);
  await expect(customerMessages(page)).toHaveCount(1);
}

for (const [width, height] of [
  [390, 844],
  [768, 1024],
  [1280, 800],
  [1920, 1080],
  [1366, 657],
  [320, 568],
] as const) {
  test(`at ${width}×${height} the face, the last message, the reply box and the send button are on screen together`, async ({ page }, testInfo) => {
    await page.setViewportSize({ width, height });
    await chatUnderWay(page);
    await expectPlayOnScreen(page);
    annotate(testInfo, await snapshot(page, `layout-${width}x${height}`));

    // A longer chat: the log scrolls, the newest message and the reply box stay in view.
    await send(page, 'La ringrazio, un attimo che verifico la Sua polizza.');
    await expect(customerMessages(page)).toHaveCount(2);
    await expectPlayOnScreen(page);
  });
}

test('on a phone with the keyboard open the reply box and the last message stay above it', async ({ page }, testInfo) => {
  await page.setViewportSize({ width: 390, height: 844 });
  await chatUnderWay(page);
  // Playwright opens no on-screen keyboard: a window as short as the space one leaves stands in for it.
  await page.setViewportSize({ width: 390, height: 480 });
  await expect(page.getByRole('textbox', { name: 'Risposta' })).toBeFocused();
  await expectLastMessageShown(page);
  await expect(page.getByRole('textbox', { name: 'Risposta' })).toBeInViewport({ ratio: 1 });
  await expect(page.getByRole('button', { name: 'Invia' })).toBeInViewport({ ratio: 1 });
  await expectNoSidewaysScroll(page);
  annotate(testInfo, await snapshot(page, 'layout-390x480-keyboard'));
});

test('at 320 px no screen scrolls sideways, and the end of a chat shows its way to the debrief', async ({ page }, testInfo) => {
  await page.setViewportSize({ width: 320, height: 568 });
  await newTrainee(page);
  await expectNoSidewaysScroll(page);
  await startScenario(page, 'rc-auto-renewal');
  await send(page, WELCOME);
  await expect(customerMessages(page)).toHaveCount(1);
  await closeChat(page);
  const debrief = page.getByRole('button', { name: 'Vedi il resoconto' });
  await expect(debrief).toBeInViewport({ ratio: 1 });
  await expectLastMessageShown(page);
  await expectNoSidewaysScroll(page);
  annotate(testInfo, await snapshot(page, 'layout-320x568-ended'));
  await debrief.click();
  await expect(page.getByTestId('score-total')).toBeVisible();
  await expectNoSidewaysScroll(page);
  annotate(testInfo, await snapshot(page, 'layout-320x568-debrief'));
});
