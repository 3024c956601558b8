// The archive of published posts (GET /api/digests, status "published"), newest first, each opening its month.
import { el } from './dom.js';
import { formatDate, monthLabel } from './dates.js';
import { href } from './router.js';

/** digests: [{month, status, publishedAt, links}]; shown: the month on screen (marked as current). */
export function publishedArchive(digests, shown) {
  const published = digests.filter((d) => d.status === 'published').sort((a, b) => b.month.localeCompare(a.month));
  return el('section', { class: 'digest-archive', id: 'digest-archive', 'aria-labelledby': 'digest-archive-title' },
    el('h2', { id: 'digest-archive-title', text: 'Billets publiés' }),
    published.length === 0 ? el('p', { class: 'view-meta', text: 'Aucun billet publié pour l\'instant.' })
      : el('ul', { class: 'archive-list' }, published.map((d) => el('li', {},
        el('a', { href: href(['mois', d.month]), text: monthLabel(d.month), dataset: { month: d.month },
          'aria-current': d.month === shown ? 'page' : null }),
        el('span', { class: 'view-meta', text: ` — ${d.links} lien${d.links > 1 ? 's' : ''}`
          + (d.publishedAt ? `, publié le ${formatDate(d.publishedAt)}` : '') })))));
}
