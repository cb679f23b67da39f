import type { Messages } from '../en';
import type { Numbers } from '../../plural';

export default {
	copyLink: 'نسخ الرابط',
	share: 'مشاركة',
	embed: 'تضمين',
	exportSvg: 'تصدير SVG',
	exportPng: 'تصدير PNG',
	copySvg: 'نسخ SVG',
	noLink: 'قُرئ هذا الخط الزمني من ملف على هذا الجهاز، فلا رابط له.',
	copied: { link: 'تم نسخ الرابط', embedCode: 'تم نسخ شيفرة التضمين', svg: 'تم نسخ SVG' },
	notCopied: {
		link: 'تعذّر النسخ؛ حدِّد الرابط وانسخه يدويًا',
		embedCode: 'تعذّر النسخ؛ حدِّد شيفرة التضمين وانسخها يدويًا',
		svg: 'تعذّر نسخ SVG'
	},
	embedBox: {
		code: 'شيفرة التضمين',
		keepAddress: 'إبقاء الحدث المفتوح في عنوان صفحتي ({param})',
		sizing: (height: string) =>
			`يضبط البرنامج النصي ارتفاع الإطار وفق محتواه؛ ومن دونه يبقى ارتفاع الإطار ${height} بكسل.`,
		copy: 'نسخ شيفرة التضمين'
	},
	openFull: 'فتح في Sourceline ↖',
	quoted: (text: string) => `«${text}»`,
	saidBy: (p: { speaker: string; source: string }) => `— ${p.speaker}، ${p.source}`,
	translatedBy: (by: string) => `بترجمة ${by}`,
	translation: (by: string) => `الترجمة: ${by}`,
	meta: {
		said: (p: { quote: string; speaker: string; source: string }) => `${p.quote} — ${p.speaker}، ${p.source}.`,
		saidTranslated: (p: { quote: string; speaker: string; source: string; by: string }) =>
			`${p.quote} — ${p.speaker}، ${p.source} (الترجمة: ${p.by}).`,
		imageAlt: (p: { title: string; when: string }) => `${p.title}، ${p.when}`,
		imageAltQuote: (p: { title: string; when: string; quote: string }) => `${p.title}، ${p.when}: ${p.quote}`
	},
	snapshot: {
		sources: (names: string) => `المصادر: ${names}`,
		noSources: 'لا يوجد',
		separator: '؛ ',
		more: (n: number, num: Numbers) =>
			num.plural(n, {
				one: 'وناشر آخر',
				two: 'وناشران آخران',
				few: `و${num.count(n)} ناشرين آخرين`,
				many: `و${num.count(n)} ناشرًا آخر`,
				other: `و${num.count(n)} ناشر آخر`
			}),
		permalink: (url: string) => `الرابط الدائم: ${url}`,
		noPermalink: 'لا يوجد (قُرئ من ملف على الجهاز الذي صُدِّرت منه اللقطة)',
		exported: (date: string) => `صُدِّر من Sourceline في ${date}`,
		desc: (p: { labelled: number; clustered: number; permalink: string }, num: Numbers) =>
			`لقطة من خط زمني مصدَّرة من Sourceline: ${num.plural(p.labelled, {
				zero: 'لا أحداث معنونة',
				one: 'حدث واحد معنون',
				two: 'حدثان معنونان',
				few: `${num.count(p.labelled)} أحداث معنونة`,
				many: `${num.count(p.labelled)} حدثًا معنونًا`,
				other: `${num.count(p.labelled)} حدث معنون`
			})} و${num.count(p.clustered)} ضمن مجموعات. ${p.permalink}`
	}
} satisfies Messages['share'];
