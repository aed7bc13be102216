import { expect, test, type Page } from '@playwright/test';
import { annotate, closeChat, customerMessages, newTrainee, runClockUntilVisible, send, snapshot, startScenario } from './support.ts';

test.beforeEach(({ page }) => {
  page.on('dialog', (dialog) => void dialog.accept());
});

const debriefHeading = (page: Page) => page.getByRole('heading', { name: 'Resoconto: Rinnovo della polizza RC auto su appuntamento' });

/** The seconds the wait timer shows. */
async function waitShown(page: Page): Promise<number> {
  return Number(/(\d+) s/.exec((await page.locator('.waiting').textContent()) ?? '')?.[1]);
}

test('a silent chat says why it ended, opens its debrief by itself, and the debrief survives reloads', async ({ page }, testInfo) => {
  await page.clock.install();
  await newTrainee(page);
  await startScenario(page, 'rc-auto-renewal');
  await runClockUntilVisible(page, page.getByText('La chat è terminata.'), 200_000);
  const ended = page.locator('.ended');
  await expect(ended).toContainText("Il cliente se n'è andato perché è rimasto troppo a lungo senza risposta.");
  annotate(testInfo, await snapshot(page, 'debrief-ended-silence'));

  // Nobody presses anything: the debrief opens by itself.
  await runClockUntilVisible(page, debriefHeading(page), 10_000);
  await expect(page.locator('.end-reason')).toHaveText("Il cliente se n'è andato perché è rimasto troppo a lungo senza risposta.");
  await expect(page.getByText('È il tuo primo tentativo su questo scenario.')).toBeVisible();

  for (let reload = 0; reload < 3; reload++) {
    await page.reload();
    await expect(debriefHeading(page)).toBeVisible();
  }
  await page.getByRole('button', { name: 'Storico' }).click();
  await expect(page.locator('.history > li')).toHaveCount(1);
  await page.reload();
  // Another screen was shown: a reload no longer reopens the debrief, and the history keeps it.
  await expect(
    page
      .getByRole('button', { name: 'Comincia' })
      .or(page.getByRole('heading', { name: 'Storico delle partite' }))
      .first(),
  ).toBeVisible();
  await page.getByRole('button', { name: 'Storico' }).click();
  await expect(page.locator('.history > li')).toHaveCount(1);
});

test('the debrief numbers messages as its chart does, a retry from a reply starts on a fresh clock, and the next debrief shows the progress', async ({ page }, testInfo) => {
  await page.clock.install();
  await newTrainee(page);
  await startScenario(page, 'rc-auto-renewal');
  await send(page, 'Buongiorno signor Rossi, benvenuto nella live chat di Assicurazioni Aurora, sono Giulia. Come posso esserLe utile?');
  await runClockUntilVisible(page, customerMessages(page).first(), 30_000);
  // The trainee takes a long time over the next reply.
  await page.clock.runFor(20_000);
  expect(await waitShown(page)).toBeGreaterThanOrEqual(15);
  await send(page, 'La ringrazio, un attimo che verifico la Sua polizza.');
  await runClockUntilVisible(page, customerMessages(page).nth(1), 30_000);
  await closeChat(page);
  await expect(page.locator('.ended')).toContainText('Hai chiuso tu la chat prima che il problema del cliente fosse risolto.');
  await page.getByRole('button', { name: 'Vedi il resoconto' }).click();
  await expect(debriefHeading(page)).toBeVisible();

  // Every bar of the chart names a message the transcript shows under the same number.
  const bars = await page.locator('.chart svg text').allTextContents();
  const numbered = bars.filter((label) => label.startsWith('#'));
  expect(numbered).toEqual(['#1', '#3']);
  const numbers = await page.locator('.annotated .msg .number').allTextContents();
  expect(numbers).toEqual(['#1', '#2', '#3', '#4']);
  await expect(page.locator('.annotated .msg').filter({ hasText: '#3' })).toContainText('un attimo che verifico');
  const firstTotal = Number(await page.getByTestId('score-total').textContent());
  annotate(testInfo, await snapshot(page, 'debrief-numbered'));

  await page.getByRole('button', { name: 'Riprova dal messaggio 3' }).click();
  await expect(page.getByRole('log').locator('> *')).toHaveCount(2);
  // The clock takes up when the customer's message showed: no wait carried over, patience full.
  expect(await waitShown(page)).toBeLessThanOrEqual(2);
  expect(Number(await page.locator('#patience-meter').getAttribute('value'))).toBeGreaterThan(0.9);
  annotate(testInfo, await snapshot(page, 'debrief-retry-fresh-clock'));

  await page.clock.runFor(2_000);
  await send(page, 'La ringrazio, un attimo che verifico la Sua polizza.');
  await runClockUntilVisible(page, customerMessages(page).nth(1), 30_000);
  await closeChat(page);
  await runClockUntilVisible(page, debriefHeading(page), 10_000);
  const progress = page.getByRole('region', { name: 'Rispetto al tentativo precedente' });
  const secondTotal = Number(await page.getByTestId('score-total').textContent());
  const change = secondTotal > firstTotal ? `+${secondTotal - firstTotal}, meglio` : secondTotal < firstTotal ? `−${firstTotal - secondTotal}, peggio` : 'invariato';
  await expect(progress.getByTestId('progress-total')).toHaveText(`Punteggio totale: da ${firstTotal} a ${secondTotal} (${change})`);
  // The faster answer shows as progress in the response time.
  await expect(progress.getByTestId('progress-responseTime')).toContainText('meglio');
  await progress.scrollIntoViewIfNeeded();
  annotate(testInfo, await snapshot(page, 'debrief-progress'));
});
