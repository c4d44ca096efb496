export { ClaudeAdapter } from './claude.js';
