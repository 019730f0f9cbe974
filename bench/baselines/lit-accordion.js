// Baseline: the leanest reasonable Lit accordion item, to compare physio-faq against.
// One element per item. Question and answer stay in light DOM (indexable, styled by the
// page, readable without JS) and are slotted into a real <button> and a panel.
import { LitElement, html, css } from 'lit';

export class LitFaqItem extends LitElement {
  static properties = {
    open: { type: Boolean, reflect: true },
    level: { type: Number },
  };

  // all:unset on the button so the slotted question keeps the box it had before upgrade
  static styles = css`
    :host {
      display: block;
    }
    button {
      all: unset;
      box-sizing: border-box;
      display: block;
      width: 100%;
      cursor: pointer;
    }
    button:focus-visible {
      outline: 2px solid;
      outline-offset: 2px;
    }
    [hidden] {
      display: none !important;
    }
  `;

  constructor() {
    super();
    this.open = false;
    this.level = 3;
  }

  render() {
    return html`<div role="heading" aria-level=${this.level}>
        <button aria-expanded=${this.open ? 'true' : 'false'} aria-controls="panel" @click=${this.#toggle}>
          <slot name="question"></slot>
        </button>
      </div>
      <div id="panel" role="region" ?hidden=${!this.open}><slot></slot></div>`;
  }

  #toggle() {
    this.open = !this.open;
  }
}

customElements.define('lit-faq-item', LitFaqItem);
