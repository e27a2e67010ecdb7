/**
 * The Danish parties as data: the letters they carry on the ballot (municipal and
 * regional councils print these: "Charlotte Levin (A)"), the abbreviations of the
 * Folketing ("S, V, SF, M, DD"), and their names. Vote lists are read against this
 * table, so a list of letters is told from a sentence of capitalised words.
 */

export interface Party {
  /** Ballot letter, as councils print it; null for a grouping without one. */
  readonly letter: string | null
  /** Abbreviations used in the Folketing's minutes and the press. */
  readonly abbreviations: readonly string[]
  readonly name: string
  /** Other names and the name in running text ("Enhedslisten stemte imod"). */
  readonly names: readonly string[]
}

export const PARTIES: readonly Party[] = [
  { letter: 'A', abbreviations: ['S'], name: 'Socialdemokratiet', names: ['Socialdemokraterne'] },
  { letter: 'B', abbreviations: ['RV', 'R'], name: 'Radikale Venstre', names: ['Det Radikale Venstre', 'De Radikale'] },
  { letter: 'C', abbreviations: ['KF', 'K'], name: 'Det Konservative Folkeparti', names: ['Konservative', 'De Konservative'] },
  { letter: 'D', abbreviations: ['NB'], name: 'Nye Borgerlige', names: [] },
  { letter: 'F', abbreviations: ['SF'], name: 'SF - Socialistisk Folkeparti', names: ['Socialistisk Folkeparti'] },
  { letter: 'I', abbreviations: ['LA'], name: 'Liberal Alliance', names: [] },
  { letter: 'K', abbreviations: ['KD'], name: 'Kristendemokraterne', names: [] },
  { letter: 'M', abbreviations: [], name: 'Moderaterne', names: [] },
  { letter: 'O', abbreviations: ['DF'], name: 'Dansk Folkeparti', names: [] },
  { letter: 'P', abbreviations: ['SP'], name: 'Stram Kurs', names: [] },
  { letter: 'Q', abbreviations: ['FG'], name: 'Frie Grønne', names: [] },
  { letter: 'V', abbreviations: [], name: 'Venstre', names: ['Venstre, Danmarks Liberale Parti'] },
  { letter: 'Æ', abbreviations: ['DD'], name: 'Danmarksdemokraterne', names: [] },
  { letter: 'Ø', abbreviations: ['EL'], name: 'Enhedslisten', names: ['Enhedslisten - De Rød-Grønne'] },
  { letter: 'Å', abbreviations: ['ALT'], name: 'Alternativet', names: [] },
  { letter: 'E', abbreviations: [], name: 'Klaus Riskær Pedersen', names: [] },
  { letter: 'L', abbreviations: [], name: 'Lokalliste', names: [] },
  // The North Atlantic seats and members outside the groups, as the Folketing prints them.
  { letter: null, abbreviations: ['IA'], name: 'Inuit Ataqatigiit', names: [] },
  { letter: null, abbreviations: ['SIU'], name: 'Siumut', names: [] },
  { letter: null, abbreviations: ['NQ'], name: 'Naleraq', names: [] },
  { letter: null, abbreviations: ['JF'], name: 'Javnaðarflokkurin', names: [] },
  { letter: null, abbreviations: ['SB'], name: 'Sambandsflokkurin', names: [] },
  { letter: null, abbreviations: ['T'], name: 'Tjóðveldi', names: [] },
  { letter: null, abbreviations: ['UFG'], name: 'Uden for folketingsgrupperne', names: [] },
  // Members outside any party in a council: "UP", numbered when there are several ("UP2").
  { letter: null, abbreviations: ['UP', 'UFP', 'UG'], name: 'Uden for parti', names: ['Løsgænger'] }
]

const CODES = [...new Set(PARTIES.flatMap((party) => [party.letter, ...party.abbreviations]).filter((code): code is string => code !== null))]
  .sort((a, b) => b.length - a.length)

/**
 * A party code as printed, with the list number some councils add when a party ran
 * several lists or members left it ("UP1", "UP2"): the whole token, nothing else.
 */
export const PARTY_CODE = new RegExp(`^(?:${CODES.join('|')})\\d{0,2}$`, 'u')

const NAMES = new Map(PARTIES.flatMap((party) => [party.name, ...party.names].map((name) => [name.toLowerCase(), party] as const)))

/** The party a printed name stands for ("Enhedslisten"), if the table knows it. */
export function partyByName(name: string): Party | undefined {
  return NAMES.get(name.trim().toLowerCase())
}

/** True for a printed party code ("Ø", "SF", "UP2"). */
export const isPartyCode = (token: string): boolean => PARTY_CODE.test(token)
