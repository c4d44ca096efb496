// AI SDK tools writing through SDKs the tables now know (not installed here, matched by import
// specifier): Gmail send, a Calendar event insert, a discord.js channel send, a supabase-js insert, an
// X (twitter-api-v2) post. Clean: listing mail, an event inserted under an id derived from the booking,
// fetching Discord messages, a supabase select and upsert, reading a timeline.
import { createClient } from '@supabase/supabase-js';
import { tool } from 'ai';
import { Client, GatewayIntentBits, type TextChannel } from 'discord.js';
import { google } from 'googleapis';
import { TwitterApi } from 'twitter-api-v2';
import { z } from 'zod';

const auth = new google.auth.OAuth2(process.env.GOOGLE_CLIENT_ID, process.env.GOOGLE_CLIENT_SECRET);
const gmail = google.gmail({ version: 'v1', auth });
const calendar = google.calendar({ version: 'v3', auth });
const discord = new Client({ intents: [GatewayIntentBits.Guilds] });
const supabase = createClient(process.env.SUPABASE_URL!, process.env.SUPABASE_KEY!);
const x = new TwitterApi(process.env.X_BEARER!);

export const assistantTools = {
  sendEmail: tool({
    description: 'Send an email',
    inputSchema: z.object({ raw: z.string() }),
    execute: async ({ raw }) => gmail.users.messages.send({ userId: 'me', requestBody: { raw } }), // expect: non-idempotent-tool
  }),
  listEmails: tool({
    description: 'List recent emails',
    inputSchema: z.object({ q: z.string() }),
    execute: async ({ q }) => gmail.users.messages.list({ userId: 'me', q }),
  }),
  addMeeting: tool({
    description: 'Add a meeting to the calendar',
    inputSchema: z.object({ summary: z.string(), start: z.string(), end: z.string() }),
    execute: async ({ summary, start, end }) =>
      calendar.events.insert({ calendarId: 'primary', requestBody: { summary, start: { dateTime: start }, end: { dateTime: end } } }), // expect: non-idempotent-tool
  }),
  bookSlot: tool({
    description: 'Book a slot for a booking',
    inputSchema: z.object({ bookingId: z.string(), start: z.string(), end: z.string() }),
    execute: async ({ bookingId, start, end }) =>
      calendar.events.insert({ calendarId: 'primary', requestBody: { id: `booking${bookingId}`, start: { dateTime: start }, end: { dateTime: end } } }),
  }),
  announce: tool({
    description: 'Post an announcement to the team channel',
    inputSchema: z.object({ channelId: z.string(), text: z.string() }),
    execute: async ({ channelId, text }) => {
      const channel = (await discord.channels.fetch(channelId)) as TextChannel;
      await channel.send(text); // expect: non-idempotent-tool
      return 'posted';
    },
  }),
  recentMessages: tool({
    description: 'Recent messages of a channel',
    inputSchema: z.object({ channelId: z.string() }),
    execute: async ({ channelId }) => {
      const channel = (await discord.channels.fetch(channelId)) as TextChannel;
      const messages = await channel.messages.fetch({ limit: 20 });
      return messages.map((m) => m.content);
    },
  }),
  placeOrder: tool({
    description: 'Place an order',
    inputSchema: z.object({ customerId: z.string(), sku: z.string() }),
    execute: async ({ customerId, sku }) => {
      const { data, error } = await supabase.from('orders').insert({ customer_id: customerId, sku }).select().single(); // expect: non-idempotent-tool
      if (error) throw error;
      return data;
    },
  }),
  orderStatus: tool({
    description: 'Status of an order',
    inputSchema: z.object({ orderId: z.string() }),
    execute: async ({ orderId }) => (await supabase.from('orders').select('status').eq('id', orderId).single()).data,
  }),
  savePreference: tool({
    description: 'Save a preference',
    inputSchema: z.object({ userId: z.string(), key: z.string(), value: z.string() }),
    execute: async ({ userId, key, value }) => supabase.from('preferences').upsert({ user_id: userId, key, value }, { onConflict: 'user_id,key' }),
  }),
  postUpdate: tool({
    description: 'Post a product update on X',
    inputSchema: z.object({ text: z.string() }),
    execute: async ({ text }) => x.v2.tweet(text), // expect: non-idempotent-tool
  }),
  timeline: tool({
    description: 'Read our timeline',
    inputSchema: z.object({ userId: z.string() }),
    execute: async ({ userId }) => x.v2.userTimeline(userId),
  }),
};
