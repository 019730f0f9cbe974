import { html, nothing, type PropertyValues } from 'lit';
import { property, query, state } from 'lit/decorators.js';
import { localized, msg, str } from '@lit/localize';
import { PhysioElement } from '../../base/physio-element.js';
import { hostStyles } from '../../base/host.styles.js';
import { contentLanguage, disclaimer } from '../../base/disclaimer.js';
import { PageLanguageController } from '../../base/page-language.js';
import { ReducedMotionController } from '../../base/reduced-motion.js';
import { resolveRegion } from '../../base/region.js';
import { telUrl } from '../../base/safe-url.js';
import { pickInteger, pickOption, warnOnce } from '../../base/warn.js';
import { PhysioFaqToggleEvent } from '../../events/faq-toggle.js';
import { lowBackPainFaq, type FaqEntry } from './faq-content.js';
import { enhancePageItem, itemText, pageItems, searchable } from './faq-items.js';
import { faqStyles } from './faq.styles.js';
import { faqLightCss } from './faq-item-styles.js';
import { StructuredData } from './structured-data.js';

const topics = ['low-back-pain'] as const;
let instances = 0;
const lightSheet = new CSSStyleSheet();
lightSheet.replaceSync(faqLightCss);

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

  /** Emergency number shown (and dialled) in the urgent-help answer. */
  @property({ attribute: 'emergency-number' }) emergencyNumber = '112';

  /** GP-on-call number outside office hours. Default: 1733 in Belgium; none in the Netherlands (regional). */
  @property({ attribute: 'after-hours-number' }) afterHoursNumber?: string;

  @state() private query = '';
  @state() private items: HTMLDetailsElement[] = [];
  @query('slot') private slotEl?: HTMLSlotElement;

  private readonly motion = new ReducedMotionController(this);
  private readonly jsonLd = new StructuredData(this);
  private readonly childObserver = new MutationObserver(() => this.collectPageItems());
  private readonly onHashChange = () => this.openFromHash();
  private hiddenBySearch = new WeakSet<HTMLDetailsElement>();
  private reported = new WeakMap<HTMLDetailsElement, boolean>();
  /** Native exclusive accordion group (`<details name>`): the browser closes the others in the same task. */
  private readonly group = `physio-faq-${++instances}`;

  constructor() {
    super();
    new PageLanguageController(this);
  }

  override connectedCallback(): void {
    super.connectedCallback();
    adoptLightStyles(this.getRootNode());
    this.childObserver.observe(this, { childList: true });
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
    this.renderRoot.addEventListener('keydown', (event) => this.handleKeydown(event as KeyboardEvent));
    this.openFromHash();
  }

  protected override updated(changed: PropertyValues<this>): void {
    super.updated(changed);
    this.slotEl?.assign(...this.items);
    const level = this.level;
    const taken = new Set<string>();
    for (const item of this.items) enhancePageItem(item, level, taken);
    for (const item of this.allItems()) {
      if (this.single) item.name = this.group;
      else if (item.name === this.group) item.removeAttribute('name');
    }
    this.applySearch();
    this.setState('built-in', this.items.length === 0);
    this.setState('searching', this.query !== '');
    this.jsonLd.update(this.structuredData, this.allItems());
  }

  private get level(): number {
    return pickInteger(this, 'heading-level', this.getAttribute('heading-level') ?? this.headingLevel, 2, 6, 3);
  }

  private collectPageItems(): void {
    const next = pageItems(this);
    if (next.length !== this.items.length || next.some((item, i) => item !== this.items[i])) this.items = next;
  }

  /** Built-in `<details>` (shadow DOM) or the page's own, in document order. */
  private allItems(): HTMLDetailsElement[] {
    if (this.items.length) return this.items;
    return [...this.renderRoot.querySelectorAll<HTMLDetailsElement>('.list > details')];
  }

  private visibleItems(): HTMLDetailsElement[] {
    return this.allItems().filter((item) => !item.hidden);
  }

  private builtInEntries(): FaqEntry[] {
    pickOption(this, 'topic', this.topic, topics, 'low-back-pain');
    return lowBackPainFaq(resolveRegion(this, this.region));
  }

  private handleToggle(event: Event): void {
    const item = event.target;
    if (!(item instanceof HTMLDetailsElement) || !this.allItems().includes(item)) return;
    // Fallback for browsers without `<details name>`; a no-op where the browser already closed the others.
    if (this.single && item.open) {
      for (const other of this.allItems()) if (other !== item) other.open = false;
    }
    this.requestUpdate();
    // Toggle events are queued and can coalesce; report only real changes, once each.
    if (this.reported.get(item) === item.open || (!this.reported.has(item) && !item.open)) return;
    this.reported.set(item, item.open);
    this.dispatchEvent(new PhysioFaqToggleEvent({ id: item.id, open: item.open }));
  }

  /** Arrow keys, Home and End move between questions, as in the WAI-ARIA accordion pattern. */
  private handleKeydown(event: KeyboardEvent): void {
    const summaries = this.visibleItems().map((item) => item.querySelector(':scope > summary'));
    const index = summaries.indexOf(event.composedPath()[0] as HTMLElement);
    if (index < 0) return;
    const last = summaries.length - 1;
    const target = { ArrowDown: index + 1, ArrowUp: index - 1, Home: 0, End: last }[event.key];
    if (target === undefined) return;
    event.preventDefault();
    (summaries[(target + summaries.length) % summaries.length] as HTMLElement | null)?.focus();
  }

  /** `#faq-<slug>` in the address (on load or later) opens that question and brings it into view. */
  private openFromHash(): void {
    const id = decodeURIComponent(location.hash.slice(1));
    const item = id && this.allItems().find((candidate) => candidate.id === id);
    if (!item) return;
    item.open = true;
    item.scrollIntoView({ block: 'start', behavior: this.motion.scrollBehavior });
  }

  private applySearch(): void {
    const terms = searchable(this.query).split(/\s+/).filter(Boolean);
    for (const item of this.allItems()) {
      const text = searchable(Object.values(itemText(item)).join(' '));
      const match = terms.every((term) => text.includes(term));
      if (!match && !item.hidden) {
        item.hidden = true;
        this.hiddenBySearch.add(item);
      } else if (match && this.hiddenBySearch.has(item)) {
        item.hidden = false;
        this.hiddenBySearch.delete(item);
      }
    }
  }

  private handleSearch(event: Event): void {
    this.query = (event.target as HTMLInputElement).value;
  }

  private matchCount(): string {
    if (!this.query.trim()) return '';
    this.applySearch();
    const total = this.allItems().length;
    const shown = this.visibleItems().length;
    if (shown === 0) return msg('No questions match.', { id: 'faq.search.none' });
    return msg(str`${shown} of ${total} questions match.`, { id: 'faq.search.count' });
  }

  override render() {
    const entries = this.items.length ? [] : this.builtInEntries();
    const count = this.items.length || entries.length;
    const allOpen = this.items.length > 0 && this.visibleItems().every((item) => item.open);
    return html`<div lang=${contentLanguage()}>
      ${this.searchable ? this.renderSearch() : nothing}
      <div class="list">${this.items.length ? html`<slot></slot>` : entries.map((e) => this.renderEntry(e))}</div>
      ${
        count >= 3 && !this.single
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
      ${disclaimer()}
    </div>`;
  }

  private renderSearch() {
    return html`<div class="search" part="search">
      <label for="search">${msg('Search the questions', { id: 'faq.search.label' })}</label>
      <input id="search" type="search" autocomplete="off" .value=${this.query} @input=${this.handleSearch} />
      <p class="visually-hidden" role="status">${this.matchCount()}</p>
    </div>`;
  }

  private renderEntry(entry: FaqEntry) {
    return html`<details part="item" id=${`faq-${entry.slug}`}>
      <summary part="question"><span role="heading" aria-level=${this.level}>${entry.question}</span></summary>
      <div class="answer" part="answer">
        ${entry.answer.map(
          (paragraph, i) =>
            html`<p>${paragraph}</p>
              ${entry.urgent && i === 0 ? this.renderEmergencyCall() : nothing}`,
        )}
        ${entry.urgent ? this.renderAfterHoursCall() : nothing}
      </div>
    </details>`;
  }

  /** The emergency number comes first, right after the signs it is for (clinical.md §7). */
  private renderEmergencyCall() {
    let emergency = this.emergencyNumber;
    if (!telUrl(emergency)) {
      warnOnce(
        this,
        'emergency-number',
        `<physio-faq> emergency-number="${emergency}" is not a phone number; using 112.`,
      );
      emergency = '112';
    }
    return html`<p class="call">
      <a href=${telUrl(emergency)!}>${msg(str`Emergency: call ${emergency}`, { id: 'faq.call-emergency' })}</a>
    </p>`;
  }

  private renderAfterHoursCall() {
    const region = resolveRegion(this, this.region);
    const number = this.afterHoursNumber ?? (region === 'be' ? '1733' : '');
    const tel = telUrl(number);
    if (number && !tel) warnOnce(this, 'after-hours-number', `<physio-faq> after-hours-number="${number}" is ignored.`);
    if (!tel) {
      return html`<p>
        ${msg('Outside office hours: call your huisartsenpost (GP post).', { id: 'faq.after-hours-nl' })}
      </p>`;
    }
    return html`<p class="call">
      <a href=${tel}>${msg(str`Outside office hours: GP on call, ${number}`, { id: 'faq.call-after-hours' })}</a>
    </p>`;
  }
}

function adoptLightStyles(root: Node): void {
  if (!(root instanceof Document || root instanceof ShadowRoot)) return;
  if (!root.adoptedStyleSheets.includes(lightSheet)) root.adoptedStyleSheets = [...root.adoptedStyleSheets, lightSheet];
}

declare global {
  interface HTMLElementTagNameMap {
    'physio-faq': PhysioFaq;
  }
}
