/**
 * Appends every item of `items` to `target`, in a loop. Why not `push(...items)`:
 * spreading passes each item as an argument on the stack, and a list of some
 * hundred thousand lines or blocks overflows it.
 */
export function appendAll<T>(target: T[], items: Iterable<T>): T[] {
  for (const item of items) target.push(item)
  return target
}
