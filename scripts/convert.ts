// `npm run convert -- <in> <out.json|out.csv>`: reads a timeline in any format Sourceline reads
// (checked by the app's own loader) and writes it as Sourceline JSON or Sourceline CSV.
import { readFileSync, writeFileSync } from 'node:fs';
import { decodeBytes } from '../src/lib/data/decode';
import { importText } from '../src/lib/data/formats/import';
import { writeSourcelineCsv } from '../src/lib/data/formats/sourceline-csv';
import { issueLine } from '../src/lib/data/issues';
import { timelineFile } from '../src/lib/data/timeline-file';

const [input, output] = process.argv.slice(2);
if (!input || !output || !/\.(json|csv)$/i.test(output)) {
	console.error('usage: npm run convert -- <in.json|in.csv> <out.json|out.csv>');
	process.exit(2);
}
const decoded = decodeBytes(readFileSync(input), input);
const result = decoded.ok ? await importText(decoded.text, input) : decoded;
if (!result.ok) {
	for (const e of result.errors) console.log(issueLine(e));
	process.exit(1);
}
for (const w of result.warnings) console.log(issueLine({ ...w, warning: true }));
const file = timelineFile(result.timeline);
writeFileSync(output, /\.csv$/i.test(output) ? writeSourcelineCsv(file) : JSON.stringify(file, null, '\t') + '\n');
console.log(
	`${output}: ${result.report.events} events, ${result.report.sources} sources (from ${result.report.format})`
);
