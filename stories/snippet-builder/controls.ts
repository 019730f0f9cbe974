import { html, nothing } from 'lit';
import { live } from 'lit/directives/live.js';
import type { Field } from './fields.js';

/** A choice: its value, its text, and the language of that text when it is not English. */
export type Option = [value: string, text: string, lang?: string];
/** Reports a control's new value; `now` is false while the editor types, so the preview waits for a pause. */
export type OnValue = (value: string, now: boolean) => void;

const tristate: Option[] = [
  ['', 'Not set: the widget decides'],
  ['true', 'On'],
  ['false', 'Off'],
];

/** Descriptions mark attribute values with backticks, as in the README: shown as code, never parsed as HTML. */
const withCode = (text: string) => text.split('`').map((part, i) => (i % 2 ? html`<code>${part}</code>` : part));

const hint = (id: string, text: string) => (text ? html`<p class="hint" id=${id}>${withCode(text)}</p>` : nothing);

/** A labelled select whose description is its hint (`aria-describedby`). */
export function selectField(
  id: string,
  label: unknown,
  options: Option[],
  value: string,
  description: string,
  onValue: OnValue,
) {
  return html`<div class="field">
    <label for=${id}>${label}</label>
    <select
      id=${id}
      aria-describedby=${description ? `${id}-hint` : nothing}
      @change=${(event: Event) => onValue((event.target as HTMLSelectElement).value, true)}
    >
      ${options.map(
        ([v, text, lang]) => html`<option value=${v} lang=${lang ?? nothing} ?selected=${v === value}>${text}</option>`,
      )}
    </select>
    ${hint(`${id}-hint`, description)}
  </div>`;
}

/** The control for one attribute, labelled with the attribute's name as the snippet will show it. */
export function attributeField(field: Field, value: string, onValue: OnValue) {
  const id = `attribute-${field.name}`;
  const label = html`<code>${field.name}</code>`;
  const { description } = field;
  if (field.control === 'tristate') return selectField(id, label, tristate, value, description, onValue);
  if (field.control === 'select') {
    // With a default there is nothing to leave unset: the default is one of the values.
    const unset: Option[] = field.fallback ? [] : [['', 'Not set']];
    const options = [...unset, ...field.options.map((o): Option => [o, o])];
    return selectField(id, label, options, value, description, onValue);
  }
  const describedBy = description ? `${id}-hint` : nothing;
  if (field.control === 'checkbox') {
    return html`<div class="field check">
      <input
        type="checkbox"
        id=${id}
        aria-describedby=${describedBy}
        .checked=${live(value === 'true')}
        @change=${(event: Event) => onValue((event.target as HTMLInputElement).checked ? 'true' : '', true)}
      />
      <label for=${id}>${label}</label>
      ${hint(`${id}-hint`, description)}
    </div>`;
  }
  const typed = (now: boolean) => (event: Event) => onValue((event.target as HTMLInputElement).value, now);
  return html`<div class="field">
    <label for=${id}>${label}</label>
    <input
      type=${field.control === 'number' ? 'number' : field.inputType}
      id=${id}
      aria-describedby=${describedBy}
      spellcheck=${field.inputType === 'text' ? 'true' : 'false'}
      autocomplete="off"
      .value=${live(value)}
      @input=${typed(false)}
      @change=${typed(true)}
    />
    ${hint(`${id}-hint`, description)}
  </div>`;
}
