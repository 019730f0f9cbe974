import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html, nothing } from 'lit';

interface __Pascal__Args {
  'heading-level': number;
  region?: string;
}

const meta: Meta<__Pascal__Args> = {
  title: 'Widgets/__Title__',
  component: 'physio-__name__',
  args: { 'heading-level': 2 },
  argTypes: {
    'heading-level': { control: { type: 'number', min: 2, max: 6 } },
    region: { control: 'inline-radio', options: ['nl', 'be'] },
  },
  render: (args) =>
    html`<physio-__name__
      heading-level=${args['heading-level']}
      region=${args.region ?? nothing}
    ></physio-__name__>`,
};
export default meta;
type Story = StoryObj<__Pascal__Args>;

/** With no attributes: the region follows the page. */
export const Default: Story = {};

/** `region="be"`: the sources line names the Belgian guideline. */
export const Belgium: Story = { args: { region: 'be' }, globals: { locale: 'nl-BE' } };

/** Nederlands. */
export const Dutch: Story = { globals: { locale: 'nl-NL' } };

/** Inside a clinic theme with `html { font-size: 62.5% }`, a serif font and odd line height. */
export const HostileHostPage: Story = { parameters: { hostile: true } };
