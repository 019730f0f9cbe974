import { css } from 'lit';

export const builderStyles = css`
  :host {
    display: block;
    /* Storybook's docs font; the preview's widgets inherit it, as they inherit a clinic page's. */
    font:
      1rem/1.5 'Nunito Sans',
      system-ui,
      sans-serif;
    color: inherit;
  }
  /* The form beside what it gives where both fit; one column at 320 px, the form first. */
  .builder {
    display: flex;
    flex-wrap: wrap;
    gap: 1.5em;
  }
  .form {
    flex: 1 1 18em;
    min-width: 0;
  }
  .output {
    flex: 2 1 24em;
    min-width: 0;
    display: grid;
    gap: 1.5em;
    align-content: start;
  }
  h2 {
    font-size: 1.25em;
    margin: 0 0 0.5em;
  }
  fieldset {
    border: 1px solid #767676;
    border-radius: 0.5em;
    margin: 0 0 1em;
    padding: 0.5em 1em 1em;
    min-width: 0;
  }
  legend {
    font-weight: 700;
    padding: 0 0.25em;
  }
  .field {
    display: grid;
    gap: 0.25em;
    margin-top: 0.75em;
  }
  .field.check {
    grid-template-columns: auto 1fr;
    align-items: center;
    column-gap: 0.5em;
  }
  .field.check .hint {
    grid-column: 1 / -1;
  }
  label {
    font-weight: 700;
    overflow-wrap: anywhere;
  }
  .hint {
    margin: 0;
    font-size: 0.875em;
    overflow-wrap: anywhere;
  }
  input,
  select,
  button {
    font: inherit;
    color: inherit;
    box-sizing: border-box;
    max-width: 100%;
  }
  input:not([type='checkbox']),
  select {
    width: 100%;
    min-height: 2.5em;
    padding: 0.25em 0.5em;
    border: 1px solid #767676;
    border-radius: 0.25em;
    background: Field;
    color: FieldText;
  }
  input[type='checkbox'] {
    width: 1.5em;
    height: 1.5em;
    margin: 0;
  }
  button {
    min-height: 2.75em;
    padding: 0.5em 1.25em;
    border: 2px solid #005eb8;
    border-radius: 0.25em;
    background: #005eb8;
    color: #fff;
    font-weight: 700;
    cursor: pointer;
  }
  :focus-visible {
    outline: 3px solid #005eb8;
    outline-offset: 2px;
  }
  button:focus-visible {
    outline-color: #1a1a1a;
  }
  [role='status'] ul {
    margin: 0;
    padding-left: 1.25em;
  }
  .warnings li {
    overflow-wrap: anywhere;
    margin-bottom: 0.5em;
  }
  .preview {
    /* A floating booking button stays inside this box (layout containment makes it the fixed-position frame). */
    contain: layout;
    min-height: 6em;
    padding: 1em;
    border: 1px dashed #767676;
    border-radius: 0.5em;
  }
  pre {
    margin: 0 0 1em;
    padding: 1em;
    border-radius: 0.5em;
    background: #f4f4f4;
    color: #1a1a1a;
    white-space: pre-wrap;
    overflow-wrap: anywhere;
  }
  code {
    font-family: ui-monospace, SFMono-Regular, Menlo, Consolas, monospace;
    font-size: 0.9em;
  }
  .copy-status {
    display: inline-block;
    margin: 0 0 0 1em;
  }
  @media (forced-colors: active) {
    button {
      border-color: ButtonText;
    }
  }
`;
