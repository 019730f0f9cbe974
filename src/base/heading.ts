import { html, type TemplateResult } from 'lit';

/**
 * A real `<h2>`…`<h6>` at the level the page asks for (`heading-level`), so widgets fit the page's outline.
 * Below level 6 (a sub-heading of an h6) HTML has no element, so ARIA carries the level. Validation and its
 * warning happen where the attribute is read.
 */
export function heading(level: number, content: unknown, className = ''): TemplateResult {
  if (level > 6) return html`<p class=${className} role="heading" aria-level=${level}>${content}</p>`;
  switch (Math.max(Math.round(level), 2)) {
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
