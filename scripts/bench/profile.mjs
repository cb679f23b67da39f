// Profile the zoom frames of one benchmark size: `node scripts/bench/profile.mjs 10000` (after a bench run wrote build/bench).
import { chromium } from '@playwright/test';
import { join } from 'node:path';
import { serveStatic } from './serve.mjs';
import { findChromium, isPlaywrightOwn, CHROMIUM_ARGS } from '../../e2e/chromium.mjs';

const n = Number(process.argv[2] ?? 10000);
const root = new URL('../../', import.meta.url).pathname;
const server = serveStatic(join(root, 'build'), 4180);
const exe = findChromium();
const browser = await chromium.launch({ args: CHROMIUM_ARGS, ...(exe && !isPlaywrightOwn(exe) ? { executablePath: exe } : {}) });
const page = await browser.newPage({ viewport: { width: 1280, height: 800 } });
await page.goto(`http://127.0.0.1:4180/?data=/bench/timeline-${n}.json`);
await page.waitForFunction(() => document.querySelector('[aria-label="Timeline"]')?.getAttribute('aria-busy') === 'false' && document.querySelector('h1')?.textContent?.includes('Benchmark'), null, { timeout: 120000 });
const cdp = await page.context().newCDPSession(page);
await cdp.send('Profiler.enable');
await cdp.send('Profiler.setSamplingInterval', { interval: 200 });
await cdp.send('Profiler.start');
await page.evaluate(async () => {
	const svg = document.querySelector('[aria-label="Timeline"] svg');
	const r = svg.getBoundingClientRect();
	for (let i = 0; i < 60; i++) {
		await new Promise((res) => requestAnimationFrame(res));
		svg.dispatchEvent(new WheelEvent('wheel', { deltaY: i < 30 ? -100 : 100, clientX: r.left + r.width / 2, clientY: r.top + r.height / 2, bubbles: true, cancelable: true, view: window }));
	}
});
const { profile } = await cdp.send('Profiler.stop');
const self = new Map();
const byId = new Map(profile.nodes.map((nd) => [nd.id, nd]));
const dt = profile.timeDeltas;
profile.samples.forEach((id, i) => {
	const nd = byId.get(id);
	const key = `${nd.callFrame.functionName || '(anon)'} ${nd.callFrame.url.split('/').pop()}:${nd.callFrame.lineNumber}`;
	self.set(key, (self.get(key) ?? 0) + (dt[i] ?? 0) / 1000);
});
console.log([...self.entries()].sort((a, b) => b[1] - a[1]).slice(0, 25).map(([k, v]) => `${v.toFixed(1).padStart(8)} ms  ${k}`).join('\n'));
await browser.close();
server.close();
