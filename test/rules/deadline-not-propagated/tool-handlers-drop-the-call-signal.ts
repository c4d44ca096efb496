// Tool handlers receive the call's signal from their framework; a call inside that does not get it
// keeps running after the model run was cancelled or timed out. The twins that pass it on (directly,
// combined with a timeout, or through a controller it aborts) are clean.
import { tool } from 'ai';
import { McpServer } from '@modelcontextprotocol/sdk/server/mcp.js';
import { tool as agentTool } from '@openai/agents';
import OpenAI from 'openai';
import { z } from 'zod';

const openai = new OpenAI({ timeout: 60_000 });

export const forecast = tool({
  description: 'Weather forecast for a city',
  inputSchema: z.object({ city: z.string() }),
  execute: async ({ city }, { abortSignal }) => {
    const res = await fetch(`https://weather.example.com/forecast?city=${encodeURIComponent(city)}`); // expect: deadline-not-propagated
    return res.json();
  },
});

export const forecastWithOwnTimeout = tool({
  description: 'Weather forecast for a city',
  inputSchema: z.object({ city: z.string() }),
  execute: async ({ city }, { abortSignal }) => {
    const res = await fetch(`https://weather.example.com/forecast?city=${encodeURIComponent(city)}`, { signal: AbortSignal.timeout(5_000) }); // expect: deadline-not-propagated
    return res.json();
  },
});

export const forecastPassed = tool({
  description: 'Weather forecast for a city',
  inputSchema: z.object({ city: z.string() }),
  execute: async ({ city }, { abortSignal }) => {
    const signal = AbortSignal.any([abortSignal!, AbortSignal.timeout(5_000)]);
    const res = await fetch(`https://weather.example.com/forecast?city=${encodeURIComponent(city)}`, { signal });
    return res.json();
  },
});

const server = new McpServer({ name: 'notes', version: '1.0.0' });

server.registerTool('summarise_url', { inputSchema: { url: z.string() } }, async ({ url }, extra) => {
  const page = await fetch(url, { signal: extra.signal });
  const completion = await openai.chat.completions.create({ model: 'gpt-5-mini', messages: [{ role: 'user', content: await page.text() }] }); // expect: deadline-not-propagated
  return { content: [{ type: 'text', text: completion.choices[0]?.message.content ?? '' }] };
});

server.registerTool('summarise_url_bounded', { inputSchema: { url: z.string() } }, async ({ url }, extra) => {
  const controller = new AbortController();
  extra.signal.addEventListener('abort', () => controller.abort());
  const page = await fetch(url, { signal: controller.signal });
  const completion = await openai.chat.completions.create({ model: 'gpt-5-mini', messages: [{ role: 'user', content: await page.text() }] }, { signal: extra.signal });
  return { content: [{ type: 'text', text: completion.choices[0]?.message.content ?? '' }] };
});

export const lookup = agentTool({
  name: 'lookup',
  description: 'Look a customer up',
  parameters: z.object({ id: z.string() }),
  execute: async ({ id }, _context, details) => {
    const res = await fetch(`https://crm.example.com/customers/${id}`); // expect: deadline-not-propagated
    return res.text();
  },
});
