import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html, nothing } from 'lit';

interface BucketArgs {
  preset: string;
  'heading-level': number;
  region?: string;
}

const meta: Meta<BucketArgs> = {
  title: 'Widgets/Load bucket',
  component: 'physio-load-bucket',
  args: { preset: 'empty', 'heading-level': 2 },
  argTypes: {
    preset: { control: 'inline-radio', options: ['empty', 'moving-house'] },
    region: { control: 'inline-radio', options: ['nl', 'be'] },
  },
  render: (args) =>
    html`<physio-load-bucket
      preset=${args.preset}
      heading-level=${args['heading-level']}
      region=${args.region ?? nothing}
    ></physio-load-bucket>`,
};
export default meta;
type Story = StoryObj<BucketArgs>;

/** An empty bucket: choose loads and builders and watch the water. */
export const Empty: Story = {};

/** `preset="moving-house"`: moving, a hectic time, a new job and a bad night leave it nearly full. Try the last drop. */
export const MovingHouse: Story = { args: { preset: 'moving-house' } };

/** The moment the clinics describe: nearly full, then picking up a pen makes it overflow. */
export const Overflowing: Story = {
  args: { preset: 'moving-house' },
  play: async ({ canvasElement }) => {
    const el = canvasElement.querySelector('physio-load-bucket')!;
    await el.updateComplete;
    el.shadowRoot!.querySelector<HTMLButtonElement>('.last-drop')!.click();
  },
};

/**
 * On a 390 × 844 phone (Storybook's viewport toolbar). Too narrow for the bucket beside the choices, the bucket and
 * its status become a compact bar that stays at the top of the screen: scroll down, tap "Regular exercise you enjoy"
 * or the last drop, and the bar shows what changed. Tab and Shift+Tab through the buttons: none is left under the
 * bar. A site with a fixed header sets `--physio-sticky-top` to its height.
 */
export const Phone: Story = {
  args: { preset: 'moving-house' },
  parameters: {
    viewport: {
      options: { phone: { name: 'Phone 390 × 844', styles: { width: '390px', height: '844px' }, type: 'mobile' } },
    },
  },
  globals: { viewport: { value: 'phone', isRotated: false } },
};

/** `region="be"`: the sources line names the Belgian guideline (KCE) instead of the Dutch one (KNGF). */
export const Belgium: Story = { args: { region: 'be' }, globals: { locale: 'nl-BE' } };

/** Nederlands. */
export const Dutch: Story = { args: { preset: 'moving-house' }, globals: { locale: 'nl-NL' } };

/**
 * Reduced motion: with "reduce motion" switched on in the operating system the water and the bucket jump to their
 * new state without animation. This story shows that by setting `--physio-duration: 0s`, which a page can also use.
 */
export const ReducedMotion: Story = {
  args: { preset: 'moving-house' },
  render: (args) => html`<div style="--physio-duration: 0s">${meta.render!(args, {} as never)}</div>`,
};

/** Inside a clinic theme with `html { font-size: 62.5% }`, a serif font and odd line height. */
export const HostileHostPage: Story = { args: { preset: 'moving-house' }, parameters: { hostile: true } };

/** Clinic colours through the global tokens. */
export const Themed: Story = {
  args: { preset: 'moving-house' },
  render: (args) =>
    html`<div
      class="themed-bucket"
      style="--physio-color-accent: #00704a; --physio-radius: 1.5em; --physio-font-family: system-ui, sans-serif"
    >
      ${meta.render!(args, {} as never)}
    </div>`,
};
