// Options objects the project builds for its Claude Agent SDK runs: one with no turn bound, one with `maxTurns`.
export function chatOptions(model: string) {
  return { model, permissionMode: 'bypassPermissions' as const, allowedTools: ['Read', 'Edit', 'Bash'] };
}

export function boundedOptions(model: string) {
  return { model, maxTurns: 15, allowedTools: ['Read'] };
}
