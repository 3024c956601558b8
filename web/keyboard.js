// Keyboard shortcuts: one keydown listener for the page, bindings set by the view on screen, and the "?"
// overlay that lists every shortcut. Letters never fire while typing in a field (Échap leaves the field).
import { el } from './dom.js';

/** What the overlay shows; the keys are the ones the views bind (see inbox.js, link-editor.js). */
export const SHORTCUTS = [
  {
    group: 'Partout',
    keys: [
      [['?'], 'Afficher ou fermer cette aide'],
      [['a'], 'Ajouter un lien par URL'],
      [['Échap'], 'Fermer l\'aide, quitter le champ en cours'],
    ],
  },
  {
    group: 'Boîte de réception',
    keys: [
      [['j', '↓'], 'Élément suivant'],
      [['k', '↑'], 'Élément précédent'],
      [['g'], 'Garder : en faire un lien du mois choisi'],
      [['e'], 'Garder et ouvrir l\'éditeur du lien'],
      [['d'], 'Écarter'],
      [['o'], 'Ouvrir dans un nouvel onglet'],
      [['u'], 'Annuler la dernière action (garder ou écarter)'],
      [['/'], 'Rechercher'],
    ],
  },
  {
    group: 'Éditeur de lien',
    keys: [
      [['Ctrl', 'S'], 'Enregistrer maintenant (l\'enregistrement est aussi automatique)'],
    ],
  },
];

const TYPING = new Set(['INPUT', 'TEXTAREA', 'SELECT']);
let viewBindings = {};
let globalBindings = {};
let overlay = null;
let focusBefore = null;

/** Sets the current view's shortcuts ({key: handler(event)}); returns a function removing them. */
export function bindView(bindings) {
  viewBindings = bindings;
  return () => {
    if (viewBindings === bindings) viewBindings = {};
  };
}

export function bindGlobal(bindings) {
  globalBindings = { ...globalBindings, ...bindings };
}

export function isHelpOpen() {
  return overlay !== null && !overlay.hidden;
}

export function toggleHelp() {
  if (isHelpOpen()) hideHelp();
  else showHelp();
}

export function showHelp() {
  if (!overlay) {
    overlay = buildOverlay();
    document.body.append(overlay);
  }
  focusBefore = document.activeElement;
  overlay.hidden = false;
  overlay.querySelector('.dialog-close').focus();
}

export function hideHelp() {
  if (!overlay || overlay.hidden) return;
  overlay.hidden = true;
  if (focusBefore && document.contains(focusBefore)) focusBefore.focus();
}

/** Installs the listener; call once. */
export function installKeyboard() {
  document.addEventListener('keydown', onKeyDown);
}

function onKeyDown(event) {
  const typing = isTyping(event.target);
  if (isHelpOpen()) {
    if (event.key === 'Escape' || (event.key === '?' && !typing)) {
      event.preventDefault();
      hideHelp();
    }
    return;
  }
  if ((event.ctrlKey || event.metaKey) && !event.altKey && event.key.toLowerCase() === 's') {
    const handler = viewBindings['ctrl+s'];
    if (handler) {
      event.preventDefault();
      handler(event);
    }
    return;
  }
  if (event.ctrlKey || event.metaKey || event.altKey) return;
  if (typing) {
    if (event.key === 'Escape') {
      const handler = viewBindings['escape-field'];
      if (handler) handler(event);
      event.target.blur();
    }
    return;
  }
  const handler = viewBindings[event.key] ?? globalBindings[event.key];
  if (handler) {
    event.preventDefault();
    handler(event);
  }
}

function isTyping(target) {
  if (!(target instanceof Element)) return false;
  if (target.isContentEditable) return true;
  if (!TYPING.has(target.tagName)) return false;
  const type = target.getAttribute('type');
  return !(target.tagName === 'INPUT' && (type === 'checkbox' || type === 'radio' || type === 'button'
    || type === 'submit'));
}

function buildOverlay() {
  const close = el('button', { type: 'button', class: 'dialog-close', 'aria-label': 'Fermer', text: '×',
    onclick: hideHelp });
  const groups = SHORTCUTS.map(({ group, keys }) => el('section', { class: 'help-group' },
    el('h3', { text: group }),
    el('dl', { class: 'shortcuts' }, keys.map(([combo, meaning]) => [
      el('dt', {}, combo.map((key, index) => [index > 0 && combo[0] !== 'Ctrl' ? ' ou ' : null,
        index > 0 && combo[0] === 'Ctrl' ? ' + ' : null, el('kbd', { text: key })])),
      el('dd', { text: meaning }),
    ]))));
  const dialog = el('div', { class: 'dialog help', role: 'dialog', 'aria-modal': 'true',
    'aria-labelledby': 'help-title' },
  el('header', { class: 'dialog-header' }, el('h2', { id: 'help-title', text: 'Raccourcis clavier' }), close),
  groups);
  const backdrop = el('div', { class: 'overlay', id: 'help-overlay', hidden: true }, dialog);
  backdrop.addEventListener('click', (event) => {
    if (event.target === backdrop) hideHelp();
  });
  return backdrop;
}
