/**
 * Bytes to text, by one rule for every door (the file picker, `?data=`, the build and the command
 * line): UTF-8, with or without a byte-order mark, or UTF-16 (little or big endian) when a
 * byte-order mark says so. Anything else that is not valid UTF-8 is refused, never guessed at.
 */
import type { LoadError } from './load';
import { fileError } from './errors';
import { issue } from './issue-codes';

export type Decoded = { ok: true; text: string } | { ok: false; errors: LoadError[] };

/** The text of a file's bytes, or why it cannot be read as text. */
export function decodeBytes(bytes: Uint8Array, file: string): Decoded {
	const [a, b, c] = bytes;
	let encoding = 'utf-8';
	let skip = 0;
	if (a === 0xef && b === 0xbb && c === 0xbf) skip = 3;
	else if (a === 0xff && b === 0xfe) [encoding, skip] = ['utf-16le', 2];
	else if (a === 0xfe && b === 0xff) [encoding, skip] = ['utf-16be', 2];
	try {
		return { ok: true, text: new TextDecoder(encoding, { fatal: true }).decode(bytes.subarray(skip)) };
	} catch {
		const what = encoding === 'utf-8' ? 'UTF-8' : encoding === 'utf-16le' ? 'UTF-16LE' : 'UTF-16BE';
		return { ok: false, errors: [fileError(file, issue('notText', { encoding: what }))] };
	}
}
