import { msg } from '@lit/localize';

/**
 * `msg(template, { id })` with the id as a plain argument. Only the single CDN file uses it: its build rewrites every
 * `msg(…, { id: '…' })` call into `msgById(…, n)`, where n is the message's index in the translations list
 * (scripts/shrink-plugin.ts; lit-localize looks translations up with `templates[id]`, so a number finds the entry).
 * Source code keeps calling msg() with an options object, which `lit-localize extract` reads; this file is left out
 * of lit-localize's inputFiles, as its msg() call has no literal text to extract.
 */
export const msgById = (template: Parameters<typeof msg>[0], id: number | string | { id?: string }): string =>
  // lit-localize types ids as strings; at run time it only indexes the templates with them.
  msg(template as string, typeof id === 'object' ? id : { id: id as string });
