/** Every problem a file can have, by code (see `data/issue-codes.ts`): fetched only when one is shown. */
import type { Issues } from '../en/issues';
import { q } from './grammar';

/** French takes the singular for 0 and 1. */
const named = (headline: string) => (headline ? ` ${q(headline)}` : '');
const WANT: Record<string, string> = {
	text: 'du texte',
	list: 'une liste',
	object: 'un objet',
	oneOf: 'l’une des valeurs admises',
	number: 'un nombre'
};
const GOT: Record<string, string> = {
	list: 'une liste',
	null: 'null',
	string: 'du texte',
	number: 'un nombre',
	boolean: 'un booléen',
	undefined: 'rien',
	other: 'autre chose'
};
const TOO_MANY: Record<string, string> = {
	actors: 'nomme plus de {n} acteurs',
	tags: 'a plus de {n} mots-clés',
	quotes: 'a plus de {n} citations',
	eventSources: 'nomme plus de {n} sources',
	supportSources: 'énumère plus de {n} sources',
	sources: 'a plus de {n} sources',
	eras: 'a plus de {n} périodes',
	events: 'a plus de {n} événements'
};
const CHAR: Record<string, string> = {
	surrogate: 'une moitié de caractère (un demi-codet isolé)',
	noncharacter: 'un non-caractère',
	control: 'un caractère de contrôle'
};
const RANGE: Record<string, string> = {
	month: 'n’est pas un mois (1 à 12)',
	day: 'n’est pas un jour du mois (1 à 31)',
	hour: 'n’est pas une heure (0 à 23)',
	minute: 'n’est pas une minute (0 à 59)',
	second: 'n’est pas une seconde (0 à 59)',
	millisecond: 'n’est pas une milliseconde (0 à 999)'
};
const DROPPED: Record<string, string> = {
	dayWithoutMonth: 'le jour (il n’y a pas de mois)',
	timeWithoutDay: 'l’heure (il n’y a pas de jour)',
	minutesWithoutHour: 'l’heure (des minutes sans heure)',
	milliseconds: 'les millisecondes (les dates de Sourceline vont jusqu’à la seconde)'
};
/** « retiré », « retirée », « retirées », « retirés » : le jour is masculine, l’heure and les millisecondes feminine. */
const droppedAgreement = (dropped: readonly string[]) => {
	const masculine = dropped.includes('dayWithoutMonth');
	if (dropped.length > 1 || dropped[0] === 'milliseconds') return masculine ? 'retirés' : 'retirées';
	return masculine ? 'retiré' : 'retirée';
};
const TITLE_FROM: Record<string, string> = {
	display: 'sa date affichée',
	text: 'les premiers mots de son texte',
	start: 'sa date'
};

export default {
	fileTooBig: (p, say) => `fait ${say.mb(p.size)} Mo\u202f; la limite est de ${say.mb(p.limit)} Mo`,
	tooBigWhileReading: (p, say) => `dépasse la limite de ${say.mb(p.limit)} Mo (lecture arrêtée à ${say.mb(p.size)} Mo)`,
	notJson: (p) => `n’est pas du JSON valide\u202f: ${p.detail}`,
	notText: (p) => `n’est pas du texte ${p.encoding} valide\u202f; enregistrez-le en UTF-8 et ouvrez-le à nouveau`,
	unreadable: (p) => `n’a pas pu être lu\u202f: ${p.detail || 'le navigateur n’a pas pu le lire'}`,
	noWorker: () => 'n’a pas pu être lu\u202f: ce navigateur refuse de lancer le convertisseur (un Web Worker)',
	notTimelineObject: (p) =>
		`doit être un objet JSON décrivant une chronologie (avec ${q('id')}, ${q('title')}, ${q('language')}, ${q('sources')} et ${q('events')}), pas ${GOT[p.got]}`,
	moreErrors: (p, say) =>
		`et ${say.n(p.count)} autre${p.count < 2 ? '' : 's'} erreur${p.count < 2 ? '' : 's'} non affichée${p.count < 2 ? '' : 's'}`,
	csvTooBig: (p, say) => `fait ${say.mb(p.size)} Mo\u202f; la limite est de ${say.n(p.limit / 1024 / 1024)} Mo`,
	csvTooManyColumns: (p, say) => `a ${say.n(p.count)} colonnes\u202f; la limite est de ${say.n(p.limit)}`,
	csvNoHeader: () => 'n’a pas de ligne d’en-tête\u202f: la première ligne doit nommer les colonnes',
	csvBlankHeader: (p) => `la colonne ${p.column} n’a pas d’en-tête`,
	csvDuplicateHeader: (p) => `la colonne ${q(p.header)} figure deux fois (colonnes ${p.first} et ${p.second})`,
	csvTooManyRows: (p, say) => `a plus de ${say.n(p.limit)} lignes`,
	csvTooManyCells: (p) => `a ${p.cells} cellules, mais seules ${p.columns} colonnes ont un en-tête`,
	unknownColumns: (p) =>
		`n’a ni les colonnes de Sourceline (Date, Title…) ni celles de TimelineJS (Year, Headline…)\u202f; ses colonnes sont ${p.columns}`,
	csvSameColumn: (p) => `est la même colonne que ${q(p.other)}\u202f: gardez-en une seule`,
	csvUnknownColumn: (p) =>
		`n’est pas une colonne connue${p.near ? ` (vouliez-vous dire ${q(p.near)}\u202f?)` : ''}\u202f; les colonnes sont\u202f: ${p.columns}. Une colonne dont le nom commence par ${q('#')} ou ${q('Note')} est réservée à vos propres notes`,
	csvNotesColumns: (p, say) =>
		`${p.columns.length > 1 ? 'les colonnes' : 'la colonne'} ${say.list(p.columns.map(q))} ${p.columns.length > 1 ? 'restent' : 'reste'} en dehors de la chronologie\u202f: une colonne dont le nom commence par ${q('#')} ou ${q('Note')} sert aux notes de l’auteur`,
	csvSpreadsheetDate: (p) =>
		`${q(p.text)} ressemble au format de date propre à un tableur, où le jour et le mois peuvent se lire dans les deux sens\u202f: écrivez YYYY-MM-DD (2025-03-05)\u202f; pour que le tableur ne le modifie pas, formatez la colonne en texte`,
	csvConflict: (p) => {
		const what = {
			source: `la même source (${q(p.source)})`,
			timeline: 'la chronologie',
			event: `l’événement ${q(p.event)}`,
			support: `ce que la source ${q(p.source)} appuie de l’événement ${q(p.event)}`
		}[p.of];
		return `vaut ${q(p.value)} ici, mais la ligne ${p.row} donne ${q(p.earlier)} pour ${what}\u202f: une ligne complémentaire doit laisser cette cellule vide ou répéter la même valeur`;
	},
	csvIdMade: (p) =>
		`n’a pas d’ID\u202f: l’identifiant de l’événement a été tiré de son titre, ${q(p.id)}. Écrivez ${p.id} dans la colonne ID, pour que les liens vers l’événement restent les mêmes si son titre change`,
	csvStraySourceCell: () => 'se rapporte à une source, mais cette ligne n’a ni Source URL ni Source ID',
	csvSupportNoSource: () => 'indique ce qu’une source appuie, mais cette ligne n’a ni Source URL ni Source ID',
	csvSupportNoEvent: () =>
		'figure sur une ligne qui n’appartient à aucun événement\u202f: écrivez l’ID de son événement dans la colonne ID',
	csvNoEvent: () =>
		'figure sur une ligne qui n’appartient à aucun événement\u202f: écrivez l’ID de son événement dans la colonne ID (une ligne sans ID ni Title ne s’ajoute à aucun événement)',
	csvQuoteNoSource: () =>
		'n’a pas de source\u202f: indiquez sur la même ligne la Source URL (ou la Source ID) d’où vient la citation',
	csvStrayQuoteCell: () => 'se rapporte à une citation, mais la cellule Quote de cette ligne est vide',
	csvClaimEmpty: () => 'est vide\u202f: indiquez à quoi se rapporte la Claim value',
	csvClaimValueEmpty: (p) => `est vide\u202f: indiquez ce que la source de cette ligne dit de ${q(p.claim)}`,
	csvClaimNoSource: () =>
		'n’a pas de source\u202f: indiquez sur la même ligne la Source URL (ou la Source ID) de la source qui l’affirme',
	csvTimelineAssumed: (p, say) => {
		const names: string[] = [];
		const whats: string[] = [];
		if (p.id !== null) {
			names.push('Timeline ID');
			whats.push(`l’identifiant ${q(p.id)} (tiré du nom du fichier)`);
		}
		if (p.title !== null) {
			names.push('Timeline title');
			whats.push(`le titre ${q(p.title)} (le nom du fichier)`);
		}
		if (p.language !== null) {
			names.push('Timeline language');
			whats.push(`la langue ${q(p.language)}`);
		}
		const many = names.length > 1;
		return `aucune ligne ne donne ${say.list(names)}\u202f: la chronologie prend par défaut ${say.list(whats)}\u202f; ajoutez ${many ? 'ces colonnes' : 'cette colonne'} pour ${many ? 'les' : 'la'} renseigner`;
	},
	csvKindAssumed: (p) =>
		`est vide pour la source ${q(p.source)}\u202f: son type est donc ${q('unknown')} (écrivez primary, wire, news, derivative ou unreliable)`,
	csvUnknownDerivedFrom: (p) => `${q(p.value)} n’est ni la Source URL ni la Source ID d’une source de ce fichier`,
	csvScopeAssumed: (p) =>
		`est vide pour la source ${q(p.source)}\u202f: son Archived text est considéré comme ${q('passages')} (écrivez ${q('full')} s’il s’agit de la page entière)`,
	csvDateMix: () =>
		'est incompatible avec Date et End date\u202f: donnez soit Date (avec End date pour une plage de dates), soit Not before et Not after pour une date incertaine',
	csvNeedsNotBefore: () => 'demande un Not before\u202f: une date incertaine est l’intervalle entre les deux',
	csvNeedsNotAfter: () => 'demande un Not after\u202f: une date incertaine est l’intervalle entre les deux',
	csvEndWithoutDate: () => 'demande une Date\u202f: le début de la plage de dates',
	csvQuoteLanguageAssumed: (p) =>
		`est vide\u202f: la langue de la citation est donc ${q(p.language)} (celle ${p.from === 'source' ? 'de la source' : 'de la chronologie'})`,
	tjsNotTemplate: (p) => `n’a pas de colonne ${p.missing.join(' ni ')}\u202f: ce n’est pas le modèle de TimelineJS`,
	tjsColumnsNotRead: (p) =>
		`colonnes non lues (le modèle de TimelineJS n’a pas de telle colonne)\u202f: ${p.columns.join(', ')}`,
	tjsSecondTitle: (p, say) =>
		`${say.slide(p.slide)}\u202f: une deuxième ligne de titre, lue comme un événement (TimelineJS fait de même)`,
	tjsUnknownType: (p, say) =>
		`${say.slide(p.slide)}\u202f: le Type ${q(p.type)} n’est ni title ni era\u202f; la diapositive est lue comme un événement`,
	tjsNotWholeNumber: (p) => `${p.json ? p.value : q(p.value)} n’est pas un nombre entier`,
	tjsNotTime: (p) => `${q(p.value)} n’est pas une heure au format 14:30 ou 2:30 PM`,
	tjsOrphanEndParts: (p, say) =>
		`${say.slide({ row: p.row })}\u202f: ${p.columns.join(', ')} sans End Year\u202f; ${p.columns.length > 1 ? 'colonnes ignorées' : 'colonne ignorée'} (comme le fait TimelineJS)`,
	tjsNotObject: () => 'n’est pas une chronologie TimelineJS\u202f: le fichier doit être un objet JSON',
	tjsVersion2: () =>
		'est au format de TimelineJS 2 ({"timeline": …})\u202f; Sourceline lit les fichiers de TimelineJS 3 ({"events": […]})',
	tjsNoEvents: () => `n’a pas de liste ${q('events')}\u202f: ce n’est pas une chronologie TimelineJS`,
	tjsScale: (p) => `l’échelle ${q(p.scale)} n’est pas lue\u202f: Sourceline affiche les années 1 à 9999`,
	tjsMustBeList: () => 'doit être une liste',
	tjsNotSlide: () => 'doit être un objet (une diapositive)',
	tjsEndNoYear: (p, say) =>
		`${say.slide(p.slide)}\u202f: end_date n’a pas d’année\u202f; ignoré (TimelineJS l’ignore aussi)`,
	tjsMustBeText: () => 'doit être du texte',
	tjsMustBeObject: () => 'doit être un objet',
	tjsHtmlTooDeep: (p) =>
		`imbrique du HTML sur plus de ${p.limit} niveaux\u202f; cette limite empêche un fichier malveillant de bloquer la page`,
	tjsOutOfRange: (p) => `${p.value} ${RANGE[p.part]}`,
	tjsLanguageAssumed: () =>
		`les fichiers TimelineJS n’indiquent pas de langue\u202f: le texte est considéré comme étant en anglais (${q('en')})\u202f; modifiez \`language\` si ce n’est pas le cas`,
	tjsMediaAsLinks: (p, say) =>
		`${say.n(p.count)} ${p.count < 2 ? 'image, vidéo, carte ou publication est conservée' : 'images, vidéos, cartes ou publications sont conservées'} sous forme de lien, sans être intégrée${p.count < 2 ? '' : 's'}`,
	tjsNoTitleSlide: (p) => `pas de diapositive de titre\u202f: le nom du fichier ${q(p.name)} sert de titre`,
	tjsTitleNoHeadline: (p) =>
		`la diapositive de titre n’a pas d’intitulé\u202f: le nom du fichier ${q(p.name)} sert de titre`,
	tjsTitleMedia: () =>
		'le média de la diapositive de titre n’est pas conservé\u202f: une chronologie n’en a pas en propre',
	tjsUniqueIdTwice: (p, say) =>
		`${say.slide(p.slide)}\u202f: unique_id ${q(p.id)} est utilisé deux fois\u202f; cet événement reçoit un autre identifiant`,
	tjsNoStartYear: (p, say) =>
		`${say.slide(p.slide)}${named(p.headline)} n’a pas d’année de début\u202f: diapositive laissée de côté (TimelineJS l’ignore aussi)`,
	tjsUndrawable: (p, say) =>
		`${say.slide(p.slide)}${named(p.headline)}\u202f: l’année ${p.year} est hors des années 1 à 9999 qu’affiche Sourceline\u202f; diapositive laissée de côté`,
	tjsPartsDropped: (p, say) =>
		`${say.slide(p.slide)}${named(p.headline)}\u202f: ${say.list(p.dropped.map((d) => DROPPED[d]!))} ${droppedAgreement(p.dropped)} de la date${p.end ? ' de fin' : ''}`,
	tjsNoHeadline: (p, say) =>
		`${say.slide(p.slide)} n’a pas de titre\u202f: titre retenu, ${TITLE_FROM[p.from]}, ${q(p.title)}`,
	tjsUniqueIdNotSlug: (p, say) =>
		`${say.slide(p.slide)}\u202f: unique_id ${q(p.given)} n’est pas un slug\u202f; son identifiant est ${q(p.id)}`,
	tjsMoreEmbeds: (p, say) =>
		`${say.slide(p.slide)}\u202f: ${say.n(p.count)} ${p.count < 2 ? 'autre adresse intégrée dans Media a été retirée' : 'autres adresses intégrées dans Media ont été retirées'} (un événement n’en garde qu’une)`,
	tjsNoScheme: (p, say) =>
		`${say.slide(p.slide)}\u202f: l’adresse Media ${q(p.url)} n’a pas de schéma\u202f; lue comme https:`,
	tjsQuoteInSummary: (p, say) =>
		`${say.slide(p.slide)}\u202f: citation laissée dans le résumé, ${p.why === 'noSource' ? 'faute de source à qui l’attribuer' : 'car elle ne nomme pas son auteur'}`,
	tjsLinksLeftOut: (p, say) =>
		`${say.slide(p.slide)}\u202f: adresses des liens retirées du texte, qui dépasserait sinon ${say.n(p.limit)} caractères`,
	tjsEraNoDate: (p, say) =>
		`${say.slide(p.slide)}\u202f: la période${named(p.headline)} n’a pas de date de ${p.missing === 'start' ? 'début' : 'fin'}\u202f: une période a besoin des deux\u202f; laissée de côté`,
	tjsEraUndrawable: (p, say) =>
		`${say.slide(p.slide)}\u202f: la période${named(p.headline)} est datée de ${p.year}\u202f: Sourceline affiche les années 1 à 9999\u202f; laissée de côté`,
	tjsEraBadDates: (p, say) =>
		`${say.slide(p.slide)}\u202f: période${named(p.headline)}\u202f: ${say.reason(p.why)}\u202f; laissée de côté`,
	tjsEraNoHeadline: (p, say) =>
		`${say.slide(p.slide)}\u202f: la période n’a pas de titre\u202f: ses dates lui servent de titre`,
	tjsUnknownFields: (p, say) =>
		`${say.n(p.count)} ${p.count < 2 ? 'champ que TimelineJS ne définit pas n’a pas été lu' : 'champs que TimelineJS ne définit pas n’ont pas été lus'}\u202f: ${say.listed(p)}`,
	tjsUtcTimes: (p, say) =>
		`les heures de TimelineJS n’ont pas de fuseau\u202f: ${say.n(p.count)} ${p.count < 2 ? `heure${p.end ? ' de fin' : ''} a été lue` : `heures${p.end ? ' de fin' : ''} ont été lues`} en UTC\u202f: ${say.listed(p)}`,
	tjsIdsMade: (p, say) =>
		`${
			p.count < 2
				? '1 événement n’avait pas d’identifiant\u202f: un identifiant a été tiré de son titre et écrit dans le fichier, pour qu’il ne change plus'
				: `${say.n(p.count)} événements n’avaient pas d’identifiant\u202f: des identifiants ont été tirés de leurs titres et écrits dans le fichier, pour qu’ils ne changent plus`
		}\u202f: ${say.listed(p)}`,
	tjsThumbnails: (p, say) =>
		`${say.n(p.count)} ${p.count < 2 ? 'vignette de média retirée' : 'vignettes de média retirées'} (la chronologie n’affiche pas de vignettes)\u202f: ${say.listed(p)}`,
	tjsMediaTitles: (p, say) =>
		`${say.n(p.count)} ${p.count < 2 ? 'titre de média retiré' : 'titres de média retirés'}\u202f: ${say.listed(p)}`,
	tjsFrames: (p, say) =>
		`${say.n(p.count)} ${p.count < 2 ? 'cadre intégré est conservé' : 'cadres intégrés sont conservés'} sous forme de lien vers ${p.count < 2 ? 'son adresse' : 'leur adresse'}\u202f: ${say.listed(p)}`,
	tjsAltDropped: (p, say) =>
		`${say.n(p.count)} ${p.count < 2 ? 'texte alternatif retiré' : 'textes alternatifs retirés'} (aucune image à laquelle ${p.count < 2 ? 'le' : 'les'} joindre)\u202f: ${say.listed(p)}`,
	tjsMediaLinks: (p, say) =>
		`${say.n(p.count)} ${p.count < 2 ? 'lien associé à un média retiré' : 'liens associés à des médias retirés'}\u202f: ${say.listed(p)}`,
	tjsQuoteLinks: (p, say) =>
		`les liens dans un texte cité ne deviennent pas des sources (${say.n(p.count)} citation${p.count < 2 ? '' : 's'})\u202f: ${say.listed(p)}`,
	tjsBadLinks: (p, say) =>
		`${say.n(p.count)} ${p.count < 2 ? 'lien n’est pas une adresse http(s) et a été retiré' : 'liens ne sont pas des adresses http(s) et ont été retirés'}\u202f: ${say.listed(p)}`,
	tjsBackgrounds: (p, say) =>
		`${say.n(p.count)} ${p.count < 2 ? 'arrière-plan de diapositive retiré' : 'arrière-plans de diapositive retirés'} (Sourceline n’en affiche pas)\u202f: ${say.listed(p)}`,
	dataUrlTooLong: () => 'l’URL des données dépasse 2000 caractères',
	dataUrlUnparsable: () => 'l’URL des données est illisible',
	dataUrlNotHttp: () => 'l’URL des données n’est pas en http(s)',
	dataUrlCredentials: () => 'l’URL des données ne doit contenir ni nom d’utilisateur ni mot de passe',
	dataUrlOtherSite: (p) => `seules les chronologies de ce site (${p.origin}) peuvent être ouvertes avec ?data=`,
	fetchFailed: (p) => `n’a pas pu être récupéré\u202f: ${p.detail}`,
	fetchStatus: (p) => `n’a pas pu être récupéré\u202f: le serveur a répondu ${p.status}`,
	notServedAsJson: (p) =>
		p.type ? `est servi en ${q(p.type)}, pas en JSON` : 'est servi sans type de contenu, pas en JSON',
	noBody: () => 'n’a pas de contenu',
	unknownField: () => 'n’est pas un champ connu',
	missing: () => 'est manquant',
	wrongType: (p) => `doit être ${WANT[p.want] ?? p.expected}, pas ${p.got}`,
	invalid: (p) => `n’est pas valide (${p.detail})`,
	empty: () => 'ne doit pas être vide',
	tooLong: (p, say) => `fait ${say.n(p.length)} caractères\u202f; la limite est de ${say.n(p.limit)}`,
	badChar: (p) => `contient ${CHAR[p.kind]}, ${p.char}, au caractère ${p.at}`,
	idTooLong: (p) => `dépasse ${p.limit} caractères`,
	notSlug: () =>
		`doit être un slug\u202f: lettres minuscules, chiffres et traits d’union simples, comme ${q('rutte-dpa-interview')}`,
	dateShape: () => 'n’est pas une date\u202f; écrivez YYYY, YYYY-MM, YYYY-MM-DD ou YYYY-MM-DDTHH:MM avec un fuseau',
	urlTooLong: () => 'l’URL dépasse 2000 caractères',
	urlNotHttp: () => 'l’URL n’est pas en http(s)',
	urlUnsafeChars: () => 'l’URL contient des espaces, des caractères de contrôle ou invisibles',
	urlUnparsable: () => 'l’URL est illisible',
	urlCredentials: () => 'l’URL ne doit contenir ni nom d’utilisateur ni mot de passe',
	urlNoHost: () => 'l’URL n’a pas d’hôte',
	notLanguageTag: () => `doit être un code de langue comme ${q('en')} ou ${q('de')}`,
	notDateValue: () => 'doit être une date en texte, {"start", "end"} ou {"notBefore", "notAfter"}',
	notSourceKind: () => 'doit être l’une des valeurs primary, wire, news, derivative, unreliable, unknown',
	notUtc: () => 'doit être une date et une heure en UTC, comme 2026-11-21T14:03Z',
	notSha256: () => 'doit être un SHA-256 écrit en 64 chiffres hexadécimaux minuscules',
	notArchiveScope: () => `doit être ${q('full')} ou ${q('passages')}`,
	notConfidenceLevel: () => `doit être ${q('high')}, ${q('medium')} ou ${q('low')}`,
	notSupportKind: () => 'doit être l’une des valeurs event, date, attribution, quote, claim',
	needsSource: () => 'doit nommer au moins une source',
	needsTwoVariants: () => 'doit énumérer au moins deux variantes',
	needsSupport: () => 'doit nommer au moins une chose que la source appuie',
	tooMany: (p, say) => TOO_MANY[p.of]!.replace('{n}', say.n(p.limit)),
	duplicateId: (p) => `identifiant en double ${q(p.id)} (déjà utilisé à ${p.first})`,
	unknownSourceId: (p) => `identifiant de source inconnu ${q(p.id)}`,
	unknownEventId: (p) => `identifiant d’événement inconnu ${q(p.id)}`,
	contradictsItself: () => 'un événement ne peut pas se contredire lui-même',
	shaMismatch: (p) =>
		`ne correspond pas au texte archivé de la source ${q(p.source)}\u202f: le SHA-256 du texte est ${p.actual} (le texte a été modifié après son archivage, ou l’empreinte est fausse)`,
	notVerbatim: (p) =>
		`de l’événement ${q(p.event)} ne figure pas mot pour mot dans le texte archivé de la source ${q(p.source)}\u202f: ${q(p.quote)} (comparaison après normalisation Unicode NFC, chaque suite d’espaces lue comme une seule espace)`,
	supportTwice: (p) => `la source ${q(p.source)} figure deux fois`,
	supportLeavesOut: (p) =>
		`omet ${q(p.what)}, alors qu’${p.what === 'quote' ? 'une citation' : 'une variante d’affirmation'} de cet événement est attribuée à la source ${q(p.source)}`,
	supportNamesUncredited: (p) =>
		`nomme ${q(p.what)}, alors qu’aucune ${p.what === 'quote' ? 'citation' : 'variante d’affirmation'} de cet événement n’est attribuée à la source ${q(p.source)}`,
	notInEventSources: (p) => `la source ${q(p.source)} ne figure pas dans la liste des sources de cet événement`,
	derivationCycle: (p) => `derivedFrom forme une boucle\u202f: ${p.ids.join(' → ')}`,
	noSource: () => 'aucune source indiquée',
	noSourceCount: (p, say) =>
		`${say.n(p.count)} événement${p.count < 2 ? '' : 's'} sur ${say.n(p.total)} ne ${p.count < 2 ? 'cite' : 'citent'} aucune source`,
	plainHttp: () => 'est en simple http:, pas en https:',
	plainHttpCount: (p, say) => `${say.n(p.count)} ${p.count < 2 ? 'source est' : 'sources sont'} en simple http:`,
	futureDate: (p) => `${p.date} est dans le futur`,
	futureCount: (p, say) =>
		`${say.n(p.count)} ${p.count < 2 ? 'source est datée' : 'sources sont datées'} dans le futur`,
	dateNotDate: (p) =>
		`${q(p.text)} n’est pas une date\u202f; écrivez YYYY, YYYY-MM, YYYY-MM-DD ou YYYY-MM-DDTHH:MM avec un fuseau (Z ou +01:00)`,
	dateYearZero: () => 'l’année 0000 n’existe pas (le calendrier passe de 1 av. J.-C. à 1 apr. J.-C.)',
	dateNoMonth: (p) => `le mois ${p.month} n’existe pas (dans ${p.text})`,
	dateNoDay: (p, say) => `${p.date} n’existe pas\u202f: ${say.month(p.month)} ${p.year} compte ${p.days} jours`,
	dateNoTime: (p) => `l’heure ${p.time} n’existe pas (dans ${p.text})`,
	dateNoZone: (p) => `${p.text} a une heure mais pas de fuseau\u202f; ajoutez Z pour UTC ou un décalage comme +01:00`,
	dateBadOffset: (p) => `le décalage ${p.zone} n’existe pas (les décalages vont de -14:00 à +14:00)`,
	dateEnd: (p, say) => `${p.end}\u202f: ${say.reason(p.why)}`,
	dateBackwards: (p) =>
		p.range
			? `end (${p.end}) est antérieur à start (${p.start})`
			: `notAfter (${p.end}) est antérieur à notBefore (${p.start})`
} satisfies Issues;
