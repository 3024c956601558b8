// The link editor (#/liens/ID): every field of a link, saved automatically (autosave.js) with a visible state.
// Nothing typed is ever dropped: the values stay in the form whatever the server says, a draft stays in
// localStorage until the server has them (drafts.js), and a 409 shows both versions (conflict.js).
import * as api from './api.js';
import { el } from './dom.js';
import { formatDateTime, monthLabel } from './dates.js';
import { Autosave } from './autosave.js';
import { saveIndicator } from './save-state.js';
import { clearDraft, loadDraft, saveDraft } from './drafts.js';
import { conflictPanel } from './conflict.js';
import { linkForm } from './link-form.js';
import { FIELDS, changes, hasIncomplete, same, savable, valuesOf } from './link-values.js';
import { bindView } from './keyboard.js';
import { notice, toast, describe } from './notify.js';
import { href, navigate } from './router.js';

export async function mountLinkEditor(container, route) {
  const id = route.path[1];
  let link;
  try {
    link = await api.get(`/api/links/${encodeURIComponent(id)}`);
  } catch (e) {
    if (e.status !== 404) throw e;
    container.append(goneView(id));
    return undefined;
  }
  const [sections, vocabulary] = await Promise.all([api.get('/api/sections'), api.get('/api/tags')]);

  let base = link; // the link as last known stored: its version goes with every save
  let synced = valuesOf(link); // the values the server has (as we sent them)
  let initial = synced;
  let draft = loadDraft(id);
  let restoredNotice = null;
  if (draft && draft.base && draft.base.createdAt !== link.createdAt) {
    // The id was given to a new link after the draft's link was deleted: the draft is not this link's.
    restoredNotice = orphanDraftNotice(id, draft);
    draft = null;
  }
  if (draft && same(draft.values, valuesOf(link))) {
    clearDraft(id);
  } else if (draft) {
    base = draft.base ?? link;
    synced = valuesOf(base);
    initial = draft.values;
    restoredNotice = notice(`Brouillon non enregistré du ${formatDateTime(draft.at)} restauré : il est en cours `
      + 'd\'enregistrement.', 'warning');
  }

  const indicator = saveIndicator({ id: 'save-state', special: linkState,
    retryNow: () => autosave.flush(), retry: () => autosave.retry() });
  const backLink = el('a', { class: 'back-link' });
  const meta = el('p', { class: 'view-meta' });
  const conflictArea = el('div', { class: 'conflict-area' });
  const incomplete = el('p', { class: 'notice notice-warning', id: 'incomplete', hidden: true,
    text: 'Un lien associé ou le « via » n\'a pas encore son URL et son titre : il sera enregistré une fois complet '
      + '(il est gardé en brouillon d\'ici là).' });

  const form = linkForm({ values: initial, sections, vocabulary, onChange });
  const autosave = new Autosave({ save, onState: indicator.show });

  const remove = el('button', { type: 'button', class: 'button-danger', text: 'Supprimer le lien',
    onclick: removeLink });
  container.append(el('section', { class: 'view view-editor' },
    el('header', { class: 'view-header' },
      el('div', {}, backLink, el('h1', { text: 'Modifier le lien' }), meta), indicator.element),
    restoredNotice, conflictArea, form.element, incomplete,
    el('footer', { class: 'view-footer' }, remove)));
  showHeader(base);
  indicator.show('saved');

  form.element.addEventListener('focusout', () => autosave.flush());
  const onPageHide = () => autosave.flush();
  window.addEventListener('pagehide', onPageHide);
  const unbind = bindView({ 'ctrl+s': () => autosave.flush() });

  if (draft && restoredNotice) autosave.changed();

  return async () => {
    unbind();
    window.removeEventListener('pagehide', onPageHide);
    form.stop();
    await Promise.race([autosave.flush(), new Promise((resolve) => setTimeout(resolve, 2000))]);
    autosave.stop();
  };

  function onChange() {
    saveDraft(id, { values: form.read(), base });
    autosave.changed();
  }

  /** Sends what differs from the stored values, with the version it was based on. */
  async function save() {
    const values = form.read();
    const body = changes(savable(values), synced);
    if (Object.keys(body).length === 0) {
      if (same(values, synced)) clearDraft(id);
      showIncomplete(values);
      return;
    }
    const updated = await api.patch(`/api/links/${encodeURIComponent(id)}`, { ...body, version: base.version },
      { keepalive: true });
    base = updated;
    synced = { ...synced, ...body };
    const now = form.read();
    if (same(now, synced)) clearDraft(id);
    else saveDraft(id, { values: now, base });
    showHeader(updated);
    showIncomplete(now);
  }

  function showIncomplete(values) {
    incomplete.hidden = !hasIncomplete(values);
  }

  function showHeader(stored) {
    backLink.href = href(['mois', stored.month]);
    backLink.textContent = `← ${monthLabel(stored.month)}`;
    meta.textContent = [stored.section, stored.createdAt && `créé le ${formatDateTime(stored.createdAt)}`,
      stored.updatedAt && `modifié le ${formatDateTime(stored.updatedAt)}`].filter(Boolean).join(' · ');
  }

  /** The states worded for a link: deleted elsewhere (it can be recreated), changed elsewhere. */
  function linkState(state, detail, parts) {
    const { text, actions } = parts;
    if (state === 'failed' && detail.error?.status === 404) {
      text.textContent = 'échec de l\'enregistrement — ce lien n\'existe plus sur le serveur '
        + '(supprimé ailleurs ?). Votre texte est conservé.';
      actions.append(el('button', { type: 'button', class: 'link-button', id: 'recreate-link',
        text: 'Recréer le lien', onclick: recreate }));
      return true;
    }
    if (state === 'conflict') {
      text.textContent = 'conflit : ce lien a changé ailleurs, choisissez une version';
      resolveConflict(detail.error, parts);
      return true;
    }
    return false;
  }

  /**
   * Merges what can be merged: fields only we changed are sent again on top of the stored version, fields
   * only they changed are taken. Fields both changed differently are shown side by side for a choice.
   */
  function resolveConflict(error, { text, actions }) {
    const current = error?.body?.current;
    if (!current) {
      // Refused without a version to compare (the link's month is published): try again once it is not.
      text.textContent = `échec de l'enregistrement — ${describe(error)}. Votre texte est conservé.`;
      actions.append(el('button', { type: 'button', class: 'link-button', text: 'Réessayer',
        onclick: () => autosave.resume() }));
      return;
    }
    const theirs = valuesOf(current);
    const before = valuesOf(base);
    const mine = savable(form.read());
    const touched = FIELDS.filter((f) => !same(mine[f], synced[f]));
    const conflicting = touched.filter((f) => !same(theirs[f], before[f]) && !same(mine[f], theirs[f]));
    const adopt = () => {
      const now = savable(form.read());
      const untouched = FIELDS.filter((f) => same(now[f], synced[f]) && !same(now[f], theirs[f]));
      form.write(theirs, untouched);
    };
    const rebase = () => {
      adopt();
      base = current;
      synced = theirs;
      saveDraft(id, { values: form.read(), base });
      conflictArea.replaceChildren();
      autosave.resume();
    };
    if (conflicting.length === 0) {
      rebase();
      return;
    }
    conflictArea.replaceChildren(conflictPanel({
      fields: conflicting,
      mine,
      theirs,
      onKeepMine: rebase,
      onTakeTheirs: () => {
        form.write(theirs, conflicting);
        rebase();
      },
    }));
    conflictArea.scrollIntoView({ block: 'start' });
  }

  async function recreate() {
    const values = savable(form.read());
    try {
      const created = await api.post('/api/links', values);
      clearDraft(id);
      autosave.stop();
      toast('Lien recréé');
      navigate(['liens', created.id]);
    } catch (e) {
      toast(`Impossible de recréer le lien : ${describe(e)}`, { kind: 'error' });
    }
  }

  async function removeLink() {
    if (!window.confirm(`Supprimer le lien « ${form.read().title} » ?`)) return;
    try {
      autosave.stop();
      await api.del(`/api/links/${encodeURIComponent(id)}`);
      clearDraft(id);
      toast('Lien supprimé');
      navigate(['mois', base.month]);
    } catch (e) {
      toast(`Suppression impossible : ${describe(e)}`, { kind: 'error' });
    }
  }
}

/** A draft left by a deleted link whose id now belongs to another: shown, never applied to this one. */
function orphanDraftNotice(id, draft) {
  const box = el('details', { class: 'notice notice-warning' },
    el('summary', { text: `Un brouillon d'un ancien lien supprimé (« ${draft.values.title} ») est conservé dans ce `
      + 'navigateur.' }),
    el('pre', { class: 'draft-text', text: `${draft.values.url}\n\n${draft.values.commentary}` }),
    el('button', { type: 'button', text: 'Jeter ce brouillon', onclick: () => {
      clearDraft(id);
      box.remove();
    } }));
  return box;
}

/** A link that is not (or no longer) on the server; a draft of it can still be recreated. */
function goneView(id) {
  const draft = loadDraft(id);
  const view = el('section', { class: 'view view-editor' },
    el('header', { class: 'view-header' }, el('h1', { text: 'Lien introuvable' })),
    notice(`Le lien n° ${id} n'existe pas ou plus.`, 'error'));
  if (draft) {
    view.append(el('p', { text: 'Un brouillon de ce lien est conservé dans ce navigateur :' }),
      el('pre', { class: 'draft-text', text: `${draft.values.title}\n${draft.values.url}\n\n${draft.values.commentary}` }),
      el('div', { class: 'actions' },
        el('button', { type: 'button', class: 'button-primary', text: 'Recréer le lien', onclick: async () => {
          try {
            const created = await api.post('/api/links', savable(draft.values));
            clearDraft(id);
            navigate(['liens', created.id]);
          } catch (e) {
            toast(`Impossible de recréer le lien : ${describe(e)}`, { kind: 'error' });
          }
        } }),
        el('button', { type: 'button', text: 'Jeter le brouillon', onclick: () => {
          clearDraft(id);
          navigate(['mois']);
        } })));
  }
  return view;
}
