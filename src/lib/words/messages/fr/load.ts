import type { Messages } from '../en';

export default {
	opener: {
		template: 'Modèle CSV',
		open: 'Ouvrir un fichier de chronologie…',
		drop: 'Déposez un fichier de chronologie (JSON ou CSV) pour l’afficher'
	},
	status: {
		loading: (name) => `Chargement de ${name}…`,
		loadingAt: (name, stage) => `Chargement de ${name}\u202f: ${stage}…`,
		reading: (percent) => `lecture ${percent}\u202f%`,
		checking: 'vérification',
		drawing: 'affichage'
	},
	refused: {
		unworded: (file) =>
			`${file} n’a pas été chargé, et la raison n’a pas pu être récupérée\u202f: vérifiez la connexion, puis réessayez.`,
		retry: 'Réessayer',
		dismiss: 'Fermer'
	}
} satisfies Messages['load'];
