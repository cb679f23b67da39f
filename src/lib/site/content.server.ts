/**
 * The site's timelines: every file in `timelines/` at the project root, read when the site is
 * built, each through the same import and loader as the app's file picker. One broken file stops
 * the build with every problem in every file (file, row or path, reason).
 */
import { readdirSync, readFileSync, existsSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { decodeBytes } from '$lib/data/decode';
import { importText, type Imported } from '$lib/data/formats/import';
import { issueText } from '$lib/data/issues';
import { planSite, timelinePath, type SitePlan } from './plan';

/** A timeline the site publishes. */
export interface SiteTimeline extends Imported {
	/** Its file, relative to the project (`timelines/x.csv`). */
	file: string;
	/** Where its pages start ("" for the home timeline). */
	path: string;
}

export interface Site {
	plan: SitePlan;
	timelines: SiteTimeline[];
	byId: Map<string, SiteTimeline>;
}

const FILE_RE = /\.(json|csv|tsv)$/i;

/** Read, check and lay out every timeline in `dir` (by default `timelines/` of the project). */
export async function readSite(root = resolve('.')): Promise<Site> {
	const dir = join(root, 'timelines');
	const names = existsSync(dir)
		? readdirSync(dir)
				.filter((f) => FILE_RE.test(f) && !f.startsWith('.'))
				.sort()
		: [];
	const problems: string[] = [];
	const timelines: SiteTimeline[] = [];
	for (const name of names) {
		const file = `timelines/${name}`;
		const decoded = decodeBytes(readFileSync(join(dir, name)), file);
		const result = decoded.ok ? await importText(decoded.text, file) : decoded;
		if (!result.ok) problems.push(...result.errors.map(issueText));
		else timelines.push({ ...result, file, path: '' });
	}
	const seen = new Map<string, string>();
	for (const t of timelines) {
		const other = seen.get(t.timeline.id);
		if (other) problems.push(`${t.file}: timeline id "${t.timeline.id}" is also the id of ${other}`);
		seen.set(t.timeline.id, t.file);
	}
	const planned = planSite(
		timelines.map((t) => t.timeline.id),
		readConfig(root).home
	);
	if (!planned.ok) problems.push(...planned.errors);
	if (problems.length || !planned.ok) {
		throw new Error(`the site's timelines have problems:\n${problems.map((p) => `  ${p}`).join('\n')}`);
	}
	for (const t of timelines) t.path = timelinePath(planned.plan, t.timeline.id);
	return { plan: planned.plan, timelines, byId: new Map(timelines.map((t) => [t.timeline.id, t])) };
}

/** sourceline.config.json, if the project has one. */
function readConfig(root: string): { home?: string } {
	const file = join(root, 'sourceline.config.json');
	if (!existsSync(file)) return {};
	const json: unknown = JSON.parse(readFileSync(file, 'utf8'));
	const home = (json as { home?: unknown }).home;
	if (home !== undefined && typeof home !== 'string')
		throw new Error('sourceline.config.json: "home" must be a timeline id');
	return home === undefined ? {} : { home };
}

let cached: Promise<Site> | null = null;

/** The site, read once per build. */
export function site(): Promise<Site> {
	return (cached ??= readSite());
}
