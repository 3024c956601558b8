// Tags as removable chips plus an input suggesting the vocabulary (/api/tags, most used first).
// Enter, comma or space adds what was typed (lower-cased, as the server stores tags); Backspace in the empty
// input removes the last tag.
import { el } from './dom.js';

let datalistCount = 0;

/** vocabulary: [{tag, count}]; onChange(tags) after every addition or removal. */
export function tagsInput({ tags = [], vocabulary = [], onChange = () => {}, id }) {
  let value = [];
  let disabled = false;
  const listId = `tag-vocabulary-${++datalistCount}`;
  const chips = el('ul', { class: 'chips', 'aria-label': 'Tags' });
  const input = el('input', { type: 'text', id, list: listId, autocomplete: 'off', class: 'tags-entry',
    placeholder: 'ajouter un tag…', enterkeyhint: 'done' });
  const datalist = el('datalist', { id: listId },
    vocabulary.map((entry) => el('option', { value: entry.tag, text: `${entry.tag} (${entry.count})` })));
  const element = el('div', { class: 'tags-input' }, chips, input, datalist);
  element.addEventListener('click', (event) => {
    if (event.target === element || event.target === chips) input.focus();
  });

  input.addEventListener('keydown', (event) => {
    if (event.key === 'Enter' || event.key === ',' || (event.key === ' ' && input.value.trim())) {
      event.preventDefault();
      commit();
    } else if (event.key === 'Backspace' && input.value === '' && value.length) {
      set(value.slice(0, -1));
      onChange(value);
    }
  });
  // A suggestion picked in the list arrives as one input event without inputType: take it at once.
  input.addEventListener('input', (event) => {
    if (!event.inputType && vocabulary.some((entry) => entry.tag === input.value)) commit();
  });
  input.addEventListener('blur', commit);

  function commit() {
    const typed = input.value.split(/[\s,]+/).map(normalise).filter(Boolean);
    input.value = '';
    const added = typed.filter((tag) => !value.some((t) => t.toLowerCase() === tag.toLowerCase()));
    if (!added.length) return;
    set([...value, ...added]);
    onChange(value);
  }

  function set(tags) {
    value = [...tags];
    chips.replaceChildren(...value.map((tag) => el('li', { class: 'chip' }, el('span', { text: tag }),
      el('button', { type: 'button', class: 'chip-remove', 'aria-label': `Retirer le tag ${tag}`, text: '×', disabled,
        onclick: () => {
          set(value.filter((t) => t !== tag));
          onChange(value);
          input.focus();
        } }))));
  }

  set(tags);
  return {
    element,
    input,
    /** The tags, including one still being typed. */
    value: () => {
      const pending = normalise(input.value);
      return pending && !value.includes(pending) ? [...value, pending] : [...value];
    },
    set,
    /** Read-only (a published post): no typing, no removal. */
    setDisabled(flag) {
      disabled = flag;
      input.disabled = flag;
      input.placeholder = flag ? '' : 'ajouter un tag…';
      for (const button of chips.querySelectorAll('button')) button.disabled = flag;
    },
  };
}

function normalise(tag) {
  return tag.trim().replace(/^#+/, '').toLowerCase();
}
