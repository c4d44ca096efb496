// The Recordings view: the loaded run as a tree of what happened (processes, LLM calls, HTTP
// exchanges, tool runs, clock and random reads), nested by cause. Selecting an entry reveals the
// line of user code that made it. Reads recordings only through recorder/.
import * as vscode from 'vscode';
import type { Recording } from '../../recorder/reading.js';
import { timelineOf, type Timeline, type TimelineEntry } from '../../recorder/model/timeline.js';
import { summarizeEntry, type EntrySummary } from '../../language-server/recordings/entry-summary.js';

export const REVEAL_EVENT_COMMAND = 'agentvet.revealEvent';

const ICONS: Record<TimelineEntry['kind'], string> = {
  process: 'terminal',
  http: 'globe',
  llm: 'sparkle',
  tool: 'tools',
  clock: 'clock',
  random: 'symbol-number',
};

export interface LoadedRun {
  recording: Recording;
  timeline: Timeline;
}

export class RecordingsTree implements vscode.TreeDataProvider<number> {
  private readonly changed = new vscode.EventEmitter<number | undefined>();
  readonly onDidChangeTreeData = this.changed.event;
  private run: LoadedRun | undefined;

  get loaded(): LoadedRun | undefined {
    return this.run;
  }

  show(recording: Recording): LoadedRun {
    this.run = { recording, timeline: timelineOf(recording.header, recording.events) };
    this.changed.fire(undefined);
    return this.run;
  }

  clear(): void {
    this.run = undefined;
    this.changed.fire(undefined);
  }

  /** What an entry is, with its source site, for the reveal command. */
  summary(index: number): EntrySummary | undefined {
    const entry = this.run?.timeline.entries[index];
    return entry && this.run ? summarizeEntry(this.run.timeline, entry) : undefined;
  }

  getChildren(index?: number): number[] {
    if (!this.run) return [];
    if (index === undefined) return [...this.run.timeline.roots];
    return [...(this.run.timeline.entries[index]?.children ?? [])];
  }

  getParent(index: number): number | undefined {
    return this.run?.timeline.entries[index]?.parent ?? undefined;
  }

  getTreeItem(index: number): vscode.TreeItem {
    const entry = this.run!.timeline.entries[index]!;
    const summary = summarizeEntry(this.run!.timeline, entry);
    const item = new vscode.TreeItem(summary.title, entry.children.length > 0 ? vscode.TreeItemCollapsibleState.Expanded : vscode.TreeItemCollapsibleState.None);
    item.id = `entry-${index}`;
    item.description = summary.outcome;
    item.iconPath = summary.error
      ? new vscode.ThemeIcon('error', new vscode.ThemeColor('errorForeground'))
      : new vscode.ThemeIcon(ICONS[entry.kind]);
    const where = summary.site ? `${vscode.workspace.asRelativePath(summary.site.file)}:${summary.site.line}` : 'no source location';
    item.tooltip = new vscode.MarkdownString(`**${summary.title}**\n\n${summary.outcome}${summary.error ? `\n\n⚠ ${summary.error}` : ''}\n\n${where}`);
    item.contextValue = summary.site ? 'agentvetEntryWithSite' : 'agentvetEntry';
    item.command = { title: 'Reveal the source line', command: REVEAL_EVENT_COMMAND, arguments: [index] };
    return item;
  }
}

/** One line about the run for the view's header. */
export function describeRun(run: LoadedRun): string {
  const { stats } = run.timeline;
  const tokens = stats.inputTokens + stats.outputTokens;
  return `${stats.llmCalls} LLM calls · ${stats.httpCalls} HTTP · ${stats.toolCalls} tools · ${tokens.toLocaleString('en-US')} tokens${stats.errors ? ` · ${stats.errors} failed` : ''}`;
}
