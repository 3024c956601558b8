// The save indicator of an autosaved form (autosave.js): "enregistré", "enregistrement…", a failure in words
// with its "Réessayer" button. A view words its own special cases (a deleted link, an edit conflict, a
// published month) through `special`.
import { el } from './dom.js';
import { describe } from './notify.js';

/**
 * id: the element's id; retryNow/retry: what the buttons of a transient failure and of a refusal do;
 * special(state, detail, {text, actions}) shows a state itself and returns true, or returns false.
 * show(state, detail) is the Autosave's onState.
 */
export function saveIndicator({ id, retryNow, retry, special = () => false }) {
  const text = el('span', { class: 'save-state-text' });
  const actions = el('span', { class: 'save-state-actions' });
  const element = el('p', { class: 'save-state', id, role: 'status', 'aria-live': 'polite' }, text, actions);

  function show(state, detail = {}) {
    element.dataset.state = state;
    actions.replaceChildren();
    if (special(state, detail, { text, actions })) return;
    const reason = detail.error ? describe(detail.error) : '';
    switch (state) {
      case 'saved':
        text.textContent = 'enregistré';
        break;
      case 'pending':
        text.textContent = 'modifications en attente…';
        break;
      case 'saving':
        text.textContent = 'enregistrement…';
        break;
      case 'retrying':
        text.textContent = `échec de l'enregistrement (${reason}) — nouvel essai dans `
          + `${Math.round(detail.wait / 1000)} s…`;
        actions.append(el('button', { type: 'button', class: 'link-button', text: 'Réessayer maintenant',
          onclick: retryNow }));
        break;
      case 'failed':
      case 'conflict':
        text.textContent = `échec de l'enregistrement — ${reason}`;
        actions.append(el('button', { type: 'button', class: 'link-button', text: 'Réessayer', onclick: retry }));
        break;
      default:
        text.textContent = state;
    }
  }

  return { element, show };
}
