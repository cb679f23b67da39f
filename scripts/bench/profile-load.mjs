// Where the main thread spends the load of a benchmark timeline: `node scripts/bench/profile-load.mjs 100000`.
import { chromium } from '@playwright/test';
import { join } from 'node:path';
import { serveStatic } from './serve.mjs';
import { findChromium, isPlaywrightOwn, CHROMIUM_ARGS } from '../../e2e/chromium.mjs';

const n = Number(process.argv[2] ?? 100000);
const root = new URL('../../', import.meta.url).pathname;
const server = serveStatic(join(root, 'build'), 4183);
const exe = findChromium();
const browser = await chromium.launch({
	args: CHROMIUM_ARGS,
	...(exe && !isPlaywrightOwn(exe) ? { executablePath: exe } : {})
});
const page = await browser.newPage({ viewport: { width: 1280, height: 800 } });
const cdp = await page.context().newCDPSession(page);
await cdp.send('Profiler.enable');
await cdp.send('Profiler.setSamplingInterval', { interval: 500 });
await cdp.send('Profiler.start');
await page.goto(`http://127.0.0.1:4183/?data=/bench/timeline-${n}.json`);
await page.waitForFunction(
	() =>
		document.querySelector('[aria-label="Timeline"]')?.getAttribute('aria-busy') === 'false' &&
		document.querySelector('h1')?.textContent?.includes('Benchmark'),
	null,
	{ timeout: 120000, polling: 'raf' }
);
const { profile } = await cdp.send('Profiler.stop');
const self = new Map();
const byId = new Map(profile.nodes.map((nd) => [nd.id, nd]));
profile.samples.forEach((id, i) => {
	const nd = byId.get(id);
	const key = `${nd.callFrame.functionName || '(anon)'} ${nd.callFrame.url.split('/').pop()}:${nd.callFrame.lineNumber}:${nd.callFrame.columnNumber}`;
	self.set(key, (self.get(key) ?? 0) + (profile.timeDeltas[i] ?? 0) / 1000);
});
console.log(
	[...self.entries()]
		.sort((a, b) => b[1] - a[1])
		.slice(0, 25)
		.map(([k, v]) => `${v.toFixed(1).padStart(8)} ms  ${k}`)
		.join('\n')
);
await browser.close();
server.close();
