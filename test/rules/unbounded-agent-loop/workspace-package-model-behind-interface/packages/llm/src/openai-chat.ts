import OpenAI from 'openai';
import type { ChatApi, ChatTurn } from './chat-api.js';

export class OpenAIChat implements ChatApi {
  private readonly client = new OpenAI({ timeout: 30_000 });

  async complete(messages: Array<{ role: 'user' | 'assistant'; content: string }>): Promise<ChatTurn> {
    const completion = await this.client.chat.completions.create({ model: 'gpt-4o', messages });
    const message = completion.choices[0]!.message;
    return {
      text: message.content ?? '',
      toolCalls: (message.tool_calls ?? []).flatMap((call) => (call.type === 'function' ? [{ name: call.function.name, input: call.function.arguments }] : [])),
    };
  }
}
