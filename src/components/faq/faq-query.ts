import type { ReactiveControllerHost } from '@lit/reactive-element';
import { Lazy } from '../../base/lazy.js';
import type { LazyParts } from '../../base/lazy-parts.js';
import { searchText } from './faq-items.js';

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

    /**
     * Which questions the active search lets through, as the reader sees them; hides those it does not and shows
     * again those it hid before. With no search term everything is shown, and no answer's text is read.
     */
    filter(items: HTMLDetailsElement[]): boolean[] {
      const term = query.active;
      const finder = term ? search.current : undefined;
      return items.map((item) => {
        const shown = !finder || finder.matches(term, searchText(item));
        if (!shown && !item.hidden) {
          item.hidden = true;
          hiddenBySearch.add(item);
        } else if (shown && hiddenBySearch.delete(item)) {
          item.hidden = false;
        }
        return shown;
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
