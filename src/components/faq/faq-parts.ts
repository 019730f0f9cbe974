import { html, nothing } from 'lit';
import { msg, str } from '@lit/localize';
import type { PhoneNumbers } from '../../base/phone-numbers.js';
import type { Region } from '../../base/region.js';
import type { FaqEntry } from './faq-content.js';
import { afterHoursCall, emergencyCall } from './faq-calls.js';

/** The search field, and a status that screen readers announce: "3 of 13 questions match." */
export function searchField(value: string, query: string, shown: boolean[], onInput: (event: Event) => void) {
  const count = shown.filter(Boolean).length;
  const total = shown.length;
  let status = '';
  if (query && count === 0) status = msg('No questions match.', { id: 'faq.search.none' });
  else if (query && count === 1) status = msg(str`1 of ${total} questions matches.`, { id: 'faq.search.count-one' });
  else if (query) status = msg(str`${count} of ${total} questions match.`, { id: 'faq.search.count' });
  return html`<div class="search" part="search">
    <label for="search">${msg('Search the questions', { id: 'faq.search.label' })}</label>
    <input id="search" type="search" autocomplete="off" .value=${value} @input=${onInput} />
    <p class="visually-hidden" role="status">${status}</p>
  </div>`;
}

/** One built-in question as a native `<details>`, so find-in-page can open it, with its heading level. */
export function builtInEntry(entry: FaqEntry, hidden: boolean, level: number, numbers: PhoneNumbers, region: Region) {
  return html`<details part="item" id=${`faq-${entry.slug}`} ?hidden=${hidden}>
    <summary part="question"><span role="heading" aria-level=${level}>${entry.question}</span></summary>
    <div class="answer" part="answer">
      ${entry.answer.map((paragraph) => html`<p>${paragraph}</p>`)}
      ${
        entry.list
          ? html`<ul>
              ${entry.list.map((item) => html`<li>${item}</li>`)}
            </ul>`
          : nothing
      }
      ${entry.urgent ? emergencyCall(numbers) : nothing} ${(entry.after ?? []).map((p) => html`<p>${p}</p>`)}
      ${entry.urgent ? afterHoursCall(numbers, region) : nothing}
    </div>
  </details>`;
}
