// Answers one intercepted request under replay. First a decision: the recorded exchange it claims
// (with the fault planned for it, if any), a repeat of an exchange already served (a retry after a
// fault), or the network (a --live match, after --live-after's event, or at a divergence with
// --live-after-divergence); a request with no answer is a divergence. Then the answer: the recorded
// response in its turn (concurrent responses in the order the program saw them), a fault, silence
// for an exchange the program gave up on when recorded, or a failure like the recorded one.
import { STATUS_CODES } from 'node:http';
import { setTimeout as sleep } from 'node:timers/promises';
import { bodyText } from '../body.js';
import { siteKey } from '../call-site.js';
import { planFromExchange, responseFromPlan, type PieceOrder, type ResponsePlan } from '../adapters/replay-response.js';
import type { Body } from '../schema.js';
import type { Cause, RecorderSession } from '../session.js';
import { hangReport, httpDivergence, type RequestSummary } from './divergence.js';
import { defaultFaultBody, type ResolvedFault } from './fault-spec.js';
import { rewriteLlmAnswer } from './llm-faults.js';
import type { RecordedExchange, ReplayTape } from './replay-tape.js';
import { matchesRequest } from './request-matcher.js';
import { ResponseOrder } from './response-order.js';
import { staySilent } from './silence.js';

export interface InterceptedRequest {
  request: Request;
  controller: { respondWith(response: Response): void; errorWith(reason?: Error): void };
}

export interface ReadRequest {
  method: string;
  url: string;
  body: Body | null;
  key: string;
}

export type ReplayDecision =
  | { kind: 'recorded'; exchange: RecordedExchange; fault: ResolvedFault | null; repeat: boolean }
  | { kind: 'live'; reason: string | null };

/** A recorded abort gets this many times its recorded wait before the silent call counts as hanging. */
const ABORT_HEADROOM = 2;

export class ReplayServer {
  private readonly order: ResponseOrder;
  private readonly faults = new Map<string, ResolvedFault>();
  /** How many requests each --live matcher matched so far (for `#n`). */
  private readonly liveMatches: number[];

  constructor(
    private readonly session: RecorderSession,
    private readonly tape: ReplayTape,
  ) {
    this.order = new ResponseOrder(tape.exchanges);
    for (const fault of session.replayPlan.faults) if (fault.at.startsWith(`${session.proc}:`)) this.faults.set(fault.at, fault);
    this.liveMatches = session.replayPlan.live.map(() => 0);
  }

  decide(read: ReadRequest, cause: Cause | undefined): ReplayDecision {
    const session: RecorderSession = this.session;
    const plan = session.replayPlan;
    if (session.leftRecording === 'live') return { kind: 'live', reason: null };
    if (this.matchesLive(read)) return { kind: 'live', reason: null };

    const site = cause?.site ?? null;
    const exchange = this.tape.claim(read.key, { site: site ? siteKey(site) : null, call: cause?.call ?? null });
    if (exchange) {
      const fault = this.faults.get(exchange.request.id) ?? null;
      if (fault) this.faults.delete(exchange.request.id);
      return { kind: 'recorded', exchange, fault, repeat: false };
    }
    if (session.leftRecording === 'fault') {
      const repeat = this.tape.findRepeat(read.method, read.url, bodyText(read.body), plan.idempotencyKeyNames);
      if (repeat) return { kind: 'recorded', exchange: repeat, fault: null, repeat: true };
    }
    const report = httpDivergence(this.tape, session.proc, summary(read, cause));
    if (plan.liveAfterDivergence) {
      const expected = report.kind === 'http' && report.expected ? `; the next recorded request was ${report.expected.request.method} ${report.expected.request.url}` : '';
      const differs = report.kind === 'http' && report.expected?.differences[0] ? ` (${report.expected.differences[0]})` : '';
      const reason = `divergence: the recording holds no ${read.method} ${read.url}${expected}${differs}`;
      session.goLive(reason);
      return { kind: 'live', reason };
    }
    session.diverge(report);
  }

  async answer(decision: Extract<ReplayDecision, { kind: 'recorded' }>, intercepted: InterceptedRequest, read: ReadRequest, cause: Cause | undefined): Promise<void> {
    const { exchange, fault } = decision;
    if (fault) {
      this.session.leftRecording ??= 'fault';
      return this.serveFault(fault, exchange, intercepted, read, cause);
    }
    if (exchange.response === null && exchange.end?.endedBy === 'program') {
      this.order.markDelivered(exchange);
      const capMs = Math.max(this.session.replayPlan.hangCapMs, exchange.end.duration * ABORT_HEADROOM);
      await this.silence(intercepted.request, summary(read, cause), 'recorded-abort', capMs);
      return;
    }
    if (this.session.realtime && exchange.response && !decision.repeat) await sleep(exchange.response.mono - exchange.request.mono);
    if (!decision.repeat) await this.order.turn(exchange);
    this.serve(exchange, planFromExchange(exchange), intercepted.controller, read, exchange.end?.error ?? 'got no response when recorded', !decision.repeat);
  }

  private async serveFault(fault: ResolvedFault, exchange: RecordedExchange, intercepted: InterceptedRequest, read: ReadRequest, cause: Cause | undefined): Promise<void> {
    const { action } = fault;
    await this.order.turn(exchange);
    switch (action.kind) {
      case 'timeout':
        this.order.markDelivered(exchange);
        return this.silence(intercepted.request, summary(read, cause), 'fault', this.session.replayPlan.hangCapMs);
      case 'reset':
        return this.serve(exchange, null, intercepted.controller, read, `the fault reset the connection (${fault.spec})`);
      case 'status': {
        const body = action.body ?? defaultFaultBody(action.status);
        const plan: ResponsePlan = {
          status: action.status,
          statusText: STATUS_CODES[action.status] ?? '',
          headers: { 'content-type': 'application/json', ...action.headers },
          pieces: [{ bytes: Buffer.from(body), offset: 0 }],
          streamed: false,
          cutOff: null,
          endAt: null,
        };
        return this.serve(exchange, plan, intercepted.controller, read, '');
      }
      case 'cut': {
        const plan = planFromExchange(exchange);
        if (plan) plan.pieces = plan.pieces.slice(0, action.afterChunks);
        if (plan) plan.cutOff = `the fault cut the stream after ${action.afterChunks} chunk(s) (${fault.spec})`;
        return this.serve(exchange, plan, intercepted.controller, read, 'got no response when recorded');
      }
      case 'truncate':
      case 'duplicate': {
        const plan = planFromExchange(exchange);
        const rewritten = plan && exchange.llm ? rewriteLlmAnswer(plan, exchange.llm.api, action.kind) : plan;
        return this.serve(exchange, rewritten, intercepted.controller, read, 'got no response when recorded');
      }
    }
  }

  private serve(exchange: RecordedExchange, plan: ResponsePlan | null, controller: InterceptedRequest['controller'], read: ReadRequest, failure: string, ordered = true): void {
    try {
      if (plan) {
        const order: PieceOrder = {
          turn: (at) => this.order.turn(exchange, at),
          pulling: () => this.order.markPulling(exchange),
          handedOver: (at) => this.order.markPieceDelivered(exchange, at),
        };
        const onDelivered = () => this.order.markDelivered(exchange);
        controller.respondWith(responseFromPlan(plan, { realtime: this.session.realtime, onDelivered, ...(ordered ? { order } : {}) }));
      } else {
        // Shaped like the system error a reset connection gives, so recorders and clients read it as one.
        const error = Object.assign(new Error(`agentvet replay: ${read.method} ${read.url}: ${failure}`), { code: 'ECONNRESET', errno: -104, syscall: 'read' });
        controller.errorWith(error);
      }
    } finally {
      if (plan) this.order.markServed(exchange);
      else this.order.markDelivered(exchange);
    }
  }

  /** Keeps the connection silent until the program gives up on the call, or reports that it would hang. */
  private async silence(request: Request, described: RequestSummary, reason: 'fault' | 'recorded-abort', capMs: number): Promise<void> {
    if ((await staySilent(request.signal, capMs)) === 'cap') this.session.diverge(hangReport(this.session.proc, described, reason, capMs));
  }

  private matchesLive(read: ReadRequest): boolean {
    const matchers = this.session.replayPlan.live;
    let live = false;
    matchers.forEach((matcher, index) => {
      if (!matchesRequest(matcher, read.method, read.url)) return;
      const count = ++this.liveMatches[index]!;
      if (matcher.nth === null || matcher.nth === count) live = true;
    });
    return live;
  }
}

function summary(read: ReadRequest, cause: Cause | undefined): RequestSummary {
  return { method: read.method, url: read.url, body: bodyText(read.body), site: cause?.site ?? null };
}
