// Screenshots of the built site for the README and for looking at what we build:
// `npm run build && node scripts/screenshots.mjs` (serves build/ with vite preview on :4174).
import { chromium } from '@playwright/test';
import { spawn } from 'node:child_process';
import { findChromium, isPlaywrightOwn, CHROMIUM_ARGS } from '../e2e/chromium.mjs';

const exe = findChromium();
const server = spawn('node_modules/.bin/vite', ['preview', '--port', '4174', '--strictPort', '--host', '127.0.0.1'], {
	stdio: 'ignore'
});
const base = 'http://127.0.0.1:4174';
const out = process.argv[2] ?? 'docs';
try {
	for (let i = 0; i < 50; i++) {
		try {
			if ((await fetch(base)).ok) break;
		} catch {
			/* not up yet */
		}
		await new Promise((r) => setTimeout(r, 200));
	}
	const browser = await chromium.launch({
		args: CHROMIUM_ARGS,
		...(exe && !isPlaywrightOwn(exe) ? { executablePath: exe } : {})
	});
	const desktop = await browser.newPage({ viewport: { width: 1280, height: 800 } });
	await desktop.goto(base + '/');
	await desktop.waitForSelector('body[data-hydrated]');
	await desktop.screenshot({ path: `${out}/fit-all.png` });
	await desktop
		.getByRole('button', { name: /^Rutte: the US nuclear umbrella/ })
		.first()
		.click();
	await desktop.screenshot({ path: `${out}/panel.png` });
	await desktop
		.getByRole('button', { name: /^Pistorius: Europe/ })
		.first()
		.click();
	await desktop.screenshot({ path: `${out}/disputed.png`, fullPage: true });
	await desktop.keyboard.press('Escape');
	await desktop.getByRole('tab', { name: 'Sources' }).click();
	await desktop.screenshot({ path: `${out}/sources.png`, fullPage: true });
	await desktop.getByRole('tab', { name: 'Events' }).click();
	// Month level: wheel-zoom on March, where most events are.
	const march = await desktop
		.getByRole('button', { name: /^Macron opens/ })
		.first()
		.boundingBox();
	await desktop.mouse.move(march.x + 10, march.y + 10);
	for (let i = 0; i < 6; i++) await desktop.mouse.wheel(0, -150);
	await desktop.waitForTimeout(200);
	await desktop.screenshot({ path: `${out}/month.png` });
	const phone = await browser.newPage({
		viewport: { width: 375, height: 812 },
		isMobile: true,
		hasTouch: true,
		deviceScaleFactor: 2
	});
	await phone.goto(base + '/');
	await phone.waitForSelector('body[data-hydrated]');
	await phone.screenshot({ path: `${out}/phone.png` });
	await phone
		.getByRole('link', { name: /^Rutte: the US nuclear umbrella/ })
		.first()
		.click();
	await phone.screenshot({ path: `${out}/phone-panel.png` });
	await browser.close();
} finally {
	server.kill();
}
