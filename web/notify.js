// Short messages at the bottom of the screen ("Gardé dans Octobre 2019 — Modifier"), read by screen readers.
import { el } from './dom.js';

let region = null;

function area() {
  if (!region) {
    region = el('div', { class: 'toasts', role: 'status', 'aria-live': 'polite' });
    document.body.append(region);
  }
  return region;
}

/**
 * Shows a message for a few seconds. kind: 'info' | 'error'; action: {label, run} adds a button
 * (e.g. "Annuler"); returns a function that removes the message now.
 */
export function toast(message, { kind = 'info', action = null, duration = 6000 } = {}) {
  const remove = () => node.remove();
  const node = el('div', { class: ['toast', `toast-${kind}`] }, el('span', { text: message }),
    action && el('button', { type: 'button', class: 'link-button', text: action.label, onclick: () => {
      remove();
      action.run();
    } }));
  area().append(node);
  setTimeout(remove, kind === 'error' ? Math.max(duration, 10000) : duration);
  return remove;
}

/** A notice block inside a view (errors of a form, empty states). */
export function notice(text, kind = 'info') {
  return el('p', { class: ['notice', `notice-${kind}`], role: kind === 'error' ? 'alert' : null, text });
}

/** The message to show for a failed call: the server's error text, in a sentence. */
export function describe(error) {
  if (!error) return 'erreur inconnue';
  if (error.status === 0) return 'le serveur est injoignable';
  return error.message || String(error);
}
