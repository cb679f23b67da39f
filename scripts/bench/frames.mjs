import { chromium } from '@playwright/test';
import { join } from 'node:path';
import { serveStatic } from './serve.mjs';
const root = new URL('../../', import.meta.url).pathname;
const server = serveStatic(join(root, 'build'), 4182);
const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: ['--no-sandbox', '--disable-gpu'] });
const page = await browser.newPage({ viewport: { width: 1280, height: 800 } });
await page.goto(`http://127.0.0.1:4182/?data=/bench/timeline-${process.argv[2] ?? 1000}.json`);
await page.waitForFunction(() => document.querySelector('h1')?.textContent?.includes('Benchmark') && document.querySelector('[aria-label="Timeline"]')?.getAttribute('aria-busy') === 'false', null, { timeout: 120000 });
const out = await page.evaluate(async () => {
	const svg = document.querySelector('[aria-label="Timeline"] svg');
	const r = svg.getBoundingClientRect();
	const raf = () => new Promise((res) => requestAnimationFrame(res));
	const rows = [];
	let last = await raf();
	for (let i = 0; i < 120; i++) {
		const t0 = performance.now();
		svg.dispatchEvent(new WheelEvent('wheel', { deltaY: i < 60 ? -100 : 100, clientX: r.left + r.width / 2, clientY: r.top + r.height / 2, bubbles: true, cancelable: true, view: window }));
		const js = performance.now() - t0;
		const now = await raf();
		rows.push(`${i} ${(now - last).toFixed(0)} js=${js.toFixed(1)} nodes=${document.querySelectorAll('svg *').length} ${document.querySelector('[aria-label="Timeline"]').dataset.unit}`);
		last = now;
	}
	return rows;
});
console.log(out.join('\n'));
await browser.close(); server.close();
