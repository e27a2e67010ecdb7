import { spawnSync } from 'node:child_process'
import { existsSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { parse as parseCsv } from 'csv-parse/sync'
import ExcelJS from 'exceljs'
import JSZip from 'jszip'
import { z } from 'zod'
import { beforeAll, describe, expect, it } from 'vitest'
import { main } from '../src/cli/main.js'
import { CSV_COLUMNS, FORMATS } from '../src/emit/index.js'
import { Referat } from '../src/schema/document.js'
import { CsvRow, ItemRow } from '../src/schema/row-schemas.js'
import { fakeIo } from './fake-io.js'
import { ROOT, textFixtures } from './helpers.js'

/** A small minutes file of our own: a vote with counts and parties, dissent, æøå, a formula-like attachment. */
const FIXTURE = 'fixtures/outputs/byraad-votes.txt'
const GOLDEN = join(ROOT, 'fixtures', 'outputs')
const UPDATE = process.env.UPDATE === '1'

async function run(args: string[], tty = false): Promise<{ exitCode: number; stdout: string; bytes: Buffer; stderr: string }> {
  const io = fakeIo({ cwd: ROOT, tty })
  const exitCode = await main(args, io)
  return { exitCode, stdout: io.out(), bytes: io.bytes(), stderr: io.err() }
}

async function output(format: string, inputs: string[] = [FIXTURE]): Promise<string> {
  const result = await run(['parse', ...inputs, '--format', format])
  expect(result.stderr).toBe('')
  expect(result.exitCode).toBe(0)
  return result.stdout
}

/** Compares with the reviewed golden file; UPDATE=1 rewrites it. A missing golden fails. */
function golden(name: string, actual: string): void {
  const path = join(GOLDEN, name)
  if (UPDATE) writeFileSync(path, actual)
  expect(actual).toBe(readFileSync(path, 'utf8'))
}

/** A workbook as plain data: each sheet's rows, each cell's value and its type as exceljs reads it. */
async function workbookData(bytes: Buffer): Promise<Record<string, unknown[][]>> {
  const workbook = new ExcelJS.Workbook()
  await workbook.xlsx.load(bytes as unknown as ArrayBuffer)
  const sheets: Record<string, unknown[][]> = {}
  workbook.eachSheet((sheet) => {
    const rows: unknown[][] = []
    sheet.eachRow({ includeEmpty: true }, (row) => {
      rows.push(Array.from({ length: sheet.columnCount }, (_, i) => {
        const value = row.getCell(i + 1).value
        return value instanceof Date ? { date: value.toISOString().slice(0, 10) } : value
      }))
    })
    sheets[sheet.name] = rows
  })
  return sheets
}

const meetingKeys = ['documentId', 'file', 'sourceFormat', 'meetingTitle', 'meetingBody', 'meetingDate', 'meetingStart', 'meetingEnd', 'meetingLocation']

describe('every format: golden output with the version 2 fields', () => {
  it('offers json, ndjson, ndjson-documents, csv, xlsx and the review page', () => {
    expect(FORMATS).toEqual(['json', 'ndjson', 'ndjson-documents', 'csv', 'xlsx', 'html'])
  })

  it('ndjson: one line per item, id and ordinal first, then the meeting, all camelCase', async () => {
    const text = await output('ndjson')
    golden('byraad-votes.ndjson', text)
    const lines = text.trim().split('\n').map((line) => JSON.parse(line) as Record<string, unknown>)
    expect(lines).toHaveLength(4)
    for (const [i, line] of lines.entries()) {
      expect(Object.keys(line).slice(0, 2 + meetingKeys.length)).toEqual(['id', 'ordinal', ...meetingKeys])
      expect(line).toMatchObject({ ordinal: i + 1, meetingBody: 'BYRÅDET', meetingDate: '2024-03-13', meetingStart: '17:00', meetingLocation: 'Byrådssalen, Rådhuset, Ærø', sourceFormat: 'text' })
      // One naming convention: no snake_case key at any depth.
      expect(JSON.stringify(Object.keys(line))).not.toMatch(/_/)
      ItemRow.parse(line)
    }
    expect(Object.keys(lines[0]!)).toEqual(Object.keys(z.toJSONSchema(ItemRow).properties!))
  })

  it('ndjson-documents: one whole document per line', async () => {
    const text = await output('ndjson-documents')
    golden('byraad-votes.documents.ndjson', text)
    expect(text.trim().split('\n')).toHaveLength(1)
    expect(Referat.parse(JSON.parse(text)).items).toHaveLength(4)
  })

  it('csv: snake_case columns from the row schema, vote counts as numbers, parties and names apart, text and sections', async () => {
    const text = await output('csv')
    golden('byraad-votes.csv', text)
    const rows = parseCsv(text, { columns: true }) as Array<Record<string, string>>
    expect(rows).toHaveLength(4)
    expect(Object.keys(rows[0]!)).toEqual(Object.keys(z.toJSONSchema(CsvRow).properties!))
    for (const column of CSV_COLUMNS) expect(column).toMatch(/^[a-z]+(?:_[a-z]+)*$/)
    for (const column of ['id', 'ordinal', 'document_id', 'file', 'source_format', 'meeting_title', 'meeting_body', 'meeting_date', 'meeting_start', 'meeting_location', 'text', 'sections']) expect(CSV_COLUMNS).toContain(column)
    expect(rows[1]).toMatchObject({ number: '2', votes_for: '25', votes_for_parties: 'A, V, F', votes_against: '2', votes_against_parties: 'C', votes_abstain: '0', unanimous: 'false' })
    expect(rows[1]!.sections).toMatch(/^RESUMÉ\nSagen handler om/)
    // Formula-like text is neutralised, as before.
    expect(rows[2]!.attachments).toBe(`'=HYPERLINK("http://x")`)
  })

  it('json: one input gives one document; several give one array', async () => {
    const one = await output('json')
    golden('byraad-votes.json', one)
    expect(Array.isArray(JSON.parse(one))).toBe(false)
    const inputs = [FIXTURE, 'fixtures/kkr-syddanmark-2023-11-21.txt']
    const many = JSON.parse(await output('json', inputs)) as unknown[]
    expect(many).toHaveLength(2)
    expect(many.map((doc) => Referat.parse(doc).source.file)).toEqual(inputs)
  })

  it('json: several inputs with a bad one are still one array (of the good ones)', async () => {
    const result = await run(['parse', FIXTURE, 'fixtures/outputs/missing.txt', '--format', 'json'])
    expect(result.exitCode).toBe(2)
    expect((JSON.parse(result.stdout) as unknown[]).length).toBe(1)
  })

  it('xlsx: the sheets as exceljs reads them back', async () => {
    const result = await run(['parse', FIXTURE, '--format', 'xlsx'])
    expect(result.exitCode).toBe(0)
    golden('byraad-votes.xlsx.json', `${JSON.stringify(await workbookData(result.bytes), null, 1)}\n`)
  })
})

describe('ids', () => {
  it('are the same on every run and in every format', async () => {
    const json = Referat.parse(JSON.parse(await output('json')))
    const ids = json.items.map((item) => item.id)
    expect(ids).toEqual(['1', '2', '3', '4'].map((n) => `${json.id}-${n}`))
    expect(json.id).toBe(json.source.sha256!.slice(0, 16))
    expect(Referat.parse(JSON.parse(await output('json'))).items.map((item) => item.id)).toEqual(ids)
    expect((await output('ndjson')).trim().split('\n').map((line) => JSON.parse(line).id)).toEqual(ids)
    expect(JSON.parse(await output('ndjson-documents')).items.map((item: { id: string }) => item.id)).toEqual(ids)
    expect((parseCsv(await output('csv'), { columns: true }) as Array<Record<string, string>>).map((row) => row.id)).toEqual(ids)
    const sheets = await workbookData((await run(['parse', FIXTURE, '--format', 'xlsx'])).bytes)
    const header = sheets.items![0]!
    expect(sheets.items!.slice(1).map((row) => row[header.indexOf('id')])).toEqual(ids)
  })

  const bin = join(ROOT, 'bin', 'referat.js')
  it.skipIf(!existsSync(join(ROOT, 'dist', 'bundle', 'task.js')))('are the same from the worker pool and in process (built CLI, 18 inputs)', () => {
    const inputs = [...textFixtures(), FIXTURE]
    expect(inputs.length).toBeGreaterThanOrEqual(16)
    const runWith = (workers: string, format: string): string => {
      const result = spawnSync(process.execPath, [bin, 'parse', ...inputs, '--format', format], { cwd: ROOT, encoding: 'utf8', env: { ...process.env, REFERAT_WORKERS: workers } })
      expect(result.status).toBe(0)
      return result.stdout
    }
    const pooled = runWith('2', 'ndjson')
    expect(pooled).toBe(runWith('1', 'ndjson'))
    const ids = pooled.trim().split('\n').map((line) => JSON.parse(line).id as string)
    expect(new Set(ids).size).toBe(ids.length)
    const documents = JSON.parse(runWith('2', 'json')) as Referat[]
    expect(documents.flatMap((doc) => doc.items.map((item) => item.id))).toEqual(ids)
  })
})

describe('xlsx as a binary format', () => {
  it('is refused on a terminal, with a line that says what to do', async () => {
    const result = await run(['parse', FIXTURE, '--format', 'xlsx'], true)
    expect(result.exitCode).toBe(2)
    expect(result.stdout).toBe('')
    expect(result.stderr).toMatch(/^referat: .*binary.*-o FILE\.xlsx.*\n$/)
  })

  it('--out writes one workbook per input; a stream of several inputs is one workbook with all rows', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'referat-xlsx-'))
    const inputs = [FIXTURE, 'fixtures/kkr-syddanmark-2023-11-21.txt']
    expect((await run(['parse', ...inputs, '--format', 'xlsx', '--out', dir])).exitCode).toBe(0)
    const own = await workbookData(readFileSync(join(dir, 'fixtures', 'outputs', 'byraad-votes.xlsx')))
    expect(own.items).toHaveLength(1 + 4)
    const both = await workbookData((await run(['parse', ...inputs, '--format', 'xlsx'])).bytes)
    expect(both.items).toHaveLength(1 + 4 + 13)
    expect(both.documents).toHaveLength(1 + 2)
  })
})

describe('referat schema', () => {
  /** Every property at every depth, with its path, from a JSON Schema. */
  function properties(schema: Record<string, unknown>, path = ''): Array<[string, Record<string, unknown>]> {
    const found: Array<[string, Record<string, unknown>]> = []
    const visit = (node: unknown, at: string): void => {
      if (node === null || typeof node !== 'object') return
      const record = node as Record<string, unknown>
      for (const [name, child] of Object.entries((record.properties ?? {}) as Record<string, Record<string, unknown>>)) {
        found.push([`${at}.${name}`, child])
        visit(child, `${at}.${name}`)
      }
      for (const key of ['items', 'anyOf']) {
        const inner = record[key]
        for (const child of Array.isArray(inner) ? inner : [inner]) visit(child, at)
      }
    }
    visit(schema, path)
    return found
  }

  it.each([[[]], [['--row', 'ndjson']], [['--row', 'csv']], [['--row', 'document']]])('%j: a title, and a description on every field', async (args) => {
    const result = await run(['schema', ...args])
    expect(result.exitCode).toBe(0)
    const schema = JSON.parse(result.stdout) as Record<string, unknown>
    expect(schema.title).toMatch(/^referat /)
    const fields = properties(schema)
    expect(fields.length).toBeGreaterThan(20)
    expect(fields.filter(([, field]) => typeof field.description !== 'string').map(([path]) => path)).toEqual([])
  })

  it('--sql duckdb: one macro per row, typed from the schema (no JSON columns)', async () => {
    const result = await run(['schema', '--sql', 'duckdb'])
    expect(result.exitCode).toBe(0)
    expect(result.stdout.match(/CREATE OR REPLACE MACRO (\w+)/g)).toEqual(['referat_items', 'referat_items_csv', 'referat_documents'].map((name) => `CREATE OR REPLACE MACRO ${name}`))
    expect(result.stdout).not.toMatch(/'JSON'|\bJSON\b[,)]/)
    expect(result.stdout).toContain("'votes_for': 'BIGINT'")
    expect((await run(['schema', '--sql', 'duckdb', '--row', 'csv'])).stdout.match(/CREATE/g)).toHaveLength(1)
  })

  it('a row or dialect it does not know is a usage error', async () => {
    expect((await run(['schema', '--row', 'xml'])).exitCode).toBe(2)
    expect((await run(['schema', '--sql', 'sqlite'])).exitCode).toBe(2)
  })
})

describe('the workbook from a document', () => {
  it('makes web links clickable and no other kind; cuts a cell at Excel\'s 32,767 characters; neutralises formulas unless told not to', async () => {
    const { toXlsx } = await import('../src/emit/index.js')
    const doc = Referat.parse(JSON.parse(await output('json')))
    const item = doc.items[1]!
    const edited: Referat = {
      ...doc,
      items: [{
        ...item,
        text: 'x'.repeat(40_000),
        attachments: [
          { title: 'Tegning', url: 'https://example.org/bilag/7.pdf', sourceId: '7' },
          { title: '=HYPERLINK("http://x")', url: 'javascript:alert(1)', sourceId: null }
        ]
      }]
    }
    const read = async (bytes: Uint8Array): Promise<Record<string, unknown[][]>> => workbookData(Buffer.from(bytes))
    const sheets = await read(await toXlsx([edited]))
    const [header, row] = sheets.items!
    expect((row![header!.indexOf('text')] as string)).toHaveLength(32_767)
    expect(sheets.attachments!.slice(1).map((cells) => cells[2])).toEqual([
      { text: 'Tegning', hyperlink: 'https://example.org/bilag/7.pdf' },
      `'=HYPERLINK("http://x")`
    ])
    const unsafe = await read(await toXlsx([edited], { csvSafe: false }))
    expect(unsafe.attachments![2]![2]).toBe('=HYPERLINK("http://x")')
    expect(unsafe.votes!.slice(1).map((cells) => cells.slice(2, 4))).toEqual([['for', 25], ['against', 2], ['abstain', 0]])
  })
})
