/**
 * Counts for people to read, grouped by thousands ("12,345"), like `toLocaleString('en')`. Not that
 * call itself: a page's first `toLocaleString` sets up the browser's number formatting, 60–120 ms on
 * the benchmark machine, spent on the path to the first render.
 */
export function formatCount(n: number): string {
	if (!Number.isSafeInteger(n)) return String(n);
	const digits = String(Math.abs(n));
	let out = '';
	for (let end = digits.length; end > 0; end -= 3)
		out = digits.slice(Math.max(0, end - 3), end) + (out ? ',' + out : '');
	return n < 0 ? '-' + out : out;
}
