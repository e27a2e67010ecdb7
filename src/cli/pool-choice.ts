/**
 * Where a batch runs, from what it holds and the cores: the pure rule behind `poolSize`.
 *
 * Measured side by side on 2 cores (interleaved runs, `REFERAT_WORKERS=1` against `2`,
 * stdout to a file): the pool took 0.25–0.30× the in-process time for 20 PDFs, where
 * in process each PDF starts an isolated reader thread and loads PDFium anew; but
 * 1.0–1.3× for 500 text files, 0.7–1.4× (median 1.07×) for 369 FirstAgenda JSON files
 * and 0.9–1.4× for 150 HTML pages, each with 60–90 MB more memory. On 2 cores the main
 * thread's share (reading, cloning results, writing) eats what a second thread gains for
 * anything parsed in process, so there only PDFs go to the pool, and the rest of a mixed
 * batch stays in process beside them.
 */
export interface BatchShape {
  /** Inputs of the batch. */
  readonly files: number
  /** Inputs whose reader runs isolated (PDF, by content). */
  readonly isolated: number
  /** Bytes of the other inputs (text, markup, Word, exports). */
  readonly otherBytes: number
}

export interface RunnerChoice {
  /** Worker threads (0: none, all in process). */
  readonly threads: number
  /** Which inputs go to the pool: every one, or only the isolated ones (the rest in process). */
  readonly pooled: 'all' | 'isolated'
}

/**
 * Three PDFs gain: a pool thread loads PDFium once and reads them side by side. Two do
 * not, since in process each PDF's fresh thread compiles PDFium for one document
 * (Liftoff only, cli/pool.ts) while a pool thread starts the whole pipeline: measured
 * side by side (12–16-page PDFs, 2 cores), two PDFs 384 ms pooled against 395 in
 * process (598 against 464 on a busier run), three 425 against 523.
 */
const MIN_ISOLATED = 3
/**
 * Text and the like gain from threads only with cores to spare for the main thread
 * (not measured here, where 2 cores never gained): this many cores, files and bytes,
 * the bytes about a second of parsing in process (300–550 ms per MB measured), against
 * the ~0.3 s a pool thread takes to start and load the pipeline.
 */
const MIN_CORES_FOR_TEXT = 4
const MIN_FILES_FOR_TEXT = 16
const MIN_BYTES_FOR_TEXT = 2_000_000

export const IN_PROCESS: RunnerChoice = { threads: 0, pooled: 'all' }

export function runnerChoice(shape: BatchShape, cores: number): RunnerChoice {
  const textGains = cores >= MIN_CORES_FOR_TEXT && shape.files - shape.isolated >= MIN_FILES_FOR_TEXT && shape.otherBytes >= MIN_BYTES_FOR_TEXT
  if (textGains) return { threads: Math.min(cores, shape.files), pooled: 'all' }
  if (cores >= 2 && shape.isolated >= MIN_ISOLATED) {
    return { threads: Math.min(cores, shape.isolated), pooled: shape.isolated === shape.files ? 'all' : 'isolated' }
  }
  return IN_PROCESS
}
