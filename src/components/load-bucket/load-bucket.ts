import { html, nothing, type PropertyValues } from 'lit';
import { msg } from '@lit/localize';
import { PhysioElement } from '../../base/physio-element.js';
import { hostStyles } from '../../base/host.styles.js';
import { textStyles } from '../../base/text.styles.js';
import { contentLanguage } from '../../base/content-language.js';
import { disclaimer } from '../../base/safety.js';
import { heading } from '../../base/heading.js';
import { sourcesLine } from '../../base/provenance.js';
import { PageLanguageController } from '../../base/page-language.js';
import { resolveRegion } from '../../base/region.js';
import { pickHeadingLevel, pickOption } from '../../base/warn.js';
import { PhysioBucketChangeEvent } from '../../events/bucket-change.js';
import {
  lastReviewed,
  sources,
  bucketState,
  builders,
  describe,
  loads,
  presetLoads,
  presets,
  type BucketState,
  type Preset,
} from './load-bucket-content.js';
import { applyBucketScale, bucketSvg } from './load-bucket-svg.js';
import { bucketStyles } from './load-bucket.styles.js';

/**
 * The "bucket" explainer of load and load capacity. Loads pour water in; the bucket's size is your load capacity;
 * when it overflows, pain can flare up, even from a last small drop. Recovery lets water out and building up
 * activity makes the bucket bigger. A metaphor, and it says so: nothing is measured or scored, and the reader's
 * choices stay in the element (the event only says whether the bucket overflows). Where it is too narrow for the
 * bucket beside the choices (a phone), the bucket and its status become a compact bar that stays at the top of the
 * screen while the reader goes through the choices.
 *
 * @tag physio-load-bucket
 * @summary Interactive "bucket" explainer: what fills your load capacity, what makes room, and the last drop.
 * @fires {PhysioBucketChangeEvent} physio-bucket-change - The bucket started or stopped overflowing. `detail: { overflowing: boolean }`.
 * @csspart bucket - The bucket drawing (SVG).
 * @csspart loads - The list of loads.
 * @csspart builders - The list of things that make room.
 * @csspart status - The state in words (also announced).
 * @csspart disclaimer - The "general information, not a diagnosis" line.
 * @csspart sources - Sources and review date.
 * @cssprop [--physio-color-accent=#005eb8] - Buttons and the water.
 * @cssprop [--physio-color-urgent=#c4221a] - The overflow note.
 * @cssprop [--physio-color-text=currentColor] - Text and the bucket's outline.
 * @cssprop [--physio-color-surface=transparent] - Background of buttons that are not pressed.
 * @cssprop [--physio-color-border=#737373] - Borders.
 * @cssprop [--physio-radius=0.5em] - Corner radius of the buttons.
 * @cssprop [--physio-space=1em] - Spacing.
 * @cssprop [--physio-font-family=inherit] - Font; by default the page's.
 * @cssprop [--physio-duration=450ms] - How long the water and the bucket take to change (0s: no animation).
 * @cssprop [--physio-sticky-top=0] - Space above the sticky bar on phones, e.g. a fixed header's height.
 * @cssstate overflowing - The bucket overflows.
 */
export class PhysioLoadBucket extends PhysioElement {
  static override styles = [hostStyles, textStyles, bucketStyles];
  static override properties = {
    preset: {},
    region: {},
    headingLevel: { type: Number, attribute: 'heading-level' },
    active: { state: true },
    withLastDrop: { state: true },
  };

  /** Starting point: `empty`, or `moving-house` (moving, a hectic time, a new job, a bad night: nearly full). */
  preset: 'empty' | 'moving-house' = 'empty';

  /** Heading level (2–6) of the title; the two lists get headings one level deeper. */
  headingLevel = 2;

  /**
   * `nl` or `be`: which country's guideline the sources line names (KNGF or KCE).
   * Default: `<meta name="physio-region">`, else `-BE`/`-NL` in `<html lang>`, else the language the page loaded with (French or German → `be`).
   */
  region?: 'nl' | 'be';

  constructor() {
    super();
    new PageLanguageController(this);
  }

  /** Which loads and builders are switched on. Memory only. */
  private active = new Set<string>();
  private withLastDrop = false;
  #appliedPreset?: string;
  #wasOverflowing?: boolean;
  /** Where the water stands, worked out once per update for the render, the drawing and the event. */
  #current!: BucketState;

  get #startPreset(): Preset {
    return pickOption(this, 'preset', this.preset, presets, 'empty');
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    if (changed.has('preset') && this.preset !== this.#appliedPreset) {
      this.#appliedPreset = this.preset;
      this.reset();
    }
    this.#current = bucketState(this.active, this.withLastDrop);
  }

  protected override updated(changed: PropertyValues<this>): void {
    super.updated(changed);
    const { overflowing } = this.#current;
    applyBucketScale(this.renderRoot.querySelector('svg'), this.#current);
    this.setState('overflowing', overflowing);
    if (this.#wasOverflowing !== undefined && overflowing !== this.#wasOverflowing) {
      this.dispatchEvent(new PhysioBucketChangeEvent({ overflowing }));
    }
    this.#wasOverflowing = overflowing;
  }

  /** Back to the preset's starting point. */
  reset(): void {
    this.active = new Set(presetLoads[this.#startPreset]);
    this.withLastDrop = false;
  }

  #toggle(id: string): void {
    const next = new Set(this.active);
    if (next.has(id)) next.delete(id);
    else next.add(id);
    this.active = next;
  }

  override render() {
    const level = pickHeadingLevel(this, this.headingLevel, 2);
    const current = this.#current;
    const toggle = (id: string, label: string) =>
      html`<li>
        <button type="button" aria-pressed=${this.active.has(id) ? 'true' : 'false'} @click=${() => this.#toggle(id)}>
          ${label}
        </button>
      </li>`;
    return html`<div lang=${contentLanguage()}>
      ${heading(level, msg('The bucket: load and load capacity', { id: 'bucket.title' }), 'title')}
      <p class="intro">
        ${msg(
          'Picture a bucket. Heavy work, stress, poor sleep and other loads pour water into it. How much fits in is your load capacity. Choose what fills the bucket and what makes room, and see what happens.',
          { id: 'bucket.intro' },
        )}
      </p>
      <div class="layout">
        <div class="choices">
          ${heading(level + 1, msg('What fills the bucket', { id: 'bucket.loads.heading' }), 'group-heading')}
          <ul class="toggles" part="loads">
            ${loads().map((load) => toggle(load.id, load.label))}
          </ul>
          ${heading(level + 1, msg('What makes room', { id: 'bucket.builders.heading' }), 'group-heading')}
          <p class="hint">
            ${msg(
              'Breaks, sleep and relaxing let water out. Building up activity step by step makes the bucket bigger.',
              {
                id: 'bucket.builders.hint',
              },
            )}
          </p>
          <ul class="toggles" part="builders">
            ${builders().map((builder) => toggle(builder.id, builder.label))}
          </ul>
          <div class="actions">
            <button
              type="button"
              class="last-drop"
              aria-pressed=${this.withLastDrop ? 'true' : 'false'}
              @click=${() => (this.withLastDrop = !this.withLastDrop)}
            >
              ${msg('The last drop: picking up a pen', { id: 'bucket.last-drop' })}
            </button>
            <button type="button" class="reset" @click=${this.reset}>
              ${msg('Start again', { id: 'bucket.reset' })}
            </button>
          </div>
        </div>
        <div class="picture">
          <figure class="gauge">
            ${bucketSvg(current)}
            <figcaption>
              <p class="status" part="status" role="status">${describe(current)}</p>
            </figcaption>
          </figure>
          ${
            current.overflowing
              ? html`<p class="overflow-note">
                  ${msg(
                    'When the bucket overflows, your back can start to hurt, even if the last drop was small, like picking up a pen. That pain is a signal. It usually does not mean damage. You make room by letting water out and by making the bucket bigger, step by step.',
                    { id: 'bucket.overflow-note' },
                  )}
                </p>`
              : nothing
          }
        </div>
      </div>
      <p class="about">
        ${msg(
          'The bucket is a picture to explain load and load capacity. It does not measure your back or anyone else’s.',
          { id: 'bucket.about' },
        )}
      </p>
      ${disclaimer()} ${sourcesLine(sources(resolveRegion(this, this.region)), lastReviewed)}
    </div>`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'physio-load-bucket': PhysioLoadBucket;
  }
}
