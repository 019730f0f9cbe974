/**
 * Tag for CSS kept as a plain string (light-DOM sheets, preload.css), so the build can collapse its whitespace
 * the way it does for lit's css``.
 */
export const cssText = (strings: TemplateStringsArray, ...values: string[]): string =>
  String.raw({ raw: strings }, ...values);
