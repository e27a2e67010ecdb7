import { MAX_DEPTH, MAX_JSON_VALUES, withinBudget } from '../budget.js'

/**
 * Checks a JSON text's nesting depth and size against the budget before it is
 * parsed, in one pass without recursion (strings skipped). Why before: the parse and
 * the walks after it should never meet JSON deeper than the budget, so a hostile
 * file ends the same way in process and on the pool, whatever each thread's stack.
 */
export function checkJsonBudget(text: string): void {
  let depth = 0
  let values = 1
  for (let i = 0; i < text.length; i++) {
    const ch = text.charCodeAt(i)
    if (ch === 0x22) {
      // A string: to its closing quote, escapes skipped.
      for (i++; i < text.length && text.charCodeAt(i) !== 0x22; i++) if (text.charCodeAt(i) === 0x5c) i++
    } else if (ch === 0x5b || ch === 0x7b) {
      withinBudget('depth', ++depth, MAX_DEPTH)
    } else if (ch === 0x5d || ch === 0x7d) {
      depth--
    } else if (ch === 0x2c) {
      withinBudget('json-values', ++values, MAX_JSON_VALUES)
    }
  }
}
