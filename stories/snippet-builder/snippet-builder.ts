import { LitElement, html, type PropertyValues, type ReactiveElement } from 'lit';
import { repeat } from 'lit/directives/repeat.js';
import { styleMap } from 'lit/directives/style-map.js';
// The real widgets from the package's source, following <html lang>, as Storybook's preview registers them.
import '../../src/all.js';
import { changedAttributes, widgetsOf, type Manifest, type Widget } from './fields.js';
import { attributeField, selectField } from './controls.js';
import { pageLanguages } from './page-languages.js';
import { snippet, themes as builtInThemes, type Theme } from './snippet.js';
import { listenForWidgetWarnings } from './widget-warnings.js';
import { copyText } from '../copy-text.js';
import { tokenStyle } from '../themes.js';
import { builderStyles } from './snippet-builder.styles.js';

/** Typing rebuilds the preview after this pause: one rebuild and one announcement per word, not per key. */
const typingPause = 400;

const frame = () => new Promise((resolve) => requestAnimationFrame(resolve));

/**
 * Snippet builder for CMS editors (documentation tooling, not part of the package): pick a widget, set its
 * attributes in a form generated from custom-elements.json, see the real widget in the chosen page language and
 * theme with the warnings it gives, and copy a paste-ready snippet.
 *
 * The language is the page's: while the builder is open it sets `<html lang>`, as Storybook's toolbar does,
 * because the widgets take their language and, from `-BE`/`-NL`, their country from it (a `lang` on a wrapper is
 * ignored, and `setLocale()` alone would not move the country). It puts the page's own value back when it closes.
 */
export class PhysioSnippetBuilder extends LitElement {
  static override styles = builderStyles;
  static override properties = {
    manifest: { attribute: false },
    themes: { attribute: false },
    tag: { state: true },
    language: { state: true },
    theme: { state: true },
    values: { state: true },
    warnings: { state: true },
    copyStatus: { state: true },
  };

  /** custom-elements.json: every widget and attribute it lists is in the form. */
  manifest?: Manifest;
  /** The looks the theme select offers. */
  themes: Theme[] = builtInThemes;

  private tag = '';
  private language = pageLanguages[0].value;
  private theme = builtInThemes[0].value;
  /** What the editor set, per widget, so switching widgets loses nothing. */
  private values: Record<string, Record<string, string>> = {};
  /** The preview's warnings, exactly as it wrote them to the console. */
  private warnings: string[] = [];
  private copyStatus = '';

  #widgets: Widget[] = [];
  #stopListening?: () => void;
  #pageLang: string | null = null;
  #typing?: ReturnType<typeof setTimeout>;
  /** The key (`#key()`) of what the preview shows. */
  #shown = '';
  #generation = 0;
  #heard: string[] = [];
  #published = false;
  #waiting: Array<() => void> = [];

  override connectedCallback(): void {
    super.connectedCallback();
    this.#pageLang = document.documentElement.getAttribute('lang');
    const current = pageLanguages.find((l) => l.value.toLowerCase() === this.#pageLang?.toLowerCase());
    if (current) this.language = current.value;
    this.#stopListening = listenForWidgetWarnings((text) => this.#hear(text));
    this.#shown = '';
    this.requestUpdate();
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.#stopListening?.();
    clearTimeout(this.#typing);
    this.#typing = undefined;
    if (this.#pageLang === null) document.documentElement.removeAttribute('lang');
    else document.documentElement.lang = this.#pageLang;
  }

  /** Resolves when the preview shows the current values and the warnings it gave are listed. */
  settled(): Promise<void> {
    return new Promise((resolve) => {
      this.#waiting.push(resolve);
      this.#resolveIfSettled();
    });
  }

  protected override willUpdate(changed: PropertyValues): void {
    if (changed.has('manifest')) this.#widgets = this.manifest ? widgetsOf(this.manifest) : [];
    if (!this.#widgets.some((w) => w.tag === this.tag)) this.tag = this.#widgets[0]?.tag ?? '';
    // "Copied" is about the snippet that was copied, not the one shown now.
    if (changed.has('values') || changed.has('tag') || changed.has('theme')) this.copyStatus = '';
  }

  protected override updated(): void {
    if (!this.#typing) void this.#showPreview();
  }

  #widget(): Widget | undefined {
    return this.#widgets.find((w) => w.tag === this.tag);
  }

  #themeNow(): Theme {
    return this.themes.find((t) => t.value === this.theme) ?? this.themes[0];
  }

  #attributes(): Array<[string, string | true]> {
    const widget = this.#widget();
    return widget ? changedAttributes(widget.fields, this.values[widget.tag] ?? {}) : [];
  }

  /** What the preview should show; a change of widget, language, theme or attributes rebuilds it. */
  #key(): string {
    return JSON.stringify([this.tag, this.language, this.theme, this.#attributes()]);
  }

  #set(name: string, value: string, now: boolean): void {
    this.values = { ...this.values, [this.tag]: { ...this.values[this.tag], [name]: value } };
    clearTimeout(this.#typing);
    this.#typing = now
      ? undefined
      : setTimeout(() => {
          this.#typing = undefined;
          void this.#showPreview();
        }, typingPause);
  }

  /** A new element for every change, so it warns afresh: a widget warns once per element and problem. */
  async #showPreview(): Promise<void> {
    const attributes = this.#attributes();
    const shown = this.#key();
    const box = this.renderRoot.querySelector<HTMLElement>('.preview');
    if (!box || !this.isConnected) return;
    if (shown === this.#shown) return this.#resolveIfSettled();
    this.#shown = shown;
    const generation = ++this.#generation;
    this.#heard = [];
    this.#published = false;
    document.documentElement.lang = this.language;
    await customElements.whenDefined(this.tag);
    if (generation !== this.#generation) return;
    const el = document.createElement(this.tag) as HTMLElement & Partial<ReactiveElement>;
    for (const [name, value] of attributes) el.setAttribute(name, value === true ? '' : value);
    box.replaceChildren(el);
    // Rendered, then one frame for what a widget renders after its first paint.
    await el.updateComplete;
    await frame();
    await el.updateComplete;
    if (generation !== this.#generation) return;
    this.#published = true;
    this.warnings = [...this.#heard];
    this.#resolveIfSettled();
  }

  #hear(text: string): void {
    this.#heard.push(text);
    // Until the preview has settled its warnings are gathered, so the live region changes once, not per warning.
    if (this.#published) this.warnings = [...this.#heard];
  }

  #resolveIfSettled(): void {
    if (this.#typing || !this.#published || this.#key() !== this.#shown) return;
    for (const resolve of this.#waiting.splice(0)) resolve();
  }

  async #copy(): Promise<void> {
    const copied = await copyText(this.#snippetText(), this.renderRoot.querySelector('code.snippet-code')!);
    // Emptied first, so a second "Copied" is a change a screen reader announces again.
    this.copyStatus = '';
    await this.updateComplete;
    await frame();
    this.copyStatus = copied ? 'Copied' : 'The snippet is selected: press Ctrl+C (⌘C on a Mac) to copy it.';
  }

  #snippetText(): string {
    return snippet(this.tag, this.#attributes(), this.#themeNow());
  }

  override render() {
    const widget = this.#widget();
    if (!widget) return html`<p>The snippet builder needs custom-elements.json (its <code>manifest</code>).</p>`;
    const theme = this.#themeNow();
    return html`<div class="builder" lang="en">
      <form class="form" @submit=${(event: Event) => event.preventDefault()}>
        <fieldset>
          <legend>Widget and page</legend>
          ${selectField(
            'widget-control',
            'Widget',
            this.#widgets.map((w) => [w.tag, `<${w.tag}>`]),
            this.tag,
            widget.summary,
            (value) => (this.tag = value),
          )}
          ${selectField(
            'language-control',
            'Page language',
            pageLanguages.map((l) => [l.value, `${l.value}: ${l.title}`, l.value]),
            this.language,
            'Sets this page’s `<html lang>`, as your own pages do: the widgets take their language from it, and their ' +
              'country from `-BE` or `-NL` unless `region` is set.',
            (value) => (this.language = value),
          )}
          ${selectField(
            'theme-control',
            'Theme',
            this.themes.map((t) => [t.value, t.label]),
            this.theme,
            'Default is the widgets’ own look. A ready-made theme adds one line to the snippet, its stylesheet from ' +
              '`themes/` in the same folder. Make your own look in Docs → Theme builder.',
            (value) => (this.theme = value),
          )}
        </fieldset>
        <fieldset>
          <legend>Attributes of <code>&lt;${widget.tag}&gt;</code></legend>
          ${repeat(
            widget.fields,
            (field) => `${widget.tag} ${field.name}`,
            (field) =>
              attributeField(field, this.values[widget.tag]?.[field.name] ?? field.fallback, (value, now) =>
                this.#set(field.name, value, now),
              ),
          )}
        </fieldset>
      </form>
      <div class="output">
        <section class="warnings" aria-labelledby="warnings-heading">
          <h2 id="warnings-heading">Warnings</h2>
          <div role="status" class="warning-list">
            ${
              this.warnings.length
                ? html`<ul>
                    ${this.warnings.map((text) => html`<li>${text}</li>`)}
                  </ul>`
                : html`<p>None: the widget accepts these values.</p>`
            }
          </div>
        </section>
        <section class="preview-section" aria-labelledby="preview-heading">
          <h2 id="preview-heading">Preview</h2>
          <div class="preview" lang=${this.language} style=${styleMap(tokenStyle(theme.tokens ?? {}))}></div>
        </section>
        <section class="snippet" aria-labelledby="snippet-heading">
          <h2 id="snippet-heading">Snippet</h2>
          <p id="snippet-note">
            Upload every file of the package’s <code>dist/cdn/</code> folder to <code>/files/</code> on your site, with
            its <code>themes/</code> folder for a theme (or change the paths), then paste this into an HTML block. On
            WordPress, install the physio-elements plugin instead and use its blocks. The language comes from your page,
            not from the snippet.
          </p>
          <pre><code class="snippet-code">${this.#snippetText()}</code></pre>
          <button type="button" aria-describedby="snippet-note" @click=${() => this.#copy()}>Copy snippet</button>
          <p role="status" class="copy-status">${this.copyStatus}</p>
        </section>
      </div>
    </div>`;
  }
}

/**
 * The tag, for the docs page to render by name: importing a name (not just the file) keeps this module in the
 * static build, whose tree-shaking would drop a bare import of a file that package.json's `sideEffects` does not list.
 */
export const SnippetBuilder = 'physio-snippet-builder';

// Guarded: Storybook's hot reload evaluates this module again.
if (!customElements.get(SnippetBuilder)) customElements.define(SnippetBuilder, PhysioSnippetBuilder);

declare global {
  interface HTMLElementTagNameMap {
    'physio-snippet-builder': PhysioSnippetBuilder;
  }
}
