/**
 * The page languages Storybook's toolbar and the snippet builder offer. Every tag names its country: the region
 * rules (README, "Language and region") keep the region when a page's tag becomes bare, as a browser's page
 * translation does, so a bare tag here would not switch it. French and German are written for Belgium.
 */
export const pageLanguages = [
  { value: 'en-NL', title: 'English (Netherlands)' },
  { value: 'en-BE', title: 'English (Belgium)' },
  { value: 'nl-NL', title: 'Nederlands (Nederland)' },
  { value: 'nl-BE', title: 'Nederlands (België)' },
  { value: 'fr-BE', title: 'Français (Belgique)' },
  { value: 'de-BE', title: 'Deutsch (Belgien)' },
];
