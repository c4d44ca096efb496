// An in-memory cache with a get/post-like surface (the near-miss in cached-lookups.js).
const entries = new Map();

exports.read = async function read(key) {
  return entries.get(key);
};

exports.post = async function post(key, value) {
  entries.set(key, value);
  return value;
};
