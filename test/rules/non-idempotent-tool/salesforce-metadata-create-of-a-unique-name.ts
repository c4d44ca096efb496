// Salesforce tools on jsforce: a metadata component is created under its fullName, which the org keeps
// unique — a repeat is refused (README question 19); a record create has no such key.
import { McpServer } from '@modelcontextprotocol/sdk/server/mcp.js';
import jsforce from 'jsforce';
import { z } from 'zod';

const conn = new jsforce.Connection({ loginUrl: 'https://login.salesforce.com' });

export function register(server: McpServer) {
  server.tool('create_object', { name: z.string(), label: z.string() }, async ({ name, label }) => {
    const metadata = { fullName: `${name}__c`, label, pluralLabel: `${label}s`, deploymentStatus: 'Deployed', sharingModel: 'ReadWrite' };
    const result = await conn.metadata.create('CustomObject', metadata);
    return { content: [{ type: 'text', text: JSON.stringify(result) }] };
  });

  server.tool('create_account', { name: z.string() }, async ({ name }) => {
    const result = await conn.sobject('Account').create({ Name: name }); // expect: non-idempotent-tool
    return { content: [{ type: 'text', text: JSON.stringify(result) }] };
  });
}

export function registerApex(server: McpServer) {
  // A tool that runs the model's Apex (README question 29): whatever it inserts or sends happens again on a repeat.
  server.tool('execute_anonymous', { apexCode: z.string() }, async ({ apexCode }) => {
    const result = await conn.tooling.executeAnonymous(apexCode); // expect: non-idempotent-tool
    return { content: [{ type: 'text', text: JSON.stringify(result) }] };
  });
}
