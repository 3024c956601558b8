// One feed item of the inbox as a list row: title (to the article), source, date, release and duplicate
// marks, categories, summary and the triage buttons. Text goes in as text: titles come from the internet.
import { el, externalLink, hostOf } from './dom.js';
import { formatDate, formatDateTime } from './dates.js';

const STATUS_LABELS = { new: 'nouveau', kept: 'gardé', dismissed: 'écarté' };

/** sourceNames: Map sourceId → title. Buttons carry data-action (keep, dismiss, restore) for the view. */
export function itemRow(item, sourceNames) {
  const source = sourceNames.get(item.sourceId) ?? `source ${item.sourceId}`;
  const marks = [];
  if (item.version) marks.push(el('span', { class: 'badge badge-version', text: `v${item.version.replace(/^v/, '')}` }));
  if (item.prerelease) marks.push(el('span', { class: 'badge badge-prerelease', text: 'pré-version' }));
  if (item.duplicateOf != null) {
    marks.push(el('span', { class: 'badge badge-duplicate', title: `Le même lien que l'élément n° ${item.duplicateOf}`,
      text: 'doublon' }));
  }
  if (item.status !== 'new') {
    marks.push(el('span', { class: `badge badge-${item.status}`, text: STATUS_LABELS[item.status] ?? item.status }));
  }
  const categories = (item.categories ?? []).slice(0, 6).map((name) => el('span', { class: 'category', text: name }));

  return el('li', { class: ['item', item.status !== 'new' && `item-${item.status}`], dataset: { id: item.id } },
  el('div', { class: 'item-main' },
    el('h2', { class: 'item-title' }, externalLink(item.url, item.title || item.url)),
    el('p', { class: 'item-meta' },
      el('span', { class: 'item-source', text: source }),
      el('span', { class: 'item-host', text: hostOf(item.url) }),
      el('time', { datetime: item.publishedAt, title: formatDateTime(item.publishedAt),
        text: formatDate(item.publishedAt) }),
      marks),
    item.summary ? el('p', { class: 'item-summary', text: item.summary }) : null,
    categories.length ? el('p', { class: 'item-tags' }, categories) : null),
  el('div', { class: 'item-actions' }, actions(item)));
}

function actions(item) {
  const keep = el('button', { type: 'button', class: 'button-primary', dataset: { action: 'keep' },
    title: 'Garder (g)', text: 'Garder' });
  const dismiss = el('button', { type: 'button', dataset: { action: 'dismiss' }, title: 'Écarter (d)',
    text: 'Écarter' });
  const restore = el('button', { type: 'button', dataset: { action: 'restore' }, text: 'Remettre' });
  if (item.status === 'new') return [keep, dismiss];
  if (item.status === 'dismissed') return [keep, restore];
  return [];
}
