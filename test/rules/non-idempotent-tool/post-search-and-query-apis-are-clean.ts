// Read-only tools that happen to be sent as POST, as many search APIs are: an Elasticsearch _search,
// an Algolia query, a GraphQL query (not a mutation), and a vector-index query. Retrieval changes
// nothing: no finding.
import axios from 'axios';
import { Pinecone } from '@pinecone-database/pinecone';
import { tool } from '@openai/agents';
import { z } from 'zod';

const pinecone = new Pinecone({ apiKey: process.env.PINECONE_API_KEY! });
const docsIndex = pinecone.index('support-docs');

export const searchTickets = tool({
  name: 'search_tickets',
  description: 'Full-text search over past tickets',
  parameters: z.object({ text: z.string() }),
  execute: async ({ text }, _context, details) => {
    const res = await fetch('https://es.internal.example.com:9200/tickets/_search', {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ query: { match: { body: text } }, size: 10 }),
      signal: details?.signal,
    });
    return JSON.stringify(await res.json());
  },
});

export const searchProducts = tool({
  name: 'search_products',
  description: 'Search the product catalogue',
  parameters: z.object({ text: z.string() }),
  execute: async ({ text }) => {
    const { data } = await axios.post(
      `https://${process.env.ALGOLIA_APP_ID}-dsn.algolia.net/1/indexes/products/query`,
      { params: `query=${encodeURIComponent(text)}&hitsPerPage=5` },
      { headers: { 'X-Algolia-API-Key': process.env.ALGOLIA_SEARCH_KEY!, 'X-Algolia-Application-Id': process.env.ALGOLIA_APP_ID! }, timeout: 5_000 },
    );
    return JSON.stringify(data.hits);
  },
});

export const findPullRequests = tool({
  name: 'find_pull_requests',
  description: 'Open pull requests of a repository',
  parameters: z.object({ owner: z.string(), name: z.string() }),
  execute: async ({ owner, name }, _context, details) => {
    const res = await fetch('https://api.github.com/graphql', {
      method: 'POST',
      headers: { authorization: `Bearer ${process.env.GITHUB_TOKEN}`, 'content-type': 'application/json' },
      body: JSON.stringify({
        query: `query($owner: String!, $name: String!) {
          repository(owner: $owner, name: $name) { pullRequests(states: OPEN, first: 20) { nodes { number title } } }
        }`,
        variables: { owner, name },
      }),
      signal: details?.signal,
    });
    return JSON.stringify(await res.json());
  },
});

export const retrieveDocs = tool({
  name: 'retrieve_docs',
  description: 'Retrieve the help-centre passages closest to an embedding',
  parameters: z.object({ embedding: z.array(z.number()) }),
  execute: async ({ embedding }) => {
    const result = await docsIndex.query({ vector: embedding, topK: 5, includeMetadata: true });
    return JSON.stringify(result.matches.map((m) => m.metadata));
  },
});
