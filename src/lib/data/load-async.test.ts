import { describe, expect, it } from 'vitest';
import { buildUnchecked } from './load-async';
import { LIMITS } from './limits';

const file = (events: unknown[], sources = [{ id: 's', publisher: 'S', url: 'https://s.example/', kind: 'news' }]) =>
	JSON.stringify({ id: 'x', title: 'x', language: 'en', sources, events });

describe("the main thread's build while the worker validates", () => {
	it('builds a sorted timeline from valid text', () => {
		const t = buildUnchecked(file([{ id: 'b', title: 'B', date: '2025-02', sources: ['s'] }, { id: 'a', title: 'A', date: '2025-01', sources: ['s'] }]));
		expect(t?.events.map((e) => e.id)).toEqual(['a', 'b']);
	});

	it('gives up on broken text and on counts over the limits, without working through them', () => {
		expect(buildUnchecked('{"id": ')).toBeNull();
		expect(buildUnchecked(file([{ id: 'a', title: 'A', date: 7, sources: 's' }]))).toBeNull();
		// One event citing far more sources than allowed: refused before corroboration compares them pairwise.
		const many = Array.from({ length: 50_000 }, (_, i) => ({ id: `s${i}`, publisher: 'S', url: 'https://s.example/', kind: 'news' }));
		expect(buildUnchecked(file([{ id: 'a', title: 'A', date: '2025', sources: many.map((s) => s.id) }], many))).toBeNull();
		expect(buildUnchecked(file([{ id: 'a', title: 'A', date: '2025', sources: Array(LIMITS.sourcesPerEvent + 1).fill('s') }]))).toBeNull();
	});
});
