// "A DELETE of a known id, or a PATCH/UPDATE that only sets fields to given values, repeats safely: low confidence at
// most": a cloud API's action on a known machine that leaves it in a state (powered off, stopped, an address assigned
// to the given machine, a volume detached, rescue mode enabled) sets that state, whether the action sits in the id's
// `actions` collection, right after the id, or carries a `.json` format suffix. An action that runs again on a repeat
// (a reboot, a snapshot taken) and a create stay findings, whatever the helper does to the path.
import { McpServer } from '@modelcontextprotocol/sdk/server/mcp.js';
import { z } from 'zod';
import { cloudRequest } from './cloud-api.js';

const server = new McpServer({ name: 'cloud', version: '1.0.0' });

server.tool('power_off_machine', { id: z.number() }, async ({ id }) => {
  const result = await cloudRequest('POST', `/machines/${id}/actions/poweroff`); // expect: non-idempotent-tool confidence=low
  return { content: [{ type: 'text', text: JSON.stringify(result) }] };
});

server.tool('assign_address', { id: z.number(), machine: z.number() }, async ({ id, machine }) => {
  const result = await cloudRequest('POST', `addresses/${id}/actions/assign`, { machine }); // expect: non-idempotent-tool confidence=low
  return { content: [{ type: 'text', text: JSON.stringify(result) }] };
});

server.tool('detach_volume', { id: z.number() }, async ({ id }) => {
  const result = await cloudRequest('POST', `/volumes/${id}/actions/detach_from_machine`); // expect: non-idempotent-tool confidence=low
  return { content: [{ type: 'text', text: JSON.stringify(result) }] };
});

server.tool('stop_app', { uuid: z.string(), force: z.boolean().optional() }, async ({ uuid, force }) => {
  const result = await cloudRequest('POST', `/apps/${uuid}/stop`, undefined, force ? 'force=true' : undefined); // expect: non-idempotent-tool confidence=low
  return { content: [{ type: 'text', text: JSON.stringify(result) }] };
});

server.tool('complete_todo', { id: z.number() }, async ({ id }) => {
  const result = await cloudRequest('POST', `/todos/${id}/completion.json`); // expect: non-idempotent-tool confidence=low
  return { content: [{ type: 'text', text: JSON.stringify(result) }] };
});

// Near misses: a reboot runs again on every call, a snapshot is a new image each time, a create makes a machine.
server.tool('reboot_machine', { id: z.number() }, async ({ id }) => {
  const result = await cloudRequest('POST', `/machines/${id}/actions/reboot`); // expect: non-idempotent-tool
  return { content: [{ type: 'text', text: JSON.stringify(result) }] };
});

server.tool('snapshot_machine', { id: z.number() }, async ({ id }) => {
  const result = await cloudRequest('POST', `/machines/${id}/actions/create_image`); // expect: non-idempotent-tool
  return { content: [{ type: 'text', text: JSON.stringify(result) }] };
});

server.tool('create_machine', { type: z.string() }, async ({ type }) => {
  const result = await cloudRequest('POST', 'machines', { type }); // expect: non-idempotent-tool
  return { content: [{ type: 'text', text: JSON.stringify(result) }] };
});
