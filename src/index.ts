/**
 * referat's public API: parse Danish meeting minutes into structured data.
 *
 *     import { parse } from 'referat'
 *     const doc = parse(text, { file: 'minutes.txt' })
 *
 * An ES module only (`import`, not `require`); Node 20.19 or newer.
 */
export { parse, parseLines, processText, processInput, type ParseOptions } from './parse.js'
export type { FeaturedLine, LineFeatures } from './tree/line-features.js'
export { parseBytes, parseFile } from './parse-file.js'
export { toSourceText, type SourceLine, type SourceText } from './compile/source-text.js'
export { validate } from './validate.js'
export { InputError, INPUT_ERROR_CODES, type InputErrorCode } from './input/errors.js'
export type { ReadOptions, SourceFormat } from './input/types.js'
export { toJson, toNdjson, toNdjsonDocument, toItemRecords, toCsv, toXlsx, csvHeader, CSV_COLUMNS, EMITTERS, FORMATS, type Format, type Emitter } from './emit/index.js'
export { ItemRow as itemRowSchema, CsvRow as csvRowSchema, type ItemRow } from './schema/row-schemas.js'
export { duckdbSql, rowJsonSchema } from './schema/sql.js'
export { Referat as referatSchema } from './schema/document.js'
export type { Attachment, Decision, DecisionOutcome, Diagnostic, Dissent, Item, Meeting, Participant, Referat, Section, SectionKind, Severity, Source, TocEntry, Votes, VoteSide } from './schema/document.js'
export { referatJsonSchema } from './schema/json-schema.js'
export { RULE_IDS, RULE_LEVELS, type RuleId, type RuleSetting } from './rules/index.js'
export { normaliseMinutes as normalise } from './split/index.js'
