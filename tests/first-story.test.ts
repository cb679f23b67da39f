import { describe, expect, it } from 'vitest';
import story from '../timelines/us-nuclear-umbrella-2025.json';
import { loadTimelineData } from '$lib/data/load';
import { checkQuote, appearsIn } from '$lib/data/verbatim';
import { sha256Hex } from '$lib/data/digest';
import { originOf } from '$lib/data/provenance';
import { quoteCheckWords } from '$lib/words/evidence';
import { ENGLISH } from './fixtures/english-words';
import { readFileSync } from 'node:fs';

const readme = readFileSync(new URL('../README.md', import.meta.url), 'utf8');

const r = loadTimelineData(story, 'timelines/us-nuclear-umbrella-2025.json');

describe('the first story (built-in dataset)', () => {
	it('loads without errors', () => {
		expect(r.ok ? [] : r.errors).toEqual([]);
	});
	if (!r.ok) return;
	const t = r.timeline;

	it('every quote appears verbatim in its source\u2019s archived text, character for character', () => {
		const missing: string[] = [];
		let checked = 0;
		for (const e of t.events) {
			for (const q of e.quotes ?? []) {
				// Stricter than the loader's rule (no normalisation at all): the story's texts are exact copies.
				const archive = t.sourceById.get(q.source)?.archive?.text ?? '';
				if (!archive.includes(q.text)) missing.push(`${e.id}: ${q.text.slice(0, 60)}`);
				checked++;
			}
		}
		expect(missing).toEqual([]);
		expect(checked).toBe(36);
	});

	it('every archived text carries its SHA-256, and the two archived files are the texts in the file', () => {
		for (const s of t.sources) {
			if (!s.archive) continue;
			expect(s.archive.sha256, s.id).toBe(sha256Hex(s.archive.text!));
			// No capture time or snapshot URL is known for any of them: none is made up.
			expect([s.archive.captured, s.archive.url], s.id).toEqual([undefined, undefined]);
		}
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
		// Wadephul: the ministry's page supports only the date, and TASS and the mirror of a TASS report
		// are one agency's reporting; both the date and the attribution are of medium confidence.
		expect(v('wadephul-umbrella-not-replaceable')).toMatchObject({
			level: 'single',
			independent: 1,
			hasPrimary: false,
			partial: 1,
			verdict: 'single report; date and attribution: medium confidence'
		});
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

	// What the story's titles and summaries put in quotation marks, and what its notes do.
	const archives = t.sources.flatMap((s) => (s.archive?.text ? [s.archive.text] : []));
	const translations = t.events.flatMap((e) =>
		(e.quotes ?? []).flatMap((q) => (q.translation ? [q.translation.text] : []))
	);
	const quotedSpans = (text: string | undefined) =>
		[...(text ?? '').matchAll(/“([^”]*)”|"([^"]*)"|«([^»]*)»/g)].map((m) => m[1] ?? m[2] ?? m[3]!);

	it('titles, summaries and the description put in quotation marks only words verbatim in an archived text or a translation', () => {
		const texts = [t.description, ...t.events.flatMap((e) => [e.title, e.summary])];
		const spans = texts.flatMap(quotedSpans);
		const unbacked = spans.filter((span) => ![...archives, ...translations].some((a) => appearsIn(span, a)));
		expect(unbacked).toEqual([]);
		expect(spans.length).toBe(15);
	});

	/**
	 * Words of look-alike pages that FACTS.md and LOOKALIKES.md quote but no archived passage here
	 * carries (the pages' stored excerpts were not archived in full), by page.
	 */
	const QUOTED_IN_FACTS: Record<string, string[]> = {
		'windycitytimes-20093': ['Pistoriüs'],
		'goldengatedaily-nuclear-guarantee': ['leaked from a classified NATO working group meeting'],
		'walx-19722': ['former President', '30-nation alliance'],
		'ksmo-absolute-guarantee': ['In an address to the German parliament'],
		'silvercity-19781': ['speaking on December 22'],
		// FACTS.md: "The document itself is dated "November 2025"" (the strategy is not archived).
		'us-national-security-strategy': ['November 2025']
	};

	it('notes put in quotation marks only words of an archived text, a source’s address, or a page FACTS.md quotes', () => {
		const unbacked: string[] = [];
		const backed = (span: string, ownId: string, also: string[]) =>
			archives.some((a) => appearsIn(span, a)) ||
			also.some((a) => a.includes(span)) ||
			(QUOTED_IN_FACTS[ownId] ?? []).includes(span);
		for (const s of t.sources)
			for (const span of quotedSpans(s.note)) if (!backed(span, s.id, [s.url])) unbacked.push(`${s.id}: ${span}`);
		for (const e of t.events) {
			const urls = e.sources.map((id) => t.sourceById.get(id)!.url);
			const notes = [e.dateNote, ...(e.quotes ?? []).map((q) => q.note), ...(e.support ?? []).map((x) => x.note)];
			const confidences = [e.confidence?.date?.note, e.confidence?.attribution?.note];
			for (const span of [...notes, ...confidences].flatMap(quotedSpans))
				if (!backed(span, e.id, urls)) unbacked.push(`${e.id}: ${span}`);
		}
		expect(unbacked).toEqual([]);
	});

	describe('the truth pass: each item of issue 22’s list', () => {
		const e = (id: string) => t.eventById.get(id)!;
		const pistoriusEvents = ['pistorius-no-comparable-deterrent', 'claim-pistorius-bundestag-address'];

		it('Wadephul: the ministry’s page supports only the date, and the Süddeutsche Zeitung interview is not stated as fact', () => {
			const w = e('wadephul-umbrella-not-replaceable');
			expect(w.corroboration.level).not.toBe('primary');
			expect(w.support?.find((s) => s.source === 'auswaertiges-amt-2720264')?.supports).toEqual(['date']);
			expect([w.confidence?.date?.level, w.confidence?.attribution?.level]).toEqual(['medium', 'medium']);
			expect(w.summary).not.toMatch(/says in an interview with Süddeutsche Zeitung/);
			expect(w.summary).toMatch(/medium confidence/);
		});

		it('Merz: no translation in quotation marks in the title, only the German words', () => {
			expect(quotedSpans(e('merz-debate-without-taboos').title)).toEqual(['ohne Tabus']);
		});

		it('a quote from a look-alike page says whose page it is', () => {
			const look = e('claim-pistorius-bundestag-address').quotes![0]!;
			const source = t.sourceById.get(look.source)!;
			expect(quoteCheckWords(checkQuote(look, source), source, ENGLISH)).toBe(
				'Appears verbatim in the archived text of a known look-alike site.'
			);
			const mirror = e('wadephul-umbrella-not-replaceable').quotes![0]!;
			const copy = t.sourceById.get(mirror.source)!;
			expect(
				quoteCheckWords(checkQuote(mirror, copy), copy, ENGLISH, t.sourceById.get(originOf(copy.id, t.sourceById)))
			).toBe('Appears verbatim in the archived text of a rewrite of another report, not of the original.');
		});

		it('the testing order is to “start”/“begin” testing, not to resume it', () => {
			expect(t.description).not.toMatch(/resum/i);
			expect(t.description).toMatch(/order to begin testing nuclear weapons/);
		});

		it('no claim that Trump posted from Busan', () => {
			expect(e('trump-orders-nuclear-testing').dateNote).not.toMatch(/where Trump posted/);
		});

		it('goldengatedaily’s note quotes FACTS.md’s words exactly', () => {
			expect(t.sourceById.get('goldengatedaily-nuclear-guarantee')!.note).toContain(
				'“leaked from a classified NATO working group meeting”'
			);
		});

		it('ksmo and silvercity: their notes name no subject, and neither is cited for Pistorius', () => {
			for (const id of ['ksmo-absolute-guarantee', 'silvercity-19781']) {
				expect(t.sourceById.get(id)!.note, id).not.toMatch(/Pistorius/);
				for (const ev of pistoriusEvents) expect(e(ev).sources, `${id} on ${ev}`).not.toContain(id);
			}
		});

		it('a claim variant or quote is credited only to sources whose archived passage carries it', () => {
			const kind = e('pistorius-no-comparable-deterrent').claims![0]!;
			const zeit = kind.variants.find((x) => x.value === 'an interview with Die Zeit')!;
			expect(zeit.sources).toEqual(['upday-pistorius-zeit']);
			expect(t.sourceById.get('upday-pistorius-zeit')!.archive!.text).toContain('der «Zeit» in einem');
			const when = e('trump-orders-nuclear-testing').claims![0]!;
			expect(when.variants.map((x) => x.value)).not.toContainEqual(expect.stringMatching(/29 October/));
			const whose = e('us-national-security-strategy').claims![0]!;
			const trumps = whose.variants.find((x) => x.value === 'the Trump administration’s')!;
			expect(trumps.sources).not.toContain('tass-en-2063657');
		});

		it('no speaker or translator FACTS.md does not name', () => {
			expect(e('trump-second-inauguration').quotes![0]!.speaker).not.toMatch(/Trump/);
			const translated = t.events.flatMap((x) => x.quotes ?? []).filter((q) => q.translatedFrom);
			for (const q of translated)
				if (q.source !== 'tass-en-2063657') expect(q.translatedFrom!.by, q.source).toMatch(/not named/);
		});

		it('Pistorius’s first name and office, which only look-alike texts give, are not stated', () => {
			for (const id of pistoriusEvents) {
				const x = e(id);
				const speakers = (x.quotes ?? []).filter((q) => !/page’s own words/.test(q.speaker)).map((q) => q.speaker);
				expect([x.title, x.summary, ...(x.actors ?? []), ...speakers].join(' '), id).not.toMatch(
					/Boris|Defen[cs]e Minister/
				);
			}
		});

		it('no gloss on the Russian quote: “comparable to the American one” is gone', () => {
			expect(e('pistorius-no-comparable-deterrent').summary).not.toMatch(/comparable to the American/);
		});

		it('the README’s worked examples state the verdicts the story has', () => {
			const flat = readme.replace(/\s+/g, ' ');
			for (const id of ['wadephul-umbrella-not-replaceable', 'pistorius-no-comparable-deterrent'])
				expect(flat, id).toContain(`Verdict: "${e(id).corroboration.verdict}"`);
		});

		it('every date and quote the sources support is kept', () => {
			expect(t.events.flatMap((x) => x.quotes ?? [])).toHaveLength(36);
		});
	});
});
