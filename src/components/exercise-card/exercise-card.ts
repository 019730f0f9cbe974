import { html, nothing, type PropertyValues } from 'lit';
import { isServer } from 'lit-html/is-server.js';
import { msg, str } from '@lit/localize';
import { PhysioElement } from '../../base/physio-element.js';
import { hostStyles } from '../../base/host.styles.js';
import { textStyles } from '../../base/text.styles.js';
import { contentLanguage } from '../../base/content-language.js';
import { disclaimer, emergencyCall } from '../../base/safety.js';
import { sourcesLine } from '../../base/provenance.js';
import { heading } from '../../base/heading.js';
import { PageLanguageController } from '../../base/page-language.js';
import { resolveNumbers, type PhoneNumbers } from '../../base/phone-numbers.js';
import { resolveRegion, type Region } from '../../base/region.js';
import { physioTitle } from '../../base/care-access.js';
import { nerveSigns } from '../red-flags/red-flags-content.js';
import { tierAction, tierHeading } from '../red-flags/red-flags-actions.js';
import { pickHeadingLevel, pickNumber, warnOnce } from '../../base/warn.js';
import { PhysioExerciseCompleteEvent } from '../../events/exercise-complete.js';
import {
  builtInExercise,
  exerciseIds,
  type Dosage,
  type Exercise,
  type ExerciseId,
  lastReviewed,
  sources,
} from './exercise-card-content.js';
import { formatDosage } from './exercise-card-dosage.js';
import { exerciseIllustration } from './exercise-card-illustrations.js';
import { ExerciseSession, type Cue } from './exercise-card-session.js';
import { cueText, sessionView } from './exercise-card-session-view.js';
import { videoSource } from './exercise-card-video.js';
import { exerciseCardStyles } from './exercise-card.styles.js';

const perSideConverter = { fromAttribute: (value: string | null) => (value === null ? undefined : value !== 'false') };

/**
 * One exercise as a card: illustration, goal, start position, steps, dosage, easier and harder variations, what is
 * normal to feel and when to stop, and a guided session that counts sets and repetitions and times holds and
 * rests. Prints as a clean paper card. Pick a built-in exercise with `exercise`, or leave it out and put a
 * clinic's own exercise in the slots.
 *
 * @tag physio-exercise-card
 * @summary Exercise card with built-in low-back exercises, dosage, guided session and a print layout.
 * @slot name - The exercise's name (a clinic's own exercise).
 * @slot media - An image or video of the exercise (a clinic's own exercise).
 * @slot - The steps, as an `<ol>` (a clinic's own exercise).
 * @fires {PhysioExerciseCompleteEvent} physio-exercise-complete - Every set of a guided session is done. `detail: { exercise: string, sets: number }`.
 * @csspart media - The illustration, slotted media or video.
 * @csspart steps - The list of steps.
 * @csspart dosage - The dosage line, e.g. "3 × 10 per side, hold 5 s".
 * @csspart session - The guided session panel.
 * @csspart safety - The "stop and get help" line, always shown.
 * @csspart disclaimer - The "general information, not a diagnosis" line.
 * @csspart sources - Sources and review date of a built-in exercise.
 * @cssprop [--physio-color-accent=#005eb8] - Buttons, the moving part of the illustration, progress.
 * @cssprop [--physio-color-urgent=#c4221a] - The safety line.
 * @cssprop [--physio-color-text=currentColor] - Text and the illustration's lines.
 * @cssprop [--physio-color-surface=transparent] - Card background.
 * @cssprop [--physio-color-border=#737373] - Card border.
 * @cssprop [--physio-radius=0.5em] - Corner radius.
 * @cssprop [--physio-space=1em] - Spacing.
 * @cssprop [--physio-font-family=inherit] - Font; by default the page's.
 * @cssstate session - A guided session is running.
 */
export class PhysioExerciseCard extends PhysioElement {
  static override styles = [hostStyles, textStyles, exerciseCardStyles];
  static override properties = {
    exercise: {},
    sets: { type: Number },
    reps: { type: Number },
    hold: { type: Number },
    perSide: { attribute: 'per-side', converter: perSideConverter },
    rest: { type: Number },
    minutes: { type: Number },
    timesPerDay: { type: Number, attribute: 'times-per-day' },
    daysPerWeek: { type: Number, attribute: 'days-per-week' },
    video: {},
    headingLevel: { type: Number, attribute: 'heading-level' },
    emergencyNumber: { attribute: 'emergency-number' },
    region: {},
    videoLoaded: { state: true },
    cue: { state: true },
  };

  /** A built-in exercise: `bird-dog`, `glute-bridge`, `single-leg-bridge`, `knee-rolls`, `bottom-to-heels`, `pelvic-tilt`, `walking`. */
  exercise?:
    'bird-dog' | 'glute-bridge' | 'single-leg-bridge' | 'knee-rolls' | 'bottom-to-heels' | 'pelvic-tilt' | 'walking';
  /** Number of sets (overrides the default). */
  sets?: number;
  /** Repetitions per set, per side with `per-side` (overrides the default). */
  reps?: number;
  /** Seconds to hold each repetition (overrides the default). */
  hold?: number;
  /** Count each side separately; `per-side="false"` turns a built-in default off. */
  perSide?: boolean;
  /** Seconds of rest between sets (overrides the default). */
  rest?: number;
  /** Minutes (for a timed exercise such as walking). */
  minutes?: number;
  /** How many times a day. */
  timesPerDay?: number;
  /** How many days a week. */
  daysPerWeek?: number;
  /**
   * An https video: YouTube (through youtube-nocookie.com), Vimeo (with do-not-track), or an `.mp4`/`.webm` file in a
   * plain `<video>`. Nothing is loaded until the reader clicks "Load video".
   */
  video?: string;
  /** Heading level (2–6) of the exercise's name (default 3); its sections are one level deeper. */
  headingLevel = 3;
  /** Emergency number in the safety line (default 112). */
  emergencyNumber?: string;
  /**
   * `nl` or `be`: the country of the safety line's routes (huisartsenpost or GP on call) and job title
   * (fysiotherapeut or kinesitherapeut).
   * Default: `<meta name="physio-region">`, else `-BE`/`-NL` in `<html lang>`, else the language the page loaded with (French or German → `be`).
   */
  region?: 'nl' | 'be';

  private videoLoaded = false;
  private cue = '';
  readonly #session = new ExerciseSession(
    this,
    (cue) => this.#say(cue),
    (sets) => this.dispatchEvent(new PhysioExerciseCompleteEvent({ exercise: this.#exerciseName(), sets })),
  );

  constructor() {
    super();
    new PageLanguageController(this);
  }

  /** The built-in exercise's id, validated (the content itself is built only where it is rendered). */
  #builtInId(): ExerciseId | undefined {
    if (!this.exercise) return undefined;
    const id = this.exercise.trim().toLowerCase();
    if ((exerciseIds as readonly string[]).includes(id)) return id as ExerciseId;
    warnOnce(
      this,
      `<physio-exercise-card> exercise="${this.exercise}" is not a built-in exercise (${exerciseIds.join(', ')}).`,
    );
    return undefined;
  }

  #builtIn(): Exercise | undefined {
    const id = this.#builtInId();
    return id && builtInExercise(id);
  }

  /**
   * Whether the shadow root came from a server (declarative shadow DOM) and has not been rendered on the client yet.
   * Hydration adopts the server's attribute values without writing them, so its render must produce the same ones.
   */
  #hydrating = !isServer && this.shadowRoot !== null;

  #exerciseName(): string {
    // A server renders the shadow root before, and without, the host's children: a clinic's own exercise is named
    // there as one without a name slot (the heading's slot still shows the name). Hydration repeats that, and the
    // render after it names the session from the slot (see firstUpdated).
    const fromSlot = !isServer && !this.#hydrating && this.querySelector('[slot=name]')?.textContent?.trim();
    return this.#builtInId() ?? (fromSlot || 'custom');
  }

  /** The dosage: attributes override the built-in default; bad values warn and keep the default. */
  #dosage(base?: Dosage): Dosage | undefined {
    const d = base ?? { sets: 0, reps: 0 };
    const read = (attribute: string, value: number | undefined, min: number, max: number, fallback?: number) => {
      if (value === undefined || value === null) return fallback;
      const n = pickNumber(this, attribute, value, min, max, fallback ?? -1);
      return n === -1 ? undefined : n;
    };
    const dosage: Dosage = {
      sets: read('sets', this.sets, 1, 20, d.sets) ?? 0,
      reps: read('reps', this.reps, 1, 100, d.reps) ?? 0,
      hold: read('hold', this.hold, 0, 120, d.hold),
      rest: read('rest', this.rest, 0, 600, d.rest),
      minutes: read('minutes', this.minutes, 1, 180, d.minutes),
      timesPerDay: read('times-per-day', this.timesPerDay, 1, 10, d.timesPerDay),
      daysPerWeek: read('days-per-week', this.daysPerWeek, 1, 7, d.daysPerWeek),
      perSide: this.perSide ?? d.perSide ?? false,
    };
    return dosage.sets && (dosage.reps || dosage.minutes) ? dosage : undefined;
  }

  #say(cue: Cue): void {
    const text = cueText(cue, this.#session.plan.sets);
    // The same sentence twice in a row would not be announced again; a trailing no-break space makes it new.
    this.cue = text === this.cue ? `${text}\u00a0` : text;
  }

  #startSession(dosage: Dosage): void {
    const timed = Boolean(dosage.minutes);
    this.#session.start({
      sets: dosage.sets,
      reps: timed ? 1 : dosage.reps,
      perSide: !timed && Boolean(dosage.perSide),
      hold: timed ? dosage.minutes! * 60 : (dosage.hold ?? 0),
      rest: dosage.rest ?? 0,
      timed: timed ? (this.#builtInId() === 'walking' ? 'walk' : 'timer') : undefined,
    });
  }

  /** Whether keyboard focus was in a part that the next render replaces (session buttons, "Load video"). */
  #focusWasIn?: 'session' | 'video';

  protected override willUpdate(changed: PropertyValues<this>): void {
    if (changed.has('video')) this.videoLoaded = false;
    const active = (this.renderRoot as ShadowRoot | undefined)?.activeElement;
    this.#focusWasIn = active?.closest('.session') ? 'session' : active?.closest('.video') ? 'video' : undefined;
  }

  protected override firstUpdated(): void {
    if (!this.#hydrating) return;
    this.#hydrating = false;
    // After this update, not in it: an update asked for inside one is what Lit warns about in development.
    if (!this.#builtInId() && this.querySelector('[slot=name]'))
      void this.updateComplete.then(() => this.requestUpdate());
  }

  protected override updated(): void {
    this.setState('session', this.#session.running);
    // Buttons come and go as the session moves on; keep a keyboard user's focus in the panel, not on <body>.
    if (this.#focusWasIn && !(this.renderRoot as ShadowRoot).activeElement) {
      const next =
        this.#focusWasIn === 'session'
          ? this.renderRoot.querySelector<HTMLElement>('.session button.primary, .session button')
          : this.renderRoot.querySelector<HTMLElement>('iframe.video, video.video, .video a');
      next?.focus();
    }
    this.#focusWasIn = undefined;
  }

  override render() {
    const level = pickHeadingLevel(this, this.headingLevel, 3);
    const exercise = this.#builtIn();
    const dosage = this.#dosage(exercise?.dosage);
    if (!dosage && this.#session.running) this.#session.stop();
    const region = resolveRegion(this, this.region);
    const numbers = resolveNumbers(this, region, this.emergencyNumber, undefined);
    const section = (title: string) => heading(level + 1, title, 'section-heading');
    return html`<article lang=${contentLanguage()}>
      ${heading(level, exercise ? exercise.name : html`<slot name="name"></slot>`, 'name')}
      ${exercise ? html`<p class="goal">${exercise.goal}</p>` : nothing}
      <div class="layout">
        <figure class="media" part="media">
          ${exercise ? exerciseIllustration(exercise.id, exercise.imageAlt) : html`<slot name="media"></slot>`}
        </figure>
        <div class="how">
          ${
            dosage
              ? html`<p class="dosage" part="dosage">
                  <strong>${msg('How much:', { id: 'exercise.dosage-label' })}</strong> ${formatDosage(dosage)}
                </p>`
              : nothing
          }
          ${
            exercise
              ? html`${section(msg('Start position', { id: 'exercise.start-heading' }))}
                  <p>${exercise.start}</p>
                  <p>${msg(str`You need: ${exercise.equipment}.`, { id: 'exercise.equipment' })}</p>
                  ${section(msg('Steps', { id: 'exercise.steps-heading' }))}
                  <ol class="steps" part="steps">
                    ${exercise.steps.map((step) => html`<li>${step}</li>`)}
                  </ol>`
              : html`${
                    this.exercise
                      ? html`<p class="not-found">
                          ${msg('This exercise was not found.', { id: 'exercise.not-found' })}
                        </p>`
                      : nothing
                  }
                  <div class="steps" part="steps"><slot></slot></div>`
          }
        </div>
      </div>
      ${exercise ? this.#renderAdvice(exercise, section) : nothing}
      ${
        dosage
          ? sessionView(
              this.#session,
              this.cue,
              {
                start: () => this.#startSession(dosage),
                next: () => this.#session.next(),
                pause: () => this.#session.togglePause(),
                skipRest: () => this.#session.skipRest(),
                stop: () => this.#session.stop(),
              },
              exercise?.name ?? this.#exerciseName(),
            )
          : nothing
      }
      ${this.#renderVideo(exercise?.name)} ${this.#renderSafety(region, numbers)} ${disclaimer()}
      ${exercise ? sourcesLine(sources(region), lastReviewed) : nothing}
    </article>`;
  }

  /**
   * The signs that nerves in the lower back are under pressure (clinical.md §1 rows 1–6, as §4 asks), in the red-flag
   * checklist's own words, with its emergency route; then when to stop and see someone.
   */
  #renderSafety(region: Region, numbers: PhoneNumbers) {
    return html`<div class="safety" part="safety">
      <p><strong>${msg('Stop and get help straight away.', { id: 'exercise.safety-lead' })}</strong></p>
      <p>${tierHeading('emergency', numbers)}</p>
      <ul>
        ${nerveSigns().map((sign) => html`<li>${sign.text}</li>`)}
      </ul>
      ${emergencyCall(numbers)} ${tierAction('emergency', numbers, region)}
      <p>
        ${msg(
          str`Stop the exercise and contact your ${physioTitle(region)} or GP if pain, numbness or tingling spreads down your leg. If your leg or foot feels weak, call your GP today.`,
          { id: 'exercise.safety.leg' },
        )}
      </p>
    </div>`;
  }

  #renderAdvice(exercise: Exercise, section: (title: string) => unknown) {
    return html`<div class="advice">
      <div>
        ${section(msg('Make it easier or harder', { id: 'exercise.variations-heading' }))}
        <p><strong>${msg('Easier:', { id: 'exercise.easier' })}</strong> ${exercise.easier}</p>
        <p><strong>${msg('Harder:', { id: 'exercise.harder' })}</strong> ${exercise.harder}</p>
      </div>
      <div>
        ${section(msg('Normal to feel', { id: 'exercise.normal-heading' }))}
        <ul>
          ${exercise.normal.map((item) => html`<li>${item}</li>`)}
        </ul>
      </div>
      <div>
        ${section(msg('Stop if', { id: 'exercise.stop-heading' }))}
        <ul class="stop">
          ${exercise.stopIf.map((item) => html`<li>${item}</li>`)}
        </ul>
      </div>
    </div>`;
  }

  #renderVideo(name = '') {
    if (!this.video) return nothing;
    const source = videoSource(this.video);
    if (!source) {
      warnOnce(this, `<physio-exercise-card> video="${this.video}" is not an https URL; it is ignored.`);
      return nothing;
    }
    if (source.kind === 'link') {
      // Not a file or a known player: offer the page itself, which the reader opens by choice.
      return html`<p class="video">
        <a href=${source.src} target="_blank" rel="noopener"
          >${msg(
            str`${msg(str`Video: ${name || this.#exerciseName()}`, { id: 'exercise.video.title' })} (opens in a new tab)`,
            {
              id: 'exercise.video.new-tab',
            },
          )}</a
        >
      </p>`;
    }
    if (!this.videoLoaded) {
      return html`<p class="video">
        <button type="button" data-external @click=${() => (this.videoLoaded = true)}>
          ${msg('Load video', { id: 'exercise.video.load' })}
        </button>
        <span class="hint">${msg('The video comes from another website.', { id: 'exercise.video.hint' })}</span>
      </p>`;
    }
    const title = msg(str`Video: ${name || this.#exerciseName()}`, { id: 'exercise.video.title' });
    switch (source.kind) {
      case 'file':
        return html`<video class="video" controls preload="metadata" src=${source.src} aria-label=${title}></video>`;
      case 'embed':
        return html`<iframe
          class="video"
          src=${source.src}
          title=${title}
          allow="fullscreen; picture-in-picture"
          referrerpolicy="strict-origin-when-cross-origin"
        ></iframe>`;
    }
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'physio-exercise-card': PhysioExerciseCard;
  }
}
