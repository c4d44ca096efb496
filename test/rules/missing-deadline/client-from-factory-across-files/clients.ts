// Project factories that hand out SDK clients. Nothing at a call site says what they return: the
// clients are found by following each factory's return (and the module variable it caches the client
// in), without the type checker — the same answer with and without node_modules.
import Anthropic from '@anthropic-ai/sdk';
import { ChatOpenAI } from '@langchain/openai';
import OpenAI from 'openai';

let shared;

export function getOpenAI() {
  shared ??= new OpenAI({ apiKey: process.env.OPENAI_API_KEY });
  return shared;
}

export const makeAnthropic = () => new Anthropic({ timeout: 45_000 });

async function readModelSettings() {
  return { apiKey: process.env.OPENAI_API_KEY, temperature: 0.2 };
}

export async function loadChatModel(name: string) {
  const settings = await readModelSettings();
  return new ChatOpenAI({ model: name, apiKey: settings.apiKey, temperature: settings.temperature });
}

export function llmClients() {
  return { openai: getOpenAI(), anthropic: makeAnthropic() };
}
