// One CallTool handler switching on the tool's name; each case hands the call's arguments, as they came, to a
// per-tool function in another file: that function is the tool's handler, its writes reported in its body.
import { Server } from '@modelcontextprotocol/sdk/server/index.js';
import { CallToolRequestSchema } from '@modelcontextprotocol/sdk/types.js';
import { Resend } from 'resend';
import { listMessagesHandler, sendMessageHandler } from './tools/messages.js';
import { archiveHandler } from './tools/archive.js';
import { MailService } from './tools/mail-service.js';

const resend = new Resend(process.env.RESEND_KEY);
const server = new Server({ name: 'mail', version: '1.0.0' }, { capabilities: { tools: {} } });
const context = { resend, from: 'bot@example.com' };
const mailService = new MailService(resend);

server.setRequestHandler(CallToolRequestSchema, async (request) => {
  const { name, arguments: args } = request.params;
  let response;
  switch (name) {
    case 'send_message':
      response = await sendMessageHandler(args, context);
      return response;
    case 'list_messages':
      return listMessagesHandler(args, context);
    case 'archive': {
      // Arguments rebuilt here: the case itself is the handler, its call reported where it is.
      const validated = { id: String(args?.id ?? '') };
      return await archiveHandler(validated, context); // expect: non-idempotent-tool
    }
    case 'send_via_service':
      // A method of a service several tools share is a helper: its write is reported at the case's call.
      return await mailService.send(args); // expect: non-idempotent-tool
    case 'notify_admin':
      await resend.emails.send({ from: context.from, to: 'admin@example.com', subject: 'tool', text: JSON.stringify(args) }); // expect: non-idempotent-tool
      return { content: [] };
    default:
      throw new Error(`Unknown tool ${name}`);
  }
});
