import type { Messages } from '../en';

export default {
	opener: {
		template: 'Plantilla CSV',
		open: 'Abrir un archivo de cronología…',
		drop: 'Suelte aquí un archivo de cronología (JSON o CSV) para previsualizarlo'
	},
	status: {
		loading: (name) => `Cargando ${name}…`,
		loadingAt: (name, stage) => `Cargando ${name}: ${stage}…`,
		reading: (percent) => `leyendo ${percent} %`,
		checking: 'comprobando',
		drawing: 'dibujando'
	},
	refused: {
		unworded: (file) =>
			`No se cargó ${file} y no se pudo obtener el motivo: compruebe la conexión y vuelva a intentarlo.`,
		retry: 'Reintentar',
		dismiss: 'Cerrar'
	}
} satisfies Messages['load'];
