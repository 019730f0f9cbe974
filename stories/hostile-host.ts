/** CSS a real clinic theme might throw at us: tiny root font size, serif, odd line height, global resets. */
export const hostileCss = `
  html { font-size: 62.5%; }
  .hostile-host { font: 1.8rem/1.15 Georgia, 'Times New Roman', serif; color: light-dark(#2b2b2b, #e6e6e6); }
  .hostile-host * { letter-spacing: 0.01em; }
  .hostile-host p { margin: 2.4rem 0; }
  .hostile-host button { text-transform: uppercase; }
`;

/** The hostile page's stylesheet, for the Storybook decorator and the screenshot tests. */
export function hostileStyle(): HTMLStyleElement {
  const style = document.createElement('style');
  style.textContent = hostileCss;
  return style;
}
