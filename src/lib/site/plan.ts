/**
 * Where each published timeline lives on the site. The `home` timeline (named in
 * sourceline.config.json, or the only one) has the site's root: `/`, `/events/<id>`, `/embed`,
 * `/embed/events/<id>` — so links shared when the site had one timeline keep working when more
 * come. Every other timeline lives under its id: `/<id>`, `/<id>/events/<event>`, `/embed/<id>`,
 * `/embed/<id>/events/<event>`. The list of timelines is `/` when no timeline has the root, else
 * `/timelines`. Data files for download are `/data/<id>.json` and `/data/<id>.csv`.
 */

/** First path segments the site uses itself: no timeline may be called so. */
export const RESERVED_IDS = ['events', 'embed', 'data', 'timelines', 'templates', 'app', '404'] as const;

export interface SitePlan {
	/** The timeline at the site's root, or null (then the root lists them). */
	home: string | null;
	/** Where the list of timelines is. */
	listPath: '/' | '/timelines';
	/** Every timeline id, in the order they are listed. */
	ids: string[];
}

export type Planned = { ok: true; plan: SitePlan } | { ok: false; errors: string[] };

/** Lay out a site of timelines (ids in file order); `home` from the site's config. */
export function planSite(ids: string[], home?: string): Planned {
	const errors: string[] = [];
	if (home !== undefined && !ids.includes(home)) {
		errors.push(
			`sourceline.config.json: "home" names "${home}", which is not the id of a timeline in timelines/ (${ids.join(', ') || 'none'})`
		);
	}
	const root = home ?? (ids.length === 1 ? ids[0]! : null);
	for (const id of ids) {
		if (id !== root && (RESERVED_IDS as readonly string[]).includes(id)) {
			errors.push(`timeline id "${id}" is a name the site uses for its own pages; give the timeline another id`);
		}
	}
	if (errors.length) return { ok: false, errors };
	return { ok: true, plan: { home: root, listPath: root === null ? '/' : '/timelines', ids } };
}

/** The path a timeline's pages start with: "" for the home timeline, "/<id>" for the others. */
export function timelinePath(plan: SitePlan, id: string): string {
	return id === plan.home ? '' : `/${id}`;
}
