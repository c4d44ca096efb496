// subAgentTools: the tools of an agent the project builds and runs inside a tool's handler — a delegating tool,
// `execute: async ({ task }) => { const subagent = new ToolLoopAgent({ model, tools: { create_channel:
// createChannelTool(guild), … } }); return (await subagent.generate({ prompt: task })).text }` — each found as
// findToolHandlers finds it where it is written (a module's `export const createIssueTool = tool({ … })`, the tool a
// factory builds and returns, an entry written in place). Such a tool is judged by what its sub-agent's tools do, at
// the run call (test/corpus/README.md questions 79, 84, 118): a repeated call runs the sub-agent again.
import { Node, SyntaxKind, type CallExpression, type ObjectLiteralExpression } from 'ts-morph';
import { objectLiteralOf, propertyName, propertyOf, propertyValue, unwrap } from './callee.js';
import { descendantsOfKind } from './kind-index.js';
import { calleeMatches } from './match.js';
import type { ProjectModel } from './project-model.js';
import { findToolHandlers, writtenValue, type ToolHandler } from './tool-handlers.js';

/** The agent's methods that run its loop (knowledge vercel-ai.ts: the AI SDK agent call's `generate` and `stream`). */
const RUN_METHODS = ['generate', 'stream'];
const RUN_TEXT = /\.(?:generate|stream)\s*\(/;

export interface SubAgentTool {
  /** The key the agent's tool set holds it under (`create_channel`). */
  key?: string;
  handler: ToolHandler;
}

/** The tools of the agent a call runs (`subagent.generate(…)` on a `new ToolLoopAgent({ tools })`), or none. */
export function subAgentTools(call: CallExpression, model: ProjectModel): SubAgentTool[] {
  const callee = unwrap(call.getExpression());
  if (!Node.isPropertyAccessExpression(callee) || !RUN_METHODS.includes(callee.getName())) return [];
  return model.memoize('sub-agent-tools', call, () => {
    const origin = model.resolveCall(call);
    if (!origin?.instance || !origin.clientCreation || !Node.isNewExpression(origin.clientCreation)) return [];
    const host = model.knowledge.vercelAiToolHosts.find((h) => calleeMatches({ module: h.module, export: h.export, path: RUN_METHODS }, origin));
    const tools = host ? objectLiteralOf(propertyValue(propertyOf(origin.clientOptions, 'tools'))) : undefined;
    return tools ? toolsOf(tools, model) : [];
  });
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
