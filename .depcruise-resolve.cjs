// Module resolution for dependency-cruiser: SvelteKit's `$lib` alias.
module.exports = { resolve: { alias: { $lib: `${__dirname}/src/lib` } } };
