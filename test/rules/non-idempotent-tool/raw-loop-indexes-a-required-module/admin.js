// Admin commands, exported whole and looked up by a command typed on the console: no model picks them.
const axios = require('axios');

async function purge(args) {
  await axios.post(`${process.env.CLINIC_API}/purge-runs`, { before: args.before }, { timeout: 10000 });
}

module.exports = { purge };
