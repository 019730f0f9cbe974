import { msg, str } from '@lit/localize';
import { contentLanguage } from '../../base/content-language.js';
import type { Dosage } from './exercise-card-content.js';

const one = (n: number) => new Intl.PluralRules(contentLanguage()).select(n) === 'one';

/**
 * The dosage in words, e.g. "3 × 10 per side, hold 5 s · rest 30 s between sets · 5 days a week".
 * Plural forms come from Intl.PluralRules, so "1 day a week" and "1 minuut" read naturally in both languages.
 */
export function formatDosage(d: Dosage): string {
  const amount = d.minutes
    ? one(d.minutes)
      ? msg('1 minute', { id: 'exercise.dose.minute' })
      : msg(str`${d.minutes} minutes`, { id: 'exercise.dose.minutes' })
    : d.perSide
      ? msg(str`${d.sets} × ${d.reps} per side`, { id: 'exercise.dose.sets-reps-per-side' })
      : msg(str`${d.sets} × ${d.reps}`, { id: 'exercise.dose.sets-reps' });
  const first = d.hold ? msg(str`${amount}, hold ${d.hold} s`, { id: 'exercise.dose.hold' }) : amount;
  const parts = [first];
  if (d.rest && d.sets > 1 && !d.minutes) {
    parts.push(msg(str`rest ${d.rest} s between sets`, { id: 'exercise.dose.rest' }));
  }
  if (d.timesPerDay) {
    parts.push(
      one(d.timesPerDay)
        ? msg('once a day', { id: 'exercise.dose.once-a-day' })
        : msg(str`${d.timesPerDay} times a day`, { id: 'exercise.dose.times-a-day' }),
    );
  }
  if (d.daysPerWeek) {
    parts.push(
      d.daysPerWeek === 7
        ? msg('every day', { id: 'exercise.dose.every-day' })
        : one(d.daysPerWeek)
          ? msg('1 day a week', { id: 'exercise.dose.day-a-week' })
          : msg(str`${d.daysPerWeek} days a week`, { id: 'exercise.dose.days-a-week' }),
    );
  }
  return parts.join(' · ');
}
