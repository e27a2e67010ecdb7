import { spawnSync } from 'node:child_process'
import { copyFileSync, mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import JSZip from 'jszip'
import { beforeAll, describe, expect, it } from 'vitest'
import { main } from '../src/cli/main.js'
import { fakeIo } from './fake-io.js'
import { ROOT, seedFixtures } from './helpers.js'

/** The README's "Loading the output" section: its code blocks are what these tests run. */
const SECTION = (() => {
  const readme = readFileSync(join(ROOT, 'README.md'), 'utf8')
  const start = readme.indexOf('\n## Loading the output\n')
  return readme.slice(start, readme.indexOf('\n## ', start + 1))
})()
const blocks = (language: string): string[] => [...SECTION.matchAll(new RegExp(`\`\`\`${language}\\n([\\s\\S]*?)\`\`\``, 'g'))].map((match) => match[1]!)

/** A python3 that has the given modules (the system one has Debian's python3-openpyxl and python3-pandas), or none. */
function pythonWith(...modules: string[]): string | undefined {
  for (const candidate of ['python3', '/usr/bin/python3']) {
    const probe = spawnSync(candidate, ['-c', modules.map((m) => `import ${m}`).join('; ') || 'pass'])
    if (probe.status === 0) return candidate
  }
  return undefined
}
const python = pythonWith()
const pandas = pythonWith('pandas', 'openpyxl')
const openpyxl = pythonWith('openpyxl')
for (const [name, found] of [['python3', python], ['python3 with pandas and openpyxl', pandas], ['python3 with openpyxl', openpyxl]] as const) {
  if (!found) console.warn(`readme-loading: no ${name} (apt-get install python3-openpyxl python3-pandas): its tests are skipped`)
}

/** `referat parse 'minutes/*.txt' --format csv > items.csv` → arguments and the redirect. */
function commandOf(line: string): { args: string[]; into?: string } {
  const [command, into] = line.split(/\s+>\s+/)
  const args = [...command!.matchAll(/'([^']*)'|(\S+)/g)].map((match) => match[1] ?? match[2]!)
  expect(args.shift()).toBe('referat')
  return { args, into: into?.trim() }
}

const ITEMS = 51 + 4 // the five seeds' 51 items and the votes fixture's 4
let work: string

beforeAll(async () => {
  work = mkdtempSync(join(tmpdir(), 'referat-loading-'))
  mkdirSync(join(work, 'minutes'))
  for (const file of [...seedFixtures(), 'fixtures/outputs/byraad-votes.txt']) copyFileSync(join(ROOT, file), join(work, 'minutes', file.split('/').pop()!))
  const [commands] = blocks('sh')
  for (const line of commands!.trim().split('\n')) {
    const { args, into } = commandOf(line)
    const io = fakeIo({ cwd: work })
    expect(await main(args, io), line).toBe(0)
    if (into) writeFileSync(join(work, into), io.bytes())
  }
})

function runPython(interpreter: string, code: string): string {
  const result = spawnSync(interpreter, ['-c', code], { cwd: work, encoding: 'utf8' })
  expect(result.stderr).not.toMatch(/Error|Traceback/)
  expect(result.status).toBe(0)
  return result.stdout
}

describe('README: loading the output', () => {
  it.skipIf(!python)("Python's json and csv modules read every format: item counts, types, æøå", () => {
    const [code] = blocks('python')
    expect(runPython(python!, code!)).toBe(`6 ${ITEMS} ${ITEMS}\n`)
    const checks = `${code}
assert all(isinstance(item['number'], str) and isinstance(item['ordinal'], int) for item in items)
assert [row['id'] for row in rows] == [item['id'] for item in items] == [item['id'] for doc in documents for item in doc['items']]
votes = [row for row in rows if row['votes_for']]
assert votes and int(votes[0]['votes_for']) == 25 and votes[0]['votes_for_parties'] == 'A, V, F'
assert any(row['meeting_body'] == 'BYRÅDET' for row in rows) and any(item['meetingBody'] == 'BYRÅDET' for item in items)
print('ok')`
    expect(runPython(python!, checks)).toMatch(/ok\n$/)
  })

  it.skipIf(!pandas)('pandas reads CSV, NDJSON and the workbook with text item numbers, dates and numeric votes', () => {
    const [, code] = blocks('python')
    const checks = `${code}
import pandas.api.types as t
assert len(items) == len(lines) == len(sheets['items']) == ${ITEMS}
assert t.is_string_dtype(items['number']) and '1.1' in set(items['number'])
assert t.is_datetime64_any_dtype(items['meeting_date']) and t.is_datetime64_any_dtype(lines['meetingDate'])
assert t.is_numeric_dtype(items['votes_for']) and items['votes_for'].sum() == 25
assert '1.1' in set(lines['number']) and '1.1' in set(sheets['items']['number'])
assert t.is_datetime64_any_dtype(sheets['items']['meeting_date'])
assert 'BYRÅDET' in set(items['meeting_body'])
print('ok')`
    expect(runPython(pandas!, checks)).toMatch(/ok\n$/)
  })

  it('DuckDB loads NDJSON, CSV and documents typed with the schema --sql macros, and the README queries run', async () => {
    const { DuckDBInstance } = await import('@duckdb/node-api')
    const connection = await (await DuckDBInstance.create(':memory:')).connect()
    try {
      await connection.run(`SET file_search_path = '${work.replaceAll("'", "''")}'`)
      await connection.run(readFileSync(join(work, 'referat.sql'), 'utf8'))
      const statements = blocks('sql')[0]!.split(/;\s*\n/).map((s) => s.trim()).filter(Boolean)
      const results = []
      for (const statement of statements) results.push((await connection.runAndReadAll(statement)).getRowObjectsJson())
      expect(results[0]!.reduce((sum, row) => sum + Number(row.items), 0)).toBe(ITEMS)
      expect(results[0]!.find((row) => row.meeting_body === 'BYRÅDET')).toMatchObject({ votes_for: '25', votes_against: '2' })
      expect(results[2]).toHaveLength(6)
      const types = async (sql: string): Promise<Record<string, string>> =>
        Object.fromEntries((await connection.runAndReadAll(`DESCRIBE ${sql}`)).getRowObjectsJson().map((row) => [String(row.column_name), String(row.column_type)]))
      const csv = await types("SELECT * FROM referat_items_csv('items.csv')")
      expect(csv).toMatchObject({ number: 'VARCHAR', case_number: 'VARCHAR', meeting_date: 'DATE', votes_for: 'BIGINT', votes_abstain_names: 'VARCHAR', closed: 'BOOLEAN', source_id: 'VARCHAR' })
      expect(Object.values(csv)).not.toContain('JSON')
      const ndjson = await types("SELECT * FROM referat_items('items.ndjson')")
      expect(ndjson).toMatchObject({ number: 'VARCHAR', meetingDate: 'DATE', sourceId: 'VARCHAR', ordinal: 'BIGINT' })
      expect(JSON.stringify(ndjson)).not.toMatch(/JSON/)
      const documents = await types("SELECT * FROM referat_documents('documents.ndjson')")
      expect(JSON.stringify(documents)).not.toMatch(/JSON/)
      const [row] = (await connection.runAndReadAll("SELECT sum(decision.votes.\"for\".count)::INTEGER AS n, count(*)::INTEGER AS items FROM referat_items('items.ndjson')")).getRowObjects()
      expect(row).toEqual({ n: 25, items: ITEMS })
    } finally {
      connection.closeSync()
    }
  })
})

describe('the workbook with a second reader', () => {
  it.skipIf(!openpyxl)('openpyxl: sheets, item count, text numbers, real dates, numeric counts, frozen header, filter, æøå', () => {
    const code = `
import openpyxl, datetime
wb = openpyxl.load_workbook('items.xlsx')
assert wb.sheetnames == ['items', 'votes', 'dissent', 'participants', 'attachments', 'documents'], wb.sheetnames
ws = wb['items']
header = [c.value for c in ws[1]]
rows = [dict(zip(header, [c.value for c in row])) for row in ws.iter_rows(min_row=2)]
assert len(rows) == ${ITEMS}, len(rows)
assert ws.freeze_panes == 'A2' and ws.auto_filter.ref.startswith('A1:')
assert all(isinstance(r['number'], str) for r in rows) and '1.1' in {r['number'] for r in rows}
assert all(isinstance(r['meeting_date'], datetime.datetime) for r in rows if r['meeting_date'] is not None)
assert any(r['meeting_body'] == 'BYRÅDET' for r in rows)
votes = [[c.value for c in row] for row in wb['votes'].iter_rows(min_row=2)]
assert ['for', 25] in [v[2:4] for v in votes] and all(isinstance(v[3], int) for v in votes if v[3] is not None)
print('ok')`
    expect(runPython(openpyxl!, code)).toBe('ok\n')
  })

  it('the raw XML: frozen pane, autofilter, numbers stored as text, UTF-8 æøå, no formula cells', async () => {
    const zip = await JSZip.loadAsync(readFileSync(join(work, 'items.xlsx')))
    const sheet = await zip.file('xl/worksheets/sheet1.xml')!.async('string')
    const strings = await zip.file('xl/sharedStrings.xml')!.async('string')
    expect(sheet).toMatch(/<pane [^>]*ySplit="1"[^>]*state="frozen"/)
    expect(sheet).toMatch(/<autoFilter ref="A1:[A-Z]+1"/)
    expect(sheet).not.toMatch(/<f>/)
    expect(strings).toContain('BYRÅDET')
    expect(strings).toContain('<t>1.1</t>')
    // Column D (number): a shared string, never a number cell.
    for (const cell of sheet.matchAll(/<c r="D(\d+)"[^>]*>/g)) if (cell[1] !== '1') expect(cell[0]).toMatch(/t="s"/)
  })
})
