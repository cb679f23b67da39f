// Applies the reader's manual colour scheme before the first paint, so a dark page never flashes
// white (and a light choice on a dark system never flashes dark). "System" stores nothing: the
// stylesheet follows prefers-color-scheme. Same key and values as src/lib/state/theme.ts.
(() => {
	// Marks a page whose scripts run: until the app has started, the stylesheet holds back the
	// prerendered (light) drawing in dark rather than flash it (see src/app.css).
	document.documentElement.dataset.js = '';
	try {
		const choice = localStorage.getItem('sourceline-theme');
		if (choice === 'light' || choice === 'dark') document.documentElement.dataset.theme = choice;
	} catch {
		// Storage can be blocked (a sandboxed embed, strict privacy settings): the system's scheme applies.
	}
})();
