import { it } from 'vitest'
import { writeFileSync } from 'node:fs'
import { duckdbSql } from '../src/schema/sql.js'
it('x', async () => {
  const sql = duckdbSql(['ndjson', 'csv', 'document'])
  writeFileSync('/tmp/scr/load.sql', sql)
  const { DuckDBInstance } = await import('@duckdb/node-api')
  const c = await (await DuckDBInstance.create(':memory:')).connect()
  await c.run(sql)
  for (const q of [
    "DESCRIBE SELECT * FROM referat_items('/tmp/scr/i.ndjson')",
    "SELECT count(*)::INTEGER n, sum(decision.votes.\"for\".count)::INTEGER s, any_value(meetingDate)::VARCHAR d FROM referat_items('/tmp/scr/i.ndjson')",
    "SELECT count(*)::INTEGER n, sum(votes_for)::INTEGER s, any_value(meeting_date)::VARCHAR d, any_value(number) FROM referat_items_csv('/tmp/scr/i.csv')",
    "SELECT count(*)::INTEGER n, sum(len(items))::INTEGER FROM referat_documents('/tmp/scr/d.ndjson')",
  ]) {
    try { console.log(q, JSON.stringify((await c.runAndReadAll(q)).getRowObjectsJson()).slice(0, 1500)) } catch (e) { console.log(q, String(e)) }
  }
})
