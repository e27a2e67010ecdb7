import { unified, type Plugin } from 'unified'
import { toDocument } from './compile/to-document.js'
import { extract } from './extract/index.js'
import { itemsOf } from './tree/queries.js'
import { runRules, type RuleId, type RuleSetting } from './rules/index.js'
import type { Referat } from './schema/document.js'
import { fromText } from './split/index.js'
import type { RootNode } from './tree/types.js'

declare module 'unified' {
  interface CompileResultMap {
    Referat: Referat
  }
}

export interface RuleOptions {
  /** Per-rule severity overrides, as `--rule id=off|warn|error` gives them. */
  readonly rules?: Partial<Record<RuleId, RuleSetting>>
}

/**
 * The parser plugin: as thin as remark-parse. The reader decided the parser: a
 * structured export arrives as a ready tree, everything else as text to split.
 */
const referatParse: Plugin<[], string, RootNode> = function () {
  this.parser = (doc, file) => file.data.readTree ?? fromText(doc, file)
}

/** The extract transform: meeting, decisions, attachments onto node data. */
const referatExtract: Plugin<[], RootNode> = function () {
  return (tree, file): void => {
    extract(tree)
    file.data.itemSpans = itemsOf(tree).map((item) => ({
      number: item.number, start: item.position?.start.line ?? 0, end: item.position?.end.line ?? 0
    }))
  }
}

/** The rules transform: validation messages with their severities. */
const referatRules: Plugin<[RuleOptions?], RootNode> = function (options = {}) {
  return (tree, file): void => runRules(tree, file, options.rules)
}

/** The compiler plugin: tree to the contract's document. */
const referatCompile: Plugin<[], RootNode, Referat> = function () {
  this.compiler = (tree, file) => toDocument(tree as RootNode, file)
}

/** unified().use(parse).use(extract).use(rules).use(compile), frozen per options. */
export function createProcessor(options: RuleOptions = {}) {
  return unified().use(referatParse).use(referatExtract).use(referatRules, options).use(referatCompile).freeze()
}
