import type { Messages } from '../en';

export default {
	brand: 'Sourceline',
	allTimelines: 'Toutes les chronologies',
	previewingFile: 'Aperçu de {file} (lu dans votre navigateur, rien n’est envoyé).',
	showingLink: 'Affichage de {file}, la chronologie indiquée par ce lien ({param}).',
	backToHome: 'Revenir au récit intégré',
	language: 'Langue',
	theme: 'Thème',
	themes: { system: 'Système', light: 'Clair', dark: 'Sombre' },
	list: {
		title: 'Chronologies',
		pageTitle: 'Chronologies — Sourceline',
		events: (count, num) => `${num.count(count)} ${count < 2 ? 'événement' : 'événements'}`,
		unreliableOnly: (count, num) => `${num.count(count)} reposant uniquement sur des sources peu fiables`,
		unsourced: (count, num) => `${num.count(count)} sans source indiquée`,
		noEvents: 'pas encore d’événements'
	},
	notFound: {
		title: 'Page introuvable',
		error: 'Une erreur s’est produite',
		pageTitle: 'Page introuvable — Sourceline',
		errorPageTitle: 'Erreur — Sourceline',
		noEvent: (id) =>
			`Il n’y a pas d’événement d’identifiant «\u00a0${id}\u00a0» dans cette chronologie. Il a peut-être été renommé ou supprimé.`,
		noPage: 'Cette page n’existe pas.',
		back: 'Revenir à la chronologie'
	}
} satisfies Messages['site'];
