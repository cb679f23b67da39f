import { describe, expect, it } from 'vitest';
import { AppState } from './app.svelte';
import { firstStory } from '../../../tests/fixtures/story';
import { parseViewParams } from '$lib/url/view-params';
import { loadTimelineData } from '$lib/data/load';
import small from '../../../tests/fixtures/small-timeline.json';
import { ENGLISH } from '../../../tests/fixtures/english-words';
import { WordsState } from './words.svelte';

if (!firstStory.ok) throw new Error('story invalid');
const story = firstStory.timeline;
const ids = (app: AppState) => app.filters.shown.map((e) => e.id);

describe('filters in the one view address', () => {
	it('search, facets, lanes and the rest reach the address bar, the shared link and every event link', () => {
		const app = new AppState(story);
		app.filters.query = 'Rutte';
		app.filters.toggle('actor', 'Mark Rutte');
		app.filters.toggle('level', 'corroborated');
		app.filters.laneBy = 'tag';
		app.filters.rest = 'dim';
		expect(app.address()).toBe('/?level=corroborated&q=Rutte&actor=Mark+Rutte&group=tag&rest=dim');
		expect(app.link()).toMatch(
			/^http:\/\/localhost:4173\/\?from=.+&level=corroborated&q=Rutte&actor=Mark\+Rutte&group=tag&rest=dim$/
		);
		expect(app.address({ ...app.addressParams, event: 'rutte-absolute-guarantee' })).toBe(
			'/events/rutte-absolute-guarantee?level=corroborated&q=Rutte&actor=Mark+Rutte&group=tag&rest=dim'
		);
		expect(ids(app)).toEqual(['us-national-security-strategy', 'rutte-absolute-guarantee']);
	});
	it('a level and every stronger one is written as min=, as links before facets were', () => {
		const app = new AppState(story);
		app.filters.set('level', ['primary', 'corroborated']);
		expect(app.address()).toBe('/?min=corroborated');
		app.filters.minLevel = 'single';
		expect(app.filters.chosen.level).toEqual(['primary', 'corroborated', 'single']);
		expect(app.address()).toBe('/?min=single');
		app.filters.set('level', ['primary', 'corroborated', 'single', 'unreliable', 'unsourced']);
		expect(app.address()).toBe('/');
	});
	it('a link round-trips: what one page writes, another opens to the same filters', () => {
		const a = new AppState(story);
		a.filters.query = '"absolute guarantee"';
		a.filters.toggle('kind', 'wire');
		a.filters.toggle('source', 'tass-en-2063657');
		a.filters.laneBy = 'kind';
		const b = new AppState(story);
		b.openLink(parseViewParams(new URL(a.link()!).search));
		expect(b.filters.params).toEqual(a.filters.params);
		expect(ids(b)).toEqual(ids(a));
	});
});

describe('a link naming what the timeline does not have', () => {
	it('ignores the unknown names, says so, keeps the rest; a name in another case is the timeline’s', () => {
		const app = new AppState(story);
		app.openLink(parseViewParams('?actor=xyz&actor=PISTORIUS&tag=nope&source=no-such-source&ingroup=G'));
		expect(app.filters.chosen.actor).toEqual(['Pistorius']);
		expect(app.filters.notices).toEqual([
			"No actor called 'xyz' in this timeline",
			"No tag called 'nope' in this timeline",
			"No source with the id 'no-such-source' in this timeline",
			"No group called 'G' in this timeline"
		]);
		expect(app.address()).toBe('/?actor=Pistorius');
	});
	it('lanes by something no event has: ignored, with a notice', () => {
		const app = new AppState(story);
		app.openLink(parseViewParams('?group=group'));
		expect(app.filters.laneBy).toBeNull();
		expect(app.filters.notices).toEqual(['This timeline names no groups to lay out in lanes']);
	});
	it('an event page’s part of the timeline is completed by the whole one: the link’s actors apply to it', () => {
		const part = loadTimelineData({ ...structuredClone(small), id: 'us-nuclear-umbrella-2025' }, 'part.json');
		if (!part.ok) throw new Error('bad');
		const app = new AppState(part.timeline);
		app.openLink(parseViewParams('?actor=Pistorius'));
		expect(app.filters.notices).toHaveLength(1);
		app.complete(story);
		expect(app.filters.chosen.actor).toEqual(['Pistorius']);
		expect(app.filters.notices).toEqual([]);
	});
});

describe('the notices in the page’s words', () => {
	it('are said in the page’s language, and follow a switch', async () => {
		const words = new WordsState(ENGLISH);
		const app = new AppState(story, { words });
		app.openLink(parseViewParams('?actor=xyz&group=group'));
		await words.use('de');
		expect(app.filters.notices).toEqual([
			'In dieser Zeitleiste gibt es keinen Akteur „xyz“',
			'Diese Zeitleiste nennt keine Gruppen, nach denen sie sich in Spuren aufteilen ließe'
		]);
		await words.use('ru');
		expect(app.filters.notices[0]).toBe('В этой хронологии нет участника «xyz»');
		app.filters.dismissNotices();
		expect(app.filters.notices).toEqual([]);
	});
});

describe('the search in the state', () => {
	it('typing letter by letter gives the same matches as the whole word at once (narrowing)', () => {
		const typed = new AppState(story);
		for (const q of ['n', 'nu', 'nuc', 'nucl', 'nuclear', 'nuclear t', 'nuclear te', 'nuclear tes']) {
			typed.filters.query = q;
			const fresh = new AppState(story);
			fresh.filters.query = q;
			expect(ids(typed), q).toEqual(ids(fresh));
		}
		typed.filters.query = 'nuclear';
		expect(ids(typed).length).toBeGreaterThan(3);
	});
	it('a search and a facet combine (AND); Clear all shows everything again and drops the lanes', () => {
		const app = new AppState(story);
		app.filters.query = 'deterrence';
		const searched = ids(app).length;
		app.filters.toggle('actor', 'Friedrich Merz');
		expect(ids(app)).toEqual(['merz-debate-without-taboos']);
		expect(searched).toBeGreaterThan(1);
		app.filters.laneBy = 'actor';
		app.filters.rest = 'dim';
		app.filters.clear();
		expect(app.filters.shown).toBe(story.events);
		expect(app.filters.laneBy).toBeNull();
		expect(app.address()).toBe('/');
	});
	it('counts follow the other filters: with the search, each actor counts its matching events', () => {
		const app = new AppState(story);
		app.filters.query = 'Rutte';
		const col = app.filters.facetIndex.actor;
		const count = (name: string) => app.filters.counts.actor[col.byValue.get(name)!];
		expect([count('Mark Rutte'), count('Donald Trump'), count('Pistorius')]).toEqual([2, 1, 0]);
	});
});
