// Every module's activities in one object, for the worker; workflows are typed by it.
import * as orders from './orders';

export * from './orders';
export const activities = { ...orders };
export type Activities = typeof activities;
