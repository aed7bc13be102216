import { expect, test, type Locator, type Page } from '@playwright/test';
import { annotate, answerDialog, customerMessages, expectAccessible, newTrainee, openBriefedChat, send, snapshot } from './support.ts';

/**
 * Language and access: the first visit's language, each scenario's language on its card, focus on
 * every screen change, the confirmation dialog, and a chat played with the keyboard alone.
 */

/** Presses Tab, as a keyboard user does, until `target` has the focus. */
async function tabTo(page: Page, target: Locator, limit = 60): Promise<void> {
  for (let presses = 0; presses < limit; presses += 1) {
    await page.keyboard.press('Tab');
    if (await target.evaluate((element) => element === document.activeElement)) return;
  }
  throw new Error(`${target} not reached in ${limit} presses of Tab`);
}

const screenHeading = (page: Page) => page.locator('main h1');

test.describe('an English browser', () => {
  test.use({ locale: 'en-US' });

  test('a first visit starts in English, and a language chosen in the bar wins from then on', async ({ page }, testInfo) => {
    await page.goto('/');
    await expect(page.getByRole('button', { name: 'Start', exact: true })).toBeVisible();
    expect(await page.evaluate(() => document.documentElement.lang)).toBe('en');
    await page.getByRole('button', { name: 'Start', exact: true }).click();
    await page.getByLabel('Nickname').fill('Jane');
    await page.getByRole('button', { name: 'Save' }).click();
    // The customer speaks Italian, and the card says so before the trainee starts.
    const card = page.locator('[data-scenario="rc-auto-renewal"]');
    await expect(card).toContainText('In Italian');
    await expect(card.getByRole('heading')).toHaveAttribute('lang', 'it');
    await expectAccessible(page, 'picker (English browser)');
    annotate(testInfo, await snapshot(page, 'access-picker-en'));

    await page.getByRole('button', { name: 'Italiano' }).click();
    await expect(card).toContainText('In italiano');
    await page.reload();
    await expect(page.getByRole('button', { name: 'Comincia' })).toBeVisible();
  });
});

test('an Italian browser starts in Italian, and the brief names the customer’s language', async ({ page }) => {
  await newTrainee(page);
  await expect(page.locator('[data-scenario="rc-auto-renewal"]')).toContainText('In italiano');
  await page.locator('[data-scenario="rc-auto-renewal"]').getByRole('button', { name: 'Inizia', exact: true }).click();
  await expect(page.locator('.briefing .meta')).toContainText('In italiano');
  await expect(screenHeading(page)).toBeFocused();
});

test('leaving or closing a chat asks in an accessible dialog: safe choice first, Escape cancels, focus returns', async ({ page }, testInfo) => {
  // A native confirm() would be dismissed unanswered: the chat must never ask with one.
  page.on('dialog', (dialog) => void dialog.dismiss());
  await newTrainee(page);
  await page.locator('[data-scenario="rc-auto-renewal"]').getByRole('button', { name: 'Inizia', exact: true }).click();
  await openBriefedChat(page);
  await send(page, 'Buongiorno signor Rossi, benvenuto nella chat di Assicurazioni Aurora, sono Giulia. Come posso aiutarLa?');
  await expect(customerMessages(page).first()).toBeVisible();

  const history = page.getByRole('button', { name: 'Storico' });
  await history.click();
  const leave = page.getByRole('dialog', { name: 'Uscire dalla chat?' });
  await expect(leave).toBeVisible();
  await expect(leave).toHaveAccessibleDescription('La chat è in corso e non si può mettere in pausa: se esci, si chiude qui.');
  await expect(leave.getByRole('button', { name: 'Resta nella chat' })).toBeFocused();
  await expectAccessible(page, 'leave dialog');
  annotate(testInfo, await snapshot(page, 'access-leave-dialog'));
  await page.keyboard.press('Escape');
  await expect(leave).toBeHidden();
  await expect(history).toBeFocused();
  await expect(page.getByRole('textbox', { name: 'Risposta' })).toBeEnabled();

  const close = page.getByRole('button', { name: 'Chiudi la chat' });
  await close.click();
  const closing = page.getByRole('dialog', { name: 'Chiudere la chat?' });
  await expect(closing).toHaveAccessibleDescription('Il cliente resterà senza risposta e la partita finirà.');
  await expect(closing.getByRole('button', { name: 'Continua la chat' })).toBeFocused();
  await expectAccessible(page, 'close dialog');
  annotate(testInfo, await snapshot(page, 'access-close-dialog'));
  await answerDialog(page, 'Continua la chat');
  await expect(close).toBeFocused();

  await history.click();
  await answerDialog(page, 'Esci dalla chat');
  await expect(screenHeading(page)).toHaveText('Storico delle partite');
  await expect(screenHeading(page)).toBeFocused();
  // The chat left is closed and filed.
  await expect(page.getByText('Rinnovo della polizza RC auto').first()).toBeVisible();
});

test('a chat played with the keyboard alone, from the title to the debrief', async ({ page }, testInfo) => {
  await page.goto('/');
  // Once the title screen is there (a slow machine renders it late), the skip link comes first and leads into the screen.
  await expect(page.getByRole('button', { name: 'Comincia' })).toBeVisible();
  await page.keyboard.press('Tab');
  await expect(page.getByRole('link', { name: 'Vai al contenuto' })).toBeFocused();
  await page.keyboard.press('Enter');
  await page.keyboard.press('Tab');
  await expect(page.getByRole('button', { name: 'Comincia' })).toBeFocused();
  await page.keyboard.press('Enter');

  await expect(screenHeading(page)).toHaveText('Il tuo profilo');
  await expect(screenHeading(page)).toBeFocused();
  await tabTo(page, page.getByLabel('Soprannome'));
  await page.keyboard.type('Giulia');
  await page.keyboard.press('Enter');

  await expect(screenHeading(page)).toHaveText('Scegli uno scenario');
  await expect(screenHeading(page)).toBeFocused();
  await tabTo(page, page.locator('[data-scenario="rc-auto-renewal"]').getByRole('button', { name: 'Inizia', exact: true }));
  await page.keyboard.press('Enter');

  await expect(screenHeading(page)).toBeFocused();
  await tabTo(page, page.getByRole('button', { name: 'Apri la chat' }));
  await page.keyboard.press('Enter');

  // The play screen puts the trainee straight in the reply box.
  const reply = page.getByRole('textbox', { name: 'Risposta' });
  await expect(reply).toBeFocused();
  await page.keyboard.type('Buongiorno signor Rossi, benvenuto nella chat di Assicurazioni Aurora, sono Giulia. Come posso aiutarLa?');
  await page.keyboard.press('Enter');
  await expect(reply).toHaveValue('');
  await expect(customerMessages(page).first()).toContainText('Buongiorno!');
  annotate(testInfo, await snapshot(page, 'access-keyboard-play'));

  const close = page.getByRole('button', { name: 'Chiudi la chat' });
  await tabTo(page, close);
  await page.keyboard.press('Enter');
  const dialog = page.getByRole('dialog', { name: 'Chiudere la chat?' });
  await expect(dialog.getByRole('button', { name: 'Continua la chat' })).toBeFocused();
  await page.keyboard.press('Escape');
  await expect(dialog).toBeHidden();
  await expect(close).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(dialog).toBeVisible();
  await page.keyboard.press('Tab');
  await expect(dialog.getByRole('button', { name: 'Sì, chiudi' })).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(dialog).toBeHidden();

  // The reply form is gone with the chat: the keyboard goes on from the way to the debrief.
  const toDebrief = page.getByRole('button', { name: 'Vedi il resoconto' });
  await expect(toDebrief).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(page.getByTestId('score-total')).toBeVisible();
  await expect(screenHeading(page)).toBeFocused();
  annotate(testInfo, await snapshot(page, 'access-keyboard-debrief'));
});
