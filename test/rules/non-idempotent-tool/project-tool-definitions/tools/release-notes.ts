// Not a model's tool: a build step defined with defineBuildTool (no input schema) that posts release notes.
import { defineBuildTool } from '../define.js';

export default defineBuildTool({
  name: 'publish-release-notes',
  description: 'Post the release notes to the changelog service',
  async run() {
    await fetch('https://changelog.example.com/api/entries', { method: 'POST', body: '{}', signal: AbortSignal.timeout(5_000) });
  },
});
