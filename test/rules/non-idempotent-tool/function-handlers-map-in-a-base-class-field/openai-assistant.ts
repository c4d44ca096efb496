// The OpenAI subclass: each function_call item of a Responses API answer runs the handler its base class keeps under
// the call's name.
import OpenAI from 'openai';
import { AssistantBase, type CallContext } from './assistant-base.js';

export class OpenAiAssistant extends AssistantBase {
  private client = new OpenAI({ timeout: 60_000 });

  async reply(text: string, ctx: CallContext): Promise<string> {
    const response = await this.client.responses.create({
      model: 'gpt-4.1',
      input: text,
      tools: [
        { type: 'function', name: 'create_note', parameters: { type: 'object', properties: { title: { type: 'string' }, body: { type: 'string' } } }, strict: false },
        { type: 'function', name: 'list_notes', parameters: { type: 'object', properties: {} }, strict: false },
      ],
    });
    const outputs: string[] = [];
    for (const item of response.output) {
      if (item.type !== 'function_call') continue;
      const functionName = item.name;
      const handler = this.functionHandlers.get(functionName);
      outputs.push(handler ? await handler(JSON.parse(item.arguments), ctx) : `unknown function ${functionName}`);
    }
    return outputs.join('\n') || response.output_text;
  }
}
