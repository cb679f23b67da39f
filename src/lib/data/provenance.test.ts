import { describe, expect, it } from 'vitest';
import { corroborator, originOf } from './provenance';
import type { Source } from './model';
import type { SourceKindName } from './schema';
import { verdictText } from '$lib/words/verdict';
import { ENGLISH } from '../../../tests/fixtures/english-words';

function sources(list: [string, SourceKindName, string?][]): Map<string, Source> {
	return new Map(
		list.map(([id, kind, derivedFrom]) => [id, { id, kind, derivedFrom, publisher: id, url: `https://${id}.example/` }])
	);
}
const byId = sources([
	['primary-doc', 'primary'],
	['wire-a', 'wire'],
	['news-b', 'news'],
	['rewrite-of-a', 'derivative', 'wire-a'],
	['rewrite-of-rewrite', 'derivative', 'rewrite-of-a'],
	['lookalike-1', 'unreliable', 'wire-a'],
	['lookalike-2', 'unreliable', 'wire-a'],
	['orphan-copy', 'derivative'],
	['dpa-english', 'wire'],
	['dpa-german', 'wire'],
	['copy-of-dpa', 'derivative', 'dpa-english']
]);
byId.get('dpa-english')!.agency = 'DPA';
byId.get('dpa-german')!.agency = 'dpa';

describe('originOf follows derivedFrom chains', () => {
	it.each([
		['wire-a', 'wire-a'],
		['rewrite-of-a', 'wire-a'],
		['rewrite-of-rewrite', 'wire-a'],
		['orphan-copy', 'orphan-copy']
	])('%s → %s', (id, origin) => expect(originOf(id, byId)).toBe(origin));
	it('stops on a cycle instead of looping', () => {
		const cyc = sources([
			['a', 'news', 'b'],
			['b', 'news', 'a']
		]);
		expect(['a', 'b']).toContain(originOf('a', cyc));
	});
});

describe('a claim that contradicts another event is disputed', () => {
	it('only look-alikes, contradicting the real event', () => {
		const c = corroborator(byId)({ sources: ['lookalike-1'], claims: undefined, contradicts: 'real-event' });
		expect([c.level, c.verdict]).toEqual(['unreliable', 'only unreliable sources; sources disagree']);
		expect(verdictText(c, ENGLISH)).toBe(c.verdict);
	});
});

/** The primary document's archived text, and a quote it carries. */
const DOC_TEXT = 'The ministry said: “We will act.”\nNothing more.';
const DOC_QUOTE = { text: 'We will act.', speaker: 'The minister', source: 'primary-doc', language: 'en' };
byId.get('primary-doc')!.archive = { scope: 'full', text: DOC_TEXT };
byId.set('primary-bare', { id: 'primary-bare', kind: 'primary', publisher: 'bare', url: 'https://bare.example/' });
byId.set('primary-published', {
	id: 'primary-published',
	kind: 'primary',
	publisher: 'published',
	url: 'https://published.example/',
	// As a published page carries it: the text left out, checked when the site was built.
	archive: { scope: 'full', sha256: 'a'.repeat(64), textHref: '/archives/t/primary-published.txt' }
});

describe('corroborate: table of verdicts', () => {
	type Row = {
		name: string;
		event: Parameters<ReturnType<typeof corroborator>>[0];
		level: string;
		independent: number;
		verdict: string;
	};
	const ev = (sources: string[], more: Partial<Row['event']> = {}): Row['event'] => ({
		sources,
		claims: undefined,
		contradicts: undefined,
		...more
	});
	const rows: Row[] = [
		{
			name: 'a primary document whose archived text carries the quote credited to it',
			event: ev(['primary-doc'], { quotes: [DOC_QUOTE] }),
			level: 'primary',
			independent: 1,
			verdict: 'primary source'
		},
		{
			name: 'a checked primary document plus a wire',
			event: ev(['primary-doc', 'wire-a'], { quotes: [DOC_QUOTE] }),
			level: 'primary',
			independent: 2,
			verdict: 'primary source, with 1 more independent report'
		},
		{
			name: 'a primary document without an archived text counts as one report, not as primary',
			event: ev(['primary-bare']),
			level: 'single',
			independent: 1,
			verdict: 'single report; primary source not checked'
		},
		{
			name: 'a primary document with an archived text but no quote credited to it is not checked',
			event: ev(['primary-doc', 'wire-a']),
			level: 'corroborated',
			independent: 2,
			verdict: 'corroborated by 2 independent reports; primary source not checked'
		},
		{
			name: 'a primary document whose quote is not in its archived text is not primary',
			event: ev(['primary-doc'], { quotes: [{ ...DOC_QUOTE, text: 'We will never act.' }] }),
			level: 'single',
			independent: 1,
			verdict: 'single report; primary source not checked'
		},
		{
			name: 'a primary document on a published page, its text checked when the site was built',
			event: ev(['primary-published'], { quotes: [{ ...DOC_QUOTE, source: 'primary-published' }] }),
			level: 'primary',
			independent: 1,
			verdict: 'primary source'
		},
		{
			name: 'a primary document that supports only the date is not counted for the event',
			event: ev(['primary-doc', 'wire-a'], {
				quotes: [DOC_QUOTE],
				support: [{ source: 'primary-doc', supports: ['date', 'quote'] }]
			}),
			level: 'single',
			independent: 1,
			verdict: 'single report'
		},
		{
			name: 'a source that supports only the date does not corroborate',
			event: ev(['wire-a', 'news-b'], { support: [{ source: 'news-b', supports: ['date'] }] }),
			level: 'single',
			independent: 1,
			verdict: 'single report'
		},
		{
			name: 'sources that support only details: no source reports the event itself',
			event: ev(['news-b'], { support: [{ source: 'news-b', supports: ['date'] }] }),
			level: 'unsourced',
			independent: 0,
			verdict: 'no source reports the event itself'
		},
		{
			name: 'a source that supports the event but not the date still counts',
			event: ev(['wire-a', 'news-b'], { support: [{ source: 'news-b', supports: ['event'] }] }),
			level: 'corroborated',
			independent: 2,
			verdict: 'corroborated by 2 independent reports'
		},
		{
			name: 'medium confidence in the date is said, and leaves the level as the sources make it',
			event: ev(['wire-a', 'news-b'], { confidence: { date: { level: 'medium', note: 'the day of publication' } } }),
			level: 'corroborated',
			independent: 2,
			verdict: 'corroborated by 2 independent reports; date: medium confidence'
		},
		{
			name: 'the same confidence in date and attribution is said once',
			event: ev(['wire-a'], {
				confidence: {
					date: { level: 'medium', note: 'n' },
					attribution: { level: 'medium', note: 'n' }
				}
			}),
			level: 'single',
			independent: 1,
			verdict: 'single report; date and attribution: medium confidence'
		},
		{
			name: 'low confidence in the attribution is said; high confidence adds nothing',
			event: ev(['wire-a'], {
				confidence: {
					date: { level: 'high', note: 'dateline' },
					attribution: { level: 'low', note: 'a re-translation' }
				}
			}),
			level: 'single',
			independent: 1,
			verdict: 'single report; attribution: low confidence'
		},
		{
			name: 'two independent reports',
			event: ev(['wire-a', 'news-b']),
			level: 'corroborated',
			independent: 2,
			verdict: 'corroborated by 2 independent reports'
		},
		{
			name: 'a report and its rewrite count once',
			event: ev(['wire-a', 'rewrite-of-a']),
			level: 'single',
			independent: 1,
			verdict: 'single report'
		},
		{
			name: 'a derivative chain A←B←C counts once',
			event: ev(['wire-a', 'rewrite-of-a', 'rewrite-of-rewrite']),
			level: 'single',
			independent: 1,
			verdict: 'single report'
		},
		{
			name: 'two rewrites of one report count once',
			event: ev(['rewrite-of-a', 'rewrite-of-rewrite']),
			level: 'single',
			independent: 1,
			verdict: 'single report'
		},
		{
			name: 'look-alikes never corroborate',
			event: ev(['wire-a', 'lookalike-1', 'lookalike-2']),
			level: 'single',
			independent: 1,
			verdict: 'single report'
		},
		{
			name: 'only look-alikes',
			event: ev(['lookalike-1', 'lookalike-2']),
			level: 'unreliable',
			independent: 0,
			verdict: 'only unreliable sources'
		},
		{
			name: 'two services of one agency count once',
			event: ev(['dpa-english', 'dpa-german']),
			level: 'single',
			independent: 1,
			verdict: 'single report'
		},
		{
			name: 'a rewrite of an agency report counts with the agency',
			event: ev(['dpa-german', 'copy-of-dpa', 'wire-a']),
			level: 'corroborated',
			independent: 2,
			verdict: 'corroborated by 2 independent reports'
		},
		{
			name: 'disagreement is added to the verdict',
			event: ev(['wire-a', 'news-b'], {
				claims: [
					{
						about: 'kind',
						variants: [
							{ value: 'x', sources: ['wire-a'] },
							{ value: 'y', sources: ['news-b'] }
						]
					}
				]
			}),
			level: 'corroborated',
			independent: 2,
			verdict: 'corroborated by 2 independent reports; sources disagree'
		}
	];
	for (const r of rows) {
		it(r.name, () => {
			const c = corroborator(byId)(r.event);
			expect([c.level, c.independent, c.verdict]).toEqual([r.level, r.independent, r.verdict]);
			// The interface words the verdict itself; in English it is the CLI's, word for word.
			expect(verdictText(c, ENGLISH)).toBe(r.verdict);
		});
	}
	it('says which confidence is less than high, for the panel and the legend', () => {
		const c = corroborator(byId)(
			ev(['wire-a'], {
				confidence: { date: { level: 'medium', note: 'n' }, attribution: { level: 'high', note: 'n' } }
			})
		);
		expect(c.confidence).toEqual({ date: 'medium' });
		expect(corroborator(byId)(ev(['wire-a'])).confidence).toBeUndefined();
	});
	it('equal verdicts are one shared object', () => {
		const judge = corroborator(byId);
		expect(judge(ev(['wire-a', 'news-b']))).toBe(judge(ev(['news-b', 'wire-a'])));
		expect(judge(ev(['primary-bare']))).not.toBe(judge(ev(['wire-a'])));
	});
});

describe('links of unknown kind (imported pages)', () => {
	it('pages of one site count as one report; of two sites, as two', () => {
		const byId = new Map<string, Source>([
			['a', { id: 'a', publisher: 'en.wikipedia.org', url: 'https://en.wikipedia.org/wiki/A', kind: 'unknown' }],
			['b', { id: 'b', publisher: 'en.wikipedia.org', url: 'https://en.wikipedia.org/wiki/B', kind: 'unknown' }],
			['c', { id: 'c', publisher: 'example.org', url: 'https://www.example.org/c', kind: 'unknown' }]
		]);
		const judge = corroborator(byId);
		expect(judge({ sources: ['a', 'b'], claims: undefined, contradicts: undefined }).level).toBe('single');
		expect(judge({ sources: ['a', 'c'], claims: undefined, contradicts: undefined }).level).toBe('corroborated');
		expect(judge({ sources: [], claims: undefined, contradicts: undefined })).toMatchObject({
			level: 'unsourced',
			verdict: 'no source given'
		});
	});
});
