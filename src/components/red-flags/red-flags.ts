import { html, nothing, type PropertyValues } from 'lit';
import { msg } from '@lit/localize';
import { PhysioElement } from '../../base/physio-element.js';
import { renderRootOf, widgetInternals } from '../../base/physio-base.js';
import { hostStyles } from '../../base/host.styles.js';
import { textStyles } from '../../base/text.styles.js';
import { contentLanguage } from '../../base/content-language.js';
import { disclaimer, emergencyCall } from '../../base/safety.js';
import { PageLanguageController } from '../../base/page-language.js';
import { resolveRegion } from '../../base/region.js';
import { resolveNumbers } from '../../base/phone-numbers.js';
import { sourcesLine } from '../../base/provenance.js';
import { pickHeadingLevel } from '../../base/warn.js';
import { heading } from '../../base/heading.js';
import { builtInSigns, lastReviewed, sources, tiers, type Sign, type Tier } from './red-flags-content.js';
import { closingLine, tierAction, tierAnnouncement, tierHeading, tierPrefix } from './red-flags-actions.js';
import { redFlagsStyles } from './red-flags.styles.js';

/** Native events of the checkboxes end at the element: page code (and frameworks binding `input`) never sees them. */
const keepInside = (event: Event) => event.stopPropagation();
let signIds: Record<Tier, string[]> | undefined;
/** Ids per tier never change with the language, so they are read from the content once. */
const idsOf = (tier: Tier) => {
  signIds ??= Object.fromEntries(tiers.map((t) => [t, builtInSigns()[t].map((sign) => sign.id)])) as Record<
    Tier,
    string[]
  >;
  return signIds[tier];
};

/**
 * "When to get urgent help with back pain": warning signs in three tiers (emergency, today, soon), each with
 * its action and working call links. Patient education, not a symptom checker: the same advice for everyone,
 * always visible; ticking a sign only highlights its tier and announces the most urgent marked tier's action.
 * What is ticked never leaves the element: the shadow root is closed (page scripts and session recorders cannot
 * read the boxes), no event carries it, it is no form value, nothing is stored, and leaving the page clears it.
 * Which tier is marked is visible to the page on purpose (`:state()`, `data-attention`), for styling.
 * Children are the no-JavaScript fallback.
 *
 * @tag physio-red-flags
 * @summary Red-flag checklist: when to call 112, your GP today, or your GP within a few days.
 * @slot - Fallback shown only before the element upgrades (or without JavaScript), e.g. "In an emergency call 112".
 * @csspart tier - Each of the three tiers.
 * @csspart emergency - The emergency tier.
 * @csspart today - The "call your GP today" tier.
 * @csspart soon - The "GP within a few days" tier.
 * @csspart action - What to do, in each tier.
 * @csspart disclaimer - The "general information, not a diagnosis" line.
 * @csspart sources - Sources and the date the content was last reviewed.
 * @cssprop [--physio-color-urgent=#c4221a] - Emergency tier.
 * @cssprop [--physio-color-accent=#005eb8] - Links, checkboxes and the "soon" tier.
 * @cssprop [--physio-color-text=currentColor] - Text colour.
 * @cssprop [--physio-color-surface=transparent] - Background of the tiers.
 * @cssprop [--physio-color-border=#737373] - Borders.
 * @cssprop [--physio-radius=0.5em] - Corner radius of the tiers.
 * @cssprop [--physio-space=1em] - Spacing.
 * @cssprop [--physio-font-family=inherit] - Font; by default the page's.
 * @cssstate attention - At least one sign is ticked.
 * @cssstate attention-emergency - A sign in the emergency tier is ticked.
 * @cssstate attention-today - A sign in the "today" tier is ticked.
 * @cssstate attention-soon - A sign in the "soon" tier is ticked.
 */
export class PhysioRedFlags extends PhysioElement {
  static override styles = [hostStyles, textStyles, redFlagsStyles];
  static override shadowRootOptions: ShadowRootInit = { ...PhysioElement.shadowRootOptions, mode: 'closed' };
  static override properties = {
    region: {},
    emergencyNumber: { attribute: 'emergency-number' },
    afterHoursNumber: { attribute: 'after-hours-number' },
    headingLevel: { type: Number, attribute: 'heading-level' },
    staticPanel: { type: Boolean, reflect: true, attribute: 'static' },
  };

  /**
   * `nl` or `be`: which country's routes and wording are shown (huisartsenpost and SEH, or 1733 and the emergency
   * department).
   * Default: `<meta name="physio-region">`, else `-BE`/`-NL` in `<html lang>`, else the language the page loaded with (French or German → `be`).
   */
  region?: 'nl' | 'be';

  /** Emergency number (default 112), shown first and dialled by its link. */
  emergencyNumber?: string;

  /** GP on call outside office hours. Default 1733 in Belgium; none in the Netherlands (GP posts are regional). */
  afterHoursNumber?: string;

  /** Heading level (2–6) of the title; the tiers are one level deeper. */
  headingLevel = 2;

  /** A plain information panel: the same signs and actions, without checkboxes. */
  staticPanel = false;

  /**
   * Ids of the ticked signs. Memory only: never stored, sent or put in an event; a reload clears it. A private field,
   * not a (reactive) property, which page scripts could read.
   */
  #ticked = new Set<string>();

  /** A page restored from the back/forward cache must not show what someone else ticked. */
  readonly #clearOnLeave = () => this.#tick(new Set());

  #tick(ticked: Set<string>): void {
    this.#ticked = ticked;
    this.requestUpdate();
  }

  constructor() {
    super();
    new PageLanguageController(this);
  }

  /**
   * Lit keeps the root in a public `renderRoot`, which would hand page scripts the closed root. Here it reads as
   * undefined except while Lit connects, renders or hydrates the element (see the accessor below the class).
   */
  override connectedCallback(): void {
    litAtWork(this, () => super.connectedCallback());
    window.addEventListener('pagehide', this.#clearOnLeave);
  }

  protected override performUpdate(): void {
    litAtWork(this, () => super.performUpdate());
  }

  /**
   * A closed root the server wrote (declarative shadow DOM) is not this.shadowRoot, where Lit's hydration support
   * looks for one to hydrate, so attachShadow() would empty it and every node would be drawn again (focus lost with
   * them). Shown to the support, and to nothing else, for this synchronous call; without the support, left to
   * attachShadow() as before (Lit would draw a second copy into a root it reused).
   */
  protected override createRenderRoot(): HTMLElement | DocumentFragment {
    const server = 'litElementHydrateSupport' in globalThis && widgetInternals(this)?.shadowRoot;
    if (server) Object.defineProperty(this, 'shadowRoot', { configurable: true, value: server });
    const root = super.createRenderRoot();
    delete (this as { shadowRoot?: ShadowRoot | null }).shadowRoot;
    return root;
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    window.removeEventListener('pagehide', this.#clearOnLeave);
  }

  protected override updated(changed: PropertyValues<this>): void {
    super.updated(changed);
    const marked = this.#markedTiers();
    this.setState('attention', marked.length > 0);
    for (const tier of tiers) this.setState(`attention-${tier}`, marked.includes(tier));
  }

  #markedTiers(): Tier[] {
    if (this.staticPanel) return [];
    return tiers.filter((tier) => idsOf(tier).some((id) => this.#ticked.has(id)));
  }

  #handleChange(event: Event): void {
    const box = event.target as HTMLInputElement;
    const next = new Set(this.#ticked);
    if (box.checked) next.add(box.value);
    else next.delete(box.value);
    this.#tick(next);
  }

  override render() {
    const level = pickHeadingLevel(this, this.headingLevel, 2);
    const region = resolveRegion(this, this.region);
    const numbers = resolveNumbers(this, region, this.emergencyNumber, this.afterHoursNumber);
    const signs = builtInSigns();
    const marked = this.#markedTiers();
    const urgent = marked[0];
    // nothing, not '': a hydrated part holding '' (which the server writes as no text at all) would put its first
    // announcement into Lit's end-marker comment, where no one hears it.
    const announcement = urgent ? tierAnnouncement(urgent, numbers, region) : nothing;
    return html`<div lang=${contentLanguage()}>
      ${heading(level, msg('When to get urgent help with back pain', { id: 'red-flags.title' }), 'title')}
      <p class="intro">
        ${msg('Each box says what to do if you have one of its signs.', { id: 'red-flags.intro.boxes' })}
        ${this.staticPanel ? nothing : msg('You can tick a sign to mark its box.', { id: 'red-flags.intro.tick' })}
      </p>
      ${tiers.map((tier) => {
        const list = signs[tier];
        const tierTitle = heading(
          level + 1,
          html`<span class="visually-hidden">${tierPrefix(tier)}</span> ${tierHeading(tier, numbers)}`,
          'tier-heading',
        );
        const isMarked = marked.includes(tier);
        return html`<section part="tier ${tier}" class="tier ${tier}" data-attention=${isMarked ? '' : nothing}>
          ${
            this.staticPanel
              ? html`${tierTitle} ${tier === 'emergency' ? emergencyCall(numbers) : nothing}
                  <ul class="signs">
                    ${list.map((sign) => html`<li>${sign.text}</li>`)}
                  </ul>`
              : html`<fieldset @change=${this.#handleChange} @input=${keepInside} @click=${keepInside}>
                  <legend>${tierTitle}</legend>
                  ${tier === 'emergency' ? emergencyCall(numbers) : nothing}
                  ${list.map((sign) => this.#renderCheckbox(sign))}
                </fieldset>`
          }
          <div class="attention-note" aria-hidden="true" ?hidden=${!isMarked}>
            ${msg('You ticked a sign in this box.', { id: 'red-flags.marked' })}
          </div>
          <div part="action" class="action">${tierAction(tier, numbers, region)}</div>
        </section>`;
      })}
      <div class="visually-hidden" role="status">${announcement}</div>
      <p class="closing">${closingLine()}</p>
      ${disclaimer()} ${sourcesLine(sources(region), lastReviewed)}
    </div>`;
  }

  #renderCheckbox(sign: Sign) {
    return html`<label class="sign">
      <input type="checkbox" value=${sign.id} autocomplete="off" .checked=${this.#ticked.has(sign.id)} />
      <span>${sign.text}</span>
    </label>`;
  }
}

/** The widgets whose root Lit is using now. */
const atWork = new WeakSet<Element>();

function litAtWork(el: Element, run: () => void): void {
  atWork.add(el);
  try {
    run();
  } finally {
    atWork.delete(el);
  }
}

// An accessor on the prototype, not a class member: Lit declares renderRoot as a field, and assigns it once, with the
// root that PhysioBase's createRenderRoot has already recorded (renderRootOf), so the setter keeps nothing itself.
Object.defineProperty(PhysioRedFlags.prototype, 'renderRoot', {
  get(this: PhysioRedFlags) {
    return atWork.has(this) ? (renderRootOf(this) ?? undefined) : undefined;
  },
  set() {},
});

declare global {
  interface HTMLElementTagNameMap {
    'physio-red-flags': PhysioRedFlags;
  }
}
