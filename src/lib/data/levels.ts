/** Corroboration levels and what an event's sources amount to (judged in `provenance.ts`). */

/** Levels for filters and encodings, weakest first. */
export const LEVELS = ['unsourced', 'unreliable', 'single', 'corroborated', 'primary'] as const;
export type Level = (typeof LEVELS)[number];

/** What an event's sources amount to. */
export interface Corroboration {
	level: Level;
	/** Number of independent (non-derivative, reliable) reports. */
	independent: number;
	hasPrimary: boolean;
	/** The event records claims on which its sources differ. */
	disputed: boolean;
	/** A primary source is cited for the event, but no archived copy shows what it is cited for. */
	primaryUnchecked?: boolean;
	/** Sources cited only for part of the event (its date, a quote …): listed, not counted. */
	partial?: number;
	/** The author's confidence in the date and the attribution, where it is less than high. */
	confidence?: { date?: 'medium' | 'low'; attribution?: 'medium' | 'low' };
	/** The verdict in plain words, e.g. "corroborated by 2 independent reports". */
	verdict: string;
}
