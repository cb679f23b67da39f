// Writes static/timeline.schema.json from the one schema in src/lib/data/schema.ts, so authors get
// checking in their editor. Run by `npm run schema`; a unit test fails if the file is out of date.
import { writeFileSync } from 'node:fs';
import { timelineJsonSchema } from '../src/lib/data/json-schema';

writeFileSync(
	new URL('../static/timeline.schema.json', import.meta.url),
	JSON.stringify(timelineJsonSchema(), null, '\t') + '\n'
);
console.log('wrote static/timeline.schema.json');
