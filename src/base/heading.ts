import { html, type TemplateResult } from 'lit';

/**
 * A real `<h2>`…`<h6>` at the level the page asks for (`heading-level`), so widgets fit the page's outline.
 * Levels outside 2–6 are clamped; validation and its warning happen where the attribute is read.
 */
export function heading(level: number, content: unknown, className = ''): TemplateResult {
  switch (Math.min(Math.max(Math.round(level), 2), 6)) {
    case 2:
      return html`<h2 class=${className}>${content}</h2>`;
    case 3:
      return html`<h3 class=${className}>${content}</h3>`;
    case 4:
      return html`<h4 class=${className}>${content}</h4>`;
    case 5:
      return html`<h5 class=${className}>${content}</h5>`;
    default:
      return html`<h6 class=${className}>${content}</h6>`;
  }
}
