// A registry keyed by slot: `getProvider('sms')` is written to return `Providers[K]`, the member of the map the slot names.
import { createCarrierSms, createDemoSms, type PagerProvider, type SmsProvider } from './providers.js';

type Providers = {
  sms: SmsProvider;
  pager: PagerProvider;
};

const installed: Partial<Providers> = {};

export function installProviders(demo: boolean): void {
  installed.sms = demo ? createDemoSms() : createCarrierSms(process.env.SMS_URL!, process.env.SMS_TOKEN!);
}

export function getProvider<K extends keyof Providers>(slot: K): Providers[K] {
  const provider = installed[slot];
  if (!provider) throw new Error(`provider ${slot} is not installed`);
  return provider as Providers[K];
}
