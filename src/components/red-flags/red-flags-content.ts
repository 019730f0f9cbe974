import { msg } from '@lit/localize';
import type { Sources } from '../../base/provenance.js';

export type Tier = 'emergency' | 'today' | 'soon';

/** The tiers, most urgent first: the order every widget shows them in. */
export const tiers: readonly Tier[] = ['emergency', 'today', 'soon'];

/** One warning sign; `id` is stable across languages and releases. */
export interface Sign {
  id: string;
  /** The checkbox label. */
  text: string;
  /**
   * Signs that nerves in the lower back are under pressure (rows 1–6): the exercise card repeats them, and for
   * rows 1–5 the GP may also be called at once.
   */
  nerve?: boolean;
}

/** When the built-in signs were last checked against the sources, shown in the widget's footer. ISO date. */
export const lastReviewed = '2026-12-04';

/** Source names shown in the footer (not translated: they are titles); the same in both countries. */
export const sources: Sources = () => [
  'NHS.UK',
  'GIRFT Cauda Equina Syndrome pathway',
  'KNGF-richtlijn Lage rugpijn (2021)',
  'NHG-Standaarden M54 en M55',
  'Finucane et al. 2020 (IFOMPT)',
  'Downie et al. 2013',
  'NICE NG65',
];

/** Rows 1–6: the signs of nerve pressure that the exercise card repeats. */
export function nerveSigns(): Sign[] {
  return builtInSigns().emergency.filter((sign) => sign.nerve);
}

/** The built-in signs per tier, in the order shown (clinical.md §1 and "Decisions already taken" 2). */
export function builtInSigns(): Record<Tier, Sign[]> {
  return {
    emergency: [
      // Row 1 — cauda equina. Sources: NHS.UK back pain; GIRFT CES pathway; CES symptom card; KNGF B.1.3; NHG M55;
      // Finucane 2020.
      {
        id: 'saddle-numbness',
        nerve: true,
        text: msg(
          'Your skin feels numb or tingly around your bottom, your genitals or the inside of your thighs, or toilet paper feels different when you wipe.',
          { id: 'red-flags.sign.saddle-numbness' },
        ),
      },
      // Row 2 — cauda equina. Sources: NHS.UK back pain; GIRFT CES pathway; CES symptom card; KNGF B.1.3; NHG M55;
      // Finucane 2020.
      {
        id: 'bladder-problems',
        nerve: true,
        text: msg(
          'New trouble peeing: it is hard to start or the stream is weak, you cannot pee at all, or you cannot feel when your bladder is full.',
          { id: 'red-flags.sign.bladder-problems' },
        ),
      },
      // Row 3 — cauda equina. Sources: NHS.UK back pain; GIRFT CES pathway; CES symptom card; KNGF B.1.3; NHG M55;
      // Finucane 2020.
      {
        id: 'leaking',
        nerve: true,
        text: msg('You leak pee or poo without meaning to, or you cannot hold it in. This is new for you.', {
          id: 'red-flags.sign.leaking',
        }),
      },
      // Row 4 — cauda equina. Sources: CES symptom card; GIRFT CES pathway; NHS.UK back pain.
      {
        id: 'sex-changes',
        nerve: true,
        text: msg(
          'New changes with sex: you feel less in your genitals, or you have trouble getting an erection or ejaculating (coming).',
          { id: 'red-flags.sign.sex-changes' },
        ),
      },
      // Row 5 — cauda equina, early signs. Sources: NHS.UK back pain (999 list); GIRFT CES pathway (two-sided leg
      // symptoms alone = "urgent" there [verify]).
      {
        id: 'both-legs',
        nerve: true,
        text: msg('Pain, tingling, numbness or weakness in both of your legs, not just in one.', {
          id: 'red-flags.sign.both-legs',
        }),
      },
      // Row 6 — nerve problem that gets worse quickly (nerve root or cauda equina). Sources: NHG M55; KNGF B.1.3;
      // NICE CKS-based red-flag lists.
      {
        id: 'leg-weakness-fast',
        nerve: true,
        text: msg(
          'Weakness in a leg that comes on suddenly or gets worse quickly: your foot drags or slaps down, your leg gives way, or walking gets hard.',
          { id: 'red-flags.sign.leg-weakness-fast' },
        ),
      },
      // Row 8 — broken bone or injury to the spine. Sources: NHS.UK back pain (999 list); Finucane 2020; KNGF.
      {
        id: 'serious-accident',
        text: msg(
          'Your back pain started after a serious accident, such as a car crash or a fall from a height, like from a ladder or a roof.',
          { id: 'red-flags.sign.serious-accident' },
        ),
      },
      // Row 16 — problem with the main artery in the belly (aortic aneurysm). Sources: emergency-medicine references
      // on ruptured AAA [verify wording with clinician].
      {
        id: 'belly-and-back-pain',
        text: msg(
          'Sudden, very bad pain in your belly and your back at the same time, and you feel faint, dizzy or sweaty. This can happen to anyone, but more often to men over 60 and to smokers.',
          { id: 'red-flags.sign.belly-and-back-pain' },
        ),
      },
      // Row 16 — heart or aortic dissection. Sources: NHS.UK back pain (999 list: chest pain).
      {
        id: 'chest-pain',
        text: msg('Pain or a tight, heavy feeling in your chest, together with your back pain.', {
          id: 'red-flags.sign.chest-pain',
        }),
      },
      // Row 10 with feeling very ill or confused — possible infection spreading (sepsis). Sources: NHS.UK back pain;
      // Finucane 2020; clinical.md §1 row 10 ("E if very ill/confused").
      {
        id: 'fever-confused',
        text: msg(
          'A fever or chills with your back pain, and you are confused, very drowsy or so ill that you can hardly get up.',
          { id: 'red-flags.sign.fever-confused' },
        ),
      },
    ],
    today: [
      // Row 9 — broken bone in a weak spine (osteoporotic fracture). Sources: Downie 2013; Finucane 2020.
      {
        id: 'sudden-pain-weak-bones',
        text: msg(
          'Sudden, strong back pain after a small fall or after lifting, and you have thin bones (osteoporosis), have used a steroid medicine such as prednisone for a long time, or are over about 65.',
          { id: 'red-flags.sign.sudden-pain-weak-bones' },
        ),
      },
      // Row 10 — infection in the spine. Sources: NHS.UK back pain (urgent card: high temperature); Finucane 2020;
      // KNGF.
      {
        id: 'fever',
        text: msg(
          'You have a fever or chills with your back pain: your temperature is 38 °C or higher, or you feel hot and shivery.',
          { id: 'red-flags.sign.fever' },
        ),
      },
      // Row 6 when it is not sudden — weakness from pressure on a nerve. Sources: NHG M55; KNGF B.1.3.
      {
        id: 'leg-weakness-slow',
        text: msg(
          'New weakness in a leg or foot that comes on slowly: for example your foot catches on the ground, or one leg feels less strong than the other.',
          { id: 'red-flags.sign.leg-weakness-slow' },
        ),
      },
      // Row 7 when it spreads fast or comes with weakness. Sources: NHG M55; KNGF.
      {
        id: 'numbness-with-weakness',
        text: msg(
          'New numbness or pins and needles in a leg or foot that spreads quickly, or that comes with weakness in that leg.',
          { id: 'red-flags.sign.numbness-with-weakness' },
        ),
      },
      // Row 12 with any leg weakness or numbness — possible pressure on the spinal cord or nerves. Sources: Downie
      // 2013; Finucane 2020.
      {
        id: 'cancer-with-leg-signs',
        text: msg('You have or have had cancer, you now have new back pain, and a leg feels weak or numb.', {
          id: 'red-flags.sign.cancer-with-leg-signs',
        }),
      },
      // Row 11 — infection in the spine. Sources: Finucane 2020; NICE CKS-based red-flag lists.
      {
        id: 'infection-risk',
        text: msg(
          'Back pain and a higher chance of infection: your immune system is weak (because of an illness or medicine), you inject drugs, you recently had an infection, or you recently had an injection or operation in your back.',
          { id: 'red-flags.sign.infection-risk' },
        ),
      },
      // Row 15 — cancer, broken bone or infection. Sources: NHS.UK back pain (urgent card).
      {
        id: 'upper-back-lump-shape',
        text: msg(
          'Pain high up in your back, between your shoulder blades, or a new lump on your back, or your back has changed shape.',
          { id: 'red-flags.sign.upper-back-lump-shape' },
        ),
      },
      // Row 20 — pain that painkillers do not control (often nerve pain). Sources: NHG M55; NHS.UK back pain.
      {
        id: 'pain-out-of-control',
        text: msg('Your pain is so bad that you cannot cope or cannot sleep, even when you take painkillers.', {
          id: 'red-flags.sign.pain-out-of-control',
        }),
      },
    ],
    soon: [
      // Row 7 — pressure on a nerve root (LRS). Sources: NHG M55; KNGF.
      {
        id: 'one-leg-numbness',
        text: msg('New numbness or pins and needles in one leg or foot that does not go away, or slowly spreads.', {
          id: 'red-flags.sign.one-leg-numbness',
        }),
      },
      // Row 12 — cancer that has spread to the spine. Sources: Downie 2013; Finucane 2020.
      {
        id: 'cancer-history',
        text: msg('You have cancer or have had cancer in the past, and now you have new back pain.', {
          id: 'red-flags.sign.cancer-history',
        }),
      },
      // Row 13 — cancer or infection. Sources: NHS.UK back pain (urgent card); KNGF; Finucane 2020.
      {
        id: 'weight-loss',
        text: msg('You are losing weight without trying: you are not eating less or moving more on purpose.', {
          id: 'red-flags.sign.weight-loss',
        }),
      },
      // Row 14 — cancer or infection. Sources: NHS.UK back pain (urgent card); NICE CKS-based red-flag lists.
      {
        id: 'constant-night-pain',
        text: msg('Your pain never goes away, does not ease when you rest or change position, or is worst at night.', {
          id: 'red-flags.sign.constant-night-pain',
        }),
      },
      // Row 17 — inflammatory back pain (axial spondyloarthritis). Sources: NICE NG65; NHG M54.
      {
        id: 'inflammatory-back-pain',
        text: msg(
          'Back pain for more than 3 months that began before you were 45, and it wakes you in the second half of the night, eases when you move, or comes with pain in your buttocks. More so if you also have psoriasis (a skin disease), an eye inflammation, inflammatory bowel disease, or family with axial spondyloarthritis (an inflammatory back condition).',
          { id: 'red-flags.sign.inflammatory-back-pain' },
        ),
      },
    ],
  };
}
