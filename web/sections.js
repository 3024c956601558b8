// The sections of the post (#/rubriques): renamed in place, their keywords edited, reordered, added, deleted when
// they hold no link. The keywords (comma-separated here) are what the server uses to guess new links' sections.
import * as api from './api.js';
import { el, field } from './dom.js';
import { toast, describe } from './notify.js';

export async function mountSections(container) {
  const list = el('ol', { class: 'sections', id: 'sections' });
  const name = el('input', { type: 'text', id: 'new-section', required: true, placeholder: 'Nom de la rubrique',
    'aria-label': 'Nom de la nouvelle rubrique' });
  const error = el('p', { class: 'notice notice-error', role: 'alert', hidden: true });
  const form = el('form', { class: 'inline-form', onsubmit: add },
    name, el('button', { type: 'submit', class: 'button-primary', text: 'Ajouter la rubrique' }));

  container.append(el('section', { class: 'view view-sections' },
    el('header', { class: 'view-header' }, el('div', {}, el('h1', { text: 'Rubriques' }),
      el('p', { class: 'view-meta', text: 'Les parties du billet, dans l\'ordre où il les montre.' }))),
    form, error, list));
  await refresh();

  async function refresh(focus) {
    const sections = await api.get('/api/sections');
    list.replaceChildren(...sections.map((section, index) => row(section, index, sections.length)));
    if (focus) {
      const target = list.querySelector(`li[data-id="${focus.id}"] [data-action="${focus.action}"]`);
      if (target && !target.disabled) target.focus();
    }
  }

  function row(section, index, count) {
    const input = el('input', { type: 'text', class: 'section-name', value: section.name,
      'aria-label': `Nom de la rubrique ${section.name}` });
    const rename = async () => {
      const value = input.value.trim();
      if (!value || value === section.name) {
        input.value = section.name;
        return;
      }
      await act(section, { name: value }, 'rename', `Rubrique renommée : ${value}`);
    };
    input.addEventListener('change', rename);
    blurOnEnter(input);
    return el('li', { class: 'section-row', dataset: { id: section.id } }, input,
      el('button', { type: 'button', class: 'icon-button', dataset: { action: 'up' }, disabled: index === 0,
        'aria-label': `Monter ${section.name}`, text: '↑',
        onclick: () => act(section, { position: index - 1 }, 'up') }),
      el('button', { type: 'button', class: 'icon-button', dataset: { action: 'down' }, disabled: index === count - 1,
        'aria-label': `Descendre ${section.name}`, text: '↓',
        onclick: () => act(section, { position: index + 1 }, 'down') }),
      el('button', { type: 'button', class: 'button-danger', dataset: { action: 'delete' }, text: 'Supprimer',
        onclick: () => remove(section) }),
      keywordsField(section));
  }

  function keywordsField(section) {
    const shown = section.keywords.join(', ');
    const hintId = `section-keywords-hint-${section.id}`;
    const input = el('input', { type: 'text', class: 'section-keywords-input', value: shown,
      'aria-label': `Mots-clés de la rubrique ${section.name}`, 'aria-describedby': hintId });
    input.addEventListener('change', async () => {
      const keywords = input.value.split(',').map((keyword) => keyword.trim()).filter((keyword) => keyword);
      if (keywords.join(', ') === shown) return;
      await act(section, { keywords }, 'keywords', `Mots-clés enregistrés : ${section.name}`);
    });
    blurOnEnter(input);
    const wrapper = field('Mots-clés', input);
    wrapper.classList.add('section-keywords');
    wrapper.append(el('span', { class: 'field-hint', id: hintId,
      text: 'séparés par des virgules ; ils servent à suggérer la rubrique des nouveaux liens' }));
    return wrapper;
  }

  function blurOnEnter(input) {
    input.addEventListener('keydown', (event) => {
      if (event.key === 'Enter') {
        event.preventDefault();
        input.blur();
      }
    });
  }

  async function act(section, body, action, message) {
    error.hidden = true;
    try {
      await api.patch(`/api/sections/${section.id}`, body);
      if (message) toast(message);
    } catch (e) {
      showError(`Modification impossible : ${describe(e)}`);
    }
    await refresh({ id: section.id, action });
  }

  async function remove(section) {
    error.hidden = true;
    if (!window.confirm(`Supprimer la rubrique « ${section.name} » ?`)) return;
    try {
      await api.del(`/api/sections/${section.id}`);
      toast(`Rubrique supprimée : ${section.name}`);
      await refresh();
    } catch (e) {
      showError(e.status === 409
        ? `La rubrique « ${section.name} » contient encore des liens : déplacez-les d'abord (${describe(e)}).`
        : `Suppression impossible : ${describe(e)}`);
    }
  }

  async function add(event) {
    event.preventDefault();
    error.hidden = true;
    const value = name.value.trim();
    if (!value) return;
    try {
      await api.post('/api/sections', { name: value });
      name.value = '';
      await refresh();
    } catch (e) {
      showError(`Ajout impossible : ${describe(e)}`);
    }
  }

  function showError(text) {
    error.textContent = text;
    error.hidden = false;
  }
}
