/**
 * The hostile-input suite: each fixture in this folder and its documented outcome. Rejected files
 * must name the file, the JSON path and the reason (with at most a short excerpt of the bad value);
 * accepted files must show their text verbatim, as text. Used by tests/hostile.test.ts (the loader)
 * and e2e/hostile.spec.ts (the same files through the file picker and `?data=` in Chromium).
 */
export type HostileCase =
	| { file: string; outcome: 'rejected'; errors: { path: string; message: string }[] }
	| { file: string; outcome: 'accepted'; shows: string[] };

export const HOSTILE_CASES: HostileCase[] = [
	{
		file: 'script-in-text.json',
		outcome: 'accepted',
		shows: ['E <img src=x onerror="window.__pwned=1;alert(1)"><script>window.__pwned=1</script>']
	},
	{
		file: 'script-in-ids.json',
		outcome: 'rejected',
		errors: [
			{ path: 'sources[0].id', message: 'must be a slug' },
			{ path: 'events[0].id', message: 'must be a slug' },
			{ path: 'events[0].sources[0]', message: 'must be a slug' }
		]
	},
	{
		file: 'bad-urls.json',
		outcome: 'rejected',
		errors: [
			{ path: 'sources[0].url', message: 'URL is not http(s)' },
			{ path: 'sources[1].url', message: 'URL is not http(s)' },
			{ path: 'sources[2].url', message: 'URL is not http(s)' },
			{ path: 'sources[3].url', message: 'URL is not http(s)' },
			{ path: 'sources[4].url', message: 'URL is not http(s)' },
			{ path: 'sources[5].url', message: 'URL is not http(s)' },
			{ path: 'sources[6].url', message: 'URL is not http(s)' },
			{ path: 'sources[7].url', message: 'user name or password' },
			{ path: 'sources[8].url', message: 'user name or password' },
			{ path: 'sources[9].url', message: 'URL is not http(s)' },
			{ path: 'sources[10].url', message: 'control or invisible characters' }
		]
	},
	{ file: 'rtl-zero-width.json', outcome: 'accepted', shows: ['Start \u202Eevil\u202C end \u200Bzero\u200Dwidth'] },
	{
		file: 'bad-dates.json',
		outcome: 'rejected',
		errors: [
			{ path: 'events[0].date', message: '2025-02-30 does not exist: February 2025 has 28 days' },
			{ path: 'events[1].date', message: 'year 0000 does not exist' },
			{ path: 'events[2].date', message: 'is not a date' },
			{ path: 'events[3].date', message: 'end 2025-01 is before start 2025-06' },
			{ path: 'events[4].date', message: 'has a time but no zone' }
		]
	},
	{
		file: 'duplicate-dangling.json',
		outcome: 'rejected',
		errors: [
			{ path: 'sources[1].id', message: 'duplicate id "src-a" (first used at sources[0])' },
			{ path: 'sources[1].derivedFrom', message: 'unknown source id "nowhere"' },
			{ path: 'events[0].sources[1]', message: 'unknown source id "ghost"' },
			{ path: 'events[1].id', message: 'duplicate id "ev-a" (first used at events[0])' },
			{ path: 'events[1].contradicts', message: 'unknown event id "missing-event"' }
		]
	},
	{
		file: 'wrong-types.json',
		outcome: 'rejected',
		errors: [
			{ path: 'id', message: 'must be text, not 7' },
			{ path: 'title', message: 'must be text' },
			{ path: 'language', message: 'must be text, not null' },
			{ path: 'sources', message: 'must be a list' },
			{ path: 'events', message: 'must be a list, not "none"' }
		]
	},
	{ file: 'deep-nesting.json', outcome: 'rejected', errors: [{ path: 'extra', message: 'is not a known field' }] },
	{
		file: 'prototype-keys.json',
		outcome: 'rejected',
		errors: [
			{ path: '__proto__', message: 'is not a known field' },
			{ path: 'sources[0].constructor', message: 'is not a known field' },
			{ path: 'events[0].__proto__', message: 'is not a known field' }
		]
	},
	{ file: 'prototype-ids.json', outcome: 'accepted', shows: ['toString', 'hasOwnProperty', '__proto__'] },
	{
		file: 'route-ids.json',
		outcome: 'rejected',
		errors: [
			{ path: 'events[0].id', message: 'must be a slug' },
			{ path: 'events[1].id', message: 'must be a slug' },
			{ path: 'events[2].id', message: 'must be a slug' }
		]
	},
	{
		file: 'long-strings.json',
		outcome: 'rejected',
		errors: [
			{ path: 'title', message: 'is 5000 characters long; the limit is 300' },
			{ path: 'events[0].title', message: 'is 100000 characters long; the limit is 300' }
		]
	},
	// Issue 23: control characters, a noncharacter and a lone surrogate in text are refused by name
	// (the screen and the export then cannot differ), and 10,000 tags hit the cap of 50.
	{
		file: 'text-edges.json',
		outcome: 'rejected',
		errors: [
			{ path: 'events[0].title', message: 'contains a control character, U+0000' },
			{ path: 'events[1].title', message: 'contains a control character, U+001B' },
			{ path: 'events[2].title', message: 'contains a noncharacter, U+FFFF' },
			{ path: 'events[3].quotes[0].text', message: 'contains half of a character (a lone surrogate), U+D800' },
			{ path: 'events[4].tags', message: 'has more than 50 tags' }
		]
	},
	// Issue 23: what is valid is taken: 160 emoji (160 characters, 320 UTF-16 units), a range with
	// equal ends, an event that names no source (its verdict: "no source given").
	{ file: 'valid-edges.json', outcome: 'accepted', shows: ['😀'.repeat(160), 'Same ends', 'Names no source'] },
	// Issue 23: one decoding rule for every door: a file saved as UTF-16 with its byte-order mark is
	// read the same through the file picker, ?data=, the build and the command line.
	{ file: 'utf16-bom.json', outcome: 'accepted', shows: ['Read from UTF-16: Grüße'] }
];
