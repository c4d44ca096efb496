// Near miss: a nightly job module required by path and run by a scheduler, not a tool: its POST is no tool's write.
async function syncHolidays() {
  await fetch('https://calendar.example.com/api/holidays/sync', { method: 'POST', body: '{}', signal: AbortSignal.timeout(10_000) });
}

module.exports = syncHolidays;
