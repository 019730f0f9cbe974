import { expect } from '@open-wc/testing';
import { setLocale } from '../src/localization.js';
import { builtInSigns, tiers } from '../src/components/red-flags/red-flags-content.js';

describe('<physio-red-flags> wording of the signs', () => {
  afterEach(() => setLocale('en'));

  // Which tier each sign is in is checked sign by sign in red-flags.test.ts; here, that the words say why.
  it('a sign whose tier depends on a detail names that detail, in English and Dutch', async () => {
    const words = () => Object.fromEntries(tiers.flatMap((t) => builtInSigns()[t]).map((s) => [s.id, s.text]));
    const en = words();
    expect(en['fever-confused']).to.include('fever').and.include('confused');
    expect(en['leg-weakness-slow']).to.include('comes on slowly');
    expect(en['cancer-with-leg-signs']).to.include('have or have had cancer').and.include('weak or numb');
    await setLocale('nl');
    const nl = words();
    expect(nl['fever-confused']).to.include('Koorts').and.include('verward');
    expect(nl['leg-weakness-slow']).to.include('langzaam zwakker');
    expect(nl['cancer-with-leg-signs']).to.include('Je hebt of had kanker').and.include('zwak of doof');
  });

  it('the inflammatory back pain sign explains its terms and names buttock pain; belly and back pain can happen to anyone', async () => {
    const signs = Object.fromEntries(tiers.flatMap((t) => builtInSigns()[t]).map((s) => [s.id, s.text]));
    expect(signs['inflammatory-back-pain'])
      .to.include('buttocks')
      .and.include('psoriasis (a skin disease)')
      .and.include('axial spondyloarthritis (');
    expect(signs['inflammatory-back-pain']).to.not.include('Bechterew');
    expect(signs['belly-and-back-pain']).to.include('can happen to anyone');
    await setLocale('nl');
    const nl = Object.fromEntries(tiers.flatMap((t) => builtInSigns()[t]).map((s) => [s.id, s.text]));
    expect(nl['inflammatory-back-pain'])
      .to.include('bechterew (reuma van de rug)')
      .and.include('psoriasis (een huidziekte)')
      .and.include('billen');
  });
});
