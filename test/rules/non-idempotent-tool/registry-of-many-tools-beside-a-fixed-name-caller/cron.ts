// Runs one tool by a fixed name on a timer: no model chooses here.
import { executeTool } from './registry';

export function startDigest() {
  return setInterval(() => {
    void executeTool('read_1', {});
  }, 60_000);
}
