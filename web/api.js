// The client of Veille's JSON API: same-origin fetch with the session cookie, the CSRF header on every write,
// JSON in and out, and failures as ApiError (status 0 when the server could not be reached).
// An answer 401 means the session is over: the browser goes to the login page, which brings it back here.

export class ApiError extends Error {
  constructor(status, message, body) {
    super(message);
    this.name = 'ApiError';
    this.status = status;
    this.body = body;
  }

  /** True when trying again later may work: network down, server error, rate limit. */
  get transient() {
    return this.status === 0 || this.status === 429 || this.status >= 500;
  }
}

let csrfToken = null;

/** Reads the session (and its CSRF token); call once before any write. */
export async function startSession() {
  const session = await request('GET', '/api/session');
  csrfToken = session?.csrfToken ?? null;
  return session;
}

export function loginUrl() {
  const here = location.pathname + location.search + location.hash;
  return '/login?next=' + encodeURIComponent(here);
}

export function goToLogin() {
  location.assign(loginUrl());
}

/** Builds "path?a=1&b=2" from an object, leaving out null, undefined and empty values. */
export function withQuery(path, params = {}) {
  const query = new URLSearchParams();
  for (const [key, value] of Object.entries(params)) {
    if (value != null && value !== '') query.set(key, String(value));
  }
  const text = query.toString();
  return text ? `${path}?${text}` : path;
}

export const get = (path, params) => request('GET', withQuery(path, params));
/** GET of a text answer (the post's Markdown), given back exactly as the server sent it. */
export const getText = (path, params) => request('GET', withQuery(path, params), undefined, { text: true });
export const post = (path, body, options) => request('POST', path, body, options);
export const patch = (path, body, options) => request('PATCH', path, body, options);
export const del = (path, options) => request('DELETE', path, undefined, options);

/** Ends the session on the server, then shows the login page. */
export async function logout() {
  try {
    await fetch('/logout', { method: 'POST', headers: { 'X-CSRF-Token': csrfToken ?? '' }, credentials: 'same-origin' });
  } finally {
    location.assign('/login');
  }
}

// Browsers refuse keepalive bodies over 64 KiB (in total): a long commentary is sent without it.
const KEEPALIVE_MAX_CHARS = 16000;

async function request(method, path, body, { keepalive = false, csrfRetried = false, text: asText = false } = {}) {
  const headers = { Accept: asText ? 'text/plain, text/markdown, application/json' : 'application/json' };
  if (body !== undefined) headers['Content-Type'] = 'application/json';
  if (method !== 'GET') headers['X-CSRF-Token'] = csrfToken ?? '';
  const text = body === undefined ? undefined : JSON.stringify(body);
  let response;
  try {
    response = await fetch(path, {
      method,
      headers,
      body: text,
      credentials: 'same-origin',
      // Lets a save started as the page closes reach the server.
      keepalive: keepalive && (text?.length ?? 0) <= KEEPALIVE_MAX_CHARS,
      redirect: 'manual',
    });
  } catch (e) {
    throw new ApiError(0, 'serveur injoignable', null);
  }
  // A redirect answered to an API call is the server sending us to the login page.
  if (response.status === 401 || response.type === 'opaqueredirect') {
    goToLogin();
    throw new ApiError(401, 'session expirée : reconnexion…', null);
  }
  const answer = await response.text();
  if (asText && response.ok) return answer;
  let json = null;
  if (answer) {
    try {
      json = JSON.parse(answer);
    } catch {
      json = null;
    }
  }
  if (response.status === 403 && method !== 'GET' && !csrfRetried) {
    // The CSRF token may have changed (new session in another tab): read it again, then try once more.
    await startSession();
    return request(method, path, body, { keepalive, csrfRetried: true, text: asText });
  }
  if (!response.ok) {
    throw new ApiError(response.status, json?.error ?? `HTTP ${response.status}`, json);
  }
  return json;
}
