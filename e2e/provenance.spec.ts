import { test, expect } from './fixtures';
import { openApp } from './helpers';

test('the Pistorius event shows the disputed mark, the variants with their sources, and the verdict', async ({
	page
}) => {
	await openApp(page);
	const mark = page
		.getByRole('region', { name: 'Timeline' })
		.getByRole('button', { name: /^Pistorius: Europe has no comparable nuclear deterrent/ });
	await expect(mark).toHaveAccessibleName(/sources disagree$/);
	await expect(mark.locator('text')).toHaveText(/^≠ Pistorius/);
	await mark.click();
	const panel = page.getByRole('region', { name: 'Pistorius: Europe has no comparable nuclear deterrent' });
	await expect(panel).toContainText('corroborated by 2 independent reports; sources disagree');
	const table = panel.getByRole('table', { name: 'What kind of statement it was' });
	const rows = table.getByRole('row');
	await expect(rows.filter({ hasText: 'an interview with Die Zeit' })).toContainText(
		/^an interview with Die Zeitupday \(dpa-based\)$/
	);
	await expect(rows.filter({ hasText: 'an address to the Bundestag' })).toContainText(
		'goldengatedaily.com, walx.news (only unreliable sources)'
	);
	await expect(rows.filter({ hasText: /^⚠ an address(?! to)/ })).toContainText('steelcitydaily.com');
	await expect(rows.filter({ hasText: 'a statement' })).toContainText('capitoldaily.news, kmia.news');
	// The quote is the TASS Russian translation, and says so.
	await expect(panel).toContainText('Translation from de by a translator not named in the source (printed by TASS).');
	await expect(panel).toContainText('Appears verbatim in the archived text.');
});

test('the filter hides look-alike-only claims from the timeline and the list, and goes into the URL', async ({
	page
}) => {
	await openApp(page);
	const tl = page.getByRole('region', { name: 'Timeline' });
	const list = page.getByRole('region', { name: /^Events/ });
	const claim = /^Claim: Pistorius gave a 22 December address to the Bundestag/;
	await expect(tl.getByRole('button', { name: claim })).toHaveCount(1);
	await expect(list.getByRole('link', { name: claim })).toHaveCount(1);
	await tl.getByRole('button', { name: claim }).click();
	await expect(page.getByRole('region', { name: /^Claim: Pistorius/ })).toContainText(
		'only unreliable sources; sources disagree'
	);
	await page.getByRole('button', { name: 'Close' }).click();
	await page
		.getByRole('combobox', { name: 'Show' })
		.selectOption({ label: 'Hide claims only unreliable sources carry' });
	await expect(tl.getByRole('button', { name: claim })).toHaveCount(0);
	await expect(list.getByRole('link', { name: claim })).toHaveCount(0);
	await expect(list.getByRole('listitem')).toHaveCount(11);
	await expect(page).toHaveURL(/[?&]min=single/);
	await page.reload();
	await expect(page.getByRole('combobox', { name: 'Show' })).toHaveValue('single');
	await expect(page.getByRole('region', { name: /^Events/ }).getByRole('listitem')).toHaveCount(11);
});

test('the sources view groups the look-alike sites as rewrites of the TASS report, each linking to its events', async ({
	page
}) => {
	await openApp(page);
	await page.getByRole('tab', { name: 'Sources' }).click();
	const table = page.getByRole('table', { name: /Every source/ });
	const network = table.getByRole('rowgroup', { name: 'TASS (English service) and 11 rewrites of it' });
	await expect(network.getByRole('row')).toHaveCount(12);
	const steel = network.getByRole('row').filter({ hasText: 'steelcitydaily.com' });
	await expect(steel).toContainText('unreliable');
	await expect(steel).toContainText('rewrite of TASS (English service)');
	await steel.getByRole('link', { name: 'Pistorius: Europe has no comparable nuclear deterrent' }).click();
	await expect(
		page.getByRole('region', { name: 'Pistorius: Europe has no comparable nuclear deterrent' })
	).toBeVisible();
	await expect(page).toHaveURL(/\/events\/pistorius-no-comparable-deterrent/);
});

test('the panel links to the sources view and to the event a claim contradicts', async ({ page }) => {
	await openApp(page, '/events/claim-trump-testing-order-late-december');
	const panel = page.getByRole('region', { name: /^Claim: Trump ordered nuclear tests/ });
	await panel.getByRole('button', { name: 'Trump orders nuclear weapons testing to begin' }).click();
	const real = page.getByRole('region', { name: 'Trump orders nuclear weapons testing to begin' });
	await expect(real).toContainText('When the order was given');
	await real.getByRole('button', { name: 'See every source and what it derives from' }).click();
	await expect(page.getByRole('table', { name: /Every source/ })).toBeVisible();
});
