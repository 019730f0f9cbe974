import { ReactiveElement, type CSSResult, type PropertyValues } from '@lit/reactive-element';
import { PhysioBase } from '../../base/physio-base.js';
import { hostStyles } from '../../base/host.styles.js';
import { contentLanguage } from '../../base/content-language.js';
import { Lazy } from '../../base/lazy.js';
import { resolveEmergency } from '../../base/phone-numbers.js';
import { pickHeadingLevel, warnOnce } from '../../base/warn.js';
import { PhysioFaqToggleEvent } from '../../events/faq-toggle.js';
import { buildFrame, updateFrame, type FaqFrame } from './faq-frame.js';
import { assignId, itemText, markHeading, moveFocus, pageItems } from './faq-items.js';
import { faqLightMarker } from './faq-reserved.js';
import { faqStyles } from './faq.styles.js';
import type { StructuredData } from './faq-structured-data.js';

// Parts that not every FAQ needs are loaded on first use, so a page with its own questions pays for neither the
// built-in text (in both languages), nor the search, structured data or deep-link handling it does not use.
const builtIn = new Lazy(() => import('./faq-built-in.js'));
const search = new Lazy(() => import('./faq-search.js'));
const jsonLd = new Lazy(() => import('./faq-structured-data.js'));
const deepLink = new Lazy(() => import('./faq-deep-link.js'));
// The light-DOM look of a page's own questions; the same rules are in preload.css, which pages link for zero shift.
const lightStyles = new Lazy(() => import('./faq-item.styles.js'));

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
    query: { state: true },
    items: { state: true },
  };

  /** Built-in content shown when the element has no `<details>` children. */
  topic = 'low-back-pain';

  /** Opening one question closes the others. */
  single = false;

  /** Heading level (2–6) of the questions, so they fit the page's outline. */
  headingLevel = 3;

  /** Adds a schema.org `FAQPage` (`<script type="application/ld+json">` child) matching the visible text. */
  structuredData = false;

  /** Shows a search field that hides questions which do not match and announces how many do. */
  searchable = false;

  /**
   * `nl` or `be`: the country of the built-in answers' routes, numbers, job title and referral and refund rules.
   * Default: `<meta name="physio-region">`, else `-BE`/`-NL` in `<html lang>`, else the language the page loaded with (French or German → `be`).
   */
  region?: string;

  /** Emergency number, always shown as a call link (default 112). */
  emergencyNumber?: string;

  /** GP-on-call number outside office hours. Default: 1733 in Belgium; none in the Netherlands (regional). */
  afterHoursNumber?: string;

  private query = '';
  private items: HTMLDetailsElement[] = [];

  #frame?: FaqFrame;
  #jsonLd?: StructuredData;
  /** Optional parts this element is waiting for; `updateComplete` resolves only after they have rendered. */
  readonly #waiting = new Map<Lazy<unknown>, Promise<void>>();
  readonly #childObserver = new MutationObserver((records) => this.#handleMutations(records));
  readonly #onHashChange = () => this.#followLink(true);
  readonly #hiddenBySearch = new WeakSet<HTMLDetailsElement>();
  /** Last state reported per question: toggle events are queued and can coalesce, so report real changes once. */
  readonly #reported = new WeakMap<HTMLDetailsElement, boolean>();
  /** Native exclusive accordion group (`<details name>`): the browser closes the others in the same task. */
  readonly #group = `physio-faq-${++instances}`;
  /** Whether the light-DOM rules apply where this element is (preload.css, or our sheet adopted) is being checked. */
  #styleCheck?: Promise<void>;
  /** What the expand/collapse control says now: true when it offers "Collapse all". */
  #labelledAllOpen = false;
  /** The page edited its questions since the last heading pass. */
  #contentChanged = false;
  /** The pending heading pass over the page's questions (see update()). */
  private headingPass?: Promise<void>;
  /** The fragment already acted on, so questions added later do not scroll the page back to it. */
  #openedHash = '';

  override connectedCallback(): void {
    super.connectedCallback();
    this.#styleCheck = undefined;
    // Moved, perhaps into another shadow root: check there for the light-DOM rules again.
    if (this.hasUpdated) this.requestUpdate();
    this.#observeChildren();
    this.#collectPageItems();
    window.addEventListener('hashchange', this.#onHashChange);
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.#childObserver.disconnect();
    window.removeEventListener('hashchange', this.#onHashChange);
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
    this.renderRoot.addEventListener('toggle', (event) => this.#handleToggle(event), { capture: true });
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
    const query = this.#activeQuery;
    const finder = this.searchable ? this.#need(search) : undefined;
    const content = this.items.length ? undefined : this.#need(builtIn);
    const view = content?.builtInContent(this, this);
    const entries = view?.entries ?? [];
    // With no search term everything is shown: no need to read (and normalise) every answer's text on each update.
    const searching = finder && query ? finder : undefined;
    const shown = this.items.length
      ? this.items.map((item) => !searching || searching.matches(query, Object.values(itemText(item)).join(' ')))
      : entries.map(
          (entry) => !searching || searching.matches(query, content!.entryText(entry, view!.numbers, view!.region)),
        );
    if (changed.has('items') || changed.has('headingLevel')) {
      frame.slot.assign(...this.items);
      const taken = new Set<string>();
      this.#unobserved(() => this.items.forEach((item) => assignId(item, taken)));
    }
    if (changed.has('items') || changed.has('headingLevel') || this.#contentChanged) {
      this.#contentChanged = false;
      // Wrapping each question in a heading moves its text, which for many questions delays the first paint; the
      // headings are for screen readers and follow when the browser is idle after that frame, so the task does not
      // compete with the first paint or a reader's first tap (again whenever the page edits a question).
      this.headingPass ??= afterNextFrame(whenIdle).then(() => {
        this.headingPass = undefined;
        this.#unobserved(() => this.items.forEach((item) => markHeading(item, this.#level)));
      });
    }
    this.items.forEach((item, i) => this.#applySearch(item, shown[i]));
    if (content) {
      this.#adopt(content.builtInStyles);
      content.renderBuiltIn(frame.list, frame.end, view!, shown, this.#level);
    } else {
      builtIn.current?.renderBuiltIn(frame.list, frame.end, undefined, [], this.#level);
    }
    if (finder) {
      this.#adopt([finder.searchStyles]);
      finder.renderSearch(frame.search, this.query, query, shown, this.#handleSearch);
    }
    const { emergency, emergencyTel } = resolveEmergency(this, this.emergencyNumber);
    this.#labelledAllOpen = this.#allOpen();
    updateFrame(frame, {
      lang: contentLanguage(),
      searchable: this.searchable,
      loading: !this.items.length && !content,
      controls: shown.length >= 3 && !this.single,
      allOpen: this.#labelledAllOpen,
      emergency,
      emergencyTel,
    });
  }

  protected override updated(changed: PropertyValues): void {
    super.updated(changed);
    for (const item of this.#allItems()) {
      if (!this.#reported.has(item)) this.#reported.set(item, item.open);
      if (this.single && !item.name) item.name = this.#group;
      else if (!this.single && item.name === this.#group) item.removeAttribute('name');
    }
    this.setState('built-in', this.items.length === 0);
    this.setState('searching', this.#activeQuery !== '');
    if (this.structuredData || this.#jsonLd) {
      const module = this.#need(jsonLd);
      if (module) (this.#jsonLd ??= new module.StructuredData(this)).update(this.structuredData, this.#allItems());
    }
    if (!this.#styleCheck) {
      // The page's own questions need the light-DOM rules; most pages already have them from preload.css. Asked
      // after the next frame, when reading a style costs nothing (during the upgrade it would force a recalc).
      this.#styleCheck = afterNextFrame().then(() => this.#ensureLightStyles());
    }
    this.#followLink(false);
  }

  #observeChildren(): void {
    this.#childObserver.observe(this, { childList: true, subtree: true, characterData: true });
  }

  /** Our own id and heading edits are not the page changing its questions: not observed, no second update. */
  #unobserved(edit: () => void): void {
    // What the page changed before (e.g. questions added right after connecting) must not be dropped with ours.
    const pending = this.#childObserver.takeRecords();
    this.#childObserver.disconnect();
    edit();
    if (this.isConnected) this.#observeChildren();
    if (pending.length) this.#handleMutations(pending);
  }

  #ensureLightStyles(): void {
    if (!this.isConnected || getComputedStyle(this).getPropertyValue(faqLightMarker) !== '') return;
    const light = this.#need(lightStyles);
    if (light) adoptLightStyles(this.getRootNode(), light.faqLightCss);
    else void this.#waiting.get(lightStyles)?.then(() => lightStyles.current && this.#ensureLightStyles());
  }

  #createFrame(): FaqFrame {
    const frame = buildFrame(this.renderRoot as ShadowRoot);
    frame.toggleAll.addEventListener('click', () => (this.#allOpen() ? this.collapseAll() : this.expandAll()));
    return frame;
  }

  protected override async getUpdateComplete(): Promise<boolean> {
    let complete = await super.getUpdateComplete();
    while (this.#waiting.size) {
      await Promise.all(this.#waiting.values());
      complete = await super.getUpdateComplete();
    }
    return complete;
  }

  /** The module when loaded; otherwise starts loading it, renders again when it arrives, and returns undefined. */
  #need<T>(lazy: Lazy<T>): T | undefined {
    if (lazy.current || this.#waiting.has(lazy)) return lazy.current;
    const loaded = lazy
      .request()
      .then(
        () => this.requestUpdate(),
        (error: unknown) => warnOnce(this, `<physio-faq> could not load one of its parts (${String(error)}).`),
      )
      .finally(() => this.#waiting.delete(lazy));
    this.#waiting.set(lazy, loaded);
    return undefined;
  }

  /** Styles of a lazily loaded part join the shadow root when the part is first rendered. */
  #adopt(styles: CSSResult[]): void {
    const root = this.renderRoot as ShadowRoot;
    const sheets = styles
      .map((style) => style.styleSheet)
      .filter((sheet): sheet is CSSStyleSheet => !!sheet && !root.adoptedStyleSheets.includes(sheet));
    if (sheets.length) root.adoptedStyleSheets = [...root.adoptedStyleSheets, ...sheets];
  }

  get #level(): number {
    return pickHeadingLevel(this, this.headingLevel, 3);
  }

  /** Search applies only while the field is shown. */
  get #activeQuery(): string {
    return this.searchable ? this.query.trim() : '';
  }

  #handleMutations(records: MutationRecord[]): void {
    const script = this.querySelector(':scope > script[data-physio-faq]');
    if (records.every((record) => script?.contains(record.target))) return;
    this.#contentChanged = true;
    this.#collectPageItems();
    this.requestUpdate();
  }

  #collectPageItems(): void {
    const next = pageItems(this);
    if (next.length !== this.items.length || next.some((item, i) => item !== this.items[i])) this.items = next;
    if (!next.length && [...this.children].some((child) => !/^(P|BR|SCRIPT)$/.test(child.tagName))) {
      warnOnce(this, '<physio-faq> shows only <details> that are direct children; others are ignored.');
    }
  }

  /** Built-in `<details>` (shadow DOM) or the page's own, in document order. */
  #allItems(): HTMLDetailsElement[] {
    if (this.items.length) return this.items;
    return [...this.renderRoot.querySelectorAll<HTMLDetailsElement>('.list > details')];
  }

  /** Every visible question is open (and there is one): the control then offers "Collapse all". */
  #allOpen(): boolean {
    const visible = this.#visibleItems();
    return visible.length > 0 && visible.every((item) => item.open);
  }

  #visibleItems(): HTMLDetailsElement[] {
    return this.#allItems().filter((item) => !item.hidden);
  }

  #applySearch(item: HTMLDetailsElement, match: boolean): void {
    if (!match && !item.hidden) {
      item.hidden = true;
      this.#hiddenBySearch.add(item);
    } else if (match && this.#hiddenBySearch.has(item)) {
      item.hidden = false;
      this.#hiddenBySearch.delete(item);
    }
  }

  /** Reported after the frame that shows the change, so a tap paints the answer as fast as a native `<details>`. */
  #handleToggle(event: Event): void {
    const target = event.target;
    void afterNextFrame().then(() => this.#reportToggle(target));
  }

  #reportToggle(item: EventTarget | null): void {
    // One of ours: a page question (a child) or a built-in one (in the list); not a <details> inside an answer.
    if (!(item instanceof HTMLDetailsElement) || (item.parentNode !== this && item.parentNode !== this.#frame?.list)) {
      return;
    }
    // Re-render only when the "Expand all" / "Collapse all" label changes, so opening a question costs no update.
    if (this.#allOpen() !== this.#labelledAllOpen) this.requestUpdate();
    if (this.#reported.get(item) === item.open) return;
    this.#reported.set(item, item.open);
    this.dispatchEvent(new PhysioFaqToggleEvent({ id: item.id, open: item.open }));
  }

  /** `#faq-<slug>` in the address (on load or later) opens that question and brings it into view. */
  #followLink(navigated: boolean): void {
    if (!location.hash) return;
    const item = this.#need(deepLink)?.openLinked(this.#allItems(), this.#openedHash, navigated);
    if (!item) return;
    this.#openedHash = item.id;
    if (item.hidden) this.query = '';
    item.hidden = false;
  }

  readonly #handleSearch = (event: Event): void => {
    this.query = (event.target as HTMLInputElement).value;
  };
}

// After the frame is painted: right away (a timer), or when the browser is next idle (Safari has no idle callback).
const afterNextFrame = (after: (run: () => void) => unknown = setTimeout) =>
  new Promise<void>((resolve) => requestAnimationFrame(() => after(resolve)));
const whenIdle = (run: () => void) => globalThis.requestIdleCallback?.(run, { timeout: 500 }) ?? setTimeout(run);

function adoptLightStyles(root: Node, css: string): void {
  if (!(root instanceof Document || root instanceof ShadowRoot)) return;
  if (!lightSheet) {
    lightSheet = new CSSStyleSheet();
    lightSheet.replaceSync(css);
  }
  if (!root.adoptedStyleSheets.includes(lightSheet)) root.adoptedStyleSheets = [...root.adoptedStyleSheets, lightSheet];
}

declare global {
  interface HTMLElementTagNameMap {
    'physio-faq': PhysioFaq;
  }
}
