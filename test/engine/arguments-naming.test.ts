// argumentsNaming (tool-handlers.ts) answers, for every call and `new` in a function, what a whole-word pattern of
// the names run over each argument's text answers: nested calls, a name after a `.` (kept or not), inside strings,
// comments and template literals, a spread, a longer word holding a name, `new` without arguments, and names with a
// character outside [\w$] (which keep the pattern).
import { Node, Project, SyntaxKind, type CallExpression, type NewExpression } from 'ts-morph';
import { expect, it } from 'vitest';
import { argumentsNaming } from '../../rules/engine/tool-handlers.js';

const SOURCE = `
export function register(handler: () => void, opts: { name: string }, café: number) {
  const wrapped = (x: unknown) => handler(x);
  server.tool(opts.name, /* handler */ async (args) => wrapped(args));
  log(this.handler, 'handler', \`\${opts}\`, handlerish, ...rest);
  log(other.opts, cafés, café + 1);
  queue.push(new Job, new Job(handler), make(make(make(opts))));
  emit(x.y.handler);
  emit(handler/* trailing */, $handler, handler$);
}
`;

function pattern(names: string[], notAfterDot: boolean): RegExp {
  return new RegExp(`${notAfterDot ? '(?<![\\w$.])' : '(?<![\\w$])'}(?:${names.map((name) => name.replace(/[$]/g, '\\$')).join('|')})(?![\\w$])`);
}

it('names what a whole-word pattern over each argument names', () => {
  const project = new Project({ useInMemoryFileSystem: true });
  const file = project.createSourceFile('/tools.ts', SOURCE);
  const fn = file.getFunctionOrThrow('register');
  const calls = fn.getDescendants().filter((node): node is CallExpression | NewExpression => Node.isCallExpression(node) || Node.isNewExpression(node));
  expect(calls.length).toBeGreaterThan(12);
  const nameSets = [['handler'], ['opts', 'wrapped'], ['café'], ['handler', 'café'], ['rest'], ['nothing'], ['handler$', 'x']];
  let named = 0;
  for (const names of nameSets) {
    for (const notAfterDot of [false, true]) {
      const test = argumentsNaming(fn, names, notAfterDot)!;
      const regex = pattern(names, notAfterDot);
      for (const call of calls) {
        const expected = call.getArguments().some((arg) => regex.test(arg.getText()));
        if (expected) named++;
        expect(test(call), `${names.join(',')} ${notAfterDot} in ${call.getText().slice(0, 60)}`).toBe(expected);
      }
    }
  }
  expect(named).toBeGreaterThan(20);
  expect(argumentsNaming(fn, [], false)).toBeUndefined();
  // A call outside the function is never asked; one of its own calls with no arguments names nothing.
  const bare = fn.getDescendantsOfKind(SyntaxKind.NewExpression).find((node) => node.getArguments().length === 0)!;
  expect(argumentsNaming(fn, ['Job'], false)!(bare)).toBe(false);
});
