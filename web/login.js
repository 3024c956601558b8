// The login and setup pages' only script (independent of the editor's modules): carries the page to return
// to after login, the one-time setup token, and shows the error the server sent back in the address.
(function () {
  'use strict';

  var MESSAGES = {
    '1': 'Mot de passe incorrect.',
    'password': 'Mot de passe incorrect.',
    'rate': 'Trop de tentatives, réessayez dans quelques minutes',
    'setup': 'Aucun mot de passe n\'est encore choisi : ouvrez le lien de configuration affiché par Veille au démarrage.',
    'mismatch': 'Les deux mots de passe ne sont pas identiques.',
    'short': 'Mot de passe trop court.',
    'token': 'Ce lien de configuration n\'est plus valable : relancez Veille pour en obtenir un nouveau.',
    'used': 'Ce lien de configuration a déjà servi : connectez-vous avec votre mot de passe.'
  };

  var params = new URLSearchParams(location.search);

  // After login, go back where the curator was, hash route included (a redirect keeps the #fragment in the
  // address bar, but a form post drops it). Only paths of this site are accepted.
  var next = document.getElementById('next');
  if (next) {
    var target = params.get('next') || '/';
    if (target.charAt(0) !== '/' || target.charAt(1) === '/' || target.charAt(1) === '\\') target = '/';
    if (location.hash && target.indexOf('#') < 0) target += location.hash;
    next.value = target;
  }

  var token = document.getElementById('token');
  if (token) token.value = params.get('token') || '';

  var code = params.get('error');
  if (code) {
    var error = document.getElementById('error');
    error.textContent = MESSAGES[code] || code;
    error.hidden = false;
  }
}());
