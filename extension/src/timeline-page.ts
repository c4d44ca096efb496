// The Timeline webview's page: a loaded run as a waterfall, one row per entry the Recordings view shows
// (clock and random reads folded into one row of ticks), each with a bar on one time axis. Pure: it
// takes the timeline and returns HTML, so it is tested without VS Code; timeline-panel.ts shows it.
import { basename } from 'node:path';
import { z } from 'zod';
import type { EntryKind, Timeline } from '../../recorder/model/timeline.js';
import type { Site } from '../../recorder/schema.js';
import { summarizeEntry } from '../../language-server/recordings/entry-summary.js';

/** What the page posts when a row is chosen: reveal that entry's source line. */
export const TimelineMessageSchema = z.object({ type: z.literal('reveal'), index: z.number().int().min(0) });
export type TimelineMessage = z.infer<typeof TimelineMessageSchema>;

export interface TimelineRow {
  index: number;
  kind: EntryKind;
  depth: number;
  title: string;
  outcome: string;
  error: string | null;
  site: Site | null;
  /** Where the bar starts and how wide it is, in percent of the axis; width 0 is an instant. */
  left: number;
  width: number;
}

export interface TimelineAxis {
  /** Milliseconds on the run's time axis at the left edge, and the span drawn. */
  start: number;
  span: number;
  /** Scale marks: percent of the axis and their label (`0 ms`, `250 ms`, `1.5 s`). */
  ticks: Array<{ at: number; label: string }>;
  /** Distance between two marks, in percent of the axis. */
  step: number;
}

export interface TimelineLayout {
  axis: TimelineAxis;
  rows: TimelineRow[];
  /** The clock and random reads, as the Recordings view groups them: how many, and where (percent, deduplicated). */
  reads: { count: number; at: number[] };
}

export interface TimelinePageOptions {
  /** A fresh random value per page: the only script and style that may run. */
  nonce: string;
  /** The recording's name, and one line about the run. */
  heading: string;
  description: string;
  /** How a source site is named in tooltips; `file.ts:38` by default. */
  siteLabel?: (site: Site) => string;
}

const VALUE_READS = new Set<EntryKind>(['clock', 'random']);
const KIND_LABEL: Record<EntryKind, string> = { process: 'proc', http: 'HTTP', llm: 'LLM', tool: 'tool', clock: 'clock', random: 'rand' };
const MAX_INDENT = 8;

/** Rows in the Recordings view's order (each entry before the calls it caused), placed on the run's axis. */
export function timelineLayout(timeline: Timeline): TimelineLayout {
  const start = timeline.stats.start ?? 0;
  const span = Math.max((timeline.stats.end ?? start) - start, 1);
  const percent = (time: number) => round(((time - start) / span) * 100);
  const rows: TimelineRow[] = [];
  const visit = (index: number) => {
    const entry = timeline.entries[index];
    if (!entry || VALUE_READS.has(entry.kind)) return;
    const summary = summarizeEntry(timeline, entry);
    const left = percent(entry.start);
    const width = entry.end === null || entry.end <= entry.start ? 0 : Math.min(round(percent(entry.end) - left), round(100 - left));
    rows.push({ index, kind: entry.kind, depth: entry.depth, title: summary.title, outcome: summary.outcome, error: summary.error, site: summary.site, left, width });
    for (const child of entry.children) visit(child);
  };
  for (const root of timeline.roots) visit(root);
  const reads = timeline.entries.filter((entry) => VALUE_READS.has(entry.kind));
  const at = [...new Set(reads.map((entry) => Math.round(percent(entry.start) * 10) / 10))].sort((a, b) => a - b);
  return { axis: axisOf(start, span), rows, reads: { count: reads.length, at } };
}

/** The whole page: header with legend, a scale, the rows, and the script that posts `reveal` on a click or Enter. */
export function timelinePage(timeline: Timeline, options: TimelinePageOptions): string {
  const { axis, rows, reads } = timelineLayout(timeline);
  const nonce = escapeHtml(options.nonce);
  const siteLabel = options.siteLabel ?? ((site: Site) => `${basename(site.file)}:${site.line}`);
  const csp = `default-src 'none'; style-src 'nonce-${nonce}'; script-src 'nonce-${nonce}'; base-uri 'none'; form-action 'none'`;
  const rowHtml = rows.map((row, position) => rowMarkup(row, position, siteLabel)).join('\n');
  const readsHtml = reads.count === 0 ? '' : readsMarkup(reads);
  const ticks = axis.ticks.map((tick, i) => `<span class="tick t${i}">${escapeHtml(tick.label)}</span>`).join('');
  return `<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta http-equiv="Content-Security-Policy" content="${csp}">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>Timeline: ${escapeHtml(options.heading)}</title>
<style nonce="${nonce}">
${PAGE_CSS}
${layoutCss(axis, rows)}
</style>
</head>
<body>
<header>
  <h1>${escapeHtml(options.heading)}</h1>
  <p class="description">${escapeHtml(options.description)}</p>
  <p class="legend"><span class="key llm">LLM call</span><span class="key http">HTTP</span><span class="key tool">tool run</span><span class="key process">process</span><span class="key failed">failed</span><span class="hint">Click a row to open the line that caused it.</span></p>
  <div class="row scale" aria-hidden="true"><span class="kind"></span><span class="label">${rows.length.toLocaleString('en-US')} ${rows.length === 1 ? 'entry' : 'entries'}</span><span class="outcome"></span><span class="track">${ticks}</span></div>
</header>
<main id="rows" role="listbox" aria-label="Entries of the run, in the order of the Recordings view">
${rowHtml}
${readsHtml}
</main>
<script nonce="${nonce}">
${PAGE_SCRIPT}
</script>
</body>
</html>
`;
}

function rowMarkup(row: TimelineRow, position: number, siteLabel: (site: Site) => string): string {
  const where = row.site ? siteLabel(row.site) : 'no source location';
  const tooltip = [row.title, row.outcome, row.error ? `failed: ${row.error}` : '', where].filter(Boolean).join('\n');
  const classes = ['row', `kind-${row.kind}`, `d${Math.min(row.depth, MAX_INDENT)}`, row.error ? 'error' : '', row.width === 0 ? 'instant' : ''].filter(Boolean).join(' ');
  const outcome = row.error ? `⚠ ${row.outcome || row.error}` : row.outcome;
  return (
    `<div class="${classes}" id="e${row.index}" data-index="${row.index}" role="option" tabindex="${position === 0 ? 0 : -1}" title="${escapeHtml(tooltip)}">` +
    `<span class="kind">${KIND_LABEL[row.kind]}</span><span class="label">${escapeHtml(row.title)}</span>` +
    `<span class="outcome">${escapeHtml(outcome)}</span><span class="track"><span class="bar"></span></span></div>`
  );
}

/** One row for every clock and random read: a tick where each happened, drawn as one SVG path. */
function readsMarkup(reads: TimelineLayout['reads']): string {
  const path = reads.at.map((at) => `M${(at * 10).toFixed(0)} 0V1`).join('');
  const label = `Clock and random reads`;
  return (
    `<div class="row reads" title="${escapeHtml(`${label}: ${reads.count}. Replay returns the same values.`)}">` +
    `<span class="kind">read</span><span class="label">${label}</span><span class="outcome">${reads.count.toLocaleString('en-US')}</span>` +
    `<span class="track"><svg viewBox="0 0 1000 1" preserveAspectRatio="none" aria-hidden="true"><path d="${path}"/></svg></span></div>`
  );
}

/** Bar positions and scale marks as rules of the nonce'd stylesheet: the CSP forbids style attributes. */
function layoutCss(axis: TimelineAxis, rows: TimelineRow[]): string {
  const lines = [`.track { background-size: ${axis.step}% 100%; }`];
  axis.ticks.forEach((tick, i) => lines.push(`.t${i} { left: ${tick.at}%; }`));
  for (const row of rows) lines.push(row.width === 0 ? `#e${row.index} .bar { left: ${row.left}%; }` : `#e${row.index} .bar { left: ${row.left}%; width: ${row.width}%; }`);
  return lines.join('\n');
}

/** A scale of about six marks at 1, 2 or 5 times a power of ten milliseconds. */
function axisOf(start: number, span: number): TimelineAxis {
  const rough = span / 6;
  const power = 10 ** Math.floor(Math.log10(rough));
  const stepMs = [1, 2, 5, 10].map((f) => f * power).find((candidate) => candidate >= rough) ?? 10 * power;
  const ticks: TimelineAxis['ticks'] = [];
  for (let i = 0; i * stepMs <= span * (1 + 1e-9); i++) ticks.push({ at: round(((i * stepMs) / span) * 100), label: scaleLabel(i * stepMs) });
  return { start, span, ticks, step: round((stepMs / span) * 100) };
}

function scaleLabel(ms: number): string {
  return ms < 1000 ? `${trim(ms)} ms` : `${trim(ms / 1000)} s`;
}

const trim = (value: number) => String(Number(value.toFixed(3)));
const round = (value: number) => Math.round(value * 1000) / 1000;

export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (char) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[char] as string);
}

// Theme colours only (VS Code sets the --vscode-* variables); fixed-height rows whose off-screen
// layout the browser skips (content-visibility), so a run of thousands of entries scrolls without work.
const PAGE_CSS = `
:root { --row: 22px; --llm: var(--vscode-charts-purple, #b180d7); --http: var(--vscode-charts-blue, #3794ff); --tool: var(--vscode-charts-orange, #d18616);
  --process: var(--vscode-charts-green, #89d185); --failed: var(--vscode-errorForeground, #f14c4c); --grid: var(--vscode-editorWidget-border, rgba(128,128,128,.25)); }
body { margin: 0; padding: 0; color: var(--vscode-foreground); background: var(--vscode-editor-background); font-family: var(--vscode-font-family); font-size: var(--vscode-font-size); }
header { position: sticky; top: 0; z-index: 1; padding: 8px 12px 0; background: var(--vscode-editor-background); border-bottom: 1px solid var(--grid); }
h1 { margin: 0; font-size: 1.15em; font-weight: 600; }
.description { margin: 2px 0 4px; color: var(--vscode-descriptionForeground); }
.legend { margin: 0 0 6px; display: flex; flex-wrap: wrap; gap: 4px 14px; color: var(--vscode-descriptionForeground); }
.key::before { content: ''; display: inline-block; width: 10px; height: 10px; margin-right: 5px; vertical-align: -1px; border-radius: 2px; }
.key.llm::before { background: var(--llm); } .key.http::before { background: var(--http); } .key.tool::before { background: var(--tool); }
.key.process::before { background: var(--process); } .key.failed::before { background: var(--failed); }
main { padding: 0 12px 12px; }
.row { display: grid; grid-template-columns: 3.4em minmax(0, 3fr) minmax(0, 2fr) minmax(0, 5fr); align-items: baseline; height: var(--row); gap: 8px;
  cursor: pointer; content-visibility: auto; contain-intrinsic-size: auto var(--row); border-radius: 2px; }
@media (max-width: 700px) { .row { grid-template-columns: 3.4em minmax(0, 1fr) minmax(0, 1fr); } .outcome { display: none; } }
.row > span { overflow: hidden; white-space: nowrap; text-overflow: ellipsis; line-height: var(--row); }
.row:hover { background: var(--vscode-list-hoverBackground); }
.row:focus { outline: 1px solid var(--vscode-focusBorder); outline-offset: -1px; }
.row.selected { background: var(--vscode-list-activeSelectionBackground); color: var(--vscode-list-activeSelectionForeground); }
.row.scale, .row.reads { cursor: default; background: none; }
.scale { height: 18px; color: var(--vscode-descriptionForeground); font-size: .9em; }
.scale > span { line-height: 18px; }
.kind { font-size: .8em; font-weight: 600; text-transform: uppercase; letter-spacing: .02em; }
.kind-llm .kind { color: var(--llm); } .kind-http .kind { color: var(--http); } .kind-tool .kind { color: var(--tool); } .kind-process .kind { color: var(--process); }
.reads .kind, .outcome { color: var(--vscode-descriptionForeground); }
.outcome { text-align: right; font-variant-numeric: tabular-nums; }
.error .label, .error .outcome, .error .kind { color: var(--failed); }
${Array.from({ length: MAX_INDENT + 1 }, (_, d) => `.d${d} .label { padding-left: ${d * 12}px; }`).join('\n')}
.track { position: relative; align-self: stretch; overflow: hidden; background-image: linear-gradient(to right, var(--grid) 1px, transparent 1px); background-repeat: repeat-x; }
.scale .track { background: none; }
.tick { position: absolute; top: 2px; padding-left: 3px; border-left: 1px solid var(--grid); line-height: 14px; }
.bar { position: absolute; top: 5px; bottom: 5px; min-width: 2px; border-radius: 2px; background: var(--http); }
.kind-llm .bar { background: var(--llm); top: 3px; bottom: 3px; }
.kind-tool .bar { background: var(--tool); border-radius: 6px; }
.kind-process .bar { background: var(--process); opacity: .45; top: 8px; bottom: 8px; }
.instant .bar { width: 2px; top: 3px; bottom: 3px; }
.error .bar { background: repeating-linear-gradient(135deg, var(--failed) 0 4px, transparent 4px 7px); outline: 1px solid var(--failed); opacity: 1; }
.reads svg { position: absolute; inset: 5px 0; width: 100%; height: calc(100% - 10px); }
.reads path { stroke: var(--vscode-descriptionForeground); stroke-width: 1px; vector-effect: non-scaling-stroke; fill: none; }
`;

// Runs once: one delegated listener for clicks and keys. Selection and scroll survive the panel being
// hidden and shown again (the page reloads then) through the webview state.
const PAGE_SCRIPT = `
(() => {
  const vscode = acquireVsCodeApi();
  const list = document.getElementById('rows');
  const title = document.title;
  let selected = null;
  const rowOf = (node) => node instanceof Element ? node.closest('.row[data-index]') : null;
  function select(row, reveal) {
    if (selected) { selected.classList.remove('selected'); selected.removeAttribute('aria-selected'); selected.tabIndex = -1; }
    selected = row;
    row.classList.add('selected');
    row.setAttribute('aria-selected', 'true');
    row.tabIndex = 0;
    const index = Number(row.dataset.index);
    vscode.setState({ title, selected: index, scroll: window.scrollY });
    if (reveal) vscode.postMessage({ type: 'reveal', index });
  }
  list.addEventListener('click', (event) => { const row = rowOf(event.target); if (row) select(row, true); });
  list.addEventListener('keydown', (event) => {
    const row = rowOf(event.target);
    if (!row) return;
    if (event.key === 'Enter' || event.key === ' ') { event.preventDefault(); select(row, true); return; }
    const next = event.key === 'ArrowDown' ? row.nextElementSibling : event.key === 'ArrowUp' ? row.previousElementSibling : null;
    if (next && next.matches('.row[data-index]')) { event.preventDefault(); row.tabIndex = -1; next.tabIndex = 0; next.focus(); }
  });
  window.addEventListener('message', (event) => {
    const message = event.data;
    if (!message || message.type !== 'select') return;
    const row = document.getElementById('e' + Number(message.index));
    if (row) { select(row, false); row.scrollIntoView({ block: 'nearest' }); }
  });
  window.addEventListener('scrollend', () => { const state = vscode.getState(); if (state && state.title === title) vscode.setState({ ...state, scroll: window.scrollY }); });
  const state = vscode.getState();
  if (state && state.title === title) {
    const row = document.getElementById('e' + Number(state.selected));
    if (row) select(row, false);
    window.scrollTo(0, state.scroll || 0);
  }
})();
`;
