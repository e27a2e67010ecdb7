/**
 * One pattern that matches where any of a table's patterns does: a text it does not
 * match holds none of them, found in one scan instead of one per pattern. Its first
 * match is the earliest start of any of them. Each pattern is wrapped in a group, so
 * their alternatives and anchors stay their own.
 */
export function anyPattern(table: ReadonlyArray<readonly [unknown, RegExp]>, flags: string): RegExp {
  return new RegExp(table.map(([, pattern]) => `(?:${pattern.source})`).join('|'), flags)
}
