// `agentvet export --otlp <recording> [-o file] [--endpoint URL]`: the run as OpenTelemetry spans
// (OTLP/JSON, GenAI conventions) on stdout, in a file, or posted to a collector (Jaeger, Tempo, any
// OTLP/HTTP endpoint). Exit 0 on success, 2 on a bad recording, option or an unreachable collector.
import { writeFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { Command } from 'commander';
import { z } from 'zod';
import { CollectorError, postTraces } from '../../recorder/export/otlp-http.js';
import { recordingToOtlp } from '../../recorder/export/otlp.js';
import { readRecording, RecordingFormatError } from '../../recorder/reading.js';
import { packageInfo } from '../package-info.js';
import { commandAction, EXIT_CLEAN, UsageError } from '../usage-error.js';
import { makeDirectory } from '../make-directory.js';

const exportOptionsSchema = z.object({
  otlp: z.literal(true, { error: 'choose an export format: --otlp (OpenTelemetry OTLP/JSON) is the one there is' }),
  output: z.string().min(1).optional(),
  endpoint: z.string().min(1).optional(),
  serviceName: z.string().min(1).optional(),
  includeContent: z.boolean().default(false),
});

function parseOptions(raw: unknown): z.infer<typeof exportOptionsSchema> {
  const parsed = exportOptionsSchema.safeParse(raw);
  if (!parsed.success) throw new UsageError(parsed.error.issues[0]?.message ?? 'invalid options');
  return parsed.data;
}

async function exportRecording(file: string, rawOptions: unknown): Promise<number> {
  const options = parseOptions(rawOptions);
  let recording;
  try {
    recording = readRecording(file);
  } catch (error) {
    if (error instanceof RecordingFormatError) throw new UsageError(error.message);
    throw error;
  }
  for (const warning of recording.warnings) process.stderr.write(`agentvet: warning: ${warning}\n`);
  const traces = recordingToOtlp(recording, { serviceName: options.serviceName, includeContent: options.includeContent, toolVersion: packageInfo().version });
  const spanCount = traces.resourceSpans.reduce((sum, resource) => sum + resource.scopeSpans.reduce((n, scope) => n + scope.spans.length, 0), 0);
  const json = `${JSON.stringify(traces)}\n`;

  if (options.output) {
    const target = resolve(options.output);
    try {
      makeDirectory(dirname(target));
      writeFileSync(target, json);
    } catch (error) {
      throw new UsageError(`-o ${options.output}: cannot write (${(error as NodeJS.ErrnoException).code ?? (error as Error).message})`);
    }
  }
  if (options.endpoint) {
    try {
      const result = await postTraces(options.endpoint, traces);
      process.stderr.write(`agentvet: posted ${spanCount} spans to ${result.url} (${result.status})\n`);
      if (result.rejectedSpans > 0) process.stderr.write(`agentvet: warning: the collector rejected ${result.rejectedSpans} spans: ${result.message ?? 'no reason given'}\n`);
    } catch (error) {
      if (error instanceof CollectorError) throw new UsageError(error.message);
      throw error;
    }
  }
  if (!options.output && !options.endpoint) process.stdout.write(json);
  return EXIT_CLEAN;
}

export function registerExportCommand(program: Command): void {
  program
    .command('export')
    .description('export a recording as OpenTelemetry spans (OTLP/JSON, GenAI conventions) to stdout, a file or a collector')
    .argument('<recording>', 'a recording written by `agentvet record`')
    .option('--otlp', 'OTLP/JSON traces (ExportTraceServiceRequest)')
    .option('-o, --output <file>', 'write the spans to this file instead of stdout')
    .option('--endpoint <url>', 'POST the spans to an OTLP/HTTP collector (e.g. http://localhost:4318)')
    .option('--service-name <name>', 'service.name of the exported resource (default: the recorded script)')
    .option('--include-content', 'include prompts, outputs, tool arguments and results (off by default)')
    .addHelpText('after', '\nExample:\n  agentvet export --otlp run.jsonl --endpoint http://localhost:4318\n')
    .action(commandAction(exportRecording));
}
