// Kernel's SDK (@onkernel/sdk): tools that lease a browser out of a pool, begin a login flow, start a recording or run
// model-written code or a command in the browser's VM do it again when the model calls them again (README questions 16,
// 28, 80). Clean: a credential created under the name the project keeps unique, an auth connection (one per profile and
// domain: a repeat is refused with 409), a form submit into the flow in progress, and a release.
import { Kernel } from '@onkernel/sdk';
import { tool } from 'ai';
import { z } from 'zod';

const kernel = new Kernel({ apiKey: process.env.KERNEL_API_KEY });

export const leaseBrowser = tool({
  description: 'Take a browser from a pool',
  inputSchema: z.object({ pool: z.string() }),
  execute: async ({ pool }) => kernel.browserPools.acquire(pool, {}), // expect: non-idempotent-tool
});

export const runScript = tool({
  description: 'Run Playwright code in a browser',
  inputSchema: z.object({ sessionId: z.string(), code: z.string() }),
  execute: async ({ sessionId, code }) => {
    const result = await kernel.browsers.playwright.execute(sessionId, { code }); // expect: non-idempotent-tool
    return result.result;
  },
});

export const runCommand = tool({
  description: 'Run a shell command in the browser VM',
  inputSchema: z.object({ sessionId: z.string(), command: z.string() }),
  execute: async ({ sessionId, command }) => kernel.browsers.process.exec(sessionId, { command }), // expect: non-idempotent-tool
});

export const startLogin = tool({
  description: 'Start a login for a connection',
  inputSchema: z.object({ connectionId: z.string() }),
  execute: async ({ connectionId }) => (await kernel.auth.connections.login(connectionId)).hosted_url, // expect: non-idempotent-tool
});

export const recordSession = tool({
  description: 'Record the browser session',
  inputSchema: z.object({ sessionId: z.string() }),
  execute: async ({ sessionId }) => kernel.browsers.replays.start(sessionId), // expect: non-idempotent-tool
});

export const saveLogin = tool({
  description: 'Store a login and connect it',
  inputSchema: z.object({ domain: z.string(), name: z.string(), password: z.string(), profile: z.string() }),
  execute: async ({ domain, name, password, profile }) => {
    await kernel.credentials.create({ domain, name, values: { password } });
    return kernel.auth.connections.create({ domain, profile_name: profile });
  },
});

export const answerLoginForm = tool({
  description: 'Fill the login form of a connection',
  inputSchema: z.object({ connectionId: z.string(), code: z.string() }),
  execute: async ({ connectionId, code }) => {
    await kernel.auth.connections.submit(connectionId, { fields: { code } });
    await kernel.browserPools.release('checkout-pool', { session_id: connectionId });
  },
});
