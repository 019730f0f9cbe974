import { msg, str } from '@lit/localize';
import type { Region } from '../../base/region.js';
import { accessRules, missedAppointment, notBetterAdvice, physioTitle } from '../../base/care-access.js';
import type { Sources } from '../../base/provenance.js';

/** When the built-in answers were last checked against the sources (ISO date), shown under the FAQ. */
export const lastReviewed = '2026-12-04';

/** Source names shown under the built-in FAQ (titles, not translated); the last one is the region's access rules. */
export const sources: Sources = (region) => {
  return [
    'NICE NG59',
    'KNGF-richtlijn Lage rugpijn (2021)',
    'NHG-Standaarden M54 en M55',
    'KCE 287',
    'NHS.UK',
    'GIRFT Cauda Equina Syndrome pathway',
    region === 'be' ? 'RIZIV/INAMI' : 'Directe toegankelijkheid fysiotherapie (DTF)',
  ];
};

/** One built-in question; `slug` is stable across languages so deep links (#faq-<slug>) keep working. */
export interface FaqEntry {
  slug: string;
  question: string;
  /** Paragraphs of plain text. */
  answer: string[];
  /**
   * The component adds the red-flag checklist's three tiers after the paragraphs, word for word (signs, actions and
   * call links), so the answer never says less than the checklist.
   */
  urgent?: boolean;
}

/**
 * The built-in low-back-pain FAQ. Facts: clinical.md §5–§6 (sources: NICE NG59, KNGF 2021, NHG M54/M55,
 * KCE 287, NHS.UK back pain, GIRFT CES pathway, Finucane 2020, DTF, Besluit zorgverzekering, RIZIV/INAMI).
 * Wording follows clinical.md §7: no diagnosis, no fear words, no fixed timelines, no medicine doses.
 * Called at render time so msg() returns the active locale.
 */
export function lowBackPainFaq(region: Region): FaqEntry[] {
  const physio = physioTitle(region);
  return [
    // Facts: NHG M54, KNGF 2021 C.1 (most low back pain has no single cause; serious cause < 1%).
    {
      slug: 'is-it-serious',
      question: msg('Is my back pain serious?', { id: 'faq.lbp.is-it-serious.q' }),
      answer: [
        msg('Most low back pain is not caused by anything serious. In most people, no single cause can be found.', {
          id: 'faq.lbp.is-it-serious.a1',
        }),
        msg('A serious cause is rare: fewer than 1 in 100 people with back pain have one.', {
          id: 'faq.lbp.is-it-serious.a2',
        }),
        msg('Read the warning signs under "When should I get help urgently?" and act on them if they apply to you.', {
          id: 'faq.lbp.is-it-serious.a3',
        }),
      ],
    },
    // Facts: clinical.md §1 and decisions 1–2 (NHS.UK back pain, GIRFT CES pathway, KNGF B.1.3, NHG M55, Finucane
    // 2020): all three tiers, taken from the red-flag checklist by the component.
    {
      slug: 'urgent-help',
      question: msg('When should I get help urgently?', { id: 'faq.lbp.urgent-help.q' }),
      urgent: true,
      answer: [],
    },
    // Facts: KNGF 2021 C.1 (about half fully better at 3 months; flare-ups common), NICE NG59, source clinic
    // pages (most improve within weeks).
    {
      slug: 'how-long',
      question: msg('How long will it last?', { id: 'faq.lbp.how-long.q' }),
      answer: [
        msg('Most people feel a lot better within a few weeks to a few months. For some people it takes longer.', {
          id: 'faq.lbp.how-long.a1',
        }),
        msg('Back pain can also come back later.', { id: 'faq.lbp.how-long.a2' }),
        msg(
          'Flare-ups (times with more pain) are common and usually settle again. They are usually not a sign of harm.',
          {
            id: 'faq.lbp.how-long.a3',
          },
        ),
        // Row 19 (tier P): NHG M54 (check what stands in the way of recovery at 3–4 weeks); KNGF B.2.
        notBetterAdvice(region),
      ],
    },
    // Facts: NICE NG59, NHG M54, KNGF 2021, KCE 287 (stay active; long bed rest slows recovery).
    {
      slug: 'rest',
      question: msg('Should I rest in bed?', { id: 'faq.lbp.rest.q' }),
      answer: [
        msg('No. Lying in bed for a long time usually slows your recovery. Try to stay as active as you can.', {
          id: 'faq.lbp.rest.a1',
        }),
        msg('Keep up your daily activities as much as you can, even if you take it easy at first.', {
          id: 'faq.lbp.rest.a2',
        }),
        msg('Short breaks are fine. Change position often and go for a short walk every day.', {
          id: 'faq.lbp.rest.a3',
        }),
      ],
    },
    // Facts: NHG M54/M55, NICE NG59 (no routine imaging; scans for red flags or when surgery is considered).
    {
      slug: 'scan',
      question: msg('Do I need an X-ray or MRI?', { id: 'faq.lbp.scan.q' }),
      answer: [
        msg('Usually not. For most low back pain, a scan rarely changes the care or advice you get.', {
          id: 'faq.lbp.scan.a1',
        }),
        msg('Doctors usually keep scans for people with warning signs, or for when an operation is being considered.', {
          id: 'faq.lbp.scan.a2',
        }),
        msg('Your GP can tell you if a scan would be useful for you.', { id: 'faq.lbp.scan.a3' }),
      ],
    },
    // Facts: KNGF 2021 C.2.2 (build up time-contingent), Guy's and St Thomas' (hurt is not harm).
    {
      slug: 'move-with-pain',
      question: msg('Is it OK to move when it hurts?', { id: 'faq.lbp.move-with-pain.q' }),
      answer: [
        msg('Yes, within limits. Some pain when you move is common. Hurt is not the same as harm.', {
          id: 'faq.lbp.move-with-pain.a1',
        }),
        msg(
          'Build up step by step. Let a plan guide how much you do, such as a few minutes more each day, not the pain.',
          {
            id: 'faq.lbp.move-with-pain.a2',
          },
        ),
        msg(str`If the pain gets much worse or you notice new symptoms, talk to your GP or ${physio}.`, {
          id: 'faq.lbp.move-with-pain.a3',
        }),
      ],
    },
    // Facts: NICE NG59, KNGF 2021 C.2.2 (no single exercise type is clearly best; many kinds count).
    {
      slug: 'best-exercise',
      question: msg('Which exercise is best?', { id: 'faq.lbp.best-exercise.q' }),
      answer: [
        msg('The best exercise is the one you enjoy and keep doing. No single type works clearly better than others.', {
          id: 'faq.lbp.best-exercise.a1',
        }),
        msg('Walking, strength exercises, stretching, yoga, Pilates and group classes all count.', {
          id: 'faq.lbp.best-exercise.a2',
        }),
        msg('Start small and make it a regular part of your week.', { id: 'faq.lbp.best-exercise.a3' }),
      ],
    },
    // Facts: NICE NG59 (medicine only as part of care; no paracetamol alone). No doses, by design (§7).
    {
      slug: 'painkillers',
      question: msg('What about painkillers?', { id: 'faq.lbp.painkillers.q' }),
      answer: [
        msg('Ask your pharmacist or GP which painkiller suits you and how to use it safely.', {
          id: 'faq.lbp.painkillers.a1',
        }),
        msg('The right choice depends on your health and on any other medicines you take.', {
          id: 'faq.lbp.painkillers.a2',
        }),
        msg('Painkillers can help you stay active. But medicine alone is not the treatment: moving is the key part.', {
          id: 'faq.lbp.painkillers.a3',
        }),
      ],
    },
    // Facts: KNGF 2021 C.4.3 (no TENS, no interferential, no massage alone), NICE NG59 (no belts or corsets;
    // manual therapy or massage only as part of an exercise programme).
    {
      slug: 'massage-tens-brace',
      question: msg('Do massage, TENS or a back brace help?', { id: 'faq.lbp.massage-tens-brace.q' }),
      answer: [
        msg('Exercise and staying active are the main treatment. These treatments add little, if anything.', {
          id: 'faq.lbp.massage-tens-brace.a1',
        }),
        msg(
          'Guidelines do not advise TENS (a device that sends mild electric pulses through the skin) or back braces.',
          { id: 'faq.lbp.massage-tens-brace.a2' },
        ),
        msg(
          'Massage on its own is not advised. Hands-on treatment of the back (manipulation or mobilisation) may be added to an exercise plan, but not used instead of it.',
          { id: 'faq.lbp.massage-tens-brace.a3' },
        ),
      ],
    },
    // Facts: NHG M55, KNGF 2021 (most leg pain with back pain is referred pain; nerve-root pain usually goes below
    // the knee, mostly from a disc herniation, and usually recovers without surgery; §1 row 18). Never diagnose (§7.1).
    {
      slug: 'sciatica',
      question: msg('Is it a disc problem (hernia) or sciatica?', { id: 'faq.lbp.sciatica.q' }),
      answer: [
        msg(
          'Back pain often spreads into your bottom or thigh. Usually this pain comes from your back itself, not from a trapped nerve.',
          { id: 'faq.lbp.sciatica.a1' },
        ),
        msg(
          'When a nerve in your lower back is irritated, the pain usually goes below the knee, sometimes with tingling. Often a disc problem (hernia) causes this: a disc is a soft cushion between the bones of your back. It usually gets better without an operation.',
          { id: 'faq.lbp.sciatica.a2' },
        ),
        msg(
          str`Only your GP or ${physio} can check what is going on for you. Tell them if your leg or foot feels numb or weak.`,
          { id: 'faq.lbp.sciatica.a3' },
        ),
      ],
    },
    // Facts: NHG M54, NICE NG59 (staying at work, with adjustments, helps recovery).
    {
      slug: 'work',
      question: msg('Should I keep working?', { id: 'faq.lbp.work.q' }),
      answer: [
        msg('Yes, if you can. Staying at work, or going back soon, usually helps you recover.', {
          id: 'faq.lbp.work.a1',
        }),
        msg('You do not have to wait until all the pain is gone.', { id: 'faq.lbp.work.a2' }),
        msg('Ask your employer about changes for a while, such as other tasks, shorter days or more breaks.', {
          id: 'faq.lbp.work.a3',
        }),
      ],
    },
    // Facts: Annals of Medicine 2022 meta-analysis, Steffens 2016 [verify] (exercise plus education lowers
    // the chance of a new episode).
    {
      slug: 'prevent',
      question: msg('Can I stop it coming back?', { id: 'faq.lbp.prevent.q' }),
      answer: [
        msg('Not always, but you can lower the chance.', { id: 'faq.lbp.prevent.a1' }),
        msg('Exercising regularly helps, especially together with learning more about how back pain works.', {
          id: 'faq.lbp.prevent.a2',
        }),
        msg(
          'Pick activities you enjoy, so you keep doing them. When you sit for a long time, get up and walk around.',
          {
            id: 'faq.lbp.prevent.a3',
          },
        ),
      ],
    },
    // Facts: NL — direct access (DTF) since 2006, Besluit zorgverzekering Bijlage 1 (ordinary low back pain:
    // supplementary insurance or self-pay). BE — RIZIV/INAMI nomenclature art. 7 (prescription; start within
    // 2 months; 18 sessions a calendar year for a common condition; 25 % less back from a non-conventioned kine).
    {
      slug: 'referral',
      question:
        region === 'be'
          ? msg('Do I need a prescription, and do I get money back?', { id: 'faq.lbp.referral.be.q' })
          : msg('Do I need a referral, and is it covered?', { id: 'faq.lbp.referral.q' }),
      answer: [...accessRules(region), missedAppointment(region)],
    },
  ];
}
