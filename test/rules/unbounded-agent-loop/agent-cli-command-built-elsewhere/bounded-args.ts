// A builder that always caps the turns of the run it describes.
export function cappedClaudeArgs(prompt: string): string[] {
  return ['-p', prompt, '--max-turns', '12'];
}
