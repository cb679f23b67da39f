import type { Messages } from '../en';
import type { Numbers } from '../../plural';

export default {
	copyLink: 'Копировать ссылку',
	share: 'Поделиться',
	embed: 'Встроить',
	exportSvg: 'Экспорт в SVG',
	exportPng: 'Экспорт в PNG',
	copySvg: 'Копировать SVG',
	noLink: 'Хронология открыта из файла на этом устройстве, поэтому ссылки на событие нет.',
	copied: { link: 'Ссылка скопирована', embedCode: 'Код для встраивания скопирован', svg: 'SVG скопирован' },
	notCopied: {
		link: 'Не удалось скопировать; выделите ссылку и скопируйте её вручную',
		embedCode: 'Не удалось скопировать; выделите код для встраивания и скопируйте его вручную',
		svg: 'Не удалось скопировать SVG'
	},
	embedBox: {
		code: 'Код для встраивания',
		keepAddress: 'Сохранять открытое событие в адресе моей страницы ({param})',
		sizing: (height: string) => `Скрипт подгоняет высоту фрейма под содержимое; без него высота фрейма — ${height} px.`,
		copy: 'Копировать код для встраивания'
	},
	openFull: 'Открыть в Sourceline ↗',
	quoted: (text: string) => `«${text}»`,
	saidBy: (p: { speaker: string; source: string }) => `— ${p.speaker}, ${p.source}`,
	translatedBy: (by: string) => `в переводе: ${by}`,
	translation: (by: string) => `перевод: ${by}`,
	meta: {
		said: (p: { quote: string; speaker: string; source: string }) => `${p.quote} — ${p.speaker}, ${p.source}.`,
		saidTranslated: (p: { quote: string; speaker: string; source: string; by: string }) =>
			`${p.quote} — ${p.speaker}, ${p.source} (перевод: ${p.by}).`,
		imageAlt: (p: { title: string; when: string }) => `${p.title}, ${p.when}`,
		imageAltQuote: (p: { title: string; when: string; quote: string }) => `${p.title}, ${p.when}: ${p.quote}`
	},
	snapshot: {
		sources: (names: string) => `Источники: ${names}`,
		noSources: 'нет',
		separator: '; ',
		more: (n: number, num: Numbers) => `и ещё ${num.count(n)}`,
		permalink: (url: string) => `Постоянная ссылка: ${url}`,
		noPermalink: 'нет (хронология открыта из файла на устройстве, с которого сделан экспорт)',
		exported: (date: string) => `Экспортировано из Sourceline ${date}`,
		desc: (p: { labelled: number; clustered: number; permalink: string }, num: Numbers) =>
			`Снимок хронологии, экспортированный из Sourceline: ${num.count(p.labelled)} ${num.plural(p.labelled, {
				one: 'подписанное событие',
				few: 'подписанных события',
				many: 'подписанных событий',
				other: 'подписанного события'
			})} и ${num.count(p.clustered)} в группах. ${p.permalink}`
	}
} satisfies Messages['share'];
