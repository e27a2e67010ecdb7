/**
 * Line shapes that are not words: list bullets and bare links. Shared by the tree
 * builder (where a Bilag list ends) and the attachment extractor (what an entry is).
 */
export const BULLET = /^(?:[-•*–]\s*)+/u
export const BULLETED = /^\s*[-•*–]/u
export const URL_ONLY = /^<?https?:\/\/\S+>?$/u
/** A sub-point's label: "a)", "a )", "(b)", "b.", "iv." — a point inside an item, never its title's end. */
export const SUB_POINT = /^\(?(?:\p{Ll}|[ivx]{1,4}) ?[.)]\s/u
