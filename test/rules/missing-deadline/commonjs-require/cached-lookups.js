// Near-miss: names that look like HTTP clients but are the project's own modules. `fetch` and `axios`
// here read an in-memory cache: nothing leaves the process, so nothing is reported.
const fetch = require('./memory-cache').read;
const axios = require('./memory-cache');

async function priceOf(sku) {
  const cached = await fetch(`price:${sku}`);
  return cached ?? axios.post(`price:${sku}`, 0);
}

module.exports = { priceOf };
