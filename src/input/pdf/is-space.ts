/**
 * Whether a UTF-16 code unit is one that `\s` matches (every such character is one unit).
 * Why not the regex: the PDF reader asks per glyph and per run, where a regex call costs
 * more than the rest of the loop.
 */
export const isSpace = (code: number): boolean =>
  code === 0x20 || (code >= 0x09 && code <= 0x0d) || code === 0xa0 || code === 0x1680 || (code >= 0x2000 && code <= 0x200a) ||
  code === 0x2028 || code === 0x2029 || code === 0x202f || code === 0x205f || code === 0x3000 || code === 0xfeff
