import { WebClient } from '@slack/web-api';
import { lazy } from './lazy';

export const slack = lazy(() => new WebClient(process.env.SLACK_BOT_TOKEN));

// Retries switched off (`retryConfig: { retries: 0 }`): no re-send.
export const quietSlack = lazy(() => new WebClient(process.env.SLACK_BOT_TOKEN, { retryConfig: { retries: 0 } }));
