// A raw OpenAI tool loop: `tools[functionName](args)` over `require('./booking')` runs the function the module exports
// under the model's tool name (each is a tool's handler, its write reported in its body). The console's command table,
// `require('./admin')` indexed by a typed command, holds no tools.
const { OpenAI } = require('openai');
const tools = require('./booking');
const admin = require('./admin');

const openai = new OpenAI({ timeout: 30000 });

async function reply(messages) {
  for (let turn = 0; turn < 5; turn++) {
    const completion = await openai.chat.completions.create({ model: 'gpt-4o-mini', messages, tools: [] });
    const message = completion.choices[0].message;
    messages.push(message);
    if (!message.tool_calls) return message.content;
    for (const toolCall of message.tool_calls) {
      const functionName = toolCall.function.name;
      const args = JSON.parse(toolCall.function.arguments);
      const result = await tools[functionName](args);
      messages.push({ role: 'tool', tool_call_id: toolCall.id, content: result });
    }
  }
  return '';
}

async function console(line) {
  const [command, before] = line.split(' ');
  return admin[command]({ before });
}

module.exports = { reply, console };
