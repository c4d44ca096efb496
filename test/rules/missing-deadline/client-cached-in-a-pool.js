// A client cache in plain JavaScript: look the client up in a pool, make one when none is there. The
// lookup (`pool.find(…)`) says nothing about what the variable holds; every assignment after it makes the
// same kind of client, so that is what the call uses: an untimed OpenAI client (reported, lower severity),
// and an Anthropic client made with a timeout (clean). A cache whose assignments make different clients
// (one timed, one not) is not judged: the lookup's value stays unknown.
const OpenAI = require('openai');
const Anthropic = require('@anthropic-ai/sdk');

const openaiClients = [];
const anthropicClients = [];

function openaiFor(apiKey) {
  let client = openaiClients.find((c) => c.apiKey === apiKey);
  if (!client) {
    client = new OpenAI({ apiKey });
    openaiClients.push(client);
  }
  return client;
}

function anthropicFor(apiKey) {
  let client = anthropicClients.find((c) => c.apiKey === apiKey);
  if (!client) {
    client = new Anthropic({ apiKey, timeout: 30_000 });
    anthropicClients.push(client);
  }
  return client;
}

async function summarise(apiKey, text) {
  const openai = openaiFor(apiKey);
  const completion = await openai.chat.completions.create({ model: 'gpt-4.1-mini', messages: [{ role: 'user', content: text }] }); // expect: missing-deadline severity=warn
  return completion.choices[0].message.content;
}

async function critique(apiKey, text) {
  const anthropic = anthropicFor(apiKey);
  const message = await anthropic.messages.create({ model: 'claude-sonnet-4-5', max_tokens: 500, messages: [{ role: 'user', content: text }] });
  return message.content;
}

const mixedClients = new Map();

function mixedFor(apiKey, region) {
  let client = mixedClients.get(apiKey);
  if (!client && region === 'eu') client = new OpenAI({ apiKey, baseURL: 'https://eu.api.example.com/v1', timeout: 20_000 });
  if (!client) client = new OpenAI({ apiKey });
  mixedClients.set(apiKey, client);
  return client;
}

async function classify(apiKey, region, text) {
  const openai = mixedFor(apiKey, region);
  const completion = await openai.chat.completions.create({ model: 'gpt-4.1-mini', messages: [{ role: 'user', content: text }] });
  return completion.choices[0].message.content;
}

module.exports = { summarise, critique, classify };
