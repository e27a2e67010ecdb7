import { RULE_IDS } from '../schema/rule-ids.js'

/** Help text after the options: examples, exit codes and, for validate, the rule ids. */
const EXIT_CODES = `
Exit codes:
  0  fine
  1  validate found errors (with --strict, warnings too)
  2  usage error, or an input could not be read or its output not written`

export const PARSE_HELP = `
Examples:
  referat parse minutes.txt                         one JSON document on stdout
  referat parse minutes.pdf -o minutes.json         one input into one file
  referat parse 'minutes/**/*.txt' -o parsed/       parsed/minutes/x.json for each input
  referat parse 'minutes/*.txt' -f csv --bom > items.csv
  referat parse 'minutes/*.txt' -f ndjson | jq .title
  cat minutes.txt | referat parse -                 - reads standard input
  referat parse 'archive/**/*' -o parsed/ --keep-ext --skip-existing
                                                    x.pdf → parsed/archive/x.pdf.json; reruns go on where they stopped
  referat parse 'archive/**/*.pdf' --dot --verbose  hidden folders too; every failed file's line
${EXIT_CODES}
`

export const VALIDATE_HELP = `
Examples:
  referat validate 'minutes/**/*.txt'
  referat validate minutes.txt --strict --rule case-number-missing=off
  referat validate 'minutes/*.txt' --reporter github     annotations in GitHub Actions
  referat validate 'minutes/**/*.pdf' -r sarif > referat.sarif   for code scanning

Rule ids (for --rule):
${RULE_IDS.map((id) => `  ${id}`).join('\n')}
${EXIT_CODES}
`

export const ROOT_HELP = `
Examples:
  referat parse minutes.txt
  referat validate 'minutes/**/*.txt'
  referat schema > referat.schema.json
  referat <command> --help                          options and examples of a command
${EXIT_CODES}
`
