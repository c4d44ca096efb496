import { describe, expect, it } from 'vitest';
import { mayDeclareExport } from '../../rules/engine/project-model.js';

// The export search reads a module's text for a name; the name is matched literally. A namespace import asks
// for `*`, which once made an invalid regular expression and an internal error on every rule of the file
// (ProfSynapse/hubspot-mcp, fifth held-out set).
describe('mayDeclareExport', () => {
  it('matches a name literally, also one with regular-expression characters', () => {
    expect(mayDeclareExport('/** Posts. */\nconst x = 1;', '*')).toBe(false);
    expect(mayDeclareExport('export * from "./deep.js";', '*')).toBe(true);
    expect(mayDeclareExport('export const $send = 1;', '$send')).toBe(true);
    expect(mayDeclareExport('export const xsend = 1;', '.send')).toBe(false);
  });
  it('finds a declaration, an export list and a CommonJS export, and not a mere mention', () => {
    expect(mayDeclareExport('export async function postOrder() {}', 'postOrder')).toBe(true);
    expect(mayDeclareExport('const a = 1; export { a as b, postOrder };', 'postOrder')).toBe(true);
    expect(mayDeclareExport('exports.postOrder = postOrder;', 'postOrder')).toBe(true);
    expect(mayDeclareExport('function f() { return postOrder(); }', 'postOrder')).toBe(false);
  });
});
