import { test, expect } from './fixtures';
import { openApp } from './helpers';

test('the first story is listed in time order with dates, quotes and sources', async ({ page }) => {
	await openApp(page);
	const list = page.getByRole('region', { name: /^Events/ });
	const items = list.getByRole('listitem');
	await expect(items).toHaveCount(13);
	await expect(items.first()).toContainText('20 January 2025');
	await expect(items.first()).toContainText('Trump sworn in for his second term');
	await expect(items.first()).toContainText('The golden age of America begins right now,');
	const titles = await list.getByRole('heading', { level: 3 }).allInnerTexts();
	expect(
		titles.indexOf('Merz wants the debate on French nuclear protection held “ohne Tabus” (without taboos)')
	).toBeLessThan(titles.indexOf('Wadephul: the US nuclear umbrella cannot be replaced in the near future'));
	const rutte = items.filter({ hasText: 'Rutte: the US nuclear umbrella' });
	await expect(rutte).toContainText('between 11 and 23 December 2025');
	await expect(rutte).toContainText(
		'When it comes to nuclear deterrence, the US nuclear umbrella is our absolute guarantee, and that will not change.'
	);
	await expect(rutte).toContainText('TASS (English service)');
	await expect(items.filter({ hasText: 'Merz wants' })).toContainText('March 2025');
});

test('the list is in the HTML without JavaScript', async ({ browser }) => {
	const context = await browser.newContext({ javaScriptEnabled: false });
	const page = await context.newPage();
	await page.goto('/');
	await expect(
		page.getByRole('listitem').filter({ hasText: 'Pistorius: Europe has no comparable nuclear deterrent' })
	).toContainText('22 December 2025');
	await context.close();
});
