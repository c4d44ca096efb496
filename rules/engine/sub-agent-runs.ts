// subAgentTools: the tools of an agent the project builds and runs inside a tool's handler — a delegating tool,
// `execute: async ({ task }) => { const subagent = new ToolLoopAgent({ model, tools: { create_channel:
// createChannelTool(guild), … } }); return (await subagent.generate({ prompt: task })).text }` — each found as
// findToolHandlers finds it where it is written (a module's `export const createIssueTool = tool({ … })`, the tool a
// factory builds and returns, an entry written in place). Such a tool is judged by what its sub-agent's tools do, at
// the run call (test/corpus/README.md questions 79, 84, 118): a repeated call runs the sub-agent again.
import { Node, SyntaxKind, type CallExpression, type ObjectLiteralExpression } from 'ts-morph';
import { objectLiteralOf, originOf, propertyName, propertyOf, propertyValue, unwrap, type ValueOrigin } from './callee.js';
import { descendantsOfKind } from './kind-index.js';
import { calleeMatches } from './match.js';
import type { ProjectModel } from './project-model.js';
import { findToolHandlers, writtenValue, type ToolHandler } from './tool-handlers.js';

/** The agent's methods that run its loop (knowledge vercel-ai.ts: the AI SDK agent call's `generate` and `stream`; Mastra's `…VNext` too). */
const RUN_METHODS = ['generate', 'stream'];
const RUN_TEXT = /\.(?:generate|stream)(?:VNext)?\s*\(/;

export interface SubAgentTool {
  /** The key the agent's tool set holds it under (`create_channel`). */
  key?: string;
  handler: ToolHandler;
}

/** The tools of the agent a call runs (`subagent.generate(…)` on a `new ToolLoopAgent({ tools })`), or none. */
export function subAgentTools(call: CallExpression, model: ProjectModel): SubAgentTool[] {
  const callee = unwrap(call.getExpression());
  if (!Node.isPropertyAccessExpression(callee)) return [];
  const method = callee.getName();
  const agentMethod = model.knowledge.agentToolHosts.some((h) => h.runMethods.includes(method));
  if (!RUN_METHODS.includes(method) && !agentMethod) return [];
  return model.memoize('sub-agent-tools', call, () => {
    const origin = model.resolveCall(call);
    if (!origin?.instance || !origin.clientCreation) return [];
    if (agentMethod) {
      const registered = registeredAgentTools(method, origin, model);
      if (registered) return registered;
    }
    if (!Node.isNewExpression(origin.clientCreation)) return [];
    const host = model.knowledge.vercelAiToolHosts.find((h) => calleeMatches({ module: h.module, export: h.export, path: RUN_METHODS }, origin)) ??
      model.knowledge.agentToolHosts.find((h) => calleeMatches({ module: h.module, export: h.export, path: h.runMethods }, origin));
    const tools = host ? objectLiteralOf(propertyValue(propertyOf(origin.clientOptions, 'tools'))) : undefined;
    return tools ? toolsOf(tools, model) : [];
  });
}

/**
 * `mastra.getAgent('research').generate(…)` (or through a variable holding the looked-up agent) on `new Mastra({ agents:
 * { research: researchAgent } })`: the tools of the agent filed under that key, or of every filed agent when the key is
 * not written (`getAgent(input.agent)`). Undefined when the run is not on an agent a registry hands out.
 */
function registeredAgentTools(method: string, origin: ValueOrigin, model: ProjectModel): SubAgentTool[] | undefined {
  const lookup = origin.clientCreation;
  const lookupCallee = lookup && Node.isCallExpression(lookup) ? unwrap(lookup.getExpression()) : undefined;
  if (!lookup || !Node.isCallExpression(lookup) || !lookupCallee || !Node.isPropertyAccessExpression(lookupCallee) || origin.path.length !== 1) return undefined;
  const host = model.knowledge.agentToolHosts.find((h) =>
    h.runMethods.includes(method) && lookupCallee.getName() === h.registry.lookup && calleeMatches({ module: h.module, export: h.registry.export, path: [method] }, origin));
  if (!host) return undefined;
  const registry = originOf(lookupCallee.getExpression(), model.types(), 0);
  const agents = objectLiteralOf(propertyValue(propertyOf(registry?.clientOptions, host.registry.option)));
  if (!agents) return [];
  const key = lookup.getArguments()[0];
  const name = key ? stringLiteralValue(unwrap(key)) : undefined;
  const out: SubAgentTool[] = [];
  for (const property of agents.getProperties()) {
    if (name !== undefined && propertyName(property) !== name) continue;
    const agent = Node.isShorthandPropertyAssignment(property) ? property.getNameNode() : propertyValue(property);
    const creation = agent ? writtenValue(agent, model) : undefined;
    if (!creation || !Node.isNewExpression(creation)) continue;
    const made = originOf(creation.getExpression(), model.types(), 0);
    if (!made || !calleeMatches({ module: host.module, export: host.export, path: [''] }, made)) continue;
    const tools = objectLiteralOf(propertyValue(propertyOf(objectLiteralOf(creation.getArguments()[0]), 'tools')));
    if (tools) out.push(...toolsOf(tools, model));
  }
  return out;
}

function stringLiteralValue(node: Node): string | undefined {
  return Node.isStringLiteral(node) || Node.isNoSubstitutionTemplateLiteral(node) ? node.getLiteralValue() : undefined;
}
/** The calls in a handler's body that run a sub-agent built with tools (subAgentTools). */
export function subAgentRunsIn(body: Node, model: ProjectModel): CallExpression[] {
  if (!RUN_TEXT.test(body.getText())) return [];
  return descendantsOfKind(body, SyntaxKind.CallExpression).filter((call) => subAgentTools(call, model).length > 0);
}

function toolsOf(tools: ObjectLiteralExpression, model: ProjectModel): SubAgentTool[] {
  const out: SubAgentTool[] = [];
  for (const property of tools.getProperties()) {
    const value = propertyValue(property);
    const key = propertyName(property);
    for (const handler of value ? handlersHeldBy(value, model, 0) : []) out.push({ key, handler });
  }
  return out;
}

/**
 * The handlers of the tool an entry names: a tool definition's (`tool({ … })`, through the variable or export holding
 * it), those a project factory's call builds (the registrations written in the factory), and through a wrapper given
 * the tool (`withApproval(createDeleteTool(guild), ctx)`) also the given tool's.
 */
function handlersHeldBy(value: Node, model: ProjectModel, depth: number): ToolHandler[] {
  if (depth > 2) return [];
  const node = writtenValue(value, model);
  if (!node) return [];
  if (Node.isObjectLiteralExpression(node)) {
    // An entry written in place, found by the host's own registration.
    return findToolHandlers(node.getSourceFile(), model).filter((h) => h.expression !== undefined && node.containsRange(h.expression.getPos(), h.expression.getEnd()));
  }
  if (!Node.isCallExpression(node)) return [];
  const defined = findToolHandlers(node.getSourceFile(), model).filter((h) => h.registration === node);
  if (defined.length > 0) return defined;
  const factory = model.functionCalledBy(node);
  const built = factory ? findToolHandlers(factory.getSourceFile(), model).filter((h) => h.registration !== node && factory.containsRange(h.registration.getPos(), h.registration.getEnd())) : [];
  return [...built, ...node.getArguments().flatMap((arg) => (Node.isCallExpression(unwrap(arg)) ? handlersHeldBy(arg, model, depth + 1) : []))];
}
