import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html, nothing } from 'lit';

interface BookingArgs {
  href?: string;
  phone?: string;
  email?: string;
  clinic?: string;
  label?: string;
  region?: string;
  'cancellation-hours'?: number;
  variant: string;
}

const meta: Meta<BookingArgs> = {
  title: 'Widgets/Booking call-to-action',
  component: 'physio-booking-cta',
  args: {
    href: 'https://clinic.example/book',
    phone: '020 123 45 67',
    email: 'info@clinic.example',
    clinic: 'Fysio Centrum',
    variant: 'inline',
  },
  argTypes: {
    variant: { control: 'inline-radio', options: ['inline', 'banner', 'floating'] },
    region: { control: 'inline-radio', options: ['nl', 'be'] },
  },
  render: (args) =>
    html`<physio-booking-cta
      href=${args.href ?? nothing}
      phone=${args.phone ?? nothing}
      email=${args.email ?? nothing}
      clinic=${args.clinic ?? nothing}
      label=${args.label ?? nothing}
      region=${args.region ?? nothing}
      cancellation-hours=${args['cancellation-hours'] ?? nothing}
      variant=${args.variant}
    ></physio-booking-cta>`,
};
export default meta;
type Story = StoryObj<BookingArgs>;

export const Inline: Story = {};

/** `variant="banner"`: a full-width band, e.g. under a page's introduction. */
export const Banner: Story = { args: { variant: 'banner' } };

/**
 * `variant="floating"`: a button fixed in the corner that opens the booking options. It can be closed for this page
 * view, and it moves aside whenever the element that has focus would sit under it.
 */
export const Floating: Story = { args: { variant: 'floating' } };

/** The Netherlands: no referral needed; usually supplementary insurance. */
export const Netherlands: Story = { args: { region: 'nl' }, globals: { locale: 'nl-NL' } };

/** Belgium: prescription, start within 2 months, 18 sessions a year, geconventioneerd or not, what to bring. */
export const Belgium: Story = { args: { region: 'be', phone: '+32 (0)15 12 34 56' }, globals: { locale: 'nl-BE' } };

export const PhoneOnly: Story = { args: { href: undefined, email: undefined } };

export const EmailOnly: Story = { args: { href: undefined, phone: undefined } };

/** `href="javascript:alert(1)"`: no booking link is rendered (see the console warning); phone and e-mail still work. */
export const BadHref: Story = { args: { href: 'javascript:alert(1)' } };

/** A clinic's brand colour through the tokens; no cancellation line (`cancellation-hours="0"`). */
export const Themed: Story = {
  args: { 'cancellation-hours': 0, label: 'Plan your first visit' },
  render: (args) =>
    html`<div style="--physio-color-accent: #7a1f5c; --physio-radius: 2em; --physio-font-family: system-ui, sans-serif">
      ${meta.render!(args, {} as never)}
    </div>`,
};

export const HostileHostPage: Story = { parameters: { hostile: true } };
