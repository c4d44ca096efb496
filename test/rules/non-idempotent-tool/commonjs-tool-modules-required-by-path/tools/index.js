// The tool table: each entry declares a tool to the model and names the module-level handler it runs.
const handleSendInvite = require('./send-invite');
const handleListEvents = require('./list-events');

const calendarTools = [
  { name: 'send-invite', description: 'Invite someone to an event', inputSchema: { type: 'object', properties: { email: { type: 'string' }, eventId: { type: 'string' } } }, handler: handleSendInvite },
  { name: 'list-events', description: 'List upcoming events', inputSchema: { type: 'object', properties: {} }, handler: handleListEvents },
];

module.exports = { calendarTools };
