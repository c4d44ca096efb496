// openai v3 loaded with require, its Configuration built first into a const and handed to OpenAIApi: the client
// has no deadline unless that configuration's `baseOptions` sets one. Clean: a configuration with a timeout, and a
// configuration that is a parameter (what it holds is not seen).
const { Configuration, OpenAIApi } = require('openai');

const configuration = new Configuration({ apiKey: process.env.OPENAI_API_KEY });
const openai = new OpenAIApi(configuration);

const boundedConfiguration = new Configuration({ apiKey: process.env.OPENAI_API_KEY, baseOptions: { timeout: 15000 } });
const boundedOpenai = new OpenAIApi(boundedConfiguration);

async function ask(prompt) {
  const response = await openai.createCompletion({ model: 'text-davinci-003', prompt, max_tokens: 256 }); // expect: missing-deadline
  return response.data.choices[0].text;
}

async function askBounded(prompt) {
  const response = await boundedOpenai.createCompletion({ model: 'text-davinci-003', prompt });
  return response.data.choices[0].text;
}

function clientFor(config) {
  return new OpenAIApi(config);
}

async function askWith(config, prompt) {
  const response = await clientFor(config).createCompletion({ model: 'text-davinci-003', prompt });
  return response.data.choices[0].text;
}

module.exports = { ask, askBounded, askWith };
