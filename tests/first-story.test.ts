import { describe, expect, it } from 'vitest';
import story from '../timelines/us-nuclear-umbrella-2025.json';
import { loadTimelineData } from '$lib/data/load';

const r = loadTimelineData(story, 'timelines/us-nuclear-umbrella-2025.json');

describe('the first story (built-in dataset)', () => {
	it('loads without errors', () => {
		expect(r.ok ? [] : r.errors).toEqual([]);
	});
	if (!r.ok) return;
	const t = r.timeline;

	it('every quote appears verbatim in its source\u2019s archived text', () => {
		const missing: string[] = [];
		let checked = 0;
		for (const e of t.events) {
			for (const q of e.quotes ?? []) {
				const archive = t.sourceById.get(q.source)?.archive?.text ?? '';
				if (!archive.includes(q.text)) missing.push(`${e.id}: ${q.text.slice(0, 60)}`);
				checked++;
			}
		}
		expect(missing).toEqual([]);
		expect(checked).toBeGreaterThan(20);
	});

	it('every source URL is https', () => {
		for (const s of t.sources) expect(new URL(s.url).protocol, s.id).toBe('https:');
	});

	it('carries every event FACTS.md lists, with its date and precision', () => {
		const expected: Record<string, [string, string]> = {
			'trump-second-inauguration': ['2025-01-20', 'day'],
			'macron-opens-deterrence-debate': ['2025-03-05T20:00+01:00', 'minute'],
			'tusk-worth-considering': ['2025-03-06', 'day'],
			'frederiksen-everything-on-the-table': ['2025-03-06', 'day'],
			'nauseda-interesting-idea': ['2025-03-06', 'day'],
			'merz-debate-without-taboos': ['2025-03', 'month'],
			'wadephul-umbrella-not-replaceable': ['2025-05-30', 'day'],
			'trump-orders-nuclear-testing': ['2025-10-29', 'day'],
			'us-national-security-strategy': ['2025-12-04', 'day'],
			'pistorius-no-comparable-deterrent': ['2025-12-22', 'day'],
			'rutte-absolute-guarantee': ['2025-12-11', 'day'],
			'claim-pistorius-bundestag-address': ['2025-12-22', 'day'],
			'claim-trump-testing-order-late-december': ['2025-12', 'month']
		};
		expect(t.events.map((e) => e.id).sort()).toEqual(Object.keys(expected).sort());
		for (const [id, [text, precision]] of Object.entries(expected)) {
			const w = t.eventById.get(id)!.when;
			expect([w.from.text, w.from.precision], id).toEqual([text, precision]);
		}
		const rutte = t.eventById.get('rutte-absolute-guarantee')!.when;
		expect([rutte.kind, rutte.to.text]).toEqual(['uncertain', '2025-12-23']);
	});

	it('lists the whole look-alike network as unreliable rewrites of the TASS report', () => {
		const lookalikes = [
			'steelcitydaily.com',
			'windycitytimes.news',
			'bayoucitycrier.com',
			'capitoldaily.news',
			'miamichron.com',
			'goldengatedaily.com',
			'walx.news',
			'kmia.news',
			'ksmo.news',
			'silvercity.news',
			'wktv.news'
		];
		for (const host of lookalikes) {
			const s = t.sources.find((x) => new URL(x.url).hostname === host);
			expect(s?.kind, host).toBe('unreliable');
			expect(s?.derivedFrom, host).toBe('tass-en-2063657');
		}
	});

	it('verdicts match FACTS.md', () => {
		const v = (id: string) => t.eventById.get(id)!.corroboration;
		// Trump's post, reported by two independent agencies (Interfax-Ukraine, AFP); wktv's date is disputed.
		expect(v('trump-orders-nuclear-testing')).toMatchObject({ level: 'corroborated', independent: 2, disputed: true });
		// The Bundestag address exists only on look-alike sites, and contradicts the Die Zeit interview.
		expect(v('claim-pistorius-bundestag-address')).toMatchObject({
			level: 'unreliable',
			independent: 0,
			disputed: true
		});
		expect(v('claim-trump-testing-order-late-december')).toMatchObject({ level: 'unreliable', independent: 0 });
		// The interview: a DPA-based report and TASS's Russian service.
		expect(v('pistorius-no-comparable-deterrent')).toMatchObject({
			level: 'corroborated',
			independent: 2,
			disputed: true
		});
		// Rutte: DPA (two services count once) and TASS's report of it.
		expect(v('rutte-absolute-guarantee')).toMatchObject({ level: 'corroborated', independent: 2, disputed: true });
		// The variant "address to the Bundestag" is carried only by unreliable sources.
		const kind = t.eventById.get('pistorius-no-comparable-deterrent')!.claims![0]!;
		const bundestag = kind.variants.find((x) => x.value === 'an address to the Bundestag')!;
		expect(bundestag.sources.every((id) => t.sourceById.get(id)!.kind === 'unreliable')).toBe(true);
		const zeit = kind.variants.find((x) => x.value === 'an interview with Die Zeit')!;
		expect(zeit.sources.some((id) => t.sourceById.get(id)!.kind !== 'unreliable')).toBe(true);
	});
});
