import { test, expect } from './fixtures';
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { openApp, pickFile } from './helpers';

const tjsDir = fileURLToPath(new URL('../node_modules/@knight-lab/timelinejs/src/template/', import.meta.url));
const template = fileURLToPath(new URL('../static/templates/timeline-template.csv', import.meta.url));
const STORY = 'The US nuclear umbrella over Europe, 2025';

test('a TimelineJS JSON opened with the file picker shows its timeline and the import report', async ({ page }) => {
	await openApp(page);
	await page.getByLabel('Open a timeline file…').setInputFiles(`${tjsDir}eras.json`);
	await expect(page.getByRole('heading', { level: 1 })).toHaveText('Eras Test');
	const report = page.getByRole('region', { name: /^Opened eras\.json/ });
	await expect(report).toContainText('TimelineJS JSON');
	await expect(report).toContainText(/\d+ events, \d+ sources?, \d+ quotes?/);
	await expect(report).toContainText(/events name no source/);
	await report.getByText(/What changed and what to check/).click();
	await expect(report.getByRole('listitem').first()).toBeVisible();
	const [download] = await Promise.all([
		page.waitForEvent('download'),
		report.getByRole('button', { name: 'Download as Sourceline JSON' }).click()
	]);
	const saved = JSON.parse(readFileSync((await download.path())!, 'utf8')) as { title: string; eras: unknown[] };
	expect(saved.title).toBe('Eras Test');
	expect(saved.eras.length).toBeGreaterThan(0);
	await expect(
		page
			.getByRole('region', { name: /^Events/ })
			.getByRole('listitem')
			.first()
	).toBeVisible();
});

test('a Sourceline CSV (the template) opened with the file picker shows its timeline; it downloads as CSV', async ({
	page
}) => {
	await openApp(page);
	await page.getByLabel('Open a timeline file…').setInputFiles(template);
	await expect(page.getByRole('heading', { level: 1 })).toHaveText(
		'Example timeline: the Exampleton footbridge (fictional)'
	);
	await expect(page.getByRole('region', { name: /^Opened timeline-template\.csv/ })).toContainText('Sourceline CSV');
	const tl = page.getByRole('region', { name: 'Timeline' });
	await tl.getByRole('button', { name: /^Exampleton council votes to rebuild the footbridge/ }).click();
	await expect(page.getByRole('complementary')).toContainText('We will rebuild it, and we will rebuild it to last,');
	const [download] = await Promise.all([
		page.waitForEvent('download'),
		page.getByRole('button', { name: 'Download as CSV' }).click()
	]);
	expect(download.suggestedFilename()).toMatch(/\.csv$/);
	expect(readFileSync((await download.path())!, 'utf8')).toContain('exampleton-footbridge-works');
});

test('a broken CSV shows errors naming row and column, and the good timeline on screen stays', async ({ page }) => {
	await openApp(page);
	const csv = [
		'Date,End date,Title,Source URL,Publisher,Source kind',
		'2025-03-01,,A good first row,https://example.org/a,Example,news',
		'2025-02-01,2025-02-30,An impossible end date,https://example.org/b,Example,news'
	].join('\r\n');
	await pickFile(page, 'broken.csv', csv, 'text/csv');
	const alert = page.getByRole('alert');
	await expect(alert).toContainText('broken.csv was not loaded');
	await expect(alert).toContainText('row 3, column "End date": ');
	await expect(alert).toContainText('2025-02-30 does not exist');
	await expect(page.getByRole('heading', { level: 1 })).toHaveText(STORY);
	await expect(page.getByRole('region', { name: /^Events/ }).getByRole('listitem')).toHaveCount(13);
});

test('a TimelineJS spreadsheet with script in its cells is drawn as text, and nothing runs', async ({ page }) => {
	const dialogs: string[] = [];
	page.on('dialog', (d) => (dialogs.push(d.message()), void d.dismiss()));
	await openApp(page);
	const csv = [
		'Year,Month,Day,Headline,Text,Media,Media Caption',
		'2020,1,2,"<img src=x onerror=alert(1)>Bold <b>claim</b>","<script>alert(2)</script><p onclick=alert(3)>Said <a href=""javascript:alert(4)"">here</a> and <a href=""https://example.org/x"">there</a></p>",javascript:alert(5),<svg onload=alert(6)>'
	].join('\n');
	await pickFile(page, 'hostile.csv', csv, 'text/csv');
	await expect(page.getByRole('region', { name: /^Opened hostile\.csv/ })).toBeVisible();
	const mark = page.getByRole('region', { name: 'Timeline' }).getByRole('button', { name: /Bold claim/ });
	await mark.click();
	const panel = page.getByRole('complementary');
	await expect(panel).toContainText('Said here and there');
	await expect(page.locator('img[src="x"], b, script:not([src]):not([type])', { hasText: /claim|alert/ })).toHaveCount(
		0
	);
	await expect(panel.getByRole('link', { name: /example\.org/ }).first()).toHaveAttribute(
		'href',
		/^https:\/\/example\.org\/x/
	);
	expect(dialogs).toEqual([]);
});

test('in German: a broken file’s problems, where they are and why, are in the page’s language', async ({ page }) => {
	await page.goto('/?lang=de');
	await expect(page.locator('body[data-hydrated]')).toHaveCount(1);
	const csv = [
		'Date,End date,Title,Source URL,Publisher,Source kind',
		'2025-03-01,,A good first row,https://example.org/a,Example,news',
		'2025-02-01,2025-02-30,An impossible end date,https://example.org/b,Example,news'
	].join('\r\n');
	await page.getByLabel('Zeitleisten-Datei öffnen…').setInputFiles({
		name: 'kaputt.csv',
		mimeType: 'text/csv',
		buffer: Buffer.from(csv)
	});
	const alert = page.getByRole('alert');
	await expect(alert.getByRole('heading')).toHaveText('kaputt.csv wurde nicht geladen: 2 Probleme');
	await expect(alert).toContainText('Zeile 3, Spalte „End date“: ');
	await expect(alert).toContainText('2025-02-30 gibt es nicht: Der Februar 2025 hat 28 Tage');
	await expect(alert).not.toContainText('does not exist');
	await alert.getByRole('button', { name: 'Schließen' }).click();
	await expect(page.getByRole('alert')).toHaveCount(0);
});

test('in Russian: the import report counts in the language’s plural forms', async ({ page }) => {
	await page.goto('/?lang=ru');
	await expect(page.locator('body[data-hydrated]')).toHaveCount(1);
	await page.getByLabel('Открыть файл хронологии…').setInputFiles(`${tjsDir}eras.json`);
	await expect(page.getByRole('heading', { level: 1 })).toHaveText('Eras Test');
	const report = page.getByRole('region', { name: /^Открыт eras\.json: TimelineJS JSON/ });
	await expect(report).toContainText(/\d+ (событие|события|событий), \d+ (источник|источника|источников)/);
	await report.getByText(/Что изменилось и что стоит проверить/).click();
	await expect(report.getByRole('listitem').first()).toBeVisible();
	await expect(report.getByRole('list')).not.toContainText(/ was | were | dropped /);
	await expect(report.getByRole('button', { name: 'Скачать как CSV' })).toBeVisible();
});
