import { describe, expect, it, vi } from 'vitest';
import {
	buildUnchecked,
	loadTimelineTextAsync,
	WORKER_START_TIMEOUT_MS,
	WORKER_THRESHOLD,
	type LoadWorker
} from './load-async';
import { WORKER_RECEIVED, type WorkerReply } from './worker-messages';
import { LIMITS } from './limits';
import { digestChecks, validateTimeline } from './check';

const file = (events: unknown[], sources = [{ id: 's', publisher: 'S', url: 'https://s.example/', kind: 'news' }]) =>
	JSON.stringify({ id: 'x', title: 'x', language: 'en', sources, events });

describe("the main thread's build while the worker validates", () => {
	it('builds a sorted timeline from valid text', () => {
		const t = buildUnchecked(
			file([
				{ id: 'b', title: 'B', date: '2025-02', sources: ['s'] },
				{ id: 'a', title: 'A', date: '2025-01', sources: ['s'] }
			])
		);
		expect(t?.events.map((e) => e.id)).toEqual(['a', 'b']);
	});

	it('gives up on broken text and on counts over the limits, without working through them', () => {
		expect(buildUnchecked('{"id": ')).toBeNull();
		expect(buildUnchecked(file([{ id: 'a', title: 'A', date: 7, sources: 's' }]))).toBeNull();
		// One event citing far more sources than allowed: refused before corroboration compares them pairwise.
		const many = Array.from({ length: 50_000 }, (_, i) => ({
			id: `s${i}`,
			publisher: 'S',
			url: 'https://s.example/',
			kind: 'news'
		}));
		expect(
			buildUnchecked(file([{ id: 'a', title: 'A', date: '2025', sources: many.map((s) => s.id) }], many))
		).toBeNull();
		expect(
			buildUnchecked(
				file([{ id: 'a', title: 'A', date: '2025', sources: Array(LIMITS.sourcesPerEvent + 1).fill('s') }])
			)
		).toBeNull();
	});
});

/** A stand-in for the validating worker: records what it is sent and answers when told to. */
class FakeWorker {
	onmessage: ((e: MessageEvent<WorkerReply>) => void) | null = null;
	onerror: (() => void) | null = null;
	posted: unknown[] = [];
	terminated = false;
	listeners: { message: ((e: MessageEvent<WorkerReply>) => void)[]; error: ((e?: unknown) => void)[] } = {
		message: [],
		error: []
	};
	addEventListener(type: 'message' | 'error', f: (e: MessageEvent<WorkerReply>) => void) {
		if (type === 'message') this.listeners.message.push(f);
		else this.listeners.error.push(f as (e?: unknown) => void);
	}
	postMessage(message: unknown) {
		this.posted.push(message);
	}
	terminate() {
		this.terminated = true;
	}
	say(reply: WorkerReply) {
		const e = { data: reply } as MessageEvent<WorkerReply>;
		this.onmessage?.(e);
		for (const f of this.listeners.message) f(e);
	}
}

describe('loading a large text with the worker', () => {
	// Over WORKER_THRESHOLD, so the worker is used; valid.
	const big = file(
		Array.from({ length: 26_000 }, (_, i) => ({
			id: `e${i}`,
			title: `Event ${i} ${'x'.repeat(280)}`,
			date: `20${10 + (i % 15)}-0${1 + (i % 9)}-1${i % 10}`,
			sources: ['s']
		}))
	);
	const tick = () => new Promise((r) => setTimeout(r, 0));
	const started = (fake: FakeWorker, ready = Promise.resolve(true)): LoadWorker => ({
		worker: fake as unknown as Worker,
		ready
	});

	it('posts the text once the worker is up, and takes the timeline once it has found no error', async () => {
		expect(big.length).toBeGreaterThan(WORKER_THRESHOLD);
		const fake = new FakeWorker();
		let up!: (ok: boolean) => void;
		const result = loadTimelineTextAsync(big, 'big.json', started(fake, new Promise((r) => (up = r))));
		await tick();
		expect(fake.posted).toEqual([]);
		up(true);
		await tick();
		expect(fake.posted).toEqual([{ text: big, file: 'big.json' }]);
		fake.say(WORKER_RECEIVED);
		fake.say([]);
		const r = await result;
		expect(r.ok && r.timeline.events.length).toBe(26_000);
		expect(fake.terminated).toBe(true);
	});

	it("returns the worker's errors", async () => {
		const fake = new FakeWorker();
		const result = loadTimelineTextAsync(big, 'big.json', started(fake));
		await tick();
		fake.say(WORKER_RECEIVED);
		const error = {
			file: 'big.json',
			path: 'events[3].date',
			code: 'dateShape',
			params: {}
		} as const;
		fake.say([error]);
		expect(await result).toEqual({ ok: false, errors: [error] });
	});

	it('loads on this thread when the worker does not come up (fails, or stays silent), or fails after taking the text', async () => {
		const never = new FakeWorker();
		const r1 = await loadTimelineTextAsync(big, 'big.json', started(never, Promise.resolve(false)));
		expect(r1.ok && r1.timeline.events.length).toBe(26_000);
		expect(never.posted).toEqual([]);
		expect(never.terminated).toBe(true);

		// Neither up nor failed: given up after a while.
		vi.useFakeTimers();
		try {
			const silent = new FakeWorker();
			const pending = loadTimelineTextAsync(big, 'big.json', started(silent, new Promise(() => {})));
			await vi.advanceTimersByTimeAsync(WORKER_START_TIMEOUT_MS);
			const r = await pending;
			expect(r.ok && r.timeline.events.length).toBe(26_000);
			expect(silent.posted).toEqual([]);
			expect(silent.terminated).toBe(true);
		} finally {
			vi.useRealTimers();
		}

		const crashing = new FakeWorker();
		const result = loadTimelineTextAsync(big, 'big.json', started(crashing));
		await tick();
		crashing.onerror?.();
		for (const f of crashing.listeners.error) f();
		const r2 = await result;
		expect(r2.ok && r2.timeline.events.length).toBe(26_000);
	});
});

describe("the page's own check of a small file", () => {
	const archived = (sha256: string) =>
		file(
			[{ id: 'a', title: 'A', date: '2025', sources: ['s'] }],
			[
				{
					id: 's',
					publisher: 'S',
					url: 'https://s.example/',
					kind: 'news',
					archive: { scope: 'full', text: 'abc', sha256 }
				} as never
			]
		);
	const ABC = 'ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad';

	it('holds an archived text to its SHA-256 (the hashing code fetched for it)', async () => {
		expect((await loadTimelineTextAsync(archived(ABC), 'a.json')).ok).toBe(true);
		const wrong = await loadTimelineTextAsync(archived('0'.repeat(64)), 'a.json');
		expect(wrong.ok ? [] : wrong.errors.map((e) => [e.path, e.code])).toEqual([
			['sources[0].archive.sha256', 'shaMismatch']
		]);
	});

	it('needs no hashing for a file without archived texts, and says so before it is checked', () => {
		expect(digestChecks(JSON.parse(file([{ id: 'a', title: 'A', date: '2025', sources: ['s'] }])))).toEqual([]);
		expect(digestChecks(JSON.parse(archived(ABC)))).toEqual([
			{ path: 'sources[0].archive.sha256', source: 's', text: 'abc', sha: ABC }
		]);
		// A digest that is not 64 hex digits is the schema's to refuse, not one to compute.
		expect(digestChecks(JSON.parse(archived('abc')))).toEqual([]);
	});

	it('refuses to skip a digest it was given no hash for', () => {
		expect(() => validateTimeline(JSON.parse(archived(ABC)), 'a.json', null)).toThrow(/no hash given/);
	});
});
