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

// ---------------------------------------------------------------------------
// Layouts of other publishing systems and of association minutes: numbering
// styles, section words, page furniture and closing decision sentences.
// ---------------------------------------------------------------------------

/** "Ad 3. Valg af revisor": minutes that answer an agenda item by item. */
export const ITEM_AD = /^ad\s+(\d{1,3}(?:\.\d{1,2})*)\.?\s+(\S.*)$/iu
/** "3) Valg af dirigent". */
export const ITEM_PAREN = /^(\d{1,3})\)\s*(\S.*)$/u
/** "§9 Indkomne forslag", "§ 9. Indkomne forslag". */
export const ITEM_PARAGRAPH = /^§\s?(\d{1,3})\.?\s+(\S.*)$/u
/** "D: Indkomne forslag", "D:Indkomne forslag" (a capital letter and a colon). */
export const ITEM_LETTER = /^([A-ZÆØÅ]):\s*(\S.*)$/u

/**
 * Weak heading shapes: "Punkt 5 valg til bestyrelsen", "7 evt.". Prose can look
 * the same ("Punkt 5 blev drøftet"), so they count only where they continue the
 * numbering right after a blank line.
 */
export const WEAK_PUNKT = /^(?:punkt|pkt\.)\s*(\d{1,3})\.?\s+(\p{Ll}.{0,48})$/iu
export const WEAK_BARE = /^(\d{1,3})\s+(\p{L}[\p{L}.]*(?:\s+\p{L}[\p{L}.]*){0,2})$/u

/** The Danish alphabet, for lettered items ("A:", "B:", …, "Å:"). */
export const ALPHABET = 'ABCDEFGHIJKLMNOPQRSTUVWXYZÆØÅ'

/** Section headings of other systems, matched like SECTION_HEADINGS. */
export const MORE_SECTION_HEADINGS: ReadonlyArray<readonly [SectionKind, RegExp]> = [
  ['resume', /^sammendrag$|^kort sammendrag$/],
  ['indstilling', /^beslutningspunkter$|^det indstilles$|^forslag til vedtagelse$/],
  ['oekonomi', /^økonomi og organisatoriske konsekvenser$|^økonomiske og organisatoriske konsekvenser$/],
  ['beslutning', /^afstemning$/],
  ['other', /^[\p{L}-]+s påtegning$/u]
]

/**
 * Headings that are section headings only with their colon: "Referat:" under an
 * item of association minutes is what was decided; "Referat" alone titles the document.
 */
export const COLON_SECTION_HEADINGS: ReadonlyArray<readonly [SectionKind, RegExp]> = [
  ['beslutning', /^referat$|^konklusion$/]
]

/** Footers of signing services, printed on every page, even inside a list. */
export const SIGNING_FOOTER = /^(penneo dokumentnøgle|dokumentnøgle|document key|visma addo|signeret med)\s*:/iu

/** Page counters other than "Side N af M": "3 of 7", "3 af 7". */
export const PAGE_COUNTER = /^(?:page\s+|side\s+)?\d{1,4}\s+(?:of|af)\s+\d{1,4}$/iu

/** Contact details of a letterhead: web address, e-mail, phone, CVR. */
export const CONTACT_DETAIL = /\bwww\.\S|\S@\S+\.\p{L}|\b(?:tlf|tel|telefon|fax)\.?\s*(?:\+45\s*)?\d|\bcvr\.?(?:-?nr\.?)?\s*:?\s*\d/iu
/** Contact details that name an organisation (not a person in a participant list). */
export const ORGANISATION_DETAIL = /\bwww\.\S|\bcvr\.?(?:-?nr\.?)?\s*:?\s*\d/iu

/** A margin time stamp of a transcript ("Kl. 13:01"), alone or glued onto the next word. */
export const MARGIN_TIME = /^kl\.\s?\d{1,2}[:.]\d{2}/iu

/**
 * Words that make a stand-alone sentence of association minutes a decision
 * besides the outcome phrases: elections ("Agnete Moos blev genvalgt").
 */
export const ELECTION_PHRASE = /\b(valgt|genvalgt|nyvalgt|valgtes|genvalgtes|blev valgt|er valgt)\b/u

/** Labels before a case number besides "Sagsnr." ("Sags nr.:", "Sagsnummer:", "Journalnummer:"). */
export const CASE_LABEL = /^(?:sags?\s?(?:nr|nummer)\.?|journal\s?(?:nr|nummer)\.?|j\.\s?nr\.?|emne\s?nr\.?|sag)\s*:?\s*/iu
/**
 * Lines that stand with the case number under an item heading and are not text of
 * the item: document number, deciding organ, case worker, KLE, file.
 */
export const CASE_COMPANION = /^(?:dok(?:ument)?\.?\s?(?:nr|nummer)\.?|sagen afgøres i|afgøres i|sagsbehandler|sagsansvarlig|forfatter|ansvarlig|kle(?:-nr\.?|-nummer)?|akt-?id|brevid)\s*:/iu

/** A transcript's lead-in to the next item ("Det næste punkt på dagsordenen er:"): no text of the item before it. */
export const ITEM_LEAD_IN = /^(?:det|vi går til det|så går vi til det) (?:første|næste|sidste) (?:punkt|spørgsmål) på dagsordenen(?: er)?:?$/iu

/** Short words of nearly every Danish sentence: a text layer without them is not Danish text. */
export const COMMON_WORDS = /^(?:og|i|at|er|til|den|det|en|et|af|på|som|med|for|de|der|ikke|har|var|blev|om|fra|kan|skal|vil|sig)$/u

/**
 * Danish words whose ligature (ff, fi, fl) a PDF's font dropped in extraction, leaving
 * a gap: "o entlig" for "offentlig", "e ektiv" for "effektiv", "kon ikt" for "konflikt".
 * Only the broken forms match; the whole words do not.
 */
export const LIGATURE_GAP = /\b(?:o entlig|e ekt|kon ikt|de nition|in uen|re eks|bene cer|kvali cer|speci k|o ciel|inds ydelse|e er(?:følgende|år|som|\b))/iu

/** Sentences that propose rather than record: never an item's closing decision. */
export const PROPOSAL_SENTENCE = /^(?:det )?(?:indstilles|foreslås|anbefales|forvaltningen indstiller|administrationen indstiller|direktionen indstiller|bestyrelsen foreslår|\p{L}+ foreslår|\p{L}+ indstiller)\b/iu

/** A document title that says the document is an agenda, not minutes ("Dagsorden", not "Dagsorden og referat"). */
export const AGENDA_TITLE = /^(?:åben |lukket )?(?:dagsorden|indkaldelse)\b(?!.*\b(?:referat|beslutning))/iu
