// shared-state-race: tasks that run at the same time (Promise.all fan-out, p-map, the tool calls of one
// model step) reading shared state, awaiting, and writing back what they read — a lost update.
import { defineRule } from './engine/define-rule.js';
import { lostUpdatesIn, parallelTasksIn } from './engine/shared-state.js';

export default defineRule({
  id: 'shared-state-race',
  meta: {
    description: 'Parallel agent or tool work doing read-modify-write on shared state with no lock, version check or merge.',
    defaultSeverity: 'off',
    hasSuggestions: false,
    fixable: false,
  },
  create(context) {
    const seen = new Set<string>();
    for (const task of parallelTasksIn(context.sourceFile, context.model)) {
      for (const update of lostUpdatesIn(task, context.model)) {
        // One task body can run under several fan-outs: one finding per write.
        const key = `${update.write.getSourceFile().getFilePath()}:${update.write.getStart()}`;
        if (seen.has(key)) continue;
        seen.add(key);
        context.report({
          node: update.write,
          message: `Tasks run at the same time by ${task.label} read \`${short(update.target)}\`, wait (${short(update.suspension.getText())}), and write back a value computed from what they read: the others run during the wait, so each task overwrites their updates with its stale copy — updates are lost. Collect each task's result and merge once after they all finish, or make the update atomic (a lock, an atomic increment, a version check).`,
          confidence: 'medium',
          related: [
            { node: update.read, message: 'read here' },
            { node: update.suspension, message: 'other tasks run during this wait' },
            { node: task.construct, message: 'tasks started together here' },
          ],
        });
      }
    }
  },
});

function short(text: string): string {
  const flat = text.replace(/\s+/g, ' ');
  return flat.length > 50 ? `${flat.slice(0, 47)}...` : flat;
}
