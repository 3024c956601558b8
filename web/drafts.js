// Drafts of what is being edited (a link, a month's post), kept in localStorage until the server has them, so
// a failed save, a closed tab or an expired session never loses typed text. One entry per edited thing:
// {values, base, at}, where base is the thing as stored when the edit began (used to detect edits made
// elsewhere meanwhile; the post has no version and keeps none).

/** The drafts of one kind of thing ('link', 'digest'), keyed by its id. */
export function draftsOf(kind) {
  const prefix = `veille.draft.${kind}.`;
  return {
    save(id, draft) {
      try {
        localStorage.setItem(prefix + id, JSON.stringify({ ...draft, at: new Date().toISOString() }));
        return true;
      } catch {
        return false; // storage full or disabled: the text is still in the form
      }
    },
    load(id) {
      try {
        const text = localStorage.getItem(prefix + id);
        return text ? JSON.parse(text) : null;
      } catch {
        return null;
      }
    },
    clear(id) {
      try {
        localStorage.removeItem(prefix + id);
      } catch {
        // nothing to clear
      }
    },
    has(id) {
      try {
        return localStorage.getItem(prefix + id) !== null;
      } catch {
        return false;
      }
    },
  };
}

const links = draftsOf('link');

export const saveDraft = links.save;
export const loadDraft = links.load;
export const clearDraft = links.clear;
export const hasDraft = links.has;
