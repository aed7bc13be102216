import { expect, test } from '@playwright/test';
import { readFileSync } from 'node:fs';
import { annotate, closeChat, customerMessages, expectAccessible, joinByLink, newPage, officialScore, openBriefedChat, sendAfterReading, snapshot, waitUntilRead } from './support.ts';

/**
 * Publishing a scenario to a class, end to end against the real server: the trainer uploads a
 * YAML file from the dashboard (first a broken one), a trainee of the class finds it in the
 * picker, plays it through a reload, and the projector shows the score the server computed.
 */

const FULL_HD = { width: 1920, height: 1080 };
const ID = 'polizza-aziendale';
const TITLE = 'Rinnovo della polizza aziendale';
const bundled = readFileSync('scenarios/rc-auto-renewal.yaml', 'utf8');
const valid = bundled.replace(/^id: .*$/m, `id: ${ID}`).replace(/^title: .*$/m, `title: ${TITLE}`);
const broken = valid.replace(/^difficulty: 2$/m, 'difficulty: nove');
const brokenLine = broken.split('\n').findIndex((line) => line.startsWith('difficulty:')) + 1;

test('a trainer uploads a scenario from the dashboard, a trainee of the class plays it, and the projector shows the score the server computed', async ({ browser, request }, testInfo) => {
  test.setTimeout(180_000);
  const className = `Aula pubblicata ${Date.now().toString(36)}`;
  const created = await request.post('/api/classes', { data: { name: className, scenarios: ['rc-auto-renewal'] } });
  expect(created.status()).toBe(201);
  const { classId, code, trainerToken } = (await created.json()) as { classId: string; code: string; trainerToken: string };

  // The trainer's dashboard: a broken file is refused with its problems by line and column.
  const trainer = await newPage(browser, FULL_HD);
  await trainer.goto(`/?trainer=${classId}#token=${trainerToken}`);
  await expect(trainer.getByRole('heading', { name: `Cruscotto: ${className}` })).toBeVisible();
  await expect(trainer.getByText('Nessuno scenario pubblicato')).toBeVisible();
  const upload = trainer.getByLabel('Carica uno scenario (YAML)');
  await upload.setInputFiles({ name: 'rotto.yaml', mimeType: 'text/yaml', buffer: Buffer.from(broken) });
  const problems = trainer.getByTestId('publish-problems');
  await expect(problems).toContainText('rotto.yaml non è stato pubblicato');
  await expect(problems.locator('li')).toContainText([`rotto.yaml:${brokenLine}:13 expected a number, found the text "nove"`]);
  await expectAccessible(trainer, 'dashboard with a refused upload');
  annotate(testInfo, await snapshot(trainer, 'publish-refused'));

  // The fixed file is published as version 1.
  await upload.setInputFiles({ name: 'aziendale.yaml', mimeType: 'text/yaml', buffer: Buffer.from(valid) });
  await expect(trainer.getByText(`«${TITLE}» pubblicato: versione 1.`)).toBeVisible();
  await expect(problems).toHaveCount(0);
  await expect(trainer.locator(`[data-revision="${ID}@1"]`)).toContainText('1 (in uso)');
  await expectAccessible(trainer, 'dashboard with a published scenario');
  annotate(testInfo, await snapshot(trainer, 'publish-dashboard'));

  const projector = await newPage(browser, FULL_HD);
  await projector.goto(`/?projector=${code}`);
  await expect(projector.getByRole('heading', { name: className })).toBeVisible();

  // A trainee of the class finds it in the picker, with the class's figures.
  const trainee = await newPage(browser);
  await joinByLink(trainee, code, 'Ilaria');
  const card = trainee.locator(`[data-class-scenario="${ID}"]`);
  await expect(card.getByRole('heading', { name: TITLE })).toBeVisible();
  await expect(card).toContainText('Scenario del formatore, versione 1');
  await expect(card).toContainText('Live chat');
  await expectAccessible(trainee, 'picker with a published scenario');
  annotate(testInfo, await snapshot(trainee, 'publish-picker'));

  // Played, with a reload in the middle: the chat resumes where it was.
  await card.getByRole('button', { name: 'Inizia', exact: true }).click();
  await expect(trainee.getByRole('heading', { name: TITLE })).toBeVisible();
  await openBriefedChat(trainee);
  await sendAfterReading(trainee, 'Buongiorno signor Rossi, benvenuto nella live chat di Assicurazioni Aurora, sono Giulia. Come posso esserLe utile?');
  await expect(customerMessages(trainee)).toHaveCount(1);
  await trainee.reload();
  await expect(trainee.getByRole('log')).toContainText('benvenuto nella live chat di Assicurazioni Aurora');
  await expect(customerMessages(trainee)).toHaveCount(1);
  await sendAfterReading(trainee, 'La ringrazio, un attimo che verifico la Sua polizza.');
  await expect(customerMessages(trainee)).toHaveCount(2);
  await waitUntilRead(trainee);
  await closeChat(trainee);
  await trainee.getByRole('button', { name: 'Vedi il resoconto' }).click();
  const { total } = await officialScore(trainee);
  expect(total).toBeGreaterThan(0);
  await expect(trainee.getByTestId('score-total')).toHaveText(String(total));
  annotate(testInfo, await snapshot(trainee, 'publish-debrief'));

  // The projector reveals the server's score, and the published scenario has its own board.
  await expect(projector.getByTestId('projector-reveal')).toContainText(String(total));
  await projector.getByRole('tab', { name: TITLE }).click();
  await expect(projector.getByRole('tabpanel').locator('tbody tr').filter({ hasText: 'Ilaria' }).locator('.score')).toHaveText(String(total));
  await expectAccessible(projector, 'projector on a published scenario');
  annotate(testInfo, await snapshot(projector, 'publish-projector'));

  // The dashboard has the submission, and its debrief is read on the text it was played on.
  await expect(trainer.locator('.submissions tbody tr')).toHaveCount(1);
  await trainer.getByRole('button', { name: `Apri il resoconto di Ilaria su ${TITLE}` }).click();
  await expect(trainer.getByTestId('score-total')).toHaveText(String(total));
  annotate(testInfo, await snapshot(trainer, 'publish-trainer-debrief'));

  // The same id again is version 2: the dashboard lists both, and trainees get the new one.
  await trainer.getByRole('button', { name: 'Torna al cruscotto' }).click();
  const renamed = `${TITLE}, seconda versione`;
  await trainer.getByLabel('Carica uno scenario (YAML)').setInputFiles({ name: 'aziendale.yaml', mimeType: 'text/yaml', buffer: Buffer.from(valid.replace(`title: ${TITLE}`, `title: ${renamed}`)) });
  await expect(trainer.getByText(`«${renamed}» pubblicato: versione 2.`)).toBeVisible();
  await expect(trainer.locator(`[data-revision="${ID}@2"]`)).toContainText('2 (in uso)');
  await expect(trainer.locator(`[data-revision="${ID}@1"]`)).toContainText('1 (precedente)');
  annotate(testInfo, await snapshot(trainer, 'publish-second-version'));
  await trainee.goto('/');
  await trainee.getByRole('button', { name: 'Gioca' }).click();
  await expect(card.getByRole('heading', { name: renamed })).toBeVisible();
  await expect(card).toContainText('Scenario del formatore, versione 2');
});
