/**
 * One `MutationObserver` for the whole page that tells elements when a `lang` attribute changed
 * anywhere in the document (a site's language switcher sets `<html lang>`), so each element can check
 * whether the language it inherits changed. Elements register while connected; with none left the
 * observer is disconnected, so nothing stays behind.
 */
export interface LangListener {
  langMayHaveChanged(): void;
}

const listeners = new Set<LangListener>();
let observer: MutationObserver | undefined;

export function watchLang(listener: LangListener): void {
  listeners.add(listener);
  if (observer) return;
  observer = new MutationObserver(() => {
    for (const l of listeners) l.langMayHaveChanged();
  });
  observer.observe(document.documentElement, { attributes: true, attributeFilter: ['lang'], subtree: true });
}

export function unwatchLang(listener: LangListener): void {
  listeners.delete(listener);
  if (listeners.size === 0 && observer) {
    observer.disconnect();
    observer = undefined;
  }
}
