// The full client: the base with every mixin applied.
import { DeskBase } from './base.js';
import { NotesMixin } from './notes.js';
import { PeopleMixin } from './people.js';

export const DeskClient = PeopleMixin(NotesMixin(DeskBase));
