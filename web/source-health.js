// How a source is doing, in words: last success, last error, consecutive errors, next check.
import { el } from './dom.js';
import { formatDateTime, formatRelative } from './dates.js';

/** 'ok' | 'error' | 'gone' | 'waiting' (never polled yet). */
export function healthOf(source) {
  if (source.gone) return 'gone';
  if (source.errorCount > 0) return 'error';
  if (!source.lastSuccessAt) return 'waiting';
  return 'ok';
}

const HEALTH_LABELS = { ok: 'en forme', error: 'en erreur', gone: 'disparue', waiting: 'jamais vérifiée' };

export function healthBadge(source) {
  const health = healthOf(source);
  return el('span', { class: ['badge', `badge-health-${health}`], text: HEALTH_LABELS[health] });
}

function when(iso) {
  return iso ? `${formatDateTime(iso)} (${formatRelative(iso)})` : 'jamais';
}

export function healthList(source) {
  const rows = [
    ['Dernier succès', when(source.lastSuccessAt)],
    ['Dernière vérification', when(source.lastPolledAt)],
  ];
  if (source.lastError) {
    rows.push(['Dernière erreur', `${source.lastError}${source.lastStatus ? ` (HTTP ${source.lastStatus})` : ''}`]);
  }
  rows.push(['Erreurs consécutives', String(source.errorCount ?? 0)]);
  rows.push(['Prochaine vérification', source.gone
    ? 'aucune : la source a disparu (410 Gone). Vérifiez son adresse.'
    : when(source.nextPollAt)]);
  return el('dl', { class: 'health' }, rows.map(([term, value]) => [el('dt', { text: term }),
    el('dd', { text: value })]));
}

/** The result of "Vérifier maintenant" in a sentence. */
export function pollResultText(result) {
  const http = [result.status ? `HTTP ${result.status}` : null, `${result.durationMs} ms`].filter(Boolean).join(', ');
  if (result.result === 'ok') {
    const n = result.newItems;
    return `Vérifiée : ${n === 0 ? "aucun nouvel élément" : n === 1 ? "1 nouvel élément" : `${n} nouveaux éléments`} (${http}).`;
  }
  if (result.result === 'not-modified') return `Vérifiée : rien de nouveau depuis la dernière fois (${http}).`;
  return `Échec de la vérification : ${result.error ?? 'erreur inconnue'} (${http}).`;
}
