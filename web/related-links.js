// The "related links" of a link (other articles in the same bullet): rows of URL + title, added and removed.
import { el } from './dom.js';

export function relatedLinks({ related = [], onChange = () => {} }) {
  const rows = el('ol', { class: 'related-rows' });
  const add = el('button', { type: 'button', class: 'link-button', text: '+ Ajouter un lien associé',
    onclick: () => {
      const row = addRow({ url: '', title: '' });
      row.querySelector('input').focus();
    } });
  const element = el('div', { class: 'related' }, rows, add);

  function addRow(link) {
    const url = el('input', { type: 'url', class: 'related-url', value: link.url ?? '', placeholder: 'https://…',
      'aria-label': 'URL du lien associé', oninput: () => onChange() });
    const title = el('input', { type: 'text', class: 'related-title', value: link.title ?? '',
      placeholder: 'Titre', 'aria-label': 'Titre du lien associé', oninput: () => onChange() });
    const row = el('li', { class: 'related-row' }, url, title,
      el('button', { type: 'button', class: 'icon-button', 'aria-label': 'Retirer ce lien associé', text: '×',
        onclick: () => {
          row.remove();
          onChange();
        } }));
    rows.append(row);
    return row;
  }

  function set(list) {
    rows.replaceChildren();
    for (const link of list) addRow(link);
  }

  set(related);
  return {
    element,
    /** Every row with something typed (a half-typed one included: see savable() in link-values.js). */
    value: () => [...rows.querySelectorAll('.related-row')]
      .map((row) => ({ url: row.querySelector('.related-url').value.trim(),
        title: row.querySelector('.related-title').value.trim() }))
      .filter((link) => link.url || link.title),
    set,
  };
}
