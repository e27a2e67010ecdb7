import { positionOf, type LineIndex } from '../tree/position.js'
import { type SectionNode, type TextNode } from '../tree/types.js'

/** A text node over lines first…last (0-based), starting at `column`. */
export function textNode(index: LineIndex, first: number, last: number, value: string, column = 1): TextNode {
  return { type: 'text', value, position: positionOf(index, first, last, column) }
}

/** Collects consecutive non-blank lines into one text node per paragraph. */
export class Paragraphs {
  private lines: string[] = []
  private first = 0
  private last = 0
  private column = 1
  constructor(private readonly index: LineIndex) {}

  /** The last line added, while a paragraph is open or was just flushed. */
  lastLine = ''

  add(i: number, text: string, column: number): void {
    this.lastLine = text
    if (this.lines.length === 0) {
      this.first = i
      this.column = column
    }
    this.lines.push(text)
    this.last = i
  }

  isOpen(): boolean {
    return this.lines.length > 0
  }

  flushInto(target: { children: Array<SectionNode | TextNode> } | SectionNode): void {
    if (this.lines.length === 0) return
    const node = textNode(this.index, this.first, this.last, this.lines.join('\n'), this.column)
    ;(target.children as TextNode[]).push(node)
    this.lines = []
  }
}
