// A Gemini function-calling loop. A brain made with an interceptor hands it every call the model makes.
import { GoogleGenAI } from '@google/genai';
import { handleToolCall } from './skills/index.js';

const ai = new GoogleGenAI({ apiKey: process.env.GEMINI_API_KEY, httpOptions: { timeout: 60_000 } });

export interface BrainConfig {
  agentId: string;
  interceptor?: (name: string, args: unknown) => Promise<unknown>;
}

export class Brain {
  private readonly config: BrainConfig;

  constructor(config: BrainConfig) {
    this.config = config;
  }

  async answer(prompt: string) {
    const contents: any[] = [{ role: 'user', parts: [{ text: prompt }] }];
    for (let turn = 0; turn < 10; turn++) {
      const response = await ai.models.generateContent({ model: 'gemini-2.5-flash', contents });
      const calls = response.functionCalls ?? [];
      if (calls.length === 0) return response.text;
      for (const call of calls) {
        const { name, args } = call;
        const output = this.config.interceptor ? await this.config.interceptor(name!, args) : await handleToolCall(name!, args);
        contents.push({ role: 'user', parts: [{ functionResponse: { name, response: { output } } }] });
      }
    }
    return undefined;
  }
}
