// Every tool of the agent, in one list.
import { bookRoomTool } from './book-room.js';
import { listRoomsTool } from './list-rooms.js';

export const ALL_TOOLS = [
  listRoomsTool,
  bookRoomTool,
];
