import { itemText } from './faq-items.js';
import { warnOnce } from '../../base/warn.js';

interface ScriptPolicy {
  createScript(input: string): unknown;
}
type TrustedTypesWindow = { trustedTypes?: { createPolicy(name: string, rules: object): ScriptPolicy } };

let policy: ScriptPolicy | null | undefined;

/**
 * The script text to set: under Trusted Types a script element's text needs a TrustedScript, even for JSON, so it
 * goes through a private policy that accepts only valid JSON and so cannot carry code. `undefined` when the page's
 * `trusted-types` directive does not allow our policy name.
 */
function scriptText(json: string): unknown {
  const tt = (window as unknown as TrustedTypesWindow).trustedTypes;
  if (!tt) return json;
  if (policy === undefined) {
    try {
      policy = tt.createPolicy('physio-elements', { createScript: (input: string) => (JSON.parse(input), input) });
    } catch {
      policy = null;
    }
  }
  return policy?.createScript(json);
}

/**
 * Keeps one `<script type="application/ld+json">` child of the FAQ holding a schema.org FAQPage built from the
 * rendered questions, so search engines see exactly what readers see. It is a light-DOM child because crawlers
 * do not read shadow roots.
 */
export class StructuredData {
  #script?: HTMLScriptElement;

  constructor(private readonly host: HTMLElement) {}

  update(enabled: boolean, items: HTMLDetailsElement[]): void {
    if (!enabled) {
      this.#script?.remove();
      this.#script = undefined;
      return;
    }
    const json = JSON.stringify(faqPage(items));
    if (!this.#script) {
      this.#script = document.createElement('script');
      this.#script.type = 'application/ld+json';
      this.#script.dataset.physioFaq = '';
    }
    if (this.#script.textContent !== json) {
      const trusted = scriptText(json);
      if (trusted === undefined) {
        warnOnce(this.host, 'structured-data needs the Trusted Types policy "physio-elements".');
        return;
      }
      // Set as script text, never parsed as HTML, so "</script>" inside a question stays harmless text.
      (this.#script as { text: unknown }).text = trusted;
    }
    if (this.#script.parentNode !== this.host) this.host.append(this.#script);
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
