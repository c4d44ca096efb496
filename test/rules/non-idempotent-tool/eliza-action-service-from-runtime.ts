// ElizaOS actions reach their plugin's service through `runtime.getService<TrackerService>('tracker')`: the type
// argument names the project class, so its methods are followed — opening an issue creates a new one on every call,
// listing issues reads.
import type { Action, IAgentRuntime, Memory } from '@elizaos/core';
import { Service } from '@elizaos/core';
import { TrackerClient } from '@issuehub/sdk';

export class TrackerService extends Service {
  static serviceType = 'tracker';
  capabilityDescription = 'Issue tracker';
  private client = new TrackerClient({ apiKey: process.env.ISSUEHUB_KEY! });

  async stop() {}

  async createIssue(title: string, teamId: string) {
    return this.client.createIssue({ title, teamId });
  }

  async listIssues(teamId: string) {
    return this.client.issues({ filter: { team: { id: { eq: teamId } } } });
  }
}

export const createIssueAction: Action = {
  name: 'CREATE_ISSUE',
  description: 'Open an issue in the tracker',
  similes: [],
  examples: [],
  validate: async () => true,
  handler: async (runtime: IAgentRuntime, message: Memory) => {
    const tracker = runtime.getService<TrackerService>('tracker');
    if (!tracker) throw new Error('tracker service missing');
    const issue = await tracker.createIssue(String(message.content.text), 'team-1'); // expect: non-idempotent-tool
    return { text: `Opened ${issue.id}`, success: true };
  },
};

export const listIssuesAction: Action = {
  name: 'LIST_ISSUES',
  description: 'List the issues of a team',
  similes: [],
  examples: [],
  validate: async () => true,
  handler: async (runtime: IAgentRuntime) => {
    const tracker = runtime.getService<TrackerService>('tracker');
    const issues = await tracker!.listIssues('team-1');
    return { text: JSON.stringify(issues), success: true };
  },
};
