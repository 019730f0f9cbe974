import { html, nothing, type PropertyValues } from 'lit';
import { msg, str } from '@lit/localize';
import { PhysioElement } from '../../base/physio-element.js';
import { hostStyles } from '../../base/host.styles.js';
import { textStyles } from '../../base/text.styles.js';
import { contentLanguage } from '../../base/content-language.js';
import { disclaimer } from '../../base/safety.js';
import { heading } from '../../base/heading.js';
import { PageLanguageController } from '../../base/page-language.js';
import { resolveRegion } from '../../base/region.js';
import { safeUrl, telUrl } from '../../base/safe-url.js';
import { pickHeadingLevel, pickNumber, pickOption, warnOnce } from '../../base/warn.js';
import { PhysioBookEvent, type BookingChannel } from '../../events/book.js';
import { bookingNotes, lastReviewed, sources } from './booking-cta-content.js';
import { sourcesLine } from '../../base/provenance.js';
import type { FloatingGuard } from './booking-cta-floating-guard.js';
import { Lazy } from '../../base/lazy.js';
import { lazyParts } from '../../base/lazy-parts.js';
import { bookingStyles } from './booking-cta.styles.js';

const variants = ['inline', 'banner', 'floating'] as const;
// Only the floating button needs the guard that keeps it off the focused element and remembers where focus came from;
// the CDN build writes it as a file beside the script (physio-elements.booking-cta-floating-guard.js), loaded the
// first time a floating button renders.
const floatingGuard = new Lazy(() => import('./booking-cta-floating-guard.js'));
/** Strict on purpose: no `?`, `&` or `%`, so a pasted address cannot add a hidden Bcc or a pre-filled text. */
const emailPattern = /^[A-Za-z0-9._+-]+@[A-Za-z0-9-]+(\.[A-Za-z0-9-]+)+$/;

/**
 * A booking call-to-action that works with any booking system: a link to the clinic's booking page, a call link
 * and an e-mail link, with what to know before booking (referral, insurance or prescription, cancellation).
 * No iframe and no request before a click; the cancelable `physio-book` event lets a page open its own booking
 * window or count the click instead:
 * `addEventListener('physio-book', (e) => { e.preventDefault(); openBookingModal(e.detail.href); })`, or, to only count
 * it, `addEventListener('physio-book', (e) => analytics.track('booking', { channel: e.detail.channel }))`.
 *
 * @tag physio-booking-cta
 * @summary Booking call-to-action (online, phone, e-mail) with Dutch or Belgian booking notes.
 * @fires {PhysioBookEvent} physio-book - Before a booking link is followed; cancelable. `detail: { channel: 'online' | 'phone' | 'email', href: string }`.
 * @csspart button - The main booking link.
 * @csspart phone - The call link.
 * @csspart email - The e-mail link.
 * @csspart notes - The notes: when to book, referral or prescription, refunds, what to bring, cancellation.
 * @csspart sources - Sources and review date of the notes.
 * @csspart close - The close button of the floating variant.
 * @csspart disclaimer - The "general information, not a diagnosis" line.
 * @cssprop [--physio-color-accent=#005eb8] - The booking button and links.
 * @cssprop [--physio-color-text=currentColor] - Text colour.
 * @cssprop [--physio-color-surface=transparent] - Background (the banner and floating panel default to white).
 * @cssprop [--physio-color-border=#737373] - Borders.
 * @cssprop [--physio-radius=0.5em] - Corner radius.
 * @cssprop [--physio-space=1em] - Spacing.
 * @cssprop [--physio-font-family=inherit] - Font; by default the page's.
 * @cssstate floating - Shown as a floating button.
 * @cssstate closed - The reader closed the floating button (for this page view).
 */
export class PhysioBookingCta extends PhysioElement {
  static override styles = [hostStyles, textStyles, bookingStyles];
  static override properties = {
    href: {},
    phone: {},
    email: {},
    clinic: {},
    label: {},
    region: {},
    cancellationHours: { type: Number, attribute: 'cancellation-hours' },
    variant: { reflect: true },
    headingLevel: { type: Number, attribute: 'heading-level' },
    closed: { state: true },
    expanded: { state: true },
  };

  /**
   * The online booking page: `https:`/`http:` or a link on the same site. Anything else (`javascript:`, `data:`,
   * garbage) warns and renders no link, while phone and e-mail keep working.
   */
  href?: string;
  /** Phone number, shown as written and dialled through a normalised `tel:` link: `+32 (0)15 12 34 56` → `tel:+3215123456`. */
  phone?: string;
  /** E-mail address for booking requests, as a `mailto:` link. */
  email?: string;
  /** The clinic's name, used in the heading. */
  clinic?: string;
  /** Text of the main button instead of "Book online". */
  label?: string;
  /**
   * `nl` or `be`: which country's booking notes are shown. `nl`: no referral needed, usually supplementary insurance
   * (check your policy; some insurers still ask for a referral). `be`: a doctor's prescription, start within 2 months,
   * 18 sessions a calendar year at the normal refund for ordinary low back pain, 25 % less back from a
   * kinesitherapeut who does not work at the official rates, what to bring. Both: when to book (not better after
   * 2–6 weeks), and that a missed appointment is never paid back.
   * Default: `<meta name="physio-region">`, else `-BE`/`-NL` in `<html lang>`, else the language the page loaded with (French or German → `be`).
   */
  region?: 'nl' | 'be';
  /** Hours before an appointment it can be cancelled free of charge (default 24); `0` hides the line. */
  cancellationHours = 24;
  /**
   * `inline` (default), `banner` (full width) or `floating`: a corner button that opens the options, can be closed for
   * this page view, respects safe areas and moves aside when the focused element would sit under it. The CDN file
   * then loads `physio-elements.booking-cta-floating-guard.js` from its own folder.
   */
  variant: 'inline' | 'banner' | 'floating' = 'inline';
  /** Heading level (2–6) of the heading in the inline and banner variants. */
  headingLevel = 2;

  /** Closed for this page view only: never stored. */
  private closed = false;
  private expanded = false;
  readonly #parts = lazyParts(this);
  /** Created once its part has loaded; `#placed` says whether it has placed the button yet. */
  #guard?: FloatingGuard;
  #placed = false;

  constructor() {
    super();
    new PageLanguageController(this);
  }

  get #kind() {
    return pickOption(this, 'variant', this.variant, variants, 'inline');
  }

  protected override willUpdate(): void {
    const part = this.#kind === 'floating' ? this.#parts.need(floatingGuard) : undefined;
    this.#guard ??= part && new part.FloatingGuard(this, () => this.renderRoot.querySelector<HTMLElement>('.floating'));
  }

  protected override updated(changed: PropertyValues): void {
    this.setState('floating', this.#kind === 'floating');
    this.setState('closed', this.closed);
    if (
      this.#kind === 'floating' &&
      this.#guard &&
      (changed.has('variant') || changed.has('expanded') || !this.#placed)
    ) {
      this.#placed = true;
      this.#guard.update();
    }
  }

  /** Waits for the guard's part too, so tests and pages see the button where it will stay. */
  protected override getUpdateComplete(): Promise<boolean> {
    return this.#parts.settled(() => super.getUpdateComplete());
  }

  #close(): void {
    this.closed = true;
    const from = this.#guard?.cameFrom;
    const back = from?.isConnected ? (from as HTMLElement) : undefined;
    if (back) back.focus();
    else (document.activeElement as HTMLElement | null)?.blur();
  }

  #handleKeydown(event: KeyboardEvent): void {
    if (event.key !== 'Escape' || !this.expanded) return;
    this.expanded = false;
    void this.updateComplete.then(() => this.renderRoot.querySelector<HTMLElement>('.toggle')?.focus());
  }

  #links() {
    const online = this.href ? safeUrl(this.href, { protocols: ['https:', 'http:'], allowRelative: true }) : undefined;
    if (this.href && !online) {
      warnOnce(
        this,
        `<physio-booking-cta> href="${this.href}" is not an http(s) or same-site link; no booking link is shown.`,
      );
    }
    const tel = telUrl(this.phone);
    if (this.phone && !tel) warnOnce(this, `<physio-booking-cta> phone="${this.phone}" is not a phone number.`);
    const email = (this.email ?? '').trim();
    const mailto = emailPattern.test(email) ? safeUrl(`mailto:${email}`) : undefined;
    if (email && !mailto) warnOnce(this, `<physio-booking-cta> email="${email}" is not an e-mail address.`);
    if (!this.href && !this.phone && !this.email) {
      warnOnce(this, '<physio-booking-cta> needs href, phone or email to offer a way to book.');
    }
    return { online, tel, mailto, email };
  }

  /** Lets the page take over (its own modal, analytics) before the browser follows the link. */
  #handleClick(event: MouseEvent, channel: BookingChannel, href: string): void {
    const book = new PhysioBookEvent({ channel, href });
    this.dispatchEvent(book);
    // A modified click (new tab or window) is the reader's explicit choice: the page may count it, not stop it.
    const modified = event.ctrlKey || event.metaKey || event.shiftKey || event.altKey || event.button !== 0;
    if (book.defaultPrevented && !modified) event.preventDefault();
  }

  override render() {
    const kind = this.#kind;
    if (kind === 'floating' && this.closed) return nothing;
    const { online, tel, mailto, email } = this.#links();
    const region = resolveRegion(this, this.region);
    const hours = pickNumber(this, 'cancellation-hours', this.cancellationHours, 0, 168, 24);
    const level = pickHeadingLevel(this, this.headingLevel, 2);
    const label = this.label?.trim() || msg('Book online', { id: 'booking.button' });
    const title = this.clinic
      ? msg(str`Book an appointment at ${this.clinic}`, { id: 'booking.title.clinic' })
      : msg('Book an appointment', { id: 'booking.title' });
    const links: Array<[BookingChannel, string | undefined, string, string, string]> = [
      ['online', online, 'button', 'button', label],
      ['phone', tel, 'channel', 'phone', msg(str`Call ${this.phone?.trim()}`, { id: 'booking.call' })],
      ['email', mailto, 'channel', 'email', msg(str`E-mail ${email}`, { id: 'booking.email' })],
    ];
    const channels = html`<div class="channels">
      ${links.map(([channel, href, className, part, text]) =>
        href
          ? html`<a
              class=${className}
              part=${part}
              href=${href}
              @click=${(e: MouseEvent) => this.#handleClick(e, channel, href)}
              >${text}</a
            >`
          : nothing,
      )}
    </div>`;
    const body = html`${channels} ${bookingNotes(region, hours)} ${disclaimer()}
    ${sourcesLine(sources(region), lastReviewed)}`;
    if (kind !== 'floating') {
      return html`<section class=${kind} lang=${contentLanguage()} aria-label=${title}>
        ${heading(level, title, 'title')} ${body}
      </section>`;
    }
    // The panel follows its toggle in the DOM (so Tab goes from the toggle into it) and shows above it.
    return html`<div
      class="floating"
      data-placement=${this.#guard?.placement ?? 'end'}
      lang=${contentLanguage()}
      @keydown=${this.#handleKeydown}
    >
      <div class="floating-bar">
        <button
          type="button"
          class="toggle"
          aria-expanded=${this.expanded ? 'true' : 'false'}
          aria-controls="panel"
          @click=${() => (this.expanded = !this.expanded)}
        >
          ${msg('Book an appointment', { id: 'booking.title' })}
        </button>
        <button
          type="button"
          class="close"
          part="close"
          aria-label=${msg('Hide the booking options', { id: 'booking.close' })}
          @click=${this.#close}
        >
          <span aria-hidden="true">×</span>
        </button>
      </div>
      ${
        this.expanded
          ? html`<section class="panel" id="panel" aria-label=${title}>
              <p class="panel-title">${title}</p>
              ${body}
            </section>`
          : nothing
      }
    </div>`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'physio-booking-cta': PhysioBookingCta;
  }
}
