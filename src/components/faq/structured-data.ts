import { itemText } from './faq-items.js';

/**
 * Keeps one `<script type="application/ld+json">` child of the FAQ holding a schema.org FAQPage built from the
 * rendered questions, so search engines see exactly what readers see. It is a light-DOM child because crawlers
 * do not read shadow roots.
 */
export class StructuredData {
  private script?: HTMLScriptElement;

  constructor(private readonly host: HTMLElement) {}

  update(enabled: boolean, items: HTMLDetailsElement[]): void {
    if (!enabled) {
      this.script?.remove();
      this.script = undefined;
      return;
    }
    const json = JSON.stringify(faqPage(items));
    if (!this.script) {
      this.script = document.createElement('script');
      this.script.type = 'application/ld+json';
      this.script.dataset.physioFaq = '';
    }
    if (this.script.textContent !== json) {
      // A text node, not `textContent =`: under Trusted Types a script's text may only be set via a policy, and
      // JSON data needs none. JSON.stringify keeps "</script>" harmless because the node is never parsed as HTML.
      this.script.replaceChildren(document.createTextNode(json));
    }
    if (this.script.parentNode !== this.host) this.host.append(this.script);
  }
}

function faqPage(items: HTMLDetailsElement[]) {
  return {
    '@context': 'https://schema.org',
    '@type': 'FAQPage',
    mainEntity: items.map((item) => {
      const { question, answer } = itemText(item);
      return { '@type': 'Question', name: question, acceptedAnswer: { '@type': 'Answer', text: answer } };
    }),
  };
}
