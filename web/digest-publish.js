// The post's state and the buttons that change it: "Publier" freezes the month (its links and texts answer 409
// until it is unpublished), "Dépublier" opens it again. Both ask for a confirmation first.
import * as api from './api.js';
import { el } from './dom.js';
import { formatDateTime } from './dates.js';
import { toast, describe } from './notify.js';

/**
 * beforePublish(): saves what is being typed, resolves to false when something could not be saved;
 * onChange(digest) with the digest the server answered.
 */
export function publishControls({ month, beforePublish = async () => true, onChange = () => {} }) {
  const status = el('p', { class: 'digest-status', id: 'digest-status', role: 'status' });
  const publish = el('button', { type: 'button', id: 'publish', class: 'button-primary', text: 'Publier',
    onclick: () => change('publish') });
  const unpublish = el('button', { type: 'button', id: 'unpublish', text: 'Dépublier',
    onclick: () => change('unpublish') });
  const element = el('div', { class: 'digest-publish' }, status, el('div', { class: 'actions' }, publish, unpublish));
  let digest = null;

  function update(stored) {
    digest = stored;
    const published = stored.status === 'published';
    status.dataset.status = stored.status;
    status.textContent = published
      ? `Publié${stored.publishedAt ? ` le ${formatDateTime(stored.publishedAt)}` : ''} : billet figé.`
      : 'Brouillon : pas encore publié.';
    publish.hidden = published;
    unpublish.hidden = !published;
  }

  async function change(action) {
    const question = action === 'publish'
      ? `Publier « ${digest.title} » ? Le billet et ses liens seront figés jusqu'à ce que vous le dépubliiez.`
      : `Dépublier « ${digest.title} » ? Le billet et ses liens pourront de nouveau être modifiés.`;
    if (!window.confirm(question)) return;
    const button = action === 'publish' ? publish : unpublish;
    button.disabled = true;
    try {
      if (action === 'publish' && !(await beforePublish())) {
        toast('Publication annulée : des modifications du billet ne sont pas enregistrées.', { kind: 'error' });
        return;
      }
      const updated = await api.post(`/api/digests/${month}/${action}`);
      toast(action === 'publish' ? 'Billet publié' : 'Billet dépublié : il est modifiable');
      await onChange(updated);
    } catch (e) {
      toast(`${action === 'publish' ? 'Publication' : 'Dépublication'} impossible : ${describe(e)}`,
        { kind: 'error' });
    } finally {
      button.disabled = false;
    }
  }

  return { element, update };
}
