import type { Messages } from '../en';

export default {
	opener: {
		template: 'CSV-Vorlage',
		open: 'Zeitleisten-Datei öffnen…',
		drop: 'Zeitleisten-Datei (JSON oder CSV) hier ablegen, um eine Vorschau zu sehen'
	},
	status: {
		loading: (name) => `${name} wird geladen…`,
		loadingAt: (name, stage) => `${name} wird geladen: ${stage}…`,
		reading: (percent) => `${percent} % gelesen`,
		checking: 'Prüfung',
		drawing: 'Darstellung'
	},
	refused: {
		unworded: (file) =>
			`${file} wurde nicht geladen, und der Grund konnte nicht abgerufen werden: Prüfen Sie die Verbindung und versuchen Sie es erneut.`,
		retry: 'Erneut versuchen',
		dismiss: 'Schließen'
	}
} satisfies Messages['load'];
