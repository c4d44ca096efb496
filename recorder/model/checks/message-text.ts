// Numbers as check messages word them: durations in seconds with one decimal, or milliseconds.

export function formatDurationForMessage(ms: number): string {
  return ms >= 1000 ? `${(ms / 1000).toFixed(1)} s` : `${Math.round(ms)} ms`;
}
