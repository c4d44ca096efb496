// An openapi-client-axios operation named at run time: `const operationFn = api[operationId];
// operationFn(params, body, config)` or `api[operationId](…)`. One answer for missing-deadline (an axios
// request) and non-idempotent-tool (a write whose kind the name cannot tell).
import { Node, type CallExpression } from 'ts-morph';
import { originOf, unwrap, type ValueOrigin } from './callee.js';
import { moduleMatches } from './match.js';
import type { ProjectModel } from './project-model.js';
import { variableInitializer } from './scope.js';

/** The openapi-client-axios client whose operation `call` runs under a computed name, if it is one. */
export function runtimeNamedOperationClient(call: CallExpression, model: ProjectModel): ValueOrigin | undefined {
  const facts = model.knowledge.openApiClients;
  let target: Node | undefined = unwrap(call.getExpression());
  if (Node.isIdentifier(target)) {
    const init = variableInitializer(target);
    target = init ? unwrap(init) : undefined;
  }
  if (!target || !Node.isElementAccessExpression(target)) return undefined;
  const key = target.getArgumentExpression();
  if (!key || Node.isStringLiteral(key) || Node.isNoSubstitutionTemplateLiteral(key)) return undefined;
  const client = originOf(target.getExpression(), model.types(), 0);
  if (!client?.instance || client.path.length > 0 || !moduleMatches(facts.module, client.module)) return undefined;
  return client;
}
