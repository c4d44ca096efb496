// A CommonJS function module a bot loads from its functions folder and offers to the model: the OpenAI function
// declaration under `json`, the code under `execute`. It files a weather alert with a POST (finding).
module.exports = {
  json: {
    name: 'file_weather_alert',
    description: 'File a weather alert for a town',
    parameters: { type: 'object', properties: { town: { type: 'string' } }, required: ['town'] },
  },
  async execute(parameters) {
    const res = await fetch('https://alerts.example.com/api/alerts', { method: 'POST', body: JSON.stringify({ town: parameters.town }), signal: AbortSignal.timeout(10_000) }); // expect: non-idempotent-tool
    return res.ok ? 'filed' : 'failed';
  },
};
