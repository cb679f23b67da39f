/**
 * A visible window in English, at the precision its span deserves: "Jan 2025 – Feb 2026", "5 Mar 2025,
 * 18:00 – 22:00 UTC". It is English's `DateWords.window`; the interface calls `words.date.window`.
 */
import { monthName } from '../time/dates';
import type { Window } from '../time/scale';

const DAY = 86_400_000;
const two = (n: number) => String(n).padStart(2, '0');

function day(d: Date): string {
	return `${d.getUTCDate()} ${monthName(d.getUTCMonth()).slice(0, 3)} ${d.getUTCFullYear()}`;
}

export function formatWindow(w: Window): string {
	const a = new Date(w.from);
	const b = new Date(w.to);
	const span = w.to - w.from;
	if (span > 400 * DAY)
		return `${monthName(a.getUTCMonth()).slice(0, 3)} ${a.getUTCFullYear()} – ${monthName(b.getUTCMonth()).slice(0, 3)} ${b.getUTCFullYear()}`;
	if (span > 2 * DAY) return `${day(a)} – ${day(b)}`;
	const time = (d: Date) => `${two(d.getUTCHours())}:${two(d.getUTCMinutes())}`;
	return day(a) === day(b)
		? `${day(a)}, ${time(a)} – ${time(b)} UTC`
		: `${day(a)} ${time(a)} – ${day(b)} ${time(b)} UTC`;
}
