export const retriedJob = { attempts: 5, backoff: { type: 'fixed', delay: 2000 } };
