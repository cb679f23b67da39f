/**
 * The evidence behind an event: levels and verdicts (put together in words/verdict.ts), the level
 * filter and the legend, the panel, its quotes, sources, claims and archived copies.
 */
import type { Forms } from '../../plural';

export default {
	/** Corroboration levels, as the legend, the filter and the verdict name them. */
	levels: {
		primary: 'primary source',
		corroborated: 'corroborated by independent reports',
		single: 'single report',
		unreliable: 'only unreliable sources',
		unsourced: 'no source given'
	},
	/** The verdict's other parts; `separator` goes between them. */
	verdict: {
		primaryAndMore: (count: string): Forms => ({
			one: `primary source, with ${count} more independent report`,
			other: `primary source, with ${count} more independent reports`
		}),
		corroborated: (count: string): Forms => ({
			one: `corroborated by ${count} independent report`,
			other: `corroborated by ${count} independent reports`
		}),
		noReport: 'no source reports the event itself',
		primaryUnchecked: 'primary source not checked',
		disputed: 'sources disagree',
		separator: '; '
	},
	/** How sure the author is of a detail: "date: medium confidence". */
	confidence: {
		date: 'date',
		attribution: 'attribution',
		dateAndAttribution: 'date and attribution',
		levels: { high: 'high confidence', medium: 'medium confidence', low: 'low confidence' },
		of: ({ what, level }: { what: string; level: string }) => `${what}: ${level}`
	},
	/** "Show at least …": each level's choice. */
	filter: {
		label: 'Show',
		choices: {
			unsourced: 'All events, look-alike claims included',
			unreliable: 'Hide events that name no source',
			single: 'Hide claims only unreliable sources carry',
			corroborated: 'Only corroborated or primary',
			primary: 'Only events with a primary source'
		}
	},
	/** What the marks mean (the levels and "sources disagree" come from above). */
	legend: {
		label: 'Legend',
		point: 'day or exact time',
		band: 'month or year only',
		bar: 'date range',
		fade: 'uncertain: between two dates',
		cluster: '+N more events: zoom in',
		multi: 'one event in several lanes'
	},
	panel: {
		label: 'Open event',
		close: 'Close',
		closeTitle: 'Close (Esc)',
		quote: 'Quote',
		quotes: 'Quotes',
		contradicts: 'This claim contradicts {other}.',
		claims: 'Where sources disagree',
		sources: (count: string) => `Sources (${count})`,
		allSources: 'See every source and what it derives from',
		failed: 'Something went wrong showing this event.',
		/** On paper, above the event: where it is cited from. */
		citedFrom: ({ timeline, link }: { timeline: string; link: string }) => `Cited from ${timeline}: ${link}`,
		localFile: 'a file read on this device'
	},
	quote: {
		translatedFrom: ({ language, by }: { language: string; by: string }) => `Translation from ${language} by ${by}.`,
		translatedBy: (by: string) => `Translation by ${by}.`,
		/** Between the speaker and the source under a quote. */
		comma: ',',
		translation: ({ by, text }: { by: string; text: string }) => `Translation by ${by}: ${text}`,
		/** What the archived copy shows of the quote. */
		check: {
			unchecked: 'Not checked against an archived copy.',
			uncheckedLookalike: 'Not checked against an archived copy; the source is a known look-alike site.',
			absent: 'Not found in the archived text.',
			verbatim: 'Appears verbatim in the archived text.',
			lookalike: 'Appears verbatim in the archived text of a known look-alike site.',
			rewriteOf: (publisher: string) =>
				`Appears verbatim in the archived text of a rewrite of ${publisher}, not of the original.`,
			rewrite: 'Appears verbatim in the archived text of a rewrite of another report, not of the original.'
		}
	},
	sources: {
		/** A source's kind, short, beside its publisher. */
		kinds: {
			primary: 'primary',
			wire: 'wire',
			news: 'news',
			derivative: 'derivative',
			unreliable: 'unreliable',
			unknown: 'unknown'
		},
		dateNotShown: 'date not shown',
		rewriteOf: (publisher: string) => `rewrite of ${publisher}`,
		primaryAsReport:
			'Counted as one report, not as a primary source: no archived copy shows a quote the event credits to it.',
		noArchive: 'No archived copy.',
		noAddress: 'no usable address',
		/** Between the names of a list. */
		comma: ', '
	},
	/** What a source cited for less than the whole event supports: `names` is a list of `kinds`. */
	support: {
		kinds: {
			event: 'the event',
			date: 'the date',
			attribution: 'where the words come from',
			quote: 'its quotes',
			claim: 'its claim variants'
		},
		only: (names: string) => `Supports only ${names}: not counted as a report of the event.`,
		withDate: (names: string) => `Supports ${names}.`,
		notDate: (names: string) => `Supports ${names}; not the date.`,
		and: (items: readonly string[]) =>
			items.length < 2 ? (items[0] ?? '') : `${items.slice(0, -1).join(', ')} and ${items[items.length - 1]}`
	},
	claims: { variant: 'Variant', carriedBy: 'Carried by' },
	archive: {
		copy: { full: 'Archived copy (full text)', passages: 'Archived copy (passages)' },
		captured: (when: string) => `captured ${when}`,
		retrieved: (when: string) => `retrieved ${when}`,
		noTime: 'capture time not recorded',
		open: 'open the archived copy',
		show: 'Show archived text',
		hide: 'Hide archived text',
		loading: 'Loading the archived text…',
		textOf: (publisher: string) => `Archived text of ${publisher}`,
		/** Why the archived text is not shown. */
		failed: {
			none: 'This source has no archived copy.',
			unpublished: 'The archived text is not published with this page.',
			offsite: 'The archived text is not on this site.',
			offline: 'The archived text could not be fetched; try again when you are online.',
			status: (status: number) => `The archived text could not be fetched (the server answered ${status}).`,
			tooLong: 'The archived text that arrived is too long.',
			mismatch: (digest: string) =>
				`The text that arrived does not match the archived copy’s SHA-256 (it hashes to ${digest}…), so it is not shown.`
		}
	}
};
