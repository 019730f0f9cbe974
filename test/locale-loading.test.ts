import { expect } from '@open-wc/testing';
import { PhysioBookingCta } from '../src/components/booking-cta/booking-cta.js';
import { getLocale, setLocale } from '../src/localization.js';
import { mount } from './support/dom.js';

// How a widget behaves while French or German loads (npm: import(); the CDN file: the file beside it).
describe('while a language loads', () => {
  afterEach(() => setLocale('en'));

  it('define() waits, so the element keeps its reserved box and the page’s own content', async () => {
    class WaitingCta extends PhysioBookingCta {}
    const loading = setLocale('fr');
    WaitingCta.define('physio-test-waiting-cta');
    expect(customElements.get('physio-test-waiting-cta'), 'registered while French loads').to.equal(undefined);
    await loading;
    await customElements.whenDefined('physio-test-waiting-cta');
    expect(getLocale()).to.equal('fr');
  });

  it('a widget an app adds meanwhile renders first in the new language, never English', async () => {
    if (!customElements.get('physio-booking-cta')) PhysioBookingCta.define('physio-booking-cta');
    await setLocale('en');
    const rendered: string[] = [];
    const el = document.createElement('physio-booking-cta') as PhysioBookingCta;
    el.setAttribute('phone', '02 123 45 67');
    const loading = setLocale('de');
    mount(el);
    const record = () => rendered.push(el.shadowRoot?.textContent?.replace(/\s+/g, ' ').trim() ?? '');
    const watch = new MutationObserver(record);
    watch.observe(el.shadowRoot!, { childList: true, subtree: true, characterData: true });
    await loading;
    await el.updateComplete;
    watch.disconnect();
    record();
    expect(
      rendered.filter((text) => /Book an appointment|Call 02/.test(text)),
      'English rendered',
    ).to.deep.equal([]);
    expect(rendered.at(-1)).to.include('anrufen');
  });
});
