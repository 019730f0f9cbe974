import { css, html, nothing, render, unsafeCSS } from 'lit';
import type { ReactiveControllerHost } from 'lit';
import { textStyles } from '../../base/text.styles.js';
import { PageLanguageController } from '../../base/page-language.js';
import { resolveNumbers, type PhoneNumbers } from '../../base/phone-numbers.js';
import { resolveRegion, type Region } from '../../base/region.js';
import { sourcesLine } from '../../base/provenance.js';
import { pickOption } from '../../base/warn.js';
import { lastReviewed, lowBackPainFaq, sources, type FaqEntry } from './faq-content.js';
import { builtInSigns, tiers } from '../red-flags/red-flags-content.js';
import { emergencyCall } from '../../base/safety.js';
import { closingLine, tierAction, tierHeading } from '../red-flags/red-flags-actions.js';
import { faqItemCss } from './faq-item.styles.js';

/*
 * The built-in questions, loaded only by an FAQ that has no `<details>` of its own: a page that supplies its own
 * questions never downloads the built-in text of both languages.
 */

const topics = ['low-back-pain'] as const;

export const builtInStyles = [
  textStyles,
  css`
    ${unsafeCSS(faqItemCss('.list'))}
    .answer > ul {
      margin: 0 0 0.5em;
      padding-inline-start: 1.25em;
    }
    .answer > p {
      margin: 0 0 0.5em;
    }
    .answer > p:last-child {
      margin-bottom: 0;
    }
  `,
];

export interface BuiltInOptions {
  topic: string;
  region?: string;
  emergencyNumber?: string;
  afterHoursNumber?: string;
}

const following = new WeakSet<object>();

/**
 * The built-in entries for `topic` (unknown topics warn once and use low back pain) in the active language, with
 * the region's routes and numbers. The region follows `<html lang>` (nl-BE → Belgium), so the host re-renders when
 * the page's language changes.
 */
export function builtInContent(host: HTMLElement & ReactiveControllerHost, options: BuiltInOptions) {
  if (!following.has(host)) {
    following.add(host);
    new PageLanguageController(host);
  }
  pickOption(host, 'topic', options.topic, topics, 'low-back-pain');
  const region = resolveRegion(host, options.region);
  const numbers = resolveNumbers(host, region, options.emergencyNumber, options.afterHoursNumber);
  return { region, numbers, entries: lowBackPainFaq(region) };
}

/** One built-in question as a native `<details>`, so find-in-page can open it, with its heading level. */
function builtInEntry(entry: FaqEntry, level: number, numbers: PhoneNumbers, region: Region) {
  return html`<details part="item" id=${`faq-${entry.slug}`}>
    <summary part="question"><span role="heading" aria-level=${level}>${entry.question}</span></summary>
    <div class="answer" part="answer">
      ${entry.answer.map((paragraph) => html`<p>${paragraph}</p>`)}
      ${entry.urgent ? urgentTiers(numbers, region) : nothing}
    </div>
  </details>`;
}

export type BuiltInView = ReturnType<typeof builtInContent>;

/**
 * Renders the built-in questions into the FAQ's list (after its slot) and the sources line into `end`; with no
 * `view` (the page has its own questions now), removes both.
 */
export function renderBuiltIn(list: HTMLElement, end: HTMLElement, view: BuiltInView | undefined, level: number): void {
  render(view ? view.entries.map((entry) => builtInEntry(entry, level, view.numbers, view.region)) : nothing, list);
  render(view ? sourcesLine(sources(view.region), lastReviewed) : nothing, end);
}

/**
 * The red-flag checklist's three tiers as care cards: the same headings, signs, actions and call links, so the FAQ
 * never says less than the checklist (M2 of the December 2026 content review).
 */
function urgentTiers(numbers: PhoneNumbers, region: Region) {
  const signs = builtInSigns();
  return html`${tiers.map(
      (tier) =>
        html`<p><strong>${tierHeading(tier, numbers)}</strong></p>
          ${tier === 'emergency' ? emergencyCall(numbers) : nothing}
          <ul>
            ${signs[tier].map((sign) => html`<li>${sign.text}</li>`)}
          </ul>
          ${tierAction(tier, numbers, region)}`,
    )}
    <p>${closingLine()}</p>`;
}
