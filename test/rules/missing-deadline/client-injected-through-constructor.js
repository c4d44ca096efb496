// Plain JavaScript classes that take their client in the constructor and keep it in a field. The one
// place each class is built passes the client: an untimed Anthropic client (reported, lower severity)
// and an axios instance made with a timeout (clean).
const Anthropic = require('@anthropic-ai/sdk');
const axios = require('axios');

class Summariser {
  constructor(client, model) {
    this.client = client;
    this.model = model;
  }

  async summarise(text) {
    const message = await this.client.messages.create({ model: this.model, max_tokens: 500, messages: [{ role: 'user', content: text }] }); // expect: missing-deadline severity=warn
    return message.content;
  }
}

class StatusPage {
  constructor(http) {
    this.http = http;
  }

  async incidents() {
    const { data } = await this.http.get('/incidents');
    return data;
  }
}

function buildServices() {
  const summariser = new Summariser(new Anthropic(), 'claude-sonnet-4-5');
  const status = new StatusPage(axios.create({ baseURL: 'https://status.example.com', timeout: 5_000 }));
  return { summariser, status };
}

module.exports = { buildServices };
