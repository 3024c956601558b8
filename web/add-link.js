// Adding a link by its URL (#/ajouter?url=…&title=…, reached from the header form or the bookmarklet): the
// page's title and description are read by the server to prefill the form, then the link is created and
// opened in the editor.
import * as api from './api.js';
import { el, field, select } from './dom.js';
import { addMonths, currentMonth, monthLabel } from './dates.js';
import { toast, describe } from './notify.js';
import { navigate } from './router.js';

export async function mountAddLink(container, route) {
  const params = route.params;
  const sections = await api.get('/api/sections');
  const month = params.get('mois') || currentMonth();

  const url = el('input', { type: 'url', id: 'add-link-url', name: 'url', required: true,
    value: params.get('url') ?? '', placeholder: 'https://…' });
  const title = el('input', { type: 'text', id: 'add-link-title', name: 'title', value: params.get('title') ?? '',
    placeholder: 'Lu sur la page si laissé vide' });
  const lastSection = sessionStorage.getItem('veille.lastSection');
  const section = select({ id: 'add-link-section', name: 'section' },
    sections.map((s) => ({ value: s.name, label: s.name })),
    sections.some((s) => s.name === lastSection) ? lastSection : sections[0]?.name);
  const months = [addMonths(currentMonth(), 1), currentMonth(), addMonths(currentMonth(), -1)];
  if (!months.includes(month)) months.push(month);
  const monthSelect = select({ id: 'add-link-month', name: 'month' },
    months.map((m) => ({ value: m, label: monthLabel(m) })), month);
  const description = el('p', { class: 'page-description', id: 'page-description', hidden: true });
  const status = el('p', { class: 'view-meta', 'aria-live': 'polite' });
  const error = el('p', { class: 'notice notice-error', role: 'alert', hidden: true });
  const submit = el('button', { type: 'submit', class: 'button-primary', text: 'Créer le lien' });
  let titleTyped = Boolean(title.value);
  title.addEventListener('input', () => { titleTyped = true; });

  const form = el('form', { class: 'add-link-form', id: 'add-link-form', novalidate: true, onsubmit: create },
    field('URL', url), field('Titre', title), description,
    el('div', { class: 'field-row' }, field('Rubrique', section), field('Mois', monthSelect)),
    error, el('div', { class: 'actions' }, submit), status);
  container.append(el('section', { class: 'view view-add' },
    el('header', { class: 'view-header' }, el('h1', { text: 'Ajouter un lien' })), form));
  url.addEventListener('change', () => readPage(url.value.trim()));

  let pageRequest = 0;
  if (url.value) {
    readPage(url.value.trim());
    title.focus();
  } else {
    url.focus();
  }

  async function readPage(address) {
    if (!/^https?:\/\//i.test(address)) return;
    const mine = ++pageRequest;
    status.textContent = 'Lecture de la page…';
    try {
      const info = await api.get('/api/page-info', { url: address });
      if (mine !== pageRequest) return;
      status.textContent = '';
      if (!titleTyped && info.title) title.value = info.title;
      description.textContent = info.description ? `Description de la page : ${info.description}` : '';
      description.hidden = !info.description;
    } catch (e) {
      if (mine === pageRequest) status.textContent = `Page illisible (${describe(e)}) : saisissez le titre.`;
    }
  }

  async function create(event) {
    event.preventDefault();
    error.hidden = true;
    const body = { url: url.value.trim(), section: section.value, month: monthSelect.value };
    if (title.value.trim()) body.title = title.value.trim();
    if (!body.url) {
      showError('Indiquez l\'URL du lien.');
      return;
    }
    submit.disabled = true;
    submit.textContent = 'Création…';
    try {
      const link = await api.post('/api/links', body);
      sessionStorage.setItem('veille.lastSection', link.section ?? section.value);
      toast(`Lien ajouté à ${monthLabel(link.month)}`);
      navigate(['liens', link.id]);
    } catch (e) {
      showError(`Création impossible : ${describe(e)}`);
    } finally {
      submit.disabled = false;
      submit.textContent = 'Créer le lien';
    }
  }

  function showError(text) {
    error.textContent = text;
    error.hidden = false;
  }
}
