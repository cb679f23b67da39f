/**
 * An event's verdict in the interface language, from what `data/provenance.ts` judged. The English
 * words equal `Corroboration.verdict`, which the data layer writes for the CLI (verdict.test.ts holds
 * the two together).
 */
import type { Corroboration } from '$lib/data/levels';
import type { Words } from './words';

/** The verdict in words: "corroborated by 2 independent reports; sources disagree". */
export function verdictText(c: Corroboration, words: Words): string {
	const { verdict, confidence: conf } = words.m.evidence;
	const parts = [headOf(c, words)];
	if (c.primaryUnchecked) parts.push(verdict.primaryUnchecked);
	if (c.disputed) parts.push(verdict.disputed);
	const { date, attribution } = c.confidence ?? {};
	if (date && date === attribution) parts.push(conf.of({ what: conf.dateAndAttribution, level: conf.levels[date] }));
	else {
		if (date) parts.push(conf.of({ what: conf.date, level: conf.levels[date] }));
		if (attribution) parts.push(conf.of({ what: conf.attribution, level: conf.levels[attribution] }));
	}
	return parts.join(verdict.separator);
}

/** What the sources amount to, the verdict's first part. */
function headOf(c: Corroboration, words: Words): string {
	const { levels, verdict } = words.m.evidence;
	const { count, plural } = words.num;
	switch (c.level) {
		case 'primary': {
			const more = c.independent - 1;
			return more > 0 ? plural(more, verdict.primaryAndMore(count(more))) : levels.primary;
		}
		case 'corroborated':
			return plural(c.independent, verdict.corroborated(count(c.independent)));
		case 'single':
			return levels.single;
		case 'unreliable':
			return levels.unreliable;
		case 'unsourced':
			// Sources cited only for details (the date, a quote) are not a report of the event.
			return c.partial ? verdict.noReport : levels.unsourced;
	}
}
