// Declarations kept in a module of their own, imported by the tools that offer them.
import type { FunctionDeclaration } from './types.js';

export const ARCHIVE_BOARD_DECLARATION: FunctionDeclaration = {
  type: 'function',
  function: {
    name: 'archive_board',
    description: 'Archive a board: its cards move to a new archive snapshot',
    parameters: { type: 'object', properties: { board: { type: 'string' } }, required: ['board'] },
  },
};
