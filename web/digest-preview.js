// The month's post as it will be published: the exported Markdown (GET /api/digests/{month}/markdown) with its
// front matter shown as fields (title, date, tags) and the rest rendered by the server (POST /api/render), so
// the preview cannot drift from the export. The rendered HTML is sanitised by the server, as in
// markdown-preview.js.
import * as api from './api.js';
import { el } from './dom.js';
import { formatDate } from './dates.js';

/**
 * Splits a post into its YAML front matter and its body: {fields: {title, date, tags}, body}. The exporter
 * writes the title and tags as double-quoted YAML whose escapes are JSON's, hence JSON.parse.
 */
export function splitFrontMatter(markdown) {
  const match = /^---\n([\s\S]*?)\n---\n/.exec(markdown);
  if (!match) return { fields: {}, body: markdown };
  const fields = {};
  for (const line of match[1].split('\n')) {
    const [, key, value] = /^(\w+):\s?(.*)$/.exec(line) ?? [];
    if (!key) continue;
    try {
      fields[key] = key === 'title' || key === 'tags' ? JSON.parse(value) : value;
    } catch {
      fields[key] = value;
    }
  }
  return { fields, body: markdown.slice(match[0].length).replace(/^\n+/, '') };
}

export function digestPreview({ month }) {
  const front = el('dl', { class: 'front-matter', id: 'digest-front-matter' });
  const body = el('div', { class: 'preview markdown post-preview', id: 'digest-preview', 'aria-live': 'off' });
  const element = el('section', { class: 'digest-preview', 'aria-labelledby': 'digest-preview-title' },
    el('h2', { id: 'digest-preview-title', text: 'Aperçu du billet' }),
    el('p', { class: 'view-meta', text: 'Le billet tel que l\'export Markdown l\'écrit, mis à jour après chaque '
      + 'enregistrement.' }),
    front, body);
  let request = 0;

  /** Fetches and shows the post again; resolves once shown (or once the failure is shown). */
  async function refresh() {
    const mine = ++request;
    element.setAttribute('aria-busy', 'true');
    try {
      const markdown = await api.getText(`/api/digests/${month}/markdown`);
      const { fields, body: text } = splitFrontMatter(markdown);
      const { html } = text.trim() ? await api.post('/api/render', { markdown: text }) : { html: '' };
      if (mine !== request) return;
      showFields(fields);
      if (html) body.innerHTML = html; // sanitised by the server, see above
      else body.replaceChildren(el('p', { class: 'preview-empty', text: 'Le billet est vide pour l\'instant.' }));
    } catch (e) {
      if (mine !== request) return;
      body.replaceChildren(el('p', { class: 'preview-empty', text: `Aperçu indisponible (${e.message}).` }));
    } finally {
      if (mine === request) element.removeAttribute('aria-busy');
    }
  }

  function showFields(fields) {
    const tags = Array.isArray(fields.tags) ? fields.tags : [];
    front.replaceChildren(
      el('dt', { text: 'Titre' }), el('dd', { class: 'front-title', text: fields.title ?? '' }),
      el('dt', { text: 'Date' }), el('dd', { class: 'front-date', text: fields.date ? formatDay(fields.date) : '—' }),
      el('dt', { text: 'Tags' }), el('dd', { class: 'front-tags' },
        tags.length ? tags.map((tag) => el('span', { class: 'tag', text: tag })) : '—'));
  }

  return { element, refresh };
}

/** "2019-10-31" → "31 oct. 2019 (2019-10-31)": the French reading and the value written. */
function formatDay(iso) {
  const shown = formatDate(`${iso}T12:00:00Z`);
  return shown ? `${shown} (${iso})` : iso;
}
