// Runs the sync job every night.
const syncHolidays = require('./sync-job');

setInterval(() => {
  syncHolidays().catch((error) => console.error(error));
}, 24 * 60 * 60 * 1000);
