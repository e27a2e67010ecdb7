import { readdirSync, readFileSync } from 'node:fs'
import { dirname, join, relative, resolve } from 'node:path'
import { fileURLToPath } from 'node:url'
import { describe, expect, it } from 'vitest'

/**
 * The import graph of src/, read from the sources (static and dynamic imports of
 * relative paths), and its cycles: between files, and between the top-level
 * folders of src/ (the stages), where data must flow one way.
 */
const SRC = resolve(dirname(fileURLToPath(import.meta.url)), '../src')
const IMPORT = /(?:import|export)\s[^'"]*?from\s+['"](\.{1,2}\/[^'"]+)['"]|import\(\s*['"](\.{1,2}\/[^'"]+)['"]\s*\)/g

function sources(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) =>
    entry.isDirectory() ? sources(join(dir, entry.name)) : entry.name.endsWith('.ts') ? [join(dir, entry.name)] : [])
}

function importGraph(): Map<string, string[]> {
  const graph = new Map<string, string[]>()
  for (const file of sources(SRC)) {
    const text = readFileSync(file, 'utf8')
    // Type-only imports vanish at run time but still tie the stages together: they count.
    const targets = [...text.matchAll(IMPORT)].map((m) => resolve(dirname(file), (m[1] ?? m[2])!).replace(/\.js$/, '.ts'))
    graph.set(relative(SRC, file), targets.map((target) => relative(SRC, target)))
  }
  return graph
}

/** Strongly connected components with more than one member (Tarjan). */
function cycles(graph: ReadonlyMap<string, readonly string[]>): string[][] {
  let counter = 0
  const index = new Map<string, number>()
  const low = new Map<string, number>()
  const stack: string[] = []
  const onStack = new Set<string>()
  const found: string[][] = []
  const visit = (node: string): void => {
    index.set(node, counter)
    low.set(node, counter++)
    stack.push(node)
    onStack.add(node)
    for (const next of graph.get(node) ?? []) {
      if (!index.has(next)) {
        visit(next)
        low.set(node, Math.min(low.get(node)!, low.get(next)!))
      } else if (onStack.has(next)) low.set(node, Math.min(low.get(node)!, index.get(next)!))
    }
    if (low.get(node) === index.get(node)) {
      const component: string[] = []
      let member: string
      do {
        member = stack.pop()!
        onStack.delete(member)
        component.push(member)
      } while (member !== node)
      if (component.length > 1) found.push(component.sort())
    }
  }
  for (const node of graph.keys()) if (!index.has(node)) visit(node)
  return found
}

const folderOf = (file: string): string => (file.includes('/') ? file.split('/')[0]! : '(root)')

describe('architecture', () => {
  const graph = importGraph()

  it('reads a graph that has edges (the reader of imports works)', () => {
    expect(graph.get('processor.ts')).toContain('split/index.ts')
    expect(cycles(new Map([['a', ['b']], ['b', ['a']], ['c', ['a']]]))).toEqual([['a', 'b']])
  })

  it('has no import cycles between files', () => {
    expect(cycles(graph)).toEqual([])
  })

  it('has no cycles between the top-level folders of src/', () => {
    const folders = new Map<string, string[]>()
    for (const [file, targets] of graph) {
      const from = folderOf(file)
      const edges = folders.get(from) ?? []
      for (const target of targets) if (folderOf(target) !== from && !edges.includes(folderOf(target))) edges.push(folderOf(target))
      folders.set(from, edges)
    }
    expect(cycles(folders)).toEqual([])
  })
})
