// Near-miss: the same folder loading, but of migration modules whose `up` a command-line script runs in order — no model
// calls them: the POST in add-room-index.ts is no tool's (clean).
import fs from 'fs';
import path from 'path';

export async function migrate() {
  const dir = path.join(__dirname, 'migrations');
  for (const file of fs.readdirSync(dir).sort()) {
    const migration = require(path.join(dir, file));
    await migration.up();
  }
}
