// Two request helpers that retry whatever their caller asks for, each called from another file. `sendWithRetries`
// is handed a POST that creates a ticket, with no key: its re-send is the finding, reported once in this file
// (corpus README question 50), whichever file the caller is in. `readWithRetries` is only ever handed GETs: clean.
import axios, { type AxiosRequestConfig } from 'axios';

export async function sendWithRetries(config: AxiosRequestConfig, attempts = 3) {
  let attempt = 0;
  do {
    try {
      return await axios({ ...config, timeout: 10_000 }); // expect: unkeyed-retry
    } catch (error) {
      attempt++;
      if (attempt >= attempts) throw error;
      await new Promise((resolve) => setTimeout(resolve, 2 ** attempt * 200 + Math.random() * 100));
    }
  } while (attempt < attempts);
}

export async function readWithRetries(config: AxiosRequestConfig, attempts = 3) {
  for (let attempt = 1; ; attempt++) {
    try {
      return await axios({ ...config, timeout: 10_000 });
    } catch (error) {
      if (attempt >= attempts) throw error;
      await new Promise((resolve) => setTimeout(resolve, 2 ** attempt * 200 + Math.random() * 100));
    }
  }
}
