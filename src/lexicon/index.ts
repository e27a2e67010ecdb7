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
export type HeaderField = 'date' | 'start' | 'end' | 'location' | 'body' | 'meeting' | 'present' | 'absent' | 'guest' | 'secretary'
export const HEADER_LABELS: ReadonlyArray<readonly [HeaderField, RegExp]> = [
  ['start', /^(starttidspunkt|mødestart|start)$/],
  ['end', /^(sluttidspunkt|mødeslut|slut|afsluttet)$/],
  ['date', /^(møde)?dato( og (tid(spunkt)?|klokkeslæt))?$|^(møde)?tid(spunkt)?$|^afholdt$|^(tid og sted|dato og sted)$/],
  ['location', /^(møde)?(sted|lokale|lokation)$|^adresse$|^mødelokale$/],
  ['body', /^(udvalg|forum|organ|råd|bestyrelse)$/],
  ['meeting', /^møde$/],
  ['present', /^(møde)?deltagere$|^til ?stede( var)?$|^fremmødte$|^medlemmer( til stede)?$|^deltagerliste$|^(til stede|deltagere) fra bestyrelsen$|^mødt$|^deltog$/],
  ['absent', /^(afbud|fraværende|forfald)((\s*[/&,]\s*|\s+og\s+)(afbud|fraværende|forfald))?$|^afbud fra$|^ikke (til stede|mødt)$|^udeblevet$|^meldt afbud$|^fraværende (med|uden) afbud$|^forhindret$|^meldt fra$/],
  ['guest', /^gæster$|^øvrige deltagere$|^deltog (endvidere|desuden)$|^inviterede$|^gæst(er)?$|^desuden deltog$|^fra (administrationen|forvaltningen|sekretariatet)( deltog)?$/],
  // Whoever keeps the minutes was there: "Referent: Rasmus", "Sekretær: Anne Hansen".
  ['secretary', /^(sekretær|referent|referatfører|protokolfører|mødesekretær)$/]
]

/** Lines that head a participant list but carry no names themselves ("Deltagerfortegnelse"). */
export const PARTICIPANT_LIST_TITLE = /^deltagerfortegnelse\.*$/iu

/** Header rows of participant tables ("Navn  Titel  Arbejdssted"): skipped, not people. */
export const PARTICIPANT_TABLE_HEADER = /^(navn|name)$/iu

/** Parenthesised markers after a name meaning the person sent apologies. */
export const ABSENT_MARKER = /^(afbud|fraværende|forfald|ikke til stede)$/iu

/** Words that open the document title ("REFERAT Direktionen d. 18-11-2024"). */
export const TITLE_WORD = /^(referat|dagsorden|beslutningsprotokol|protokol|mødereferat|møde i|åben dagsorden|åbent referat|lukket dagsorden|lukket referat)\b/iu

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

// --- Meeting header: cover pages, dates, times, places, participants ---

/** An agenda number in front of a header label ("§1 Til stede:", "1. Til stede", "Punkt 1: Fremmødte"). */
export const LEADING_ITEM_NUMBER = /^(?:§\s*\d{1,2}\.?|\d{1,2}[.)]|punkt\s+\d{1,2}\s*[.:–-]?|ad\s+\d{1,2}\.?)\s+/iu

/** List markers in front of a name ("(a) ", "a) ", "1. ", "- ", "• "). */
export const LIST_MARKER = /^(?:\(?[a-zæøå]\)|\(?\d{1,2}[.)]|[-–•*·▪○])\s+/u

/** Words of a list that are never a person even when capitalised ("Bestyrelsen", "Ingen"). */
export const NOT_A_PERSON = /^(bestyrelsen|formand(en)?|næstformand(en)?|kasserer(en)?|sekretær(en)?|referent(en)?|administrator(en)?|direktion(en)?|alle|ingen|intet|ingen afbud|ingen fraværende|ingen\.?|ej|se (nedenfor|bilag)|via (teams|zoom|skype)|online|mødeleder|dirigent(en)?|suppleant(er)?|medlemmer)$/iu

/** Last words that make a capitalised phrase an organisation or a place, not a person ("Greve Kommune"). */
export const ORGANISATION_WORD = /^(kommune|region|regionen|kommunes|a\/s|aps|i\/s|forening(en)?|udvalg(et)?|sekretariat(et)?|kontor(et)?|rådhus|skole(n)?|bibliotek(et)?|hus(et)?|center|centret|centeret|alle|allé|vej|gade|plads|torv|have|park(en)?|bestyrelse(n)?)$/iu

/** Lines that are never the organ: addresses, property and company numbers, contact lines, page marks. */
export const NOT_A_BODY = /\b(ejendomsnummer|ejendomsnr|matr(ikel)?\.?\s*nr|cvr|se-nr|tlf|telefon|e-?mail|mail|www\.|https?:|side\s+\d|sagsnr|j\.\s?nr|postboks)\b|@|\b\d{4}\s+\p{Lu}\p{Ll}+/iu

/** Words that tie a date to the meeting ("Referat af mødet den …", "afholdtes", "Mødedato"), not to a letter. */
export const MEETING_DATE_CUE = /\b(møde(t|dato)?|\p{L}*møde(t)?|generalforsamling(en)?|afholdt(es)?|holdt|referat|dagsorden|protokol|samling)\b/iu

/** Weekday names, which mark the meeting date on cover pages ("Tirsdag den 3. marts 2020"). */
export const WEEKDAY = /\b(mandag|tirsdag|onsdag|torsdag|fredag|lørdag|søndag)\b/iu

/** Sentences giving the meeting's start or end ("Mødet startede kl. 19.05", "Mødet hævet kl. 21.30"). */
export const MEETING_START_CUE = /\b(mødet|generalforsamlingen|samlingen)\s+(startede|begyndte|start|begynder|åbnedes|blev åbnet|åbnet|påbegyndt)\b|(?<!\p{L})(åbnede|åbner)\s+(mødet|generalforsamlingen)\b/iu
export const MEETING_END_CUE = /\b(mødet|generalforsamlingen|samlingen)\s+(blev\s+)?(sluttede|slut|afsluttet|afsluttedes|hævet|hævedes|sluttet|ophørte|lukket|lukkedes)\b|\b(hævede|afsluttede|lukkede|sluttede)\s+(mødet|generalforsamlingen)\b/iu

/** A place after the date and time ("… kl. 19.30 i Melholt Forsamlingshus", "15. februar 2012 på Næsbyhovedskoven"). */
export const PLACE_PREPOSITION = /^[\s,.*]*(?:i|på|hos)\s+(?=\p{Lu})/u

/** Association organs named in titles ("Grundejerforeningen X", "Ejerforeningen X", "G/F X", "Bestyrelsen"). */
// The prefix is bounded and starts a word (not after a hyphen), so a long run of letters and hyphens stays linear.
export const ASSOCIATION_NAME = /(?<![\p{L}\-])((?:\p{L}[\p{L}-]{0,30})?(?:forening(?:en)?|selskab(?:et)?|laug(?:et)?|fagråd(?:et)?|klub(?:ben)?)|[AEG]\/F|A\/B)\b(?:\s+(?:(?:af|for|ved|i|og)\s+)?(?:\p{Lu}|\d)[\p{L}\d'’.\-/]*)*/u

/** Dates of publication, not of the meeting ("Udgivet 24.01.2025", "Udskrevet den …"). */
export const PUBLISHED_CUE = /^(udgivet|udsendt|offentliggjort|dato for udsendelse|printet|udskrevet|dannet|publiceret)\b/iu

/** A clock time standing alone on a cover page ("Kl. 10:30", "Klokken 17.00 – 19.00"). */
export const CLOCK_LINE = /^(kl\.?|klokken|tidspunkt)\s*\d{1,2}([:.]\d{2})?(\s*[-–]\s*\d{1,2}([:.]\d{2})?)?\s*$/iu

/** Meetings that name their organ: a board meeting is the board's ("Referat fra bestyrelsesmøde"). */
export const MEETING_OF_ORGAN: ReadonlyArray<readonly [RegExp, string]> = [
  [/\bbestyrelsesmøde(t)?\b/iu, 'Bestyrelsen'],
  [/\brepræsentantskabsmøde(t)?\b/iu, 'Repræsentantskabet']
]

/** The organ after the meeting word in a title ("generalforsamling i Alslug", "bestyrelsesmøde i Ejerforeningen X"). */
export const ORGAN_AFTER_MEETING = /\b\p{L}*(?:møde|generalforsamling|forsamling)\s+(?:i|for|hos)\s+(\p{Lu}[\p{L}\d'’\-/]*(?:\s+(?:(?:af|for|ved|i)\s+)?\p{Lu}[\p{L}\d'’\-/]*)*)/u

/** The organ as the meeting's owner ("Referat fra Alssund Linux User Group's generalforsamling"). */
export const ORGAN_GENITIVE = /\b(?:fra|af)\s+(\p{Lu}[\p{L}\d\-]*(?:\s+\p{Lu}[\p{L}\d\-]*){0,6})\s*['’]s?\s+\p{L}*(?:generalforsamling|møde)\b/u

/** A place named with the holding verb ("Mødet blev afholdt på Hotel Scandic, …"). */
export const HELD_AT = /\b(?:afholdt|afholdes|afholdtes|holdt|holdes)\s+(?:i|på|hos)\s+(?=\p{Lu})/u

/** A line naming the kind of meeting, the title where no "Referat"/"Dagsorden" line is ("Bestyrelsesmøde 10-10-2023"). */
export const MEETING_KIND = /(?<!\p{L})(\p{L}*møde|generalforsamling|årsmøde|repræsentantskabsmøde)(?!\p{L})/iu
