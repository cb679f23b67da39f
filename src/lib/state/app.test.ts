import { describe, expect, it } from 'vitest';
import { flushSync } from 'svelte';
import { AppState } from './app.svelte';
import { shownEvents } from './filters.svelte';
import { contextWindow } from './viewport.svelte';
import { loadTimelineData } from '$lib/data/load';
import { firstStory } from '../../../tests/fixtures/story';
import { parseViewParams } from '$lib/url/view-params';
import small from '../../../tests/fixtures/small-timeline.json';

if (!firstStory.ok) throw new Error('story invalid');
const story = firstStory.timeline;
const loaded = loadTimelineData(small, 'small-timeline.json');
if (!loaded.ok) throw new Error('fixture invalid');
const other = loaded.timeline;
const key = (k: string, more: Partial<KeyboardEvent> = {}) =>
	({ key: k, shiftKey: false, target: null, ...more }) as KeyboardEvent;

describe('the view as parameters, and the addresses made from them', () => {
	it('a fresh page: nothing chosen yet, so the address bar has no window; a shared link has it', () => {
		const app = new AppState(story);
		expect(app.addressParams).toEqual({ window: undefined, min: undefined, event: undefined });
		expect(app.address()).toBe('/');
		expect(parseViewParams(new URL(app.link()!).search).window).toBeDefined();
	});
	it('zooming, filtering and selecting all reach the address bar and the link alike', () => {
		const app = new AppState(story);
		app.handleKey(key('+'));
		app.filters.minLevel = 'single';
		app.selection.select('rutte-absolute-guarantee');
		flushSync();
		const address = app.address();
		expect(address).toMatch(/^\/events\/rutte-absolute-guarantee\?from=.+&to=.+&min=single$/);
		expect(app.link()).toBe('http://localhost:4173' + address);
		expect(app.link(app.params, '/embed')).toBe('http://localhost:4173/embed' + address);
	});
	it('a gesture moves the window at once but the address only once it settles', () => {
		const app = new AppState(story);
		const w = app.viewport.window;
		app.viewport.setWindow({ from: w.from + 1e9, to: w.to + 1e9 }, true);
		expect(app.viewport.window.from).toBe(w.from + 1e9);
		expect(app.addressParams.window).toBeUndefined();
		app.viewport.settle();
		expect(app.addressParams.window).toEqual(app.viewport.window);
	});
	it('a permanent page opens on its event in context, which is not a chosen window', () => {
		const app = new AppState(story, { eventId: 'rutte-absolute-guarantee' });
		expect(app.selection.id).toBe('rutte-absolute-guarantee');
		expect(app.viewport.chosen).toBe(false);
		expect(app.address()).toBe('/events/rutte-absolute-guarantee');
	});
});

describe('a shared link applied', () => {
	it('its window is a chosen window; its filter and event apply; an unknown event selects nothing', () => {
		const app = new AppState(story);
		app.openLink(parseViewParams('?from=2025-03-01&to=2025-04-01&min=corroborated&event=nope'));
		expect(app.filters.minLevel).toBe('corroborated');
		expect(app.selection.id).toBeNull();
		expect(app.address()).toBe('/?from=2025-03-01&to=2025-04-01&min=corroborated');
	});
});

describe('another timeline on screen', () => {
	it('starts over: no selection, no filter, its own window; a file has no link', () => {
		const app = new AppState(story);
		app.selection.select('rutte-absolute-guarantee');
		app.filters.minLevel = 'single';
		app.receive({ ok: true, timeline: other }, 'small-timeline.json', { kind: 'file' });
		expect(app.data.timeline).toBe(other);
		expect([app.selection.id, app.filters.minLevel, app.viewport.chosen]).toEqual([null, 'unsourced', false]);
		expect(app.link()).toBeNull();
		app.selection.select('first-thing');
		expect(app.address()).toBe('/?event=first-thing');
	});
	it('a refused file leaves the timeline on screen and records why', () => {
		const app = new AppState(story);
		const errors = [
			{ file: 'x.json', path: '(file)', code: 'notJson', params: { detail: '' }, message: 'is not valid JSON' } as const
		];
		expect(app.receive({ ok: false, errors }, 'x.json', { kind: 'file' })).toBe(false);
		expect(app.data.timeline).toBe(story);
		expect(app.data.failed).toEqual({ file: 'x.json', errors });
	});
});

describe('keys', () => {
	it('arrows step through the shown events once one is selected, and Esc closes', () => {
		const app = new AppState(story);
		const [a, b] = app.filters.shown;
		expect(app.handleKey(key('ArrowRight'))).toBe(true);
		expect(app.selection.id).toBeNull();
		app.selection.select(a!.id);
		app.handleKey(key('ArrowRight'));
		expect(app.selection.id).toBe(b!.id);
		app.handleKey(key('Escape'));
		expect(app.selection.id).toBeNull();
		expect(app.handleKey(key('x'))).toBe(false);
	});
});

describe('support functions', () => {
	it('shownEvents keeps the same array when nothing is filtered, and the order otherwise', () => {
		expect(shownEvents(story.events, 'unsourced')).toBe(story.events);
		const kept = shownEvents(story.events, 'corroborated');
		expect(kept.length).toBeLessThan(story.events.length);
		expect(kept.every((e, i) => i === 0 || e.order > kept[i - 1]!.order)).toBe(true);
	});
	it('contextWindow shows every story event with its neighbours, never filling the window', () => {
		for (const e of story.events) {
			const w = contextWindow(story.events, e);
			const shows = (x: (typeof story.events)[number]) => x.when.end > w.from && x.when.start < w.to;
			for (const n of [story.events[e.order - 1], story.events[e.order + 1]]) if (n) expect(shows(n), n.id).toBe(true);
			expect(e.when.start, e.id).toBeGreaterThanOrEqual(w.from);
			expect(e.when.end, e.id).toBeLessThanOrEqual(w.to);
			expect((e.when.end - e.when.start) / (w.to - w.from), e.id).toBeLessThanOrEqual(1 / 6 + 1e-9);
		}
	});
	it('contextWindow leaves out a neighbour too far away to be context', () => {
		const day = (iso: string, id: string, order: number) => {
			const start = Date.parse(iso);
			return { id, order, when: { start, end: start + 86_400_000 } } as (typeof story.events)[number];
		};
		const events = [day('2020-01-01', 'far', 0), day('2025-03-06', 'e', 1), day('2025-03-09', 'near', 2)];
		const w = contextWindow(events, events[1]!);
		expect(w.from).toBeGreaterThan(Date.parse('2024-12-01'));
		expect(w.to).toBeGreaterThan(Date.parse('2025-03-10'));
		expect(w.to - w.from).toBeLessThan(30 * 86_400_000);
	});
});
