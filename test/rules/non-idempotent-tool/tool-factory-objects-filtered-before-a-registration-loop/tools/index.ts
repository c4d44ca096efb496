import { addItem } from './add-item.js';
import { getItem } from './get-item.js';

export const tools = [addItem, getItem];
