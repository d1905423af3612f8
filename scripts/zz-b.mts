import { launchBrowser } from '../test/helpers/browser';
import { serveDist } from '../test/helpers/serve';
const site = await serveDist(process.cwd() + '/dist');
const browser = await launchBrowser();
for (const q of process.argv.slice(2)) {
  const page = await browser.newPage();
  await page.goto(`${site.url}/cari/?q=${encodeURIComponent(q)}`);
  await page.waitForTimeout(1800);
  const status = await page.locator('#search-status').textContent();
  const sugg = await page.locator('#search-suggestions').textContent();
  const urls = await page.locator('#search-results li').evaluateAll((lis) => lis.slice(0, 5).map((li) => li.querySelector('a')!.pathname + (li.querySelector('.partial') ? ' [' + li.querySelector('.partial')!.textContent + ']' : '')));
  console.log(`== ${q}: ${status} | ${sugg}\n   ${urls.join('\n   ')}`);
  await page.close();
}
await browser.close(); await site.close();
