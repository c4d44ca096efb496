export { defineTool } from './define-tool';
