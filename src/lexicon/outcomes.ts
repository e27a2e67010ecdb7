/**
 * Words of decisions beyond the first outcome table (DECISION_PHRASES): how minutes
 * say someone was elected or appointed, what an organ "besluttede", that an item was
 * taken off the agenda; which organ and date a decision heading names; and what is
 * never a decision (a signature block). Lower case unless said otherwise.
 */
import type { DecisionOutcome } from '../schema/document.js'

/**
 * Elections and appointments: "Agnete Moos blev genvalgt", "valgt uden modkandidater",
 * "Udvalget udpegede Lone Dam (V) til museets bestyrelse", "Bestyrelsen konstituerede
 * sig med Per Holm som formand", "Valgt som kasserer: Eva Lund". Negated forms
 * ("ikke valgt") are rejected in DECISION_PHRASES and win as the longer match there.
 */
export const ELECTED_PHRASE = /\b(?:blev|er|bliver) (?!ikke )(?:\p{L}+ ){0,2}?(?<!ikke )(?:gen|ny)?valgt\b|(?<!ikke )\b(?:gen|ny)valgt\b|\bvalgt uden modkandidater\b|\bmodtog genvalg\b|\b(?:gen|ny)?valgtes\b|(?<!ikke )\budpeg(?:ede|et|es|er)\b|\bkonstituerede sig\b|\bkonstitu(?:eret|eres|erer) sig\b|(?<!ikke )\bkonstitueret\b|^(?:gen|ny)?valgt\b|\b(?:gen|ny)?valgt (?:som|til) (?:formand|næstformand|kasserer|sekretær|revisor|suppleant|dirigent|referent|medlem)|\bvalgte\b(?! at)[^.]{0,80}?\b(?:som|til) (?:formand|næstformand|kasserer|sekretær|revisor|suppleant|dirigent|referent|medlem)/u

/**
 * Outcome phrases the first table lacks, tried with it (the earliest phrase in the
 * text wins): "besluttede at anbefale", "Sagen blev sendt tilbage til
 * administrationen", "Punktet udgår af dagsordenen", "Sagen blev taget af dagsordenen".
 */
export const OUTCOME_PHRASES: ReadonlyArray<readonly [DecisionOutcome, RegExp]> = [
  ['elected', new RegExp(ELECTED_PHRASE.source, 'gu')],
  ['recommended', /\b(?:(?:besluttede|besluttede derfor|blev enige om) )?at anbefale\b|\bvil anbefale\b|\b(?:sagen|indstillingen|forslaget) blev anbefalet\b/gu],
  ['referred', /\b(?:sendt|sendes|sendte) (?:\p{L}+ ){0,2}?tilbage til\b|\bsendt (?:videre )?til (?:fornyet )?behandling i\b/gu],
  ['postponed', /\b(?:taget|tages|trukket|trækkes) (?:af|fra|ud af) dagsordenen\b|\budg(?:å|år|ik) (?:af|fra) dagsordenen\b|\budsætte(?:s)? (?:sagen|sagens|punktet|punktets|behandlingen)\b/gu],
  ['none', /\b(?:ingen|der var ingen) (?:punkter|sager|emner) (?:til|under) eventuelt\b|\bintet (?:til|under) eventuelt\b/gu],
  ['approved', /\bbevilgede\b|\bbesluttede(?:,)? (?:at|enstemmigt|derfor|hermed)\b(?! ikke)|\bbeslutter(?:,)? at\b(?! ikke)|\b(?:det )?blev besluttet,? at\b|\bblev enige om\b|\bvar enige om\b|\bder var enighed om\b/gu]
]

/**
 * A clause that states what an organ decided, after a discussion: "besluttede
 * herefter at …", "blev enige om at …", "besluttede derfor, at …". What follows it
 * is the outcome, even where "drøftede" came first. Lower case.
 */
export const DECISION_CLAUSE = /\b(?:besluttede|besluttedes|blev enige om|var enige om|vedtog)(?: \p{L}+)?,?(?= at )/gu

/**
 * Phrases that say what happened only where nothing else does: "Formanden orienterede
 * om …", "Der blev orienteret om …" (noted), "KKR besluttede …" (approved). Tried
 * after every other phrase: "Forvaltningen orienterede om sagen. Udvalget godkendte
 * indstillingen." is approved.
 */
export const FALLBACK_OUTCOME_PHRASES: ReadonlyArray<readonly [DecisionOutcome, RegExp]> = [
  ['noted', /\borienterede\b|\bblev orienteret\b|\bder (?:blev|er) orienteret\b|\borientering(?:en|erne)? (?:blev )?givet\b|\bnoterede\b|\bblev noteret\b/u],
  ['approved', /\bbesluttede\b(?! ikke)|\bbesluttet\b|\bbeslutter\b(?! ikke)/u]
]

/**
 * A signature block or the approval of the minutes themselves, which is never an
 * item's decision: "Referat vedtaget af: …", "Referat godkendt og underskrevet",
 * "Underskrevet af: …". Matched on a line lower-cased; the colon or the signing is
 * required, so "Referatet blev godkendt" (the decision of an item approving the
 * last minutes) is not one.
 */
export const SIGNATURE_LINE = /^(?:referat(?:et)?|protokol(?:len)?|mødereferat(?:et)?) (?:er |blev )?(?:(?:vedtaget|godkendt|underskrevet|signeret)(?: af)?\s*:.*|(?:vedtaget|godkendt|gennemlæst) og (?:underskrevet|signeret)\b.*)$|^(?:underskrevet|signeret) (?:af|den)\b.*$|^underskrift(?:er)?\b\s*:?.*$/u

/**
 * The organ a decision heading names, as printed: "Økonomiudvalgets beslutning den
 * 5. december 2022", "Byrådets beslutning", "Beslutning i Økonomiudvalget", "Afgørelse
 * fra Byggeklageenheden", "Beslutning Økonomiudvalget 04-03-2024". Group 1 is the
 * genitive form's organ, group 2 the one after the word. Matched as printed (organs
 * are capitalised), the trailing colon removed.
 */
export const DECISION_HEADING_ORGAN = /^(?:(\p{Lu}[\p{L}\-]*(?:,? (?:og |for |i |af )?[\p{L}\-()]+){0,8}?)(?:s|'s|’s) )?(?:[Bb]eslutning(?:er)?|[Aa]fgørelse)(?: (?:i|fra|af|truffet af|på mødet i|på))? ?((?:\p{Lu}|\()[^:\d]*?)?(?: (?:den|d\.)(?= |$).*| \d.*)?$/u

/** Words of a decision heading that stay lower case when an all-capitals heading is read ("ØKONOMIUDVALGETS BESLUTNING DEN 4. MARTS"). */
export const HEADING_SMALL_WORDS = /^(?:i|fra|af|på|den|d\.|og|for|til|truffet|mødet|beslutning(?:er)?|afgørelse)$/u

/** Heading organs that name no one in particular ("Udvalgets beslutning", "Mødets beslutning"). */
export const GENERIC_ORGAN = /^(?:udvalg(?:et)?|mødet?|rådet|forummet|bestyrelsen|punktet|sagen)$/i

/**
 * Count nouns after a vote label or count: "For stemte: 14 ejere", "Imod: 3
 * medlemmer", "27 stemmer". The count is read, the noun is no voter.
 */
export const VOTE_UNIT = /^(?:stemmer?|ejere?|medlem(?:mer)?|andelshavere|andele|lejligheder|lejemål|fuldmagter|delegerede|repræsentanter|personer|deltagere|husstande|parceller|grundejere|stemmeberettigede)\b/i

/**
 * Counts written before their side, in one sentence: "27 stemte for, 9 imod", "27
 * stemte for og 9 imod, 2 undlod", "5 stemmer for / 2 stemmer imod / 1 blank".
 * Groups: for, against, abstaining.
 */
export const VOTE_COUNTS = /(?<![\d.,])(\d{1,5}) (?:stemte|stemmer|stemme) for\b[\s,/;]*(?:og |mens )?(\d{1,5})(?: (?:stemte|stemmer|stemme))? (?:imod|mod)\b(?:[\s,/;]*(?:og |mens )?(\d{1,5})(?: (?:stemte|stemmer|stemme))? (?:undlod|blank(?:e|t)?|hverken for eller imod))?/gi

/**
 * Words that open a correction of a counted ballot: "Efter fornyet optælling …",
 * "Rettelse: …", "Afstemningen blev gentaget". What follows replaces the count before it.
 */
export const VOTE_CORRECTION = /\b(?:rettelse|korrektion|berigtigelse|fornyet (?:optælling|afstemning)|efter (?:en )?(?:ny )?(?:optælling|genoptælling)|afstemningen blev (?:gentaget|korrigeret|rettet|omgjort)|ved en fejl)\b/i

/**
 * The organ a decision text opens with, as its subject, matched on the text as
 * printed: "Økonomiudvalget anbefaler overfor Byrådet …", "Byrådet godkendte …",
 * "KKR Syddanmark besluttede …". Group 1 is the organ.
 */
export const DECISION_SUBJECT = /^((?:\p{Lu}[\p{L}\-]*,? (?:og |for |i )?){0,5}?\p{Lu}?[\p{L}\-]*(?:udvalg(?:et)?|byråd(?:et)?|råd(?:et)?|bestyrelsen|kommunalbestyrelsen|regionsråd(?:et)?|direktionen|forum(?:met)?|styregruppen|\b[A-ZÆØÅ]{2,6}(?: \p{Lu}\p{Ll}+)?)) (?:\p{Ll}+(?:de|te|er)\b|har|vil|kan|kunne|tog|gav|bad|var)/u

/**
 * A rejection just before a "med N stemmer mod M" tally ("Forslaget blev forkastet med
 * 6 stemmer mod 5"): then the first count is those against. Lower case, on the text
 * before the tally, within its sentence.
 */
export const TALLY_REJECTED = /\b(?:forkastet|forkastes|afvist|afvises|nedstemt|nedstemmes|faldt|bortfaldt)\b[^.!?]*$/u
