// Every request to the server: same-origin; errors become messages a reader can act on.

/** A failed answer; status 0: the server could not be reached. */
export class ApiError extends Error {
  constructor(status, message, detail, body) {
    super(message);
    Object.assign(this, {status, detail, body: body || {}});
  }
}

export const getJson = (path, params) => request(path + query(params), {headers: {Accept: 'application/json'}});

export async function request(url, init) {
  const res = await fetch(url, init).catch(e => {
    throw new ApiError(0, 'The Cruxmap server could not be reached.', 'Is it still running? ' + (e.message || ''));
  });
  const body = (res.headers.get('Content-Type') || '').includes('json') ? await res.json().catch(() => null) : await res.text();
  if (res.ok) return body;
  const b = body && typeof body === 'object' ? body : {};
  const msg = b.error ? b.error[0].toUpperCase() + b.error.slice(1) + ' (HTTP ' + res.status + ').' : 'The server answered HTTP ' + res.status + '.';
  throw new ApiError(res.status, msg, b.detail || (typeof body === 'string' ? body.slice(0, 300) : ''), b);
}

// Empty values (and false) are left out; arrays repeat the key.
export function query(params) {
  const q = new URLSearchParams();
  for (const [k, v] of Object.entries(params || {})) {
    if (v != null && v !== '' && v !== false) [].concat(v).forEach(x => q.append(k, x));
  }
  return q.size ? '?' + q : '';
}

const cache = new Map();

/** A promise made once per page load; a failure is forgotten, to be retried. */
export function once(key, make) {
  if (!cache.has(key)) cache.set(key, make().catch(e => { cache.delete(key); throw e; }));
  return cache.get(key);
}

export const people = () => once('people', () => getJson('/api/graph', {types: 'person', limit: 5000})
  .then(g => g.nodes.map(n => ({id: n.id, label: n.label || n.id})).sort((a, b) => a.label.localeCompare(b.label))));
