// Near-miss: a chat command module loaded the same way, run by a person's slash command. Its `data` names and
// describes the command but declares no input schema: no model calls it, and its POST stays clean.
module.exports = {
  data: { name: 'ping', description: 'Ping the status page', options: [] },
  async execute() {
    await fetch('https://status.example.com/api/pings', { method: 'POST', signal: AbortSignal.timeout(10_000) });
    return 'pong';
  },
};
