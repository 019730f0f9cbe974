import { html, nothing, type PropertyValues } from 'lit';
import { property, query, state } from 'lit/decorators.js';
import { localized, msg } from '@lit/localize';
import { PhysioElement } from '../../base/physio-element.js';
import { hostStyles } from '../../base/host.styles.js';
import { contentLanguage, disclaimer } from '../../base/disclaimer.js';
import { sourcesLine } from '../../base/provenance.js';
import { PageLanguageController } from '../../base/page-language.js';
import { resolveNumbers } from '../../base/phone-numbers.js';
import { ReducedMotionController } from '../../base/reduced-motion.js';
import { resolveRegion } from '../../base/region.js';
import { pickHeadingLevel, pickOption, warnOnce } from '../../base/warn.js';
import { PhysioFaqToggleEvent } from '../../events/faq-toggle.js';
import { faqLastReviewed, faqSources, lowBackPainFaq, type FaqEntry } from './faq-content.js';
import { emergencyCall } from './faq-calls.js';
import { builtInEntry, searchField } from './faq-parts.js';
import { enhancePageItem, hashId, itemText, matches, moveFocus, pageItems } from './faq-items.js';
import { faqLightCss } from './faq-item-styles.js';
import { faqStyles } from './faq.styles.js';
import { StructuredData } from './structured-data.js';

const topics = ['low-back-pain'] as const;
let instances = 0;
let lightSheet: CSSStyleSheet | undefined;

/**
 * Frequently asked questions as an accessible accordion. Put `<details>` elements inside (each with a `<summary>`
 * question and any HTML as the answer): without JavaScript they already work as a native accordion. With no
 * children, the built-in low-back-pain FAQ is shown in the page's language.
 *
 * @tag physio-faq
 * @summary FAQ accordion with built-in low-back-pain questions, search, deep links and FAQPage structured data.
 * @slot - `<details>` elements, each with a `<summary>`. Anything else (stray `<p>`, `<br>`) is not shown.
 * @fires {PhysioFaqToggleEvent} physio-faq-toggle - A question was opened or closed. `detail: { id: string, open: boolean }`.
 * @csspart item - Each built-in question with its answer (`<details>`). Style your own `<details>` directly.
 * @csspart question - Each built-in question (`<summary>`).
 * @csspart answer - Each built-in answer.
 * @csspart controls - The row with "Expand all" / "Collapse all".
 * @csspart search - The search field and its label.
 * @csspart disclaimer - The "general information, not a diagnosis" line.
 * @csspart emergency - The always-visible emergency call link.
 * @csspart sources - Sources and review date of the built-in questions.
 * @cssprop [--physio-color-accent=#005eb8] - Links, buttons and the focus ring.
 * @cssprop [--physio-color-urgent=#c4221a] - Urgent call-outs.
 * @cssprop [--physio-color-text=currentColor] - Text colour.
 * @cssprop [--physio-color-surface=transparent] - Background of buttons and fields.
 * @cssprop [--physio-color-border=#737373] - Lines between questions and field borders.
 * @cssprop [--physio-radius=0.5em] - Corner radius of buttons.
 * @cssprop [--physio-space=1em] - Spacing between parts.
 * @cssprop [--physio-font-family=inherit] - Font; by default the page's.
 * @cssstate searching - A search term is filtering the questions.
 * @cssstate built-in - The built-in content is shown (the element has no `<details>` children).
 */
@localized()
export class PhysioFaq extends PhysioElement {
  static override styles = [hostStyles, faqStyles];
  static override shadowRootOptions: ShadowRootInit = { ...PhysioElement.shadowRootOptions, slotAssignment: 'manual' };

  /** Built-in content shown when the element has no `<details>` children. */
  @property() topic = 'low-back-pain';

  /** Opening one question closes the others. */
  @property({ type: Boolean, reflect: true }) single = false;

  /** Heading level (2–6) of the questions, so they fit the page's outline. */
  @property({ type: Number, attribute: 'heading-level' }) headingLevel = 3;

  /** Adds a schema.org `FAQPage` (`<script type="application/ld+json">` child) matching the visible text. */
  @property({ type: Boolean, attribute: 'structured-data' }) structuredData = false;

  /** Shows a search field that hides questions which do not match and announces how many do. */
  @property({ type: Boolean, reflect: true }) searchable = false;

  /** `nl` or `be`: which country's referral and reimbursement rules the built-in answers describe. */
  @property() region?: string;

  /** Emergency number, always shown as a call link (default 112). */
  @property({ attribute: 'emergency-number' }) emergencyNumber?: string;

  /** GP-on-call number outside office hours. Default: 1733 in Belgium; none in the Netherlands (regional). */
  @property({ attribute: 'after-hours-number' }) afterHoursNumber?: string;

  @state() private query = '';
  @state() private items: HTMLDetailsElement[] = [];
  @query('slot') private slotEl?: HTMLSlotElement;

  private readonly motion = new ReducedMotionController(this);
  private readonly jsonLd = new StructuredData(this);
  private readonly childObserver = new MutationObserver((records) => this.handleMutations(records));
  private readonly onHashChange = () => this.openFromHash(true);
  private readonly hiddenBySearch = new WeakSet<HTMLDetailsElement>();
  /** Whether each of the page's questions matches the search, as computed for the last render. */
  private pageMatches: boolean[] = [];
  /** Last state reported per question: toggle events are queued and can coalesce, so report real changes once. */
  private readonly reported = new WeakMap<HTMLDetailsElement, boolean>();
  /** Native exclusive accordion group (`<details name>`): the browser closes the others in the same task. */
  private readonly group = `physio-faq-${++instances}`;
  /** The fragment already acted on, so questions added later do not scroll the page back to it. */
  private openedHash = '';

  constructor() {
    super();
    new PageLanguageController(this);
  }

  override connectedCallback(): void {
    super.connectedCallback();
    adoptLightStyles(this.getRootNode());
    this.childObserver.observe(this, { childList: true, subtree: true, characterData: true });
    this.collectPageItems();
    window.addEventListener('hashchange', this.onHashChange);
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.childObserver.disconnect();
    window.removeEventListener('hashchange', this.onHashChange);
  }

  /** Opens every visible question. */
  expandAll(): void {
    for (const item of this.visibleItems()) item.open = true;
  }

  /** Closes every question. */
  collapseAll(): void {
    for (const item of this.allItems()) item.open = false;
  }

  protected override firstUpdated(): void {
    this.renderRoot.addEventListener('toggle', (event) => this.handleToggle(event), { capture: true });
    this.renderRoot.addEventListener('keydown', (event) =>
      moveFocus(
        event as KeyboardEvent,
        this.visibleItems().map((item) => item.querySelector('summary')!),
      ),
    );
  }

  protected override updated(changed: PropertyValues): void {
    super.updated(changed);
    this.slotEl?.assign(...this.items);
    const taken = new Set<string>();
    for (const item of this.items) enhancePageItem(item, this.level, taken);
    for (const item of this.allItems()) {
      if (!this.reported.has(item)) this.reported.set(item, item.open);
      if (this.single && !item.name) item.name = this.group;
      else if (!this.single && item.name === this.group) item.removeAttribute('name');
    }
    // Built-in questions get `hidden` from the template; the page's own from the matches render computed.
    this.items.forEach((item, i) => this.applySearch(item, this.pageMatches[i] ?? true));
    this.setState('built-in', this.items.length === 0);
    this.setState('searching', this.activeQuery !== '');
    this.jsonLd.update(this.structuredData, this.allItems());
    if (changed.has('items')) this.openFromHash(false);
  }

  private get level(): number {
    return pickHeadingLevel(this, this.headingLevel, 3);
  }

  /** Search applies only while the field is shown. */
  private get activeQuery(): string {
    return this.searchable ? this.query.trim() : '';
  }

  private handleMutations(records: MutationRecord[]): void {
    const script = this.querySelector(':scope > script[data-physio-faq]');
    if (records.every((record) => script?.contains(record.target))) return;
    this.collectPageItems();
    this.requestUpdate();
  }

  private collectPageItems(): void {
    const next = pageItems(this);
    if (next.length !== this.items.length || next.some((item, i) => item !== this.items[i])) this.items = next;
    if (!next.length && [...this.children].some((child) => !/^(P|BR|SCRIPT)$/.test(child.tagName))) {
      warnOnce(this, 'children', '<physio-faq> shows only <details> that are direct children; others are ignored.');
    }
  }

  /** Built-in `<details>` (shadow DOM) or the page's own, in document order. */
  private allItems(): HTMLDetailsElement[] {
    if (this.items.length) return this.items;
    return [...this.renderRoot.querySelectorAll<HTMLDetailsElement>('.list > details')];
  }

  private visibleItems(): HTMLDetailsElement[] {
    return this.allItems().filter((item) => !item.hidden);
  }

  private applySearch(item: HTMLDetailsElement, match: boolean): void {
    if (!match && !item.hidden) {
      item.hidden = true;
      this.hiddenBySearch.add(item);
    } else if (match && this.hiddenBySearch.has(item)) {
      item.hidden = false;
      this.hiddenBySearch.delete(item);
    }
  }

  private handleToggle(event: Event): void {
    const item = event.target;
    if (!(item instanceof HTMLDetailsElement) || !this.allItems().includes(item)) return;
    this.requestUpdate();
    if (this.reported.get(item) === item.open) return;
    this.reported.set(item, item.open);
    this.dispatchEvent(new PhysioFaqToggleEvent({ id: item.id, open: item.open }));
  }

  /** `#faq-<slug>` in the address (on load or later) opens that question and brings it into view. */
  private openFromHash(navigated: boolean): void {
    const id = hashId();
    if (!id || (!navigated && id === this.openedHash)) return;
    const item = this.allItems().find((candidate) => candidate.id === id);
    if (!item) return;
    this.openedHash = id;
    if (item.hidden) this.query = '';
    item.hidden = false;
    item.open = true;
    item.scrollIntoView({ block: 'start', behavior: this.motion.scrollBehavior });
  }

  override render() {
    const region = resolveRegion(this, this.region);
    const numbers = resolveNumbers(this, region, this.emergencyNumber, this.afterHoursNumber);
    const query = this.activeQuery;
    let entries: FaqEntry[] = [];
    let shown: boolean[];
    if (this.items.length) {
      shown = this.items.map((item) => matches(query, Object.values(itemText(item)).join(' ')));
      this.pageMatches = shown;
    } else {
      pickOption(this, 'topic', this.topic, topics, 'low-back-pain');
      entries = lowBackPainFaq(region, numbers.emergency);
      shown = entries.map((e) =>
        matches(query, [e.question, ...e.answer, ...(e.list ?? []), ...(e.after ?? [])].join(' ')),
      );
    }
    const items = this.allItems();
    const allOpen = items.length > 0 && this.visibleItems().every((item) => item.open);
    return html`<div lang=${contentLanguage()}>
      ${this.searchable ? searchField(this.query, query, shown, this.handleSearch) : nothing}
      <div class="list">
        ${this.items.length ? html`<slot></slot>` : entries.map((e, i) => builtInEntry(e, !shown[i], this.level, numbers, region))}
      </div>
      ${
        shown.length >= 3 && !this.single
          ? html`<div class="controls" part="controls">
              <button type="button" @click=${allOpen ? this.collapseAll : this.expandAll}>
                ${
                  allOpen
                    ? msg('Collapse all', { id: 'faq.collapse-all' })
                    : msg('Expand all', { id: 'faq.expand-all' })
                }
              </button>
            </div>`
          : nothing
      }
      <div class="footer">
        ${disclaimer()}
        <div part="emergency">${emergencyCall(numbers)}</div>
      </div>
      ${entries.length ? sourcesLine(faqSources, faqLastReviewed) : nothing}
    </div>`;
  }

  private readonly handleSearch = (event: Event): void => {
    this.query = (event.target as HTMLInputElement).value;
  };
}

function adoptLightStyles(root: Node): void {
  if (!(root instanceof Document || root instanceof ShadowRoot)) return;
  // Created on first use, not at import: importing the package in Node (SSR, tests) must not touch the DOM.
  if (!lightSheet) {
    lightSheet = new CSSStyleSheet();
    lightSheet.replaceSync(faqLightCss);
  }
  if (!root.adoptedStyleSheets.includes(lightSheet)) root.adoptedStyleSheets = [...root.adoptedStyleSheets, lightSheet];
}

declare global {
  interface HTMLElementTagNameMap {
    'physio-faq': PhysioFaq;
  }
}
