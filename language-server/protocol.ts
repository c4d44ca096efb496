// The messages agentvet's language server understands beyond standard LSP, shared with the VS Code
// extension (which bundles this file) so both sides agree on names and shapes.
import { z } from 'zod';

/** Settings the client sends (initializationOptions.settings, workspace/configuration, didChangeConfiguration). */
export const serverSettingsSchema = z.object({
  enable: z.boolean().default(true),
  /** agentvet.config.json to use instead of the one found upward from each workspace folder. */
  configPath: z.string().nullable().default(null),
  trace: z.object({ server: z.enum(['off', 'messages', 'verbose']).default('off') }).default({ server: 'off' }),
});
export type ServerSettings = z.infer<typeof serverSettingsSchema>;

/** initializationOptions: settings plus knobs that only a client (or a test) sets. */
export const initializationOptionsSchema = z.object({
  settings: z.unknown().optional(),
  /** Files larger than this are not analysed (a log line says so). */
  maxFileBytes: z.number().int().positive().default(1_000_000),
  /** Milliseconds between the last edit and analysis. */
  debounceMs: z.number().int().min(0).max(2_000).default(8),
  /** Milliseconds without edits before documents an edit may affect are analysed again. */
  backgroundDelayMs: z.number().int().min(0).max(10_000).default(150),
  /** Client-side commands the client implements (the extension selects the suppression reason). */
  clientCommands: z.array(z.string()).default([]),
});
export type InitializationOptions = z.infer<typeof initializationOptionsSchema>;

/** Loads a recording; its events then show as inlay hints at the call sites that made them. */
export const LOAD_RECORDING_REQUEST = 'agentvet/loadRecording';
export interface LoadRecordingParams {
  /** Absolute path or file:// URI of a .jsonl recording. */
  recording: string;
}
export interface LoadRecordingResult {
  ok: boolean;
  /** Set when !ok: what is wrong with the file, naming the line. */
  error?: string;
  events: number;
  /** Distinct source lines with events. */
  sites: number;
  warnings: string[];
}

export const UNLOAD_RECORDING_REQUEST = 'agentvet/unloadRecording';

/** Re-analyses every candidate file of every workspace folder and publishes their diagnostics. */
export const LINT_WORKSPACE_REQUEST = 'agentvet/lintWorkspace';
export interface LintWorkspaceResult {
  files: number;
  findings: number;
}

/** The command the extension runs after inserting a suppression, to select the reason placeholder. */
export const SELECT_SUPPRESSION_REASON_COMMAND = 'agentvet.selectSuppressionReason';
export const SUPPRESSION_REASON_PLACEHOLDER = 'TODO: why this is safe';

/** What a diagnostic's `data` carries, so code actions can find the finding behind it. */
export interface DiagnosticData {
  confidence: 'high' | 'medium' | 'low';
  /** Document version the finding was computed on. */
  version: number;
  /** Index of the finding in that analysis. */
  index: number;
}
