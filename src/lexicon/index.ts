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
/** The words every ORGAN_DECISION and ALL_CAPS_DECISION heading holds (lower-cased): a cheap test first. */
export const DECISION_WORD = /beslutning|afgørelse/

/** Labels of item-level absence lines ("Afbud: Søren Ole Sørensen, Michael Gravesen"). */
export const ABSENCE_LINE = /^(afbud|fraværende|forfald|ikke til stede|fraværende medlemmer)\s*:\s*(.+)$/i

/** Words marking a closed (non-public) agenda item in headings and TOC entries. */
export const CLOSED_MARKER = /^(lukket( punkt| sag| dagsorden)?|fortroligt?( punkt)?|ikke offentligt?( punkt)?)\s*[:.-]\s*/i

/** The "Punkt 3:" family of item-heading prefixes. */
export const ITEM_WORD = /^(punkt|pkt\.|sag nr\.|dagsordenspunkt)\s*/i

/** Headings that open a table of contents. */
export const TOC_HEADING = /^(indholdsfortegnelse|indhold|punkter|dagsorden(spunkter)?|oversigt over (punkter|sager)|sagsliste|punktoversigt)\s*:?$/i

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
export const PARTICIPANT_LIST_TITLE = /^deltagerfortegnelse\.*$/i

/** Header rows of participant tables ("Navn  Titel  Arbejdssted"): skipped, not people. */
export const PARTICIPANT_TABLE_HEADER = /^(navn|name)$/i

/** Parenthesised markers after a name meaning the person sent apologies. */
export const ABSENT_MARKER = /^(afbud|fraværende|forfald|ikke til stede)$/i

/** Words that open the document title ("REFERAT Direktionen d. 18-11-2024"). */
export const TITLE_WORD = /^(referat|dagsorden|beslutningsprotokol|protokol|mødereferat|møde i|åben dagsorden|åbent referat|lukket dagsorden|lukket referat)\b/i

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
  ['rejected', /\bikke (gen|ny)?valgt\b|\bikke at (godkende|anbefale|tiltræde|vedtage)\b|\bikke (godkendt|godkendes|vedtaget|tiltrådt|anbefalet|anbefales)\b|\b(forkastet|forkastes|afvist|afvises|afviste|forkastede)\b|\bkunne ikke (godkende|anbefale|tiltræde)\b/gu],
  ['none', /\b(intet|ingen bemærkninger|intet til referat|ingen punkter|ingen)\b(?=[\s.]*$)|\bingen (orienteringer|orienteringspunkter|meddelelser)\b(?=[\s.]*$)|\bingen bemærkninger\b|\b(havde|var) ikke noget\b|\bintet at bemærke\b/gu],
  // Not bare "udsatte": it is also the adjective in "udsatte unge" (vulnerable youth).
  ['postponed', /\b(udsat|udsættes|udskudt|udskydes|genoptages|udsatte (sagen|punktet|behandlingen))\b(?! (unge|børn|borgere|familier|grupper|boligområder))/gu],
  ['referred', /\b(oversendes|oversendt|fremsendes|fremsendt|henvises|henvist|videresendes|sendes videre) til\b/gu],
  ['noted', /\b(taget til efterretning|tages til efterretning|til orientering|tog (\p{L}+ ){0,3}til efterretning|blev taget til efterretning|orienteringen blev taget|til efterretning)\b/gu],
  ['recommended', /\b(anbefales|anbefalede|anbefaler|indstilles|indstillede|indstiller)\b/gu],
  ['approved', /\b(godkendt|godkendes|godkendte|godkende|tiltrådt|tiltrædes|tiltrådte|vedtaget|vedtages|vedtog|bevilget|bevilges|indstillingen følges|indstilling(en)? følges)\b/gu],
  // Elections ("Begge blev genvalgt", "valgt uden modkandidater"), majorities ("Flertal for").
  ['elected', /\b(?:blev|er|bliver) (?!ikke )(?:\p{L}+ ){0,2}?(?<!ikke )(?:gen|ny)?valgt\b|(?<!ikke )\bgenvalgt\b|\bvalgt uden modkandidater\b|\bmodtog genvalg\b|\b(?:gen|ny)?valgtes\b/gu],
  ['approved', /(?<!ikke |intet |uden )\bflertal for\b|\b(?:kunne|kan) tiltræde\b/gu],
  ['discussed', /\b(drøftet|drøftede|drøftes|drøftelse|debatteret)\b/gu]
]

/** Case-number shapes seen after item headings (the first token of the line). */
export const CASE_NUMBER = /^(?:(?:sags?(?:nr|nummer)\.?|j\.\s?nr\.?|journalnr\.?|sag)\s*:?\s*)?(?!(?:19|20)\d\d[-/](?:19|20)?\d\d\b)((?:SAG|J|EMN|DOK|S)-\d{4}-\d{3,}|\d{2}\.\d{2}\.\d{2}(?:-[A-ZÆØÅ]\d{2})?-\d+-\d{2,4}|\d{2,4}[-/]\d{3,}(?:-\d+)?)(?:\s+[\p{L}/.]{1,30})?\s*$/iu

/** Conjunctions after a suspended hyphen ("Social- og Arbejdsmarkedsudvalget"): never join. */
export const SUSPENDED_HYPHEN_NEXT = /^(og|eller|samt|til|som|m\.fl\.|mv\.|m\.v\.|&)$/i

/** Attachment markers printed in the margin before text ("./.", "./..", "- ./"). */
// One run of blanks, then an optional bullet with its own blanks: never two runs that
// could share the same spaces (which backtracks quadratically on a line of spaces).
export const ATTACHMENT_MARKER = /^([ \t]*(?:[-•*][ \t]*)?)\.\/\.{0,2}(?=\s|$)[ \t]*/u

/**
 * Line endings after which a name or title cannot stop ("… Region Sjælland -",
 * "… med behov for"): the next line of the paragraph goes on with it.
 */
export const OPEN_END = /(\s[-–]|,|\s(og|i|af|for|til|med|på|om|fra|at|den|det|de|en|et|vedr\.))$/u

/** A title word saying the document records decisions (a referat), not only an agenda. */
export const MINUTES_TITLE = /referat|beslutningsprotokol/i
// ---- Web pages and Word files: page chrome (HTML, DOCX and Markdown readers) ----

/**
 * Controls of a web page that pass for text: "Hent som PDF", "Kopier link", "Del",
 * "Print", "Abonnér", "Log ind", "Søg". A line made of nothing but these (and
 * separators) is dropped. Why whole lines only: the same words inside a sentence
 * ("Del af budgettet") are the minutes' own.
 */
export const PAGE_CHROME = /(?<!\p{L})(?:hent (?:(?:hele )?(?:dagsorden(?:en)?|referat(?:et)?|punkt(?:et)?|bilag(?:et)?) )?(?:som )?pdf|åbn(?:e)? som pdf|download(?: som)? pdf|kopi[eé]r link(?:et)?|del(?: (?:på|via) (?:facebook|twitter|x|linkedin|e-?mail|mail))?|print|udskriv(?: siden)?|abonn[eé]r(?: på (?:dagsordener(?: og referater)?|udvalg|nyhedsbrev))?|tilmeld (?:nyhedsbrev|abonnement)|log (?:ind|ud)|søg(?: her)?|gå til (?:indhold|hovedindhold)|spring til indhold|til toppen|tilbage(?: til (?:forsiden|oversigten))?|menu|luk(?: menu)?|tip en ven|læs mere|vis (?:mere|alle)|se alle)(?!\p{L})/giu

/** Cookie banners: a block of text asking about cookies is the page's, not the minutes'. */
export const COOKIE_TEXT = /\b(?:(?:bruger|anvender|benytter) cookies|accept[eé]r(?:e)? (?:alle |nødvendige )?cookies|cookie(?:indstillinger|politik|samtykke|erklæring))\b/i

/**
 * Class words that mark a paragraph as a heading (`<p class="agenda-heading">`,
 * `item-title`, Word exports' `Overskrift2`): such a paragraph is read like `<b>`.
 */
export const HEADING_CLASS = /(?:^|[-_])(?:heading|title|titel|overskrift|rubrik)[-_]?\d?$/i

/**
 * Danish names of Word's heading styles, as documents made in a Danish Word or
 * LibreOffice carry them ("Overskrift 2", "Titel"); mammoth knows the English ones.
 */
export const WORD_HEADING_STYLE = 'Overskrift'
export const WORD_TITLE_STYLE = 'Titel'

/** Class or id words that mark page chrome in common site templates. */
export const CHROME_CLASS = /(?:^|[-_])(?:cookie|consent|breadcrumbs?|navbar|skip-?link|sr-only|visually-hidden)(?:$|[-_])/i

/**
 * Separators in a list of names: commas, and the last pair joined by "og"/"samt"/"&"
 * ("Mette Vaaben Mortensen og Jesper Møller"), never inside parentheses.
 */
export const NAME_LIST_SEPARATOR = /\s*,\s*(?![^()]*\))|\s+(?:og|samt|&)\s+(?![^()]*\))|\n/u

// ---------------------------------------------------------------------------
// Layouts of other publishing systems and of association minutes: numbering
// styles, section words, page furniture and closing decision sentences.
// ---------------------------------------------------------------------------

/** "Ad 3. Valg af revisor": minutes that answer an agenda item by item. */
export const ITEM_AD = /^ad\s+(\d{1,3}(?:\.\d{1,2})*)\.?\s+(\S.*)$/i
/** "3) Valg af dirigent". */
export const ITEM_PAREN = /^(\d{1,3})\)\s*(\S.*)$/u
/** "§9 Indkomne forslag", "§ 9. Indkomne forslag". */
export const ITEM_PARAGRAPH = /^§\s?(\d{1,3})\.?\s+(\S.*)$/u
/** "D: Indkomne forslag", "D:Indkomne forslag" (a capital letter and a colon). */
export const ITEM_LETTER = /^([A-ZÆØÅ]):\s*(\S.*)$/u
/** "B. Bestyrelsens beretning", "C) Regnskab": a capital letter, a dot or parenthesis and a gap. */
export const ITEM_LETTER_DOT = /^([A-ZÆØÅ])[.)]\s+(\S.*)$/u
/** "6a. Ansøgning om tilskud", "6 b) Lys": a number with a letter suffix (items added to an agenda). */
export const ITEM_SUFFIXED = /^(\d{1,3})(?:(\p{Ll})[.)]?|\s(\p{Ll})[.)])\s+(\S.*)$/u
/**
 * A value on a line of its own, as PDF layout leaves a table cell or a figure: a date
 * ("14.06.2021", "14. juni 2021") or a year ("2021"), a time ("kl. 19.30"), an amount ("2.500 kr.", "1.000.000").
 * Such a line never continues a title and never numbers an item.
 */
export const VALUE_LINE = /^(?:(?:19|20)\d{2}|\d{1,2}\.\s?\d{1,2}\.\s?\d{2,4}|\d{1,2}\.\s?\p{L}+\s\d{4}|(?:kl\.?\s*)?\d{1,2}[.:]\d{2}(?:\s*[-–]\s*\d{1,2}[.:]\d{2})?|(?:kr\.?\s*)?\d{1,3}(?:\.\d{3})*(?:,\d{1,2}|,-)?(?:\s*(?:kr\.?|mio\.?|mia\.?|dkk|euro?))?)$/iu
/** A unit after a number ("3.1 Mio. kr.", "2.5 Kr."): the number is an amount, never an item's. */
export const VALUE_UNIT = /^(?:mio|mia|mill|kr|dkk|eur|pct|procent|timer|kvm|m2)\b/i
/** "1 Godkendelse af dagsorden": a bare number and a capitalised title, as some systems print items. */
export const ITEM_BARE = /^(\d{1,3})\s+(\p{Lu}.*)$/u

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
export const SIGNING_FOOTER = /^(penneo dokumentnøgle|dokumentnøgle|document key|visma addo|signeret med)\s*:/i

// ---------------------------------------------------------------------------
// E-signature services (Penneo, Visma Addo, Scrive, DocuSign and the like): the
// certificate or audit page they append and the stamp they set in the margin.
// ---------------------------------------------------------------------------

/** The stamp of a signing service set at a page edge, also after text on the same line. */
export const SIGNING_STAMP = /(?:penneo dokumentnøgle|dokumentnøgle|document key|docusign envelope id|envelope id|visma addo|scrive document id|signeret med)\s*:/i
/** A signing service's document id alone on a line, as a rotated margin stamp is extracted. */
export const SIGNING_ID = /^[A-Z0-9]{5}(?:-[A-Z0-9]{5}){3,}$/
/** The line that opens a signing certificate ("Dokumentet er underskrevet digitalt", "Underskrevet med …"). */
export const SIGNING_CERTIFICATE = /\b(?:underskrevet (?:digitalt|elektronisk|med|via)|underskrifterne i dette dokument|signaturerne i dette dokument|dokumentet er (?:underskrevet|signeret|forseglet)|(?:digitalt|elektronisk) (?:underskrevet|signeret)|signed (?:with|using|via)|this document (?:is|was|has been) (?:digitally |electronically )?signed|signaturerne er juridisk bindende)\b/i
/** Names of signing services. */
export const SIGNING_SERVICE = /\b(?:penneo|visma addo|addo sign|scrive|docusign|esignatur|e-signatur|e-signature|underskriftsservice)\b/i
/** Lines of a certificate's signer table and validation notes: serial numbers, IP addresses, time stamps. */
export const SIGNING_DETAIL = /^(?:serienummer|serial ?number|ip(?:-adresse)?|ip address|validering|validation|tidsstempel|timestamp|transaktions-?id|transaction id|dokument-?id|document id|underskriver|signer|metode|method)\b|\b\d{1,3}\.\d{1,3}\.(?:\d{1,3}|x{1,3})\.(?:\d{1,3}|x{1,3})\b|\b\d{4}-\d{2}-\d{2}[ T]\d{2}:\d{2}:\d{2}/i

/** Page counters other than "Side N af M": "3 of 7", "3 af 7". */
export const PAGE_COUNTER = /^(?:page\s+|side\s+)?\d{1,4}\s+(?:of|af)\s+\d{1,4}$/i

/** Contact details of a letterhead: web address, e-mail, phone, CVR. */
export const CONTACT_DETAIL = /\bwww\.\S|\S@\S+\.\p{L}|\b(?:tlf|tel|telefon|fax)\.?\s*(?:\+45\s*)?\d|\bcvr\.?(?:-?nr\.?)?\s*:?\s*\d/iu
/** Contact details that name an organisation (not a person in a participant list). */
export const ORGANISATION_DETAIL = /\bwww\.\S|\bcvr\.?(?:-?nr\.?)?\s*:?\s*\d/i

/** A margin time stamp of a transcript ("Kl. 13:01"), alone or glued onto the next word. */
export const MARGIN_TIME = /^kl\.\s?\d{1,2}[:.]\d{2}/i

/**
 * Words that make a stand-alone sentence of association minutes a decision
 * besides the outcome phrases: elections ("Agnete Moos blev genvalgt").
 */
export const ELECTION_PHRASE = /(?<!ikke |har |have |havde )\b(genvalgt|nyvalgt|valgtes|genvalgtes|blev valgt|er valgt|valgt uden modkandidater)\b/u
// ---------------------------------------------------------------------------
// Captions of publishing systems' exports (FirstAgenda, SBSYS, Acadre, eDagsorden).
// The same headings appear when their agendas are printed, so the text splitter
// reads them through this table too.
// ---------------------------------------------------------------------------

/**
 * More section headings by kind, the way publishing systems caption their fields:
 * a summary as "Sammendrag", the case as "Fremstilling", the recommendation as the
 * administration's proposal, the economy with what follows it ("Økonomi og
 * organisatoriske konsekvenser"), who decides ("Beslutningen træffes af",
 * "Sagsprocedure") and the case's earlier course ("Sagens forløb"). Anchored and
 * lower-cased like SECTION_HEADINGS, and tried after it.
 */
export const EXPORT_CAPTIONS: ReadonlyArray<readonly [SectionKind, RegExp]> = [
  ['resume', /^(sammendrag|kort sammendrag)$/u],
  ['sagsfremstilling', /^(fremstilling|sagsfremstilling og vurdering|sagsbeskrivelse og vurdering|beskrivelse|sagens oplysninger)$/u],
  ['indstilling', /^\p{L}+(en|et|erne) (foreslår|indstiller)$|^indstilling(er)? fra [\p{L}\- ]{2,60}$/u],
  ['oekonomi', /^økonomi(ske?)?( (konsekvenser|forhold|vurdering|bevilling))?( og [\p{L}\-, ]{3,60})?$/u],
  // The decision captioned with its organ and no preposition: "Beslutning Økonomiudvalget 04-03-2024".
  ['beslutning', /^(beslutning(er)?|afgørelse) [\p{L}\-]*(udvalg(et)?|byråd(et)?|kommunalbestyrelse(n)?|regionsråd(et)?|bestyrelse(n)?|direktion(en)?|forum(met)?|rådet)( (den |d\. )?[\d. \-/\p{L}]{0,40})?$/u],
  ['behandling', /^sagens (forløb|behandling)$|^tidligere politisk behandling$|^politisk behandling$/u],
  ['other', /^beslutningen træffes af$|^sagsprocedure$|^beslutningsproces$|^øvrige (forhold|konsekvenser)$|^(høringssvar og )?høringsparter$/u]
]

// ---------------------------------------------------------------------------
// Votes, dissent and who took part in an item. Matched on the text as printed
// with blanks folded to one space ("For stemte 57 (S, V og M), imod stemte 50").
// ---------------------------------------------------------------------------

export { PARTIES, PARTY_CODE, isPartyCode, partyByName, type Party } from './parties.js'
export * from './outcomes.js'

/** The three sides of a recorded vote. */
export type VoteSideName = 'for' | 'against' | 'abstain'

/** What may stand right before a vote label: a blank, a bracket or clause punctuation. */
export const VOTE_LABEL_OPENERS = /[\s.,;:(]/u

/**
 * Labels that open a list of voters, with or without a count: "For stemte 57 (S, V
 * og M)", "imod stemte 0", "hverken for eller imod stemte 0", "For: A, C, V",
 * "Imod: Ø og F", "Undlod: Ø", "Imod stemte: Ø". The label must start a clause (after
 * one of VOTE_LABEL_OPENERS or at the start: checked by the reader, as a leading
 * lookbehind would cost V8 its quick scan) and be followed by a count, a bracket or a
 * capital (not case-insensitive: \p{Lu} would then match any letter, and "undlod at
 * tage stilling" is a verb, not a label).
 */
export const VOTE_LABELS: ReadonlyArray<readonly [VoteSideName, RegExp]> = [
  ['abstain', /(?:[Hh]verken for eller imod stemte|[Hh]verken for eller imod|[Uu]ndlod at stemme|[Uu]ndlod|[Uu]ndlader|[Bb]lanke stemmer|[Ss]temte blankt|[Ss]temmer blankt)(?=[\s:]|$)[ \t]*(?::[ \t]*)?(?=\d|\(|\p{Lu}|\n)/gu],
  ['against', /(?:[Ii]mod stemte|[Ii]mod|[Ss]temte imod|[Ss]temmer imod|[Nn]ej)[ \t]*(?::[ \t]*|(?<=stemte|stemmer)[ \t]+)(?=\d|\(|\p{Lu}|\n)/gu],
  ['for', /(?:[Ff]or stemte|[Ff]or|[Ss]temte for|[Ss]temmer for|[Jj]a)[ \t]*(?::[ \t]*|(?<=stemte|stemmer)[ \t]+)(?=\d|\(|\p{Lu}|\n)/gu]
]

/**
 * Verbs after their voters ("Mehmet Hansen (Ø) stemte imod", "V og A undlader",
 * "Jens Berg tog forbehold"), each with the stance it records. Tried in order: the
 * minority statement before the plain vote against it carries.
 */
export type VerbStance = 'for' | 'against' | 'abstain' | 'reservation' | 'minority-statement'
export const VOTE_VERBS: ReadonlyArray<readonly [VerbStance, RegExp]> = [
  ['minority-statement', /\s(?:stemte|stemmer) imod med følgende mindretalsudtalelse\b|\s(?:afgav|afgiver|fremsatte|ønskede) (?:følgende |en )?mindretalsudtalelse\b|\s(?:afgav|afgiver) (?:følgende |en )?protokoltilførsel\b|\sønskede (?:følgende )?(?:tilført|ført) til protokol(?:len)?\b/gi],
  ['against', /\s(?:stemte|stemmer|stemmede) (?:imod|nej|mod)\b|\s(?:kunne|kan) ikke (?:tiltræde|godkende|anbefale|støtte)\b|\svar imod\b/gi],
  ['abstain', /\s(?:undlod|undlader|afstod fra|afholdt sig fra) (?:at stemme|at tage stilling|stemmeafgivning)\b|\s(?:undlod|undlader)(?=[\s.,]|$)|\s(?:stemte|stemmer) (?:hverken for eller imod|blankt)\b/gi],
  ['reservation', /\s(?:tog|tager) (?:et )?(?:generelt )?forbehold\b/gi],
  ['for', /\s(?:stemte|stemmer) (?:for|ja)\b|\s(?:kunne|kan) (?:tiltræde|godkende|anbefale|støtte)\b/gi]
]

/**
 * Tallies in a sentence: "med 5 stemmer mod 2", "med 25 stemmer for og 2 imod",
 * "med 15 stemmer for, 5 imod og 2 undlod". Groups: for, against, abstaining.
 */
export const VOTE_TALLY = /\bmed (\d+) stemmer?(?: for)?(?:,| og| mod)? (\d+)(?: stemmer?)?(?: imod| mod)?(?:,? og (\d+)(?: stemmer?)? (?:undlod|undlader|blanke?|hverken for eller imod|stemte blankt))?/i

/** Words saying everyone agreed: "Enstemmigt vedtaget", "vedtaget med akklamation", "Et enigt udvalg anbefaler". */
export const UNANIMOUS = /\benstemmig(?:t|e)?\b|\bmed akklamation\b|\buden stemmer imod\b|\bet enigt (?:udvalg|byråd|regionsråd|råd|bestyrelse|forum|direktion|styregruppe|forretningsudvalg)\b|\balle stemte for\b/i

/** Words saying a majority, not all, carried it: "Et flertal i udvalget (A, V) kunne tiltræde", "Flertal for". */
export const MAJORITY = /\b(?:et )?flertal(?:tet)?\b(?! af)/i

/**
 * Phrases that keep one voter out of an item: "… deltog ikke i sagens behandling",
 * "var forhindret i at deltage", "… forlod herefter lokalet" (said of the item at hand;
 * "forlod mødet kl. 18" alone is not, it concerns the items after).
 */
export const ITEM_ABSENCE_VERBS = /\s(?:deltog|deltager) ikke i (?:sagens|punktets|behandlingen|mødet|sagsbehandlingen|drøftelsen|beslutningen|afstemningen)\b|\svar (?:forhindret i at deltage|fraværende (?:under|ved) (?:behandlingen|punktet|sagen))\b|\s(?:forlod|forlader) (?:mødet|lokalet) (?:under|inden|før) (?:behandlingen|punktet|sagen)\b|\s(?:forlod|forlader) (?:herefter |derefter |under behandlingen )?lokalet\b/gi

/** Conflicts of interest: "… erklærede sig inhabil", "… blev erklæret inhabil", "… var inhabil". */
export const CONFLICT_VERBS = /\s(?:erklærede|erklærer) sig (?:inhabil|inhabilt)\b|\s(?:blev|var|er blevet) (?:erklæret )?inhabil\b/gi

/** The object form: "Udvalget erklærede Per Hansen (V) for inhabil". */
export const CONFLICT_OBJECT = /\berklærede\s+(.{3,120}?)\s+(?:for\s+)?inhabil\b/gi

/**
 * A sentence that records what the meeting did with an item, for minutes without a
 * decision heading: the participle at the end, after "er/blev" and at most a few
 * words ("Det er vedtaget.", "Herefter blev beretningen taget til efterretning.",
 * "Agnete Moos blev enstemmigt valgt uden modkandidater.", "Alle er genvalgt"),
 * or the participle first ("Enstemmigt vedtaget.", "Vedtaget med akklamation.").
 * Lower case, blanks folded.
 */
export const RESULT_SENTENCE = /\b(?:er|blev|bliver)\s+(?:[\p{L}\d.,()-]+\s+){0,6}?(?:enstemmigt\s+)?(?:vedtaget|godkendt|forkastet|afvist|tiltrådt|(?:gen|ny)?valgt|taget til efterretning|bevilget)(?:\s+(?:til|som)\s+[\p{L}-]+)?(?:\s+(?:enstemmigt|med akklamation|uden modkandidater|uden afstemning|som (?:ansøgt|foreslået|fremlagt|indstillet)|med \d+ stemmer.*|som \S+))?\s*[.!:]?$|^(?:enstemmigt\s+)?(?:vedtaget|godkendt|forkastet|genvalgt|valgt)(?:\s+(?:enstemmigt|med akklamation|uden modkandidater))?\s*[.!]?$|\bgenvalg med akklamation\b|^flertal for\b|\b(?:gen|ny)?valgtes\b/u

/** Abbreviations whose full stop does not end a sentence. */
export const ABBREVIATIONS = /(?:^|[\s(])(?:nr|pkt|jf|bl\.a|m\.fl|incl|inkl|ca|kr|f\.eks|stk|evt|ang|vedr|mht|dvs|hhv|mv|m\.v|el|tlf|ref)\.$/i

/**
 * Last words of capitalised phrases that name an organ or an office, not a person
 * ("Greve Kommune", "Teknisk Udvalg"): such a phrase is never read as a voter's name.
 */
export const NOT_A_PERSON = /(?:kommune|kommunen|udvalg|udvalget|råd|rådet|region|regionen|forvaltning(?:en)?|administration(?:en)?|bestyrelse(?:n)?|direktion(?:en)?|forening(?:en)?|center|centret|afdeling(?:en)?|formand(?:en)?|borgmester(?:en)?|folketing(?:et)?|minister(?:en)?|styrelse(?:n)?|forsamling(?:en)?|generalforsamling(?:en)?)$/i

/**
 * A majority carrying the proposal, whatever the minority said first ("Et mindretal
 * (Ø) kunne ikke tiltræde. Et flertal (A, V) kunne tiltræde indstillingen."): the
 * outcome is the majority's. Matched on the text lower-cased.
 */
export const MAJORITY_CARRIES: ReadonlyArray<readonly [DecisionOutcome, RegExp]> = [
  ['recommended', /\bet flertal\b[^.]{0,200}?\b(?:kunne|kan|vil) anbefale\b/],
  ['approved', /\bet flertal\b[^.]{0,200}?\b(?:kunne|kan|vil) (?:tiltræde|godkende|vedtage)\b|\b(?<!ikke |intet |uden )flertal for\b/]
]
/** The heading given to a decision an export keeps outside its captioned fields. */
export const DECISION_CAPTION = 'Beslutning'

/** Labels before a case number besides "Sagsnr." ("Sags nr.:", "Sagsnummer:", "Journalnummer:"). */
export const CASE_LABEL = /^(?:sags?\s?(?:nr|nummer)\.?|journal\s?(?:nr|nummer)\.?|j\.\s?nr\.?|emne\s?nr\.?|sag)\s*:?\s*/i
/**
 * Lines that stand with the case number under an item heading and are not text of
 * the item: document number, deciding organ, case worker, KLE, file.
 */
export const CASE_COMPANION = /^(?:dok(?:ument)?\.?\s?(?:nr|nummer)\.?|sagen afgøres i|afgøres i|sagsbehandler|sagsansvarlig|forfatter|ansvarlig|kle(?:-nr\.?|-nummer)?|akt-?id|brevid)\s*:/i

/** A transcript's lead-in to the next item ("Det næste punkt på dagsordenen er:"): no text of the item before it. */
export const ITEM_LEAD_IN = /^(?:det|vi går til det|så går vi til det) (?:første|næste|sidste) (?:punkt|spørgsmål) på dagsordenen(?: er)?:?$/i

/** Short words of nearly every Danish sentence: a text layer without them is not Danish text. */
export const COMMON_WORDS = /^(?:og|i|at|er|til|den|det|en|et|af|på|som|med|for|de|der|ikke|har|var|blev|om|fra|kan|skal|vil|sig)$/u

/**
 * Danish words whose ligature (ff, fi, fl) a PDF's font dropped in extraction, leaving
 * a gap: "o entlig" for "offentlig", "e ektiv" for "effektiv", "kon ikt" for "konflikt".
 * Only the broken forms match; the whole words do not.
 */
export const LIGATURE_GAP = /\b(?:o entlig|e ekt|kon ikt|de nition|in uen|re eks|bene cer|kvali cer|speci k|o ciel|inds ydelse|e er(?:følgende|år|som|\b))/i

/** Sentences that propose rather than record: never an item's closing decision. */
export const PROPOSAL_SENTENCE = /^(?:det )?(?:indstilles|foreslås|anbefales|forvaltningen indstiller|administrationen indstiller|direktionen indstiller|bestyrelsen foreslår|\p{L}+ foreslår|\p{L}+ indstiller)\b/iu

/** A document title that says the document is an agenda, not minutes ("Dagsorden", not "Dagsorden og referat"). */
export const AGENDA_TITLE = /^(?:åben |lukket )?(?:dagsorden|indkaldelse)\b(?!.*\b(?:referat|beslutning))/i

// ---------------------------------------------------------------------------
// Page numbers and all-capitals decision headings (moved here from their stages).
// ---------------------------------------------------------------------------

/** Page-number lines: "Side 3 af 19", "Side 3/19", "- 3 -", "3 / 19". Tested on the trimmed, space-folded line. */
export const PAGE_NUMBER_LINES: readonly RegExp[] = [/^side\s?\d{1,4}(?: ?(?:af|\/) ?\d{1,4})?$/i, /^- ?\d{1,4} ?-$/, /^\d{1,4} ?\/ ?\d{1,4}$/]

/** First letters of the page-furniture words above and in PAGE_COUNTER/SIGNING_FOOTER ("Side", "Page"): any other letter opens prose. */
export const PAGE_WORD_INITIALS: ReadonlySet<string> = new Set(['s', 'S', 'p', 'P'])

/**
 * An all-capitals decision heading, lower-cased: "ØKONOMIUDVALGETS BESLUTNING DEN 4.
 * MARTS 2024" → "økonomiudvalgets beslutning den 4. marts 2024".
 */
export const ALL_CAPS_DECISION = /^([\p{L}\- ]{2,60}?s )?(beslutning(er)?|afgørelse)( (i|fra|på|den|d\.|af) [^:]{1,80})?$/u
// --- Meeting header: cover pages, dates, times, places, participants ---

/** An agenda number in front of a header label ("§1 Til stede:", "1. Til stede", "Punkt 1: Fremmødte"). */
export const LEADING_ITEM_NUMBER = /^(?:§\s*\d{1,2}\.?|\d{1,2}[.)]|punkt\s+\d{1,2}\s*[.:–-]?|ad\s+\d{1,2}\.?)\s+/i

/** List markers in front of a name ("(a) ", "a) ", "1. ", "- ", "• "). */
export const LIST_MARKER = /^(?:\(?[a-zæøå]\)|\(?\d{1,2}[.)]|[-–•*·▪○])\s+/u

/** Words of a list that are never a person even when capitalised ("Bestyrelsen", "Ingen"). */
export const NOT_A_PERSON_IN_LIST = /^(bestyrelsen|formand(en)?|næstformand(en)?|kasserer(en)?|sekretær(en)?|referent(en)?|administrator(en)?|direktion(en)?|alle|ingen|intet|ingen afbud|ingen fraværende|ingen\.?|ej|se (nedenfor|bilag)|via (teams|zoom|skype)|online|mødeleder|dirigent(en)?|suppleant(er)?|medlemmer)$/i

/** Last words that make a capitalised phrase an organisation or a place, not a person ("Greve Kommune"). */
export const ORGANISATION_WORD = /^(kommune|region|regionen|kommunes|a\/s|aps|i\/s|forening(en)?|udvalg(et)?|sekretariat(et)?|kontor(et)?|rådhus|skole(n)?|bibliotek(et)?|hus(et)?|center|centret|centeret|alle|allé|vej|gade|plads|torv|have|park(en)?|bestyrelse(n)?)$/i

/** Lines that are never the organ: addresses, property and company numbers, contact lines, page marks. */
export const NOT_A_BODY = /\b(ejendomsnummer|ejendomsnr|matr(ikel)?\.?\s*nr|cvr|se-nr|tlf|telefon|e-?mail|mail|www\.|https?:|side\s+\d|sagsnr|j\.\s?nr|postboks)\b|@|\b\d{4}\s+\p{Lu}\p{Ll}+/iu

/** Words that tie a date to the meeting ("Referat af mødet den …", "afholdtes", "Mødedato"), not to a letter. */
export const MEETING_DATE_CUE = /\b(møde(t|dato)?|\p{L}*møde(t)?|generalforsamling(en)?|afholdt(es)?|holdt|referat|dagsorden|protokol|samling)\b/iu

/** Weekday names, which mark the meeting date on cover pages ("Tirsdag den 3. marts 2020"). */
export const WEEKDAY = /\b(mandag|tirsdag|onsdag|torsdag|fredag|lørdag|søndag)\b/i

/**
 * A cheap test every MEETING_START_CUE / MEETING_END_CUE line passes: each of their
 * branches names "mødet", "generalforsamlingen" or "samlingen" (lines that only say
 * "møde", as dates of other meetings do, need not be read).
 */
export const MEETING_CUE_WORD = /mødet|samlingen/i
/**
 * Sentences giving the meeting's start or end ("Mødet startede kl. 19.05", "Mødet hævet
 * kl. 21.30"), matched on the line lower-cased (a Unicode class with `/i` is V8's slow path).
 */
export const MEETING_START_CUE = /\b(mødet|generalforsamlingen|samlingen)\s+(startede|begyndte|start|begynder|åbnedes|blev åbnet|åbnet|påbegyndt)\b|(?<!\p{L})(åbnede|åbner)\s+(mødet|generalforsamlingen)\b/u
export const MEETING_END_CUE = /\b(mødet|generalforsamlingen|samlingen)\s+(blev\s+)?(sluttede|slut|afsluttet|afsluttedes|hævet|hævedes|sluttet|ophørte|lukket|lukkedes)\b|\b(hævede|afsluttede|lukkede|sluttede)\s+(mødet|generalforsamlingen)\b/u

/** A place after the date and time ("… kl. 19.30 i Melholt Forsamlingshus", "15. februar 2012 på Næsbyhovedskoven"). */
export const PLACE_PREPOSITION = /^[\s,.*]*(?:i|på|hos)\s+(?=\p{Lu})/u

/** Association organs named in titles ("Grundejerforeningen X", "Ejerforeningen X", "G/F X", "Bestyrelsen"). */
// The prefix is bounded and starts a word (not after a hyphen), so a long run of letters and hyphens stays linear.
export const ASSOCIATION_NAME = /(?<![\p{L}\-])((?:\p{L}[\p{L}-]{0,30})?(?:forening(?:en)?|selskab(?:et)?|laug(?:et)?|fagråd(?:et)?|klub(?:ben)?)|[AEG]\/F|A\/B)\b(?:\s+(?:(?:af|for|ved|i|og)\s+)?(?:\p{Lu}|\d)[\p{L}\d'’.\-/]*)*/u

/** Dates of publication, not of the meeting ("Udgivet 24.01.2025", "Udskrevet den …"). */
export const PUBLISHED_CUE = /^(udgivet|udsendt|offentliggjort|dato for udsendelse|printet|udskrevet|dannet|publiceret)\b/i

/** A clock time standing alone on a cover page ("Kl. 10:30", "Klokken 17.00 – 19.00"). */
export const CLOCK_LINE = /^(kl\.?|klokken|tidspunkt)\s*\d{1,2}([:.]\d{2})?(\s*[-–]\s*\d{1,2}([:.]\d{2})?)?\s*$/i

/** Meetings that name their organ: a board meeting is the board's ("Referat fra bestyrelsesmøde"). */
export const MEETING_OF_ORGAN: ReadonlyArray<readonly [RegExp, string]> = [
  [/\bbestyrelsesmøde(t)?\b/i, 'Bestyrelsen'],
  [/\brepræsentantskabsmøde(t)?\b/i, 'Repræsentantskabet']
]

/** The organ after the meeting word in a title ("generalforsamling i Alslug", "bestyrelsesmøde i Ejerforeningen X"). */
export const ORGAN_AFTER_MEETING = /\b\p{L}*(?:møde|generalforsamling|forsamling)\s+(?:i|for|hos)\s+(\p{Lu}[\p{L}\d'’\-/]*(?:\s+(?:(?:af|for|ved|i)\s+)?\p{Lu}[\p{L}\d'’\-/]*)*)/u

/** The organ as the meeting's owner ("Referat fra Alssund Linux User Group's generalforsamling"). */
export const ORGAN_GENITIVE = /\b(?:fra|af)\s+(\p{Lu}[\p{L}\d\-]*(?:\s+\p{Lu}[\p{L}\d\-]*){0,6})\s*['’]s?\s+\p{L}*(?:generalforsamling|møde)\b/u

/** A place named with the holding verb ("Mødet blev afholdt på Hotel Scandic, …"). */
export const HELD_AT = /\b(?:afholdt|afholdes|afholdtes|holdt|holdes)\s+(?:i|på|hos)\s+(?=\p{Lu})/u

/** A line naming the kind of meeting, the title where no "Referat"/"Dagsorden" line is ("Bestyrelsesmøde 10-10-2023"). */
export const MEETING_KIND = /(?<!\p{L})(\p{L}*møde|generalforsamling|årsmøde|repræsentantskabsmøde)(?!\p{L})/iu

// ---------------------------------------------------------------------------
// Words moved here from the extractors and export readers that used them inline.
// ---------------------------------------------------------------------------

/** Verbs of a vote sentence, kept with the result that follows it ("For stemte …, imod stemte …"). */
export const VOTE_SENTENCE = /\b(?:stemte|stemmer|undlod|undlader)\b/i

/** A letter's place-and-date line ("Aalborg, 17. april 2018", "Odense, den 3. maj"): the letter's date, not the meeting's. */
export const LETTER_DATE = /^\p{Lu}[\p{L}\- ]{1,30},\s*(?:den\s+|d\.\s*)?\d/u

/** Where a place named on a date line ends: at the date, weekday or clock that follows it. */
export const PLACE_END = /,?\s+(?:den|d\.|kl\.?|klokken|mandag|tirsdag|onsdag|torsdag|fredag|lørdag|søndag)\s.*$|\s+\d{1,2}\.\s*\p{L}+\s+\d{4}.*$/iu

/** Short words that link the parts of an organ's name ("Udvalget for Teknik og Miljø"). */
export const LINKING_WORD = /^(og|i|for|ved|af|til|på|under|&|-|–)$/u

/** SBSYS participation statuses meaning the member was away (in English or Danish). */
export const AWAY = /not ?participat|absent|cancel|afbud|fravær|forfald/i

/** Acadre access values that make an item closed. */
export const CLOSED_ACCESS = /^(lukket|fortrolig|ikke offentlig)/i

/** A heading that only names the document ("Referat", "Indkaldelse"), never an item. Lower case. */
export const DOCUMENT_TITLE_ONLY = /^(referat|indkaldelse|mødereferat)$/u
