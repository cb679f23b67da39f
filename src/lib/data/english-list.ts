/** Items joined as English writes them, for the command line and the English interface alike. */

/** "a, b and c". */
export function joinWords(items: readonly string[]): string {
	return items.length < 2 ? (items[0] ?? '') : `${items.slice(0, -1).join(', ')} and ${items[items.length - 1]}`;
}
