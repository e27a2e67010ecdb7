/** Output formats, apart from their emitters so that option parsing loads no CSV writer. */
export const FORMATS = ['json', 'ndjson', 'csv'] as const
export type Format = (typeof FORMATS)[number]

export const EXTENSIONS: Readonly<Record<Format, string>> = { json: '.json', ndjson: '.ndjson', csv: '.csv' }
