import { css } from '@lit/reactive-element';

/** A widget's own title (its heading-level), the sentence under it, and the sources line of built-in content. */
export const textStyles = css`
  .title {
    margin: 0 0 calc(var(--_space) * 0.5);
    font-size: 1.375em;
    line-height: 1.3;
  }
  .intro {
    margin: 0 0 var(--_space);
  }
  .sources {
    margin: calc(var(--_space) * 0.5) 0 0;
    font-size: 0.875em;
  }
`;
