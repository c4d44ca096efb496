// Plain JavaScript: untyped parameters. `runSearch` is always handed the axios instance made without a
// timeout (reported); `runHealthCheck` is always handed one made with a timeout (clean).
const axios = require('axios');

async function runSearch(http, query) {
  const { data } = await http.get(`/search?q=${encodeURIComponent(query)}`); // expect: missing-deadline
  return data;
}

async function runHealthCheck(http) {
  const { status } = await http.get('/health');
  return status === 200;
}

async function main() {
  const searchApi = axios.create({ baseURL: 'https://search.example.com' });
  const statusApi = axios.create({ baseURL: 'https://status.example.com', timeout: 5_000 });
  await runHealthCheck(statusApi);
  return runSearch(searchApi, 'agents');
}

module.exports = { main };
