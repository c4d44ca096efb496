// Clients every part of the support agent shares: the chat model, Stripe and the ticketing API base URL.
// Nothing here talks to the network yet; the calls live next to the code that makes them.
import { openai } from '@ai-sdk/openai';
import Stripe from 'stripe';

export const supportModel = openai('gpt-4.1-mini');

// stripe-node gives every request an 80 s deadline by default, so Stripe calls are never unbounded.
export const stripe = new Stripe(process.env.STRIPE_SECRET_KEY ?? 'sk_test_placeholder');

export const TICKETS_URL = process.env.TICKETS_URL ?? 'https://tickets.example.com/api';
