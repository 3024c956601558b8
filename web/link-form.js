// The fields of the link editor: title, URL, section, month, tags, commentary with its live preview,
// related links and "via". read() gives the values (see link-values.js), write() puts some back.
import { el, field, select, externalLink } from './dom.js';
import { tagsInput } from './tags-input.js';
import { relatedLinks } from './related-links.js';
import { markdownPreview } from './markdown-preview.js';

/** values: link values; sections: [{name}]; vocabulary: [{tag, count}]; onChange() after any edit. */
export function linkForm({ values, sections, vocabulary, onChange }) {
  const title = el('input', { type: 'text', id: 'link-title', name: 'title', required: true, value: values.title });
  const url = el('input', { type: 'url', id: 'link-url', name: 'url', required: true, value: values.url });
  const open = el('span', { class: 'open-link' });
  const sectionNames = sections.map((s) => s.name);
  if (values.section && !sectionNames.includes(values.section)) sectionNames.push(values.section);
  const section = select({ id: 'link-section', name: 'section' },
    sectionNames.map((name) => ({ value: name, label: name })), values.section);
  const month = el('input', { type: 'month', id: 'link-month', name: 'month', value: values.month,
    pattern: '\\d{4}-\\d{2}', placeholder: 'AAAA-MM' });
  const tags = tagsInput({ tags: values.tags, vocabulary, id: 'link-tags', onChange });
  const commentary = el('textarea', { id: 'link-commentary', name: 'commentary', rows: 12, spellcheck: 'true',
    lang: 'fr', placeholder: 'Votre commentaire, en Markdown : **gras**, *italique*, [lien](https://…), `code`.' });
  commentary.value = values.commentary;
  const preview = markdownPreview();
  const related = relatedLinks({ related: values.related, onChange });
  const viaTitle = el('input', { type: 'text', id: 'link-via-title', name: 'viaTitle', placeholder: 'Titre',
    value: values.via?.title ?? '', 'aria-label': 'Via : titre' });
  const viaUrl = el('input', { type: 'url', id: 'link-via-url', name: 'viaUrl', placeholder: 'https://…',
    value: values.via?.url ?? '', 'aria-label': 'Via : URL' });

  const element = el('form', { class: 'link-form', id: 'link-form', novalidate: true,
    onsubmit: (event) => event.preventDefault() },
  field('Titre', title),
  el('div', { class: 'field-row' }, field('URL', url), open),
  el('div', { class: 'field-row' }, field('Rubrique', section), field('Mois', month)),
  field('Tags', tags.element),
  el('div', { class: 'field commentary-field' },
    el('label', { class: 'field-label', for: 'link-commentary', text: 'Commentaire' }),
    el('div', { class: 'split' }, commentary, preview.element)),
  el('fieldset', { class: 'field' }, el('legend', { class: 'field-label', text: 'Liens associés' }), related.element),
  el('fieldset', { class: 'field' }, el('legend', { class: 'field-label', text: 'Via' }),
    el('div', { class: 'field-row' }, viaTitle, viaUrl)));

  for (const input of [title, url, month, viaTitle, viaUrl]) input.addEventListener('input', onChange);
  section.addEventListener('change', onChange);
  month.addEventListener('change', onChange);
  commentary.addEventListener('input', () => {
    preview.update(commentary.value);
    onChange();
  });
  url.addEventListener('input', showOpenLink);
  showOpenLink();
  preview.now(values.commentary);

  function showOpenLink() {
    open.replaceChildren(externalLink(url.value, 'Ouvrir ↗', { class: 'small' }));
  }

  function read() {
    const via = { title: viaTitle.value.trim(), url: viaUrl.value.trim() };
    return {
      title: title.value.trim().replace(/\s+/g, ' '),
      url: url.value.trim(),
      section: section.value,
      month: month.value.trim(),
      tags: tags.value(),
      commentary: commentary.value,
      related: related.value(),
      via: via.title || via.url ? via : null,
    };
  }

  /** Puts the given fields' values in the form (after a conflict, or when the server moved the link). */
  function write(values, fields = Object.keys(values)) {
    for (const name of fields) {
      const value = values[name];
      if (name === 'title') title.value = value;
      else if (name === 'url') {
        url.value = value;
        showOpenLink();
      } else if (name === 'section') {
        if (![...section.options].some((o) => o.value === value)) section.append(el('option', { value, text: value }));
        section.value = value;
      } else if (name === 'month') month.value = value;
      else if (name === 'tags') tags.set(value);
      else if (name === 'commentary') {
        commentary.value = value;
        preview.now(value);
      } else if (name === 'related') related.set(value);
      else if (name === 'via') {
        viaTitle.value = value?.title ?? '';
        viaUrl.value = value?.url ?? '';
      }
    }
  }

  return { element, read, write, commentary, stop: preview.cancel };
}
