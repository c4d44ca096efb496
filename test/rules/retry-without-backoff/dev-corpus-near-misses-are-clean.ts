// Found on dev-corpus repositories (gemini-cli, cline, social-media-agent, LlamaIndexTS): shapes that look
// like retries and are not, and waits that are deadlines. All clean, except the generic helper whose
// rejecting timer is a deadline and whose real wait grows without jitter.
import { GoogleGenAI } from '@google/genai';
import * as fs from 'node:fs/promises';
import * as path from 'node:path';

const ai = new GoogleGenAI({ apiKey: process.env.GEMINI_API_KEY, httpOptions: { timeout: 60_000 } });
const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/** Walks up the tree: each pass stats a new path. */
export async function nearestDirectory(start: string) {
  let current = path.resolve(start);
  while (true) {
    try {
      if ((await fs.stat(current)).isDirectory()) return current;
    } catch {
      // keep walking up
    }
    const parent = path.dirname(current);
    if (parent === current) return current;
    current = parent;
  }
}

/** One image per style: each pass generates a different one. */
export async function imagesPerStyle(styles: string[]) {
  const out: unknown[] = [];
  for (let index = 0; index < styles.length; index++) {
    try {
      out.push(await ai.models.generateContent({ model: 'gemini-2.5-flash-image', contents: styles[index]! }));
      break;
    } catch (error) {
      console.error('image failed', error);
    }
    await sleep(500);
  }
  return out;
}

/** The catch calls again with other input: a fallback, not the same attempt. */
export async function withFallback(prompt: string, images: string[]) {
  const generate = (contents: string[]) => ai.models.generateContent({ model: 'gemini-2.5-flash', contents });
  return generate([prompt, ...images]).catch(() => generate([prompt]));
}

/** A server on this machine: no other clients to spread out. */
export async function waitForInspector(port: number) {
  for (let attempt = 0; attempt < 20; attempt++) {
    try {
      return await fetch(`http://127.0.0.1:${port}/json`, { signal: AbortSignal.timeout(1_000) });
    } catch {
      await sleep(500);
    }
  }
  throw new Error('inspector did not start');
}

/** The setTimeout that rejects bounds the attempt; the wait between attempts is the sleep, which grows without jitter. */
export async function retryWithTimeout<T>(callback: () => Promise<T>, maxRetries = 3, baseDelayMs = 3_000, timeoutMs = 120_000): Promise<T> {
  let lastError: unknown;
  for (let attempt = 0; attempt < maxRetries; attempt++) { // expect: retry-without-backoff
    try {
      const timeout = new Promise<never>((_, reject) => {
        setTimeout(() => reject(new Error('timed out')), timeoutMs);
      });
      return await Promise.race([callback(), timeout]);
    } catch (error) {
      lastError = error;
      if (attempt < maxRetries - 1) await sleep(baseDelayMs * Math.pow(2, attempt));
    }
  }
  throw lastError;
}

export async function publishPost(text: string) {
  return retryWithTimeout(() => fetch('https://api.social.example.com/posts', { method: 'POST', body: text, signal: AbortSignal.timeout(30_000) }));
}
