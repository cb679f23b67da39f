import { describe, expect, it } from 'vitest';
import type { ArchiveFailure } from '$lib/data/archive-text';
import type { Source } from '$lib/data/model';
import { loadWords } from './catalogue';
import { ENGLISH } from '../../../tests/fixtures/english-words';
import {
	archiveFailureWords,
	archiveParts,
	confidenceWords,
	languageName,
	quoteCheckWords,
	supportWords,
	translatedFromWords
} from './evidence';

const source = (kind: Source['kind'], publisher = 'Daily Paper'): Source => ({
	id: publisher,
	publisher,
	url: 'https://paper.example/',
	kind
});

describe('the evidence in words', () => {
	it('English: the quote box, support and confidence as they always read', () => {
		const wire = source('wire', 'DPA');
		expect(quoteCheckWords('verbatim', source('derivative'), ENGLISH, wire)).toBe(
			'Appears verbatim in the archived text of a rewrite of DPA, not of the original.'
		);
		expect(quoteCheckWords('unchecked', source('unreliable'), ENGLISH)).toBe(
			'Not checked against an archived copy; the source is a known look-alike site.'
		);
		expect(supportWords(['date', 'quote', 'claim'], ENGLISH)).toBe(
			'Supports only the date, its quotes and its claim variants: not counted as a report of the event.'
		);
		expect(supportWords(['event', 'quote'], ENGLISH)).toBe('Supports the event and its quotes; not the date.');
		expect(confidenceWords('attribution', { level: 'low', note: 'n' }, ENGLISH)).toBe('attribution: low confidence');
		expect(translatedFromWords({ language: 'de', by: 'TASS' }, ENGLISH)).toBe('Translation from de by TASS.');
		expect(translatedFromWords({ by: 'TASS' }, ENGLISH)).toBe('Translation by TASS.');
	});

	it('English: why an archived text is not shown, as the data layer said it before', () => {
		const said = (f: ArchiveFailure) => archiveFailureWords(f, ENGLISH);
		expect(said({ code: 'none' })).toBe('This source has no archived copy.');
		expect(said({ code: 'unpublished' })).toBe('The archived text is not published with this page.');
		expect(said({ code: 'offsite' })).toBe('The archived text is not on this site.');
		expect(said({ code: 'offline' })).toBe('The archived text could not be fetched; try again when you are online.');
		expect(said({ code: 'status', status: 404 })).toBe(
			'The archived text could not be fetched (the server answered 404).'
		);
		expect(said({ code: 'tooLong' })).toBe('The archived text that arrived is too long.');
		expect(said({ code: 'mismatch', digest: '0123456789abcdef'.repeat(4) })).toBe(
			'The text that arrived does not match the archived copy’s SHA-256 (it hashes to 0123456789ab…), so it is not shown.'
		);
	});

	it('German: the archived copy’s line with its date, support lists with „und“', async () => {
		const de = await loadWords('de');
		const parts = archiveParts(
			{ scope: 'passages', captured: '2026-11-21T14:03Z', text: 'x' },
			'a'.repeat(60) + 'beef',
			de
		);
		// The date as Intl writes it (its joining words differ between ICU versions).
		expect(parts).toEqual([
			'Archivierte Kopie (Auszüge)',
			expect.stringMatching(/^erfasst: 21\. November 2026\b.*14:03 UTC$/),
			'sha256 aaaa…beef'
		]);
		expect(supportWords(['event', 'date', 'quote'], de)).toBe('Belegt das Ereignis, das Datum und seine Zitate.');
		expect(translatedFromWords({ language: 'ru', by: 'TASS' }, de)).toBe(
			'Übersetzung von TASS; Originalsprache: Russisch.'
		);
	});

	it('Russian and Arabic: the quote box and a list', async () => {
		const ru = await loadWords('ru');
		expect(quoteCheckWords('verbatim', source('unreliable'), ru)).toBe(
			'Дословно есть в архивном тексте известного сайта-двойника.'
		);
		expect(confidenceWords('date', { level: 'medium', note: 'n' }, ru)).toBe('дата: средняя достоверность');
		const ar = await loadWords('ar');
		expect(supportWords(['date', 'quote'], ar)).toBe('لا يدعم إلا التاريخ واقتباساته: لا يُحتسب تقريرًا عن الحدث.');
	});

	it('a language tag that is not one is shown as written', async () => {
		const fr = await loadWords('fr');
		expect(languageName('de', fr)).toBe('allemand');
		expect(languageName('not a tag', fr)).toBe('not a tag');
	});
});
