import { msg, str } from '@lit/localize';
import { disclaimerText } from '../../base/disclaimer-text.js';

/*
 * The FAQ's shadow DOM, built with plain DOM calls: a page with its own questions then needs no lit-html at all
 * (the on-demand parts that do need it bring it along). Same markup, parts and classes as a lit template would give.
 */

type Child = Node | string;

function element<K extends keyof HTMLElementTagNameMap>(
  tag: K,
  attributes: Record<string, string> = {},
  ...children: Child[]
): HTMLElementTagNameMap[K] {
  const el = document.createElement(tag);
  for (const [name, value] of Object.entries(attributes)) el.setAttribute(name, value);
  el.append(...children);
  return el;
}

export interface FaqFrame {
  wrapper: HTMLDivElement;
  search: HTMLDivElement;
  list: HTMLDivElement;
  slot: HTMLSlotElement;
  controls: HTMLDivElement;
  toggleAll: HTMLButtonElement;
  footer: HTMLDivElement;
  important: HTMLSpanElement;
  disclaimer: Text;
  emergency: HTMLAnchorElement;
  /** After the footer: the sources line of the built-in questions. */
  end: HTMLDivElement;
}

export function buildFrame(root: ShadowRoot): FaqFrame {
  const slot = element('slot');
  const list = element('div', { class: 'list' }, slot);
  const toggleAll = element('button', { type: 'button' });
  const important = element('span', { class: 'visually-hidden' });
  const disclaimer = document.createTextNode('');
  const emergency = element('a');
  const footer = element(
    'div',
    { class: 'footer' },
    element(
      'p',
      { class: 'disclaimer', part: 'disclaimer' },
      element('span', { class: 'disclaimer-icon', 'aria-hidden': 'true' }, 'i'),
      ' ',
      important,
      ' ',
      disclaimer,
    ),
    element('div', { part: 'emergency' }, element('p', { class: 'call' }, emergency)),
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
    important,
    disclaimer,
    emergency,
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
  const { important, text } = disclaimerText();
  setText(frame.important, important);
  if (frame.disclaimer.data !== text) frame.disclaimer.data = text;
  if (frame.emergency.getAttribute('href') !== state.emergencyTel) frame.emergency.href = state.emergencyTel;
  setText(frame.emergency, msg(str`Emergency: call ${state.emergency}`, { id: 'faq.call-emergency' }));
}

/** Inserts `part` before `next` when shown, removes it otherwise. */
function place(part: Element, shown: boolean, next: Element): void {
  if (shown && part.nextElementSibling !== next) next.before(part);
  else if (!shown) part.remove();
}

function setText(el: Element, text: string): void {
  if (el.textContent !== text) el.textContent = text;
}
