// tmcp's McpServer: `server.tool({ name, description, schema }, execute)` registers a tool the model calls
// (its `tools/call` runs `execute` with the validated arguments); prompts and resources are not tools.
import { McpServer } from 'tmcp';
import { Resend } from 'resend';

const resend = new Resend(process.env.RESEND_KEY);

export function registerTools(server: McpServer<any>) {
  server.tool({ name: 'send_digest', description: 'Email the digest' }, async () => {
    await resend.emails.send({ from: 'bot@example.com', to: 'team@example.com', subject: 'Digest', text: '…' }); // expect: non-idempotent-tool
    return { content: [{ type: 'text', text: 'sent' }] };
  });

  server.prompt({ name: 'digest_prompt', description: 'A prompt' }, async () => {
    await resend.emails.send({ from: 'bot@example.com', to: 'team@example.com', subject: 'Prompt used', text: '…' });
    return { messages: [] };
  });

  server.resource({ name: 'digest', description: 'The digest', uri: 'digest://today' }, async (uri: string) => {
    await resend.emails.send({ from: 'bot@example.com', to: 'team@example.com', subject: uri, text: '…' });
    return { contents: [] };
  });
}
