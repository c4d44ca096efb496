// Second set (not tuned on). LangChain, an MCP client tool call, a Next.js route, a class method,
// and fallbacks that do leave a trace.
import { ChatOpenAI } from '@langchain/openai';
import { Client } from '@modelcontextprotocol/sdk/client/index.js';
import { NextResponse } from 'next/server';
import pino from 'pino';

const model = new ChatOpenAI({ model: 'gpt-5-mini', timeout: 30_000 });
const log = pino();

export async function rewrite(text: string): Promise<string> {
  try {
    const result = await model.invoke(`Rewrite politely: ${text}`);
    return String(result.content);
  } catch (e) { // expect: silent-fallback
    return text;
  }
}

export async function searchDocs(client: Client, query: string) {
  try {
    const result = await client.callTool({ name: 'search_docs', arguments: { query } });
    return result.content;
  } catch { // expect: silent-fallback
    return [];
  }
}

export async function POST(request: Request) {
  const { question } = (await request.json()) as { question: string };
  try {
    const answer = await model.invoke(question);
    return NextResponse.json({ answer: String(answer.content) });
  } catch { // expect: silent-fallback
    return NextResponse.json({ answer: '' });
  }
}

export async function POSTHonest(request: Request) {
  const { question } = (await request.json()) as { question: string };
  try {
    const answer = await model.invoke(question);
    return NextResponse.json({ answer: String(answer.content) });
  } catch {
    return NextResponse.json({ error: 'model unavailable' }, { status: 503 });
  }
}

export class Summariser {
  private readonly llm = new ChatOpenAI({ model: 'gpt-5-mini', timeout: 30_000 });

  async summarise(text: string): Promise<string> {
    try {
      const out = await this.llm.invoke(`Summarise: ${text}`);
      return String(out.content);
    } catch { // expect: silent-fallback
      return text.slice(0, 200);
    }
  }

  async summariseLogged(text: string): Promise<string> {
    try {
      const out = await this.llm.invoke(`Summarise: ${text}`);
      return String(out.content);
    } catch (err) {
      log.warn({ err }, 'summary failed, using the first 200 characters');
      return text.slice(0, 200);
    }
  }
}
