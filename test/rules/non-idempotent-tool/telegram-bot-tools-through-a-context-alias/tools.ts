// MCP tools of a Telegram bot: the context is the project's alias of grammY's Context, so `ctx.api.send*`
// are grammY sends — a new message each call. The ElevenLabs generation they make first stores nothing.
import { McpServer } from '@modelcontextprotocol/sdk/server/mcp.js';
import { InputFile } from 'grammy';
import { z } from 'zod';
import { generateMusic, textToSpeech } from './elevenlabs.js';
import type { MyContext } from './types.js';

export function registerTools(server: McpServer, ctx: MyContext) {
  server.tool('generate_music', { prompt: z.string(), chatId: z.number() }, async ({ prompt, chatId }) => {
    const audio = await generateMusic(prompt);
    await ctx.api.sendAudio(chatId, new InputFile(audio, 'music.mp3'), { title: prompt.slice(0, 64) }); // expect: non-idempotent-tool
    return { content: [{ type: 'text', text: 'Music sent.' }] };
  });

  server.tool('send_voice_reply', { text: z.string(), chatId: z.number(), voice: z.string() }, async ({ text, chatId, voice }) => {
    // Near-miss: a typing status repeats nothing.
    await ctx.api.sendChatAction(chatId, 'record_voice');
    const audio = await textToSpeech(text, voice);
    await ctx.api.sendVoice(chatId, new InputFile(audio, 'voice.ogg')); // expect: non-idempotent-tool
    return { content: [{ type: 'text', text: 'Voice message sent.' }] };
  });

  // Near-miss: generating speech and returning it sends nothing anywhere.
  server.tool('speak', { text: z.string(), voice: z.string() }, async ({ text, voice }) => {
    const audio = await textToSpeech(text, voice);
    return { content: [{ type: 'audio', data: audio.toString('base64'), mimeType: 'audio/ogg' }] };
  });
}
