import AxeBuilder from '@axe-core/playwright';
import { expect, type Browser, type Locator, type Page, type TestInfo } from '@playwright/test';
import { mkdirSync } from 'node:fs';
import { READ_BASE_MS, READ_PER_CHARACTER_MS } from '../src/server/classroom/timing.ts';

/** Screenshots are kept as test artefacts under test-results/screenshots/. */
export async function snapshot(page: Page, name: string): Promise<string> {
  mkdirSync('test-results/screenshots', { recursive: true });
  const path = `test-results/screenshots/${name}.png`;
  await page.screenshot({ path, fullPage: true });
  return path;
}

/** A new trainee: sets a nickname and lands on the scenario picker. */
export async function newTrainee(page: Page, nickname = 'Giulia'): Promise<void> {
  await page.goto('/');
  await page.getByRole('button', { name: 'Comincia' }).click();
  await page.getByLabel('Soprannome').fill(nickname);
  await page.getByRole('button', { name: 'Salva' }).click();
  await expect(page.getByRole('heading', { name: 'Scegli uno scenario' })).toBeVisible();
}

export async function startScenario(page: Page, id: string): Promise<void> {
  await page.locator(`[data-scenario="${id}"]`).getByRole('button', { name: 'Inizia', exact: true }).click();
  await openBriefedChat(page);
}

/** The brief comes first and the clock waits: the chat opens when the trainee says so. */
export async function openBriefedChat(page: Page): Promise<void> {
  await page.getByRole('button', { name: 'Apri la chat' }).click();
  await expect(page.getByRole('log')).toBeVisible();
}

/** Answers the game's confirmation dialog (it stands in for window.confirm) with its button `answer`. */
export async function answerDialog(page: Page, answer: string): Promise<void> {
  const dialog = page.getByRole('dialog');
  await dialog.getByRole('button', { name: answer, exact: true }).click();
  await expect(dialog).toBeHidden();
}

/** Closes the chat with its button, saying yes when asked. */
export async function closeChat(page: Page): Promise<void> {
  await page.getByRole('button', { name: 'Chiudi la chat' }).click();
  await answerDialog(page, 'Sì, chiudi');
}

/** Types a reply in the reply box and sends it with Enter, as a person does. */
export async function send(page: Page, text: string): Promise<void> {
  const box = page.getByRole('textbox', { name: 'Risposta' });
  await box.fill(text);
  await box.press('Enter');
  await expect(box).toHaveValue('');
}

export function customerMessages(page: Page) {
  return page.getByRole('log').locator('> [data-from="customer"]');
}

export const annotate = (testInfo: TestInfo, path: string) => testInfo.annotations.push({ type: 'screenshot', description: path });

/** The seconds the play screen's wait timer shows, or undefined while nobody waits for the agent. */
async function timerSeconds(page: Page): Promise<number | undefined> {
  const shown = /(\d+) s/.exec((await page.locator('.waiting').textContent()) ?? '');
  return shown ? Number(shown[1]) : undefined;
}

/**
 * Waits, as a person reading would, until the wait timer on screen says the customer's last
 * message has been up long enough to read it; the classroom server refuses faster replies. The
 * wait follows the game's own clock, so a slow machine only makes it longer, never wrong.
 */
export async function waitUntilRead(page: Page): Promise<void> {
  const messages = customerMessages(page);
  const count = await messages.count();
  const length = count === 0 ? 0 : [...((await messages.last().locator('.text').textContent()) ?? '')].length;
  const seconds = Math.ceil((READ_BASE_MS + READ_PER_CHARACTER_MS * length) / 1000);
  await expect.poll(() => timerSeconds(page), { message: `the wait timer reaches ${seconds} s`, timeout: 30_000 }).toBeGreaterThanOrEqual(seconds);
}

/**
 * Moves an installed page clock on in steps of `stepMs` until `target` is visible, checking after
 * every step as a person watching the screen would; fails after `limitMs` of page time. Each step
 * runs only the timers due within it, so the page keeps up however busy the machine is.
 */
export async function runClockUntilVisible(page: Page, target: Locator, limitMs: number, stepMs = 1_000): Promise<number> {
  for (let ran = 0; ; ran += stepMs) {
    if (await target.isVisible()) return ran;
    if (ran >= limitMs) throw new Error(`${target} was not visible after ${limitMs / 1000} s of page time`);
    await page.clock.runFor(stepMs);
  }
}

/** axe (WCAG 2 A and AA) finds nothing serious or critical on the page as it is now. */
export async function expectAccessible(page: Page, screen: string): Promise<void> {
  const results = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa']).analyze();
  const blocking = results.violations.filter((violation) => violation.impact === 'serious' || violation.impact === 'critical');
  expect(blocking.map((violation) => `${screen}: ${violation.id} (${violation.impact}) ${violation.nodes.map((node) => node.target.join(' ')).join(', ')}`)).toEqual([]);
}

/** A page in a browser context of its own: another person at another machine. */
export async function newPage(browser: Browser, viewport?: { width: number; height: number }): Promise<Page> {
  const context = await browser.newContext(viewport ? { viewport } : {});
  return context.newPage();
}

/** Sends a reply once the last customer message has had time to be read, as the server expects. */
export async function sendAfterReading(page: Page, text: string): Promise<void> {
  await waitUntilRead(page);
  const box = page.getByRole('textbox', { name: 'Risposta' });
  await box.fill(text);
  await box.press('Enter');
  await expect(box).toHaveValue('');
}

/** A trainee joins a class through its link (the projector's QR code) under a nickname. */
export async function joinByLink(page: Page, code: string, nickname: string): Promise<void> {
  await page.goto(`/?class=${code}`);
  await page.getByLabel('Soprannome in classe').fill(nickname);
  await page.getByRole('button', { name: 'Entra', exact: true }).click();
}

/** The class's official total and rank, as the debrief shows them once the server has scored the chat. */
export async function officialScore(page: Page): Promise<{ total: number; rank: number }> {
  const official = page.getByTestId('class-result');
  await expect(official).toContainText('Punteggio ufficiale della classe');
  const [, total, rank] = /: (\d+), posizione (\d+)/.exec((await official.textContent()) ?? '') ?? [];
  return { total: Number(total), rank: Number(rank) };
}
