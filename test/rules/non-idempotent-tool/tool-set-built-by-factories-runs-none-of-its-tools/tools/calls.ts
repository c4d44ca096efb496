// A factory filling a local set one definition at a time, handing it back through nameTools.
import { z } from 'zod';
import { defineTool, nameTools } from '../define.js';

async function dial(number: string) {
  const res = await fetch('https://voice.example.com/v1/calls', {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ number }),
    signal: AbortSignal.timeout(10_000),
  });
  return res.json();
}

export function createCallTools(): Record<string, unknown> {
  const tools: Record<string, unknown> = {};
  tools.place_call = defineTool({
    description: 'Place a phone call',
    inputSchema: z.object({ number: z.string() }),
    execute: async ({ number }) => {
      const call = await dial(number); // expect: non-idempotent-tool
      return { ok: true, call };
    },
  });
  return nameTools(tools);
}
