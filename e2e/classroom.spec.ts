import { expect, test, type Browser, type Page } from '@playwright/test';
import { readFile } from 'node:fs/promises';
import { annotate, answerDialog, closeChat, customerMessages, expectAccessible, officialScore, openBriefedChat, sendAfterReading, snapshot, waitUntilRead } from './support.ts';

/**
 * The classroom end to end against the real server: a trainer, two trainees in their own browser
 * contexts, and a projector. Chats run on the real clock because the server checks that a chat
 * did not last longer than its attempt and that every reply came after reading time.
 */

/** The size of a room's projector, and of the screenshots of it and of the dashboard. */
const FULL_HD = { width: 1920, height: 1080 };

async function newPage(browser: Browser, viewport?: { width: number; height: number }): Promise<Page> {
  const context = await browser.newContext(viewport ? { viewport } : {});
  const page = await context.newPage();
  page.on('dialog', (dialog) => void dialog.accept());
  return page;
}

async function joinClass(page: Page, code: string, nickname: string) {
  await page.goto('/');
  await page.getByRole('button', { name: 'Classe', exact: true }).click();
  await expect(page.getByRole('heading', { name: 'Entra in una classe' })).toBeVisible();
  await page.getByLabel('Codice della classe').fill(code);
  await page.getByLabel('Soprannome in classe').fill(nickname);
  await page.getByRole('button', { name: 'Entra', exact: true }).click();
  await expect(page.getByRole('heading', { name: /^Classe Aula/ })).toBeVisible();
}

/**
 * Plays a short class chat on rc-auto-renewal and returns the official score from the debrief;
 * started from the class's card, or from the same scenario under "Tutti gli scenari".
 */
async function playClassChat(page: Page, replies: string[], card = '[data-class-scenario="rc-auto-renewal"]'): Promise<{ total: number; rank: number }> {
  await page.locator(card).getByRole('button', { name: 'Inizia', exact: true }).click();
  await openBriefedChat(page);
  for (const [index, reply] of replies.entries()) {
    await sendAfterReading(page, reply);
    await expect(customerMessages(page)).toHaveCount(index + 1);
  }
  await waitUntilRead(page);
  await closeChat(page);
  await page.getByRole('button', { name: 'Vedi il resoconto' }).click();
  return officialScore(page);
}

test('a trainer creates a class, two trainees join and play, and the projector shows the scores the server computed', async ({ browser }, testInfo) => {
  test.setTimeout(180_000);
  const className = `Aula ${Date.now().toString(36)}`;

  const trainer = await newPage(browser, FULL_HD);
  await trainer.goto('/');
  await trainer.getByRole('button', { name: 'Classe', exact: true }).click();
  await trainer.getByRole('button', { name: 'Crea una classe' }).click();
  await trainer.getByLabel('Nome della classe').fill(className);
  await trainer.getByRole('checkbox', { name: 'Rinnovo della polizza RC auto su appuntamento' }).check();
  await expectAccessible(trainer, 'create class');
  await trainer.getByRole('button', { name: 'Crea la classe' }).click();
  const code = ((await trainer.getByTestId('join-code').textContent()) ?? '').trim();
  expect(code).toMatch(/^[A-HJ-NP-Z2-9]{6}$/);
  const secretLink = (await trainer.getByTestId('trainer-link').textContent()) ?? '';
  expect(secretLink).toMatch(/\/\?trainer=[^#]+#token=.+/);
  await expectAccessible(trainer, 'class created');
  annotate(testInfo, await snapshot(trainer, 'classroom-created'));

  await trainer.getByRole('link', { name: 'Apri il cruscotto' }).click();
  await expect(trainer.getByRole('heading', { name: `Cruscotto: ${className}` })).toBeVisible();
  await expect(trainer.getByText('Nessun partecipante ancora.')).toBeVisible();

  // The projector says how to join: the join link, its QR code and the code in large type.
  const projector = await newPage(browser, FULL_HD);
  await projector.goto(`/?projector=${code}`);
  await expect(projector.getByRole('heading', { name: className })).toBeVisible();
  const joinUrl = new URL(`/?class=${code}`, projector.url()).href;
  await expect(projector.getByRole('img', { name: `Codice QR per entrare nella classe: ${joinUrl}` })).toBeVisible();
  await expect(projector.getByText(joinUrl)).toBeVisible();
  await expect(projector.getByTestId('projector-code')).toHaveText(code);
  await expect(projector.getByText('Ancora nessuno in classe')).toBeVisible();
  await expectAccessible(projector, 'projector before anyone joined');
  annotate(testInfo, await snapshot(projector, 'projector-empty'));

  // A wrong code is refused next to its field; the right one joins.
  const anna = await newPage(browser);
  await anna.goto('/');
  await anna.getByRole('button', { name: 'Classe', exact: true }).click();
  await expectAccessible(anna, 'join');
  await anna.getByLabel('Codice della classe').fill('ZZZZZZ');
  await anna.getByLabel('Soprannome in classe').fill('Anna');
  await anna.getByRole('button', { name: 'Entra', exact: true }).click();
  await expect(anna.locator('#class-code-error')).toHaveAttribute('role', 'alert');
  await expect(anna.locator('#class-code-error')).toContainText('Nessuna classe ha questo codice.');
  annotate(testInfo, await snapshot(anna, 'classroom-join-error'));
  await joinClass(anna, code, 'Anna');
  await expect(anna.getByTestId('class-rank')).toContainText('Non sei ancora in classifica');
  await expectAccessible(anna, 'picker with a class');
  annotate(testInfo, await snapshot(anna, 'classroom-picker'));

  // Bruno opens the join link from the QR code: the code is already there.
  const bruno = await newPage(browser);
  await bruno.goto(joinUrl);
  await expect(bruno.getByLabel('Codice della classe')).toHaveValue(code);
  await bruno.getByLabel('Soprannome in classe').fill('<b>Bruno</b>');
  await bruno.getByRole('button', { name: 'Entra', exact: true }).click();
  await expect(bruno.getByRole('heading', { name: /^Classe Aula/ })).toBeVisible();

  // Before any score, the projector's lobby and the dashboard's roster show who joined.
  const lobby = projector.locator('.projector-names li');
  await expect(lobby).toHaveText(['Anna', '<b>Bruno</b>']);
  await expect(projector.getByText('Partecipanti: 2', { exact: true })).toBeVisible();
  await expect(projector.getByRole('status')).toHaveText('In classe anche <b>Bruno</b>. Partecipanti: 2.');
  expect(await projector.locator('.projector-names b').count()).toBe(0);
  await expectAccessible(projector, 'projector lobby');
  annotate(testInfo, await snapshot(projector, 'projector-lobby'));
  await expect(trainer.locator('.roster tbody tr')).toHaveCount(2);
  await expect(trainer.locator('.roster tbody tr').filter({ hasText: 'Anna' })).toContainText('In classe');

  const annaScore = await playClassChat(anna, [
    'Buongiorno signor Rossi, benvenuto nella live chat di Assicurazioni Aurora, sono Giulia. Come posso esserLe utile?',
    'La ringrazio, un attimo che verifico la Sua polizza.',
  ]);
  // The projector reveals the score as it arrives, and the scenario's board has it.
  await expect(projector.getByTestId('projector-reveal')).toContainText(String(annaScore.total));
  annotate(testInfo, await snapshot(projector, 'projector-reveal'));
  await projector.getByRole('tab', { name: 'Rinnovo della polizza RC auto su appuntamento' }).click();
  await expect(projector.getByRole('tabpanel').locator('tbody tr').filter({ hasText: 'Anna' }).locator('.score')).toHaveText(String(annaScore.total));
  await projector.getByRole('tab', { name: 'Classifica generale' }).click();
  await expectAccessible(anna, 'debrief with the official score');
  annotate(testInfo, await snapshot(anna, 'classroom-debrief-official'));
  // Bruno starts the same scenario from "Tutti gli scenari": it says it counts, and it does.
  await expect(bruno.locator('[data-scenario="rc-auto-renewal"]')).toContainText('conta per la classe');
  const brunoScore = await playClassChat(bruno, ['eccomi'], '[data-scenario="rc-auto-renewal"]');

  // The projector follows the live feed: both trainees, with the server's scores.
  const rowOf = (nickname: string) => projector.locator('tbody tr').filter({ has: projector.locator('.nickname', { hasText: nickname }) });
  await expect(rowOf('Anna').locator('.score')).toHaveText(String(annaScore.total));
  await expect(rowOf('<b>Bruno</b>').locator('.score')).toHaveText(String(brunoScore.total));
  expect(await projector.locator('tbody b').count()).toBe(0);
  await expect(projector.getByTestId('projector-reveal')).toBeHidden({ timeout: 20_000 });
  await expectAccessible(projector, 'projector');
  annotate(testInfo, await snapshot(projector, 'projector-board'));
  await projector.getByLabel('Nascondi i nomi').check();
  await expect(projector.locator('tbody .nickname').first()).toHaveText('Partecipante 1');
  // The address follows once the change has been drawn.
  await expect.poll(() => projector.url()).toContain('hideNames=1');
  await projector.getByLabel('Nascondi i nomi').uncheck();
  // Only the top ranks: the choice is kept for this class, even from the bare address.
  await projector.getByLabel('Primi 3').check();
  await expect.poll(() => projector.url()).toContain('top=3');
  await projector.goto(`/?projector=${code}`);
  await expect(projector.getByLabel('Primi 3')).toBeChecked();
  await expect.poll(() => projector.url()).toContain('top=3');
  await projector.getByLabel('Tutti').check();

  // Anna's rank on the debrief matches the board once both are in.
  await anna.goto('/');
  await anna.getByRole('button', { name: 'Gioca' }).click();
  const annaRank = await rowOf('Anna').locator('.rank').textContent();
  await expect(anna.getByTestId('class-rank')).toContainText(`La tua posizione in classifica: ${annaRank}`);

  // The dashboard, live: both trainees with their best, and each submission's read-only debrief.
  await expect(trainer.locator('.roster tbody tr')).toHaveCount(2);
  await expect(trainer.locator('.roster tbody tr').filter({ hasText: 'Anna' })).toContainText(`${annaScore.total} (tentativi: 1)`);
  await expect(trainer.locator('.submissions tbody tr')).toHaveCount(2);
  await expect(trainer.locator('.roster tbody tr').filter({ hasText: 'Anna' })).toContainText('Ha inviato');
  // The class's averages per dimension and its most frequent mistakes, each with an example.
  const averages = trainer.getByRole('region', { name: 'Medie della classe' });
  await expect(averages).toContainText('Su 2 partite inviate.');
  for (const dimension of ['Accoglienza', 'Registro', 'Esaustività', 'Tempi di risposta', 'Chiusura']) await expect(averages.getByRole('rowheader', { name: dimension })).toBeVisible();
  const findings = trainer.getByRole('region', { name: 'Gli errori più frequenti' }).locator('li');
  await expect(findings.first()).toContainText(/Esempio da (Anna|<b>Bruno<\/b>)/);
  expect(await findings.count()).toBeLessThanOrEqual(5);
  await expectAccessible(trainer, 'dashboard');
  annotate(testInfo, await snapshot(trainer, 'dashboard'));
  await trainer.getByRole('button', { name: 'Apri il resoconto di Anna su Rinnovo della polizza RC auto su appuntamento' }).click();
  await expect(trainer.getByTestId('score-total')).toHaveText(String(annaScore.total));
  await expect(trainer.getByRole('button', { name: 'Riprova' })).toHaveCount(0);
  await expect(trainer.getByRole('button', { name: /Riprova dal messaggio/ })).toHaveCount(0);
  await expectAccessible(trainer, 'read-only debrief');
  annotate(testInfo, await snapshot(trainer, 'classroom-dashboard-debrief'));
  await trainer.getByRole('button', { name: 'Torna al cruscotto' }).click();

  const [csv] = await Promise.all([trainer.waitForEvent('download'), trainer.getByRole('button', { name: 'Scarica CSV' }).click()]);
  expect(csv.suggestedFilename()).toBe(`${code}.csv`);
  expect(await readFile(await csv.path(), 'utf8')).toContain('Anna');
  await trainer.getByRole('button', { name: 'Blocca la classe' }).click();
  await expect(trainer.getByText('Stato: bloccata dal formatore')).toBeVisible();
  await trainer.getByRole('button', { name: 'Sblocca la classe' }).click();
  await expect(trainer.getByText('Stato: aperta')).toBeVisible();

  // Rename overrides nothing the server refuses: an empty name comes back with its message.
  await trainer.getByRole('button', { name: 'Rinomina <b>Bruno</b>' }).click();
  await trainer.getByLabel('Nuovo soprannome').fill('B');
  await trainer.getByRole('button', { name: 'Salva' }).click();
  await expect(trainer.locator('.roster [role="alert"]')).toContainText('Il soprannome deve avere da 2 a 24 caratteri.');
  await trainer.getByLabel('Nuovo soprannome').fill('Bruno');
  await trainer.getByRole('button', { name: 'Salva' }).click();
  await expect(rowOf('Bruno').locator('.score')).toHaveText(String(brunoScore.total));

  // Removed, a trainee's nickname stays out of the class until the trainer allows them back.
  await trainer.getByRole('button', { name: 'Rimuovi Bruno' }).click();
  await answerDialog(trainer, 'Sì, rimuovi');
  await expect(trainer.getByRole('button', { name: 'Riammetti Bruno nella classe' })).toBeVisible();
  const impostor = await newPage(browser);
  await impostor.goto('/');
  await impostor.getByRole('button', { name: 'Classe', exact: true }).click();
  await impostor.getByLabel('Codice della classe').fill(code);
  await impostor.getByLabel('Soprannome in classe').fill('Bruno');
  await impostor.getByRole('button', { name: 'Entra', exact: true }).click();
  await expect(impostor.locator('#class-nickname-error')).toContainText('solo il formatore può riammetterlo');
  await trainer.getByRole('button', { name: 'Riammetti Bruno nella classe' }).click();
  await expect(rowOf('Bruno').locator('.score')).toHaveText(String(brunoScore.total));

  // The secret link alone opens the dashboard in another browser, and leaves the address bar.
  const elsewhere = await newPage(browser);
  await elsewhere.goto(secretLink);
  await expect(elsewhere.getByRole('heading', { name: `Cruscotto: ${className}` })).toBeVisible();
  expect(elsewhere.url()).not.toContain('token');
});

test('a class chat finished while the server is unreachable is kept and sent after a reload', async ({ browser, request }, testInfo) => {
  const created = await request.post('/api/classes', { data: { name: `Aula offline ${Date.now().toString(36)}`, scenarios: ['rc-auto-renewal'] } });
  expect(created.status()).toBe(201);
  const { code } = (await created.json()) as { code: string };
  const page = await newPage(browser);
  await joinClass(page, code, 'Carla');

  // The submission cannot get through: the chat still ends on its debrief, waiting to be sent.
  await page.route('**/api/classes/*/submissions', (route) => route.abort('internetdisconnected'));
  await page.locator('[data-class-scenario="rc-auto-renewal"]').getByRole('button', { name: 'Inizia', exact: true }).click();
  await openBriefedChat(page);
  await sendAfterReading(page, 'Buongiorno signor Rossi, sono Giulia di Assicurazioni Aurora: come posso aiutarLa?');
  await expect(customerMessages(page)).toHaveCount(1);
  await waitUntilRead(page);
  await closeChat(page);
  await page.getByRole('button', { name: 'Vedi il resoconto' }).click();
  await expect(page.getByTestId('class-result')).toContainText('Risultato in invio alla classe');
  annotate(testInfo, await snapshot(page, 'classroom-debrief-pending'));

  // Back online after a reload: the outbox sends it once, and the debrief shows the official score.
  await page.unroute('**/api/classes/*/submissions');
  await page.reload();
  await page.getByRole('button', { name: 'Storico' }).click();
  await page.getByRole('button', { name: 'Apri il resoconto' }).first().click();
  await expect(page.getByTestId('class-result')).toContainText('Punteggio ufficiale della classe');
  const total = await page.getByTestId('score-total').textContent();
  const board = (await (await request.get(`/api/classes/${code}/leaderboard`)).json()) as { entries: { nickname: string; score: number; attempts: number }[] };
  expect(board.entries).toEqual([expect.objectContaining({ nickname: 'Carla', attempts: 1 })]);
  await expect(page.getByTestId('class-result')).toContainText(`Punteggio ufficiale della classe: ${board.entries[0]!.score}, posizione 1`);
  // The server replayed the same log: its score is the one the trainee saw.
  expect(board.entries[0]!.score).toBe(Number(total));
});
