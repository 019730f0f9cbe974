import { svg, type SVGTemplateResult } from 'lit';
import type { ExerciseId } from './exercise-card-content.js';

/*
 * One calm line style for every exercise: a stick figure on a floor line, drawn in the text colour, with the part
 * that moves in the accent colour and a small arrow for the direction. Coordinates are on a 240 × 140 grid.
 */
const head = (x: number, y: number) => svg`<circle class="head" cx=${x} cy=${y} r="9" />`;
const line = (points: string, moving = false) => svg`<polyline class=${moving ? 'moving' : ''} points=${points} />`;
const arrow = (d: string) => svg`<path class="arrow" d=${d} marker-end="url(#tip)" />`;

const figures: Record<ExerciseId, () => SVGTemplateResult> = {
  'bird-dog': () => svg`
    ${head(72, 80)} ${line('88,70 160,70')} ${line('88,70 90,120')} ${line('160,70 160,120 192,120')}
    ${line('88,70 28,56', true)} ${line('160,70 226,62', true)} ${arrow('M40 40 L20 40')} ${arrow('M206 46 L228 46')}`,
  'glute-bridge': () => svg`
    ${head(28, 108)} ${line('46,114 120,82')} ${line('46,114 96,120')} ${line('120,82 160,70 184,120', true)}
    ${arrow('M120 112 L120 92')}`,
  'single-leg-bridge': () => svg`
    ${head(28, 108)} ${line('46,114 120,82')} ${line('46,114 96,120')} ${line('120,82 160,72 184,120')}
    ${line('120,82 160,72 222,56', true)} ${arrow('M120 112 L120 92')}`,
  'knee-rolls': () => svg`
    ${head(28, 108)} ${line('46,114 122,116')} ${line('46,114 96,120')} ${line('122,116 150,92 186,120', true)}
    ${arrow('M168 70 Q196 76 200 100')}`,
  'bottom-to-heels': () => svg`
    ${head(58, 86)} ${line('74,96 160,100', true)} ${line('74,96 34,120')} ${line('160,100 122,120 178,120', true)}
    ${arrow('M150 74 L182 74')}`,
  'pelvic-tilt': () => svg`
    ${head(28, 108)} ${line('46,114 122,114')} ${line('46,114 96,120')} ${line('122,114 160,76 188,120')}
    ${arrow('M72 100 Q90 92 108 100')}`,
  walking: () => svg`
    ${head(120, 20)} ${line('120,30 120,76')} ${line('120,40 102,66')} ${line('120,40 140,62')}
    ${line('120,76 100,120', true)} ${line('120,76 132,98 146,118', true)} ${arrow('M150 40 L180 40')}`,
};

/** The illustration of a built-in exercise, with its text alternative as the accessible name. */
export function exerciseIllustration(id: ExerciseId, alt: string) {
  return svg`<svg class="illustration" viewBox="0 0 240 140" role="img" aria-label=${alt}>
    <defs>
      <marker id="tip" viewBox="0 0 10 10" refX="8" refY="5" markerWidth="6" markerHeight="6" orient="auto-start-reverse">
        <path d="M0 0 L10 5 L0 10 Z" class="tip" />
      </marker>
    </defs>
    <line class="floor" x1="4" y1="124" x2="236" y2="124" />
    ${figures[id]()}
  </svg>`;
}
