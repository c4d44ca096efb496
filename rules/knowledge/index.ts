// All knowledge tables in one place, as rules read them.
import { agentFrameworkCalls, agentFrameworkTools, agentToolHosts, agentLoopDefaults, mastraListenerContracts, decoratedToolMethods, frameworkAgentRunners, frameworkModelCalls, modelSdkReturnedInstances, typedToolObjects } from './agent-frameworks.js';
import { agentRunnerReturnedInstances, agentRunners, cliAgentRuns, modelCommands, signalOptionTypes } from './agent-runners.js';
import { awsWrites } from './aws.js';
import { googleApiWrites } from './google-apis.js';
import { onchainWrites } from './onchain.js';
import { openApiClients } from './openapi-clients.js';
import { anthropicCalls, anthropicWrites } from './anthropic.js';
import { concurrentToolFrameworks, fanOutCalls } from './concurrency.js';
import { fetchWrapperCalls } from './fetch-wrappers.js';
import { googleGenAiCalls } from './google-genai.js';
import { batchOfRecordsPath, contentAddressedPostPath, invoiceDocumentKind, upsertPostSegment, credentialMintSegment, endOfLifeSegment, itemPostActsOn, stateTransitionSegment, oneShotActionWithTarget, httpCalls, httpClientRetries, declaredGlobalRequests, appendingPatchPaths, methodByMember, nodeHttpRequests, readOnlyPostPath, readOnlyPostSegment, rpcReadVerb, rpcReadNounOnly, rpcSetVerb, rpcDeleteVerb, postingUpdatePath, rpcWriteWord, databaseSegment } from './http-clients.js';
import { langchainCalls, langchainToolBaseClasses, langchainTools } from './langchain.js';
import { modelEndpoints, modelRequestBody } from './model-endpoints.js';
import { mcpCalls, mcpClientModules, mcpRegistrationMethods, mcpTools, photonToolClasses } from './mcp.js';
import { openaiCalls, openaiWrites, serverExpiringRunCalls } from './openai.js';
import { backoffStrategies, retryBackoffLibraries, sleepFunctions, unjitteredGenerators } from './retry-backoff.js';
import { osSchedulers, timerSchedulers } from './schedulers.js';
import { probotConventionalParameters, probotListenerContracts } from './probot.js';
import { telegramListenerContracts, telegramWebhookDelivery } from './telegram-bots.js';
import { apiTransformerRetries, clientRetryPlugins, cloudflareWorkflowRetries, jobQueueRetries, taskRetries, langchainCallerBases, restateRetries, retriedStepDirectives, retryLibraries, upstashWorkflowRetries } from './retry-libraries.js';
import { truncationFacts, wholeTextSinks } from './truncation.js';
import { freshValueCalls, freshValuePackageCalls, generatedPackagePaths, octokitReturnedInstances, idempotencyKeyFields, idempotencyKeyHeaderPattern, idempotencyKeyNames, saasWrites, sqlMethods, telemetryFunctionName, telemetryUrlSegment, wholeFileWrites } from './saas-writes.js';
import { processInputWrites, shellCommandFunctions, shellTemplateTags } from './shell-commands.js';
import { listenerContracts, slackBoltWrites } from './slack-bolt.js';
import { inngestListenerContracts, inngestRetries, inngestWrites } from './inngest.js';
import { upstashWorkflowListenerContracts } from './upstash-workflow.js';
import { discordConventionalParameters, discordListenerContracts, discordReturnedInstances } from './discord.js';
import { retryingVendorClients } from './vendor-writes.js';
import { tracingWrappers } from './tracing-wrappers.js';
import { activityRetries, functionProxies, outsideEventHandles, outsideEventWaits } from './temporal.js';
import { generatedTsconfigAliases, npmSpecifierPrefixes, packageEntryAliases, runtimeModuleGlobals } from './module-specifiers.js';
import { terminalPrompts } from './terminal-prompts.js';
import { vercelAiCalls, vercelAiLoops, vercelAiToolHosts, vercelAiTools } from './vercel-ai.js';

export const knowledge = {
  outboundCalls: [...httpCalls, ...openaiCalls, ...anthropicCalls, ...vercelAiCalls, ...langchainCalls, ...mcpCalls, ...agentFrameworkCalls, ...googleGenAiCalls, ...fetchWrapperCalls],
  writes: [...saasWrites, ...openaiWrites, ...anthropicWrites, ...onchainWrites, ...googleApiWrites, ...awsWrites, ...slackBoltWrites, ...inngestWrites],
  toolRegistrations: [...vercelAiTools, ...agentFrameworkTools, ...langchainTools, ...mcpTools],
  decoratedToolMethods,
  typedToolObjects,
  toolClassFiles: photonToolClasses,
  frameworkModelCalls,
  serverExpiringRunCalls,
  vercelAiToolHosts,
  agentToolHosts,
  modelEndpoints,
  modelRequestBody,
  vercelAiLoops,
  agentLoopDefaults,
  terminalPrompts,
  agentRunners: [...agentRunners, ...frameworkAgentRunners],
  cliAgentRuns,
  modelCommands,
  signalOptionTypes,
  langchainToolBaseClasses,
  mcpRegistrationMethods,
  mcpClientModules,
  retryLibraries: [...retryLibraries, ...inngestRetries, ...upstashWorkflowRetries, ...restateRetries, ...cloudflareWorkflowRetries],
  retriedStepDirectives,
  jobQueueRetries,
  telegramWebhookDelivery,
  taskRetries,
  clientRetryPlugins,
  apiTransformerRetries,
  timerSchedulers,
  osSchedulers,
  retryBackoffLibraries,
  backoffStrategies,
  unjitteredGenerators,
  sleepFunctions,
  truncationFacts,
  wholeTextSinks,
  fanOutCalls,
  concurrentToolFrameworks,
  langchainCallerBases,
  functionProxies,
  activityRetries,
  outsideEventWaits,
  outsideEventHandles,
  conventionalParameters: [...discordConventionalParameters, ...probotConventionalParameters],
  returnedInstances: [...discordReturnedInstances, ...agentRunnerReturnedInstances, ...octokitReturnedInstances, ...modelSdkReturnedInstances],
  listenerContracts: [...listenerContracts, ...inngestListenerContracts, ...upstashWorkflowListenerContracts, ...probotListenerContracts, ...discordListenerContracts, ...mastraListenerContracts, ...telegramListenerContracts],
  httpClientRetries,
  nodeHttpRequests,
  declaredGlobalRequests,
  appendingPatchPaths,
  methodByMember,
  readOnlyPostPath,
  readOnlyPostSegment,
  rpcReadVerb,
  rpcReadNounOnly,
  databaseSegment,
  rpcSetVerb,
  rpcDeleteVerb,
  postingUpdatePath,
  rpcWriteWord,
  contentAddressedPostPath,
  credentialMintSegment,
  stateTransitionSegment,
  endOfLifeSegment,
  batchOfRecordsPath,
  upsertPostSegment,
  invoiceDocumentKind,
  oneShotActionWithTarget,
  itemPostActsOn,
  idempotencyKeyNames,
  idempotencyKeyFields,
  idempotencyKeyHeaderPattern,
  freshValueCalls,
  freshValuePackageCalls,
  sqlMethods,
  telemetryFunctionName,
  openApiClients,
  telemetryUrlSegment,
  tracingWrappers,
  wholeFileWrites,
  shellCommandFunctions,
  shellTemplateTags,
  processInputWrites,
  generatedPackagePaths,
  npmSpecifierPrefixes,
  packageEntryAliases,
  generatedTsconfigAliases,
  runtimeModuleGlobals,
};

export type Knowledge = typeof knowledge;

/** Packages with write facts (Octokit, Resend, Stripe…): a file importing one may re-attempt a write in a catch. */
export function writePackageNames(): string[] {
  return [...new Set(knowledge.writes.flatMap((fact) => fact.module.map((m) => m.replace(/\/\*$/, ''))))];
}

/** Packages whose write facts decide for the whole package: none of their facts is `besideNames`. */
export function writeTablePackageNames(): string[] {
  const beside = new Set(knowledge.writes.filter((fact) => fact.besideNames).flatMap((fact) => fact.module));
  return writePackageNames().filter((name) => !beside.has(name));
}

/** Package names whose import makes a file a candidate for analysis (the text prefilter). */
export function knownPackageNames(): string[] {
  const names = new Set<string>();
  const add = (module: string) => {
    if (module === 'global') return;
    names.add(module.replace(/\/\*$/, ''));
  };
  for (const list of [knowledge.outboundCalls, knowledge.toolRegistrations, knowledge.retryLibraries, knowledge.truncationFacts]) {
    for (const fact of list) fact.module.forEach(add);
  }
  // A write is a finding only inside a tool handler or a retry, and both are found by their own signs (a
  // framework import, a registration, a retry construct); helpers are loaded when a handler reaches them. So a
  // package that only writes makes no file a candidate — except a client that retries writes on its own.
  for (const fact of knowledge.writes) if (fact.builtInRetries) fact.module.forEach(add);
  knowledge.httpClientRetries.forEach((fact) => add(fact.module));
  // Vendor clients whose writes (found by name, engine/vendor-writes.ts) their own retries resend.
  retryingVendorClients.forEach((client) => add(client.module));
  for (const fact of knowledge.clientRetryPlugins) fact.module.forEach(add);
  // A job queue's worker re-runs its processor (engine/job-queues.ts).
  for (const fact of knowledge.jobQueueRetries) fact.module.forEach(add);
  for (const fact of knowledge.taskRetries) fact.module.forEach(add);
  for (const fact of knowledge.clientRetryPlugins) fact.bundledIn?.forEach((bundle) => add(bundle.module));
  // A file sending through a client a transformer retries needs no import of the transformer: the client's package.
  for (const fact of knowledge.apiTransformerRetries) fact.appliesTo.forEach(add);
  for (const fact of knowledge.timerSchedulers) fact.module.forEach(add);
  knowledge.openApiClients.module.forEach(add);
  knowledge.langchainToolBaseClasses.module.forEach(add);
  for (const fact of [...knowledge.decoratedToolMethods, ...knowledge.typedToolObjects, ...knowledge.toolClassFiles]) fact.module.forEach(add);
  for (const fact of [...knowledge.agentRunners, ...knowledge.modelCommands, ...knowledge.frameworkModelCalls]) fact.module.forEach(add);
  for (const extra of ['pg', 'mysql2', 'better-sqlite3', 'postgres', '@neondatabase/serverless', '@vercel/postgres', 'kysely', 'knex',
    'retry', 'undici', '@openai/agents', 'workflow', 'uuid', 'nanoid']) names.add(extra);
  return [...names];
}
