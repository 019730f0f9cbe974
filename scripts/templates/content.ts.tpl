import { msg } from '@lit/localize';
import type { Sources } from '../../base/provenance.js';

/**
 * The widget's built-in text, read at render time so that it follows the page language. Our own plain words (B1),
 * no diagnosis, no score, no fear words: see CONTRIBUTING, "Review medical content".
 */
export function __camel__Text() {
  return {
    title: msg('__Title__', { id: '__name__.title' }),
    intro: msg('Replace this sentence with what the widget explains, in plain words.', {
      id: '__name__.intro',
      desc: 'The sentence under the title of <physio-__name__>.',
    }),
  };
}

/** When the text was last checked against its sources (ISO date). Set at creation: make it the clinical review's date. */
export const lastReviewed = '__date__';

/** Titles behind the text (not translated), for the reader's country. Name the ones the text really rests on. */
export const sources: Sources = (region) => [region === 'be' ? 'KCE 287' : 'KNGF-richtlijn Lage rugpijn (2021)'];
