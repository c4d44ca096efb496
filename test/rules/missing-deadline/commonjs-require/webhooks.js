// HTTP clients required the usual CommonJS ways: `.default` on the module, a require inside the function
// that uses it, and a named member. Each request has no deadline.
const axios = require('axios').default;
const { request } = require('undici');

async function notifyShipping(orderId) {
  await axios.post('https://shipping.example.com/hooks/order', { orderId }); // expect: missing-deadline
}

async function pingStatus() {
  const got = require('got');
  return got('https://status.example.com/ping'); // expect: missing-deadline
}

async function fetchRates() {
  const { body } = await request('https://rates.example.com/today'); // expect: missing-deadline
  return body.json();
}

module.exports = { notifyShipping, pingStatus, fetchRates };
