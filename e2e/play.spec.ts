import { expect, test } from '@playwright/test';
import { DIMENSIONS } from '../src/engine/index.ts';
import { annotate, customerMessages, newTrainee, runClockUntilVisible, send, snapshot, startScenario } from './support.ts';

test.beforeEach(({ page }) => {
  page.on('dialog', (dialog) => void dialog.accept());
});

test('a trainee plays rc-auto-renewal by typing replies and reaches the debrief with its scores', async ({ page }, testInfo) => {
  await newTrainee(page);
  await startScenario(page, 'rc-auto-renewal');
  const log = page.getByRole('log');
  await expect(log).toHaveAttribute('aria-live', 'polite');

  await send(page, 'Buongiorno signor Rossi, benvenuto nella live chat di Assicurazioni Aurora, sono Giulia. Come posso esserLe utile?');
  await expect(customerMessages(page)).toHaveCount(1);
  await expect(customerMessages(page).last()).toContainText('targa è FG 482 LM');
  await send(page, 'La ringrazio, un attimo che verifico la Sua polizza.');
  await expect(customerMessages(page)).toHaveCount(2);
  await send(
    page,
    'La polizza scade il 31 marzo e il premio di rinnovo è di 412 euro. Le segnalo che la carta di credito registrata è in scadenza: può pagare con una carta valida tramite un link di pagamento sicuro, oppure con bonifico, bollettino postale o in agenzia. Come preferisce procedere?',
  );
  await expect(customerMessages(page)).toHaveCount(3);
  await expect(customerMessages(page).last()).toContainText('Preferisco pagare con la carta');
  annotate(testInfo, await snapshot(page, 'play-rc-auto-renewal'));
  await send(page, 'Le invio subito via email un link di pagamento sicuro; per sicurezza non Le chiederò i dati della carta in chat.');
  await expect(customerMessages(page)).toHaveCount(4);
  await send(page, 'Perfetto, il pagamento è andato a buon fine e la polizza è rinnovata. Riceverà la quietanza via email entro pochi minuti; il numero di pratica è RC-20931.');
  await expect(customerMessages(page)).toHaveCount(5);
  await send(page, "Grazie a Lei, signor Rossi. C'è altro in cui posso aiutarLa?");
  await expect(customerMessages(page)).toHaveCount(6);
  await send(page, 'Allora chiudo la chat. La ringrazio per averci contattato e Le auguro una buona giornata, arrivederci!');

  await page.getByRole('button', { name: 'Vedi il resoconto' }).click();
  const total = Number(await page.getByTestId('score-total').textContent());
  expect(total).toBeGreaterThanOrEqual(80);
  for (const dimension of DIMENSIONS) {
    const score = Number(await page.getByTestId(`score-${dimension}`).textContent());
    expect(score).toBeGreaterThanOrEqual(0);
    expect(score).toBeLessThanOrEqual(100);
  }
  await expect(page.getByRole('heading', { name: 'Fase 1: accoglienza' })).toBeVisible();
  annotate(testInfo, await snapshot(page, 'debrief-rc-auto-renewal'));

  await page.getByRole('button', { name: 'Storico' }).click();
  await expect(page.getByRole('listitem').filter({ hasText: 'Rinnovo della polizza RC auto' })).toContainText(String(total));
});

test('a silent trainee sees the customer nudge and leave', async ({ page }, testInfo) => {
  await page.clock.install();
  await newTrainee(page);
  await startScenario(page, 'rc-auto-renewal');
  const nudge = customerMessages(page).filter({ hasText: "c'è qualcuno?" });
  const ranToNudge = await runClockUntilVisible(page, nudge, 30_000);
  // The customer waits for the welcome before writing first.
  expect(ranToNudge).toBeGreaterThanOrEqual(10_000);
  await expect(customerMessages(page)).toHaveCount(1);
  annotate(testInfo, await snapshot(page, 'silent-nudge'));

  const goodbye = customerMessages(page).filter({ hasText: 'riproverò più tardi' });
  await runClockUntilVisible(page, goodbye, 150_000);
  // Nudged again before leaving: the goodbye is the last of at least three lines.
  expect(await customerMessages(page).count()).toBeGreaterThanOrEqual(3);
  await expect(customerMessages(page).last()).toContainText('riproverò più tardi');
  await runClockUntilVisible(page, page.getByText('La chat è terminata.'), 10_000);
  await page.getByRole('button', { name: 'Vedi il resoconto' }).click();
  await expect(page.getByText('Esito: il cliente ha abbandonato')).toBeVisible();
  await expect(page.getByTestId('score-total')).toHaveText('0');
});

test('the brief is read before the clock starts, and the console offers the record and canned replies to adapt', async ({ page }, testInfo) => {
  await page.clock.install();
  await newTrainee(page);
  await page.locator('[data-scenario="rc-auto-renewal"]').getByRole('button', { name: 'Inizia', exact: true }).click();
  await expect(page.getByRole('heading', { name: 'Rinnovo della polizza RC auto su appuntamento' })).toBeVisible();
  const record = page.getByRole('region', { name: 'Scheda cliente' });
  await expect(record).toContainText('FG 482 LM');
  await expect(record).toContainText('412 euro');
  annotate(testInfo, await snapshot(page, 'briefing-rc-auto-renewal'));
  // Two minutes of reading: nobody waits, nobody nudges.
  await page.clock.runFor(120_000);
  await page.getByRole('button', { name: 'Apri la chat' }).click();
  await expect(page.getByRole('log')).toBeVisible();
  await expect(page.locator('.waiting')).toHaveText('Il cliente attende il tuo benvenuto da 0 s');
  await expect(page.getByRole('region', { name: 'Scheda cliente' })).toContainText('RC-20931');

  await page.getByText('Risposte pronte').click();
  await page.getByRole('button', { name: 'Inserisci «Benvenuto»' }).click();
  const box = page.getByRole('textbox', { name: 'Risposta' });
  await expect(box).toHaveValue('Buongiorno, sono Giulia di Assicurazioni Aurora. Come posso aiutarla?');
  await expect(box).toBeFocused();
  // Adapted to the customer before sending, as seed 002 asks.
  await box.fill('Buongiorno signor Rossi, sono Giulia di Assicurazioni Aurora. Come posso aiutarla?');
  await box.press('Enter');
  await runClockUntilVisible(page, customerMessages(page).first(), 15_000);
  await expect(customerMessages(page).first()).toContainText('FG 482 LM');
  annotate(testInfo, await snapshot(page, 'console-rc-auto-renewal'));
});

test('a reload mid-chat resumes the same conversation', async ({ page }, testInfo) => {
  await newTrainee(page);
  await startScenario(page, 'rc-auto-renewal');
  await send(page, 'Buongiorno signor Rossi, benvenuto nella chat di Assicurazioni Aurora, sono Giulia. Come posso aiutarLa?');
  await expect(customerMessages(page)).toHaveCount(1);
  const before = await page.getByRole('log').locator('> *').allTextContents();

  await page.reload();
  await expect(page.getByText("Conversazione ripresa da dove l'avevi lasciata.")).toBeVisible();
  expect(await page.getByRole('log').locator('> *').allTextContents()).toEqual(before);
  annotate(testInfo, await snapshot(page, 'resumed-after-reload'));

  await send(page, 'La ringrazio, un attimo che verifico la Sua polizza.');
  await expect(customerMessages(page)).toHaveCount(2);
  await expect(customerMessages(page).last()).toContainText('attendo');
});

test('hostile text is shown as text and breaks nothing', async ({ page }) => {
  await newTrainee(page);
  await startScenario(page, 'rc-auto-renewal');
  const hostile = '<img src=x onerror="document.body.dataset.pwned=1"><script>document.body.dataset.pwned=1</script> \u202eBuongiorno';
  await send(page, hostile);
  const last = page.getByRole('log').locator('> [data-from="agent"]').last();
  await expect(last).toContainText('<img src=x');
  expect(await page.evaluate(() => document.body.dataset.pwned)).toBeUndefined();
  expect(await page.getByRole('log').locator('img, script').count()).toBe(0);
});

test('one enormous word leaves the tab responsive: the box stops at the limit and the chat goes on', async ({ page }) => {
  await newTrainee(page);
  await startScenario(page, 'rc-auto-renewal');
  const box = page.getByRole('textbox', { name: 'Risposta' });
  const limit = Number(await box.getAttribute('maxlength'));
  expect(limit).toBeGreaterThan(500);
  // Typed (pasted) as a person would: the browser's own limit applies.
  await box.focus();
  await page.keyboard.insertText('Buongiorno'.repeat(2_000));
  await expect(box).toHaveValue('Buongiorno'.repeat(2_000).slice(0, limit));
  await expect(page.locator('#reply-hint')).toContainText('Ancora 0 caratteri');
  await box.press('Enter');
  await expect(box).toHaveValue('');
  const sent = page.getByRole('log').locator('> [data-from="agent"] .text').last();
  expect(((await sent.textContent()) ?? '').length).toBe(limit);
  // The page still answers and the chat carries on.
  await send(page, 'Buongiorno signor Rossi, sono Giulia di Assicurazioni Aurora: come posso aiutarLa?');
  await expect(customerMessages(page).first()).toBeVisible();
});
