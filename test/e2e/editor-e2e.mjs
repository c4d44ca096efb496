// The packaged extension in real VS Code (code-server in headless Chromium), driven like a person:
// open the bundled example, see findings as squiggles and in the Problems panel, hover one, apply a
// quick fix and watch the finding go, open a recording in the Recordings view, select an event and
// land on the line that made it, with the recorded values inline; show the run's timeline, click a row
// and land on the same line; close the recording and the timeline goes. A screenshot after each step.
// Extends ../shared/tools/code-server-diag.mjs. Usage: node editor-e2e.mjs <url> <workspace> <shots-dir>
import { chromium } from 'playwright-core';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';

const [url, workspace, shots] = process.argv.slice(2);
if (!url || !workspace || !shots) {
  console.error('usage: node editor-e2e.mjs <code-server url> <workspace folder> <screenshots dir>');
  process.exit(2);
}
fs.mkdirSync(shots, { recursive: true });
const recording = path.join(workspace, '.agentvet/recordings/demo.jsonl');
const userDataDir = fs.mkdtempSync(path.join(process.env.PW_PROFILE_ROOT ?? os.tmpdir(), 'chromium-profile-'));

const ctx = await chromium.launchPersistentContext(userDataDir, {
  executablePath: process.env.CHROMIUM ?? '/usr/bin/chromium',
  headless: true,
  args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run',
    '--disable-background-networking', '--disable-component-update', '--disable-sync'],
  viewport: { width: 1400, height: 900 },
  env: { ...process.env, XDG_CONFIG_HOME: path.join(userDataDir, 'xdg-config'), XDG_CACHE_HOME: path.join(userDataDir, 'xdg-cache') },
});
const t0 = Date.now();
const log = (...a) => console.log(`[${((Date.now() - t0) / 1000).toFixed(1)}s]`, ...a);
const results = [];
const check = (name, ok, detail = '') => {
  results.push({ name, ok });
  log(`${ok ? 'PASS' : 'FAIL'} ${name}${detail ? ` — ${detail}` : ''}`);
};
let page;

async function shot(name) {
  const file = path.join(shots, name);
  await page.waitForTimeout(400);
  await page.screenshot({ path: file });
  log('screenshot', file);
}

async function problemRows() {
  return (await page.locator('.markers-panel .monaco-list-row').allInnerTexts()).map((r) => r.replace(/\n/g, ' | '));
}

async function runCommand(title) {
  await page.keyboard.press('F1');
  await page.waitForSelector('.quick-input-widget input', { state: 'visible', timeout: 15000 });
  await page.keyboard.type(title, { delay: 10 });
  await page.locator('.quick-input-list .monaco-list-row', { hasText: title.replace(/^>\s*/, '') }).first().waitFor({ timeout: 15000 });
  await page.keyboard.press('Enter');
}

async function openFile(name) {
  await page.keyboard.press('Control+P');
  await page.waitForSelector('.quick-input-widget input', { state: 'visible', timeout: 15000 });
  await page.keyboard.type(name, { delay: 20 });
  await page.waitForSelector('.quick-input-list .monaco-list-row', { timeout: 15000 });
  await page.keyboard.press('Enter');
  await page.waitForSelector(`.tab[data-resource-name="${name}"], .tab[aria-label*="${name}"]`, { timeout: 15000 });
}

async function statusBarPosition() {
  return page.locator('#status\\.editor\\.selection').innerText().catch(() => '');
}

async function waitForPosition(text) {
  let position = '';
  for (let i = 0; i < 40 && !position.includes(text); i++) {
    await page.waitForTimeout(250);
    position = await statusBarPosition();
  }
  return position;
}

/** The page inside the Timeline panel: a webview is an iframe holding the extension's page in another iframe. */
function timelineFrame() {
  return page.locator('iframe.webview.ready').last().contentFrame().locator('iframe#active-frame').contentFrame();
}

try {
  page = ctx.pages()[0] ?? await ctx.newPage();
  page.on('pageerror', (e) => log('pageerror:', e.message));
  await page.goto(url);
  await page.waitForSelector('.monaco-workbench', { timeout: 60000 });
  await page.waitForSelector('.explorer-folders-view, .explorer-viewlet', { timeout: 60000 });
  log('workbench loaded');
  await page.locator('.monaco-workbench').click({ position: { x: 700, y: 450 } }).catch(() => {});

  // 1. Findings as squiggles and in the Problems panel, with a hover.
  await openFile('intake.ts');
  await page.waitForSelector('.view-overlays [class*="squiggly-"]', { timeout: 90000 });
  await page.keyboard.press('Control+Shift+M');
  await page.locator('.markers-panel .monaco-list-row', { hasText: 'missing-deadline' }).first().waitFor({ timeout: 30000 });
  await page.locator('.markers-panel .monaco-list-row', { hasText: 'unkeyed-retry' }).first().waitFor({ timeout: 30000 });
  const before = await problemRows();
  log('Problems panel rows:\n' + before.map((r) => '  ' + r).join('\n'));
  check('findings in the Problems panel', before.some((r) => r.includes('missing-deadline')) && before.some((r) => r.includes('unkeyed-retry')));
  const squiggles = await page.locator('.view-overlays [class*="squiggly-error"]').count();
  check('squiggles in the editor', squiggles > 0, `${squiggles} error squiggles`);
  const squiggleMarks = page.locator('.view-overlays [class*="squiggly-"]');
  const hover = page.locator('.monaco-hover', { hasText: 'Why it matters' }).first();
  let text = '';
  // Hover each squiggle in turn (one may be the TypeScript server's, not agentvet's), twice over.
  const marks = Math.max(1, await squiggleMarks.count());
  for (let attempt = 0; attempt < Math.min(6, marks * 2) && !text; attempt++) {
    const box = await squiggleMarks.nth(attempt % marks).boundingBox();
    if (!box) continue;
    await page.mouse.move(5, 5);
    await page.mouse.move(box.x + Math.min(20, box.width / 2) + (attempt >= marks ? 8 : 0), box.y + box.height / 2);
    const shown = await hover.waitFor({ state: 'visible', timeout: 10000 }).then(() => true, () => false);
    text = shown ? (await hover.innerText()).replace(/\n/g, ' | ') : '';
  }
  log('hover:', text.slice(0, 400));
  check('hover explains the rule', text.includes('Why it matters'));
  await shot('1-findings-and-hover.png');
  await page.mouse.move(5, 5);

  // 2. A quick fix: go to the Slack fetch with no deadline, Ctrl+. and add a timeout.
  const deadlineRows = before.filter((r) => r.includes('missing-deadline')).length;
  const slackRow = page.locator('.markers-panel .monaco-list-row', { hasText: 'missing-deadline' }).filter({ hasText: '[Ln 38' }).first();
  const target = (await slackRow.count()) ? slackRow : page.locator('.markers-panel .monaco-list-row', { hasText: 'missing-deadline' }).first();
  await target.click();
  await page.keyboard.press('Enter');
  await page.waitForTimeout(500);
  log('cursor at', await statusBarPosition());
  const fix = page.locator('.action-widget .monaco-list-row', { hasText: 'AbortSignal.timeout(30_000)' }).first();
  await page.keyboard.press('Control+.');
  if (!(await fix.waitFor({ timeout: 8000 }).then(() => true, () => false))) {
    await shot('debug-after-ctrl-dot.png');
    log('context view:', (await page.locator('.context-view').allInnerTexts()).join(' / ').slice(0, 500));
    await page.keyboard.press('Escape');
    await runCommand('Quick Fix...');
    await fix.waitFor({ timeout: 15000 });
  }
  const offered = (await page.locator('.action-widget .monaco-list-row').allInnerTexts()).map((t) => t.replace(/\n/g, ' '));
  log('quick fixes offered:', offered.join(' / '));
  check('quick fixes offered (timeout and suppress with a reason)', offered.some((t) => t.includes('AbortSignal.timeout')) && offered.some((t) => t.startsWith('Suppress')));
  await shot('2-quick-fix-menu.png');
  // The menu sits under a pointer block in headless Chromium: choose with the keyboard, as people often do.
  for (let i = 0; i < 15; i++) {
    const focused = await page.locator('.action-widget .monaco-list-row.focused').first().innerText().catch(() => '');
    if (focused.includes('AbortSignal.timeout(30_000)')) break;
    await page.keyboard.press('ArrowDown');
  }
  await page.keyboard.press('Enter');
  // Collapse the selection: selected whitespace renders as dots.
  await page.keyboard.press('Escape');
  await page.keyboard.press('ArrowRight');
  let fixedText = '';
  for (let i = 0; i < 40 && !fixedText.includes('signal: AbortSignal.timeout(30_000)'); i++) {
    await page.waitForTimeout(250);
    fixedText = (await page.locator('.view-lines').first().innerText()).replace(/[\u00a0\u00b7]/g, ' ');
  }
  check('the fix is in the buffer', fixedText.includes('signal: AbortSignal.timeout(30_000)'));
  let after = [];
  for (let i = 0; i < 40; i++) {
    after = await problemRows();
    if (after.filter((r) => r.includes('missing-deadline')).length < deadlineRows) break;
    await page.waitForTimeout(250);
  }
  check('the finding is gone after the fix', after.filter((r) => r.includes('missing-deadline')).length === deadlineRows - 1,
    `${deadlineRows} → ${after.filter((r) => r.includes('missing-deadline')).length} missing-deadline rows`);
  await shot('3-after-quick-fix.png');

  // 3. Open a recording: the Recordings view lists the run; an event reveals its source line.
  await runCommand('agentvet: Open Recording');
  const dialog = page.locator('.quick-input-widget input');
  await dialog.waitFor({ state: 'visible', timeout: 15000 });
  await page.waitForTimeout(500);
  await page.keyboard.press('Control+A');
  await page.keyboard.type(recording, { delay: 5 });
  await page.waitForTimeout(500);
  await page.keyboard.press('Enter');
  const view = page.locator('.pane-body .monaco-list-row', { hasText: '/hook' }).first();
  await view.waitFor({ timeout: 30000 });
  const rows = (await page.locator('[id="workbench.view.extension.agentvet"] .monaco-list-row, .pane-body .monaco-list-row:has(.custom-view-tree-node-item)').allInnerTexts())
    .map((r) => r.replace(/\n/g, ' '));
  log('Recordings view rows:\n' + rows.map((r) => '  ' + r).join('\n'));
  check('the Recordings view lists the run', rows.some((r) => r.includes('openai gpt-4.1-mini')) && rows.some((r) => r.includes('/api/tickets')));
  await shot('4-recordings-view.png');

  await view.click();
  let position = '';
  for (let i = 0; i < 40 && !position.includes('Ln 38'); i++) {
    await page.waitForTimeout(250);
    position = await statusBarPosition();
  }
  const activeTab = await page.locator('.tab.active').first().getAttribute('aria-label').catch(() => '');
  check('selecting an event reveals its source line', position.includes('Ln 38') && (activeTab ?? '').includes('intake.ts'), `${activeTab} ${position}`);
  const hint = page.locator('.view-line', { hasText: '●' }).first();
  const hinted = await hint.waitFor({ timeout: 15000 }).then(() => true, () => false);
  const hintText = hinted ? (await page.locator('.view-line', { hasText: '●' }).allInnerTexts()).map((t) => t.replace(/[\u00a0\u00b7]/g, ' ')) : [];
  log('inline recorded values:', hintText.map((t) => t.trim()).join(' / '));
  check('recorded values show inline at the call sites', hintText.some((t) => t.includes('POST 200') || t.includes('POST 201')));
  await shot('5-event-revealed-with-inline-values.png');

  // 4. The timeline: the run as a waterfall beside the editor; clicking a row reveals its source line.
  await page.keyboard.press('Control+Home');
  const moved = await waitForPosition('Ln 1,');
  const button = await page.locator('.action-item a.action-label[aria-label*="Show Timeline"]').count();
  check('the Recordings view has a Show Timeline button', button > 0, `${button} button(s); cursor moved to ${moved}`);
  await runCommand('agentvet: Show Timeline');
  const timeline = timelineFrame();
  const timelineRows = timeline.locator('#rows .row[data-index]');
  await timelineRows.filter({ hasText: '/hook' }).first().waitFor({ timeout: 30000 });
  const rowTexts = (await timelineRows.allInnerTexts()).map((r) => r.replace(/\s*\n\s*/g, ' | '));
  log('Timeline rows:\n' + rowTexts.map((r) => '  ' + r).join('\n'));
  const order = ['/api/tickets', 'openai gpt-4.1-mini', '/hook'].map((label) => rowTexts.findIndex((r) => r.includes(label)));
  check('the timeline shows the run\'s rows in order', order.every((i, n) => i >= 0 && (n === 0 || i > order[n - 1])), `rows at ${order.join(', ')} of ${rowTexts.length}`);
  const llmRows = await timeline.locator('#rows .row.kind-llm').count();
  const bars = await timelineRows.locator('.bar').evaluateAll((nodes) => nodes.map((node) => node.getBoundingClientRect().width));
  const scale = (await timeline.locator('.scale .tick').allInnerTexts()).join(' ');
  check('each row has a bar on a time scale; LLM calls marked apart', llmRows > 0 && bars.length === rowTexts.length && bars.every((w) => w >= 2) && /\d (ms|s)\b/.test(scale),
    `${llmRows} LLM row(s), bar widths ${bars.map((w) => Math.round(w)).join('/')} px, scale ${scale}`);
  const hookRow = timelineRows.filter({ hasText: '/hook' }).first();
  await hookRow.click();
  const revealed = await waitForPosition('Ln 38');
  // The status bar shows the active text editor's position; the workbench can mark the source group active a moment
  // later (or leave the clicked timeline's group marked), so look for intake.ts as the shown tab of any group.
  let revealedTab = '';
  for (let i = 0; i < 20 && !revealedTab.includes('intake.ts'); i++) {
    if (i > 0) await page.waitForTimeout(250);
    const shown = await page.locator('.editor-group-container .tab.active').evaluateAll((tabs) => tabs.map((tab) => tab.getAttribute('aria-label') ?? ''));
    revealedTab = shown.find((label) => label.includes('intake.ts')) ?? shown.join(' / ');
  }
  const selectedRow = await timeline.locator('#rows .row.selected').first().innerText().catch(() => '');
  check('clicking the timeline row reveals its source line', revealed.includes('Ln 38') && (revealedTab ?? '').includes('intake.ts') && selectedRow.includes('/hook'),
    `${revealedTab} ${revealed}; selected row: ${selectedRow.replace(/\s*\n\s*/g, ' | ')}`);
  const timelineTab = page.locator('.tab', { hasText: 'Timeline: demo.jsonl' });
  check('the timeline is beside the editor', (await timelineTab.count()) === 1 && (await page.locator('.editor-group-container').count()) >= 2);
  await shot('6-timeline.png');

  await runCommand('agentvet: Close Recording');
  const gone = await timelineTab.first().waitFor({ state: 'detached', timeout: 15000 }).then(() => true, () => false);
  check('closing the recording closes the timeline', gone);
} catch (e) {
  log('ERROR', e.message);
  results.push({ name: 'no unexpected error', ok: false });
  try { await page?.screenshot({ path: path.join(shots, 'error.png') }); } catch {}
} finally {
  await ctx.close();
  fs.rmSync(userDataDir, { recursive: true, force: true });
}
const failed = results.filter((r) => !r.ok);
console.log(failed.length === 0 && results.length > 0 ? `PASS (${results.length} checks)` : `FAIL (${failed.map((f) => f.name).join('; ')})`);
process.exit(failed.length === 0 && results.length > 0 ? 0 : 1);
