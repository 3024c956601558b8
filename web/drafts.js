// Drafts of links being edited, kept in localStorage until the server has them, so a failed save, a closed
// tab or an expired session never loses typed text. One entry per link: {values, base, at}, where base is
// the link as stored when the edit began (used to detect edits made elsewhere meanwhile).

const PREFIX = 'veille.draft.link.';

export function saveDraft(linkId, draft) {
  try {
    localStorage.setItem(PREFIX + linkId, JSON.stringify({ ...draft, at: new Date().toISOString() }));
    return true;
  } catch {
    return false; // storage full or disabled: the text is still in the form
  }
}

export function loadDraft(linkId) {
  try {
    const text = localStorage.getItem(PREFIX + linkId);
    return text ? JSON.parse(text) : null;
  } catch {
    return null;
  }
}

export function clearDraft(linkId) {
  try {
    localStorage.removeItem(PREFIX + linkId);
  } catch {
    // nothing to clear
  }
}

export function hasDraft(linkId) {
  try {
    return localStorage.getItem(PREFIX + linkId) !== null;
  } catch {
    return false;
  }
}
