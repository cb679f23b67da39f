// `npm run bench`: builds the site, generates 1k / 10k / 100k-event timelines, opens each in headless
// Chromium through `?data=` and measures load, zoom and pan frames, long tasks, heap, DOM size, the
// app's JavaScript, and find and filter (keystroke, facet toggle and lanes switch to the painted
// frame, zoom frames in lanes). Medians of 3 runs. Prints a table and writes bench-results/latest.json.
// A benchmark, not a test: it never fails on a figure.
import { chromium } from '@playwright/test';
import { execSync } from 'node:child_process';
import { serveStatic } from './serve.mjs';
import { mkdirSync, readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { payload } from './payload.mjs';
import { generate } from './generate.mjs';
import { cpuCheck, stealMs } from './cpu-check.mjs';
import { findChromium, isPlaywrightOwn, CHROMIUM_ARGS } from '../../e2e/chromium.mjs';

const SIZES = (process.env.BENCH_SIZES ?? '1000,10000,100000').split(',').map(Number);
const RUNS = Number(process.env.BENCH_RUNS ?? 3);
// BENCH_PORT lets two checkouts bench side by side.
const PORT = Number(process.env.BENCH_PORT ?? 4179);
// Each run opens a fresh page and lets the machine settle before navigating: the previous run's page
// is still being torn down and the new page's renderer is still starting, and on two cores that
// took 0.15–0.3 s from the load measured (a reader's browser is idle when a link is opened, with a
// renderer already up).
const SETTLE_MS = 1000;
const BASE = `http://127.0.0.1:${PORT}`;
const root = new URL('../../', import.meta.url).pathname;

if (!process.argv.includes('--no-build')) execSync('npm run build', { cwd: root, stdio: 'inherit' });
mkdirSync(join(root, 'build/bench'), { recursive: true });
for (const n of SIZES) writeFileSync(join(root, `build/bench/timeline-${n}.json`), JSON.stringify(generate(n)));

const median = (xs) => {
	const s = [...xs].sort((a, b) => a - b);
	return s.length ? s[Math.floor(s.length / 2)] : NaN;
};
const pct = (xs, p) => {
	const s = [...xs].sort((a, b) => a - b);
	return s.length ? s[Math.min(s.length - 1, Math.floor((p / 100) * s.length))] : NaN;
};

async function waitForServer() {
	for (let i = 0; i < 100; i++) {
		try {
			if ((await fetch(BASE)).ok) return;
		} catch {
			/* not yet */
		}
		await new Promise((r) => setTimeout(r, 200));
	}
	throw new Error('preview server did not start');
}

/** Frame durations while calling `step(i)` once per animation frame for `count` frames. */
const FRAMES = `async (kind) => {
	const svg = document.querySelector('[aria-label="Timeline"] :is(svg, canvas)');
	const r = svg.getBoundingClientRect();
	const cx = r.left + r.width / 2, cy = r.top + r.height / 2;
	const raf = () => new Promise((res) => requestAnimationFrame(res));
	const stamps = [];
	await raf();
	if (kind === 'pan') svg.dispatchEvent(new MouseEvent('mousedown', { clientX: cx, clientY: cy, bubbles: true, cancelable: true, view: window, button: 0 }));
	for (let i = 0; i < 120; i++) {
		stamps.push(await raf());
		if (kind === 'zoom') svg.dispatchEvent(new WheelEvent('wheel', { deltaY: i < 60 ? -100 : 100, deltaMode: 0, clientX: cx, clientY: cy, bubbles: true, cancelable: true, view: window }));
		else window.dispatchEvent(new MouseEvent('mousemove', { clientX: cx + (i < 60 ? -8 * i : -8 * (120 - i)), clientY: cy, bubbles: true, cancelable: true, view: window, button: 0 }));
	}
	stamps.push(await raf());
	if (kind === 'pan') window.dispatchEvent(new MouseEvent('mouseup', { clientX: cx, clientY: cy, bubbles: true, view: window }));
	return stamps.slice(1).map((t, i) => t - stamps[i]);
}`;

/**
 * Find and filter, in the page: each step's time from the input (a keystroke's input event, a
 * checkbox's change, the lanes select's change) to the frame that shows it (a setTimeout queued from
 * the next animation frame runs once that frame has been painted).
 */
const FIND = `async ({ word, lanes }) => {
	const painted = () => new Promise((r) => requestAnimationFrame(() => setTimeout(r, 0)));
	const pause = (ms) => new Promise((r) => setTimeout(r, ms));
	const time = async (act) => { const t0 = performance.now(); act(); await painted(); return performance.now() - t0; };
	const box = document.querySelector('#find-input');
	box.focus();
	// The index is built in idle slices once the box has focus: wait for it, as a reader's first keystroke comes later.
	const ready = performance.now();
	while (!performance.getEntriesByName('sourceline:search-ready').length) await pause(20);
	const indexMs = performance.now() - ready;
	await painted();
	const keys = [];
	for (let i = 1; i <= word.length; i++) {
		keys.push(await time(() => { box.value = word.slice(0, i); box.dispatchEvent(new Event('input', { bubbles: true })); }));
		await pause(120);
	}
	const status = document.querySelector('#find-status').textContent;
	// Clear the search (Esc), open the facets, and tick and untick the first values of the actor facet.
	box.dispatchEvent(new KeyboardEvent('keydown', { key: 'Escape', bubbles: true }));
	await painted();
	const open = await time(() => [...document.querySelectorAll('button')].find((b) => b.textContent.startsWith('Filters')).click());
	await pause(200);
	const toggles = [];
	for (let i = 0; i < 8; i++) {
		const boxes = document.querySelectorAll('#facet-actor input[type=checkbox]');
		toggles.push(await time(() => boxes[i % 4].click()));
		await pause(120);
	}
	for (const b of document.querySelectorAll('#facet-actor input[type=checkbox]')) if (b.checked) b.click();
	await painted();
	const select = document.querySelector('#lane-switch');
	const switches = [];
	for (const v of [lanes, '', lanes, '', 'tag', '']) {
		switches.push(await time(() => { select.value = v; select.dispatchEvent(new Event('change', { bubbles: true })); }));
		await pause(200);
	}
	select.value = lanes;
	select.dispatchEvent(new Event('change', { bubbles: true }));
	await painted();
	return { indexMs, keys, status, open, toggles, switches };
}`;

/** Frames that took longer than one at 60 Hz (the durations come in multiples of 16.7 ms). */
const missed = (frames) => frames.filter((d) => d > 20).length;

async function once(browser, n) {
	const cpuBefore = cpuCheck();
	const context = await browser.newContext({ viewport: { width: 1280, height: 800 } });
	const page = await context.newPage();
	await page.addInitScript(() => {
		window.__longtasks = [];
		try {
			new PerformanceObserver((list) =>
				list.getEntries().forEach((e) => window.__longtasks.push({ start: e.startTime, duration: e.duration }))
			).observe({ type: 'longtask', buffered: true });
		} catch {
			/* no longtask support */
		}
	});
	await page.waitForTimeout(SETTLE_MS);
	await page.goto(`${BASE}/?data=/bench/timeline-${n}.json`);
	const firstRender = await page.waitForFunction(
		(count) => {
			const region = document.querySelector('[aria-label="Timeline"]');
			const h1 = document.querySelector('h1');
			return region?.getAttribute('aria-busy') === 'false' && h1?.textContent?.includes(count)
				? performance.now()
				: false;
		},
		// Formatted here: a page's first toLocaleString takes 60–120 ms, which would be counted.
		n.toLocaleString('en'),
		{ polling: 'raf', timeout: 120_000 }
	);
	const rendered = await firstRender.jsonValue();
	const marks = await page.evaluate(() =>
		Object.fromEntries(
			performance
				.getEntriesByType('mark')
				.filter((m) => m.name.startsWith('sourceline:'))
				.map((m) => [m.name.slice(11), Math.round(m.startTime)])
		)
	);
	const cdp = await context.newCDPSession(page);
	await cdp.send('HeapProfiler.collectGarbage');
	const heap = (await cdp.send('Runtime.getHeapUsage')).usedSize;
	const domNodes = await page.evaluate(() => document.getElementsByTagName('*').length);
	// Which renderer drew it: the app switches from SVG to a canvas above a number of events.
	const drawnOn = await page.evaluate(() =>
		document.querySelector('[aria-label="Timeline"] canvas') ? 'canvas' : 'svg'
	);
	const steal0 = stealMs();
	const zoom = await page.evaluate(`(${FRAMES})('zoom')`);
	const zoomSteal = stealMs() - steal0;
	await page.getByRole('button', { name: 'Fit all' }).click();
	for (let i = 0; i < 4; i++) await page.keyboard.press('+');
	const steal1 = stealMs();
	const pan = await page.evaluate(`(${FRAMES})('pan')`);
	const panSteal = stealMs() - steal1;
	const longAfter = await page.evaluate((t) => window.__longtasks.filter((l) => l.start > t), rendered);
	const longBefore = await page.evaluate((t) => window.__longtasks.filter((l) => l.start <= t), rendered);
	// Find and filter after the frames above (their long-task count stays that of zoom and pan).
	await page.getByRole('button', { name: 'Fit all' }).click();
	const steal2 = stealMs();
	const find = await page.evaluate(`(${FIND})(${JSON.stringify({ word: 'minister', lanes: 'actor' })})`);
	const findSteal = stealMs() - steal2;
	// Zoom frames in lanes by actor (left on by the find steps).
	const laneZoom = await page.evaluate(`(${FRAMES})('zoom')`);
	await context.close();
	return {
		cpuCheckMs: Math.max(cpuBefore, cpuCheck()),
		firstRenderMs: rendered,
		marks,
		heapMB: heap / 1024 / 1024,
		domNodes,
		drawnOn,
		zoom: { p50: pct(zoom, 50), p95: pct(zoom, 95), max: Math.max(...zoom), missed: missed(zoom), stealMs: zoomSteal },
		pan: { p50: pct(pan, 50), p95: pct(pan, 95), max: Math.max(...pan), missed: missed(pan), stealMs: panSteal },
		find: {
			indexMs: find.indexMs,
			keyP50: pct(find.keys, 50),
			keyP95: pct(find.keys, 95),
			keyMax: Math.max(...find.keys),
			status: find.status,
			openFacetsMs: find.open,
			toggleP50: pct(find.toggles, 50),
			toggleP95: pct(find.toggles, 95),
			lanesP50: pct(find.switches, 50),
			lanesP95: pct(find.switches, 95),
			lanesMax: Math.max(...find.switches),
			stealMs: findSteal
		},
		laneZoom: { p50: pct(laneZoom, 50), p95: pct(laneZoom, 95), max: Math.max(...laneZoom), missed: missed(laneZoom) },
		longTasksAfterRender: longAfter.length,
		longestTaskAfterRenderMs: longAfter.reduce((m, l) => Math.max(m, l.duration), 0),
		longTasksBeforeRender: longBefore.length,
		longestTaskBeforeRenderMs: longBefore.reduce((m, l) => Math.max(m, l.duration), 0)
	};
}

const server = serveStatic(join(root, 'build'), PORT);
const results = {
	date: new Date().toISOString(),
	machine: { cores: (await import('node:os')).cpus().length },
	// The JavaScript each page requests (workers apart): the home timeline, one event page, and below,
	// each size's `?data=` page.
	payload: {},
	sizes: {}
};
try {
	await waitForServer();
	const exe = findChromium();
	const browser = await chromium.launch({
		args: [...CHROMIUM_ARGS, '--enable-precise-memory-info'],
		...(exe && !isPlaywrightOwn(exe) ? { executablePath: exe } : {})
	});
	results.payload.home = await payload(browser, `${BASE}/`);
	const eventPage = readdirSync(join(root, 'build/events')).find((f) => f.endsWith('.html'));
	if (eventPage) results.payload.event = await payload(browser, `${BASE}/events/${eventPage.slice(0, -5)}`);
	// A page in another interface language: the same page and one language's catalogue.
	results.payload.german = await payload(browser, `${BASE}/?lang=de`);
	results.payload.arabic = await payload(browser, `${BASE}/?lang=ar`);
	for (const n of SIZES) {
		const runs = [];
		for (let i = 0; i < RUNS; i++) {
			runs.push(await once(browser, n));
			const r = runs.at(-1);
			process.stdout.write(
				`  ${n} events, run ${i + 1}: first render ${r.firstRenderMs.toFixed(0)} ms ${JSON.stringify(r.marks)}, ` +
					`zoom p95 ${r.zoom.p95.toFixed(1)} ms (${r.zoom.missed} missed, steal ${r.zoom.stealMs} ms), ` +
					`pan p95 ${r.pan.p95.toFixed(1)} ms (${r.pan.missed} missed, steal ${r.pan.stealMs} ms), ` +
					`keystroke p95 ${r.find.keyP95.toFixed(1)} ms (index ${r.find.indexMs.toFixed(0)} ms idle; "${r.find.status}"), ` +
					`facets open ${r.find.openFacetsMs.toFixed(0)} ms, toggle p95 ${r.find.toggleP95.toFixed(1)} ms, lanes p95 ${r.find.lanesP95.toFixed(1)} ms, ` +
					`lanes zoom p95 ${r.laneZoom.p95.toFixed(1)} ms (${r.laneZoom.missed} missed), steal ${r.find.stealMs} ms, CPU check ${r.cpuCheckMs.toFixed(0)} ms\n`
			);
		}
		const m = (f) => median(runs.map(f));
		results.sizes[n] = {
			firstRenderMs: m((r) => r.firstRenderMs),
			zoomP50: m((r) => r.zoom.p50),
			zoomP95: m((r) => r.zoom.p95),
			zoomMax: m((r) => r.zoom.max),
			panP50: m((r) => r.pan.p50),
			panP95: m((r) => r.pan.p95),
			panMax: m((r) => r.pan.max),
			keyP50: m((r) => r.find.keyP50),
			keyP95: m((r) => r.find.keyP95),
			searchIndexMs: m((r) => r.find.indexMs),
			openFacetsMs: m((r) => r.find.openFacetsMs),
			toggleP50: m((r) => r.find.toggleP50),
			toggleP95: m((r) => r.find.toggleP95),
			lanesP50: m((r) => r.find.lanesP50),
			lanesP95: m((r) => r.find.lanesP95),
			laneZoomP95: m((r) => r.laneZoom.p95),
			longTasksAfterRender: m((r) => r.longTasksAfterRender),
			longestTaskAfterRenderMs: m((r) => r.longestTaskAfterRenderMs),
			longestTaskBeforeRenderMs: m((r) => r.longestTaskBeforeRenderMs),
			heapMB: m((r) => r.heapMB),
			domNodes: m((r) => r.domNodes),
			drawnOn: runs[0].drawnOn,
			cpuCheckMs: m((r) => r.cpuCheckMs),
			payloadGzip: (await payload(browser, `${BASE}/?data=/bench/timeline-${n}.json`)).gzip,
			runs
		};
	}
	await browser.close();
} finally {
	server.close();
}

const f = (x, d = 0) => (Number.isFinite(x) ? x.toFixed(d) : '—');
const rows = [
	[
		'events',
		'drawn on',
		'first render ms',
		'zoom p50/p95/max ms',
		'pan p50/p95/max ms',
		'keystroke p50/p95 ms',
		'facet toggle p50/p95 ms',
		'to lanes p50/p95 ms',
		'lanes zoom p95 ms',
		'long tasks after render (max ms)',
		'heap MB',
		'DOM nodes',
		'JS KB gz',
		'CPU check ms'
	],
	...Object.entries(results.sizes).map(([n, s]) => [
		Number(n).toLocaleString('en'),
		s.drawnOn,
		f(s.firstRenderMs),
		`${f(s.zoomP50, 1)} / ${f(s.zoomP95, 1)} / ${f(s.zoomMax, 1)}`,
		`${f(s.panP50, 1)} / ${f(s.panP95, 1)} / ${f(s.panMax, 1)}`,
		`${f(s.keyP50, 1)} / ${f(s.keyP95, 1)}`,
		`${f(s.toggleP50, 1)} / ${f(s.toggleP95, 1)}`,
		`${f(s.lanesP50, 1)} / ${f(s.lanesP95, 1)}`,
		f(s.laneZoomP95, 1),
		`${f(s.longTasksAfterRender)} (${f(s.longestTaskAfterRenderMs)})`,
		f(s.heapMB, 1),
		f(s.domNodes),
		f(s.payloadGzip / 1024, 1),
		f(s.cpuCheckMs)
	])
];
const widths = rows[0].map((_, i) => Math.max(...rows.map((r) => r[i].length)));
console.log('\n' + rows.map((r) => '| ' + r.map((c, i) => c.padEnd(widths[i])).join(' | ') + ' |').join('\n'));
console.log(
	'CPU check: a fixed workload timed before and after each run (the slower of the two; about 30 ms when this VM is quiet).'
);
console.log(
	'Per run above: frames missed (over 20 ms) and the CPU time stolen by the hypervisor during each zoom and pan.'
);
console.log(
	`JS KB gz: every script the page requested until the timeline was drawn and the network was quiet (workers apart), gzipped; the home timeline's page: ${(results.payload.home.gzip / 1024).toFixed(1)} KB; an event's page: ${((results.payload.event?.gzip ?? NaN) / 1024).toFixed(1)} KB; the home page in German (?lang=de): ${(results.payload.german.gzip / 1024).toFixed(1)} KB, in Arabic: ${(results.payload.arabic.gzip / 1024).toFixed(1)} KB.`
);
console.log(
	'Find and filter (after the zoom and pan): input to the painted frame, over each letter of "minister", 8 actor-facet ticks and 6 lane switches; lanes zoom: the same 120 wheel frames in lanes by actor.'
);
mkdirSync(join(root, 'bench-results'), { recursive: true });
writeFileSync(join(root, 'bench-results/latest.json'), JSON.stringify(results, null, 2));
console.log('Wrote bench-results/latest.json');
