// The post's own texts in the month view: title, date, tags, intro, "Astuce du mois" and outro, saved like the
// link editor (autosave.js): "enregistré" once the server has them; whatever the server says, the text stays
// in the form and in a draft (drafts.js) until it is saved. A published month makes the form read-only (the
// server refuses any change with 409 until the month is unpublished).
import * as api from './api.js';
import { el, field } from './dom.js';
import { Autosave } from './autosave.js';
import { draftsOf } from './drafts.js';
import { formatDateTime } from './dates.js';
import { saveIndicator } from './save-state.js';
import { tagsInput } from './tags-input.js';
import { notice, toast, describe } from './notify.js';

const drafts = draftsOf('digest');
const FIELDS = ['title', 'date', 'tags', 'intro', 'tip', 'outro'];

/** A digest's editable values: {title, date, tags, intro, tip: {title, body}, outro}; '' title or date = default. */
export function digestValues(digest) {
  return {
    title: digest.title ?? '',
    date: digest.date ?? '',
    tags: [...(digest.tags ?? [])],
    intro: digest.intro ?? '',
    tip: { title: digest.tip?.title ?? '', body: digest.tip?.body ?? '' },
    outro: digest.outro ?? '',
  };
}

const same = (a, b) => JSON.stringify(a) === JSON.stringify(b);

/** A field as PATCH /api/digests wants it: an empty title or date is null, which brings back the default. */
function wire(name, value) {
  if (name === 'title') return value.trim().replace(/\s+/g, ' ') || null;
  if (name === 'date') return value || null;
  return value;
}

/**
 * month: "YYYY-MM"; digest: as GET /api/digests/{month} answers; vocabulary: [{tag, count}];
 * onSaved(digest) after each save the server took; onRefused() when it answered 409 (published meanwhile).
 */
export function digestForm({ month, digest, vocabulary, onSaved = () => {}, onRefused = () => {} }) {
  let synced = digestValues(digest); // what the server has, as we last sent or read it
  let frozen = digest.status === 'published';
  let initial = synced;
  let restored = null;
  const draft = drafts.load(month);
  if (draft && same(draft.values, synced)) {
    drafts.clear(month);
  } else if (draft) {
    initial = draft.values;
    const when = frozen ? 'il sera enregistré quand vous dépublierez ce mois.' : 'il est en cours d\'enregistrement.';
    restored = notice(`Brouillon non enregistré du ${formatDateTime(draft.at)} restauré : ${when}`, 'warning');
    restored.id = 'digest-draft-restored';
  }

  const title = el('input', { type: 'text', id: 'digest-title', name: 'title', value: initial.title,
    placeholder: 'Titre par défaut du mois', autocomplete: 'off' });
  const date = el('input', { type: 'date', id: 'digest-date', name: 'date', value: initial.date });
  const tags = tagsInput({ tags: initial.tags, vocabulary, id: 'digest-tags', onChange });
  const intro = textarea('digest-intro', initial.intro, 'Quelques mots pour ouvrir le billet (Markdown).');
  const tipTitle = el('input', { type: 'text', id: 'digest-tip-title', name: 'tipTitle', value: initial.tip.title,
    placeholder: 'Titre de l\'astuce', autocomplete: 'off' });
  const tipBody = textarea('digest-tip-body', initial.tip.body, 'L\'astuce, en Markdown.');
  const outro = textarea('digest-outro', initial.outro, 'Le mot de la fin (Markdown).');
  const tagsHint = el('span', { class: 'field-hint', id: 'digest-tags-hint' });

  const resets = {
    title: resetButton('digest-title-reset', 'Titre par défaut', 'title'),
    date: resetButton('digest-date-reset', 'Dernier jour du mois', 'date'),
    tags: resetButton('digest-tags-reset', 'Revenir aux tags des liens', 'tags'),
  };

  const indicator = saveIndicator({ id: 'digest-save-state', retryNow: () => autosave.flush(),
    retry: () => autosave.retry(), special: digestState });
  const autosave = new Autosave({ save, onState: (state, detail) => {
    indicator.show(state, detail);
    if (state === 'conflict') onRefused(detail.error);
  } });

  const form = el('form', { class: 'digest-form', id: 'digest-form', novalidate: true,
    onsubmit: (event) => event.preventDefault() },
  el('div', { class: 'field-row' },
    field('Titre', el('div', { class: 'with-reset' }, title, resets.title)),
    field('Date', el('div', { class: 'with-reset' }, date, resets.date), 'Par défaut : le dernier jour du mois.')),
  el('div', { class: 'field' },
    el('label', { class: 'field-label', for: 'digest-tags', text: 'Tags' }),
    el('div', { class: 'with-reset' }, tags.element, resets.tags), tagsHint),
  field('Introduction', intro),
  el('fieldset', { class: 'field tip-fields' }, el('legend', { class: 'field-label', text: 'Astuce du mois' }),
    tipTitle, tipBody),
  field('Conclusion', outro));
  const element = el('section', { class: 'digest-texts', 'aria-labelledby': 'digest-texts-title' },
    el('header', { class: 'digest-texts-header' },
      el('h2', { id: 'digest-texts-title', text: 'Textes du billet' }), indicator.element),
    restored, form);

  for (const input of [title, date, intro, tipTitle, tipBody, outro]) input.addEventListener('input', onChange);
  form.addEventListener('focusout', () => autosave.flush());
  const onPageHide = () => autosave.flush();
  window.addEventListener('pagehide', onPageHide);

  indicator.show('saved');
  showTagsHint(digest);
  applyFrozen();
  if (restored && !frozen) autosave.changed();

  function textarea(id, value, placeholder) {
    const node = el('textarea', { id, name: id.replace('digest-', ''), rows: 4, spellcheck: 'true', lang: 'fr',
      placeholder });
    node.value = value;
    return node;
  }

  function resetButton(id, label, name) {
    return el('button', { type: 'button', id, class: 'link-button', text: label, onclick: () => reset(name) });
  }

  function read() {
    return {
      title: title.value,
      date: date.value,
      tags: tags.value(),
      intro: intro.value,
      tip: { title: tipTitle.value, body: tipBody.value },
      outro: outro.value,
    };
  }

  function write(name, value) {
    if (name === 'title') title.value = value;
    else if (name === 'date') date.value = value;
    else if (name === 'tags') tags.set(value);
    else if (name === 'intro') intro.value = value;
    else if (name === 'tip') {
      tipTitle.value = value.title;
      tipBody.value = value.body;
    } else if (name === 'outro') outro.value = value;
  }

  /** The field is being typed in: never rewrite it under the curator's fingers. */
  function focused(name) {
    const active = document.activeElement;
    const nodes = { title: [title], date: [date], tags: [tags.input], intro: [intro], tip: [tipTitle, tipBody],
      outro: [outro] }[name];
    return nodes.includes(active);
  }

  function onChange() {
    if (frozen) return;
    drafts.save(month, { values: read() });
    autosave.changed();
  }

  /** Sends the fields that differ from what the server has. */
  async function save() {
    const values = read();
    const body = {};
    for (const name of FIELDS) if (!same(values[name], synced[name])) body[name] = wire(name, values[name]);
    if (Object.keys(body).length === 0) {
      drafts.clear(month);
      return;
    }
    const updated = await api.patch(`/api/digests/${month}`, body, { keepalive: true });
    for (const name of Object.keys(body)) synced[name] = values[name];
    adopt(updated);
    const now = read();
    if (same(now, synced)) drafts.clear(month);
    else drafts.save(month, { values: now });
    onSaved(updated);
  }

  /**
   * Takes the stored values (defaults filled in, text as the server keeps it) into the fields the curator is not
   * changing: a field edited since it was sent, or focused, is left alone.
   */
  function adopt(stored, force = []) {
    const server = digestValues(stored);
    const values = read();
    for (const name of FIELDS) {
      const untouched = same(values[name], synced[name]) && !focused(name);
      if (force.includes(name) || untouched) {
        if (!same(values[name], server[name])) write(name, server[name]);
        synced[name] = server[name];
      }
    }
    showTagsHint(stored);
  }

  /** title, date or tags back to the default (PATCH with null), after what is waiting was saved. */
  async function reset(name) {
    await autosave.flush();
    try {
      const updated = await api.patch(`/api/digests/${month}`, { [name]: null });
      adopt(updated, [name]);
      const now = read();
      if (same(now, synced)) drafts.clear(month);
      onSaved(updated);
    } catch (e) {
      toast(`Impossible de revenir à la valeur par défaut : ${describe(e)}`, { kind: 'error' });
      if (e.status === 409) onRefused(e);
    }
  }

  /** Whether the tags are those of the links (derived by the server) or chosen for the post. */
  function showTagsHint(stored) {
    const derived = [];
    for (const section of stored.sections ?? []) {
      for (const tag of section.links.flatMap((link) => link.tags ?? [])) if (!derived.includes(tag)) derived.push(tag);
    }
    tagsHint.textContent = same(stored.tags, derived) ? 'Les tags des liens du mois, dans l\'ordre du billet.'
      : 'Tags choisis pour le billet (ils ne suivent plus ceux des liens).';
  }

  function digestState(state, detail, { text, actions }) {
    if (state !== 'conflict') return false;
    text.textContent = `refusé : ce mois est publié (${describe(detail.error)}). Votre texte est conservé `
      + 'ici et en brouillon ; il sera enregistré quand vous dépublierez le mois.';
    actions.replaceChildren();
    return true;
  }

  function applyFrozen() {
    for (const input of [title, date, intro, tipTitle, tipBody, outro]) input.readOnly = frozen;
    tags.setDisabled(frozen);
    for (const button of Object.values(resets)) button.disabled = frozen;
    element.classList.toggle('frozen', frozen);
  }

  return {
    element,
    /** Saves what is waiting; resolves to true when the server has everything. */
    async flush() {
      if (frozen) return same(read(), synced);
      await autosave.flush();
      return autosave.state === 'saved' && same(read(), synced);
    },
    /** The stored digest changed (links moved, published, unpublished): follows it where nothing is typed. */
    update(stored) {
      const wasFrozen = frozen;
      frozen = stored.status === 'published';
      adopt(stored);
      applyFrozen();
      if (wasFrozen && !frozen) autosave.resume(); // a draft or a refused save goes out now
    },
    async stop() {
      window.removeEventListener('pagehide', onPageHide);
      await Promise.race([autosave.flush(), new Promise((resolve) => setTimeout(resolve, 2000))]);
      autosave.stop();
    },
  };
}
