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

/**
 * A tree element: an entry of the timeline, or the one group that holds every clock and random read
 * (an SDK reads dozens; listed among the calls they would bury them). Objects, not indexes: VS Code
 * takes a falsy element for the root.
 */
export type EntryNode = { readonly index: number } | { readonly index: -1; readonly reads: number };

const VALUE_READS = new Set<TimelineEntry['kind']>(['clock', 'random']);

export class RecordingsTree implements vscode.TreeDataProvider<EntryNode> {
  private readonly changed = new vscode.EventEmitter<EntryNode | undefined>();
  readonly onDidChangeTreeData = this.changed.event;
  private run: LoadedRun | undefined;
  private nodes: EntryNode[] = [];
  private readsGroup: EntryNode | undefined;
  private reads: number[] = [];

  get loaded(): LoadedRun | undefined {
    return this.run;
  }

  show(recording: Recording): LoadedRun {
    this.run = { recording, timeline: timelineOf(recording.header, recording.events) };
    this.nodes = this.run.timeline.entries.map((entry) => ({ index: entry.index }));
    this.reads = this.run.timeline.entries.filter((entry) => VALUE_READS.has(entry.kind)).map((entry) => entry.index);
    this.readsGroup = this.reads.length > 0 ? { index: -1, reads: this.reads.length } : undefined;
    this.changed.fire(undefined);
    return this.run;
  }

  clear(): void {
    this.run = undefined;
    this.nodes = [];
    this.reads = [];
    this.readsGroup = undefined;
    this.changed.fire(undefined);
  }

  /** What an entry is, with its source site, for the reveal command. */
  summary(index: number): EntrySummary | undefined {
    const entry = this.run?.timeline.entries[index];
    return entry && this.run ? summarizeEntry(this.run.timeline, entry) : undefined;
  }

  getChildren(node?: EntryNode): EntryNode[] {
    if (!this.run) return [];
    if (node && 'reads' in node) return this.reads.map((index) => this.nodes[index]!);
    const indexes = node === undefined ? this.run.timeline.roots : (this.run.timeline.entries[node.index]?.children ?? []);
    const calls = indexes.filter((index) => !VALUE_READS.has(this.run!.timeline.entries[index]!.kind)).map((index) => this.nodes[index]!);
    return node === undefined && this.readsGroup ? [...calls, this.readsGroup] : calls;
  }

  getParent(node: EntryNode): EntryNode | undefined {
    if ('reads' in node) return undefined;
    const entry = this.run?.timeline.entries[node.index];
    if (entry && VALUE_READS.has(entry.kind)) return this.readsGroup;
    return entry?.parent === null || entry?.parent === undefined ? undefined : this.nodes[entry.parent];
  }

  getTreeItem(node: EntryNode): vscode.TreeItem {
    if ('reads' in node) {
      const group = new vscode.TreeItem(`Clock and random reads`, vscode.TreeItemCollapsibleState.Collapsed);
      group.id = 'value-reads';
      group.description = `${node.reads}`;
      group.iconPath = new vscode.ThemeIcon('symbol-number');
      group.tooltip = 'The clock and random values the program read; replay returns the same ones.';
      return group;
    }
    const index = node.index;
    const entry = this.run!.timeline.entries[index]!;
    const summary = summarizeEntry(this.run!.timeline, entry);
    const hasCalls = entry.children.some((child) => !VALUE_READS.has(this.run!.timeline.entries[child]!.kind));
    const item = new vscode.TreeItem(summary.title, hasCalls ? vscode.TreeItemCollapsibleState.Expanded : vscode.TreeItemCollapsibleState.None);
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
