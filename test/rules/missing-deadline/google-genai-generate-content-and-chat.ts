// The Google Gen AI SDK sets no client-side timeout (the server cuts a call off at 10 minutes, a stream at 20)
// and makes 5 attempts: a model call or chat message with no deadline is reported at lower severity. Cleared by
// `config.abortSignal` or `config.httpOptions.timeout` on the call, `httpOptions.timeout` on the client, or the
// config a chat was created with.
import { GoogleGenAI } from '@google/genai';

const ai = new GoogleGenAI({ apiKey: process.env.GEMINI_API_KEY });
const timedAi = new GoogleGenAI({ apiKey: process.env.GEMINI_API_KEY, httpOptions: { timeout: 30_000 } });

export async function classify(text: string) {
  const response = await ai.models.generateContent({ model: 'gemini-2.5-flash', contents: `Classify: ${text}` }); // expect: missing-deadline severity=warn
  return response.text;
}

export async function streamStory(prompt: string, signal: AbortSignal) {
  const stream = await ai.models.generateContentStream({ model: 'gemini-2.5-flash', contents: prompt, config: { abortSignal: signal } });
  const timed = await ai.models.generateContent({ model: 'gemini-2.5-flash', contents: prompt, config: { temperature: 0, httpOptions: { timeout: 20_000 } } });
  const viaClient = await timedAi.models.generateContent({ model: 'gemini-2.5-flash', contents: prompt });
  return { stream, timed, viaClient };
}

export async function chatTurns(messages: string[]) {
  const chat = ai.chats.create({ model: 'gemini-2.5-flash' });
  const boundedChat = ai.chats.create({ model: 'gemini-2.5-flash', config: { httpOptions: { timeout: 20_000 } } });
  const chatOnTimedClient = timedAi.chats.create({ model: 'gemini-2.5-flash', config: { temperature: 0.2 } });
  for (const message of messages) {
    await chat.sendMessage({ message }); // expect: missing-deadline severity=warn
    await boundedChat.sendMessage({ message });
    await chatOnTimedClient.sendMessageStream({ message });
    await chat.sendMessageStream({ message, config: { abortSignal: AbortSignal.timeout(15_000) } });
  }
}
