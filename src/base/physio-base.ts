import type { ReactiveElement } from '@lit/reactive-element';
import { updateWhenLocaleChanges } from '@lit/localize';
import { isServer } from 'lit-html/is-server.js';
import { rememberPageLanguage } from './region.js';
import { localeLoading } from './locale-gate.js';
import { version } from './version.js';

// eslint-disable-next-line @typescript-eslint/no-explicit-any -- the mixin pattern needs a constructor type
type Constructor<T> = abstract new (...args: any[]) => T;

const warnedTags = new Set<string>();
const roots = new WeakMap<Element, HTMLElement | DocumentFragment>();
// Not a property of the element: page scripts could read it, and its shadowRoot is the red flags' closed root.
const internalsOf = new WeakMap<Element, ElementInternals>();

/** A widget's ElementInternals (custom states; the red flags' server-rendered closed root), for the widgets only. */
export function widgetInternals(el: Element): ElementInternals | undefined {
  return internalsOf.get(el);
}

/** The members the mixin adds, named so that declaration files can describe a mixed class. */
export declare abstract class PhysioMembers {
  /** Adds or removes a custom state; unsupported browsers simply skip the styling hook. */
  protected setState(name: string, on: boolean): void;
}

/** The static side the mixin adds: the package version and the guarded `define()`. */
export interface PhysioStatics {
  readonly version: string;
  define(tag: string): void;
}

/** Registers `widget` as `tag`; a tag taken by another copy or version only warns, once. */
function register(tag: string, widget: PhysioStatics): void {
  const existing = customElements.get(tag) as (CustomElementConstructor & { version?: string }) | undefined;
  if (!existing) {
    customElements.define(tag, widget as unknown as CustomElementConstructor);
    return;
  }
  if ((existing as unknown) === widget || warnedTags.has(tag)) return;
  warnedTags.add(tag);
  const other = existing.version ? `v${existing.version}` : 'another script';
  console.warn(
    `physio-elements: <${tag}> is already defined by ${other}; this copy (v${widget.version}) is unused. Load the ` +
      'script once per page.',
  );
}

/**
 * What every physio-elements widget has: a guarded `define()`, the internals used for `:state()`, re-rendering
 * when the language changes. A mixin, so a widget can sit on LitElement (templates) or, where bytes matter most
 * (the FAQ, which many pages load alone), directly on ReactiveElement without lit-html.
 */
export function PhysioBase<T extends Constructor<ReactiveElement>>(
  Base: T,
): T & Constructor<PhysioMembers> & PhysioStatics {
  abstract class Physio extends Base {
    static readonly version: string = version;

    // eslint-disable-next-line @typescript-eslint/no-explicit-any -- mixin constructors must accept any arguments
    constructor(...args: any[]) {
      super(...args);
      // Custom states (`:state(name)`), so pages can style states without extra attributes.
      internalsOf.set(this, this.attachInternals());
      // Every widget renders text through msg(), so every widget re-renders when the language changes.
      updateWhenLocaleChanges(this);
    }

    /**
     * Registers the element once. A clinic page may load our script twice (a theme and a plugin, or two versions):
     * that must never throw, so a taken tag only warns, once.
     */
    static define(tag: string): void {
      // On a server only a widget with templates registers: one without (the FAQ, drawn in the browser) has nothing
      // to render there, and @lit-labs/ssr 4.1 would take it for a shadow host never left, writing on every widget
      // after it on the page a `defer-hydration` that nothing removes, so they would never hydrate.
      if (isServer && !('render' in this.prototype)) return;
      // The language the page had when its widgets arrived decides the region later (region.ts, rule 4).
      rememberPageLanguage();
      // While the page's language is loading, an undefined element keeps its reserved box (preload.css) and the
      // page's own content: registering it now would paint an empty or English widget first. Afterwards each waiting
      // widget registers in a task of its own, as all.js spaces them, so no single task upgrades them all.
      const loading = localeLoading();
      if (loading) void loading.then(() => setTimeout(() => this.define(tag)));
      else register(tag, this);
    }

    /** A widget made while a language loads (e.g. added by an app) renders first in that language, not English. */
    protected override scheduleUpdate(): void | Promise<unknown> {
      const loading = !this.hasUpdated && localeLoading();
      return loading ? loading.then(() => super.scheduleUpdate()) : super.scheduleUpdate();
    }

    protected override createRenderRoot(): HTMLElement | DocumentFragment {
      const root = super.createRenderRoot();
      roots.set(this, root);
      return root;
    }

    /** Adds or removes a custom state; unsupported browsers simply skip the styling hook. */
    protected setState(name: string, on: boolean): void {
      const states = internalsOf.get(this)!.states;
      if (!states) return;
      if (on) states.add(name);
      else states.delete(name);
    }
  }
  return Physio as unknown as T & Constructor<PhysioMembers> & PhysioStatics;
}

/**
 * The render root of a widget, also when its shadow root is closed (the red-flag checklist keeps what a reader
 * ticks out of reach of page scripts). Internal: for the red flags' own renderRoot and this package's tests, not
 * exported from the package.
 */
export function renderRootOf(el: Element): ShadowRoot | null {
  const root = roots.get(el);
  return root instanceof ShadowRoot ? root : null;
}
