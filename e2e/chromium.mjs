// Which Chromium the tests drive: Playwright's own when installed (a normal laptop), else Debian's.
import { existsSync } from 'node:fs';
import { chromium } from '@playwright/test';

/** Path of a Chromium to use, or null when none is found. */
export function findChromium() {
	if (process.env.CHROMIUM_PATH && existsSync(process.env.CHROMIUM_PATH)) return process.env.CHROMIUM_PATH;
	try {
		const own = chromium.executablePath();
		if (own && existsSync(own)) return own;
	} catch {
		// Playwright's browser is not installed; fall through to the system one.
	}
	for (const p of ['/usr/bin/chromium', '/usr/bin/chromium-browser']) if (existsSync(p)) return p;
	return null;
}

/** True when the path is Playwright's own browser (then no executablePath is needed). */
export function isPlaywrightOwn(path) {
	try {
		return path === chromium.executablePath();
	} catch {
		return false;
	}
}

/** Flags this kind of machine needs (root, no GPU, closed network). */
export const CHROMIUM_ARGS = [
	'--no-sandbox',
	'--disable-gpu',
	'--disable-dev-shm-usage',
	'--disable-quic',
	'--no-first-run',
	'--disable-background-networking',
	'--disable-component-update',
	'--disable-sync'
];
