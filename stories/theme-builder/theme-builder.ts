import { LitElement, html, nothing, type PropertyValues } from 'lit';
import { live } from 'lit/directives/live.js';
import { styleMap } from 'lit/directives/style-map.js';
// The real widgets from the package's source, as Storybook's preview registers them.
import '../../src/all.js';
import { selectField } from '../snippet-builder/controls.js';
import { builderStyles } from '../snippet-builder/snippet-builder.styles.js';
import { allFive } from '../all-five.js';
import { copyText } from '../copy-text.js';
import { themeFiles, tokenStyle, type ThemeFile } from '../themes.js';
import {
  contrastChecks,
  failures,
  formatRatio,
  fromComputed,
  type Check,
  type Page,
  type Rgb,
  type SystemColours,
} from './contrast.js';
import {
  colourTokens,
  cssText,
  declarations,
  fromTheme,
  otherTokens,
  problemWith,
  schemes,
  type ColourToken,
  type OtherToken,
  type Scheme,
  type Tokens,
} from './tokens.js';
import { themeBuilderStyles } from './theme-builder.styles.js';

const frame = () => new Promise((resolve) => requestAnimationFrame(resolve));

/** A page as the dark-page tests and the "Dark page" story draw it, and a plain white one. */
const defaultPages: Record<Scheme, Page> = {
  light: { background: '#ffffff', text: '#1a1a1a' },
  dark: { background: '#111111', text: '#eeeeee' },
};

const schemeLabel: Record<Scheme, string> = { light: 'Light pages', dark: 'Dark pages' };

/** The colour a system colour (Canvas, Field) is in `scheme`, in this browser. */
function systemColour(name: string, scheme: Scheme): Rgb {
  const probe = document.createElement('span');
  probe.style.cssText = `color-scheme: ${scheme}; color: ${name}`;
  document.body.append(probe);
  const colour = fromComputed(getComputedStyle(probe).color);
  probe.remove();
  return colour;
}

const withCode = (text: string) => text.split('`').map((part, i) => (i % 2 ? html`<code>${part}</code>` : part));

/**
 * Theme builder for designers (documentation tooling, not part of the package): start from a ready-made theme, set
 * every token (a colour for light and one for dark pages), see all five widgets on a light or a dark page, read the
 * WCAG contrast of every colour pair they draw, and copy a paste-ready `:root { … }` block.
 */
export class PhysioThemeBuilder extends LitElement {
  static override styles = [builderStyles, themeBuilderStyles];
  static override properties = {
    start: {},
    base: { state: true },
    tokens: { state: true },
    pages: { state: true },
    scheme: { state: true },
    copyStatus: { state: true },
  };

  /** The ready-made theme the builder starts from (its file name: `clinic`, `warm`, …). */
  start = 'clinic';

  private base: ThemeFile = themeFiles[0];
  private tokens: Tokens = fromTheme(themeFiles[0].tokens);
  private pages: Record<Scheme, Page> = defaultPages;
  private scheme: Scheme = 'light';
  private copyStatus = '';
  #system?: Record<Scheme, SystemColours>;

  protected override willUpdate(changed: PropertyValues): void {
    if (changed.has('start')) this.#startFrom(this.start);
    // "Copied" is about the CSS that was copied, not the one shown now.
    if (changed.has('tokens') || changed.has('base')) this.copyStatus = '';
  }

  /** The CSS the Copy button copies. */
  get css(): string {
    return cssText(this.tokens, this.base.label);
  }

  /** Every colour pair's contrast, on light and on dark pages. */
  get checks(): Check[] {
    const inScheme = (scheme: Scheme) => ({
      canvas: systemColour('Canvas', scheme),
      field: systemColour('Field', scheme),
    });
    this.#system ??= { light: inScheme('light'), dark: inScheme('dark') };
    return contrastChecks(this.tokens, this.pages, this.#system);
  }

  #startFrom(name: string): void {
    this.base = themeFiles.find((t) => t.name === name) ?? themeFiles[0];
    this.tokens = fromTheme(this.base.tokens);
  }

  #setColour(name: string, change: Partial<Tokens['colours'][string]>): void {
    const colours = { ...this.tokens.colours, [name]: { ...this.tokens.colours[name], ...change } };
    this.tokens = { ...this.tokens, colours };
  }

  #setOther(name: string, value: string): void {
    this.tokens = { ...this.tokens, others: { ...this.tokens.others, [name]: value } };
  }

  #setPage(scheme: Scheme, part: keyof Page, value: string): void {
    this.pages = { ...this.pages, [scheme]: { ...this.pages[scheme], [part]: value } };
  }

  async #copy(): Promise<void> {
    const copied = await copyText(this.css, this.renderRoot.querySelector('code.css-code')!);
    // Emptied first, so a second "Copied" is a change a screen reader announces again.
    this.copyStatus = '';
    await this.updateComplete;
    await frame();
    this.copyStatus = copied ? 'Copied' : 'The CSS is selected: press Ctrl+C (⌘C on a Mac) to copy it.';
  }

  #colourInput(
    id: string,
    label: unknown,
    value: string,
    onValue: (value: string) => void,
    { disabled = false, describedBy = '' }: { disabled?: boolean; describedBy?: string } = {},
  ) {
    return html`<div class="swatch">
      <label for=${id}>${label}</label>
      <input
        type="color"
        id=${id}
        .value=${live(value)}
        ?disabled=${disabled}
        aria-describedby=${describedBy || nothing}
        @input=${(event: Event) => onValue((event.target as HTMLInputElement).value)}
      />
      <code aria-hidden="true">${value}</code>
    </div>`;
  }

  #colourField(token: ColourToken, checks: Check[]) {
    const id = token.name.slice(2);
    const value = this.tokens.colours[token.name];
    const low = failures(checks, token.name);
    const describedBy = [`${id}-hint`, low.length ? `${id}-warning` : ''].filter(Boolean).join(' ');
    return html`<fieldset class="colour">
      <legend>${token.label} <code>${token.name}</code></legend>
      <p class="hint" id="${id}-hint">${token.use}</p>
      ${
        token.unset
          ? html`<div class="field check">
              <input
                type="checkbox"
                id="${id}-unset"
                .checked=${live(!value.set)}
                @change=${(event: Event) => this.#setColour(token.name, { set: !(event.target as HTMLInputElement).checked })}
              />
              <label for="${id}-unset">${token.unset.label}</label>
            </div>`
          : nothing
      }
      <div class="schemes">
        ${schemes.map((scheme) =>
          this.#colourInput(
            `${id}-${scheme}`,
            html`<span class="visually-hidden">${token.label} on </span>${scheme} pages`,
            value[scheme],
            (colour) => this.#setColour(token.name, { [scheme]: colour }),
            { disabled: !value.set, describedBy },
          ),
        )}
      </div>
      ${
        low.length
          ? html`<div class="warning" id="${id}-warning">
              <strong>Below WCAG AA:</strong>
              <ul>
                ${low.map((line) => html`<li>${line}</li>`)}
              </ul>
            </div>`
          : nothing
      }
    </fieldset>`;
  }

  #otherField(token: OtherToken) {
    const id = token.name.slice(2);
    const value = this.tokens.others[token.name];
    const problem = problemWith(token, value);
    return html`<div class="field">
      <label for=${id}>${token.label} <code>${token.name}</code></label>
      <input
        type="text"
        id=${id}
        spellcheck="false"
        autocomplete="off"
        aria-invalid=${problem ? 'true' : 'false'}
        aria-describedby="${id}-hint${problem ? ` ${id}-warning` : ''}"
        .value=${live(value)}
        @input=${(event: Event) => this.#setOther(token.name, (event.target as HTMLInputElement).value)}
      />
      <p class="hint" id="${id}-hint">${withCode(token.hint)}</p>
      ${problem ? html`<p class="warning" id="${id}-warning"><strong>Not used:</strong> ${problem}</p>` : nothing}
    </div>`;
  }

  #pageFields() {
    return html`<fieldset>
      <legend>Your page</legend>
      <p class="hint">
        For the preview and the contrast checks only; not part of the CSS. The widgets sit on your page’s background,
        and without a text colour of their own they take your page’s.
      </p>
      ${schemes.map(
        (scheme) =>
          html`<div class="schemes">
            ${(['background', 'text'] as const).map((part) =>
              this.#colourInput(
                `page-${scheme}-${part}`,
                `${scheme === 'light' ? 'Light' : 'Dark'} page: ${part}`,
                this.pages[scheme][part],
                (colour) => this.#setPage(scheme, part, colour),
              ),
            )}
          </div>`,
      )}
    </fieldset>`;
  }

  #contrast(checks: Check[]) {
    const low = failures(checks);
    const cell = (check: Check, scheme: Scheme) => {
      const ratio = check.ratios[scheme];
      return ratio < check.minimum
        ? html`<td class="low">⚠ ${formatRatio(ratio)} too low</td>`
        : html`<td>${formatRatio(ratio)} passes</td>`;
    };
    return html`<section class="contrast" aria-labelledby="contrast-heading">
      <h2 id="contrast-heading">Contrast</h2>
      <p role="status" class="contrast-status">
        ${
          low.length
            ? `${low.length} of ${checks.length * 2} checks are below WCAG AA: see the warnings beside the colours.`
            : `All ${checks.length * 2} checks meet WCAG AA, on light and on dark pages.`
        }
      </p>
      <table>
        <caption class="visually-hidden">
          Contrast of every colour pair the widgets draw (WCAG 2.2: 4.5:1 for text, 3:1 for lines and edges)
        </caption>
        <thead>
          <tr>
            <th scope="col">Colour pair (WCAG AA needs)</th>
            ${schemes.map((scheme) => html`<th scope="col">${schemeLabel[scheme]}</th>`)}
          </tr>
        </thead>
        <tbody>
          ${checks.map(
            (check) =>
              html`<tr>
                <th scope="row">${check.label} <span class="needs">(${check.minimum}:1)</span></th>
                ${schemes.map((scheme) => cell(check, scheme))}
              </tr>`,
          )}
        </tbody>
      </table>
    </section>`;
  }

  #preview() {
    const page = this.pages[this.scheme];
    const style = {
      // Every token, `initial` for one left to the widgets: a theme around the builder cannot show through.
      ...tokenStyle(Object.fromEntries(declarations(this.tokens))),
      'color-scheme': this.scheme,
      background: page.background,
      color: page.text,
    };
    return html`<section class="preview-section" aria-labelledby="preview-heading">
      <h2 id="preview-heading">Preview</h2>
      <fieldset class="radios">
        <legend>Show the widgets on</legend>
        ${schemes.map(
          (scheme) =>
            html`<label
              ><input
                type="radio"
                name="scheme"
                value=${scheme}
                .checked=${live(this.scheme === scheme)}
                @change=${() => (this.scheme = scheme)}
              />a ${scheme} page</label
            >`,
        )}
      </fieldset>
      <div class="preview" style=${styleMap(style)}>${allFive(3)}</div>
    </section>`;
  }

  override render() {
    const checks = this.checks;
    // The settings, their contrast and the CSS in one column; the preview beside them where there is room, and in
    // view while the reader scrolls through the settings. Reading and tab order follow the columns.
    return html`<div class="builder" lang="en">
      <div class="controls">
        <form class="form" @submit=${(event: Event) => event.preventDefault()}>
          <fieldset>
            <legend>Start from</legend>
            ${selectField(
              'theme-control',
              'Theme',
              themeFiles.map((t) => [t.name, t.label]),
              this.base.name,
              'Sets every value below to the theme’s, replacing your changes.',
              (name) => this.#startFrom(name),
            )}
          </fieldset>
          <fieldset>
            <legend>Colours</legend>
            <p class="hint">
              Each colour has a value for light pages and one for dark pages: the widgets follow your page’s
              <code>color-scheme</code>.
            </p>
            ${colourTokens.map((token) => this.#colourField(token, checks))}
          </fieldset>
          <fieldset>
            <legend>Shape, spacing, font and motion</legend>
            ${otherTokens.map((token) => this.#otherField(token))}
          </fieldset>
          ${this.#pageFields()}
        </form>
        ${this.#contrast(checks)}
        <section class="css" aria-labelledby="css-heading">
          <h2 id="css-heading">CSS</h2>
          <p id="css-note">
            Paste it into your site’s stylesheet, or save it as a file and link it after the widgets’ stylesheet. It
            sets only the widgets’ tokens.
          </p>
          <pre><code class="css-code">${this.css}</code></pre>
          <button type="button" aria-describedby="css-note" @click=${() => this.#copy()}>Copy CSS</button>
          <p role="status" class="copy-status">${this.copyStatus}</p>
        </section>
      </div>
      <div class="output">${this.#preview()}</div>
    </div>`;
  }
}

/** The tag, for the docs page to render by name (why a name: see SnippetBuilder). */
export const ThemeBuilder = 'physio-theme-builder';

if (!customElements.get(ThemeBuilder)) customElements.define(ThemeBuilder, PhysioThemeBuilder);

declare global {
  interface HTMLElementTagNameMap {
    'physio-theme-builder': PhysioThemeBuilder;
  }
}
