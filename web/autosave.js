// When to save an edited form: ~800 ms after the last change, at once on flush (blur, leaving the page),
// one save at a time, and again with back-off when the server is down or failing. It knows nothing of
// links: save() does the work and throws an ApiError when it fails.
//
// States, for the indicator: saved, pending (changes not sent yet), saving, retrying (transient failure,
// next attempt scheduled), failed (the server refused: retried on the next change or on demand),
// conflict (409: paused until the editor resolves it and calls resume()).

const BACKOFF_MS = [1000, 2000, 5000, 10000, 30000];

export class Autosave {
  constructor({ save, onState = () => {}, delay = 800 }) {
    this.save = save;
    this.onState = onState;
    this.delay = delay;
    this.state = 'saved';
    this.dirty = false;
    this.saving = null;
    this.paused = false;
    this.attempt = 0;
    this.timer = null;
    this.stopped = false;
    this.refused = false;
  }

  /** The form changed: save after the delay (restarted by each change). */
  changed() {
    if (this.stopped) return;
    this.dirty = true;
    this.refused = false;
    if (this.paused) return;
    if (!this.saving) this.#set('pending');
    this.#schedule(this.delay);
  }

  /**
   * Saves now if anything is waiting; resolves when that save (and any queued one) is over. After a refusal
   * (failed), only a new change or retry() sends again: the same request would be refused the same way.
   */
  async flush() {
    if (this.refused) return;
    clearTimeout(this.timer);
    this.timer = null;
    if (this.saving) await this.saving;
    if (this.dirty && !this.paused && !this.stopped) await this.#run();
  }

  /** Tries again now, even after a refusal. */
  retry() {
    this.refused = false;
    this.attempt = 0;
    this.dirty = true;
    return this.flush();
  }

  /** Stops after a 409 until the editor has chosen a version. */
  pause() {
    this.paused = true;
    clearTimeout(this.timer);
  }

  resume() {
    this.paused = false;
    this.refused = false;
    this.attempt = 0;
    this.dirty = true;
    return this.flush();
  }

  /** No more saves from this instance (the view is gone; drafts keep what was not saved). */
  stop() {
    this.stopped = true;
    clearTimeout(this.timer);
  }

  #schedule(ms) {
    clearTimeout(this.timer);
    this.timer = setTimeout(() => {
      this.timer = null;
      this.#run();
    }, ms);
  }

  #run() {
    if (this.saving) {
      // A change arrived during a save: save again once it is done.
      return this.saving.then(() => (this.dirty && !this.paused ? this.#run() : undefined));
    }
    if (!this.dirty || this.paused || this.stopped) return Promise.resolve();
    this.dirty = false;
    this.#set('saving');
    this.saving = this.#attempt().finally(() => {
      this.saving = null;
    });
    return this.saving;
  }

  async #attempt() {
    try {
      await this.save();
      this.attempt = 0;
      if (this.dirty) {
        this.#set('pending');
        this.#schedule(this.delay);
      } else {
        this.#set('saved');
      }
    } catch (error) {
      this.dirty = true; // what was typed is still to be saved
      if (this.stopped) return;
      if (error?.status === 409) {
        this.pause();
        this.#set('conflict', { error });
      } else if (error?.transient ?? true) {
        const wait = BACKOFF_MS[Math.min(this.attempt, BACKOFF_MS.length - 1)];
        this.attempt += 1;
        this.#set('retrying', { error, wait });
        this.#schedule(wait);
      } else {
        this.refused = true;
        this.#set('failed', { error });
      }
    }
  }

  #set(state, detail = {}) {
    this.state = state;
    this.onState(state, detail);
  }
}
