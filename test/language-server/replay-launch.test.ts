// The extension's `agentvet-replay` debug configuration as the Node debugger's launch configuration, and
// the shell lines its record and replay commands type into a terminal (pure functions, no editor needed).
import { describe, expect, test } from 'vitest';
import { recordCommandLine, replayCommandLine, replayLaunchConfig } from '../../extension/src/replay-launch.js';

describe('agentvet-replay debug configuration', () => {
  test('becomes a node launch of `agentvet replay <recording> -- node <program>` with child processes attached', () => {
    const resolved = replayLaunchConfig({ type: 'agentvet-replay', request: 'launch', recording: '/w/run.jsonl', program: '/w/agent.mjs', args: ['--city', 'Paris'] }, '/w');
    expect(resolved).toEqual({
      config: {
        type: 'node',
        request: 'launch',
        name: 'Replay a recording (agentvet)',
        cwd: '/w',
        runtimeExecutable: 'npx',
        runtimeArgs: ['--no', 'agentvet', 'replay', '/w/run.jsonl', '--', 'node'],
        program: '/w/agent.mjs',
        args: ['--city', 'Paris'],
        autoAttachChildProcesses: true,
        skipFiles: ['<node_internals>/**', '**/node_modules/agentvet/**', '**/node_modules/@mswjs/**'],
        console: 'integratedTerminal',
      },
    });
  });

  test('a TypeScript program runs through tsx unless runtimeArgs say otherwise; --realtime passes on', () => {
    const ts = replayLaunchConfig({ recording: 'r.jsonl', program: 'src/agent.ts', realtime: true, agentvet: ['node', 'dist/cli/main.js'] }, '/w');
    expect('config' in ts && ts.config.runtimeExecutable).toBe('node');
    expect('config' in ts && ts.config.runtimeArgs).toEqual(['dist/cli/main.js', 'replay', '--realtime', 'r.jsonl', '--', 'node', '--import', 'tsx']);
    const custom = replayLaunchConfig({ recording: 'r.jsonl', program: 'src/agent.ts', runtimeArgs: ['--loader', 'ts-node/esm'] }, '/w');
    expect('config' in custom && custom.config.runtimeArgs.slice(-3)).toEqual(['node', '--loader', 'ts-node/esm']);
  });

  test('a missing recording is an error naming the field', () => {
    expect(replayLaunchConfig({ program: 'agent.mjs', recording: '' }, '/w')).toEqual({
      error: 'agentvet-replay: recording: say which recording to replay ("recording": "path/to/run.jsonl")',
    });
    expect(replayLaunchConfig({ recording: 'r.jsonl' }, '/w')).toMatchObject({ error: expect.stringMatching(/^agentvet-replay: program: /) });
  });
});

describe('terminal command lines', () => {
  test('record runs TypeScript through tsx and quotes what needs quoting', () => {
    expect(recordCommandLine('/w/src/agent.ts', "/w/.agentvet/recordings/agent it's.jsonl")).toBe(
      "npx --no agentvet record -o '/w/.agentvet/recordings/agent it'\\''s.jsonl' -- npx --no tsx /w/src/agent.ts",
    );
    expect(recordCommandLine('/w/agent.mjs', '/w/run.jsonl')).toBe('npx --no agentvet record -o /w/run.jsonl -- node /w/agent.mjs');
  });

  test('replay re-runs the recorded command', () => {
    expect(replayCommandLine('/w/run.jsonl', ['node', '--import', 'tsx', 'scripts/demo run.ts'])).toBe(
      "npx --no agentvet replay /w/run.jsonl -- node --import tsx 'scripts/demo run.ts'",
    );
  });
});
