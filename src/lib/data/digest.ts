/**
 * SHA-256 of an archived text, the same on the command line, in the build and in the browser.
 * Synchronous (@noble/hashes), because the loader's checks are: Web Crypto's digest is asynchronous
 * and exists only in secure contexts, so a page opened over plain http on a local network has none.
 */
import { sha256 } from '@noble/hashes/sha2.js';
import { bytesToHex } from '@noble/hashes/utils.js';

/** The SHA-256 of a text's UTF-8 bytes, as 64 lowercase hexadecimal digits. */
export function sha256Hex(text: string): string {
	return bytesToHex(sha256(new TextEncoder().encode(text)));
}
