import { html, nothing } from 'lit';
import { msg, str } from '@lit/localize';
import type { Cue, ExerciseSession } from './exercise-card-session.js';

const clock = (seconds: number) => `${Math.floor(seconds / 60)}:${String(seconds % 60).padStart(2, '0')}`;

/** What a cue says in the live region. */
export function cueText(cue: Cue, sets: number): string {
  switch (cue.kind) {
    case 'hold':
      return msg(str`Hold for ${cue.seconds} seconds.`, { id: 'exercise.say.hold' });
    case 'timed':
      return cue.what === 'walk'
        ? msg(str`Walk for ${cue.minutes} minutes at an easy pace.`, { id: 'exercise.say.walk' })
        : msg(str`The timer is running: ${cue.minutes} minutes.`, { id: 'exercise.say.timer' });
    case 'rep':
      return msg(str`Repetition ${cue.done} of ${cue.of} done.`, { id: 'exercise.say.rep' });
    case 'ended':
      return msg('Session ended.', { id: 'exercise.say.ended' });
    case 'relax':
      return msg('Relax.', { id: 'exercise.say.relax' });
    case 'other-side':
      return msg('Now the other side.', { id: 'exercise.say.other-side' });
    case 'rest':
      return msg(str`Set ${cue.set} done. Rest for ${cue.seconds} seconds.`, { id: 'exercise.say.rest' });
    case 'start':
    case 'next-set':
      return msg(str`Set ${cue.kind === 'start' ? 1 : cue.set} of ${sets}. Start when you are ready.`, {
        id: 'exercise.say.next-set',
      });
    case 'paused':
      return msg('Paused.', { id: 'exercise.say.paused' });
    case 'resumed':
      return msg('Continuing.', { id: 'exercise.say.resumed' });
    case 'done':
      return cue.sets === 1
        ? msg('Well done: the exercise is finished.', { id: 'exercise.say.done-one' })
        : msg(str`Well done: all ${cue.sets} sets are finished.`, { id: 'exercise.say.done' });
  }
}

export interface SessionHandlers {
  start(): void;
  next(): void;
  pause(): void;
  skipRest(): void;
  stop(): void;
}

/** The session panel: where the reader is, the countdown, and the buttons. */
export function sessionView(s: ExerciseSession, cue: string, on: SessionHandlers, name: string) {
  const timed = s.plan.timed;
  const { done, total } = s.progress;
  const where = [
    msg(str`Set ${s.set} of ${s.plan.sets}`, { id: 'exercise.where.set' }),
    s.plan.perSide
      ? s.side === 0
        ? msg('first side', { id: 'exercise.where.first-side' })
        : msg('other side', { id: 'exercise.where.other-side' })
      : '',
    s.plan.reps > 1
      ? msg(str`repetition ${Math.min(s.rep + 1, s.plan.reps)} of ${s.plan.reps}`, { id: 'exercise.where.rep' })
      : '',
  ]
    .filter(Boolean)
    .join(' · ');
  const main = timed
    ? timed === 'walk'
      ? msg('Start walking', { id: 'exercise.button.walk' })
      : msg(str`Start timer (${Math.round(s.plan.hold / 60)} min)`, { id: 'exercise.button.timer' })
    : s.plan.hold > 0
      ? msg(str`Start hold (${s.plan.hold} s)`, { id: 'exercise.button.hold' })
      : msg('Repetition done', { id: 'exercise.button.rep-done' });
  return html`<section
    class="session"
    part="session"
    aria-label=${msg(str`Guided session: ${name}`, { id: 'exercise.session' })}
  >
    ${
      s.phase === 'idle'
        ? html`<button type="button" class="primary" @click=${on.start}>
            ${msg('Start a guided session', { id: 'exercise.button.start' })}
          </button>`
        : html`<progress
              max=${total}
              .value=${done}
              aria-label=${msg('Progress', { id: 'exercise.progress' })}
            ></progress>
            <p class="where">${s.phase === 'done' ? msg('Finished', { id: 'exercise.where.finished' }) : where}</p>
            ${
              s.phase === 'hold' || s.phase === 'rest'
                ? html`<p class="countdown" role="timer">
                    ${
                      s.phase === 'hold' && timed
                        ? msg(str`Time left: ${clock(s.remaining)}`, { id: 'exercise.countdown.walk' })
                        : s.phase === 'hold'
                          ? msg(str`Hold: ${s.remaining} s`, { id: 'exercise.countdown.hold' })
                          : msg(str`Rest: ${s.remaining} s`, { id: 'exercise.countdown.rest' })
                    }
                    ${s.paused ? msg('(paused)', { id: 'exercise.countdown.paused' }) : nothing}
                  </p>`
                : nothing
            }
            <div class="buttons">
              ${
                s.phase === 'ready'
                  ? html`<button type="button" class="primary" @click=${on.next}>${main}</button>`
                  : nothing
              }
              ${
                s.phase === 'hold' || s.phase === 'rest'
                  ? html`<button type="button" @click=${on.pause}>
                      ${s.paused ? msg('Resume', { id: 'exercise.button.resume' }) : msg('Pause', { id: 'exercise.button.pause' })}
                    </button>`
                  : nothing
              }
              ${
                s.phase === 'rest'
                  ? html`<button type="button" @click=${on.skipRest}>
                      ${msg('Skip rest', { id: 'exercise.button.skip-rest' })}
                    </button>`
                  : nothing
              }
              <button type="button" @click=${s.phase === 'done' ? on.start : on.stop}>
                ${
                  s.phase === 'done'
                    ? msg('Start again', { id: 'exercise.button.again' })
                    : msg('End session', { id: 'exercise.button.stop' })
                }
              </button>
            </div>`
    }
    <p class="visually-hidden" role="status">${cue}</p>
  </section>`;
}
