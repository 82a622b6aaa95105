// The viewer's only way to the server: same-origin fetches with errors turned into messages a
// reader can act on.

/** An answer that was not a success: status 0 means the server could not be reached. */
export class ApiError extends Error {
  constructor(status, message, detail, body) {
    super(message);
    this.status = status;
    this.detail = detail;
    this.body = body || {};
  }
  /** True when the route itself is missing on this server (an older or partial build). */
  get missingRoute() { return this.status === 404 && this.body.error === 'not found' && /^\/(api|sparql)/.test(this.body.detail || ''); }
}

/** GET a JSON route; throws ApiError. */
export async function getJson(path, params) {
  return request(path + query(params), {headers: {Accept: 'application/json'}});
}

/** Sends any request and reads JSON; throws ApiError. */
export async function request(url, init) {
  let res;
  try {
    res = await fetch(url, init);
  } catch (e) {
    throw new ApiError(0, 'The Cruxmap server could not be reached.', 'Is it still running? ' + (e.message || ''));
  }
  const type = res.headers.get('Content-Type') || '';
  let body = null;
  if (type.includes('json')) {
    try { body = await res.json(); } catch (e) { body = null; }
  } else {
    body = await res.text();
  }
  if (!res.ok) {
    const b = body && typeof body === 'object' ? body : {};
    const msg = b.error ? capital(b.error) + ' (HTTP ' + res.status + ').' : 'The server answered HTTP ' + res.status + '.';
    throw new ApiError(res.status, msg, b.detail || (typeof body === 'string' ? body.slice(0, 300) : ''), b);
  }
  return body;
}

/** A query string from an object, skipping empty values; arrays repeat the key. */
export function query(params) {
  if (!params) return '';
  const q = new URLSearchParams();
  for (const [k, v] of Object.entries(params)) {
    if (v === undefined || v === null || v === '') continue;
    if (Array.isArray(v)) v.forEach(x => q.append(k, x));
    else q.append(k, v);
  }
  const s = q.toString();
  return s ? '?' + s : '';
}

function capital(s) { return s ? s[0].toUpperCase() + s.slice(1) : s; }

let nodeList = null;

/**
 * Every node's id, type and label from the graph route, fetched once: the fallback for search and
 * suggestions on a server without a search index.
 */
export async function allNodes() {
  if (!nodeList) {
    nodeList = getJson('/api/graph', {limit: 5000, depth: 10}).then(g => g.nodes).catch(e => { nodeList = null; throw e; });
  }
  return nodeList;
}

let peopleList = null;

/** Every person in the map ({id, label}), sorted by name, fetched once per page load. */
export async function people() {
  if (!peopleList) {
    peopleList = getJson('/api/graph', {types: 'person', limit: 5000})
      .then(g => g.nodes.map(n => ({id: n.id, label: n.label || n.id})).sort((a, b) => a.label.localeCompare(b.label)))
      .catch(e => { peopleList = null; throw e; });
  }
  return peopleList;
}
