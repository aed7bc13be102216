import { chromium } from '@playwright/test';
const browser = await chromium.launch({ executablePath: '/usr/bin/chromium' });
for (const [w, h] of [[1280, 850], [390, 844]] as const) {
  const context = await browser.newContext({ viewport: { width: w, height: h }, locale: 'it-IT' });
  const page = await context.newPage();
  page.on('pageerror', (e) => console.log('pageerror:', e.message));
  await page.goto('http://localhost:8085/?studio');
  await page.getByRole('button', { name: /Bolletta di conguaglio/ }).click();
  await page.waitForTimeout(1500);
  await page.screenshot({ path: `/tmp/s-${w}-forms.png` });
  const tabs = await page.getByRole('tab').allInnerTexts();
  console.log(tabs);
  for (const tab of tabs) {
    await page.getByRole('tab', { name: tab, exact: true }).click();
    await page.waitForTimeout(2000);
    await page.screenshot({ path: `/tmp/s-${w}-${tab.split(' ')[0]}.png`, fullPage: tab.startsWith('Grafo') });
  }
  await context.close();
}
await browser.close();
