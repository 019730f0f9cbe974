import { PhysioFaqToggleEvent } from '../../events/faq-toggle.js';
import { afterNextFrame } from '../../base/after-frame.js';

/**
 * Sends `physio-faq-toggle` when one of the FAQ's questions opens or closes: after the frame that
 * shows the change, so a tap paints the answer as fast as a native `<details>`, and once per real change (toggle
 * events are queued and can coalesce). `isQuestion` tells a question from a `<details>` inside an answer;
 * `toggled` runs for every toggle of a question, before it is reported.
 */
export function toggleReports(
  host: HTMLElement,
  isQuestion: (item: HTMLDetailsElement) => boolean,
  toggled: () => void,
) {
  const reported = new WeakMap<HTMLDetailsElement, boolean>();
  const report = (item: EventTarget | null) => {
    if (!(item instanceof HTMLDetailsElement) || !isQuestion(item)) return;
    toggled();
    if (reported.get(item) === item.open) return;
    reported.set(item, item.open);
    host.dispatchEvent(new PhysioFaqToggleEvent({ id: item.id, open: item.open }));
  };
  return {
    /** For a capturing `toggle` listener on the host's render root. */
    onToggle(event: Event): void {
      const target = event.target; // Read now: after dispatch, a target inside a shadow root is gone from the event.
      void afterNextFrame().then(() => report(target));
    },

    /** Questions as rendered: the state each starts in is not a change. */
    track(items: HTMLDetailsElement[]): void {
      for (const item of items) if (!reported.has(item)) reported.set(item, item.open);
    },
  };
}
