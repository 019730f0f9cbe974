import type { ReactiveController, ReactiveControllerHost } from 'lit';

export interface SessionPlan {
  sets: number;
  reps: number;
  perSide: boolean;
  /** Seconds each repetition is held (for walking: the whole walk). 0: the reader marks each repetition done. */
  hold: number;
  /** Seconds of rest between sets. */
  rest: number;
  /** A timed exercise (minutes): `walk` for walking, `timer` for anything else. */
  timed?: 'walk' | 'timer';
}

export type Phase = 'idle' | 'ready' | 'hold' | 'rest' | 'done';

/** Moments worth saying out loud (never every second). The card turns them into words. */
export type Cue =
  | { kind: 'start' }
  | { kind: 'hold'; seconds: number }
  | { kind: 'timed'; what: 'walk' | 'timer'; minutes: number }
  | { kind: 'rep'; done: number; of: number }
  | { kind: 'ended' }
  | { kind: 'relax' }
  | { kind: 'other-side' }
  | { kind: 'rest'; seconds: number; set: number }
  | { kind: 'next-set'; set: number }
  | { kind: 'paused' }
  | { kind: 'resumed' }
  | { kind: 'done'; sets: number };

/**
 * A guided session: counts sets, sides and repetitions; holds and rests count down by themselves; the reader
 * marks repetitions done. Timers run only while the host is on the page.
 */
export class ExerciseSession implements ReactiveController {
  phase: Phase = 'idle';
  set = 1;
  /** 0 = first side, 1 = other side. */
  side = 0;
  /** Repetitions done on this side in this set. */
  rep = 0;
  setsDone = 0;
  remaining = 0;
  paused = false;
  plan: SessionPlan = { sets: 1, reps: 1, perSide: false, hold: 0, rest: 0 };
  #timer?: ReturnType<typeof setInterval>;
  /** When the running countdown ends (ms since epoch). Counting from the clock, not from timer firings, keeps it
   * right when a phone locks the screen or a hidden tab slows timers down. */
  #endsAt = 0;

  readonly #host: ReactiveControllerHost;
  readonly #onCue: (cue: Cue) => void;
  readonly #onComplete: (sets: number) => void;

  constructor(host: ReactiveControllerHost, onCue: (cue: Cue) => void, onComplete: (sets: number) => void) {
    this.#host = host;
    this.#onCue = onCue;
    this.#onComplete = onComplete;
    host.addController(this);
  }

  get running(): boolean {
    return this.phase !== 'idle' && this.phase !== 'done';
  }

  /** Repetitions done in the whole session, and how many there are, for the progress bar. */
  get progress(): { done: number; total: number } {
    const perSet = this.plan.reps * (this.plan.perSide ? 2 : 1);
    const done =
      this.phase === 'done' ? perSet * this.plan.sets : this.setsDone * perSet + this.side * this.plan.reps + this.rep;
    return { done, total: perSet * this.plan.sets };
  }

  start(plan: SessionPlan): void {
    this.#stopTimer();
    Object.assign(this, { plan, phase: 'ready', set: 1, side: 0, rep: 0, setsDone: 0, remaining: 0, paused: false });
    this.#onCue({ kind: 'start' });
    this.#host.requestUpdate();
  }

  /** The main button: starts a hold, or marks a repetition done. */
  next(): void {
    if (this.phase !== 'ready') return;
    if (this.plan.hold > 0) {
      this.#countDown('hold', this.plan.hold);
      this.#onCue(
        this.plan.timed
          ? { kind: 'timed', what: this.plan.timed, minutes: Math.round(this.plan.hold / 60) }
          : { kind: 'hold', seconds: this.plan.hold },
      );
    } else {
      this.#repDone();
    }
    this.#host.requestUpdate();
  }

  togglePause(): void {
    if (this.phase !== 'hold' && this.phase !== 'rest') return;
    this.paused = !this.paused;
    if (this.paused) this.#stopTimer();
    else this.#startTimer();
    this.#onCue({ kind: this.paused ? 'paused' : 'resumed' });
    this.#host.requestUpdate();
  }

  skipRest(): void {
    if (this.phase === 'rest') this.#endRest();
  }

  stop(): void {
    const wasRunning = this.running;
    this.#stopTimer();
    this.phase = 'idle';
    this.paused = false;
    if (wasRunning) this.#onCue({ kind: 'ended' });
    this.#host.requestUpdate();
  }

  hostDisconnected(): void {
    this.#stopTimer();
    this.phase = 'idle';
  }

  #countDown(phase: 'hold' | 'rest', seconds: number): void {
    this.phase = phase;
    this.remaining = seconds;
    this.paused = false;
    this.#startTimer();
  }

  #startTimer(): void {
    this.#stopTimer();
    this.#endsAt = Date.now() + this.remaining * 1000;
    this.#timer = setInterval(() => this.#tick(), 1000);
  }

  #stopTimer(): void {
    if (this.#timer !== undefined) clearInterval(this.#timer);
    this.#timer = undefined;
  }

  #tick(): void {
    // One second per tick, or more when the clock says more time has passed (throttled timers).
    this.remaining = Math.max(0, Math.min(this.remaining - 1, Math.ceil((this.#endsAt - Date.now()) / 1000)));
    if (this.remaining === 0) {
      this.#stopTimer();
      if (this.phase === 'hold') {
        this.#onCue({ kind: 'relax' });
        this.#repDone();
      } else if (this.phase === 'rest') {
        this.#endRest();
      }
    }
    this.#host.requestUpdate();
  }

  #repDone(): void {
    this.rep++;
    this.phase = 'ready';
    if (this.rep < this.plan.reps) {
      if (this.plan.hold === 0) this.#onCue({ kind: 'rep', done: this.rep, of: this.plan.reps });
      return;
    }
    if (this.plan.perSide && this.side === 0) {
      this.side = 1;
      this.rep = 0;
      this.#onCue({ kind: 'other-side' });
      return;
    }
    this.setsDone++;
    if (this.set >= this.plan.sets) {
      this.phase = 'done';
      this.#onCue({ kind: 'done', sets: this.setsDone });
      this.#onComplete(this.setsDone);
      return;
    }
    this.side = 0;
    this.rep = 0;
    if (this.plan.rest > 0) {
      this.#countDown('rest', this.plan.rest);
      this.#onCue({ kind: 'rest', seconds: this.plan.rest, set: this.set });
    } else {
      this.#endRest();
    }
  }

  #endRest(): void {
    this.#stopTimer();
    this.paused = false;
    this.set++;
    this.phase = 'ready';
    this.#onCue({ kind: 'next-set', set: this.set });
    this.#host.requestUpdate();
  }
}
