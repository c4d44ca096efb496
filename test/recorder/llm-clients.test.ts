// Real LLM clients (openai, @anthropic-ai/sdk, ai + @ai-sdk/openai) recorded against the loopback stub,
// then replayed twice: byte-identical output, no connection to the server, and the LLM calls and tool
// executions recognised from the wire.
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { readRecording } from '../../recorder/reading.js';
import type { LlmCallEvent } from '../../recorder/schema.js';
import { eventsOf, expectIdenticalReplays, fixture, recordProgram, useRecorderTestBed } from './harness.js';

const bed = useRecorderTestBed();

interface ClientCase {
  client: string;
  program: string;
  /** What the recognised LLM calls must say, in order. */
  calls: Array<Partial<Pick<LlmCallEvent, 'provider' | 'api' | 'stream' | 'finishReason'>> & { tools?: string[] }>;
}

const cases: ClientCase[] = [
  {
    client: 'openai chat completions: streamed tool call, then a plain completion',
    program: 'openai-agent.mjs',
    calls: [
      { provider: 'openai', api: 'chat.completions', stream: true, finishReason: 'tool_calls', tools: ['get_weather'] },
      { provider: 'openai', api: 'chat.completions', stream: false, finishReason: 'stop', tools: ['get_weather'] },
    ],
  },
  {
    client: 'openai responses: plain tool call, then a streamed answer',
    program: 'openai-responses.mjs',
    calls: [
      { provider: 'openai', api: 'responses', stream: false, finishReason: 'completed', tools: ['lookup_order'] },
      { provider: 'openai', api: 'responses', stream: true, finishReason: 'completed', tools: ['lookup_order'] },
    ],
  },
  {
    client: '@anthropic-ai/sdk messages: streamed tool_use, then streamed text',
    program: 'anthropic-agent.mjs',
    calls: [
      { provider: 'anthropic', api: 'messages', stream: true, finishReason: 'tool_use', tools: ['get_weather'] },
      { provider: 'anthropic', api: 'messages', stream: true, finishReason: 'end_turn', tools: ['get_weather'] },
    ],
  },
  {
    client: 'ai + @ai-sdk/openai: generateText with a tool, streamText',
    program: 'ai-sdk-agent.mjs',
    calls: [
      { provider: 'openai', api: 'responses', stream: false, tools: ['weather'] },
      { provider: 'openai', api: 'responses', stream: false, finishReason: 'completed' },
      { provider: 'openai', api: 'chat.completions', stream: true, finishReason: 'stop' },
    ],
  },
];

describe.each(cases)('$client', ({ program, calls }) => {
  const recordingFile = join(bed.scratch.path, `${program}.jsonl`);
  const run = () => ({ command: ['node', fixture(program)], env: { STUB_URL: bed.stub.url } });
  let recordedOutput = '';

  it('records the run with its LLM calls recognised from the wire', async () => {
    const result = await recordProgram(recordingFile, run());
    expect(result.stderr).toBe('');
    expect(result.exitCode).toBe(0);
    recordedOutput = result.stdout;

    const recording = readRecording(recordingFile);
    expect(recording.warnings).toEqual([]);
    const llmCalls = eventsOf(recording, 'llm');
    expect(llmCalls).toHaveLength(calls.length);
    calls.forEach((expected, index) => {
      const { tools, ...fields } = expected;
      expect(llmCalls[index]).toMatchObject(fields);
      if (tools) expect(llmCalls[index]?.input.tools).toEqual(tools);
      expect(llmCalls[index]?.usage?.totalTokens).toBeGreaterThan(0);
    });
    const toolCall = llmCalls[0]?.output.toolCalls[0];
    expect(toolCall?.arguments).toContain('Paris');

    const toolStarts = eventsOf(recording, 'tool.start');
    const toolEnds = eventsOf(recording, 'tool.end');
    expect(toolStarts.map((event) => event.call)).toEqual([toolCall?.id]);
    expect(toolEnds).toHaveLength(1);
    expect(toolEnds[0]?.start).toBe(toolStarts[0]?.id);
    expect(eventsOf(recording, 'process.exit')[0]?.code).toBe(0);
  });

  it('replays twice with byte-identical output and no connection to the server', async () => {
    expect(recordedOutput).not.toBe('');
    await expectIdenticalReplays(bed.stub, recordingFile, run(), recordedOutput);
  });
});
