import { chromium } from '@playwright/test';
import { join } from 'node:path';
import { serveStatic } from './serve.mjs';
const root = new URL('../../', import.meta.url).pathname;
const server = serveStatic(join(root, 'build'), 4181);
const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: ['--no-sandbox'] });
const page = await browser.newPage({ viewport: { width: 1280, height: 800 } });
page.on('console', (m) => console.log(m.text()));
await page.goto(`http://127.0.0.1:4181/?data=/bench/timeline-10000.json`);
await page.waitForFunction(() => document.querySelector('h1')?.textContent?.includes('Benchmark'), null, { timeout: 120000 });
await page.waitForTimeout(1000);
console.log(await page.evaluate(() => {
	const ol = document.querySelector('ol.virtual'); console.log(JSON.stringify({ch: ol.clientHeight, sh: ol.scrollHeight, cs: getComputedStyle(ol).height, mh: getComputedStyle(ol).maxHeight, pt: ol.style.paddingTop, pb: ol.style.paddingBottom}));
	const c = {};
	for (const el of document.getElementsByTagName('*')) { const k = el.tagName + (el.closest('svg') ? ' (svg)' : el.closest('ol') ? ' (list)' : ''); c[k] = (c[k] ?? 0) + 1; }
	return { c, virtual: !!document.querySelector('ol.virtual'), clusters: document.querySelectorAll('g.cluster').length, events: document.querySelectorAll('g.event').length };
}));
await browser.close(); server.close();
