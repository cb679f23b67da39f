import { test, expect } from './fixtures';
import AxeBuilder from '@axe-core/playwright';
import { openApp } from './helpers';

const AXE_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'];

test('Wadephul’s panel shows its confidence, what each source supports and the archived copies, axe clean', async ({
	page
}) => {
	// The home page carries the whole timeline without its archived texts (an event page loads the
	// published data file, which has them, once it is up).
	await openApp(page, '/?event=wadephul-umbrella-not-replaceable');
	const panel = page.getByRole('region', { name: /^Wadephul: the US nuclear umbrella/ });
	// Confidence in words and badges, with the reason.
	await expect(panel).toContainText('single report; date and attribution: medium confidence');
	await expect(panel.locator('.confidence').filter({ hasText: /^date: medium confidence/ })).toContainText(
		'TASS says only “previously”'
	);
	await expect(panel.locator('.confidence').filter({ hasText: /^attribution: medium confidence/ })).toBeVisible();
	// What each source supports.
	const ministry = panel.getByRole('listitem').filter({ hasText: 'Federal Foreign Office' });
	await expect(ministry).toContainText('primary');
	await expect(ministry).toContainText('Supports only the date: not counted as a report of the event.');
	await expect(ministry).toContainText('No archived copy.');
	const tass = panel.getByRole('listitem').filter({ hasText: 'TASS (English service)' });
	await expect(tass).toContainText('Supports the event and its quotes; not the date.');
	// The archived copy line, and the text itself only when asked for (fetched and checked against its SHA-256).
	await expect(tass).toContainText(/Archived copy \(full text\) · capture time not recorded · sha256 edf3…8181/);
	await expect(tass.getByRole('region', { name: /^Archived text of/ })).toHaveCount(0);
	const fetched = page.waitForResponse((r) =>
		r.url().endsWith('/archives/us-nuclear-umbrella-2025/tass-en-2063657.txt')
	);
	await tass.getByRole('button', { name: 'Show archived text' }).click();
	expect((await fetched).status()).toBe(200);
	const text = tass.getByRole('region', { name: 'Archived text of TASS (English service)' });
	await expect(text).toContainText('German Foreign Minister Johann Wadephul previously stated');
	await expect(tass.getByRole('button', { name: 'Hide archived text' })).toHaveAttribute('aria-expanded', 'true');
	// The mirror's quote says whose page it is.
	await expect(panel.getByRole('figure').filter({ hasText: 'Ich muss klarstellen' })).toContainText(
		'Appears verbatim in the archived text of a rewrite of another report, not of the original.'
	);
	const result = await new AxeBuilder({ page }).withTags(AXE_TAGS).analyze();
	expect(result.passes.length).toBeGreaterThan(10);
	expect(result.violations.map((v) => `${v.id}: ${v.nodes.length} × ${v.nodes[0]?.target.join(' ')}`)).toEqual([]);
});

test('a look-alike page’s quote says it is a known look-alike site; a tampered archived text is not shown', async ({
	page
}) => {
	await page.route('**/archives/us-nuclear-umbrella-2025/steelcitydaily-19778.txt', (route) =>
		route.fulfill({ contentType: 'text/plain; charset=utf-8', body: 'Pistorius gave a speech to the Bundestag.' })
	);
	await openApp(page, '/?event=claim-pistorius-bundestag-address');
	const panel = page.getByRole('region', { name: /^Claim: Pistorius gave a 22 December address/ });
	const quote = panel.getByRole('figure').filter({ hasText: 'echoed these concerns in a December 22nd address' });
	await expect(quote).toContainText('Appears verbatim in the archived text of a known look-alike site.');
	const steel = panel.getByRole('listitem').filter({ hasText: 'steelcitydaily.com' });
	await steel.getByRole('button', { name: 'Show archived text' }).click();
	await expect(steel.getByRole('alert')).toContainText(
		'The text that arrived does not match the archived copy’s SHA-256'
	);
	await expect(steel.getByRole('region', { name: /^Archived text of/ })).toHaveCount(0);
	const result = await new AxeBuilder({ page }).withTags(AXE_TAGS).analyze();
	expect(result.violations.map((v) => `${v.id}: ${v.nodes.length} × ${v.nodes[0]?.target.join(' ')}`)).toEqual([]);
});

test('a previewed file: a quote its source has no archive for is marked, and a wrong quote is refused by name', async ({
	page
}) => {
	await openApp(page);
	const file = {
		id: 'preview',
		title: 'Preview',
		language: 'en',
		sources: [
			{
				id: 'paper',
				publisher: 'Daily Paper',
				url: 'https://paper.example/r',
				kind: 'news',
				archive: { scope: 'passages', text: 'The mayor said: “We will build it.”', captured: '2026-11-21T14:03Z' }
			},
			{ id: 'radio', publisher: 'Radio One', url: 'https://radio.example/r', kind: 'news' }
		],
		events: [
			{
				id: 'bridge',
				title: 'The mayor promises a bridge',
				date: '2025-03-05',
				quotes: [
					{ text: 'We will build it.', speaker: 'The mayor', source: 'paper', language: 'en' },
					{ text: 'We build.', speaker: 'The mayor', source: 'radio', language: 'en' }
				],
				sources: ['paper', 'radio'],
				confidence: { date: { level: 'low', note: 'Only the radio gives the day.' } },
				support: [{ source: 'radio', supports: ['event', 'date', 'quote'] }]
			}
		]
	};
	const open = (json: unknown) =>
		page.getByLabel('Open a timeline file…').setInputFiles({
			name: 'preview.json',
			mimeType: 'application/json',
			buffer: Buffer.from(JSON.stringify(json))
		});
	await open(file);
	await expect(page.getByRole('region', { name: /^Opened preview\.json/ })).toContainText(
		'1 source has an archived copy: 1 of 2 quotes checked and found verbatim in it, 1 not checked against an archived copy. 1 event has a date or attribution of medium or low confidence.'
	);
	await page
		.getByRole('region', { name: 'Timeline' })
		.getByRole('button', { name: /^The mayor promises a bridge/ })
		.click();
	const panel = page.getByRole('region', { name: 'The mayor promises a bridge' });
	await expect(panel.locator('.confidence')).toContainText('date: low confidence Only the radio gives the day.');
	await expect(panel.getByRole('figure').filter({ hasText: 'We will build it.' })).toContainText(
		'Appears verbatim in the archived text.'
	);
	await expect(panel.getByRole('figure').filter({ hasText: 'We build.' })).toContainText(
		'Not checked against an archived copy.'
	);
	const paper = panel.getByRole('listitem').filter({ hasText: 'Daily Paper' });
	await expect(paper).toContainText(
		/Archived copy \(passages\) · captured 21 November 2026, 14:03 UTC · sha256 [0-9a-f]{4}…/
	);
	await paper.getByRole('button', { name: 'Show archived text' }).click();
	await expect(paper.getByRole('region', { name: 'Archived text of Daily Paper' })).toContainText('The mayor said');

	const wrong = structuredClone(file);
	wrong.events[0]!.quotes[0]!.text = 'We will build it soon.';
	await open(wrong);
	await expect(page.getByRole('alert')).toContainText(
		'events[0].quotes[0].text: of event "bridge" does not appear verbatim in the archived text of source "paper": “We will build it soon.”'
	);
	// The timeline on screen stays as it was.
	await expect(page.getByRole('heading', { level: 1 })).toHaveText('Preview');
});
