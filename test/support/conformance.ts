import { expect, fixture } from '@open-wc/testing';
import { expectNoAxeViolations } from './axe.js';
import type { TemplateResult } from 'lit';
import { setLocale } from '../../src/localization.js';
import type { PhysioElement } from '../../src/base/physio-element.js';
import { installPrivacyProbe } from './privacy-probe.js';
import { captureWarnings } from './console-spy.js';
import { interactWithEverything } from './interact.js';
import { delay, settleWidgets, shadow } from './dom.js';
import payloads from './xss-payloads.js';

export interface ConformanceSubject {
  tag: string;
  /** Typical instances: every story-like variant worth checking with axe. */
  fixtures: Array<() => TemplateResult>;
  /** Attributes that take free text from the page; each receives XSS payloads. */
  stringAttributes: string[];
  /** Attribute → a value that is wrong, which must warn once and fall back. */
  badValues: Record<string, string>;
  /** Light-DOM content carrying a payload, for the slot part of the XSS check. */
  slotted?: (payload: string) => TemplateResult;
}

const settle = (el: PhysioElement) => settleWidgets([el]);

/** The shared checks every physio-elements widget must pass; a widget joins with one `conformance({...})` call. */
export function conformance(subject: ConformanceSubject): void {
  describe(`<${subject.tag}> conformance`, () => {
    afterEach(() => setLocale('en'));

    for (const locale of ['en', 'nl']) {
      it(`has no axe WCAG 2.2 AA violations in ${locale}, closed and after interaction`, async () => {
        await setLocale(locale);
        for (const make of subject.fixtures) {
          const el = await fixture<PhysioElement>(make());
          await settle(el);
          await expectNoAxeViolations(el);
          await interactWithEverything(el);
          await settle(el);
          await expectNoAxeViolations(el);
        }
      });
    }

    it('is defined once; a second copy of the script warns once and does not throw', async () => {
      const Original = customElements.get(subject.tag) as typeof PhysioElement | undefined;
      expect(Original, 'registered').to.exist;
      // A second bundle on the page brings its own class for the same tag.
      const SecondCopy = class extends Original! {
        static override readonly version = '9.9.9';
      };
      const ThirdCopy = class extends Original! {};
      const { warnings, errors } = await captureWarnings(() => {
        SecondCopy.define(subject.tag);
        ThirdCopy.define(subject.tag);
        Original!.define(subject.tag);
      });
      expect(errors).to.deep.equal([]);
      expect(customElements.get(subject.tag)).to.equal(Original);
      const mine = warnings.filter((w) => w.includes(`<${subject.tag}>`));
      expect(mine, 'warns once per tag').to.have.length(1);
      expect(mine[0]).to.include('already defined').and.include('v9.9.9').and.include(`v${Original!.version}`);
    });

    it('makes no request and touches no cookie or storage while rendering and being used', async () => {
      const probe = installPrivacyProbe();
      try {
        for (const make of subject.fixtures) {
          const el = await fixture<PhysioElement>(make());
          await settle(el);
          await interactWithEverything(el);
          await settle(el);
        }
      } finally {
        probe.restore();
      }
      expect(probe.calls).to.deep.equal([]);
    });

    it('renders XSS payloads in attributes and slots as inert text', async () => {
      const w = window as unknown as { __physioXss?: number };
      delete w.__physioXss;
      const { errors } = await captureWarnings(async () => {
        for (const payload of payloads) {
          const el = await fixture<PhysioElement>(subject.fixtures[0]());
          for (const attribute of subject.stringAttributes) el.setAttribute(attribute, payload);
          await settle(el);
          await interactWithEverything(el);
          await settle(el);
          const root = shadow(el);
          expect(root.querySelectorAll('script, img[src="x"], svg[onload]'), payload).to.have.length(0);
          for (const a of root.querySelectorAll('a'))
            expect(a.getAttribute('href') ?? '').not.to.match(/^\s*javascript:/i);
          if (subject.slotted) {
            const slotted = await fixture<PhysioElement>(subject.slotted(payload));
            await settle(slotted);
            await interactWithEverything(slotted);
            expect(slotted.querySelectorAll('img[src="x"], svg[onload]'), 'light DOM').to.have.length(0);
            expect(shadow(slotted).querySelectorAll('script, img, svg[onload]')).to.have.length(0);
          }
        }
        await delay(50);
      });
      expect(errors).to.deep.equal([]);
      expect(w.__physioXss).to.equal(undefined);
    });

    for (const [attribute, value] of Object.entries(subject.badValues)) {
      it(`warns once and falls back for ${attribute}="${value}"`, async () => {
        const { warnings, errors } = await captureWarnings(async () => {
          const el = await fixture<PhysioElement>(subject.fixtures[0]());
          el.setAttribute(attribute, value);
          await settle(el);
          el.requestUpdate();
          await settle(el);
          expect(shadow(el).childElementCount, 'still renders').to.be.greaterThan(0);
        });
        expect(errors).to.deep.equal([]);
        expect(warnings.filter((w) => w.includes(attribute))).to.have.length(1);
      });
    }
  });
}
