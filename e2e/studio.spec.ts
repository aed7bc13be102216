import { expect, test, type Page } from '@playwright/test';
import { readFileSync } from 'node:fs';
import { annotate, answerDialog, expectAccessible, snapshot } from './support.ts';

/**
 * The scenario studio (issue 12): a trainer creates a scenario from the template, edits it in the
 * forms and in the text, follows a problem to its form, finds the draft after a reload, downloads
 * it and deletes it; axe finds no serious violation on its screens, on a desktop and on a phone.
 */

const status = (page: Page) => page.locator('.studio-problems [role="status"]');
const yamlText = (page: Page) => page.getByRole('textbox', { name: 'Testo YAML dello scenario' });

/** The text tab in its plain box, whose whole text a test can read (the code editor draws only the lines in view). */
async function openPlainText(page: Page) {
  await page.getByRole('tab', { name: 'Testo (YAML)' }).click();
  await page.getByRole('checkbox', { name: 'Usa la casella di testo semplice' }).check();
}

async function newFromTemplate(page: Page) {
  await page.goto('/?studio');
  await expect(page.getByRole('heading', { name: 'Studio degli scenari', level: 1 })).toBeVisible();
  await page.getByRole('button', { name: 'Modello in italiano' }).click();
  await expect(status(page)).toHaveText('Lo scenario è valido: si può giocare.');
}

test('a trainer creates a scenario from the template, edits it, follows a problem to its form, and finds the draft after a reload', async ({ page }, testInfo) => {
  await newFromTemplate(page);

  // A form field edited shows in the YAML text, with the template's comments kept.
  await page.getByLabel('Titolo', { exact: true }).fill('Dov’è il mio pacco?');
  await openPlainText(page);
  await expect(yamlText(page)).toHaveValue(/^title: Dov’è il mio pacco\?$/m);
  await expect(yamlText(page)).toHaveValue(/^# Un nuovo scenario di Galateo/);
  await expect(yamlText(page)).toHaveValue(/# Un bisogno: l'operatore deve dire la data di consegna/);

  // Undo and redo go over the text's versions.
  await page.getByRole('button', { name: 'Annulla' }).click();
  await expect(yamlText(page)).toHaveValue(/^title: Quando arriva il mio ordine\?$/m);
  await page.getByRole('button', { name: 'Ripeti' }).click();
  await expect(yamlText(page)).toHaveValue(/^title: Dov’è il mio pacco\?$/m);
  await yamlText(page).press('Control+z');
  await expect(yamlText(page)).toHaveValue(/^title: Quando arriva il mio ordine\?$/m);
  await yamlText(page).press('Control+Shift+z');
  await expect(yamlText(page)).toHaveValue(/^title: Dov’è il mio pacco\?$/m);

  // A broken target: the engine's own message, with its line and column, leads to the form holding it.
  const broken = (await yamlText(page).inputValue()).replace('goto: closing', 'goto: closin');
  await yamlText(page).fill(broken);
  const brokenLine = broken.split('\n').findIndex((line) => line.includes('goto: closin')) + 1;
  const problem = page.locator('button.studio-problem').filter({ hasText: 'closin' });
  await expect(problem).toHaveText(new RegExp(`^nuovo-scenario\\.yaml:${brokenLine}:\\d+: .*closin`));
  await expect(status(page)).toHaveText('Problemi da correggere: 1');
  annotate(testInfo, await snapshot(page, 'studio-problem'));
  await problem.click();
  await expect(page.getByRole('tab', { name: 'Moduli' })).toHaveAttribute('aria-selected', 'true');
  await expect(page.getByRole('heading', { name: 'Stati: request' })).toBeVisible();
  const target = page.locator(`[data-path='["states","request","on",0,"goto"]'] select`);
  await expect(target).toBeFocused();
  await expect(target).toHaveValue('closin');
  await target.selectOption('closing');
  await expect(status(page)).toHaveText('Lo scenario è valido: si può giocare.');

  // A YAML trap the forms cannot hold gets advice in the trainer's language, and leads to its line in the code editor.
  await openPlainText(page);
  const fixed = await yamlText(page).inputValue();
  await yamlText(page).fill(fixed.replace('company: Negozio Esempio', 'company: Negozio: Esempio'));
  const trap = page.locator('button.studio-problem').first();
  await expect(trap).toContainText('metti la frase tra virgolette doppie');
  await page.getByRole('checkbox', { name: 'Usa la casella di testo semplice' }).uncheck();
  await trap.click();
  await expect(page.locator('.cm-content')).toBeFocused();
  await expect(page.locator('.cm-activeLine')).toHaveText('company: Negozio: Esempio');
  await openPlainText(page);
  await yamlText(page).fill(fixed);
  await expect(status(page)).toHaveText('Lo scenario è valido: si può giocare.');

  // Saved as the trainer edits: a reload reopens the draft as it was.
  await expect(page.locator('.studio-save')).toHaveText('Bozza salvata in questo browser');
  await page.reload();
  await expect(page.getByRole('heading', { name: 'Studio degli scenari', level: 1 })).toBeVisible();
  await expect(page.getByLabel('Titolo', { exact: true })).toHaveValue('Dov’è il mio pacco?');
  await page.getByRole('button', { name: 'Apri o crea…' }).click();
  await expect(page.locator('.studio-drafts')).toContainText('Dov’è il mio pacco?');

  // The download is the draft's text, named after the scenario's id.
  const download = page.waitForEvent('download');
  await page.getByRole('link', { name: 'Scarica il file YAML' }).click();
  const file = await download;
  expect(file.suggestedFilename()).toBe('nuovo-scenario.yaml');
  const downloaded = readFileSync(await file.path(), 'utf8');
  expect(downloaded).toMatch(/^title: Dov’è il mio pacco\?$/m);
  expect(downloaded).toMatch(/goto: closing$/m);

  // Deleting a draft asks first, in the game's dialog.
  await page.getByRole('button', { name: 'Elimina: Dov’è il mio pacco?' }).click();
  await expect(page.getByRole('dialog', { name: 'Eliminare la bozza?' })).toBeVisible();
  await answerDialog(page, 'Sì, elimina');
  await expect(page.locator('.studio-drafts')).toHaveCount(0);
  await expect(page.getByText('Nessuna bozza salvata.')).toBeVisible();
});

test('a bundled scenario opens as a copy, its states and lines in forms, and a transition is added', async ({ page }, testInfo) => {
  await page.goto('/?studio');
  await page.getByRole('button', { name: 'Rinnovo della polizza RC auto su appuntamento' }).click();
  await expect(status(page)).toHaveText('Lo scenario è valido: si può giocare.');
  await page.getByRole('navigation', { name: 'Parti dello scenario' }).getByRole('button', { name: 'request', exact: true }).click();
  await expect(page.getByRole('heading', { name: 'Stati: request' })).toBeVisible();
  // Variants in turn are edited as such.
  await expect(page.locator(`[data-path='["states","request","otherwise","say"]'] select`).first()).toHaveValue('cycle');
  annotate(testInfo, await snapshot(page, 'studio-bundled-state'));
  await page.getByRole('button', { name: 'Aggiungi: Reazione 3' }).click();
  await expect(page.getByRole('heading', { name: 'Reazione 3' })).toBeVisible();
  await openPlainText(page);
  await expect(yamlText(page)).toHaveValue(/- when: any\n\s+say: …\n/);
  // The scenario's own comments survive the structured edit.
  await expect(yamlText(page)).toHaveValue(/# What Giulia's system shows beside the chat: the appointment and the policy\./);
  await page.getByRole('tab', { name: 'Moduli' }).click();
  await page.getByRole('navigation', { name: 'Parti dello scenario' }).getByRole('button', { name: 'Regole', exact: true }).click();
  await expect(page.getByRole('heading', { name: 'Obbligo 1' })).toBeVisible();
  annotate(testInfo, await snapshot(page, 'studio-bundled-policy'));
});

for (const [width, height, name] of [
  [1280, 900, 'desktop'],
  [390, 844, 'phone'],
] as const) {
  test(`axe finds no serious violation on the studio (${name}, ${width}×${height})`, async ({ page }, testInfo) => {
    await page.setViewportSize({ width, height });
    await page.goto('/?studio');
    await expect(page.getByRole('button', { name: 'Modello in italiano' })).toBeVisible();
    await expectAccessible(page, 'studio, opening');
    annotate(testInfo, await snapshot(page, `studio-open-${name}`));
    await page.getByRole('button', { name: 'Modello in italiano' }).click();
    await expect(status(page)).toHaveText('Lo scenario è valido: si può giocare.');
    await expectAccessible(page, 'studio, metadata form');
    annotate(testInfo, await snapshot(page, `studio-forms-${name}`));
    await page.getByRole('navigation', { name: 'Parti dello scenario' }).getByRole('button', { name: 'welcome', exact: true }).click();
    await expect(page.getByRole('heading', { name: 'Stati: welcome' })).toBeVisible();
    await expectAccessible(page, 'studio, state form');
    annotate(testInfo, await snapshot(page, `studio-state-${name}`));
    await page.getByRole('tab', { name: 'Testo (YAML)' }).click();
    await expect(yamlText(page)).toBeVisible();
    await expectAccessible(page, 'studio, text');
    annotate(testInfo, await snapshot(page, `studio-text-${name}`));
    // Nothing wider than the window: a phone scrolls up and down only.
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(width);
  });
}

test.describe('in English', () => {
  test.use({ locale: 'en-US' });

  test('the studio follows the game’s language and opens the English template', async ({ page }) => {
    await page.goto('/?studio');
    await expect(page.getByRole('heading', { name: 'Scenario studio', level: 1 })).toBeVisible();
    await page.getByRole('button', { name: 'English template' }).click();
    await expect(page.locator('.studio-problems [role="status"]')).toHaveText('The scenario is valid: it can be played.');
    await expect(page.getByLabel('Title', { exact: true })).toHaveValue('When will my order arrive?');
    await expectAccessible(page, 'studio in English');
  });
});
