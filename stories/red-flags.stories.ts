import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html, nothing } from 'lit';

interface RedFlagsArgs {
  region?: string;
  'emergency-number'?: string;
  'after-hours-number'?: string;
  'heading-level': number;
  static: boolean;
}

const meta: Meta<RedFlagsArgs> = {
  title: 'Widgets/Red flags',
  component: 'physio-red-flags',
  args: { 'heading-level': 2, static: false },
  render: (args) =>
    html`<physio-red-flags
      region=${args.region ?? nothing}
      emergency-number=${args['emergency-number'] ?? nothing}
      after-hours-number=${args['after-hours-number'] ?? nothing}
      heading-level=${args['heading-level']}
      ?static=${args.static}
    >
      <p>
        In an emergency, call
        <a href="tel:${args['emergency-number'] ?? '112'}">${args['emergency-number'] ?? '112'}</a>.
      </p>
    </physio-red-flags>`,
};
export default meta;
type Story = StoryObj<RedFlagsArgs>;

/** The region follows the page language (toolbar): nl-NL → Netherlands, en-BE or nl-BE → Belgium. Tick a sign to see its tier marked. */
export const Default: Story = {};

/** English, Netherlands: huisartsenpost out of hours (no national number), SEH. */
export const EnglishNetherlands: Story = { args: { region: 'nl' }, globals: { locale: 'en-NL' } };

/** English, Belgium (`en-BE` picks Belgium by itself): 1733 for the GP on call, no Dutch words. */
export const EnglishBelgium: Story = { globals: { locale: 'en-BE' } };

/** Nederlands, Nederland. */
export const DutchNetherlands: Story = { args: { region: 'nl' }, globals: { locale: 'nl-NL' } };

/** Nederlands, België: `<html lang="nl-BE">` picks Belgium by itself. */
export const DutchBelgium: Story = { globals: { locale: 'nl-BE' } };

/** `static`: a plain information panel with the same signs and actions, no checkboxes. */
export const Static: Story = { args: { static: true } };

/** A UK page: `emergency-number="999"`, `after-hours-number="111"`. */
export const CustomEmergencyNumber: Story = { args: { 'emergency-number': '999', 'after-hours-number': '111' } };

/** `heading-level="3"` for a page where the widget sits under an h2. */
export const HeadingLevel: Story = { args: { 'heading-level': 3 } };

/** Inside a clinic theme with `html { font-size: 62.5% }`, a serif font and odd line height. */
export const HostileHostPage: Story = { parameters: { hostile: true } };

/**
 * Forced colors (Windows High Contrast): turn it on in the browser's dev tools (Rendering → "Emulate CSS media
 * feature forced-colors: active"). The emergency tier keeps a thicker border and ticked tiers an outline and a
 * text note, so nothing relies on colour; the tests check this in emulated forced-colors mode.
 */
export const ForcedColors: Story = {};
