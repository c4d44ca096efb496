// What a replay is asked to do beyond serving the recording: faults at recorded exchanges, requests
// that go live, where the run leaves the recording, the cap on silent calls, and where to write the
// new run. `agentvet replay` resolves the user's flags against the recording (resolve-plan.ts) and
// hands the plan to every replayed process as one JSON environment variable, validated here.
import { z } from 'zod';
import { ResolvedFaultSchema } from './fault-spec.js';
import { RequestMatcherSchema } from './request-matcher.js';
import { DEFAULT_HANG_CAP_MS } from './silence.js';

export const ReplayPlanSchema = z.object({
  /** How long a silent call may wait for the program's own deadline before it counts as hanging. */
  hangCapMs: z.number().positive().default(DEFAULT_HANG_CAP_MS),
  faults: z.array(ResolvedFaultSchema).default([]),
  /** Requests matching any of these go to the network while the rest replays. */
  live: z.array(RequestMatcherSchema).default([]),
  /** The request event after whose exchange the program goes live. */
  liveAfter: z.string().nullable().default(null),
  /** Go live at the first request the recording does not hold, instead of stopping. */
  liveAfterDivergence: z.boolean().default(false),
  /** Where the replayed run is written as a new recording (its header already written), or null. */
  output: z.string().nullable().default(null),
  /** Seeds the values of reads the recording does not hold (after a fault). */
  seed: z.string().default(''),
  /** Body fields that carry an idempotency key: left out when a retry is matched to its recording. */
  idempotencyKeyNames: z.array(z.string()).default([]),
});
export type ReplayPlan = z.infer<typeof ReplayPlanSchema>;
export type ReplayPlanInput = z.input<typeof ReplayPlanSchema>;

export const DEFAULT_REPLAY_PLAN: ReplayPlan = ReplayPlanSchema.parse({});
