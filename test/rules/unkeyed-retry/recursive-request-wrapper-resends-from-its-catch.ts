// A CRM client whose request wrapper calls itself again from its catch after a 5xx: it re-sends whatever request
// failed, so a lead created by a POST that timed out after the server acted is created twice. The finding sits at the
// re-attempt in the catch (test/corpus/README.md questions 7, 50), once, for the caller that POSTs through it; a wrapper
// whose every caller reads (a GET) re-sends nothing harmful and stays clean.
import axios, { type AxiosRequestConfig } from 'axios';

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

class LeadsClient {
  private async send(config: AxiosRequestConfig, attempt = 1): Promise<unknown> {
    try {
      const res = await axios({ ...config, baseURL: 'https://crm.example.com', timeout: 15_000 });
      return res.data;
    } catch (error: any) {
      if (attempt >= 3 || ![500, 502, 503, 504].includes(error.response?.status)) throw error;
      await sleep(250 * 2 ** attempt + Math.random() * 100);
      return this.send(config, attempt + 1); // expect: unkeyed-retry
    }
  }

  createLead(email: string, name: string): Promise<unknown> {
    return this.send({ method: 'POST', url: '/leads', data: { email, name } });
  }

  getLead(id: string): Promise<unknown> {
    return this.send({ method: 'GET', url: `/leads/${id}` });
  }
}

class ReportsClient {
  private async fetchReport(config: AxiosRequestConfig, attempt = 1): Promise<unknown> {
    try {
      const res = await axios({ ...config, baseURL: 'https://reports.example.com', timeout: 15_000 });
      return res.data;
    } catch (error) {
      if (attempt >= 3) throw error;
      await sleep(250 * 2 ** attempt + Math.random() * 100);
      return this.fetchReport(config, attempt + 1);
    }
  }

  daily(day: string): Promise<unknown> {
    return this.fetchReport({ method: 'GET', url: `/daily/${day}` });
  }
}

export { LeadsClient, ReportsClient };
