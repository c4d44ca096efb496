// A catch around a model call that hands back a default with no log, no rethrow and no marker is a
// finding; the twins that log, rethrow or mark the fallback are clean.
import OpenAI from 'openai';
import { generateText } from 'ai';
import { openai as provider } from '@ai-sdk/openai';

const openai = new OpenAI({ timeout: 30_000 });

export async function suggestTags(text: string): Promise<string[]> {
  try {
    const completion = await openai.chat.completions.create({ model: 'gpt-5-mini', messages: [{ role: 'user', content: `Tags for: ${text}` }] });
    return (completion.choices[0]?.message.content ?? '').split(',').map((t) => t.trim());
  } catch { // expect: silent-fallback
    return [];
  }
}

export async function suggestTitle(text: string): Promise<string> {
  try {
    const { text: title } = await generateText({ model: provider('gpt-5-mini'), prompt: `Title for: ${text}`, abortSignal: AbortSignal.timeout(20_000) });
    return title;
  } catch (_error) { // expect: silent-fallback
    return 'Untitled';
  }
}

export async function suggestTagsLogged(text: string): Promise<string[]> {
  try {
    const completion = await openai.chat.completions.create({ model: 'gpt-5-mini', messages: [{ role: 'user', content: `Tags for: ${text}` }] });
    return (completion.choices[0]?.message.content ?? '').split(',');
  } catch (error) {
    console.error('tagging failed', error);
    return [];
  }
}

export async function suggestTagsRethrown(text: string): Promise<string[]> {
  try {
    const completion = await openai.chat.completions.create({ model: 'gpt-5-mini', messages: [{ role: 'user', content: `Tags for: ${text}` }] });
    return (completion.choices[0]?.message.content ?? '').split(',');
  } catch (error) {
    throw new Error('tagging failed', { cause: error });
  }
}

export async function suggestTagsMarked(text: string): Promise<{ tags: string[]; degraded: boolean }> {
  try {
    const completion = await openai.chat.completions.create({ model: 'gpt-5-mini', messages: [{ role: 'user', content: `Tags for: ${text}` }] });
    return { tags: (completion.choices[0]?.message.content ?? '').split(','), degraded: false };
  } catch {
    return { tags: [], degraded: true };
  }
}

export async function summaryOrDefault(text: string) {
  let summary = 'No summary available.';
  try {
    summary = (await generateText({ model: provider('gpt-5-mini'), prompt: `Summarise: ${text}`, abortSignal: AbortSignal.timeout(20_000) })).text;
  } catch {} // expect: silent-fallback
  return summary;
}
