import type * as AgentSdk from '@anthropic-ai/claude-agent-sdk';

/** The run options every caller builds with the run's controller: the SDK's own type plus fields of ours. */
export type RunnerOptions = AgentSdk.Options & { resumeTicket?: string };

export interface ArchiveOptions {
  bucket: string;
  signal?: AbortSignal;
}

/** A signal a caller may hand over, but none of this project's callers does. */
export interface DigestOptions {
  folder: string;
  signal?: AbortSignal;
}

/** A signal every call must carry: the type says so, whoever calls. */
export interface PollOptions {
  intervalMs: number;
  signal: AbortSignal;
}

/** Same shape of bag, but nothing in it cancels anything. */
export interface LabelOptions {
  colour: string;
  retries?: number;
}
