import { expect, type Page } from '@playwright/test';

/** The visible window as the timeline region reports it (UTC ms). */
export async function windowOf(page: Page): Promise<{ from: number; to: number; unit: string }> {
	const region = page.getByRole('region', { name: 'Timeline' });
	const [from, to, unit] = await Promise.all([
		region.getAttribute('data-from'),
		region.getAttribute('data-to'),
		region.getAttribute('data-unit')
	]);
	return { from: Date.parse(from!), to: Date.parse(to!), unit: unit! };
}

/** Box of the timeline's SVG. */
export async function svgBox(page: Page) {
	const box = await page.getByRole('region', { name: 'Timeline' }).locator('svg').boundingBox();
	expect(box).not.toBeNull();
	return box!;
}

/** Open the app and wait until the timeline is drawn and hydrated. */
export async function openApp(page: Page, path = '/') {
	await page.goto(path);
	// Found by its role, not its name: a page with `lang=` renames it once its language is there.
	await expect(page.locator('[role="region"][aria-busy]').first()).toHaveAttribute('aria-busy', 'false');
	await expect(page.locator('body[data-hydrated]')).toHaveCount(1);
}

/**
 * Brightness (0–255) of each pixel of what the page shows inside `clip`, row by row, decoded by the
 * browser in a blank page (no CSP there) from a real screenshot.
 */
export async function brightnessIn(
	page: Page,
	clip: { x: number; y: number; width: number; height: number }
): Promise<number[][]> {
	const png = (await page.screenshot({ clip })).toString('base64');
	const blank = await page.context().newPage();
	try {
		return await blank.evaluate(async (b64) => {
			const img = new Image();
			img.src = `data:image/png;base64,${b64}`;
			await img.decode();
			const canvas = Object.assign(document.createElement('canvas'), { width: img.width, height: img.height });
			const ctx = canvas.getContext('2d')!;
			ctx.drawImage(img, 0, 0);
			const d = ctx.getImageData(0, 0, img.width, img.height).data;
			return Array.from({ length: img.height }, (_, y) =>
				Array.from({ length: img.width }, (_, x) => {
					const i = (y * img.width + x) * 4;
					return Math.round((d[i]! + d[i + 1]! + d[i + 2]!) / 3);
				})
			);
		}, png);
	} finally {
		await blank.close();
	}
}

/** Runs of pixels darker than `dark` along a line of brightness values. */
export function darkRuns(line: number[], dark = 200): number[] {
	const runs: number[] = [];
	let run = 0;
	for (const v of [...line, 255]) {
		if (v < dark) run++;
		else if (run) {
			runs.push(run);
			run = 0;
		}
	}
	return runs;
}

/** Open a timeline file made in the test through the file picker, as a reader picks one. */
export async function pickFile(page: Page, name: string, content: string | object, mimeType = 'application/json') {
	const text = typeof content === 'string' ? content : JSON.stringify(content);
	await page.getByLabel('Open a timeline file…').setInputFiles({ name, mimeType, buffer: Buffer.from(text) });
}
