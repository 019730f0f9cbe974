import { LitElement } from 'lit';
import { updateWhenLocaleChanges } from '@lit/localize';

declare const __PHYSIO_VERSION__: string;

/** Resolved at build time by Vite's `define`; tests and Storybook fall back to 'dev'. */
const version = typeof __PHYSIO_VERSION__ === 'string' ? __PHYSIO_VERSION__ : 'dev';

/**
 * Base class of every physio-elements widget: a guarded `define()` and the internals used for `:state()`.
 * Kept small on purpose; shared behaviour lives in controllers and helpers next to this file.
 */
export class PhysioElement extends LitElement {
  static readonly version: string = version;

  /** Custom states (`:state(name)`), so pages can style states without extra attributes. */
  protected readonly internals: ElementInternals = this.attachInternals();

  constructor() {
    super();
    // Every widget renders text through msg(), so every widget re-renders when the language changes.
    updateWhenLocaleChanges(this);
  }

  /**
   * Registers the element once. A clinic page may load our script twice (a theme and a plugin, or two versions):
   * that must never throw, so a taken tag only warns, once.
   */
  static define(tag: string): void {
    const existing = customElements.get(tag) as (CustomElementConstructor & { version?: string }) | undefined;
    if (!existing) {
      customElements.define(tag, this);
      return;
    }
    if (existing === this || warnedTags.has(tag)) return;
    warnedTags.add(tag);
    const other = existing.version ? `v${existing.version}` : 'another script';
    console.warn(
      `physio-elements: <${tag}> is already defined by ${other}; this copy (v${this.version}) was not registered. ` +
        'Load the physio-elements script only once per page.',
    );
  }

  protected override createRenderRoot(): HTMLElement | DocumentFragment {
    const root = super.createRenderRoot();
    roots.set(this, root);
    return root;
  }

  /** Adds or removes a custom state; unsupported browsers simply skip the styling hook. */
  protected setState(name: string, on: boolean): void {
    const states = this.internals.states;
    if (!states) return;
    if (on) states.add(name);
    else states.delete(name);
  }
}

const warnedTags = new Set<string>();
const roots = new WeakMap<PhysioElement, HTMLElement | DocumentFragment>();

/**
 * The render root of a widget, also when its shadow root is closed (the red-flag checklist keeps what a reader
 * ticks out of reach of page scripts). Internal: for this package's tests, not exported from the package.
 */
export function renderRootOf(el: Element): ShadowRoot | null {
  const root = roots.get(el as PhysioElement);
  return root instanceof ShadowRoot ? root : null;
}
