// The tool functions of a WhatsApp booking bot, exported whole: the bot looks each up by the model's tool name.
const axios = require('axios');

const API = process.env.CLINIC_API;

async function list_slots(args) {
  const response = await axios.get(`${API}/slots`, { params: { day: args.day }, timeout: 10000 });
  return JSON.stringify(response.data);
}

async function book_visit(args) {
  const response = await axios.post(`${API}/visits`, { patient: args.patient, slot: args.slot }, { timeout: 10000 }); // expect: non-idempotent-tool
  return JSON.stringify(response.data);
}

module.exports = { list_slots, book_visit };
