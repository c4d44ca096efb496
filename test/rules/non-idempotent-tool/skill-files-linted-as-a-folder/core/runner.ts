// The ops agent: a Gemini loop that runs the ops skills by the name each function call carries. It lives in core/,
// so `agentvet lint skills` does not lint it; the skills' file holds no word of an agent.
import { GoogleGenAI } from '@google/genai';
import { opsSkills } from '../skills/ops.js';

const ai = new GoogleGenAI({ apiKey: process.env.GEMINI_API_KEY, httpOptions: { timeout: 60_000 } });

async function runSkill(name: string, args: unknown) {
  const skill = opsSkills.find((s) => s.name === name);
  return skill ? skill.run(args) : { error: `unknown skill ${name}` };
}

export async function runOps(prompt: string) {
  const contents: any[] = [{ role: 'user', parts: [{ text: prompt }] }];
  for (let turn = 0; turn < 8; turn++) {
    const response = await ai.models.generateContent({ model: 'gemini-2.5-flash', contents });
    const calls = response.functionCalls ?? [];
    if (calls.length === 0) return response.text;
    for (const call of calls) {
      const output = await runSkill(call.name!, call.args);
      contents.push({ role: 'user', parts: [{ functionResponse: { name: call.name, response: { output } } }] });
    }
  }
  return undefined;
}
