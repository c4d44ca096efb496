// Turns `agentvet replay`'s flags into a replay plan, checked against the recording: every `--fault`
// and `--live` must name something the recording holds, and a fault must fit its exchange (a cut
// needs that many chunks, truncate an LLM answer, duplicate an answer with tool calls). What does
// not fit is a ReplayPlanError naming the flag, for the CLI to print with exit 2.
import type { Recording } from '../reading.js';
import type { HttpRequestEvent, LlmCallEvent, RecordingEvent } from '../schema.js';
import { parseFaultAction, splitFault, FaultSyntaxError, type ResolvedFault } from './fault-spec.js';
import type { ReplayPlan } from './replay-plan.js';
import { describeMatcher, isEventId, matchesRequest, MatcherSyntaxError, parseRequestMatcher, type RequestMatcher } from './request-matcher.js';

export class ReplayPlanError extends Error {
  override name = 'ReplayPlanError';
}

export interface ReplayFlags {
  faults?: readonly string[];
  live?: readonly string[];
  liveAfter?: string | null;
  liveAfterDivergence?: boolean;
}

interface ExchangeIndex {
  requests: HttpRequestEvent[];
  byId: Map<string, RecordingEvent>;
  llmByRequest: Map<string, LlmCallEvent>;
  chunksByRequest: Map<string, number>;
  streamed: Set<string>;
  answered: Set<string>;
}

export function resolveReplayPlan(recording: Recording, flags: ReplayFlags): Omit<ReplayPlan, 'hangCapMs' | 'output' | 'seed' | 'idempotencyKeyNames'> {
  const index = indexExchanges(recording);
  const faults = (flags.faults ?? []).map((text) => resolveFault(recording, index, text));
  const seen = new Set<string>();
  for (const fault of faults) {
    if (seen.has(fault.at)) throw new ReplayPlanError(`--fault ${fault.spec}: request ${fault.at} already has a fault; give each exchange one`);
    seen.add(fault.at);
  }
  const live = (flags.live ?? []).map((text) => {
    const matcher = parseMatcher('--live', text);
    if (!index.requests.some((request) => matchesRequest(matcher, request.method, request.url))) {
      throw new ReplayPlanError(`--live ${JSON.stringify(text)} matches no request in ${recording.file}`);
    }
    return matcher;
  });
  const liveAfter = flags.liveAfter ? requestIdOf(recording, index, flags.liveAfter, '--live-after') : null;
  return { faults, live, liveAfter, liveAfterDivergence: flags.liveAfterDivergence ?? false };
}

function resolveFault(recording: Recording, index: ExchangeIndex, text: string): ResolvedFault {
  let where: string;
  let what: string;
  try {
    ({ where, what } = splitFault(text));
  } catch (error) {
    if (error instanceof FaultSyntaxError) throw new ReplayPlanError(error.message);
    throw error;
  }
  let action;
  try {
    action = parseFaultAction(what, text);
  } catch (error) {
    if (error instanceof FaultSyntaxError) throw new ReplayPlanError(error.message);
    throw error;
  }
  const at = isEventId(where) ? requestIdOf(recording, index, where, `--fault ${text}:`) : requestByMatcher(recording, index, parseMatcher(`--fault ${text}:`, where), text);
  const flag = `--fault ${text}: request ${at}`;
  const llm = index.llmByRequest.get(at);
  switch (action.kind) {
    case 'cut': {
      if (!index.answered.has(at)) throw new ReplayPlanError(`${flag} got no response when recorded, so there is no stream to cut`);
      const chunks = index.chunksByRequest.get(at) ?? 0;
      if (!index.streamed.has(at) && action.afterChunks > 0) throw new ReplayPlanError(`${flag} has a whole body, not a stream: only cut:0 applies`);
      if (index.streamed.has(at) && action.afterChunks >= chunks) throw new ReplayPlanError(`${flag} has only ${chunks} chunk(s); cut after fewer`);
      break;
    }
    case 'truncate':
      if (!llm) throw new ReplayPlanError(`${flag} is not an LLM call: truncate applies to a model's answer`);
      break;
    case 'duplicate':
      if (!llm || llm.output.toolCalls.length === 0) throw new ReplayPlanError(`${flag} is not an LLM answer with tool calls: duplicate delivers a model's tool calls twice`);
      break;
    default:
      break;
  }
  return { at, spec: text, action };
}

function parseMatcher(flag: string, text: string): RequestMatcher {
  try {
    return parseRequestMatcher(text);
  } catch (error) {
    if (error instanceof MatcherSyntaxError) throw new ReplayPlanError(`${flag} ${error.message}`);
    throw error;
  }
}

function requestByMatcher(recording: Recording, index: ExchangeIndex, matcher: RequestMatcher, flag: string): string {
  const matches = index.requests.filter((request) => matchesRequest(matcher, request.method, request.url));
  if (matches.length === 0) throw new ReplayPlanError(`--fault ${flag}: ${describeMatcher(matcher)} matches no request in ${recording.file}`);
  const nth = matcher.nth ?? 1;
  const chosen = matches[nth - 1];
  if (!chosen) throw new ReplayPlanError(`--fault ${flag}: ${describeMatcher(matcher)} matches only ${matches.length} request(s)`);
  return chosen.id;
}

/** The request event an event id belongs to: itself, its exchange's request, or its LLM call's. */
function requestIdOf(recording: Recording, index: ExchangeIndex, id: string, flag: string): string {
  const event = index.byId.get(id);
  if (!event) throw new ReplayPlanError(`${flag} there is no event ${id} in ${recording.file} (\`agentvet view\` shows the ids)`);
  switch (event.type) {
    case 'http.request':
      return event.id;
    case 'http.response':
    case 'http.chunk':
    case 'http.end':
    case 'llm':
      return event.request;
    case 'tool.start': {
      const llm = index.byId.get(event.llm);
      if (llm?.type === 'llm') return llm.request;
      break;
    }
    default:
      break;
  }
  throw new ReplayPlanError(`${flag} event ${id} is a ${event.type} event, not part of an HTTP exchange`);
}

function indexExchanges(recording: Recording): ExchangeIndex {
  const index: ExchangeIndex = {
    requests: [],
    byId: new Map(),
    llmByRequest: new Map(),
    chunksByRequest: new Map(),
    streamed: new Set(),
    answered: new Set(),
  };
  for (const event of recording.events) {
    index.byId.set(event.id, event);
    if (event.type === 'http.request') index.requests.push(event);
    else if (event.type === 'llm') index.llmByRequest.set(event.request, event);
    else if (event.type === 'http.chunk') index.chunksByRequest.set(event.request, (index.chunksByRequest.get(event.request) ?? 0) + 1);
    else if (event.type === 'http.response') {
      index.answered.add(event.request);
      if (event.stream) index.streamed.add(event.request);
    }
  }
  return index;
}
