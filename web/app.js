// The editor's entry point: reads the session, wires the header (navigation, add by URL, help, logout) and
// shows the view of the current hash route.
import * as api from './api.js';
import { el } from './dom.js';
import { Router, navigate } from './router.js';
import { bindGlobal, installKeyboard, toggleHelp } from './keyboard.js';
import { toast, describe } from './notify.js';
import { mountInbox } from './inbox.js';
import { mountMonth } from './month.js';
import { mountLinkEditor } from './link-editor.js';
import { mountSources } from './sources.js';
import { mountSections } from './sections.js';
import { mountAddLink } from './add-link.js';
import { mountBookmarklet } from './bookmarklet.js';

const ROUTES = {
  '': mountInbox,
  mois: mountMonth,
  liens: mountLinkEditor,
  sources: mountSources,
  rubriques: mountSections,
  ajouter: mountAddLink,
  'marque-page': mountBookmarklet,
};

const TITLES = {
  '': 'Boîte de réception', mois: 'Mois', liens: 'Lien', sources: 'Sources', rubriques: 'Rubriques',
  ajouter: 'Ajouter un lien', 'marque-page': 'Marque-page',
};

async function main() {
  installKeyboard();
  const view = document.getElementById('view');
  try {
    await api.startSession();
  } catch (e) {
    if (e.status !== 401) view.append(el('p', { class: 'notice notice-error', role: 'alert',
      text: `Le serveur ne répond pas correctement : ${describe(e)}. Rechargez la page dans un instant.` }));
    return;
  }
  wireHeader();
  const router = new Router(view, ROUTES, {
    onRoute: (name) => {
      document.title = `${TITLES[name] ?? 'Veille'} · Veille`;
      for (const link of document.querySelectorAll('.app-nav a')) {
        if (link.dataset.route === name) link.setAttribute('aria-current', 'page');
        else link.removeAttribute('aria-current');
      }
    },
    notFound: (container) => {
      container.append(el('section', { class: 'view' }, el('h1', { text: 'Page introuvable' }),
        el('p', {}, el('a', { href: '#/', text: 'Retour à la boîte de réception' }))));
    },
  });
  await router.start();
  document.body.dataset.ready = 'true';
}

function wireHeader() {
  const addForm = document.getElementById('add-url-form');
  const addInput = document.getElementById('add-url');
  addForm.addEventListener('submit', (event) => {
    event.preventDefault();
    const url = addInput.value.trim();
    if (!url) return;
    addInput.value = '';
    addInput.blur();
    navigate(['ajouter'], { url });
  });
  document.getElementById('help-button').addEventListener('click', toggleHelp);
  document.getElementById('logout-button').addEventListener('click', () => api.logout());
  bindGlobal({
    '?': toggleHelp,
    a: () => addInput.focus(),
  });
  window.addEventListener('unhandledrejection', (event) => {
    if (event.reason?.status === 401) return;
    toast(`Erreur : ${describe(event.reason)}`, { kind: 'error' });
  });
}

main();
