import type { LineFeatures } from '../tree/line-features.js'

/**
 * A line's features in a few short words, for `referat debug lines`:
 * `h2`, `bold`, `size=1.4`, `list=1:"a)"`, `cell=2:1`, `indent=4`, `page=3`.
 */
export function describeFeatures(features: LineFeatures | undefined): string {
  if (!features) return ''
  const words: string[] = []
  if (features.page !== undefined) words.push(`page=${features.page}`)
  if (features.headingRank !== undefined) words.push(`h${features.headingRank}`)
  if (features.bold) words.push('bold')
  if (features.size !== undefined) words.push(`size=${Math.round(features.size * 100) / 100}`)
  if (features.list) words.push(`list=${features.list.depth}:${JSON.stringify(features.list.label)}`)
  if (features.cell) words.push(`cell=${features.cell.row}:${features.cell.column}`)
  if (features.indent !== undefined) words.push(`indent=${features.indent}`)
  return words.join(' ')
}
