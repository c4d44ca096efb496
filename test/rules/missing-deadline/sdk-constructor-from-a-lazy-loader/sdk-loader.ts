// SDKs loaded on first use: each loader hands back the package's constructor through the interop idiom
// `mod.default ?? mod` (the namespace, the fallback, names no export) — typed `typeof` the package's default.
import type AnthropicNS from '@anthropic-ai/sdk';
import type OpenAINS from 'openai';

type AnthropicCtor = typeof AnthropicNS;
type OpenAICtor = typeof OpenAINS;

export async function loadAnthropic(): Promise<AnthropicCtor> {
  try {
    const mod = await import('@anthropic-ai/sdk');
    return (mod.default ?? mod) as AnthropicCtor;
  } catch (err) {
    throw new Error(`install @anthropic-ai/sdk to use this provider (${String(err)})`);
  }
}

export async function loadOpenAI(): Promise<OpenAICtor> {
  const mod = await import('openai');
  return (mod.default || mod) as OpenAICtor;
}
