import { ReactiveElement, type PropertyValues } from '@lit/reactive-element';
import { PhysioBase } from '../../base/physio-base.js';
import { hostStyles } from '../../base/host.styles.js';
import { contentLanguage } from '../../base/content-language.js';
import { Lazy } from '../../base/lazy.js';
import { lazyParts } from '../../base/lazy-parts.js';
import { resolveEmergency } from '../../base/phone-numbers.js';
import { pickHeadingLevel } from '../../base/warn.js';
import { buildFrame, updateFrame, type FaqFrame } from './faq-frame.js';
import { moveFocus } from './faq-items.js';
import { pageItems } from './faq-page-items.js';
import { hashLinks } from './faq-hash-links.js';
import { faqQuery } from './faq-query.js';
import { toggleReports } from './faq-toggle-reports.js';
import { ensureLightStyles } from './faq-light-styles.js';
import { structuredData } from './faq-json-ld.js';
import { faqStyles } from './faq.styles.js';

// Parts that not every FAQ needs are loaded on first use, so a page with its own questions pays for neither the
// built-in text (in both languages), nor the search, structured data or deep-link code it does not use (the
// controllers below load theirs).
const builtIn = new Lazy(() => import('./faq-built-in.js'));

let instances = 0;

/**
 * Frequently asked questions as an accessible accordion. Put `<details>` elements inside (each with a `<summary>`
 * question and any HTML as the answer): without JavaScript they already work as a native accordion. With no
 * children, the built-in low-back-pain FAQ is shown in the page's language.
 *
 * @tag physio-faq
 * @summary FAQ accordion with built-in low-back-pain questions, search, deep links and FAQPage structured data.
 * @slot - `<details>` elements, each with a `<summary>`. Anything else (stray `<p>`, `<br>`) is not shown.
 * @fires {PhysioFaqToggleEvent} physio-faq-toggle - A question was opened or closed (sent once the change is painted). `detail: { id: string, open: boolean }`.
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
export class PhysioFaq extends PhysioBase(ReactiveElement) {
  static override styles = [hostStyles, faqStyles];
  static override shadowRootOptions: ShadowRootInit = {
    ...ReactiveElement.shadowRootOptions,
    slotAssignment: 'manual',
  };
  // Declared here rather than with decorators (in every widget): their helpers would add to each page's bundle.
  static override properties = {
    topic: {},
    single: { type: Boolean, reflect: true },
    headingLevel: { type: Number, attribute: 'heading-level' },
    structuredData: { type: Boolean, attribute: 'structured-data' },
    searchable: { type: Boolean, reflect: true },
    region: {},
    emergencyNumber: { attribute: 'emergency-number' },
    afterHoursNumber: { attribute: 'after-hours-number' },
  };

  /** Built-in content shown when the element has no `<details>` children: the low-back-pain FAQ (13 questions) in the page's language. */
  topic = 'low-back-pain' as const;

  /** Opening one question closes the others. */
  single = false;

  /** Heading level (2–6) of the questions, so they fit the page's outline. */
  headingLevel = 3;

  /**
   * Adds a schema.org `FAQPage` (`<script type="application/ld+json">` child) matching the visible text. The CDN file
   * then loads `physio-elements.faq-structured-data.js` from its own folder.
   */
  structuredData = false;

  /** Shows a search field over questions and answers: it hides what does not match and announces e.g. "3 of 13 questions match." */
  searchable = false;

  /**
   * `nl` or `be`: the country of the built-in answers' routes, numbers, job title and referral and refund rules.
   * Default: `<meta name="physio-region">`, else `-BE`/`-NL` in `<html lang>`, else the language the page loaded with (French or German → `be`).
   */
  region?: 'nl' | 'be';

  /**
   * Emergency number (default 112), always shown as a call link under the questions and in "When should I get help
   * urgently?", which repeats the red-flag checklist's three tiers word for word.
   */
  emergencyNumber?: string;

  /** GP-on-call number outside office hours. Default: 1733 in Belgium; none in the Netherlands (regional). */
  afterHoursNumber?: string;

  readonly #parts = lazyParts(this);
  readonly #page = pageItems(this, () => this.querySelector(':scope > script[data-physio-faq]'));
  readonly #query = faqQuery(this, this.#parts);
  readonly #toggles = toggleReports(
    this,
    (item) => item.parentNode === this || item.parentNode === this.#frame?.list,
    // Re-render only when the "Expand all" / "Collapse all" label changes, so opening a question costs no update.
    () => this.#allOpen() !== this.#labelledAllOpen && this.requestUpdate(),
  );
  #frame?: FaqFrame;
  /** Native exclusive accordion group (`<details name>`): the browser closes the others in the same task. */
  readonly #group = `physio-faq-${++instances}`;
  /** What the expand/collapse control says now: true when it offers "Collapse all". */
  #labelledAllOpen = false;

  constructor() {
    super();
    // Controllers that only hook into the lifecycle.
    ensureLightStyles(this, this.#parts);
    hashLinks(
      this,
      this.#parts,
      () => this.#allItems(),
      () => this.#query.clear(),
    );
    structuredData(this, this.#parts, () => this.#allItems());
  }

  /** Opens every visible question. */
  expandAll(): void {
    for (const item of this.#visibleItems()) item.open = true;
  }

  /** Closes every question. */
  collapseAll(): void {
    for (const item of this.#allItems()) item.open = false;
  }

  protected override firstUpdated(): void {
    this.renderRoot.addEventListener('toggle', this.#toggles.onToggle, { capture: true });
    this.renderRoot.addEventListener('keydown', (event) =>
      moveFocus(
        event as KeyboardEvent,
        this.#visibleItems().map((item) => item.querySelector('summary')!),
      ),
    );
  }

  protected override update(changed: PropertyValues): void {
    super.update(changed);
    const frame = (this.#frame ??= this.#createFrame());
    const items = this.#page.items;
    this.#page.sync(this.#level, (list) => frame.slot.assign(...list));
    const content = items.length ? undefined : this.#parts.need(builtIn);
    if (content) this.#parts.adopt(content.builtInStyles);
    (content ?? builtIn.current)?.renderBuiltIn(
      frame.list,
      frame.end,
      content?.builtInContent(this, this),
      this.#level,
    );
    // Built-in or the page's own, questions are searched as the reader sees them, and hidden the same way.
    const all = this.#allItems();
    const shown = this.#query.filter(all);
    this.#query.render(frame.search, shown);
    this.#toggles.track(all);
    for (const item of all) {
      if (this.single && !item.name) item.name = this.#group;
      else if (!this.single && item.name === this.#group) item.removeAttribute('name');
    }
    this.setState('built-in', !items.length);
    this.setState('searching', this.#query.active !== '');
    this.#labelledAllOpen = this.#allOpen(all);
    updateFrame(frame, {
      ...resolveEmergency(this, this.emergencyNumber),
      lang: contentLanguage(),
      searchable: this.searchable,
      loading: !items.length && !content,
      controls: shown.length >= 3 && !this.single,
      allOpen: this.#labelledAllOpen,
    });
  }

  protected override getUpdateComplete(): Promise<boolean> {
    return this.#parts.settled(() => super.getUpdateComplete());
  }

  #createFrame(): FaqFrame {
    const frame = buildFrame(this.renderRoot as ShadowRoot);
    frame.toggleAll.addEventListener('click', () => (this.#allOpen() ? this.collapseAll() : this.expandAll()));
    return frame;
  }

  get #level(): number {
    return pickHeadingLevel(this, this.headingLevel, 3);
  }

  /** Built-in `<details>` (shadow DOM) or the page's own, in document order. */
  #allItems(): HTMLDetailsElement[] {
    if (this.#page.items.length) return this.#page.items;
    return [...this.renderRoot.querySelectorAll<HTMLDetailsElement>('.list > details')];
  }

  /** Every visible question is open (and there is one): the control then offers "Collapse all". */
  #allOpen(items = this.#allItems()): boolean {
    const visible = this.#visibleItems(items);
    return visible.length > 0 && visible.every((item) => item.open);
  }

  #visibleItems(items = this.#allItems()): HTMLDetailsElement[] {
    return items.filter((item) => !item.hidden);
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'physio-faq': PhysioFaq;
  }
}
