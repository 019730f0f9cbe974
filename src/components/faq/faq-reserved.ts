/*
 * Heights of what the upgraded FAQ adds around the questions (search above; controls and disclaimer below), for
 * `preload.css` to reserve before upgrade. They follow faq.styles.ts and host.styles.ts; test/preload.test.ts
 * measures both sides and fails when they drift apart. Kept apart from the item styles, which the FAQ loads lazily,
 * and as separate constants, so the FAQ's own bundle carries only the ones it uses.
 */

export const searchReserve = 'calc(4.25em + var(--physio-space, 1em) * 0.75)';
export const controlsReserve = 'calc(2.75em + var(--physio-space, 1em) * 0.5)';
/** Disclaimer and emergency link: three lines (the footer has that min-height), so one may wrap. */
export const footerReserve = 'calc(4.5em + var(--physio-space, 1em) * 0.75)';
/** Built-in content before upgrade: 13 one-line questions, their borders, the sources line. */
export const builtInReserve = 'calc(13 * 2.75em + 14px + var(--physio-space, 1em) * 0.5 + 1.3125em)';

/** Set by the light-DOM item rules (preload.css or our adopted sheet): the element then need not load them. */
export const faqLightMarker = '--physio-faq-light';
