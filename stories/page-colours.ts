/**
 * A clinic page's own colours and nothing aimed at the widgets: how the "Dark page" story, Storybook's "Page colours"
 * toolbar and the screenshot tests draw a light and a dark page. The widgets take the page's `color-scheme`.
 */
export const pageColours = {
  light: 'color-scheme: light; background: #fff; color: #1a1a1a',
  dark: 'color-scheme: dark; background: #111; color: #eee',
} as const;
