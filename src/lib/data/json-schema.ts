/** The timeline schema as JSON Schema, for authors' editors (published as static/timeline.schema.json). */
import { toJsonSchema } from '@valibot/to-json-schema';
import { TimelineFileSchema } from './schema';

export function timelineJsonSchema(): Record<string, unknown> {
	// Calendar and URL checks are code (rawCheck) and cannot be expressed in JSON Schema; the shapes,
	// patterns and limits can, and the loader still runs the full checks.
	const schema = toJsonSchema(TimelineFileSchema, { errorMode: 'ignore' }) as Record<string, unknown>;
	return {
		...schema,
		$id: 'https://sourceline.example/timeline.schema.json',
		title: 'Sourceline timeline',
		description:
			'A Sourceline timeline: sources with kinds and archived text, and events with precision-aware dates, verbatim quotes and claims that differ between sources.'
	};
}
