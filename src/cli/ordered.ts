/**
 * Runs `work` over the inputs with at most `concurrency` tasks in flight and yields
 * the results in input order. Why bounded: a batch of thousands of files must not
 * hold thousands of parsed documents; a result waits only for the ones before it.
 */
export async function* mapOrdered<T, R>(inputs: readonly T[], concurrency: number, work: (input: T, index: number) => Promise<R>): AsyncGenerator<R> {
  const pending = new Map<number, Promise<R>>()
  let next = 0
  const fill = (): void => {
    while (next < inputs.length && pending.size < Math.max(1, concurrency)) {
      pending.set(next, work(inputs[next]!, next))
      next++
    }
  }
  for (let i = 0; i < inputs.length; i++) {
    fill()
    const result = await pending.get(i)!
    pending.delete(i)
    yield result
  }
}
