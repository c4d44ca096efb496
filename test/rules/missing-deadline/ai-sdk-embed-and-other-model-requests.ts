// The AI SDK's other model requests — `embed`, `embedMany`, `generateImage`, `transcribe` (and their `experimental_`
// names) — take an `abortSignal` and have no default deadline (test/corpus/README.md question 73): a finding without
// one. With `abortSignal` they are clean; a `timeout` option is not among their options and clears nothing.
import { embed, embedMany, experimental_generateImage as generateImage, experimental_transcribe as transcribe } from 'ai';
import { openai } from '@ai-sdk/openai';

const embeddingModel = openai.embedding('text-embedding-3-small');

export async function indexChunks(chunks: string[]) {
  const { embeddings } = await embedMany({ model: embeddingModel, values: chunks }); // expect: missing-deadline
  return embeddings;
}

export async function queryVector(question: string) {
  const { embedding } = await embed({ model: embeddingModel, value: question, timeout: 10_000 } as never); // expect: missing-deadline
  return embedding;
}

export async function coverArt(prompt: string) {
  return generateImage({ model: openai.image('gpt-image-1'), prompt }); // expect: missing-deadline
}

// Near misses: each given an abort signal.
export async function boundedQueryVector(question: string) {
  const { embedding } = await embed({ model: embeddingModel, value: question, abortSignal: AbortSignal.timeout(10_000) });
  return embedding;
}

export async function minutesOf(recording: Uint8Array, signal: AbortSignal) {
  return transcribe({ model: openai.transcription('whisper-1'), audio: recording, abortSignal: signal });
}
