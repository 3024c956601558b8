// What to look at before exporting the post, next to its buttons: links still without commentary, links already
// published in an earlier month, sections left out for want of links, and the releases of one project that
// could be one bullet ("Grafana 6.4.0 → 6.4.3", applied with "Appliquer").
import * as api from './api.js';
import { el } from './dom.js';
import { monthLabel } from './dates.js';
import { toast, describe } from './notify.js';
import { href } from './router.js';

/** "déjà publié en Août 2019" for a link of the digest (publishedIn: "2019-08"), or null. */
export function publishedLabel(link) {
  return link.publishedIn ? `déjà publié en ${monthLabel(link.publishedIn)}` : null;
}

/** onApplied(digest): a roll-up was applied, here is the month as it now is; onRefused(): it was not. */
export function digestWarnings({ onApplied = () => {}, onRefused = () => {} }) {
  const element = el('div', { class: 'digest-warnings', id: 'digest-warnings', 'aria-label': 'Avant l\'export' });

  /** digest: GET /api/digests/{month}; sectionNames: every section of the post, in order. */
  function update(digest, sectionNames) {
    const frozen = digest.status === 'published';
    const links = digest.sections.flatMap((section) => section.links);
    const withoutCommentary = links.filter((link) => !link.commentary?.trim());
    const republished = links.filter((link) => link.publishedIn);
    const filled = new Set(digest.sections.map((section) => section.name));
    const empty = sectionNames.filter((name) => !filled.has(name));
    const blocks = [];

    if (withoutCommentary.length) {
      blocks.push(warning('no-commentary', `${count(withoutCommentary.length, 'lien')} sans commentaire`,
        withoutCommentary.map((link) => el('li', {}, linkTo(link)))));
    }
    if (republished.length) {
      const title = `${count(republished.length, 'lien')} déjà ${republished.length > 1 ? 'publiés' : 'publié'}`;
      blocks.push(warning('republished', title,
        republished.map((link) => el('li', {}, linkTo(link), ` — ${publishedLabel(link)}`))));
    }
    for (const rollup of digest.rollups ?? []) {
      blocks.push(rollupBlock(rollup, digest, frozen));
    }
    element.replaceChildren(...blocks);
    if (!blocks.length) {
      element.append(el('p', { class: 'notice notice-ok', text: links.length ? 'Rien à signaler avant l\'export.'
        : 'Aucun lien ce mois-ci : le billet n\'aura que ses textes.' }));
    }
    if (links.length && empty.length) {
      element.append(el('p', { class: 'view-meta', id: 'empty-sections', text: `Sans lien ce mois-ci, donc absentes `
        + `du billet : ${empty.join(', ')}.` }));
    }
  }

  function warning(kind, title, items) {
    return el('div', { class: 'notice notice-warning', dataset: { warning: kind } },
      el('strong', { text: title }), el('ul', { class: 'warning-list' }, items));
  }

  function rollupBlock(rollup, digest, frozen) {
    const folded = rollup.foldedLinkIds.length;
    return el('div', { class: 'notice rollup', dataset: { warning: 'rollup', kept: rollup.keptLinkId } },
      el('span', {}, 'Regrouper les versions en un lien : ', el('strong', { text: rollup.title }),
        ` (remplace ${count(folded + 1, 'lien')})`),
      el('button', { type: 'button', class: 'apply-rollup', text: 'Appliquer', disabled: frozen,
        onclick: (event) => apply(rollup, digest, event.currentTarget) }));
  }

  async function apply(rollup, digest, button) {
    const links = new Map(digest.sections.flatMap((s) => s.links).map((link) => [link.id, link]));
    const kept = links.get(rollup.keptLinkId);
    const lost = rollup.foldedLinkIds.map((id) => links.get(id)).filter((link) => link?.commentary?.trim());
    const others = rollup.foldedLinkIds.length;
    const question = `Regrouper en « ${rollup.title} » ? `
      + (others > 1 ? `Les ${others} autres liens deviennent des liens associés et sont supprimés`
        : 'L\'autre lien devient un lien associé et est supprimé')
      + (lost.length ? `, commentaire${lost.length > 1 ? 's' : ''} compris.` : '.');
    if (!window.confirm(question)) return;
    button.disabled = true;
    let updated;
    try {
      // One request, applied whole or not at all: the server recomputes the bullet from the links as they are.
      updated = await api.post(`/api/digests/${digest.month}/rollups/apply`, { keptLinkId: rollup.keptLinkId,
        foldedLinkIds: rollup.foldedLinkIds, ...(kept ? { version: kept.version } : {}) });
    } catch (e) {
      // A refusal (month published, a link changed or gone meanwhile) says why; the month is read again.
      toast(`Regroupement impossible : ${describe(e)}`, { kind: 'error' });
      await onRefused();
      return;
    }
    toast(`Versions regroupées : ${rollup.title}`);
    onApplied(updated);
  }

  return { element, update };
}

function linkTo(link) {
  return el('a', { href: href(['liens', link.id]), text: link.title || link.url });
}

function count(n, word) {
  return `${n} ${word}${n > 1 ? 's' : ''}`;
}
