// The panel shown when a save answers 409 (the link was changed elsewhere since it was loaded): for each field
// both sides changed, "your version" and "the stored version" side by side, and the two ways out. The typed
// text stays in the form whatever happens; this panel only shows copies.
import { el } from './dom.js';
import { FIELD_LABELS, fieldText } from './link-values.js';

/** fields: names in conflict; mine/theirs: link values; onKeepMine/onTakeTheirs: the buttons. */
export function conflictPanel({ fields, mine, theirs, onKeepMine, onTakeTheirs }) {
  return el('section', { class: 'conflict', id: 'conflict', role: 'alert', 'aria-labelledby': 'conflict-title' },
    el('h2', { id: 'conflict-title', text: 'Ce lien a été modifié ailleurs pendant que vous l\'éditiez' }),
    el('p', { text: 'Votre texte n\'est pas perdu : il est toujours dans le formulaire. Choisissez la version à garder '
      + '(vous pourrez ensuite reprendre des passages de l\'autre).' }),
    fields.map((field) => el('div', { class: 'conflict-field', dataset: { field } },
      el('h3', { text: FIELD_LABELS[field] ?? field }),
      el('div', { class: 'conflict-sides' },
        el('figure', { class: 'conflict-side conflict-mine' }, el('figcaption', { text: 'Votre version' }),
          el('pre', { class: 'conflict-text', text: fieldText(mine, field) })),
        el('figure', { class: 'conflict-side conflict-theirs' }, el('figcaption', { text: 'Version enregistrée' }),
          el('pre', { class: 'conflict-text', text: fieldText(theirs, field) }))))),
    el('div', { class: 'actions' },
      el('button', { type: 'button', class: 'button-primary', id: 'conflict-keep-mine', text: 'Garder ma version',
        onclick: onKeepMine }),
      el('button', { type: 'button', id: 'conflict-take-theirs', text: 'Prendre la version enregistrée',
        onclick: onTakeTheirs })));
}
