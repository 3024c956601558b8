// A month's post (#/mois/2019-10): its links grouped by section in section order, each movable up and down
// in its section, to another section or to next month; links still without commentary are flagged.
import * as api from './api.js';
import { el, select, hostOf } from './dom.js';
import { addMonths, currentMonth, isMonth, monthLabel, postTitle } from './dates.js';
import { hasDraft } from './drafts.js';
import { notice, toast, describe } from './notify.js';
import { href, navigate } from './router.js';

export async function mountMonth(container, route) {
  const month = isMonth(route.path[1]) ? route.path[1] : currentMonth();
  const [months, sections] = await Promise.all([api.get('/api/months'), api.get('/api/sections')]);

  const picker = select({ id: 'month-picker', 'aria-label': 'Mois' },
    monthChoices(months, month).map(({ month: m, links }) => ({ value: m,
      label: `${monthLabel(m)}${links ? ` (${links})` : ''}` })), month);
  picker.addEventListener('change', () => navigate(['mois', picker.value]));
  const summary = el('p', { class: 'view-meta', id: 'month-summary' });
  const groups = el('div', { class: 'month-groups', id: 'month-groups' });

  container.append(el('section', { class: 'view view-month' },
    el('header', { class: 'view-header' },
      el('div', {}, el('h1', { text: postTitle(month) }), summary,
        el('p', { class: 'view-meta' }, el('a', { id: 'month-export', href: `/api/digests/${month}/markdown?download=1`,
          text: 'Exporter le billet (Markdown)' }))),
      el('nav', { class: 'month-nav', 'aria-label': 'Changer de mois' },
        el('a', { class: 'button', href: href(['mois', addMonths(month, -1)]), 'aria-label': 'Mois précédent',
          text: '‹' }),
        picker,
        el('a', { class: 'button', href: href(['mois', addMonths(month, 1)]), 'aria-label': 'Mois suivant',
          text: '›' }))),
    groups));

  groups.addEventListener('click', onAction);
  groups.addEventListener('change', onAction);
  await refresh();

  async function refresh(focus) {
    const links = await api.get('/api/links', { month });
    render(links);
    if (focus) {
      const target = groups.querySelector(`li[data-id="${focus.id}"] [data-action="${focus.action}"]`);
      (target && !target.disabled ? target : groups.querySelector(`li[data-id="${focus.id}"] a`))?.focus();
    }
  }

  function render(links) {
    const withoutCommentary = links.filter((link) => !link.commentary?.trim()).length;
    summary.textContent = links.length === 0 ? 'Aucun lien ce mois-ci.'
      : `${links.length} lien${links.length > 1 ? 's' : ''}`
        + (withoutCommentary ? ` · ${withoutCommentary} sans commentaire` : ' · tous commentés');
    const bySection = new Map();
    for (const link of links) {
      const key = link.section ?? '';
      if (!bySection.has(key)) bySection.set(key, []);
      bySection.get(key).push(link);
    }
    const ordered = sections.map((s) => s.name).filter((name) => bySection.has(name));
    for (const name of bySection.keys()) if (!ordered.includes(name)) ordered.push(name);
    const sectionNames = [...new Set([...sections.map((s) => s.name), ...ordered])];

    const fragment = document.createDocumentFragment();
    for (const name of ordered) {
      const sectionLinks = bySection.get(name).slice().sort((a, b) => a.position - b.position);
      fragment.append(el('section', { class: 'month-section', dataset: { section: name } },
        el('h2', {}, name || 'Sans rubrique', el('span', { class: 'count', text: ` ${sectionLinks.length}` })),
        el('ol', { class: 'month-links' },
          sectionLinks.map((link, index) => linkRow(link, index, sectionLinks.length, sectionNames)))));
    }
    if (!links.length) {
      fragment.append(notice('Gardez des éléments depuis la boîte de réception, ou ajoutez un lien par son URL.'));
    }
    groups.replaceChildren(fragment);
  }

  function linkRow(link, index, count, sectionNames) {
    const noCommentary = !link.commentary?.trim();
    const moveSection = select({ 'aria-label': `Rubrique de « ${link.title} »`, dataset: { action: 'section' } },
      sectionNames.map((name) => ({ value: name, label: name })), link.section);
    return el('li', { class: ['month-link', noCommentary && 'month-link-empty'], dataset: { id: link.id } },
      el('div', { class: 'month-link-main' },
        el('a', { class: 'month-link-title', href: href(['liens', link.id]), text: link.title || link.url }),
        el('p', { class: 'item-meta' },
          el('span', { class: 'item-host', text: hostOf(link.url) }),
          noCommentary ? el('span', { class: 'badge badge-warning', text: 'sans commentaire' }) : null,
          hasDraft(link.id) ? el('span', { class: 'badge badge-warning', text: 'brouillon non enregistré' }) : null,
          (link.tags ?? []).map((tag) => el('span', { class: 'tag', text: tag }))),
        noCommentary ? null : el('p', { class: 'month-link-excerpt', text: excerpt(link.commentary) })),
      el('div', { class: 'month-link-actions' },
        el('button', { type: 'button', class: 'icon-button', dataset: { action: 'up' }, disabled: index === 0,
          'aria-label': `Monter « ${link.title} »`, title: 'Monter', text: '↑' }),
        el('button', { type: 'button', class: 'icon-button', dataset: { action: 'down' },
          disabled: index === count - 1, 'aria-label': `Descendre « ${link.title} »`, title: 'Descendre',
          text: '↓' }),
        moveSection,
        el('button', { type: 'button', dataset: { action: 'postpone' }, text: 'Reporter au mois prochain' }),
        el('a', { class: 'button', href: href(['liens', link.id]), text: 'Modifier' })));
  }

  async function onAction(event) {
    const control = event.target.closest('[data-action]');
    if (!control) return;
    const action = control.dataset.action;
    if ((action === 'section') !== (event.type === 'change')) return;
    const row = control.closest('li.month-link');
    const id = row.dataset.id;
    const index = [...row.parentElement.children].indexOf(row);
    let body;
    if (action === 'up') body = { position: index - 1 };
    else if (action === 'down') body = { position: index + 1 };
    else if (action === 'section') body = { section: control.value };
    else if (action === 'postpone') body = { month: addMonths(month, 1) };
    else return;
    for (const button of row.querySelectorAll('button, select')) button.disabled = true;
    try {
      await api.patch(`/api/links/${id}`, body);
      if (action === 'postpone') {
        toast(`Reporté en ${monthLabel(body.month)}`, { action: { label: 'Voir',
          run: () => navigate(['mois', body.month]) } });
      }
    } catch (e) {
      toast(`Modification impossible : ${describe(e)}`, { kind: 'error' });
    }
    try {
      await refresh({ id, action });
    } catch (e) {
      toast(`Rechargement impossible : ${describe(e)}`, { kind: 'error' });
    }
  }
}

/** The months offered: those with links, the current one, its neighbours and the one shown. */
function monthChoices(months, shown) {
  const counts = new Map(months.map((m) => [m.month, m.links]));
  const now = currentMonth();
  const all = new Set([...counts.keys(), now, addMonths(now, 1), shown]);
  return [...all].sort().reverse().map((m) => ({ month: m, links: counts.get(m) ?? 0 }));
}

function excerpt(markdown) {
  const text = markdown.replace(/[*_`#>[\]]/g, '').replace(/\(https?:[^)]*\)/g, '').replace(/\s+/g, ' ').trim();
  return text.length > 180 ? `${text.slice(0, 179)}…` : text;
}
