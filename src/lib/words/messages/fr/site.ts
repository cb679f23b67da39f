import type { Messages } from '../en';

export default {
	brand: 'Sourceline',
	allTimelines: 'Toutes les chronologies',
	previewingFile: 'Aperçu de {file} (lu dans votre navigateur, rien n’est envoyé).',
	showingLink: 'Affichage de {file}, la chronologie indiquée par ce lien ({param}).',
	backToHome: 'Revenir à la chronologie du site',
	language: 'Langue',
	theme: 'Thème',
	themes: { system: 'Système', light: 'Clair', dark: 'Sombre' },
	list: {
		title: 'Chronologies',
		pageTitle: 'Chronologies — Sourceline',
		events: (count, num) => `${num.count(count)} ${count < 2 ? 'événement' : 'événements'}`,
		unreliableOnly: (count, num) => `${num.count(count)} reposant uniquement sur des sources peu fiables`,
		unsourced: (count, num) => `${num.count(count)} sans source indiquée`,
		noEvents: 'aucun événement pour l’instant'
	},
	notFound: {
		title: 'Page introuvable',
		error: 'Une erreur s’est produite',
		pageTitle: 'Page introuvable — Sourceline',
		errorPageTitle: 'Erreur — Sourceline',
		noEvent: (id) =>
			`Cette chronologie ne contient aucun événement ayant pour identifiant «\u202f${id}\u202f». Il a peut-être été renommé ou supprimé.`,
		noPage: 'Cette page n’existe pas.',
		back: 'Revenir à la chronologie'
	}
} satisfies Messages['site'];
