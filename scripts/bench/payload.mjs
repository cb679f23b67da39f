// The JavaScript a page makes the browser fetch: every script request from the page's load until the
// timeline is drawn and the network is quiet (workers apart, as the budget counts them),
// each weighed gzipped at level 9 from the served bytes. `node scripts/bench/payload.mjs <url>…`
// prints it for pages of a running site.
import { gzipSync } from 'node:zlib';

/** Scripts a worker runs are not the page's: they load only when a file is checked or converted. */
const isWorker = (url) => /\/workers\//.test(new URL(url).pathname);

/** The page's scripts (url and gzipped bytes) and their total, for `url` opened in a fresh page. */
export async function payload(browser, url) {
	const context = await browser.newContext({ viewport: { width: 1280, height: 800 } });
	const page = await context.newPage();
	const scripts = [];
	page.on('response', async (response) => {
		const request = response.request();
		if (request.resourceType() !== 'script' || isWorker(request.url())) return;
		const body = await response.body().catch(() => null);
		if (body) scripts.push({ url: new URL(request.url()).pathname, gzip: gzipSync(body, { level: 9 }).length });
	});
	await page.goto(url, { waitUntil: 'networkidle' });
	// The timeline region in any language (its name is translated).
	await page.waitForSelector('[role="region"][aria-busy="false"]', { timeout: 30_000 }).catch(() => {});
	await page.waitForLoadState('networkidle');
	await context.close();
	scripts.sort((a, b) => b.gzip - a.gzip);
	return { scripts, gzip: scripts.reduce((sum, s) => sum + s.gzip, 0) };
}

if (import.meta.url === `file://${process.argv[1]}`) {
	const { chromium } = await import('@playwright/test');
	const { findChromium, isPlaywrightOwn, CHROMIUM_ARGS } = await import('../../e2e/chromium.mjs');
	const exe = findChromium();
	const browser = await chromium.launch({
		args: CHROMIUM_ARGS,
		...(exe && !isPlaywrightOwn(exe) ? { executablePath: exe } : {})
	});
	for (const url of process.argv.slice(2)) {
		const { scripts, gzip } = await payload(browser, url);
		console.log(`${(gzip / 1024).toFixed(1)} KB  ${url}`);
		for (const s of scripts) console.log(`  ${(s.gzip / 1024).toFixed(1).padStart(6)} KB  ${s.url}`);
	}
	await browser.close();
}
