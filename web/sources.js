// The sources (#/sources): each one with its health, checked now on demand, edited, removed; and the form
// adding one (a feed or a site, a GitHub repository, a page with selectors).
import * as api from './api.js';
import { el, externalLink } from './dom.js';
import { healthBadge, healthList, healthOf, pollResultText } from './source-health.js';
import { sourceForm } from './source-form.js';
import { toast, describe } from './notify.js';

const KIND_LABELS = { feed: 'flux', github: 'GitHub', page: 'page' };

export async function mountSources(container) {
  const [sources, sections] = await Promise.all([api.get('/api/sources'), api.get('/api/sections')]);
  const list = el('ul', { class: 'sources', id: 'sources' });
  const summary = el('p', { class: 'view-meta' });
  const addDetails = el('details', { class: 'add-source', id: 'add-source' },
    el('summary', { class: 'button button-primary', text: 'Ajouter une source' }),
    sourceForm({ sections, onSubmit: async (body) => {
      const created = await api.post('/api/sources', body);
      sources.push(created);
      render();
      addDetails.open = false;
      toast(`Source ajoutée : ${created.title || created.url}`);
      list.querySelector(`li[data-id="${created.id}"]`)?.scrollIntoView({ block: 'center' });
    } }));

  container.append(el('section', { class: 'view view-sources' },
    el('header', { class: 'view-header' }, el('div', {}, el('h1', { text: 'Sources' }), summary)),
    addDetails, list));
  render();

  function render() {
    const broken = sources.filter((s) => healthOf(s) === 'error' || s.gone).length;
    summary.textContent = `${sources.length} source${sources.length > 1 ? 's' : ''}`
      + (broken ? ` · ${broken} en difficulté` : '');
    // Sources in trouble first: they are the ones needing attention.
    const order = { gone: 0, error: 1, waiting: 2, ok: 3 };
    const sorted = sources.slice().sort((a, b) => order[healthOf(a)] - order[healthOf(b)]
      || name(a).localeCompare(name(b), 'fr'));
    list.replaceChildren(...sorted.map(card));
  }

  function card(source) {
    const result = el('p', { class: 'poll-result', 'aria-live': 'polite' });
    const pollButton = el('button', { type: 'button', class: 'poll-button', text: 'Vérifier maintenant' });
    const editArea = el('div', { class: 'edit-area' });
    const item = el('li', { class: ['source', `source-${healthOf(source)}`], dataset: { id: source.id } },
      el('div', { class: 'source-main' },
        el('h2', { class: 'source-title' }, name(source), ' ',
          el('span', { class: 'badge', text: KIND_LABELS[source.kind] ?? source.kind }), ' ', healthBadge(source)),
        el('p', { class: 'source-url' }, source.kind === 'github'
          ? externalLink(source.url ?? `https://github.com/${source.repo}`, source.repo)
          : externalLink(source.url, source.url)),
        el('p', { class: 'item-meta' },
          el('span', { text: source.section ? `Rubrique : ${source.section}` : 'Sans rubrique' }),
          el('span', { text: `toutes les ${source.intervalMinutes} min` }),
          source.kind === 'github' && source.includePrereleases ? el('span', { text: 'pré-versions incluses' }) : null),
        healthList(source),
        result),
      el('div', { class: 'source-actions' },
        pollButton,
        el('button', { type: 'button', text: 'Modifier', onclick: () => edit(source, editArea) }),
        el('button', { type: 'button', class: 'button-danger', text: 'Supprimer', onclick: () => remove(source) })),
      editArea);
    pollButton.addEventListener('click', () => poll(source, pollButton, result));
    return item;
  }

  async function poll(source, button, result) {
    button.disabled = true;
    button.classList.add('busy');
    button.textContent = 'Vérification…';
    button.closest('li').setAttribute('aria-busy', 'true');
    result.className = 'poll-result';
    result.textContent = 'Vérification en cours…';
    try {
      const answer = await api.post(`/api/sources/${source.id}/poll`);
      replace(answer.source);
      const updated = list.querySelector(`li[data-id="${source.id}"] .poll-result`);
      updated.textContent = pollResultText(answer);
      updated.classList.add(answer.result === 'error' ? 'poll-error' : 'poll-ok');
    } catch (e) {
      button.disabled = false;
      button.classList.remove('busy');
      button.textContent = 'Vérifier maintenant';
      button.closest('li').removeAttribute('aria-busy');
      result.textContent = `Échec de la vérification : ${describe(e)}`;
      result.classList.add('poll-error');
    }
  }

  function edit(source, area) {
    if (area.firstChild) {
      area.replaceChildren();
      return;
    }
    area.append(sourceForm({
      source,
      sections,
      onCancel: () => area.replaceChildren(),
      onSubmit: async (body) => {
        const updated = Object.keys(body).length ? await api.patch(`/api/sources/${source.id}`, body) : source;
        replace(updated);
        toast('Source modifiée');
      },
    }));
    area.querySelector('input:not([readonly])')?.focus();
  }

  async function remove(source) {
    if (!window.confirm(`Supprimer la source « ${name(source)} » et tous ses éléments ?`)) return;
    try {
      await api.del(`/api/sources/${source.id}`);
      sources.splice(sources.findIndex((s) => s.id === source.id), 1);
      render();
      toast(`Source supprimée : ${name(source)}`);
    } catch (e) {
      toast(`Suppression impossible : ${describe(e)}`, { kind: 'error' });
    }
  }

  function replace(source) {
    const index = sources.findIndex((s) => s.id === source.id);
    if (index >= 0) sources[index] = source;
    list.querySelector(`li[data-id="${source.id}"]`)?.replaceWith(card(source));
  }
}

function name(source) {
  return source.title || source.repo || source.url || `source ${source.id}`;
}
