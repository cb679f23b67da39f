/**
 * Layers that point one way: each folder of src/lib may import only from its own layer and the ones
 * below it, and nothing may import in a cycle. `npm run lint:layers` (part of `npm test`) fails on
 * either. Lowest first:
 *   time        dates and precision, windows and zoom limits, ticks
 *   data        schema, loader, provenance, model
 *   timeline    layout, level of detail, scene, canvas painter, hit testing
 *   words       message catalogues, dates and numbers in the interface language
 *   url         view parameters, paths, quote links;  export, share: SVG snapshot, cards and tags
 *   state       rune classes;  attachments: d3-zoom and resize
 *   site        what the prerendered pages load
 *   components  Svelte components;  routes: the pages
 */
const LAYERS = [
	['time'],
	['data'],
	['timeline'],
	['words'],
	['url', 'export', 'share'],
	['state', 'attachments'],
	['site'],
	['components'],
	['routes']
];
const folderOf = (name) => (name === 'routes' ? '^src/routes/' : `^src/lib/${name}/`);
const rank = (name) => LAYERS.findIndex((l) => l.includes(name));
const above = (name) => LAYERS.flat().filter((other) => rank(other) > rank(name));

module.exports = {
	forbidden: [
		{
			name: 'no-cycle',
			severity: 'error',
			comment: 'Modules must not import each other in a circle.',
			from: {},
			to: { circular: true }
		},
		...LAYERS.flat()
			.filter((name) => above(name).length)
			.map((name) => ({
				name: `${name}-points-down`,
				severity: 'error',
				comment: `${name}/ may import only from its own layer and those below it.`,
				from: { path: folderOf(name) },
				to: { path: above(name).map(folderOf) }
			})),
		{
			name: 'lib-not-into-routes',
			severity: 'error',
			from: { path: '^src/lib/' },
			to: { path: '^src/routes/' }
		}
	],
	options: {
		doNotFollow: { path: 'node_modules' },
		exclude: { path: '\\.test\\.ts$' },
		tsPreCompilationDeps: true,
		tsConfig: { fileName: 'tsconfig.json' },
		webpackConfig: { fileName: '.depcruise-resolve.cjs' },
		enhancedResolveOptions: { extensions: ['.ts', '.svelte.ts', '.js', '.svelte', '.json'] }
	}
};
