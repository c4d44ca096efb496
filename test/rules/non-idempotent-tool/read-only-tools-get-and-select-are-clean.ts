// Read-only tools: GETs through fetch (default method and explicit), axios, got and ky, a SQL SELECT,
// Prisma and Octokit reads, and a Stripe list. Reading twice changes nothing: no finding.
import axios from 'axios';
import got from 'got';
import ky from 'ky';
import pg from 'pg';
import { PrismaClient } from '@prisma/client';
import { Octokit } from '@octokit/rest';
import Stripe from 'stripe';
import { streamText, stepCountIs, tool } from 'ai';
import { openai } from '@ai-sdk/openai';
import { z } from 'zod';

const pool = new pg.Pool();
const prisma = new PrismaClient();
const octokit = new Octokit({ auth: process.env.GITHUB_TOKEN });
const stripe = new Stripe(process.env.STRIPE_SECRET_KEY!);

const tools = {
  getExchangeRate: tool({
    description: 'Exchange rate between two currencies',
    inputSchema: z.object({ from: z.string().length(3), to: z.string().length(3) }),
    execute: async ({ from, to }, { abortSignal }) => {
      const res = await fetch(`https://fx.example.com/latest?base=${from}&symbols=${to}`, { signal: abortSignal });
      return res.json();
    },
  }),
  getUserProfile: tool({
    description: 'Profile of a user',
    inputSchema: z.object({ userId: z.string() }),
    execute: async ({ userId }, { abortSignal }) => {
      const res = await fetch(`https://accounts.example.com/users/${userId}`, { method: 'GET', signal: abortSignal });
      return res.json();
    },
  }),
  getStockLevel: tool({
    description: 'Stock level of a SKU',
    inputSchema: z.object({ sku: z.string() }),
    execute: async ({ sku }) => {
      const { data } = await axios.get(`https://inventory.example.com/skus/${sku}`, { timeout: 5_000 });
      const warehouses = await got(`https://inventory.example.com/skus/${sku}/warehouses`, { timeout: { request: 5_000 } }).json();
      const eta = await ky.get(`https://inventory.example.com/skus/${sku}/restock-eta`).json();
      return { data, warehouses, eta };
    },
  }),
  recentOrders: tool({
    description: 'The last orders of a customer',
    inputSchema: z.object({ customerId: z.string(), limit: z.number().int().max(50).default(10) }),
    execute: async ({ customerId, limit }) => {
      const { rows } = await pool.query('SELECT id, total_cents, created_at FROM orders WHERE customer_id = $1 ORDER BY created_at DESC LIMIT $2', [customerId, limit]);
      const openTickets = await prisma.ticket.count({ where: { customerId, status: 'open' } });
      const charges = await stripe.charges.list({ customer: customerId, limit: 5 });
      return { rows, openTickets, charges: charges.data.map((c) => c.amount) };
    },
  }),
  readChangelog: tool({
    description: 'Read the changelog of a repository',
    inputSchema: z.object({ owner: z.string(), repo: z.string() }),
    execute: async ({ owner, repo }) => {
      const { data } = await octokit.rest.repos.getContent({ owner, repo, path: 'CHANGELOG.md' });
      return data;
    },
  }),
};

export function answerAccountQuestion(prompt: string) {
  return streamText({ model: openai('gpt-4.1-mini'), timeout: 60_000, stopWhen: stepCountIs(5), prompt, tools });
}
