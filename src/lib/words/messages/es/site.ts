import type { Messages } from '../en';

export default {
	brand: 'Sourceline',
	allTimelines: 'Todas las cronologías',
	previewingFile: 'Vista previa de {file} (se lee en su navegador; no se sube a ningún servidor).',
	showingLink: 'Se muestra {file}, la cronología indicada en este enlace ({param}).',
	backToHome: 'Volver a la cronología del sitio',
	language: 'Idioma',
	theme: 'Tema',
	themes: { system: 'Sistema', light: 'Claro', dark: 'Oscuro' },
	list: {
		title: 'Cronologías',
		pageTitle: 'Cronologías — Sourceline',
		events: (count, num) => `${num.count(count)} ${count === 1 ? 'evento' : 'eventos'}`,
		unreliableOnly: (count, num) => `${num.count(count)} solo con fuentes poco fiables`,
		unsourced: (count, num) => `${num.count(count)} sin fuente indicada`,
		noEvents: 'aún no hay eventos'
	},
	notFound: {
		title: 'No encontrado',
		error: 'Se ha producido un error',
		pageTitle: 'No encontrado — Sourceline',
		errorPageTitle: 'Error — Sourceline',
		noEvent: (id) =>
			`En esta cronología no hay ningún evento con el identificador «${id}». Es posible que se haya renombrado o eliminado.`,
		noPage: 'Esta página no existe.',
		back: 'Volver a la cronología'
	}
} satisfies Messages['site'];
