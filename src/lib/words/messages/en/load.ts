/**
 * Opening a timeline file: the picker and drop target, and what is loading. Why a file was refused
 * and what an import changed are in `report.ts`, fetched when one is shown.
 */
export default {
	opener: {
		/** The link to the spreadsheet template. */
		template: 'CSV template',
		open: 'Open a timeline file…',
		/** Shown over the page while a file is dragged over it. */
		drop: 'Drop a timeline file (JSON or CSV) to preview it'
	},
	status: {
		loading: (name: string) => `Loading ${name}…`,
		/** With how far the load has got (one of the stages below). */
		loadingAt: (name: string, stage: string) => `Loading ${name}: ${stage}…`,
		reading: (percent: number) => `reading ${percent} %`,
		checking: 'checking',
		drawing: 'drawing'
	},
	refused: {
		/** When a refused file's report could not be fetched (offline, say): the file, and what to do. */
		unworded: (file: string) =>
			`${file} was not loaded, and the reason could not be fetched: check the connection, then try again.`,
		retry: 'Try again',
		dismiss: 'Dismiss'
	}
};
