// AI SDK tool that hands its abortSignal to a helper in another file; the helper passes it on.
import { tool } from 'ai';
import { z } from 'zod';
import { geocode } from './geocoder.js';

export const findDeliveryZone = tool({
  description: 'Which delivery zone an address falls in',
  inputSchema: z.object({ address: z.string() }),
  execute: async ({ address }, { abortSignal }) => {
    const place = await geocode(address, abortSignal ?? AbortSignal.timeout(5_000));
    if (!place) return { zone: 'unknown' };
    return { zone: place.lat > 52.4 ? 'north' : 'south', label: place.label };
  },
});
