// Live preview of a Markdown commentary, rendered by the server (POST /api/render, CommonMark) a moment after
// typing stops. The server escapes raw HTML and drops unsafe URLs, which is why this is the one place where
// HTML from the network is inserted as HTML.
import * as api from './api.js';
import { el, debounce } from './dom.js';

export function markdownPreview({ delay = 300 } = {}) {
  const element = el('div', { class: 'preview markdown', 'aria-live': 'off', 'aria-label': 'Aperçu' });
  let request = 0;

  async function render(markdown) {
    const mine = ++request;
    if (!markdown.trim()) {
      element.replaceChildren(el('p', { class: 'preview-empty', text: 'L\'aperçu du commentaire s\'affiche ici.' }));
      return;
    }
    try {
      const answer = await api.post('/api/render', { markdown });
      if (mine === request) element.innerHTML = answer.html; // sanitised by the server, see above
    } catch (e) {
      if (mine === request) {
        element.replaceChildren(el('p', { class: 'preview-empty', text: `Aperçu indisponible (${e.message}).` }));
      }
    }
  }

  const later = debounce(render, delay);
  return { element, update: later, now: render, cancel: later.cancel };
}
