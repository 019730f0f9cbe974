import { LitElement } from 'lit';
import { PhysioBase } from './physio-base.js';

/**
 * Base class of every physio-elements widget that renders with lit templates: LitElement plus a guarded
 * `define()`, `:state()` internals and re-rendering on a language change. Kept small on purpose; shared behaviour
 * lives in controllers and helpers next to this file.
 */
export class PhysioElement extends PhysioBase(LitElement) {}

export { renderRootOf } from './physio-base.js';
