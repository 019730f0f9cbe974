import type { ReactiveControllerHost } from '@lit/reactive-element';
import { warnOnce } from '../../base/warn.js';
import { afterNextFrame, whenIdle } from '../../base/after-frame.js';
import { assignId, detailsChildren, markHeading } from './faq-items.js';

/**
 * A controller for the `<details>` a page put inside the FAQ: which they are, their ids and their headings. It
 * watches the page edit them (children added or removed, text changed) and asks the host to render again; its own
 * id and heading edits are not the page's and are not watched.
 *
 * `own` names a node the host itself keeps among the children (its JSON-LD script), whose changes are not the page's.
 */
export function pageItems(host: ReactiveControllerHost & HTMLElement, own: () => Node | null) {
  let items: HTMLDetailsElement[] = [];
  /** The list itself changed since the last sync (ids and slot assignment are due). */
  let listChanged = true;
  /** Something changed since the last heading pass (a question's text, the list or the level). */
  let headingsDue = true;
  let level = 0;
  let headingPass: Promise<void> | undefined;
  const observer = new MutationObserver((records) => changed(records));
  const observe = () => observer.observe(host, { childList: true, subtree: true, characterData: true });

  const unobserved = (edit: () => void) => {
    // What the page changed before (e.g. questions added right after connecting) must not be dropped with ours.
    const pending = observer.takeRecords();
    observer.disconnect();
    edit();
    if (host.isConnected) observe();
    if (pending.length) changed(pending);
  };

  const changed = (records: MutationRecord[]) => {
    const ours = own();
    if (records.every((record) => ours?.contains(record.target))) return;
    headingsDue = true;
    collect();
    host.requestUpdate();
  };

  const collect = () => {
    const next = detailsChildren(host);
    if (next.length !== items.length || next.some((item, i) => item !== items[i])) {
      items = next;
      listChanged = true;
      host.requestUpdate();
    }
    if (!next.length && [...host.children].some((child) => !/^(P|BR|SCRIPT)$/.test(child.tagName))) {
      warnOnce(host, '<physio-faq> shows only <details> that are direct children; others are ignored.');
    }
  };

  host.addController({
    hostConnected() {
      observe();
      collect();
    },
    hostDisconnected: () => observer.disconnect(),
    // Edits the page made in this task, before the observer reported them, are part of this update, not a next one.
    hostUpdate() {
      const pending = observer.takeRecords();
      if (pending.length) changed(pending);
    },
  });

  return {
    /** The page's questions in order; empty means the built-in ones are shown. */
    get items() {
      return items;
    },

    /**
     * In the host's update: when the list changed, gives each question its id and hands the list to `assign` (slot
     * assignment); when anything changed, marks the questions as headings of `headingLevel` once the browser is idle.
     */
    sync(headingLevel: number, assign: (items: HTMLDetailsElement[]) => void): void {
      if (headingLevel !== level) [level, listChanged] = [headingLevel, true];
      if (listChanged) {
        listChanged = false;
        headingsDue = true;
        assign(items);
        const taken = new Set<string>();
        unobserved(() => items.forEach((item) => assignId(item, taken)));
      }
      if (!headingsDue) return;
      headingsDue = false;
      // Wrapping each question in a heading moves its text, which for many questions delays the first paint; the
      // headings are for screen readers and follow when the browser is idle after that frame, so the task does not
      // compete with the first paint or a reader's first tap.
      headingPass ??= afterNextFrame(whenIdle).then(() => {
        headingPass = undefined;
        unobserved(() => items.forEach((item) => markHeading(item, level)));
      });
    },
  };
}
