// The form adding or editing a source. The fields follow the kind: a feed (or a site, whose feed the server
// discovers), a GitHub repository (owner/repo), or an HTML page read with CSS selectors.
import { el, field, select } from './dom.js';

const KINDS = [
  { value: 'feed', label: 'Flux RSS, Atom ou JSON (ou site)' },
  { value: 'github', label: 'Versions d\'un dépôt GitHub' },
  { value: 'page', label: 'Page web sans flux (sélecteurs CSS)' },
];
const SELECTORS = [
  ['item', 'Élément', 'article, .release', true],
  ['link', 'Lien', 'a', true],
  ['title', 'Titre', 'h2', false],
  ['date', 'Date', 'time', false],
  ['summary', 'Résumé', 'p', false],
];

/**
 * source: the source to edit, or null to add one; sections: [{name}]; onSubmit(body) must return a promise
 * (the form shows its progress and its error); onCancel: optional.
 */
export function sourceForm({ source = null, sections = [], onSubmit, onCancel }) {
  const editing = source !== null;
  const kind = select({ name: 'kind', disabled: editing }, KINDS, source?.kind ?? 'feed');
  const url = el('input', { type: 'url', name: 'url', value: source?.url ?? '', placeholder: 'https://…' });
  const repo = el('input', { type: 'text', name: 'repo', value: source?.repo ?? '', placeholder: 'grafana/grafana',
    pattern: '[\\w.-]+/[\\w.-]+', readOnly: editing });
  const title = el('input', { type: 'text', name: 'title', value: source?.title ?? '' });
  const listId = `sections-${Math.random().toString(36).slice(2)}`;
  const section = el('input', { type: 'text', name: 'section', value: source?.section ?? '', list: listId });
  const interval = el('input', { type: 'number', name: 'intervalMinutes', min: 15, step: 5,
    value: String(source?.intervalMinutes ?? 60) });
  const prereleases = el('input', { type: 'checkbox', name: 'includePrereleases',
    checked: source?.includePrereleases ?? false });
  const selectorInputs = Object.fromEntries(SELECTORS.map(([name, , example]) => [name,
    el('input', { type: 'text', name: `selector-${name}`, value: source?.selectors?.[name] ?? '',
      placeholder: example })]));
  const error = el('p', { class: 'notice notice-error', role: 'alert', hidden: true });
  const submit = el('button', { type: 'submit', class: 'button-primary', text: editing ? 'Enregistrer' : 'Ajouter' });

  const urlField = field('URL', url, 'Un flux, ou la page d\'un site : son flux est trouvé automatiquement.');
  const repoField = field('Dépôt GitHub', repo, 'propriétaire/dépôt');
  const prereleaseField = el('label', { class: 'checkbox' }, prereleases, ' Inclure les pré-versions (rc, beta…)');
  const selectorsField = el('fieldset', { class: 'field selectors' },
    el('legend', { class: 'field-label', text: 'Sélecteurs CSS' }),
    SELECTORS.map(([name, label, , required]) => field(`${label}${required ? ' (obligatoire)' : ''}`,
      selectorInputs[name])));

  const form = el('form', { class: 'source-form', novalidate: true },
    field('Type', kind), urlField, repoField, selectorsField,
    el('div', { class: 'field-row' },
      field('Titre', title, 'Facultatif : lu dans le flux.'),
      field('Rubrique', section),
      field('Vérifier toutes les (min)', interval)),
    prereleaseField,
    el('datalist', { id: listId }, sections.map((s) => el('option', { value: s.name }))),
    error,
    el('div', { class: 'actions' }, submit,
      onCancel ? el('button', { type: 'button', text: 'Annuler', onclick: onCancel }) : null));

  const showKind = () => {
    const k = kind.value;
    urlField.hidden = k === 'github';
    urlField.querySelector('.field-hint').hidden = k !== 'feed';
    repoField.hidden = k !== 'github';
    prereleaseField.hidden = k !== 'github';
    selectorsField.hidden = k !== 'page';
  };
  kind.addEventListener('change', showKind);
  showKind();

  form.addEventListener('submit', async (event) => {
    event.preventDefault();
    error.hidden = true;
    const body = values();
    submit.disabled = true;
    const label = submit.textContent;
    submit.textContent = editing ? 'Enregistrement…' : 'Ajout… (lecture de la source)';
    form.setAttribute('aria-busy', 'true');
    try {
      await onSubmit(body);
    } catch (e) {
      error.textContent = e.message;
      error.hidden = false;
    } finally {
      submit.disabled = false;
      submit.textContent = label;
      form.removeAttribute('aria-busy');
    }
  });

  /** The body to send: on edit only what the API lets change, on add only what the kind uses. */
  function values() {
    const k = kind.value;
    const body = {};
    if (!editing) body.kind = k;
    if (k !== 'github') body.url = url.value.trim();
    if (k === 'github' && !editing) body.repo = repo.value.trim();
    body.title = title.value.trim() || (editing ? '' : null);
    body.section = section.value.trim() || (editing ? '' : null);
    body.intervalMinutes = Number(interval.value) || 60;
    if (k === 'github') body.includePrereleases = prereleases.checked;
    if (k === 'page') {
      body.selectors = Object.fromEntries(SELECTORS.map(([name]) => [name, selectorInputs[name].value.trim() || null]));
    }
    for (const key of Object.keys(body)) if (body[key] === null) delete body[key];
    if (editing) {
      for (const key of Object.keys(body)) {
        if (JSON.stringify(body[key]) === JSON.stringify(source[key] ?? (key === 'title' || key === 'section' ? '' : null))) {
          delete body[key];
        }
      }
    }
    return body;
  }

  return form;
}
