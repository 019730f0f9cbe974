import { html } from 'lit';
import { PhysioElement } from '../../base/physio-element.js';
import { hostStyles } from '../../base/host.styles.js';
import { textStyles } from '../../base/text.styles.js';
import { contentLanguage } from '../../base/content-language.js';
import { disclaimer } from '../../base/safety.js';
import { heading } from '../../base/heading.js';
import { PageLanguageController } from '../../base/page-language.js';
import { sourcesLine } from '../../base/provenance.js';
import { resolveRegion } from '../../base/region.js';
import { pickHeadingLevel } from '../../base/warn.js';
import { __camel__Text, lastReviewed, sources } from './__name__-content.js';
import { __camel__Styles } from './__name__.styles.js';

/**
 * __Title__. Say here what the reader sees and can do, and what the widget never does (no diagnosis, no score,
 * nothing stored): this comment is the API contract, shown in custom-elements.json, Storybook and editors.
 *
 * @tag physio-__name__
 * @summary __Title__: one line for the catalogue.
 * @csspart intro - The sentence under the title.
 * @csspart disclaimer - The "general information, not a diagnosis" line.
 * @csspart sources - Sources and review date of the text.
 * @cssprop [--physio-color-accent=#005eb8] - The frame while the reader works inside the widget.
 * @cssprop [--physio-color-text=currentColor] - Text colour.
 * @cssprop [--physio-color-surface=transparent] - Background.
 * @cssprop [--physio-color-border=#737373] - The frame.
 * @cssprop [--physio-radius=0.5em] - Corner radius.
 * @cssprop [--physio-space=1em] - Spacing.
 * @cssprop [--physio-font-family=inherit] - Font; by default the page's.
 * @cssprop [--physio-duration=200ms] - How long the frame takes to change colour (0s: no animation).
 */
export class Physio__Pascal__ extends PhysioElement {
  static override styles = [hostStyles, textStyles, __camel__Styles];
  static override properties = {
    region: {},
    headingLevel: { type: Number, attribute: 'heading-level' },
  };

  /**
   * `nl` or `be`: which country's sources the widget names.
   * Default: `<meta name="physio-region">`, else `-BE`/`-NL` in `<html lang>`, else the language the page loaded with (French or German → `be`).
   */
  region?: 'nl' | 'be';

  /** Heading level (2–6) of the title; headings inside the widget are one level deeper. */
  headingLevel = 2;

  constructor() {
    super();
    // `<html lang>` can move the region (nl-BE), so the widget re-renders when it changes.
    new PageLanguageController(this);
  }

  override render() {
    const level = pickHeadingLevel(this, this.headingLevel, 2);
    const region = resolveRegion(this, this.region);
    const text = __camel__Text();
    return html`<div class="frame" lang=${contentLanguage()}>
      ${heading(level, text.title, 'title')}
      <p class="intro" part="intro">${text.intro}</p>
      ${disclaimer()} ${sourcesLine(sources(region), lastReviewed)}
    </div>`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'physio-__name__': Physio__Pascal__;
  }
}
