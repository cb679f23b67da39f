// Every page is prerendered to static HTML; the app then hydrates in the browser.
export const prerender = true;
export const trailingSlash = 'never';
