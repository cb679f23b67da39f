import type { Messages } from '../en';

export default {
	brand: 'Sourceline',
	allTimelines: 'Toutes les chronologies',
	previewingFile: 'Aperçu de {file} (lu dans votre navigateur, rien n’est envoyé).',
	showingLink: 'Affichage de {file}, la chronologie indiquée par ce lien ({param}).',
	backToHome: 'Revenir au récit intégré',
	language: 'Langue',
	theme: 'Thème',
	themes: { system: 'Système', light: 'Clair', dark: 'Sombre' }
} satisfies Messages['site'];
