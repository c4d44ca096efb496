// README question 30 (a generation that returns what it makes and stores nothing is completion-like) for image
// generation over HTTP: Stability AI's `…/text-to-image` and `…/image-to-image` and a Stable Diffusion web UI's
// `/sdapi/v1/txt2img` answer with the images in the response body — clean. Uploading the image to a gallery stores it:
// a repeat adds a second copy.
import { tool } from 'ai';
import { z } from 'zod';

const STABILITY = 'https://api.stability.ai/v1/generation/stable-diffusion-xl-1024-v1-0';
const headers = { 'Content-Type': 'application/json', Authorization: `Bearer ${process.env.STABILITY_KEY}` };

export const artTools = {
  drawBadge: tool({
    description: 'Draw a badge image for an achievement',
    inputSchema: z.object({ prompt: z.string() }),
    execute: async ({ prompt }) => {
      const res = await fetch(`${STABILITY}/text-to-image`, {
        method: 'POST',
        headers,
        body: JSON.stringify({ text_prompts: [{ text: prompt }], samples: 1 }),
        signal: AbortSignal.timeout(60_000),
      });
      const { artifacts } = (await res.json()) as { artifacts: Array<{ base64: string }> };
      return artifacts[0]?.base64;
    },
  }),
  sketchLocally: tool({
    description: 'Sketch an image with the local Stable Diffusion server',
    inputSchema: z.object({ prompt: z.string() }),
    execute: async ({ prompt }) => {
      const res = await fetch('http://127.0.0.1:7860/sdapi/v1/txt2img', {
        method: 'POST',
        body: JSON.stringify({ prompt, steps: 20 }),
        signal: AbortSignal.timeout(120_000),
      });
      return ((await res.json()) as { images: string[] }).images[0];
    },
  }),
  publishBadge: tool({
    description: 'Publish a badge image to the gallery',
    inputSchema: z.object({ base64: z.string(), title: z.string() }),
    execute: async ({ base64, title }) => {
      const res = await fetch('https://gallery.example.com/v1/images', { // expect: non-idempotent-tool
        method: 'POST',
        headers,
        body: JSON.stringify({ title, data: base64 }),
        signal: AbortSignal.timeout(30_000),
      });
      return res.json();
    },
  }),
};
