// The inbox (#/): feed items newest first, filtered by status, source, section and text, loaded 50 at a time,
// and triaged with the buttons or the keyboard (j/k to move, g keep, e keep and edit, d dismiss, o open,
// u undo). Keeping an item creates a link of the chosen month.
import * as api from './api.js';
import { el, select, debounce } from './dom.js';
import { addMonths, currentMonth, monthLabel } from './dates.js';
import { itemRow } from './item-row.js';
import { bindView } from './keyboard.js';
import { toast, describe } from './notify.js';
import { href, navigate, replaceParams } from './router.js';

const PAGE = 50;
const STATUSES = [
  { value: 'new', label: 'Nouveaux' },
  { value: 'kept', label: 'Gardés' },
  { value: 'dismissed', label: 'Écartés' },
  { value: 'all', label: 'Tous' },
];

export async function mountInbox(container, route) {
  const filters = {
    status: route.params.get('statut') || 'new',
    source: route.params.get('source') || '',
    section: route.params.get('rubrique') || '',
    q: route.params.get('q') || '',
  };
  const [sources, sections, months] = await Promise.all([
    api.get('/api/sources'), api.get('/api/sections'), api.get('/api/months')]);
  const sourceNames = new Map(sources.map((s) => [s.id, s.title || s.repo || s.url]));

  const state = { items: [], selected: -1, next: null, loading: false, request: 0, lastAction: null };

  const search = el('input', { type: 'search', id: 'inbox-search', name: 'q', value: filters.q,
    placeholder: 'Rechercher… (/)', 'aria-label': 'Rechercher dans les éléments', autocomplete: 'off' });
  const sourceSelect = select({ name: 'source', 'aria-label': 'Source' },
    [{ value: '', label: 'Toutes les sources' },
      ...sources.map((s) => ({ value: String(s.id), label: sourceNames.get(s.id) }))
        .sort((a, b) => a.label.localeCompare(b.label, 'fr'))], filters.source);
  const sectionSelect = select({ name: 'rubrique', 'aria-label': 'Rubrique' },
    [{ value: '', label: 'Toutes les rubriques' }, ...sections.map((s) => ({ value: s.name, label: s.name }))],
    filters.section);
  const statusSelect = select({ name: 'statut', 'aria-label': 'Statut' }, STATUSES, filters.status);
  const keepMonth = select({ name: 'mois', id: 'keep-month', 'aria-label': 'Garder dans le mois' },
    keepMonths(months).map((m) => ({ value: m, label: monthLabel(m) })),
    sessionStorage.getItem('veille.keepMonth') || currentMonth());
  keepMonth.addEventListener('change', () => sessionStorage.setItem('veille.keepMonth', keepMonth.value));

  const list = el('ol', { class: 'items', id: 'inbox-items', 'aria-label': 'Éléments' });
  const count = el('span', { class: 'view-count', 'aria-live': 'polite' });
  const moreButton = el('button', { type: 'button', class: 'more-button', text: 'Plus d\'éléments', hidden: true,
    onclick: () => load(false) });
  const empty = el('p', { class: 'notice empty', hidden: true,
    text: 'Rien à trier ici. Les nouvelles publications des sources arrivent à chaque vérification.' });
  const loading = el('p', { class: 'loading', text: 'Chargement…' });

  const form = el('form', { class: 'filters', role: 'search', onsubmit: (event) => {
    event.preventDefault();
    applyFilters();
  } }, search, sourceSelect, sectionSelect, statusSelect,
  el('label', { class: 'inline-field' }, el('span', { text: 'Garder dans' }), keepMonth));
  for (const control of [sourceSelect, sectionSelect, statusSelect]) control.addEventListener('change', applyFilters);
  const searchLater = debounce(applyFilters, 350);
  search.addEventListener('input', searchLater);

  container.append(el('section', { class: 'view view-inbox' },
    el('header', { class: 'view-header' }, el('h1', { text: 'Boîte de réception' }), count),
    form, list, loading, moreButton, empty));

  list.addEventListener('click', onListClick);
  const observer = new IntersectionObserver((entries) => {
    if (entries.some((e) => e.isIntersecting) && state.next && !state.loading) load(false);
  }, { rootMargin: '400px' });
  observer.observe(moreButton);

  const unbind = bindView({
    j: () => move(1), ArrowDown: () => move(1),
    k: () => move(-1), ArrowUp: () => move(-1),
    g: () => keep(current(), false),
    e: () => keep(current(), true),
    d: () => setStatus(current(), 'dismissed'),
    o: () => openCurrent(),
    u: () => undo(),
    '/': () => search.focus(),
  });

  await load(true);

  return () => {
    unbind();
    observer.disconnect();
    searchLater.cancel();
  };

  function applyFilters() {
    searchLater.cancel();
    filters.q = search.value.trim();
    filters.source = sourceSelect.value;
    filters.section = sectionSelect.value;
    filters.status = statusSelect.value;
    replaceParams([], { statut: filters.status === 'new' ? '' : filters.status, source: filters.source,
      rubrique: filters.section, q: filters.q });
    load(true);
  }

  async function load(reset) {
    const request = ++state.request;
    state.loading = true;
    loading.hidden = false;
    if (reset) moreButton.hidden = true;
    let page;
    try {
      page = await api.get('/api/items', {
        status: filters.status === 'all' ? '' : filters.status, source: filters.source,
        section: filters.section, q: filters.q, limit: PAGE, before: reset ? '' : state.next,
      });
    } catch (e) {
      if (request === state.request) {
        state.loading = false;
        loading.hidden = true;
        toast(`Chargement impossible : ${describe(e)}`, { kind: 'error' });
      }
      return;
    }
    if (request !== state.request) return; // a newer search answered first or will
    state.loading = false;
    loading.hidden = true;
    render(page.items, reset);
    state.next = page.next ?? null;
    moreButton.hidden = !state.next;
    if (reset) choose(state.items.length ? 0 : -1, false);
  }

  /** Builds all new rows in one fragment, then inserts it once: a page renders in a few milliseconds. */
  function render(items, reset) {
    const started = performance.now();
    const fragment = document.createDocumentFragment();
    for (const item of items) fragment.append(itemRow(item, sourceNames));
    if (reset) {
      state.items = items.slice();
      list.replaceChildren(fragment);
    } else {
      state.items.push(...items);
      list.append(fragment);
    }
    list.dataset.renderMs = (performance.now() - started).toFixed(1);
    updateCount();
  }

  function updateCount() {
    const n = state.items.length;
    count.textContent = n === 0 ? '' : `${n}${state.next ? '+' : ''} élément${n > 1 ? 's' : ''}`;
    empty.hidden = n !== 0 || state.loading;
  }

  function rowOf(item) {
    return list.querySelector(`li[data-id="${item.id}"]`);
  }

  function current() {
    return state.items[state.selected] ?? null;
  }

  function choose(index, scroll = true) {
    const previous = current();
    if (previous) rowOf(previous)?.removeAttribute('aria-current');
    state.selected = Math.max(-1, Math.min(index, state.items.length - 1));
    const item = current();
    if (!item) return;
    const row = rowOf(item);
    row.setAttribute('aria-current', 'true');
    if (scroll) row.scrollIntoView({ block: 'nearest' });
  }

  function move(delta) {
    if (!state.items.length) return;
    const target = state.selected + delta;
    if (target >= state.items.length && state.next && !state.loading) {
      load(false).then(() => choose(target));
      return;
    }
    choose(Math.max(0, Math.min(target, state.items.length - 1)));
  }

  function onListClick(event) {
    const row = event.target.closest('li.item');
    if (!row) return;
    const index = state.items.findIndex((item) => String(item.id) === row.dataset.id);
    if (index < 0) return;
    choose(index, false);
    const action = event.target.closest('button')?.dataset.action;
    if (action === 'keep') keep(state.items[index], false);
    else if (action === 'dismiss') setStatus(state.items[index], 'dismissed');
    else if (action === 'restore') setStatus(state.items[index], 'new');
  }

  function openCurrent() {
    const item = current();
    if (item) rowOf(item)?.querySelector('.item-title a')?.click();
  }

  /** After a status change: drop the row when it no longer matches the filter, else redraw it. */
  function applyStatus(item, status) {
    const index = state.items.indexOf(item);
    if (index < 0) return;
    const updated = { ...item, status };
    const row = rowOf(item);
    if (filters.status !== 'all' && filters.status !== status) {
      state.items.splice(index, 1);
      row?.remove();
      if (state.selected >= state.items.length) state.selected = state.items.length - 1;
      choose(state.selected, true);
    } else {
      state.items[index] = updated;
      const newRow = itemRow(updated, sourceNames);
      row?.replaceWith(newRow);
      choose(index, false);
    }
    updateCount();
    return { index, item: updated };
  }

  /** Puts an item back where it was after an undo. */
  function reinsert(item, index) {
    const existing = state.items.findIndex((i) => i.id === item.id);
    if (existing >= 0) {
      state.items[existing] = item;
      rowOf(state.items[existing])?.replaceWith(itemRow(item, sourceNames));
      choose(existing);
      return;
    }
    if (filters.status !== 'all' && filters.status !== item.status) return;
    const at = Math.min(index, state.items.length);
    const row = itemRow(item, sourceNames);
    const before = state.items[at] ? rowOf(state.items[at]) : null;
    list.insertBefore(row, before);
    state.items.splice(at, 0, item);
    choose(at);
    updateCount();
  }

  async function keep(item, thenEdit) {
    if (!item || item.status === 'kept') return;
    const month = keepMonth.value;
    let link;
    try {
      link = await api.post(`/api/items/${item.id}/keep`, { month });
    } catch (e) {
      toast(`Impossible de garder « ${item.title} » : ${describe(e)}`, { kind: 'error' });
      return;
    }
    const placed = applyStatus(item, 'kept');
    state.lastAction = { kind: 'keep', item, index: placed?.index ?? 0, linkId: link.id };
    if (thenEdit) {
      navigate(['liens', link.id]);
      return;
    }
    toast(`Gardé dans ${monthLabel(link.month)}${link.section ? ` · ${link.section}` : ''}`, {
      action: { label: 'Modifier le lien', run: () => { location.hash = href(['liens', link.id]); } },
    });
  }

  async function setStatus(item, status) {
    if (!item || item.status === status) return;
    try {
      await api.patch(`/api/items/${item.id}`, { status });
    } catch (e) {
      toast(`Impossible de modifier « ${item.title} » : ${describe(e)}`, { kind: 'error' });
      return;
    }
    const placed = applyStatus(item, status);
    state.lastAction = { kind: 'status', item, index: placed?.index ?? 0 };
    if (status === 'dismissed') toast('Écarté', { action: { label: 'Annuler (u)', run: undo } });
  }

  async function undo() {
    const action = state.lastAction;
    if (!action) {
      toast('Rien à annuler');
      return;
    }
    state.lastAction = null;
    try {
      if (action.kind === 'keep') await api.del(`/api/links/${action.linkId}`);
      const restored = await api.patch(`/api/items/${action.item.id}`, { status: action.item.status });
      reinsert(restored ?? action.item, action.index);
      toast(action.kind === 'keep' ? 'Lien supprimé, élément remis dans la boîte' : 'Élément remis');
    } catch (e) {
      toast(`Annulation impossible : ${describe(e)}`, { kind: 'error' });
    }
  }
}

/** The months an item can be kept into: this month, the one before and after, and those with links. */
function keepMonths(months) {
  const now = currentMonth();
  const all = new Set([addMonths(now, 1), now, addMonths(now, -1), ...months.map((m) => m.month)]);
  return [...all].sort().reverse();
}
