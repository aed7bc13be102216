import { expect, test, type Page } from '@playwright/test';
import { annotate, closeChat, customerMessages, expectAccessible, joinByLink, newPage, officialScore, openBriefedChat, sendAfterReading, snapshot, waitUntilRead } from './support.ts';

/**
 * Issue 12, end to end: a trainer makes a scenario in the studio from the template, edits a
 * reaction in its form, playtests it, saves the playtest as a test conversation, sees that test
 * change after another edit, and publishes the scenario to a class; a trainee of the class plays
 * it, and the projector shows the score the server computed.
 */

const FULL_HD = { width: 1920, height: 1080 };

/** A text field of the studio's forms, found by its place in the scenario. */
const fieldAt = (page: Page, path: (string | number)[]) =>
  page
    .locator(`[data-path='${JSON.stringify(path)}']`)
    .locator('input, textarea')
    .first();

async function replaceField(page: Page, path: (string | number)[], value: string) {
  const field = fieldAt(page, path);
  await field.fill(value);
  await field.blur();
}

async function sendInPlaytest(page: Page, text: string) {
  const box = page.getByRole('textbox', { name: 'La tua risposta' });
  await box.fill(text);
  await page.getByRole('button', { name: 'Invia', exact: true }).click();
  await expect(box).toHaveValue('');
}

test('a trainer makes a scenario in the studio, playtests it, keeps a test conversation and publishes it; a trainee plays it and the projector shows the server’s score', async ({
  browser,
  request,
}, testInfo) => {
  test.setTimeout(240_000);
  const suffix = Date.now().toString(36);
  const id = `consegna-${suffix}`;
  const title = `Quando arriva il pacco ${suffix}?`;
  const className = `Aula dello studio ${suffix}`;
  const created = await request.post('/api/classes', { data: { name: className, scenarios: ['rc-auto-renewal'] } });
  expect(created.status()).toBe(201);
  const { classId, code, trainerToken } = (await created.json()) as { classId: string; code: string; trainerToken: string };

  // The trainer's secret link keeps the class in this browser, where the studio finds it.
  const trainer = await newPage(browser, FULL_HD);
  await trainer.goto(`/?trainer=${classId}#token=${trainerToken}`);
  await expect(trainer.getByRole('heading', { name: `Cruscotto: ${className}` })).toBeVisible();

  // From the template, renamed in the card's form.
  await trainer.goto('/?studio');
  await trainer.getByRole('button', { name: 'Modello in italiano' }).click();
  const status = trainer.locator('.studio-problems [role="status"]');
  await expect(status).toHaveText('Lo scenario è valido: si può giocare.');
  await replaceField(trainer, ['id'], id);
  await replaceField(trainer, ['title'], title);

  // A reaction edited in its state's form.
  const parts = trainer.getByRole('navigation', { name: 'Parti dello scenario' });
  await parts.getByRole('button', { name: 'request', exact: true }).click();
  await expect(trainer.getByRole('heading', { name: 'Stati: request' })).toBeVisible();
  await replaceField(trainer, ['states', 'request', 'on', 0, 'say'], 'Perfetto, allora aspetto domani mattina.');
  await expect(status).toHaveText('Lo scenario è valido: si può giocare.');

  // Playtested beside the editor: the customer answers with the edited line, and the panel shows why.
  await trainer.getByRole('tab', { name: 'Prova', exact: true }).click();
  await expect(trainer.getByRole('heading', { name: 'Prova la chat' })).toBeVisible();
  await sendInPlaytest(trainer, 'Buongiorno signor Neri, benvenuto nella chat di Negozio Esempio, sono Anna. Come posso aiutarLa?');
  const log = trainer.getByRole('log', { name: 'Prova della chat con Marco Neri' });
  await expect(log).toContainText('vorrei sapere quando arriva il mio ordine 100-2024');
  await sendInPlaytest(trainer, 'Il suo ordine 100-2024 è partito ieri e arriverà domani entro le 13.');
  await expect(log).toContainText('Perfetto, allora aspetto domani mattina.');
  await expect(trainer.getByText('Intenti riconosciuti').first()).toBeVisible();
  await sendInPlaytest(trainer, 'Grazie a Lei per averci contattato. Se non ha altre domande chiudo la chat: buona giornata, arrivederci!');
  await expect(log).toContainText('Grazie a Lei, arrivederci!');
  await expectAccessible(trainer, 'studio playtest');
  annotate(testInfo, await snapshot(trainer, 'studio-playtest'));

  // Kept as a test conversation, blessed with this result.
  await trainer.getByText('Salva come conversazione di prova').click();
  await expect(trainer.getByLabel('Nome della prova')).toHaveValue(/^prova/);
  await trainer.getByLabel('Nome della prova').fill('consegna domani');
  await trainer.getByRole('button', { name: 'Salva la prova' }).click();
  await expect(trainer.getByText('Prova «consegna domani» salvata nello scenario.')).toBeVisible();
  // Through the graph, whose part then gives way to the tests' part in the same pane.
  await trainer.getByRole('tab', { name: 'Grafo', exact: true }).click();
  await expect(trainer.getByRole('button', { name: /^Stato request/ })).toBeVisible();
  await trainer.getByRole('tab', { name: 'Test', exact: true }).click();
  const saved = trainer.locator('li, article, section').filter({ hasText: 'consegna domani' }).last();
  await expect(saved).toContainText('superata');
  await expect(saved).toContainText('Come approvata.');

  // Another edit of the same reaction: the saved conversation now differs from what was blessed.
  await trainer.getByRole('tab', { name: 'Moduli' }).click();
  await parts.getByRole('button', { name: 'request', exact: true }).click();
  await replaceField(trainer, ['states', 'request', 'on', 0, 'say'], 'Va bene, grazie.');
  await trainer.getByRole('tab', { name: 'Test', exact: true }).click();
  await expect(saved).toContainText('Cambiata rispetto al risultato approvato');
  await expect(saved).toContainText('Perfetto, allora aspetto domani mattina.');
  await expect(saved).toContainText('Va bene, grazie.');
  await expectAccessible(trainer, 'studio tests');
  annotate(testInfo, await snapshot(trainer, 'studio-tests-changed'));

  // Published to the class from the studio.
  await trainer.getByText('Pubblica in una classe').click();
  await trainer.getByLabel('Classe', { exact: true }).selectOption(classId);
  await trainer.getByRole('button', { name: 'Pubblica nella classe' }).click();
  await expect(trainer.locator('.publish-to-class')).toContainText(code);
  annotate(testInfo, await snapshot(trainer, 'studio-published'));

  const projector = await newPage(browser, FULL_HD);
  await projector.goto(`/?projector=${code}`);
  await expect(projector.getByRole('heading', { name: className })).toBeVisible();

  // A trainee of the class finds it in the picker and plays it.
  const trainee = await newPage(browser);
  await joinByLink(trainee, code, 'Marta');
  const card = trainee.locator(`[data-class-scenario="${id}"]`);
  await expect(card.getByRole('heading', { name: title })).toBeVisible();
  await card.getByRole('button', { name: 'Inizia', exact: true }).click();
  await openBriefedChat(trainee);
  await sendAfterReading(trainee, 'Buongiorno signor Neri, benvenuto nella chat di Negozio Esempio, sono Anna. Come posso aiutarLa?');
  await expect(customerMessages(trainee)).toHaveCount(1);
  await sendAfterReading(trainee, 'Il suo ordine 100-2024 è partito ieri e arriverà domani entro le 13.');
  await expect(trainee.getByRole('log')).toContainText('Va bene, grazie.');
  await waitUntilRead(trainee);
  await closeChat(trainee);
  await trainee.getByRole('button', { name: 'Vedi il resoconto' }).click();
  const { total } = await officialScore(trainee);
  expect(total).toBeGreaterThan(0);

  // The projector reveals the score the server computed on the published text.
  await expect(projector.getByTestId('projector-reveal')).toContainText(String(total));
  annotate(testInfo, await snapshot(projector, 'studio-projector'));
});
