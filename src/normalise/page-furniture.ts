/**
 * Blanks page furniture: "Side 3 af 19", "- 3 -", and table rules ("-----\t---").
 * Why blank rather than delete: normalised line N must stay source line N.
 */
const FURNITURE = [
  /^\s*side\s+\d{1,4}(\s*(af|\/)\s*\d{1,4})?\s*$/i,
  /^\s*-\s*\d{1,4}\s*-\s*$/,
  /^\s*\d{1,4}\s*\/\s*\d{1,4}\s*$/,
  /^[\s\-=_|+:]*[-=_]{3,}[\s\-=_|+:]*$/
]

export function isPageFurniture(line: string): boolean {
  return FURNITURE.some((pattern) => pattern.test(line))
}
