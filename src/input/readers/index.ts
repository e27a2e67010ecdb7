/**
 * The reader table, tried in order; the first whose sniff accepts the content reads
 * it. A new input format is one module in this folder and one line here: put
 * specific formats (an export's JSON root) before general ones (JSON, HTML, text).
 */
import { probeOf } from '../probe.js'
import type { Probe, Reader } from '../types.js'
import { acadreXmlReader } from './acadre-xml.js'
import { docxReader } from './docx.js'
import { exportJsonReader } from './export-json.js'
import { exportXmlReader } from './export-xml.js'
import { firstAgendaJsonReader } from './firstagenda-json.js'
import { htmlReader } from './html.js'
import { markdownReader } from './markdown.js'
import { pdfReader } from './pdf.js'
import { sbsysXmlReader } from './sbsys-xml.js'
import { textReader } from './text.js'

export const READERS: readonly Reader[] = [
  pdfReader,
  docxReader,
  firstAgendaJsonReader,
  sbsysXmlReader,
  acadreXmlReader,
  // Exports without a reader of their own: after the dedicated ones, before markup and text.
  exportJsonReader,
  exportXmlReader,
  markdownReader,
  htmlReader,
  textReader
]

/** The reader for some content (the text reader takes what nothing else claims). */
export function readerFor(probe: Probe | Uint8Array): Reader {
  const p = probe instanceof Uint8Array ? probeOf(probe) : probe
  return READERS.find((reader) => reader.sniff(p)) ?? textReader
}
