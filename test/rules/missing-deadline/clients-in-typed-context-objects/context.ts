// The clients an agent's steps share, described by the project's own types: an interface, a type alias
// holding it, and a factory whose body nothing can follow (a pool) but whose return type says what it
// hands out. Nothing here creates a client.
import type Anthropic from '@anthropic-ai/sdk';
import type OpenAI from 'openai';

export interface Clients {
  openai: OpenAI;
  anthropic?: Anthropic | null;
}

export type AgentContext = {
  clients: Clients;
  userId: string;
};

declare const pool: { acquire(): Promise<any> };

export async function pooledClient(): Promise<OpenAI> {
  return pool.acquire();
}
