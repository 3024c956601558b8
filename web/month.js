// A month's post (#/mois/2019-10): its texts (digest-form.js), its links grouped by section in section order (each
// movable up and down in its section, to another section or to next month), what to check before export
// (digest-warnings.js), the copy and download of the Markdown (digest-export.js), publishing
// (digest-publish.js), the preview of the exported post (digest-preview.js) and the archive of published months.
// A published month is frozen: its links and texts are shown read-only until it is unpublished.
import * as api from './api.js';
import { el, select, hostOf } from './dom.js';
import { addMonths, currentMonth, isMonth, monthLabel } from './dates.js';
import { hasDraft } from './drafts.js';
import { digestForm } from './digest-form.js';
import { digestPreview } from './digest-preview.js';
import { digestExport } from './digest-export.js';
import { publishControls } from './digest-publish.js';
import { digestWarnings, publishedLabel } from './digest-warnings.js';
import { publishedArchive } from './digest-archive.js';
import { notice, toast, describe } from './notify.js';
import { href, navigate } from './router.js';

export async function mountMonth(container, route) {
  const month = isMonth(route.path[1]) ? route.path[1] : currentMonth();
  const [months, sections, digests, vocabulary, first] = await Promise.all([api.get('/api/months'),
    api.get('/api/sections'), api.get('/api/digests'), api.get('/api/tags'), api.get(`/api/digests/${month}`)]);
  let digest = first;
  const sectionNames = sections.map((s) => s.name);

  const picker = select({ id: 'month-picker', 'aria-label': 'Mois' },
    monthChoices(months, month).map(({ month: m, links }) => ({ value: m,
      label: `${monthLabel(m)}${links ? ` (${links})` : ''}` })), month);
  picker.addEventListener('change', () => navigate(['mois', picker.value]));
  const heading = el('h1', { id: 'month-title' });
  const summary = el('p', { class: 'view-meta', id: 'month-summary' });
  const frozenNotice = el('p', { class: 'notice notice-warning', id: 'frozen-notice', hidden: true,
    text: 'Ce billet est publié : ses textes et ses liens sont en lecture seule. Dépubliez-le pour les modifier.' });
  const groups = el('div', { class: 'month-groups', id: 'month-groups' });
  const archive = el('div', {}, publishedArchive(digests, month));

  const form = digestForm({ month, digest, vocabulary,
    onSaved: (updated) => show(updated, { links: false }),
    onRefused: () => refresh().catch((e) => toast(`Rechargement impossible : ${describe(e)}`, { kind: 'error' })) });
  const preview = digestPreview({ month });
  const exporter = digestExport({ month, beforeCopy: () => form.flush() });
  const publishing = publishControls({ month, beforePublish: () => form.flush(), onChange: async (updated) => {
    show(updated);
    archive.replaceChildren(publishedArchive(await api.get('/api/digests'), month));
  } });
  const warnings = digestWarnings({ onApplied: (updated) => show(updated),
    onRefused: () => refresh().catch((e) => toast(`Rechargement impossible : ${describe(e)}`, { kind: 'error' })) });

  container.append(el('section', { class: 'view view-month' },
    el('header', { class: 'view-header' },
      el('div', {}, heading, summary),
      el('nav', { class: 'month-nav', 'aria-label': 'Changer de mois' },
        el('a', { class: 'button', href: href(['mois', addMonths(month, -1)]), 'aria-label': 'Mois précédent',
          text: '‹' }),
        picker,
        el('a', { class: 'button', href: href(['mois', addMonths(month, 1)]), 'aria-label': 'Mois suivant',
          text: '›' }))),
    el('section', { class: 'digest-bar', 'aria-label': 'Publication et export' },
      publishing.element, exporter.element, warnings.element),
    frozenNotice,
    form.element,
    el('section', { class: 'digest-links', 'aria-labelledby': 'digest-links-title' },
      el('h2', { id: 'digest-links-title', class: 'visually-hidden', text: 'Liens du mois' }), groups),
    preview.element,
    archive));

  groups.addEventListener('click', onAction);
  groups.addEventListener('change', onAction);
  show(digest);

  return () => form.stop();

  /** Reads the month again (after a link moved, a roll-up, a refusal) and shows it. */
  async function refresh(focus) {
    show(await api.get(`/api/digests/${month}`), { focus });
  }

  /** Shows a digest as the server answered it; the links are drawn again unless only the texts changed. */
  function show(updated, { links = true, focus } = {}) {
    digest = updated;
    const frozen = digest.status === 'published';
    heading.textContent = digest.title;
    frozenNotice.hidden = !frozen;
    publishing.update(digest);
    warnings.update(digest, sectionNames);
    form.update(digest);
    if (links) render(focus);
    preview.refresh();
  }

  function render(focus) {
    const frozen = digest.status === 'published';
    const all = digest.sections.flatMap((section) => section.links);
    const withoutCommentary = all.filter((link) => !link.commentary?.trim()).length;
    summary.textContent = all.length === 0 ? 'Aucun lien ce mois-ci.'
      : `${all.length} lien${all.length > 1 ? 's' : ''}`
        + (withoutCommentary ? ` · ${withoutCommentary} sans commentaire` : ' · tous commentés');
    const names = [...new Set([...sectionNames, ...digest.sections.map((s) => s.name)])];

    const fragment = document.createDocumentFragment();
    for (const section of digest.sections) {
      const sectionLinks = section.links;
      fragment.append(el('section', { class: 'month-section', dataset: { section: section.name } },
        el('h2', {}, section.name, el('span', { class: 'count', text: ` ${sectionLinks.length}` })),
        el('ol', { class: 'month-links' },
          sectionLinks.map((link, index) => linkRow(link, index, sectionLinks.length, names, frozen)))));
    }
    if (!all.length) {
      fragment.append(notice('Gardez des éléments depuis la boîte de réception, ou ajoutez un lien par son URL.'));
    }
    groups.replaceChildren(fragment);
    if (focus) {
      const target = groups.querySelector(`li[data-id="${focus.id}"] [data-action="${focus.action}"]`);
      (target && !target.disabled ? target : groups.querySelector(`li[data-id="${focus.id}"] a`))?.focus();
    }
  }

  function linkRow(link, index, count, names, frozen) {
    const noCommentary = !link.commentary?.trim();
    const moveSection = select({ 'aria-label': `Rubrique de « ${link.title} »`, dataset: { action: 'section' },
      disabled: frozen }, names.map((name) => ({ value: name, label: name })), link.section);
    return el('li', { class: ['month-link', noCommentary && 'month-link-empty'], dataset: { id: link.id } },
      el('div', { class: 'month-link-main' },
        el('a', { class: 'month-link-title', href: href(['liens', link.id]), text: link.title || link.url }),
        el('p', { class: 'item-meta' },
          el('span', { class: 'item-host', text: hostOf(link.url) }),
          noCommentary ? el('span', { class: 'badge badge-warning', text: 'sans commentaire' }) : null,
          link.publishedIn ? el('span', { class: 'badge badge-duplicate badge-published', text: publishedLabel(link) })
            : null,
          hasDraft(link.id) ? el('span', { class: 'badge badge-warning', text: 'brouillon non enregistré' }) : null,
          (link.tags ?? []).map((tag) => el('span', { class: 'tag', text: tag }))),
        noCommentary ? null : el('p', { class: 'month-link-excerpt', text: excerpt(link.commentary) })),
      el('div', { class: 'month-link-actions' },
        el('button', { type: 'button', class: 'icon-button', dataset: { action: 'up' }, disabled: frozen || index === 0,
          'aria-label': `Monter « ${link.title} »`, title: 'Monter', text: '↑' }),
        el('button', { type: 'button', class: 'icon-button', dataset: { action: 'down' },
          disabled: frozen || index === count - 1, 'aria-label': `Descendre « ${link.title} »`, title: 'Descendre',
          text: '↓' }),
        moveSection,
        el('button', { type: 'button', dataset: { action: 'postpone' }, disabled: frozen,
          text: 'Reporter au mois prochain' }),
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
