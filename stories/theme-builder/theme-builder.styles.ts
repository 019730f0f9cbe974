import { css } from 'lit';

/** What the theme builder adds to the snippet builder's form, preview and code styles (`builderStyles`). */
export const themeBuilderStyles = css`
  .visually-hidden {
    position: absolute;
    width: 1px;
    height: 1px;
    margin: -1px;
    overflow: hidden;
    clip-path: inset(50%);
    white-space: nowrap;
  }
  .colour {
    padding-bottom: 0.75em;
  }
  .colour legend code,
  .field label code {
    font-weight: 400;
  }
  /* The settings need more room than the snippet builder's fields. */
  .controls {
    flex: 1 1 22em;
    min-width: 0;
    display: grid;
    gap: 1.5em;
    align-content: start;
  }
  .form fieldset:last-child {
    margin-bottom: 0;
  }
  @media (min-width: 60em) {
    .output {
      position: sticky;
      top: 0;
      align-self: flex-start;
      max-height: 100vh;
      overflow-y: auto;
    }
  }
  /* Light and dark side by side where they fit, one under the other at 320 px. */
  .schemes {
    display: grid;
    grid-template-columns: repeat(auto-fit, minmax(9em, 1fr));
    gap: 0 1.5em;
  }
  .swatch {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: 0.25em 0.5em;
    margin-top: 0.5em;
  }
  .swatch label {
    flex: 1 0 100%;
  }
  input[type='color'] {
    width: 3.5em;
    height: 2.75em;
    padding: 0.125em;
    border: 1px solid #767676;
    border-radius: 0.25em;
    background: Field;
    cursor: pointer;
  }
  input[type='color']:disabled {
    cursor: not-allowed;
    opacity: 0.5;
  }
  .warning {
    margin: 0.5em 0 0;
    padding: 0.25em 0.5em;
    border-inline-start: 0.25em solid #b3261e;
    overflow-wrap: anywhere;
  }
  .warning ul {
    margin: 0.25em 0 0;
    padding-inline-start: 1.25em;
  }
  .radios {
    display: flex;
    flex-wrap: wrap;
    gap: 0.5em 1.5em;
    border: 0;
    margin: 0 0 0.75em;
    padding: 0;
  }
  .radios legend {
    float: left;
    width: 100%;
    padding: 0;
    margin-bottom: 0.25em;
  }
  .radios label {
    display: inline-flex;
    align-items: center;
    gap: 0.5em;
    min-height: 2.75em;
    font-weight: 400;
  }
  input[type='radio'] {
    width: 1.5em;
    height: 1.5em;
    margin: 0;
  }
  .preview > * + * {
    margin-top: 2em;
  }
  table {
    width: 100%;
    border-collapse: collapse;
    font-size: 0.9375em;
  }
  th,
  td {
    padding: 0.375em 0.5em;
    border-bottom: 1px solid #767676;
    text-align: start;
    vertical-align: top;
  }
  tbody th {
    font-weight: 400;
    overflow-wrap: anywhere;
  }
  .needs {
    white-space: nowrap;
  }
  .low {
    font-weight: 700;
  }
`;
