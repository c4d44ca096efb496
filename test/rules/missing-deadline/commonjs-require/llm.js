// A CommonJS module: the SDK clients come in through require() and leave through module.exports.
// The OpenAI client has no timeout of its own; the Anthropic one has.
const OpenAI = require('openai');
const { Anthropic } = require('@anthropic-ai/sdk');

const openai = new OpenAI({ apiKey: process.env.OPENAI_API_KEY });
const anthropic = new Anthropic({ timeout: 30_000 });

function makeAnthropic() {
  return new Anthropic({ maxRetries: 1 });
}

module.exports = { openai, anthropic, makeAnthropic };
