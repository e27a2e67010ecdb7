import type { List, ListItem, Parents } from 'mdast'
import { defaultHandlers, type Handler } from 'mdast-util-to-hast'

/** Whether a list is loose (its items' paragraphs stay paragraphs), worked out once per list. */
const looseLists = new WeakMap<List, boolean>()

/** CommonMark's rule as mdast-util-to-hast applies it: the list is spread, or any of its items is. */
function isLoose(list: List): boolean {
  let loose = looseLists.get(list)
  if (loose === undefined) {
    loose = Boolean(list.spread) || list.children.some((item) => (item.spread ?? item.children.length > 1) === true)
    looseLists.set(list, loose)
  }
  return loose
}

/**
 * mdast-util-to-hast's list item handler, given its list's looseness instead of the
 * list. Why: the default handler scans the whole list for every item, so a tight
 * list of n items took time growing with n² (a 10,000-line list, seconds); the
 * stand-in list says the same in one step.
 */
export const listItem: Handler = (state, node: ListItem, parent: Parents | undefined) => {
  if (parent?.type !== 'list') return defaultHandlers.listItem(state, node, parent)
  const standIn: List = { type: 'list', spread: isLoose(parent), children: [] }
  return defaultHandlers.listItem(state, node, standIn)
}
