/**
 * The review page's only style sheet, inline (the page fetches nothing). A laptop
 * screen shows source and item side by side; print puts them one under the other.
 */
export const REVIEW_CSS = `
:root { --fg: #1b1b1b; --muted: #5f5f5f; --line: #e4e4e4; --item: #fff4cc; --section: #e6f0ff; --decision: #e3f6e3; --toc: #f1ecfa;
  --error: #b00020; --warning: #8a5a00; --info: #245a8f; font: 14px/1.45 system-ui, sans-serif; color: var(--fg); }
body { margin: 0 auto; max-width: 1400px; padding: 1rem 1.5rem 3rem; }
h1 { font-size: 1.4rem; margin: 0 0 .5rem; } h2 { font-size: 1.1rem; margin: 1.5rem 0 .5rem; } h3 { font-size: 1rem; margin: 0 0 .4rem; }
a { color: #1a4f9c; }
dl.fields { display: grid; grid-template-columns: max-content 1fr; gap: .15rem 1rem; margin: 0 0 .75rem; }
dl.fields dt { color: var(--muted); } dl.fields dd { margin: 0; overflow-wrap: anywhere; }
.counts { display: flex; flex-wrap: wrap; gap: .5rem; padding: 0; list-style: none; }
.counts li { border: 1px solid var(--line); border-radius: 4px; padding: .2rem .6rem; }
.counts .has-errors { border-color: var(--error); color: var(--error); font-weight: 600; }
table.items { border-collapse: collapse; width: 100%; } table.items th, table.items td { border-bottom: 1px solid var(--line); padding: .2rem .5rem; text-align: left; vertical-align: top; }
table.items td.n { white-space: nowrap; }
.part { display: grid; grid-template-columns: minmax(0, 3fr) minmax(16rem, 2fr); gap: 1rem; border-top: 2px solid var(--line); padding: .75rem 0; }
.source { font: 12.5px/1.4 ui-monospace, Menlo, Consolas, monospace; min-width: 0; }
.line { display: grid; grid-template-columns: 4.5em 1fr; white-space: pre-wrap; overflow-wrap: anywhere; }
.line .no { color: var(--muted); text-align: right; padding-right: .8em; user-select: none; }
.line.mark-item { background: var(--item); font-weight: 700; } .line.mark-section { background: var(--section); }
.line.mark-decision { background: var(--decision); } .line.mark-toc { background: var(--toc); }
.badge { font: 600 10.5px/1 system-ui, sans-serif; border-radius: 3px; padding: .15em .4em; margin-left: .6em; background: #fff; border: 1px solid currentColor; color: var(--muted); white-space: nowrap; }
.page { color: var(--muted); font: 600 11px system-ui, sans-serif; border-bottom: 1px dashed var(--muted); margin: .4rem 0 .2rem; }
.diag { font: 12.5px/1.35 system-ui, sans-serif; margin: .15rem 0 .3rem 4.5em; padding: .15rem .5rem; border-left: 3px solid; }
.diag.error { color: var(--error); } .diag.warning { color: var(--warning); } .diag.info { color: var(--info); }
.card { position: sticky; top: .5rem; align-self: start; border: 1px solid var(--line); border-radius: 6px; padding: .6rem .8rem; background: #fcfcfc; max-height: calc(100vh - 1rem); overflow: auto; }
.card .decision-text { white-space: pre-wrap; margin: 0 0 .5rem; } .card ul { margin: 0; padding-left: 1.1rem; }
.closed { color: var(--error); font-weight: 600; }
.none { color: var(--muted); }
@media (max-width: 900px) { .part { grid-template-columns: 1fr; } .card { position: static; max-height: none; } }
@media print {
  :root { font-size: 10.5pt; } body { max-width: none; padding: 0; }
  a { color: inherit; text-decoration: none; }
  .part { grid-template-columns: 1fr; break-before: auto; }
  .card { position: static; max-height: none; overflow: visible; break-inside: avoid; }
  .line, .diag { break-inside: avoid; }
  .line.mark-item, .line.mark-section, .line.mark-decision, .line.mark-toc { -webkit-print-color-adjust: exact; print-color-adjust: exact; }
}
`
