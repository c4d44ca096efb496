// The project names its client factory once, as a function type, and writes two defaults: one that builds
// the SDK's client as is, one that gives it a timeout.
import Anthropic from '@anthropic-ai/sdk';

export type MakeClient = () => Anthropic;

export const plainClient: MakeClient = () => new Anthropic();

export const timedClient: MakeClient = () => new Anthropic({ timeout: 45_000 });
