// An Inngest AgentKit tool whose body runs in its own `step.run` (retried with the function, 4 retries by default):
// the model's command sent to the E2B sandbox is run again when the step is retried — after a timeout the first run
// may already have installed, written or pushed (test/corpus/README.md questions 4 and 80). Clean: a step that runs a
// command the code fixes, and a step that reads a file.
import { createTool } from '@inngest/agent-kit';
import { Sandbox } from '@e2b/code-interpreter';
import { z } from 'zod';

export const terminal = createTool({
  name: 'terminal',
  description: 'Run a command in the project sandbox',
  parameters: z.object({ command: z.string() }),
  handler: async ({ command }, { step, network }) => {
    return await step?.run('terminal', async () => {
      const sandbox = await Sandbox.connect(network.state.data.sandboxId as string);
      const result = await sandbox.commands.run(command); // expect: unkeyed-retry
      return result.stdout;
    });
  },
});

export const buildStatus = createTool({
  name: 'build_status',
  description: 'Show the state of the last build',
  parameters: z.object({}),
  handler: async (_input, { step, network }) => {
    return await step?.run('build-status', async () => {
      const sandbox = await Sandbox.connect(network.state.data.sandboxId as string);
      const result = await sandbox.commands.run('cat /home/user/.build-status');
      return result.stdout;
    });
  },
});

export const readFile = createTool({
  name: 'read_file',
  description: 'Read a file of the project',
  parameters: z.object({ path: z.string() }),
  handler: async ({ path }, { step, network }) => {
    return await step?.run('read-file', async () => {
      const sandbox = await Sandbox.connect(network.state.data.sandboxId as string);
      return await sandbox.files.read(path);
    });
  },
});
