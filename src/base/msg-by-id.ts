import { msg } from '@lit/localize';

/**
 * `msg(template, { id })` with the id as a plain argument (in the CDN file a number: the index of its translation). Only the single CDN file uses it: its build rewrites every
 * `msg(…, { id: '…' })` call into `msgById(…, '…')` (scripts/shrink-plugin.ts), about 90 bytes gzip less over all
 * messages. Source code keeps calling msg() with an options object, which `lit-localize extract` reads; this file
 * is left out of lit-localize's inputFiles, as its msg() call has no literal text to extract.
 */
export const msgById = (template: Parameters<typeof msg>[0], id: number | string | { id?: string }): string =>
  msg(template as string, typeof id === 'object' ? id : { id: id as string });
