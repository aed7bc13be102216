import { expect, test } from '@playwright/test';
import { annotate, closeChat, customerMessages, expectAccessible, newTrainee, openBriefedChat, send, snapshot, startScenario } from './support.ts';

test('every screen passes an axe scan, in Italian and in English', async ({ page }, testInfo) => {
  await page.goto('/');
  await expectAccessible(page, 'title');
  annotate(testInfo, await snapshot(page, 'screen-title'));

  await page.getByRole('button', { name: 'Comincia' }).click();
  await expectAccessible(page, 'profile');
  annotate(testInfo, await snapshot(page, 'screen-profile'));
  await page.getByLabel('Soprannome').fill('Giulia');
  await page.getByRole('button', { name: 'Salva' }).click();

  await expectAccessible(page, 'picker');
  annotate(testInfo, await snapshot(page, 'screen-picker'));

  await page.locator('[data-scenario="angry-complainer"]').getByRole('button', { name: 'Inizia', exact: true }).click();
  await expect(page.getByRole('button', { name: 'Apri la chat' })).toBeVisible();
  await expectAccessible(page, 'briefing');
  annotate(testInfo, await snapshot(page, 'screen-briefing'));
  await openBriefedChat(page);
  await send(page, 'Buongiorno, sono Marta di FibraNet. Mi dispiace molto per il disagio: come posso aiutarLa?');
  await expect(customerMessages(page).first()).toBeVisible();
  await expectAccessible(page, 'play');
  annotate(testInfo, await snapshot(page, 'screen-play'));

  await closeChat(page);
  await page.getByRole('button', { name: 'Vedi il resoconto' }).click();
  await expect(page.getByTestId('score-total')).toBeVisible();
  await expectAccessible(page, 'debrief');
  annotate(testInfo, await snapshot(page, 'screen-debrief'));

  await page.getByRole('button', { name: 'Storico' }).click();
  await expect(page.getByRole('heading', { name: 'Storico delle partite' })).toBeVisible();
  await expectAccessible(page, 'history');
  annotate(testInfo, await snapshot(page, 'screen-history'));

  await page.getByRole('button', { name: 'English' }).click();
  await expect(page.getByRole('heading', { name: 'Past sessions' })).toBeVisible();
  expect(await page.evaluate(() => document.documentElement.lang)).toBe('en');
  await page.getByRole('button', { name: 'Play' }).click();
  await expect(page.getByRole('button', { name: 'Start', exact: true }).first()).toBeVisible();
  await expectAccessible(page, 'picker (en)');
  await page.getByRole('button', { name: 'Start', exact: true }).first().click();
  await expectAccessible(page, 'briefing (en)');
  await page.getByRole('button', { name: 'Open the chat' }).click();
  await expect(page.getByRole('textbox', { name: 'Reply' })).toBeVisible();
  annotate(testInfo, await snapshot(page, 'screen-play-en'));
});

test('opening a broken scenario file shows its errors by line and column; a valid one can be played', async ({ page }) => {
  await newTrainee(page);
  await page.getByLabel('Apri un file di scenario').setInputFiles({ name: 'rotto.yaml', mimeType: 'text/yaml', buffer: Buffer.from('id: rotto\nlocale: fr\n') });
  const alert = page.getByRole('alert');
  await expect(alert).toContainText('Lo scenario rotto.yaml contiene errori');
  await expect(alert).toContainText('2:9');
  await expect(alert).toContainText('expected one of "it", "en"');

  const valid = `id: prova-locale
locale: it
title: Prova locale
channel: live-chat
difficulty: 1
brief: Una prova caricata dal computer.
company: Aurora
agent: Giulia
customer: { name: Anna Verdi }
defaults:
  silence:
    - after: 30
      outcome: abandoned
states:
  waiting:
    on:
      - when: greeting
        say: Buongiorno, tutto bene, grazie!
        outcome: resolved
`;
  await page.getByLabel('Apri un file di scenario').setInputFiles({ name: 'prova.yaml', mimeType: 'text/yaml', buffer: Buffer.from(valid) });
  await expect(page.getByRole('status').filter({ hasText: 'Scenario caricato: Prova locale' })).toBeVisible();
  await page.locator('[data-scenario="prova-locale"]').getByRole('button', { name: 'Inizia', exact: true }).click();
  await openBriefedChat(page);
  await send(page, 'Buongiorno, sono Giulia di Aurora. Come posso aiutarLa?');
  await expect(customerMessages(page).first()).toContainText('tutto bene');
  await page.getByRole('button', { name: 'Vedi il resoconto' }).click();
  await expect(page.getByText('Esito: risolta')).toBeVisible();
});

test('retry from a message replays the chat up to it and goes on live', async ({ page }) => {
  await newTrainee(page);
  await startScenario(page, 'rc-auto-renewal');
  await send(page, 'eccomi');
  await expect(customerMessages(page)).toHaveCount(1);
  await closeChat(page);
  await page.getByRole('button', { name: 'Vedi il resoconto' }).click();
  await page.getByRole('button', { name: 'Riprova dal messaggio 1' }).click();
  await expect(page.getByRole('log').locator('> *')).toHaveCount(0);
  await send(page, 'Buongiorno signor Rossi, benvenuto nella chat di Assicurazioni Aurora, sono Giulia. Come posso aiutarLa?');
  await expect(customerMessages(page).first()).toContainText('Buongiorno!');
});
