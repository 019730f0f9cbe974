import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { isServer } from 'lit-html/is-server.js';

type Listener = (lang: string) => void;
const listeners = new Set<Listener>();
let observer: MutationObserver | undefined;

/*
 * On a server (Node, where `isServer` is true; a constant false in browsers, so minifiers drop the server branches)
 * there is no `<html lang>`, and @lit-labs/ssr's DOM shim has a `document` without one: the tag given to setLocale()
 * stands for it (localization.ts), so a server-rendered widget picks the region the browser will pick.
 */
let serverLanguage = '';

/** On a server: the page's language tag, as setLocale() was given it. */
export const setServerLanguage = (lang: string) => (serverLanguage = lang);

/** The page's language, lower-cased (`<html lang>` is matched case-insensitively). */
export function pageLanguage(): string {
  return (isServer ? serverLanguage : (document.documentElement.getAttribute('lang') ?? '')).trim().toLowerCase();
}

/**
 * Calls `listener` whenever `<html lang>` changes. One MutationObserver serves every widget on the page.
 * Returns the function that unsubscribes.
 */
export function onPageLanguageChange(listener: Listener): () => void {
  listeners.add(listener);
  if (!observer) {
    observer = new MutationObserver(() => {
      const lang = pageLanguage();
      for (const l of [...listeners]) l(lang);
    });
    observer.observe(document.documentElement, { attributes: true, attributeFilter: ['lang'] });
  }
  return () => {
    listeners.delete(listener);
    if (listeners.size === 0) {
      observer?.disconnect();
      observer = undefined;
    }
  };
}

/** Re-renders its host when the page language changes, e.g. so a widget's region follows `nl-BE`. */
export class PageLanguageController implements ReactiveController {
  #unsubscribe?: () => void;

  constructor(private readonly host: ReactiveControllerHost) {
    host.addController(this);
  }

  hostConnected(): void {
    this.#unsubscribe = onPageLanguageChange(() => this.host.requestUpdate());
  }

  hostDisconnected(): void {
    this.#unsubscribe?.();
    this.#unsubscribe = undefined;
  }
}
