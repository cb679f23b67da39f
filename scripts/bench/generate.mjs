// Synthetic timelines for the benchmark: deterministic (seeded), ten years, mixed precisions,
// realistic titles and quotes, several sources each. `generate(n)` returns the timeline object.

/** Park–Miller LCG: the same numbers on every machine. */
function rng(seed) {
	let s = seed % 2147483647;
	if (s <= 0) s += 2147483646;
	return () => (s = (s * 16807) % 2147483647) / 2147483647;
}

const ACTORS = [
	'The defence minister',
	'The foreign minister',
	'The prime minister',
	'The president',
	'The NATO secretary general',
	'The chancellor',
	'A government spokesperson',
	'The opposition leader',
	'The central bank',
	'The energy regulator',
	'The health ministry',
	'The court of appeal',
	'The election commission',
	'A coalition partner',
	'The army chief of staff'
];
const VERBS = [
	'announces',
	'rejects',
	'calls for',
	'warns against',
	'confirms',
	'denies',
	'proposes',
	'signs',
	'postpones',
	'defends',
	'questions',
	'welcomes'
];
const OBJECTS = [
	'a new defence budget',
	'talks on nuclear deterrence',
	'sanctions on energy imports',
	'a ceasefire proposal',
	'the alliance summit agenda',
	'a joint procurement plan',
	'emergency gas reserves',
	'the border agreement',
	'troop rotations in the east',
	'an inquiry into the leak',
	'the arms export rules',
	'a referendum date',
	'cyber defence cooperation',
	'the new security strategy'
];
const WORDS =
	'we will not accept any step that weakens our security and we remain ready to talk with all partners about the future of deterrence in europe because stability matters more than ever before'.split(
		' '
	);
const PUBLISHERS = [
	'Wire Service',
	'Daily Courier',
	'Evening Herald',
	'Morning Post',
	'Public Broadcaster',
	'Regional Gazette',
	'Business Journal',
	'Policy Review',
	'Metro News',
	'The Observer Network'
];
const KINDS = ['wire', 'wire', 'news', 'news', 'news', 'news', 'primary', 'derivative', 'unreliable', 'unreliable'];

const TAGS = [
	'defence',
	'energy',
	'sanctions',
	'nuclear deterrence',
	'elections',
	'courts',
	'health',
	'cyber',
	'borders',
	'budget',
	'diplomacy',
	'trade',
	'migration',
	'climate',
	'alliance'
];
const GROUPS = ['North', 'South', 'East', 'West', 'Capital', 'Abroad'];

const two = (n) => String(n).padStart(2, '0');
const day = (d) => `${d.getUTCFullYear()}-${two(d.getUTCMonth() + 1)}-${two(d.getUTCDate())}`;

/** A timeline with `n` events between 2016 and 2026. */
export function generate(n, seed = 20251223) {
	const r = rng(seed + n);
	const pick = (a) => a[Math.floor(r() * a.length)];
	// Actors, tags and groups come from a generator of their own, so every other field is what it was
	// before they were added (the bench's earlier figures stay comparable).
	const r2 = rng(seed + n + 7);
	const pick2 = (a) => a[Math.floor(r2() * a.length)];
	const sources = [];
	for (let i = 0; i < 300; i++) {
		const kind = pick(KINDS);
		const s = {
			id: `src-${i}`,
			publisher: `${pick(PUBLISHERS)} ${i}`,
			url: `https://source-${i}.example/articles/${i}`,
			kind
		};
		if ((kind === 'derivative' || kind === 'unreliable') && i > 10) s.derivedFrom = `src-${Math.floor(r() * 10)}`;
		if (kind === 'wire' && r() < 0.5) s.agency = `Agency ${i % 7}`;
		sources.push(s);
	}
	const from = Date.UTC(2016, 0, 1);
	const span = Date.UTC(2026, 0, 1) - from;
	const events = [];
	for (let i = 0; i < n; i++) {
		const t = new Date(from + r() * span);
		const p = r();
		let date;
		if (p < 0.7) date = day(t);
		else if (p < 0.78) date = `${day(t)}T${two(t.getUTCHours())}:${two(t.getUTCMinutes())}Z`;
		else if (p < 0.88) date = day(t).slice(0, 7);
		else if (p < 0.9) date = day(t).slice(0, 4);
		else if (p < 0.96)
			date = { start: day(t), end: day(new Date(t.getTime() + (1 + Math.floor(r() * 30)) * 86_400_000)) };
		else date = { notBefore: day(t), notAfter: day(new Date(t.getTime() + (1 + Math.floor(r() * 20)) * 86_400_000)) };
		const count = 2 + Math.floor(r() * 3);
		const ids = new Set();
		while (ids.size < count) ids.add(`src-${Math.floor(r() * sources.length)}`);
		const evSources = [...ids];
		const actor = pick(ACTORS);
		const words = Array.from({ length: 12 + Math.floor(r() * 10) }, () => pick(WORDS));
		const actors = r2() < 0.2 ? [...new Set([actor, pick2(ACTORS)])] : [actor];
		const tags = [...new Set(Array.from({ length: 1 + Math.floor(r2() * 3) }, () => pick2(TAGS)))];
		events.push({
			id: `ev-${i}`,
			title: `${actor} ${pick(VERBS)} ${pick(OBJECTS)}`,
			date,
			actors,
			tags,
			group: pick2(GROUPS),
			quotes: [
				{
					text: words.join(' ').replace(/^./, (c) => c.toUpperCase()) + '.',
					speaker: actor,
					source: evSources[0],
					language: 'en'
				}
			],
			sources: evSources
		});
	}
	return {
		id: `bench-${n}`,
		title: `Benchmark timeline, ${n.toLocaleString('en')} events`,
		language: 'en',
		sources,
		events
	};
}
