import { describe, expect, it } from 'vitest';
import evidence from '../../../tests/fixtures/evidence-timeline.json';
import { loadTimelineData } from './load';
import { sha256Hex } from './digest';
import { shortDigest } from '$lib/words/evidence';
import { appearsIn, checkQuote, matchForm } from './verbatim';
import type { Source } from './model';
import { englishOf } from './issue-english';
import { english } from '../../../tests/fixtures/english';

const FILE = 'tests/fixtures/evidence-timeline.json';
/** The fixture, with its one wrong quote and its wrong digest put right where a test asks. */
function fixture(fix: { quote?: boolean; digest?: boolean } = {}) {
	const d = structuredClone(evidence);
	if (fix.quote) d.events[0]!.quotes[1]!.text = 'The minister said the posts would stay.';
	if (fix.digest) d.sources[0]!.archive!.sha256 = sha256Hex(d.sources[0]!.archive!.text);
	return d;
}
const errorsOf = (d: unknown) => {
	const r = loadTimelineData(d, FILE);
	return r.ok ? [] : r.errors;
};

describe('SHA-256 of archived texts', () => {
	it('is the digest of the text’s UTF-8 bytes', () => {
		expect(sha256Hex('')).toBe('e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855');
		expect(sha256Hex('abc')).toBe('ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad');
		// "é" is two bytes in UTF-8 (the value is sha256sum's for those bytes), not one UTF-16 unit.
		expect(sha256Hex('é')).toBe('4a99557e4033c3539de2eb65472017cad5f9557f7a0625a09f1c3f6e2ba69c4c');
		expect(shortDigest(sha256Hex('abc'))).toBe('ba78…15ad');
	});
	it('a digest that disagrees with its text is an error naming the source', () => {
		expect(english(errorsOf(fixture({ quote: true })))).toEqual([
			{
				file: FILE,
				path: 'sources[0].archive.sha256',
				message: expect.stringMatching(
					/^does not match the archived text of source "ministry": the text's SHA-256 is [0-9a-f]{64} \(the text was changed/
				),
				code: 'shaMismatch',
				params: { source: 'ministry', actual: expect.stringMatching(/^[0-9a-f]{64}$/) }
			}
		]);
	});
	it('a text changed after its digest was taken no longer loads', () => {
		const d = fixture({ quote: true, digest: true });
		expect(errorsOf(d)).toEqual([]);
		d.sources[0]!.archive!.text = d.sources[0]!.archive!.text.replace('3 March', '4 March');
		d.events[0]!.quotes[0]!.text = 'We will not move the border posts.';
		expect(errorsOf(d).map((e) => e.path)).toEqual(['sources[0].archive.sha256']);
	});
	it('a digest that is not 64 lowercase hex digits is refused by the schema', () => {
		const d = fixture({ quote: true });
		d.sources[0]!.archive!.sha256 = 'ABC';
		expect(english(errorsOf(d))).toEqual([
			{
				file: FILE,
				path: 'sources[0].archive.sha256',
				message: 'must be a SHA-256 written as 64 lowercase hexadecimal digits',
				code: 'notSha256',
				params: {}
			}
		]);
	});
});

describe('verbatim check: every quote whose source has an archived text appears in it', () => {
	it('a quote not in its source’s archived text is an error naming the event, the quote and the source', () => {
		expect(english(errorsOf(fixture({ digest: true })))).toEqual([
			{
				file: FILE,
				path: 'events[0].quotes[1].text',
				message:
					'of event "statement" does not appear verbatim in the archived text of source "wire": “The minister said the posts will stay.” (compared after Unicode NFC normalisation, with each run of white space read as one space)',
				code: 'notVerbatim',
				params: { event: 'statement', source: 'wire', quote: 'The minister said the posts will stay.' }
			}
		]);
	});
	it('a quote whose source has no archive loads, and is marked "unchecked"', () => {
		const r = loadTimelineData(fixture({ quote: true, digest: true }), FILE);
		expect(r.ok).toBe(true);
		if (!r.ok) return;
		const e = r.timeline.eventById.get('statement')!;
		const checks = e.quotes!.map((q) => checkQuote(q, r.timeline.sourceById.get(q.source)));
		// The ministry's quote runs across a line break of the archived text: white space is one space.
		expect(checks).toEqual(['verbatim', 'verbatim', 'unchecked']);
		// And the checked primary document makes the event "primary".
		expect(e.corroboration.level).toBe('primary');
	});
	it('normalises to NFC and reads any run of white space as one space; nothing else is folded', () => {
		const decomposed = 'Ne\u0301gociations'; // "é" as "e" + combining acute accent
		expect(appearsIn('Négociations', `Les ${decomposed} reprennent.`)).toBe(true);
		expect(appearsIn('a  b\u00a0c', 'x a\nb c y')).toBe(true);
		expect(appearsIn('“absolute guarantee”', 'an "absolute guarantee"')).toBe(false);
		expect(appearsIn("it's", 'it’s')).toBe(false);
		expect(appearsIn('Absolute', 'absolute')).toBe(false);
		expect(matchForm('a\r\n\tb')).toBe('a b');
	});
	it('on a published page (text left out, checked by the build) a quote counts as verbatim', () => {
		const s: Source = {
			id: 's',
			publisher: 'S',
			url: 'https://s.example/',
			kind: 'news',
			archive: { scope: 'full', sha256: 'a'.repeat(64), textHref: '/archives/t/s.txt' }
		};
		expect(checkQuote({ text: 'anything' }, s)).toBe('verbatim');
		expect(checkQuote({ text: 'anything' }, { ...s, archive: undefined })).toBe('unchecked');
	});
});

describe('support and confidence in the file', () => {
	const base = () => fixture({ quote: true, digest: true });
	it('support must agree with the quotes and claims credited to each source', () => {
		const d = base() as ReturnType<typeof base> & { events: Record<string, unknown>[] };
		d.events[0]!.support = [
			{ source: 'ministry', supports: ['date'] },
			{ source: 'paper', supports: ['event', 'quote', 'claim'] },
			{ source: 'paper', supports: ['quote'] },
			{ source: 'elsewhere', supports: ['date'] }
		];
		expect(errorsOf(d).map((e) => `${e.path}: ${englishOf(e)}`)).toEqual([
			'events[0].support[0].supports: leaves out "quote", but a quote of this event is credited to source "ministry"',
			'events[0].support[1].supports: names "claim", but no claim variant of this event is credited to source "paper"',
			'events[0].support[2].source: source "paper" is listed twice',
			'events[0].support[3].source: unknown source id "elsewhere"'
		]);
	});
	it('confidence needs a level and a note; capture times are in UTC', () => {
		const d = base() as ReturnType<typeof base> & { events: Record<string, unknown>[] };
		d.events[0]!.confidence = { date: { level: 'medium' }, attribution: { level: 'sure', note: 'n' } };
		d.sources[0]!.archive!.captured = '2026-11-21T15:03+01:00';
		expect(errorsOf(d).map((e) => `${e.path}: ${englishOf(e)}`)).toEqual([
			'events[0].confidence.attribution.level: must be "high", "medium" or "low"',
			'events[0].confidence.date.note: is missing',
			'sources[0].archive.captured: must be a date and time in UTC, like 2026-11-21T14:03Z'
		]);
	});
});
