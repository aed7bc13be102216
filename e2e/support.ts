import { expect, type Page, type TestInfo } from '@playwright/test';
import { mkdirSync } from 'node:fs';

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
  await expect(page.getByRole('log')).toBeVisible();
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
