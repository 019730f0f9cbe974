import { msg } from '@lit/localize';
import { element, setText } from '../../base/dom.js';
import { safetyNodes } from '../../base/safety-dom.js';

/*
 * The FAQ's shadow DOM, built with plain DOM calls: a page with its own questions then needs no lit-html at all
 * (the on-demand parts that do need it bring it along).
 */

export interface FaqFrame {
  wrapper: HTMLDivElement;
  search: HTMLDivElement;
  list: HTMLDivElement;
  slot: HTMLSlotElement;
  controls: HTMLDivElement;
  toggleAll: HTMLButtonElement;
  footer: HTMLDivElement;
  safety: ReturnType<typeof safetyNodes>;
  /** After the footer: the sources line of the built-in questions. */
  end: HTMLDivElement;
}

export function buildFrame(root: ShadowRoot): FaqFrame {
  const slot = element('slot');
  const list = element('div', { class: 'list' }, slot);
  const toggleAll = element('button', { type: 'button' });
  const safety = safetyNodes();
  const footer = element(
    'div',
    { class: 'footer' },
    safety.disclaimer,
    element('div', { part: 'emergency' }, safety.emergencyCall),
  );
  const end = element('div');
  const wrapper = element('div', {}, list, footer, end);
  root.append(wrapper);
  return {
    wrapper,
    search: element('div', { class: 'search', part: 'search' }),
    list,
    slot,
    controls: element('div', { class: 'controls', part: 'controls' }, toggleAll),
    toggleAll,
    footer,
    safety,
    end,
  };
}

export interface FrameState {
  lang: string;
  searchable: boolean;
  loading: boolean;
  controls: boolean;
  allOpen: boolean;
  emergency: string;
  emergencyTel: string;
}

/** Brings the frame in line with `state`, in the active language; touches only what changed. */
export function updateFrame(frame: FaqFrame, state: FrameState): void {
  frame.wrapper.lang = state.lang;
  place(frame.search, state.searchable, frame.list);
  place(frame.controls, state.controls, frame.footer);
  frame.list.classList.toggle('loading', state.loading);
  setText(
    frame.toggleAll,
    state.allOpen ? msg('Collapse all', { id: 'faq.collapse-all' }) : msg('Expand all', { id: 'faq.expand-all' }),
  );
  frame.safety.update(state);
}

/** Inserts `part` before `next` when shown, removes it otherwise. */
function place(part: Element, shown: boolean, next: Element): void {
  if (shown && part.nextElementSibling !== next) next.before(part);
  else if (!shown) part.remove();
}
