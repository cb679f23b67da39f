import { describe, expect, it } from 'vitest';
import { excerpt } from '$lib/site/pages.server';
import { loadTimelineData } from '$lib/data/load';
import { normalise } from '$lib/data/normalise';
import { withoutArchivedTexts } from '$lib/data/archive-text';
import { checkQuote } from '$lib/data/verbatim';
import { archiveHref } from '$lib/site/archives.server';
import { readSite } from '$lib/site/content.server';
import { cpSync, mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { planSite, timelinePath } from '$lib/site/plan';
import { firstStory } from './fixtures/story';

if (!firstStory.ok) throw new Error('story invalid');
const story = firstStory.timeline;

describe('an event page carries its event, its neighbours and their sources', () => {
	it.each(story.events.map((e) => [e.id]))('%s: its verdict on the page is the verdict on the whole timeline', (id) => {
		const part = loadTimelineData(excerpt(story, id), 'excerpt.json');
		expect(part.ok).toBe(true);
		if (part.ok) expect(part.timeline.eventById.get(id)!.corroboration).toEqual(story.eventById.get(id)!.corroboration);
	});
});

describe('a published page carries no archived text, and the verdicts and quote checks made with them', () => {
	const texts = story.sources.flatMap((s) => (s.archive?.text ? [s.archive.text] : []));
	const checks = (t: typeof story, id: string) =>
		(t.eventById.get(id)!.quotes ?? []).map((q) => checkQuote(q, t.sourceById.get(q.source)));
	it.each(story.events.map((e) => [e.id]))('%s', (id) => {
		const page = withoutArchivedTexts(excerpt(story, id), (s) => archiveHref(story.id, s));
		const json = JSON.stringify(page);
		// Passages of one sentence can be part of a quote the page shows anyway: the long texts are the test.
		for (const text of texts.filter((x) => x.length > 500)) expect(json).not.toContain(text.slice(0, 200));
		for (const s of page.sources) if (s.archive) expect(s.archive.text, s.id).toBeUndefined();
		const onPage = normalise(structuredClone(page));
		expect(onPage.eventById.get(id)!.corroboration).toEqual(story.eventById.get(id)!.corroboration);
		expect(checks(onPage, id)).toEqual(checks(story, id));
		expect(checks(onPage, id)).not.toContain('absent');
	});
});

describe('where each timeline lives', () => {
	it('the home timeline has the root; others their id; the list is /timelines', () => {
		const p = planSite(['a', 'story'], 'story');
		expect(p.ok && [p.plan.listPath, timelinePath(p.plan, 'story'), timelinePath(p.plan, 'a')]).toEqual([
			'/timelines',
			'',
			'/a'
		]);
	});
	it('one timeline has the root; several without a home are listed at /', () => {
		const one = planSite(['a']);
		expect(one.ok && one.plan.home).toBe('a');
		const many = planSite(['a', 'b']);
		expect(many.ok && [many.plan.home, many.plan.listPath]).toEqual([null, '/']);
	});
	it('a reserved id or an unknown home is refused, in words', () => {
		expect(planSite(['events', 'b'])).toMatchObject({ ok: false, errors: [expect.stringContaining('"events"')] });
		expect(planSite(['a'], 'x')).toMatchObject({ ok: false, errors: [expect.stringContaining('"home" names "x"')] });
	});
});

describe('the build refuses a timeline whose evidence does not check', () => {
	it('names the file, the event, the quote and the source, and the source whose SHA-256 is wrong', async () => {
		const root = mkdtempSync(join(tmpdir(), 'sourceline-site-'));
		try {
			mkdirSync(join(root, 'timelines'));
			cpSync(new URL('fixtures/evidence-timeline.json', import.meta.url), join(root, 'timelines/evidence.json'));
			await expect(readSite(root)).rejects.toThrow(
				/timelines\/evidence\.json events\[0\]\.quotes\[1\]\.text: of event "statement" does not appear verbatim in the archived text of source "wire"/
			);
			await expect(readSite(root)).rejects.toThrow(
				/sources\[0\]\.archive\.sha256: does not match the archived text of source "ministry"/
			);
		} finally {
			rmSync(root, { recursive: true, force: true });
		}
	});
});
