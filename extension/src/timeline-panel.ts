// The Timeline panel: the loaded run as a waterfall in a webview beside the editor (page from
// timeline-page.ts). Choosing a row asks the extension to reveal that entry's source line; the panel
// follows the recording that is open and closes with it.
import { randomBytes } from 'node:crypto';
import { basename } from 'node:path';
import * as vscode from 'vscode';
import { describeRun, type LoadedRun } from './recordings-tree.js';
import { TimelineMessageSchema, timelinePage } from './timeline-page.js';

export const SHOW_TIMELINE_COMMAND = 'agentvet.showTimeline';

export class TimelinePanel implements vscode.Disposable {
  private panel: vscode.WebviewPanel | undefined;

  constructor(private readonly reveal: (index: number) => Promise<void>) {}

  /** Opens the panel beside the editor (or brings it forward) with this run. */
  show(run: LoadedRun): void {
    if (this.panel) {
      this.render(run);
      this.panel.reveal(undefined, true);
      return;
    }
    const panel = vscode.window.createWebviewPanel(
      'agentvetTimeline',
      title(run),
      { viewColumn: vscode.ViewColumn.Beside, preserveFocus: true },
      { enableScripts: true, localResourceRoots: [], enableFindWidget: true },
    );
    panel.webview.onDidReceiveMessage((raw: unknown) => {
      const message = TimelineMessageSchema.safeParse(raw);
      if (message.success) void this.reveal(message.data.index);
    });
    panel.onDidDispose(() => {
      if (this.panel === panel) this.panel = undefined;
    });
    this.panel = panel;
    this.render(run);
  }

  /** Shows another run in the panel if it is open. */
  update(run: LoadedRun): void {
    if (this.panel) this.render(run);
  }

  /** Marks an entry chosen elsewhere (the Recordings view) and scrolls to it. */
  select(index: number): void {
    void this.panel?.webview.postMessage({ type: 'select', index });
  }

  /** The editor column to open source in: one the panel is not in, so the waterfall stays in view. */
  sourceColumn(): vscode.ViewColumn | undefined {
    if (!this.panel) return undefined;
    const own = this.panel.viewColumn;
    const other = vscode.window.tabGroups.all.find((group) => group.viewColumn !== own);
    return other?.viewColumn ?? (own === vscode.ViewColumn.One ? vscode.ViewColumn.Two : vscode.ViewColumn.One);
  }

  dispose(): void {
    this.panel?.dispose();
    this.panel = undefined;
  }

  private render(run: LoadedRun): void {
    if (!this.panel) return;
    this.panel.title = title(run);
    this.panel.webview.html = timelinePage(run.timeline, {
      nonce: randomBytes(18).toString('base64'),
      heading: basename(run.recording.file),
      description: describeRun(run),
      siteLabel: (site) => `${vscode.workspace.asRelativePath(site.file)}:${site.line}`,
    });
  }
}

function title(run: LoadedRun): string {
  return `Timeline: ${basename(run.recording.file)}`;
}
