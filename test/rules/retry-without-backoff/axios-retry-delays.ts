// axios-retry's default retryDelay is noDelay (it waits only for a Retry-After header); its
// exponentialDelay adds 0–20 % at random, linearDelay adds none.
import axios from 'axios';
import axiosRetry, { exponentialDelay } from 'axios-retry';

export const search = axios.create({ baseURL: 'https://search.example.com', timeout: 10_000 });
axiosRetry(search); // expect: retry-without-backoff

export const catalog = axios.create({ baseURL: 'https://catalog.example.com', timeout: 10_000 });
axiosRetry(catalog, { retries: 4, retryDelay: axiosRetry.exponentialDelay });

export const pricing = axios.create({ baseURL: 'https://pricing.example.com', timeout: 10_000 });
axiosRetry(pricing, { retries: 4, retryDelay: exponentialDelay });

export const stock = axios.create({ baseURL: 'https://stock.example.com', timeout: 10_000 });
axiosRetry(stock, { retries: 3, retryDelay: axiosRetry.linearDelay(500) }); // expect: retry-without-backoff

export const reviews = axios.create({ baseURL: 'https://reviews.example.com', timeout: 10_000 });
axiosRetry(reviews, { retries: 3, retryDelay: (retryCount) => retryCount * 1_000 }); // expect: retry-without-backoff

export const images = axios.create({ baseURL: 'https://images.example.com', timeout: 10_000 });
axiosRetry(images, { retries: 3, retryDelay: (retryCount) => 2 ** retryCount * 100 + Math.random() * 100 });

export const ratings = axios.create({ baseURL: 'https://ratings.example.com', timeout: 10_000 });
axiosRetry(ratings, { retries: 3, retryDelay: () => 2_000 }); // expect: retry-without-backoff
