// Getting the post out: "Copier le Markdown" puts the exact text of GET /api/digests/{month}/markdown on the
// clipboard, "Télécharger" saves it as a file. Where the clipboard API is missing or refused (plain http on
// another host, an old browser), the text is shown selected in a read-only field, ready for Ctrl+C.
import * as api from './api.js';
import { el } from './dom.js';
import { describe } from './notify.js';

/** beforeCopy(): saves what is being typed, so the copy holds it. */
export function digestExport({ month, beforeCopy = async () => {} }) {
  const copyState = el('span', { class: 'copy-state', id: 'copy-state', role: 'status', 'aria-live': 'polite' });
  const copy = el('button', { type: 'button', id: 'copy-markdown', class: 'button-primary', text: 'Copier le Markdown',
    onclick: copyMarkdown });
  const download = el('a', { class: 'button', id: 'month-export', href: `/api/digests/${month}/markdown?download`,
    download: `${month}-web-ops-data.md`, text: 'Télécharger' });
  const fallback = el('textarea', { id: 'markdown-text', class: 'markdown-text', readOnly: true, hidden: true,
    rows: 12, 'aria-label': 'Markdown du billet', spellcheck: 'false' });
  const element = el('div', { class: 'digest-export' },
    el('div', { class: 'actions' }, copy, download, copyState), fallback);
  let resetTimer = null;

  async function copyMarkdown() {
    clearTimeout(resetTimer);
    copy.disabled = true;
    copy.classList.add('busy');
    copyState.textContent = '';
    delete copyState.dataset.state;
    let text;
    try {
      await beforeCopy();
      text = await api.getText(`/api/digests/${month}/markdown`);
    } catch (e) {
      show('error', `copie impossible : ${describe(e)}`);
      return;
    } finally {
      copy.disabled = false;
      copy.classList.remove('busy');
    }
    try {
      if (!navigator.clipboard?.writeText) throw new Error('presse-papiers indisponible');
      await navigator.clipboard.writeText(text);
      fallback.hidden = true;
      show('copied', 'copié');
      resetTimer = setTimeout(() => show('', ''), 4000);
    } catch {
      // The text is still one keystroke away.
      fallback.value = text;
      fallback.hidden = false;
      fallback.focus();
      fallback.select();
      show('selected', 'le presse-papiers est indisponible : le Markdown est sélectionné ci-dessous, '
        + 'copiez-le avec Ctrl+C');
    }
  }

  function show(state, message) {
    copyState.textContent = message;
    if (state) copyState.dataset.state = state;
    else delete copyState.dataset.state;
  }

  return { element };
}
