// Shared CRM client. Its axios-retry condition retries any request that failed with a network
// error or a 5xx — POST included — so every create made through it can be sent twice.
import axios from 'axios';
import axiosRetry, { exponentialDelay, isNetworkError } from 'axios-retry';

export const crm = axios.create({
  baseURL: 'https://crm.example.com/api/v3',
  timeout: 10_000,
  headers: { authorization: `Bearer ${process.env.CRM_TOKEN}` },
});

axiosRetry(crm, {
  retries: 4,
  retryDelay: exponentialDelay,
  retryCondition: (error) => isNetworkError(error) || (error.response?.status ?? 0) >= 500,
});
