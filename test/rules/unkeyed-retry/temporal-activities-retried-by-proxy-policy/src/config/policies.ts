// Retry policies the workflows share.
export const POLICIES = {
  network: { initialInterval: '2s', maximumAttempts: 3, backoffCoefficient: 2 },
  single: { maximumAttempts: 1 },
};
