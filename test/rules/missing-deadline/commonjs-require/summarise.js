// Uses the clients another CommonJS module exports: the OpenAI call has no explicit deadline (lower
// severity), the Anthropic call runs on a client with a timeout (clean), the made one has none.
const { openai, anthropic, makeAnthropic } = require('./llm');
const llm = require('./llm.js');

async function summarise(text) {
  const completion = await openai.chat.completions.create({ // expect: missing-deadline severity=warn
    model: 'gpt-5-mini',
    messages: [{ role: 'user', content: `Summarise:\n${text}` }],
  });
  return completion.choices[0].message.content;
}

async function critique(text) {
  const message = await anthropic.messages.create({
    model: 'claude-sonnet-4-5',
    max_tokens: 512,
    messages: [{ role: 'user', content: `Critique:\n${text}` }],
  });
  return message.content;
}

async function translate(text) {
  const message = await makeAnthropic().messages.create({ // expect: missing-deadline severity=warn
    model: 'claude-sonnet-4-5',
    max_tokens: 512,
    messages: [{ role: 'user', content: `Translate to French:\n${text}` }],
  });
  const check = await llm.anthropic.messages.create({
    model: 'claude-sonnet-4-5',
    max_tokens: 64,
    messages: [{ role: 'user', content: `Is this French? ${message.content}` }],
  });
  return check.content;
}

module.exports = { summarise, critique, translate };
