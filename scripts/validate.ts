// `npm run validate -- <files…>`: checks timeline files in any format Sourceline reads, with the
// app's own loader, and prints every problem as `file:row or path: reason`. Exits 1 on any error,
// 0 when there are only warnings (such as "no source given").
import { readFileSync } from 'node:fs';
import { decodeBytes } from '../src/lib/data/decode';
import { importText } from '../src/lib/data/formats/import';
import { issueLine } from '../src/lib/data/issues';

const files = process.argv.slice(2);
if (!files.length) {
	console.error('usage: npm run validate -- <file.json|file.csv> …');
	process.exit(2);
}
let failed = 0;
for (const file of files) {
	let bytes: Uint8Array;
	try {
		bytes = readFileSync(file);
	} catch (e) {
		console.log(`${file}: cannot be read: ${e instanceof Error ? e.message : String(e)}`);
		failed++;
		continue;
	}
	const decoded = decodeBytes(bytes, file);
	const result = decoded.ok ? await importText(decoded.text, file) : decoded;
	if (!result.ok) {
		failed++;
		for (const e of result.errors) console.log(issueLine(e));
		continue;
	}
	for (const w of result.warnings) console.log(issueLine({ ...w, warning: true }));
	const r = result.report;
	console.log(`${file}: ok: ${r.events} events, ${r.sources} sources, ${r.quotes} quotes (${r.format})`);
}
process.exit(failed ? 1 : 0);
