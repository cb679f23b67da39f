/** Hard limits on what a timeline file may hold, so a huge or hostile file fails fast and clearly. */
export const LIMITS = {
	/** Bytes of one timeline file. */
	fileBytes: 64 * 1024 * 1024,
	events: 200_000,
	sources: 20_000,
	quotesPerEvent: 50,
	sourcesPerEvent: 200,
	tagsPerEvent: 50,
	actorsPerEvent: 50,
	eras: 1_000,
	/** Characters; longer fields are rejected rather than cut, so nothing is silently lost. */
	id: 80,
	title: 300,
	shortText: 300,
	summary: 5_000,
	quote: 5_000,
	archive: 500_000
} as const;
