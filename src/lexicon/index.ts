/**
 * Danish words as data: every heading, label, month and decision phrase the
 * splitter and extractors know lives here, so a new publishing system usually
 * needs a line in a table rather than a new rule.
 */
import type { DecisionOutcome, SectionKind } from '../schema/document.js'

/**
 * Section headings by canonical kind. Each pattern must match the whole heading
 * (lower-cased, trailing colon removed, spaces folded). Why anchored: a prose line
 * that merely starts with "Beslutning" must stay text.
 */
export const SECTION_HEADINGS: ReadonlyArray<readonly [SectionKind, RegExp]> = [
  ['supplerende-sagsfremstilling', /^supplerende (sagsfremstilling|sagsbeskrivelse|oplysninger|bemærkninger)$/],
  ['resume', /^(sags)?resum[eé]( og sagens baggrund)?$|^(kort )?resum[eé] af sagen$|^sammenfatning$|^sagens kerne$|^kort om sagen$|^hvad sagen drejer sig om$/],
  ['baggrund', /^(sagens )?baggrund( for sagen)?$/],
  ['sagsfremstilling', /^sagsfremstilling(en)?$|^sagsbeskrivelse$|^sagens (indhold|fremstilling|beskrivelse)$|^beskrivelse af sagen$|^redegørelse$/],
  // The recommendation, often as the proposing body's own: "Administrationens indstilling".
  ['indstilling', /^(\p{L}+(ens|ets|s) )?indstilling(er)?( til beslutning)?$|^(administrationens|forvaltningens|direktionens) forslag$|^forslag til (beslutning|indstilling)$/u],
  // The decision, plain, plural, or headed by the deciding organ and a date:
  // "Økonomiudvalgets beslutning den 12. marts 2024", "Beslutning i Byrådet den 3. maj".
  ['beslutning', /^(drøftelse og )?(beslutning(er)?|afgørelse)( og (drøftelse|bemærkninger))?$|^protokol(lat)?$/u],
  ['bilag', /^bilag(sliste|soversigt)?$|^vedlagte bilag$|^bilag til (sagen|punktet)$|^oversigt over bilag$/],
  ['behandling', /^behandling(splan)?$|^sagsgang$|^tidligere behandling(er)?$|^videre (behandling|proces)$|^sagens videre forløb$/],
  ['oekonomi', /^økonomi(ske)?( og (finansiering|personale|administrative))?( konsekvenser)?$|^økonomisk(e)? konsekvens(er)?$|^bevillingsmæssige konsekvenser$|^finansiering$|^økonomiske og administrative konsekvenser$|^økonomi og bevilling$/],
  ['lovgrundlag', /^(planmæssige forhold\/)?lovgrundlag$|^retsgrundlag$|^lov(hjemmel| og praksis)$|^hjemmel$|^juridiske (forhold|konsekvenser)$|^regelgrundlag$|^lovgivning$/],
  ['other', /^(beslutnings)?kompetence$|^høring(ssvar)?$|^kommunikation$|^(personalemæssige|miljømæssige|klimamæssige|administrative|sundhedsmæssige|erhvervsmæssige|handicappolitiske) konsekvenser$|^borgerinddragelse$|^afledte konsekvenser$|^tidligere beslutninger$|^udtalelse(r)?$/]
]

/**
 * The decision headed by its organ and date, matched on the line as printed (not
 * lower-cased): the organ is capitalised and what follows "i/den" is a name or a
 * date, so a wrapped prose line ("forløb. KKR Sjællands beslutning i sagen vil")
 * is not a heading. All-caps headings are title-cased before this test.
 */
export const ORGAN_DECISION = /^(?:\p{Lu}[\p{L}\-]*(?: [\p{L}\-]+){0,5}?(?:s|'s|’s) )?(?:[Bb]eslutning(?:er)?|[Aa]fgørelse)(?: (?:i|fra|på|den|d\.|af|truffet) (?:\p{Lu}|\d)[^:]{0,80})?$/u

/** Labels of item-level absence lines ("Afbud: Søren Ole Sørensen, Michael Gravesen"). */
export const ABSENCE_LINE = /^(afbud|fraværende|forfald|ikke til stede|fraværende medlemmer)\s*:\s*(.+)$/iu

/** Words marking a closed (non-public) agenda item in headings and TOC entries. */
export const CLOSED_MARKER = /^(lukket( punkt| sag| dagsorden)?|fortroligt?( punkt)?|ikke offentligt?( punkt)?)\s*[:.-]\s*/iu

/** The "Punkt 3:" family of item-heading prefixes. */
export const ITEM_WORD = /^(punkt|pkt\.|sag nr\.|dagsordenspunkt)\s*/iu

/** Headings that open a table of contents. */
export const TOC_HEADING = /^(indholdsfortegnelse|indhold|punkter|dagsorden(spunkter)?|oversigt over (punkter|sager)|sagsliste|punktoversigt)\s*:?$/iu

/** Header labels, tried in order on the lines before the first agenda item. */
export type HeaderField = 'date' | 'start' | 'end' | 'location' | 'body' | 'meeting' | 'present' | 'absent' | 'guest'
export const HEADER_LABELS: ReadonlyArray<readonly [HeaderField, RegExp]> = [
  ['start', /^(starttidspunkt|mødestart|start)$/],
  ['end', /^(sluttidspunkt|mødeslut|slut|afsluttet)$/],
  ['date', /^(møde)?dato( og tid(spunkt)?)?$|^(møde)?tid(spunkt)?$|^afholdt$/],
  ['location', /^(møde)?(sted|lokale)$|^adresse$/],
  ['body', /^(udvalg|forum|organ|råd|bestyrelse)$/],
  ['meeting', /^møde$/],
  ['present', /^(møde)?deltagere$|^til stede$|^fremmødte$|^medlemmer$|^deltagerliste$|^tilstede$/],
  ['absent', /^afbud$|^fraværende$|^forfald$|^afbud fra$/],
  ['guest', /^gæster$|^øvrige deltagere$|^deltog (endvidere|desuden)$|^inviterede$|^gæst(er)?$/]
]

/** Lines that head a participant list but carry no names themselves ("Deltagerfortegnelse"). */
export const PARTICIPANT_LIST_TITLE = /^deltagerfortegnelse\.*$/iu

/** Header rows of participant tables ("Navn  Titel  Arbejdssted"): skipped, not people. */
export const PARTICIPANT_TABLE_HEADER = /^(navn|name)$/iu

/** Parenthesised markers after a name meaning the person sent apologies. */
export const ABSENT_MARKER = /^(afbud|fraværende|forfald|ikke til stede)$/iu

/** Words that open the document title ("REFERAT Direktionen d. 18-11-2024"). */
export const TITLE_WORD = /^(referat|dagsorden|beslutningsprotokol|protokol|mødereferat|møde i|åben dagsorden|åbent referat)\b/iu

/** Title remainders that name the meeting, not the organ ("Referat Styregruppemøde"). */
export const MEETING_NOUN = /^((fra|af|til) )?([\p{L}-]+ )?[\p{L}-]*møde(t)?( i)?$/iu

/** Danish month names and the usual abbreviations, 1-based. */
export const MONTHS: Readonly<Record<string, number>> = {
  januar: 1, jan: 1, februar: 2, feb: 2, marts: 3, mar: 3, april: 4, apr: 4, maj: 5,
  juni: 6, jun: 6, juli: 7, jul: 7, august: 8, aug: 8, september: 9, sep: 9, sept: 9,
  oktober: 10, okt: 10, november: 11, nov: 11, december: 12, dec: 12
}

/**
 * Decision phrases to outcomes. The earliest match in the decision text wins
 * (ties go to the longer match), so "Ikke godkendt" beats the "godkendt" inside it
 * and "tog orienteringen til efterretning … Det blev besluttet" reads as noted.
 * Lower case only: the text is lower-cased once before matching.
 */
export const DECISION_PHRASES: ReadonlyArray<readonly [DecisionOutcome, RegExp]> = [
  ['rejected', /\bikke at (godkende|anbefale|tiltræde|vedtage)\b|\bikke (godkendt|godkendes|vedtaget|tiltrådt|anbefalet|anbefales)\b|\b(forkastet|forkastes|afvist|afvises|afviste|forkastede)\b|\bkunne ikke (godkende|anbefale|tiltræde)\b/gu],
  ['none', /\b(intet|ingen bemærkninger|intet til referat|ingen punkter|ingen)\b(?=[\s.]*$)|\bingen bemærkninger\b|\b(havde|var) ikke noget\b|\bintet at bemærke\b/gu],
  // Not bare "udsatte": it is also the adjective in "udsatte unge" (vulnerable youth).
  ['postponed', /\b(udsat|udsættes|udskudt|udskydes|genoptages|udsatte (sagen|punktet|behandlingen))\b(?! (unge|børn|borgere|familier|grupper|boligområder))/gu],
  ['referred', /\b(oversendes|oversendt|fremsendes|fremsendt|henvises|henvist|videresendes|sendes videre) til\b/gu],
  ['noted', /\b(taget til efterretning|tages til efterretning|til orientering|tog (\p{L}+ ){0,3}til efterretning|blev taget til efterretning|orienteringen blev taget|til efterretning)\b/gu],
  ['recommended', /\b(anbefales|anbefalede|anbefaler|indstilles|indstillede|indstiller)\b/gu],
  ['approved', /\b(godkendt|godkendes|godkendte|godkende|tiltrådt|tiltrædes|tiltrådte|vedtaget|vedtages|vedtog|bevilget|bevilges|indstillingen følges|indstilling(en)? følges)\b/gu],
  ['discussed', /\b(drøftet|drøftede|drøftes|drøftelse|debatteret)\b/gu]
]

/** Case-number shapes seen after item headings (the first token of the line). */
export const CASE_NUMBER = /^(?:(?:sags?(?:nr|nummer)\.?|j\.\s?nr\.?|journalnr\.?|sag)\s*:?\s*)?(?!(?:19|20)\d\d[-/](?:19|20)?\d\d\b)((?:SAG|J|EMN|DOK|S)-\d{4}-\d{3,}|\d{2}\.\d{2}\.\d{2}(?:-[A-ZÆØÅ]\d{2})?-\d+-\d{2,4}|\d{2,4}[-/]\d{3,}(?:-\d+)?)(?:\s+[\p{L}/.]{1,30})?\s*$/iu

/** Conjunctions after a suspended hyphen ("Social- og Arbejdsmarkedsudvalget"): never join. */
export const SUSPENDED_HYPHEN_NEXT = /^(og|eller|samt|til|som|m\.fl\.|mv\.|m\.v\.|&)$/iu

/** Attachment markers printed in the margin before text ("./.", "./..", "- ./"). */
// One run of blanks, then an optional bullet with its own blanks: never two runs that
// could share the same spaces (which backtracks quadratically on a line of spaces).
export const ATTACHMENT_MARKER = /^([ \t]*(?:[-•*][ \t]*)?)\.\/\.{0,2}(?=\s|$)[ \t]*/u

/**
 * Line endings after which a name or title cannot stop ("… Region Sjælland -",
 * "… med behov for"): the next line of the paragraph goes on with it.
 */
export const OPEN_END = /(\s[-–]|,|\s(og|i|af|for|til|med|på|om|fra|at|den|det|de|en|et|vedr\.))$/u

// ---- Web pages and Word files: page chrome (HTML, DOCX and Markdown readers) ----

/**
 * Controls of a web page that pass for text: "Hent som PDF", "Kopier link", "Del",
 * "Print", "Abonnér", "Log ind", "Søg". A line made of nothing but these (and
 * separators) is dropped. Why whole lines only: the same words inside a sentence
 * ("Del af budgettet") are the minutes' own.
 */
export const PAGE_CHROME = /(?<!\p{L})(?:hent (?:(?:hele )?(?:dagsorden(?:en)?|referat(?:et)?|punkt(?:et)?|bilag(?:et)?) )?(?:som )?pdf|åbn(?:e)? som pdf|download(?: som)? pdf|kopi[eé]r link(?:et)?|del(?: (?:på|via) (?:facebook|twitter|x|linkedin|e-?mail|mail))?|print|udskriv(?: siden)?|abonn[eé]r(?: på (?:dagsordener(?: og referater)?|udvalg|nyhedsbrev))?|tilmeld (?:nyhedsbrev|abonnement)|log (?:ind|ud)|søg(?: her)?|gå til (?:indhold|hovedindhold)|spring til indhold|til toppen|tilbage(?: til (?:forsiden|oversigten))?|menu|luk(?: menu)?|tip en ven|læs mere|vis (?:mere|alle)|se alle)(?!\p{L})/giu

/** Cookie banners: a block of text asking about cookies is the page's, not the minutes'. */
export const COOKIE_TEXT = /\b(?:(?:bruger|anvender|benytter) cookies|accept[eé]r(?:e)? (?:alle |nødvendige )?cookies|cookie(?:indstillinger|politik|samtykke|erklæring))\b/iu

/** Class or id words that mark page chrome in common site templates. */
export const CHROME_CLASS = /(?:^|[-_])(?:cookie|consent|breadcrumbs?|navbar|skip-?link|sr-only|visually-hidden)(?:$|[-_])/iu

/**
 * Separators in a list of names: commas, and the last pair joined by "og"/"samt"/"&"
 * ("Mette Vaaben Mortensen og Jesper Møller"), never inside parentheses.
 */
export const NAME_LIST_SEPARATOR = /\s*,\s*(?![^()]*\))|\s+(?:og|samt|&)\s+(?![^()]*\))|\n/u

/**
 * The place named after the time in an unlabelled date line ("mandag den 26. november
 * 2018 kl. 19.30 i Melholt Forsamlingshus", "… kl. 17 på Rådhuset"): notices of
 * meeting often give date, time and place in one sentence.
 */
export const PLACE_AFTER_TIME = /\bkl\.?\s*\d{1,2}(?:[.:]\d{2})?(?:\s*[-–]\s*\d{1,2}(?:[.:]\d{2})?)?\s*,?\s+(?:i|på|hos)\s+(\p{Lu}[^,;:()]{2,80}?)\s*[.,;]?\s*$/u
