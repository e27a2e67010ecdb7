/**
 * What a rule is: one check over the tree and the facts readers and the splitter
 * recorded, reporting through `report`. The rule table (index.ts) gives each its id
 * and severity; a rule never sets them.
 */
import type { Node, Point, Position } from 'unist'
import type { VFile } from 'vfile'
import type { RootNode } from '../tree/types.js'

export interface Place {
  readonly place?: Point | Position | undefined
  readonly ancestors?: Node[]
}

export type Report = (reason: string, where?: Place) => void

export interface RuleContext {
  readonly tree: RootNode
  readonly file: VFile
}

export type Check = (context: RuleContext, report: Report) => void
