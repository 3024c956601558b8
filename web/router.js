import { el } from './dom.js';

// Hash routes of the single-page editor: "#/mois/2019-10?x=1" → {path: ['mois', '2019-10'], params}.
// Each view is a function mount(container, route) that may return an unmount function (called, and awaited
// when it returns a promise, before the next view is shown, so an editor can save what was typed).

export function parseHash(hash = location.hash) {
  const text = hash.replace(/^#\/?/, '');
  const [pathText, queryText = ''] = text.split(/\?(.*)/s, 2);
  const path = pathText.split('/').filter(Boolean).map(decodeURIComponent);
  return { path, params: new URLSearchParams(queryText) };
}

/** "#/mois/2019-10" style href from parts and optional params (empty values left out). */
export function href(parts, params = {}) {
  const path = parts.map((part) => encodeURIComponent(String(part))).join('/');
  const query = new URLSearchParams();
  for (const [key, value] of Object.entries(params)) {
    if (value != null && value !== '') query.set(key, String(value));
  }
  const queryText = query.toString();
  return `#/${path}${queryText ? `?${queryText}` : ''}`;
}

/** Shows a route; the same route again is shown anew (e.g. a link recreated under the same id). */
export function navigate(parts, params) {
  const target = href(parts, params);
  if (location.hash === target) window.dispatchEvent(new HashChangeEvent('hashchange'));
  else location.hash = target;
}

/** Changes the hash without showing the view again (filters kept in the address, for reloads). */
export function replaceParams(parts, params) {
  history.replaceState(null, '', href(parts, params));
}

export class Router {
  /** routes: {name: mount}, keyed by the first path part ('' for the home view); notFound: mount. */
  constructor(container, routes, { onRoute = () => {}, notFound } = {}) {
    this.container = container;
    this.routes = routes;
    this.onRoute = onRoute;
    this.notFound = notFound;
    this.unmount = null;
    this.showing = Promise.resolve();
  }

  start() {
    window.addEventListener('hashchange', () => this.show());
    return this.show();
  }

  /** Shows the view of the current hash; calls are queued so views never overlap. */
  show() {
    this.showing = this.showing.then(() => this.#showNow()).catch((e) => console.error(e));
    return this.showing;
  }

  async #showNow() {
    if (this.unmount) {
      const leaving = this.unmount;
      this.unmount = null;
      await leaving();
    }
    const route = parseHash();
    const name = route.path[0] ?? '';
    const mount = this.routes[name] ?? this.notFound;
    this.container.replaceChildren();
    this.container.setAttribute('aria-busy', 'true');
    this.onRoute(name, route);
    try {
      const unmount = await mount(this.container, route);
      this.unmount = typeof unmount === 'function' ? unmount : null;
    } catch (e) {
      if (e?.status === 401) return; // on the way to the login page
      this.container.append(el('p', { class: 'notice notice-error', role: 'alert',
        text: `Impossible d'afficher cette page : ${e?.message ?? e}` }));
    } finally {
      // Marks the view as shown (tests and assistive technologies wait for this).
      this.container.removeAttribute('aria-busy');
      this.container.dataset.view = name || 'boite';
    }
  }
}
