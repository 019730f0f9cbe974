import type {
  PhysioBookingCta,
  PhysioBookEvent,
  PhysioExerciseCard,
  PhysioExerciseCompleteEvent,
  PhysioFaq,
  PhysioFaqToggleEvent,
  PhysioLoadBucket,
  PhysioBucketChangeEvent,
  PhysioRedFlags,
} from "physio-elements";

/**
 * This type can be used to create scoped tags for your components.
 *
 * Usage:
 *
 * ```ts
 * import type { ScopedElements } from "path/to/library/jsx-integration";
 *
 * declare module "my-library" {
 *   namespace JSX {
 *     interface IntrinsicElements
 *       extends ScopedElements<'test-', ''> {}
 *   }
 * }
 * ```
 *
 */
export type ScopedElements<Prefix extends string = "", Suffix extends string = ""> = {
  [Key in keyof CustomElements as `${Prefix}${Key}${Suffix}`]: CustomElements[Key];
};

type BaseProps = {
  /** Content added between the opening and closing tags of the element */
  children?: any;
  /** Used for declaratively styling one or more elements using CSS (Cascading Stylesheets) */
  class?: string;
  /** Used for declaratively styling one or more elements using CSS (Cascading Stylesheets) */
  className?: string;
  /** Takes an object where the key is the class name(s) and the value is a boolean expression. When true, the class is applied, and when false, it is removed. */
  classList?: Record<string, boolean | undefined>;
  /** Specifies the text direction of the element. */
  dir?: "ltr" | "rtl";
  /** Contains a space-separated list of the part names of the element that should be exposed on the host element. */
  exportparts?: string;
  /** For <label> and <output>, lets you associate the label with some control. */
  htmlFor?: string;
  /** Specifies whether the element should be hidden. */
  hidden?: boolean | string;
  /** A unique identifier for the element. */
  id?: string;
  /** Keys tell React which array item each component corresponds to */
  key?: string | number;
  /** Specifies the language of the element. */
  lang?: string;
  /** Contains a space-separated list of the part names of the element. Part names allows CSS to select and style specific elements in a shadow tree via the ::part pseudo-element. */
  part?: string;
  /** Use the ref attribute with a variable to assign a DOM element to the variable once the element is rendered. */
  ref?: unknown | ((e: unknown) => void);
  /** Adds a reference for a custom element slot */
  slot?: string;
  /** Prop for setting inline styles */
  style?: Record<string, string | number>;
  /** Overrides the default Tab button behavior. Avoid using values other than -1 and 0. */
  tabIndex?: number;
  /** Specifies the tooltip text for the element. */
  title?: string;
  /** Passing 'no' excludes the element content from being translated. */
  translate?: "yes" | "no";
};

type BaseEvents = {};

export type PhysioBookingCtaProps = {
  /** The online booking page: `https:`/`http:` or a link on the same site. Anything else (`javascript:`, `data:`,
garbage) warns and renders no link, while phone and e-mail keep working. */
  href?: PhysioBookingCta["href"];
  /** Phone number, shown as written and dialled through a normalised `tel:` link: `+32 (0)15 12 34 56` → `tel:+3215123456`. */
  phone?: PhysioBookingCta["phone"];
  /** E-mail address for booking requests, as a `mailto:` link. */
  email?: PhysioBookingCta["email"];
  /** The clinic's name, used in the heading. */
  clinic?: PhysioBookingCta["clinic"];
  /** Text of the main button instead of "Book online". */
  label?: PhysioBookingCta["label"];
  /** `nl` or `be`: which country's booking notes are shown. `nl`: no referral needed, usually supplementary insurance
(check your policy; some insurers still ask for a referral). `be`: a doctor's prescription, start within 2 months,
18 sessions a calendar year at the normal refund for ordinary low back pain, 25 % less back from a
kinesitherapeut who does not work at the official rates, what to bring. Both: when to book (not better after
2–6 weeks), and that a missed appointment is never paid back.
Default: `<meta name="physio-region">`, else `-BE`/`-NL` in `<html lang>`, else the language the page loaded with (French or German → `be`). */
  region?: PhysioBookingCta["region"];
  /** Hours before an appointment it can be cancelled free of charge (default 24); `0` hides the line. */
  "cancellation-hours"?: PhysioBookingCta["cancellationHours"];
  /** `inline` (default), `banner` (full width) or `floating`: a corner button that opens the options, can be closed for
this page view, respects safe areas and moves aside when the focused element would sit under it. The CDN file
then loads `physio-elements.booking-cta-floating-guard.js` from its own folder. */
  variant?: PhysioBookingCta["variant"];
  /** Heading level (2–6) of the heading in the inline and banner variants. */
  "heading-level"?: PhysioBookingCta["headingLevel"];

  /** Before a booking link is followed; cancelable. `detail: { channel: 'online' | 'phone' | 'email', href: string }`. */
  "onphysio-book"?: (e: CustomEvent<PhysioBookEvent>) => void;
};

export type PhysioExerciseCardProps = {
  /** A built-in exercise: `bird-dog`, `glute-bridge`, `single-leg-bridge`, `knee-rolls`, `bottom-to-heels`, `pelvic-tilt`, `walking`. */
  exercise?: PhysioExerciseCard["exercise"];
  /** Number of sets (overrides the default). */
  sets?: PhysioExerciseCard["sets"];
  /** Repetitions per set, per side with `per-side` (overrides the default). */
  reps?: PhysioExerciseCard["reps"];
  /** Seconds to hold each repetition (overrides the default). */
  hold?: PhysioExerciseCard["hold"];
  /** Count each side separately; `per-side="false"` turns a built-in default off. */
  "per-side"?: PhysioExerciseCard["perSide"];
  /** Seconds of rest between sets (overrides the default). */
  rest?: PhysioExerciseCard["rest"];
  /** Minutes (for a timed exercise such as walking). */
  minutes?: PhysioExerciseCard["minutes"];
  /** How many times a day. */
  "times-per-day"?: PhysioExerciseCard["timesPerDay"];
  /** How many days a week. */
  "days-per-week"?: PhysioExerciseCard["daysPerWeek"];
  /** An https video: YouTube (through youtube-nocookie.com), Vimeo (with do-not-track), or an `.mp4`/`.webm` file in a
plain `<video>`. Nothing is loaded until the reader clicks "Load video". */
  video?: PhysioExerciseCard["video"];
  /** Heading level (2–6) of the exercise's name (default 3); its sections are one level deeper. */
  "heading-level"?: PhysioExerciseCard["headingLevel"];
  /** Emergency number in the safety line (default 112). */
  "emergency-number"?: PhysioExerciseCard["emergencyNumber"];
  /** `nl` or `be`: the country of the safety line's routes (huisartsenpost or GP on call) and job title
(fysiotherapeut or kinesitherapeut).
Default: `<meta name="physio-region">`, else `-BE`/`-NL` in `<html lang>`, else the language the page loaded with (French or German → `be`). */
  region?: PhysioExerciseCard["region"];

  /** Every set of a guided session is done. `detail: { exercise: string, sets: number }`. */
  "onphysio-exercise-complete"?: (e: CustomEvent<PhysioExerciseCompleteEvent>) => void;
};

export type PhysioFaqProps = {
  /** Built-in content shown when the element has no `<details>` children: the low-back-pain FAQ (13 questions) in the page's language. */
  topic?: PhysioFaq["topic"];
  /** Opening one question closes the others. */
  single?: PhysioFaq["single"];
  /** Heading level (2–6) of the questions, so they fit the page's outline. */
  "heading-level"?: PhysioFaq["headingLevel"];
  /** Adds a schema.org `FAQPage` (`<script type="application/ld+json">` child) matching the visible text. The CDN file
then loads `physio-elements.faq-structured-data.js` from its own folder. */
  "structured-data"?: PhysioFaq["structuredData"];
  /** Shows a search field over questions and answers: it hides what does not match and announces e.g. "3 of 13 questions match." */
  searchable?: PhysioFaq["searchable"];
  /** `nl` or `be`: the country of the built-in answers' routes, numbers, job title and referral and refund rules.
Default: `<meta name="physio-region">`, else `-BE`/`-NL` in `<html lang>`, else the language the page loaded with (French or German → `be`). */
  region?: PhysioFaq["region"];
  /** Emergency number (default 112), always shown as a call link under the questions and in "When should I get help
urgently?", which repeats the red-flag checklist's three tiers word for word. */
  "emergency-number"?: PhysioFaq["emergencyNumber"];
  /** GP-on-call number outside office hours. Default: 1733 in Belgium; none in the Netherlands (regional). */
  "after-hours-number"?: PhysioFaq["afterHoursNumber"];

  /** A question was opened or closed (sent once the change is painted). `detail: { id: string, open: boolean }`. */
  "onphysio-faq-toggle"?: (e: CustomEvent<PhysioFaqToggleEvent>) => void;
};

export type PhysioLoadBucketProps = {
  /** Starting point: `empty`, or `moving-house` (moving, a hectic time, a new job, a bad night: nearly full). */
  preset?: PhysioLoadBucket["preset"];
  /** `nl` or `be`: which country's guideline the sources line names (KNGF or KCE).
Default: `<meta name="physio-region">`, else `-BE`/`-NL` in `<html lang>`, else the language the page loaded with (French or German → `be`). */
  region?: PhysioLoadBucket["region"];
  /** Heading level (2–6) of the title; the two lists get headings one level deeper. */
  "heading-level"?: PhysioLoadBucket["headingLevel"];

  /** The bucket started or stopped overflowing. `detail: { overflowing: boolean }`. */
  "onphysio-bucket-change"?: (e: CustomEvent<PhysioBucketChangeEvent>) => void;
};

export type PhysioRedFlagsProps = {
  /** `nl` or `be`: which country's routes and wording are shown (huisartsenpost and SEH, or 1733 and the emergency
department).
Default: `<meta name="physio-region">`, else `-BE`/`-NL` in `<html lang>`, else the language the page loaded with (French or German → `be`). */
  region?: PhysioRedFlags["region"];
  /** Emergency number (default 112), shown first and dialled by its link. */
  "emergency-number"?: PhysioRedFlags["emergencyNumber"];
  /** GP on call outside office hours. Default 1733 in Belgium; none in the Netherlands (GP posts are regional). */
  "after-hours-number"?: PhysioRedFlags["afterHoursNumber"];
  /** Heading level (2–6) of the title; the tiers are one level deeper. */
  "heading-level"?: PhysioRedFlags["headingLevel"];
  /** A plain information panel: the same signs and actions, without checkboxes. */
  static?: PhysioRedFlags["staticPanel"];
};

export type CustomElements = {
  /**
   * Booking call-to-action (online, phone, e-mail) with Dutch or Belgian booking notes.
   * ---
   *
   *
   * ### **Events:**
   *  - **physio-book** - Before a booking link is followed; cancelable. `detail: { channel: 'online' | 'phone' | 'email', href: string }`.
   *
   * ### **Methods:**
   *
   * - **define(tag: _string_): _void_** - Registers the element once. A clinic page may load our script twice (a theme and a plugin, or two versions):
   * that must never throw, so a taken tag only warns, once.
   *
   *
   * ### **CSS Properties:**
   *  - **--physio-color-accent** - The booking button and links. _(default: #005eb8)_
   * - **--physio-color-text** - Text colour. _(default: currentColor)_
   * - **--physio-color-surface** - Background (the banner and floating panel default to white). _(default: transparent)_
   * - **--physio-color-border** - Borders. _(default: #737373)_
   * - **--physio-radius** - Corner radius. _(default: 0.5em)_
   * - **--physio-space** - Spacing. _(default: 1em)_
   * - **--physio-font-family** - Font; by default the page's. _(default: inherit)_
   *
   * ### **CSS Parts:**
   *  - **button** - The main booking link.
   * - **phone** - The call link.
   * - **email** - The e-mail link.
   * - **notes** - The notes: when to book, referral or prescription, refunds, what to bring, cancellation.
   * - **sources** - Sources and review date of the notes.
   * - **close** - The close button of the floating variant.
   * - **disclaimer** - The "general information, not a diagnosis" line.
   */
  "physio-booking-cta": Partial<PhysioBookingCtaProps & BaseProps & BaseEvents>;

  /**
   * Exercise card with built-in low-back exercises, dosage, guided session and a print layout.
   * ---
   *
   *
   * ### **Events:**
   *  - **physio-exercise-complete** - Every set of a guided session is done. `detail: { exercise: string, sets: number }`.
   *
   * ### **Methods:**
   *  - **define(tag: _string_): _void_** - Registers the element once. A clinic page may load our script twice (a theme and a plugin, or two versions):
   * that must never throw, so a taken tag only warns, once.
   *
   *
   * ### **Slots:**
   *  - **name** - The exercise's name (a clinic's own exercise).
   * - **media** - An image or video of the exercise (a clinic's own exercise).
   * - _default_ - The steps, as an `<ol>` (a clinic's own exercise).
   *
   * ### **CSS Properties:**
   *  - **--physio-color-accent** - Buttons, the moving part of the illustration, progress. _(default: #005eb8)_
   * - **--physio-color-urgent** - The safety line. _(default: #c4221a)_
   * - **--physio-color-text** - Text and the illustration's lines. _(default: currentColor)_
   * - **--physio-color-surface** - Card background. _(default: transparent)_
   * - **--physio-color-border** - Card border. _(default: #737373)_
   * - **--physio-radius** - Corner radius. _(default: 0.5em)_
   * - **--physio-space** - Spacing. _(default: 1em)_
   * - **--physio-font-family** - Font; by default the page's. _(default: inherit)_
   *
   * ### **CSS Parts:**
   *  - **media** - The illustration, slotted media or video.
   * - **steps** - The list of steps.
   * - **dosage** - The dosage line, e.g. "3 × 10 per side, hold 5 s".
   * - **session** - The guided session panel.
   * - **safety** - The "stop and get help" line, always shown.
   * - **disclaimer** - The "general information, not a diagnosis" line.
   * - **sources** - Sources and review date of a built-in exercise.
   */
  "physio-exercise-card": Partial<PhysioExerciseCardProps & BaseProps & BaseEvents>;

  /**
   * FAQ accordion with built-in low-back-pain questions, search, deep links and FAQPage structured data.
   * ---
   *
   *
   * ### **Events:**
   *  - **physio-faq-toggle** - A question was opened or closed (sent once the change is painted). `detail: { id: string, open: boolean }`.
   *
   * ### **Methods:**
   *  - **expandAll(): _void_** - Opens every visible question.
   * - **collapseAll(): _void_** - Closes every question.
   * - **define(tag: _string_): _void_** - Registers the element once. A clinic page may load our script twice (a theme and a plugin, or two versions):
   * that must never throw, so a taken tag only warns, once.
   *
   *
   * ### **Slots:**
   *  - _default_ - `<details>` elements, each with a `<summary>`. Anything else (stray `<p>`, `<br>`) is not shown.
   *
   * ### **CSS Properties:**
   *  - **--physio-color-accent** - Links, buttons and the focus ring. _(default: #005eb8)_
   * - **--physio-color-urgent** - Urgent call-outs. _(default: #c4221a)_
   * - **--physio-color-text** - Text colour. _(default: currentColor)_
   * - **--physio-color-surface** - Background of buttons and fields. _(default: transparent)_
   * - **--physio-color-border** - Lines between questions and field borders. _(default: #737373)_
   * - **--physio-radius** - Corner radius of buttons. _(default: 0.5em)_
   * - **--physio-space** - Spacing between parts. _(default: 1em)_
   * - **--physio-font-family** - Font; by default the page's. _(default: inherit)_
   *
   * ### **CSS Parts:**
   *  - **item** - Each built-in question with its answer (`<details>`). Style your own `<details>` directly.
   * - **question** - Each built-in question (`<summary>`).
   * - **answer** - Each built-in answer.
   * - **controls** - The row with "Expand all" / "Collapse all".
   * - **search** - The search field and its label.
   * - **disclaimer** - The "general information, not a diagnosis" line.
   * - **emergency** - The always-visible emergency call link.
   * - **sources** - Sources and review date of the built-in questions.
   */
  "physio-faq": Partial<PhysioFaqProps & BaseProps & BaseEvents>;

  /**
   * Interactive "bucket" explainer: what fills your load capacity, what makes room, and the last drop.
   * ---
   *
   *
   * ### **Events:**
   *  - **physio-bucket-change** - The bucket started or stopped overflowing. `detail: { overflowing: boolean }`.
   *
   * ### **Methods:**
   *  - **reset(): _void_** - Back to the preset's starting point.
   * - **define(tag: _string_): _void_** - Registers the element once. A clinic page may load our script twice (a theme and a plugin, or two versions):
   * that must never throw, so a taken tag only warns, once.
   *
   *
   * ### **CSS Properties:**
   *  - **--physio-color-accent** - Buttons and the water. _(default: #005eb8)_
   * - **--physio-color-urgent** - The overflow note. _(default: #c4221a)_
   * - **--physio-color-text** - Text and the bucket's outline. _(default: currentColor)_
   * - **--physio-color-surface** - Background of buttons that are not pressed. _(default: transparent)_
   * - **--physio-color-border** - Borders. _(default: #737373)_
   * - **--physio-radius** - Corner radius of the buttons. _(default: 0.5em)_
   * - **--physio-space** - Spacing. _(default: 1em)_
   * - **--physio-font-family** - Font; by default the page's. _(default: inherit)_
   * - **--physio-duration** - How long the water and the bucket take to change (0s: no animation). _(default: 450ms)_
   * - **--physio-sticky-top** - Space above the sticky bar on phones, e.g. a fixed header's height. _(default: 0)_
   *
   * ### **CSS Parts:**
   *  - **bucket** - The bucket drawing (SVG).
   * - **loads** - The list of loads.
   * - **builders** - The list of things that make room.
   * - **status** - The state in words (also announced).
   * - **disclaimer** - The "general information, not a diagnosis" line.
   * - **sources** - Sources and review date.
   */
  "physio-load-bucket": Partial<PhysioLoadBucketProps & BaseProps & BaseEvents>;

  /**
   * Red-flag checklist: when to call 112, your GP today, or your GP within a few days.
   * ---
   *
   *
   * ### **Methods:**
   *  - **define(tag: _string_): _void_** - Registers the element once. A clinic page may load our script twice (a theme and a plugin, or two versions):
   * that must never throw, so a taken tag only warns, once.
   *
   *
   * ### **Slots:**
   *  - _default_ - Fallback shown only before the element upgrades (or without JavaScript), e.g. "In an emergency call 112".
   *
   * ### **CSS Properties:**
   *  - **--physio-color-urgent** - Emergency tier. _(default: #c4221a)_
   * - **--physio-color-accent** - Links, checkboxes and the "soon" tier. _(default: #005eb8)_
   * - **--physio-color-text** - Text colour. _(default: currentColor)_
   * - **--physio-color-surface** - Background of the tiers. _(default: transparent)_
   * - **--physio-color-border** - Borders. _(default: #737373)_
   * - **--physio-radius** - Corner radius of the tiers. _(default: 0.5em)_
   * - **--physio-space** - Spacing. _(default: 1em)_
   * - **--physio-font-family** - Font; by default the page's. _(default: inherit)_
   *
   * ### **CSS Parts:**
   *  - **tier** - Each of the three tiers.
   * - **emergency** - The emergency tier.
   * - **today** - The "call your GP today" tier.
   * - **soon** - The "GP within a few days" tier.
   * - **action** - What to do, in each tier.
   * - **disclaimer** - The "general information, not a diagnosis" line.
   * - **sources** - Sources and the date the content was last reviewed.
   */
  "physio-red-flags": Partial<PhysioRedFlagsProps & BaseProps & BaseEvents>;
};
