import * as React from 'react';
import { createComponent, type EventName, type ReactWebComponent } from '@lit/react';

type Events = Record<string, EventName | string>;

/**
 * The React component for one element, made with @lit/react. It registers the element itself rather than importing
 * physio-elements/<tag>.js: a bundler keeps a wrapper's module only when the page uses the wrapper, so only the
 * elements a page uses are registered; define() ignores a second call for the same class.
 */
export function wrap<I extends HTMLElement, E extends Events = Record<never, never>>(
  tagName: string,
  elementClass: (new () => I) & { define(tag: string): void },
  displayName: string,
  events?: E,
): ReactWebComponent<I, E> {
  elementClass.define(tagName);
  return createComponent({ react: React, tagName, elementClass, events, displayName });
}
