import { describe, expect, it } from 'vitest';
import { eventIdFromPath, eventPath, sameAddress, selectedIn, shareLink, viewAddress, type Place } from './address';
import { parseViewParams } from './view-params';
import { utcMs } from '../time/dates';

const story: Place = { kind: 'site', path: '' };
const other: Place = { kind: 'site', path: '/my-own-timeline' };
const link: Place = { kind: 'link', data: '/bench/timeline-1000.json' };
const file: Place = { kind: 'file' };
const SITE = 'https://timelines.example.org';

describe('event paths', () => {
	it.each([
		['/events/rutte-absolute-guarantee', 'rutte-absolute-guarantee'],
		['/embed/events/rutte-absolute-guarantee', 'rutte-absolute-guarantee'],
		['/events/', null],
		['/events/a%2Fb', null],
		['/events/..%2Fx', null],
		['/events/%E0%A4%A', null],
		['/', null]
	])('%s → %s', (path, id) => expect(eventIdFromPath(path)).toBe(id));
	it('builds paths with a base', () => {
		expect(eventPath('x', '/embed')).toBe('/embed/events/x');
	});
});

describe('the address of a view depends on where the timeline came from', () => {
	const window = { from: utcMs(2025, 0, 1), to: utcMs(2025, 5, 1) };
	it('the story: an event is its permanent page', () => {
		expect(viewAddress(story, { window, event: 'macron-opens-deterrence-debate' })).toBe(
			'/events/macron-opens-deterrence-debate?from=2025-01-01&to=2025-05-31'
		);
		expect(viewAddress(story, { window, event: 'e' }, '/embed')).toBe('/embed/events/e?from=2025-01-01&to=2025-05-31');
		expect(viewAddress(story, {})).toBe('/');
		expect(viewAddress(story, { min: 'corroborated', event: 'e' })).toBe('/events/e?min=corroborated');
	});
	it('another timeline of the site: its pages under its id', () => {
		expect(viewAddress(other, {})).toBe('/my-own-timeline');
		expect(viewAddress(other, { event: 'ada' })).toBe('/my-own-timeline/events/ada');
		expect(viewAddress(other, { event: 'ada', min: 'single' }, '/embed')).toBe(
			'/embed/my-own-timeline/events/ada?min=single'
		);
		expect(selectedIn(other, '/my-own-timeline/events/ada', undefined)).toBe('ada');
		expect(selectedIn(other, '/embed/my-own-timeline/events/ada', undefined)).toBe('ada');
	});
	it('a ?data= timeline: the event on the home page, with the dataset kept', () => {
		expect(viewAddress(link, { window, event: 'ev-10' })).toBe(
			'/?from=2025-01-01&to=2025-05-31&event=ev-10&data=%2Fbench%2Ftimeline-1000.json'
		);
		expect(viewAddress(link, {}, '/embed')).toBe('/embed?data=%2Fbench%2Ftimeline-1000.json');
		expect(shareLink(link, { event: 'ev-10' }, '', SITE)).toBe(
			SITE + '/?event=ev-10&data=%2Fbench%2Ftimeline-1000.json'
		);
		expect(parseViewParams(viewAddress(link, { event: 'ev-10' }).split('?')[1]!).event).toBe('ev-10');
	});
	it('a picked file: the address bar keeps the selection, but there is nothing to share', () => {
		expect(viewAddress(file, { event: 'first-thing' })).toBe('/?event=first-thing');
		expect(shareLink(file, { event: 'first-thing' }, '', SITE)).toBeNull();
	});
	it('a shared link carries window, filter and selection alike for every kind of timeline', () => {
		const p = { window, min: 'single' as const, event: 'x' };
		for (const place of [story, link]) {
			const back = parseViewParams(new URL(shareLink(place, p, '', SITE)!).search);
			expect(back.min).toBe('single');
			expect(back.window).toBeDefined();
		}
	});
});

describe('which event an address selects', () => {
	it.each([
		[story, '/events/a', undefined, 'a'],
		[story, '/events/a', 'b', 'a'],
		[story, '/', 'b', 'b'],
		[story, '/embed', undefined, null],
		[link, '/', 'b', 'b'],
		[link, '/events/a', undefined, null],
		[file, '/', undefined, null]
	] as const)('%o %s event=%s → %s', (place, path, event, id) => expect(selectedIn(place, path, event)).toBe(id));
});

describe('two addresses say the same thing', () => {
	it.each([
		['/?data=/a.json', '/?data=%2Fa.json', true],
		['/?min=single&event=x', '/?event=x&min=single', true],
		['/?foo=bar', '/', false],
		['/?data=', '/', false],
		['/events/a', '/events/b', false],
		['/events/a?from=2025-01-01&to=2025-02-01', '/events/a', false]
	])('%s and %s: %s', (a, b, same) => expect(sameAddress(a, b)).toBe(same));
});
