import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html, nothing } from 'lit';

interface FaqArgs {
  single: boolean;
  searchable: boolean;
  'structured-data': boolean;
  'heading-level': number;
  region?: string;
  'emergency-number'?: string;
  'after-hours-number'?: string;
}

const meta: Meta<FaqArgs> = {
  title: 'Widgets/FAQ',
  component: 'physio-faq',
  args: { single: false, searchable: false, 'structured-data': false, 'heading-level': 3 },
  render: (args) =>
    html`<physio-faq
      ?single=${args.single}
      ?searchable=${args.searchable}
      ?structured-data=${args['structured-data']}
      heading-level=${args['heading-level']}
      region=${args.region ?? nothing}
      emergency-number=${args['emergency-number'] ?? nothing}
      after-hours-number=${args['after-hours-number'] ?? nothing}
    ></physio-faq>`,
};
export default meta;
type Story = StoryObj<FaqArgs>;

/** A bare tag: the built-in low-back-pain FAQ in the page's language (switch it in the toolbar). */
export const BuiltIn: Story = {};

/** `<details>` children written by the clinic; stray `<p>`/`<br>` from a CMS editor are ignored. */
export const ClinicQuestions: Story = {
  render: (args) =>
    html`<physio-faq ?single=${args.single} ?searchable=${args.searchable}>
      <details>
        <summary>Do I need a referral from my GP?</summary>
        <p>No. In the Netherlands you can book a physiotherapist directly.</p>
      </details>
      <p></p>
      <br />
      <details>
        <summary>How long is a first appointment?</summary>
        <p>About 45 minutes: we talk, look at how you move and make a plan together.</p>
      </details>
      <details>
        <summary>What should I wear?</summary>
        <p>Comfortable clothes you can move in. Shorts help if your pain spreads into a leg.</p>
      </details>
    </physio-faq>`,
};

/** `single`: opening one question closes the others; no "Expand all". */
export const Single: Story = { args: { single: true } };

/** `heading-level="2"`: questions become level-2 headings to fit the page outline. */
export const HeadingLevel: Story = { args: { 'heading-level': 2 } };

/** `searchable`: a search field that filters questions and answers and announces the count. */
export const Searchable: Story = { args: { searchable: true } };

/** `structured-data`: adds a schema.org FAQPage script child (see the page source); nothing changes visually. */
export const StructuredData: Story = { args: { 'structured-data': true } };

/** `region="be"`: Belgian referral and reimbursement answer, and 1733 for the GP on call. */
export const RegionBelgium: Story = { args: { region: 'be' } };

/** `emergency-number` / `after-hours-number`: e.g. a UK page (999 and NHS 111). */
export const EmergencyNumbers: Story = { args: { 'emergency-number': '999', 'after-hours-number': '111' } };

/**
 * Deep links: every question has an id, so `#faq-urgent-help` in the address (or a link to it) opens that question
 * and scrolls to it. Try the link.
 */
export const DeepLink: Story = {
  render: () =>
    html`<p><a href="#faq-urgent-help">When should I get help urgently?</a></p>
      <physio-faq></physio-faq>`,
};

/** Inside a clinic theme that sets `html { font-size: 62.5% }`, a serif font and odd line height. */
export const HostileHostPage: Story = { parameters: { hostile: true }, args: { searchable: true } };
