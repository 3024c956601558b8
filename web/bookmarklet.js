// The bookmarklet page (#/marque-page): a link to drag to the bookmarks bar; clicked on any page, it opens
// this editor's "add a link" form with that page's address and title. Its href is built here because the
// editor's origin is only known at runtime. Clicking it on this page does nothing (our CSP forbids
// javascript: URLs here, which is fine: it is meant for other pages).
import { el } from './dom.js';
import { toast } from './notify.js';

// No "+" and no spaces in the code: some tools decode a bookmark's URL as a form, turning "+" into a space.
export function bookmarkletCode(origin) {
  const target = JSON.stringify(`${origin}/#/ajouter?url=`);
  return `javascript:(function(){var e=encodeURIComponent;window.open(${target}.concat(e(location.href),`
    + '"&title=",e(document.title)),"_blank","noopener,width=820,height=760");})();';
}

export function mountBookmarklet(container) {
  const code = bookmarkletCode(location.origin);
  const link = el('a', { class: 'bookmarklet', id: 'bookmarklet', text: '+ Veille', title: 'Glissez-moi dans vos favoris' });
  link.href = code;
  link.addEventListener('click', (event) => {
    event.preventDefault();
    toast('Glissez ce lien dans la barre de favoris, puis utilisez-le sur la page à ajouter.');
  });
  const copy = el('textarea', { class: 'bookmarklet-code', id: 'bookmarklet-code', readOnly: true, rows: 4,
    'aria-label': 'Code du marque-page' });
  copy.value = code;
  copy.addEventListener('focus', () => copy.select());

  container.append(el('section', { class: 'view view-bookmarklet' },
    el('header', { class: 'view-header' }, el('h1', { text: 'Marque-page' })),
    el('p', { text: 'Glissez ce lien dans vos favoris :' }),
    el('p', { class: 'bookmarklet-holder' }, link),
    el('p', { text: 'Sur une page à retenir, cliquez sur ce favori : Veille s\'ouvre dans une nouvelle fenêtre avec '
      + 'l\'adresse et le titre de la page, prêts à devenir un lien du mois.' }),
    el('details', {}, el('summary', { text: 'Sur téléphone ou si le glisser-déposer ne marche pas' }),
      el('p', { text: 'Créez un favori de n\'importe quelle page, puis remplacez son adresse par ce code :' }),
      copy)));
}
