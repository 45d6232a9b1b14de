/**
 * The HTML edition's stylesheet (inlined; the page's CSP allows it by hash). System fonts only,
 * light and dark from the OS, one column on a phone, and in print every note on pages of its own
 * with the list, search and script-only parts left out.
 */
export const EDITION_STYLES = `
:root {
  color-scheme: light dark;
  --bg: #ffffff; --fg: #1f2328; --muted: #57606a; --line: #d0d7de; --panel: #f6f8fa;
  --accent: #0b5cad; --mark: #fff3a3; --warn-bg: #fff8e1; --warn-line: #b58100;
  font-family: system-ui, -apple-system, "Segoe UI", Roboto, "Noto Sans", sans-serif;
  line-height: 1.55;
}
@media (prefers-color-scheme: dark) {
  :root {
    --bg: #0f1419; --fg: #e6edf3; --muted: #9da7b3; --line: #30363d; --panel: #161b22;
    --accent: #6cb6ff; --mark: #5c4b00; --warn-bg: #2b2300; --warn-line: #d4a72c;
  }
}
* { box-sizing: border-box; }
body { margin: 0; background: var(--bg); color: var(--fg); }
a { color: var(--accent); }
a:focus-visible, input:focus-visible, select:focus-visible, [tabindex]:focus-visible {
  outline: 3px solid var(--accent); outline-offset: 2px;
}
.visually-hidden { position: absolute; width: 1px; height: 1px; overflow: hidden; clip-path: inset(50%); white-space: nowrap; }
.skip-link { position: absolute; left: -999px; top: 0; background: var(--bg); padding: .5rem 1rem; z-index: 1; }
.skip-link:focus { left: 1rem; }
.edition-header { padding: 1rem 1.5rem; border-bottom: 1px solid var(--line); background: var(--panel); }
.edition-kind { margin: 0; color: var(--muted); font-size: .85rem; text-transform: uppercase; letter-spacing: .05em; }
.edition-title { margin: .2rem 0 .6rem; font-size: 1.5rem; font-weight: 700; }
.edition-facts { display: flex; flex-wrap: wrap; gap: .3rem 1.5rem; margin: 0 0 .6rem; }
.edition-facts div { display: flex; gap: .4rem; }
.edition-facts dt { color: var(--muted); }
.edition-facts dd { margin: 0; overflow-wrap: anywhere; }
.edition-warning { margin: 0; padding: .5rem .75rem; border-left: 4px solid var(--warn-line); background: var(--warn-bg); }
.edition-layout { display: grid; grid-template-columns: minmax(14rem, 22rem) 1fr; min-height: 70vh; }
.edition-nav { border-right: 1px solid var(--line); padding: 1rem; overflow-wrap: anywhere; }
.edition-search { display: grid; gap: .3rem; margin-bottom: .8rem; }
.edition-search input, .edition-search select {
  font: inherit; padding: .4rem .5rem; border: 1px solid var(--muted); border-radius: 4px;
  background: var(--bg); color: var(--fg); width: 100%;
}
.results-status { color: var(--muted); margin: .3rem 0; min-height: 1.5em; }
.edition-results { padding-left: 1.2rem; }
.edition-results li { margin-bottom: .7rem; }
.snippet { margin: .2rem 0 0; color: var(--muted); font-size: .92rem; }
mark { background: var(--mark); color: inherit; }
.edition-list h3 { font-size: 1rem; margin: 1rem 0 .2rem; }
.edition-list h4 { font-size: .85rem; margin: .5rem 0 .1rem; color: var(--muted); font-weight: 600; }
.edition-list ul { list-style: none; margin: 0; padding: 0; }
.edition-list li a { display: block; padding: .15rem .3rem; border-radius: 3px; text-decoration: none; }
.edition-list a[aria-current="page"], .edition-results a[aria-current="page"] { background: var(--panel); font-weight: 600; }
.edition-main { padding: 1rem 2rem 3rem; max-width: 52rem; min-width: 0; }
.note-title { margin-top: 0; }
.note-facts { color: var(--muted); display: flex; flex-wrap: wrap; gap: .3rem .8rem; }
.note-body img { max-width: 100%; height: auto; }
.note-body pre { background: var(--panel); padding: .75rem; overflow-x: auto; border-radius: 4px; }
.note-body code { font-family: ui-monospace, "Cascadia Mono", Menlo, Consolas, monospace; font-size: .92em; }
.note-body blockquote { margin-left: 0; padding-left: 1rem; border-left: 4px solid var(--line); color: var(--muted); }
.table-scroll { overflow-x: auto; }
.note-body table { border-collapse: collapse; }
.note-body th, .note-body td { border: 1px solid var(--line); padding: .3rem .6rem; }
.task-checkbox { display: inline-block; width: .9em; height: .9em; border: 1px solid var(--muted); border-radius: 2px; vertical-align: -.1em; }
.task-checkbox[data-checked="true"] { background: var(--accent); }
.excluded-link { color: var(--muted); text-decoration: underline dotted; cursor: help; }
.excluded-link::after { content: " \\2298"; font-size: .8em; }
.attachment-ref { color: var(--muted); border-bottom: 1px dashed var(--muted); }
.tag { color: var(--muted); }
.attachments { margin-top: 2rem; border-top: 1px solid var(--line); }
.attachments h2 { font-size: 1.1rem; }
@media (max-width: 48rem) {
  .edition-layout { grid-template-columns: 1fr; }
  .edition-nav { border-right: 0; border-bottom: 1px solid var(--line); }
  .edition-main { padding: 1rem; }
  .edition-header { padding: 1rem; }
}
@media print {
  :root { --bg: #fff; --fg: #000; --muted: #333; --accent: #000; }
  .edition-nav, .skip-link, .edition-home { display: none !important; }
  .edition-layout { display: block; }
  .edition-main { max-width: none; padding: 0; }
  article.note[hidden] { display: block; }
  article.note { break-before: page; }
  .excluded-link::after { content: ""; }
  a { text-decoration: none; }
}
`;
