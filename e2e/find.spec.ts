import { test, expect } from './fixtures';
import type { Page } from '@playwright/test';
import AxeBuilder from '@axe-core/playwright';
import { readFileSync } from 'node:fs';
import { openApp } from './helpers';

// Find and filter as a reader does it: the search box, the facets, the chips, lanes, the address.
const tl = (page: Page) => page.getByRole('region', { name: 'Timeline' });
const list = (page: Page) => page.getByRole('region', { name: /^Events/ });
const status = (page: Page) => page.locator('#find-status');
const search = (page: Page) => page.getByRole('searchbox', { name: 'Search' });
const RUTTE = /^Rutte: the US nuclear umbrella is/;
const STRATEGY = /^The US publishes its National Security Strategy/;

/** Open the facets and tick a value (its checkbox's name starts with the value). */
async function tick(page: Page, facet: string, value: string) {
	const filters = page.getByRole('button', { name: /^Filters/ });
	if ((await filters.getAttribute('aria-expanded')) !== 'true') await filters.click();
	await page
		.getByRole('group', { name: facet })
		.getByRole('checkbox', { name: new RegExp(`^${value}`) })
		.check();
}

test('typing “Rutte” shows its events on the timeline and in the list, marked, with q=Rutte in the address; a reload keeps it', async ({
	page
}) => {
	await openApp(page);
	await page.keyboard.press('/');
	await expect(search(page)).toBeFocused();
	await page.keyboard.type('Rutte');
	await expect(status(page)).toHaveText('2 of 13 events match');
	await expect(tl(page).getByRole('button', { name: RUTTE })).toHaveCount(1);
	await expect(tl(page).getByRole('button', { name: STRATEGY })).toHaveCount(1);
	await expect(tl(page).getByRole('button', { name: /^Pistorius/ })).toHaveCount(0);
	await expect(list(page).getByRole('listitem')).toHaveCount(2);
	// The matched word is marked as text in the list: in the title, and in the strategy's quote by its speaker.
	await expect(list(page).locator('mark').first()).toHaveText('Rutte');
	await expect(list(page).locator('li', { hasText: 'National Security Strategy' }).locator('mark')).toHaveText([
		'Rutte'
	]);
	await expect(page).toHaveURL(/\/\?q=Rutte$/);
	await page.reload();
	await expect(search(page)).toHaveValue('Rutte');
	await expect(status(page)).toHaveText('2 of 13 events match');
	await expect(list(page).getByRole('listitem')).toHaveCount(2);
	// Esc in the box clears the search and brings every event back.
	await search(page).press('Escape');
	await expect(search(page)).toHaveValue('');
	await expect(list(page).getByRole('listitem')).toHaveCount(13);
	await expect(page).toHaveURL(/\/$/);
});

test('a search is folded like the text: “nauseda” finds Nausėda, a quoted phrase matches as a phrase', async ({
	page
}) => {
	await openApp(page, '/?q=nauseda');
	await expect(list(page).getByRole('link', { name: /^Nausėda calls/ })).toHaveCount(1);
	await expect(list(page).locator('mark').first()).toHaveText('Nausėda');
	await search(page).fill('"absolute guarantee"');
	await expect(status(page)).toHaveText('1 of 13 events match');
	await search(page).fill('"guarantee absolute"');
	await expect(page.getByText('No event matches \'"guarantee absolute"\' — clear the search')).toBeVisible();
	await page.getByRole('button', { name: 'clear the search' }).click();
	await expect(list(page).getByRole('listitem')).toHaveCount(13);
});

test('actor Pistorius and level “corroborated”: chips, counts, the address, Copy link; Back undoes a step; Clear all restores everything', async ({
	page,
	context
}) => {
	await context.grantPermissions(['clipboard-read', 'clipboard-write']);
	await openApp(page);
	await tick(page, 'Actor', 'Pistorius');
	const levels = page.getByRole('group', { name: 'Corroboration' });
	// Counts under the other filters: Pistorius's events are one corroborated, one resting on unreliable sources only.
	await expect(levels.getByRole('checkbox', { name: 'corroborated 1' })).toBeVisible();
	await expect(levels.getByRole('checkbox', { name: 'only unreliable sources 1' })).toBeVisible();
	await tick(page, 'Corroboration', 'corroborated');
	// And the actors' counts under the level: both of Rutte's events are corroborated.
	await expect(
		page.getByRole('group', { name: 'Actor' }).getByRole('checkbox', { name: 'Mark Rutte 2' })
	).toBeVisible();
	const chips = page.getByRole('list', { name: 'Active filters' });
	await expect(chips.getByRole('button', { name: 'Remove Actor: Pistorius' })).toBeVisible();
	await expect(chips.getByRole('button', { name: 'Remove Only corroborated' })).toBeVisible();
	await expect(status(page)).toHaveText('1 of 13 events match');
	await expect(page).toHaveURL(/\/\?level=corroborated&actor=Pistorius$/);
	await expect(list(page).getByRole('link', { name: /^Pistorius: Europe has no comparable/ })).toHaveCount(1);

	await tl(page)
		.getByRole('button', { name: /^Pistorius: Europe has no comparable/ })
		.click();
	await page.getByRole('button', { name: 'Copy link' }).click();
	const link = await page.evaluate(() => navigator.clipboard.readText());
	expect(new URL(link).pathname + new URL(link).search).toMatch(
		/^\/events\/pistorius-no-comparable-deterrent\?from=[^&]+&to=[^&]+&level=corroborated&actor=Pistorius$/
	);
	const other = await context.newPage();
	await openApp(other, new URL(link).pathname + new URL(link).search);
	await expect(other.getByRole('list', { name: 'Active filters' }).getByRole('button')).toHaveText([
		'Actor: Pistorius ×',
		'Only corroborated ×',
		'Clear all'
	]);
	await expect(
		other.getByRole('region', { name: 'Pistorius: Europe has no comparable nuclear deterrent' })
	).toBeVisible();
	await other.close();

	await page.getByRole('button', { name: 'Close' }).click();
	await expect(page).toHaveURL(/\/\?level=corroborated&actor=Pistorius$/);
	// Each ticked facet was a step in the history, as is each selection: Back goes through them.
	await page.goBack();
	await expect(page).toHaveURL(
		/\/events\/pistorius-no-comparable-deterrent\?(from=[^&]+&to=[^&]+&)?level=corroborated&actor=Pistorius$/
	);
	await page.goBack();
	await expect(page).toHaveURL(/\/\?(from=[^&]+&to=[^&]+&)?level=corroborated&actor=Pistorius$/);
	await page.goBack();
	await expect(page).toHaveURL(/\/\?(from=[^&]+&to=[^&]+&)?actor=Pistorius$/);
	await expect(chips.getByRole('button', { name: 'Remove Only corroborated' })).toHaveCount(0);
	await expect(status(page)).toHaveText('2 of 13 events match');
	await page.goForward();
	await expect(status(page)).toHaveText('1 of 13 events match');
	await expect(chips.getByRole('button', { name: 'Remove Only corroborated' })).toBeVisible();

	await chips.getByRole('button', { name: 'Clear all' }).click();
	await expect(page.getByRole('list', { name: 'Active filters' })).toHaveCount(0);
	await expect(page).not.toHaveURL(/actor|level|min/);
	// Opening the event panned the window; at fit-all every event is back.
	await page.getByRole('button', { name: 'Fit all' }).click();
	await expect(list(page).getByRole('listitem')).toHaveCount(13);
});

test('lanes by actor: a labelled lane for Macron and one for Pistorius; an event of two actors in both; the list follows', async ({
	page
}) => {
	await openApp(page);
	await page.getByRole('combobox', { name: 'Lanes' }).selectOption({ label: 'By actor' });
	await expect(page).toHaveURL(/\/\?group=actor$/);
	const titles = tl(page).locator('svg g.lanes text');
	await expect(titles).toContainText(['Donald Trump (4)']);
	await expect(titles.filter({ hasText: 'Emmanuel Macron (1)' })).toHaveCount(1);
	await expect(titles.filter({ hasText: 'Pistorius (2)' })).toHaveCount(1);
	// The drawing grew so that each of the nine lanes has room.
	const box = await tl(page).locator('svg').boundingBox();
	expect(box!.height).toBeGreaterThan(600);
	await expect(list(page).getByRole('heading', { name: 'Emmanuel Macron (1)' })).toBeVisible();
	await expect(list(page).getByRole('heading', { name: 'Pistorius (2)' })).toBeVisible();
	// The strategy names Trump and Rutte: in both lanes of the list, and its mark says where it is.
	await expect(list(page).getByRole('link', { name: STRATEGY })).toHaveCount(2);
	await expect(
		tl(page).getByRole('button', { name: /National Security Strategy.*; in lanes Donald Trump, Mark Rutte$/ })
	).not.toHaveCount(0);
	await page.reload();
	await expect(page.getByRole('combobox', { name: 'Lanes' })).toHaveValue('actor');
	await expect(titles.filter({ hasText: 'Emmanuel Macron (1)' })).toHaveCount(1);
});

test('an export names the search and the filters in its header and credits only the sources of what is shown', async ({
	page
}) => {
	await openApp(page, '/?q=deterrent&actor=Pistorius&level=corroborated');
	await expect(status(page)).toHaveText('1 of 13 events match');
	const [download] = await Promise.all([
		page.waitForEvent('download'),
		page.getByRole('toolbar').getByRole('button', { name: 'Export SVG' }).click()
	]);
	const svg = readFileSync((await download.path())!, 'utf8');
	expect(svg).toContain('>Search: deterrent · Actor: Pistorius · Only corroborated</text>');
	const credits = /Sources: ([^<]+)</.exec(svg)![1]!;
	expect(credits).toContain('upday');
	expect(credits).not.toContain('Politico');
	expect(svg).toMatch(
		/Permalink: http:\/\/localhost:4173\/\?from=[^&]+&amp;to=[^&]+&amp;level=corroborated&amp;q=deterrent&amp;actor=Pistorius</
	);
});

test('a link naming an actor the timeline lacks says so and keeps the rest of the link', async ({ page }) => {
	await openApp(page, '/?actor=xyz&actor=pistorius');
	await expect(page.getByRole('alert')).toHaveText(/No actor called 'xyz' in this timeline/);
	// A name as the timeline writes it, whatever its case, is kept.
	await expect(page.getByRole('button', { name: 'Remove Actor: Pistorius' })).toBeVisible();
	await expect(page).toHaveURL(/\/\?actor=Pistorius$/);
	await page.getByRole('button', { name: 'Dismiss' }).click();
	await expect(page.getByRole('alert')).toHaveCount(0);
});

test('hostile filter values in the address are ignored without an error', async ({ page }) => {
	await openApp(page, '/?q=%3Cscript%3Ealert(1)%3C%2Fscript%3E&kind=evil&group=nope&source=%3Cb%3E&tag=%00');
	await expect(search(page)).toHaveValue('<script>alert(1)</script>');
	await expect(page.getByText("No event matches '<script>alert(1)</script>' — clear the search")).toBeVisible();
	await expect(page.locator('script:not([src])', { hasText: 'alert(1)' })).toHaveCount(0);
	await expect(page).toHaveURL(/\/\?q=%3Cscript%3Ealert\(1\)%3C%2Fscript%3E$/);
});

test('the rest can be marked instead of hidden, and axe finds nothing wrong with search, facets and lanes on screen', async ({
	page
}) => {
	await openApp(page, '/?q=nuclear&group=tag');
	await page.getByRole('checkbox', { name: 'Mark where the other events are' }).check();
	await expect(page).toHaveURL(/rest=dim/);
	await expect(tl(page).locator('svg g.lanes rect').first()).toBeAttached();
	await page.getByRole('button', { name: /^Filters/ }).click();
	const result = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']).analyze();
	expect(result.passes.length).toBeGreaterThan(10);
	expect(result.violations.map((v) => `${v.id}: ${v.nodes.length} × ${v.nodes[0]?.target.join(' ')}`)).toEqual([]);
});

test('in German: the search, the notices, the count and the way back are in the page’s language', async ({ page }) => {
	await openApp(page, '/?lang=de&actor=xyz&q=Rutte');
	await expect(page.getByRole('searchbox', { name: 'Suche' })).toHaveValue('Rutte');
	await expect(page.getByRole('alert')).toHaveText(/In dieser Zeitleiste gibt es keinen Akteur „xyz“/);
	await expect(status(page)).toHaveText('2 von 13 Ereignissen passen');
	await page.getByRole('searchbox', { name: 'Suche' }).fill('zzzz');
	await expect(page.getByText('Kein Ereignis passt zu „zzzz“ – Suche löschen')).toBeVisible();
	await page.getByRole('button', { name: 'Ausblenden' }).click();
	await expect(page.getByRole('alert')).toHaveCount(0);
});
