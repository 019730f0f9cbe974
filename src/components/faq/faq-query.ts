import type { ReactiveControllerHost } from '@lit/reactive-element';
import { Lazy } from '../../base/lazy.js';
import type { LazyParts } from '../../base/lazy-parts.js';

// The search field and its matching are loaded the first time a FAQ is `searchable`.
const search = new Lazy(() => import('./faq-search.js'));

/**
 * What the reader searches for, and which questions it lets through: the page's own questions it does not match are
 * hidden (and shown again), never one the page hid itself.
 */
export function faqQuery(host: ReactiveControllerHost & HTMLElement & { searchable: boolean }, parts: LazyParts) {
  let value = '';
  const hiddenBySearch = new WeakSet<HTMLDetailsElement>();
  const onInput = (event: Event) => {
    value = (event.target as HTMLInputElement).value;
    host.requestUpdate();
  };
  const query = {
    /** The search term while the field is shown, else ''. */
    get active(): string {
      return host.searchable ? value.trim() : '';
    },

    clear(): void {
      if (value) host.requestUpdate();
      value = '';
    },

    /** For each item, whether the active search lets it through. */
    shown<T>(items: T[], textOf: (item: T) => string): boolean[] {
      const term = query.active;
      const finder = term ? search.current : undefined;
      // With no search term everything is shown: no need to read (and normalise) every answer's text on each update.
      return items.map((item) => !finder || finder.matches(term, textOf(item)));
    },

    /** Hides the page's questions that do not match, shows those that match again. */
    apply(items: HTMLDetailsElement[], shown: boolean[]): void {
      items.forEach((item, i) => {
        if (!shown[i] && !item.hidden) {
          item.hidden = true;
          hiddenBySearch.add(item);
        } else if (shown[i] && hiddenBySearch.delete(item)) {
          item.hidden = false;
        }
      });
    },

    /** The field and its "3 of 12 questions match" status, once the search part is there. */
    render(container: HTMLElement, shown: boolean[]): void {
      const finder = host.searchable ? parts.need(search) : undefined;
      if (!finder) return;
      parts.adopt([finder.searchStyles]);
      finder.renderSearch(container, value, query.active, shown, onInput);
    },
  };
  return query;
}
