import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { timelineJsonSchema } from '$lib/data/json-schema';

describe('static/timeline.schema.json', () => {
	it('is up to date with the schema (run `npm run schema` after changing it)', () => {
		const shipped = JSON.parse(readFileSync(new URL('../static/timeline.schema.json', import.meta.url), 'utf8'));
		expect(shipped).toEqual(JSON.parse(JSON.stringify(timelineJsonSchema())));
	});
	it('describes events, sources and the date forms', () => {
		const s = JSON.stringify(timelineJsonSchema());
		for (const key of ['notBefore', 'notAfter', 'derivedFrom', 'translatedFrom', 'unreliable'])
			expect(s).toContain(key);
	});
});
