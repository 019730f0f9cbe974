import { expect, fixture, html } from '@open-wc/testing';
import '../src/define/physio-exercise-card.js';
import {
  builtInExercise,
  exerciseIds,
  type ExerciseId,
} from '../src/components/exercise-card/exercise-card-content.js';
import { exerciseCardStyles } from '../src/components/exercise-card/exercise-card.styles.js';
import { setLocale } from '../src/localization.js';
import { nonTextContrast } from './support/contrast.js';
import { emulate } from './support/emulate.js';
import { $, settleWidgets, systemColor, type Widget } from './support/dom.js';

// The drawings of the seven built-in exercises (issue 16, point 3): one set of people built from poses, each with its
// start pose dotted and faint, its end pose solid with the moving parts in the accent colour, arrows and a floor.

type Point = [number, number];

/** The points of a path's `d` (M x yLx y…): the limbs and the two halves of the back are straight segments. */
const points = (el: Element): Point[] => {
  const numbers = (el.getAttribute('d')!.match(/-?[\d.]+/g) ?? []).map(Number);
  return numbers.flatMap((n, i) => (i % 2 ? [] : [[n, numbers[i + 1]] as Point]));
};
const distance = ([ax, ay]: Point, [bx, by]: Point) => Math.hypot(bx - ax, by - ay);

/** One figure's parts: the end pose's elements are children of the <svg>, the start pose's of `g.ghost`. */
function figure(parent: Element) {
  const children = [...parent.children];
  const paths = children.filter((el) => el.localName === 'path' && !el.matches('.floor, .arrow'));
  return {
    head: children.find((el) => el.matches('circle.head')),
    trunk: paths.filter((el) => el.matches('.trunk')),
    limbs: paths.filter((el) => !el.matches('.trunk')),
  };
}

async function card(id: ExerciseId, width = 320) {
  const wrapper = await fixture<HTMLElement>(
    html`<div style=${`width: ${width}px`}><physio-exercise-card exercise=${id}></physio-exercise-card></div>`,
  );
  const el = wrapper.firstElementChild as Widget;
  await el.updateComplete;
  return { el, svg: $(el, '[part=media] svg') as unknown as SVGSVGElement };
}

/** How many CSS pixels one user unit of the drawing is, as it is shown now. */
const scale = (svg: SVGSVGElement) => svg.getBoundingClientRect().width / svg.viewBox.baseVal.width;

describe('<physio-exercise-card> drawings', () => {
  afterEach(async () => {
    await emulate({});
    await setLocale('en');
  });

  for (const id of exerciseIds) {
    it(`${id}: a person (head, trunk, jointed arms and legs) in a dotted start pose and a solid end pose`, async () => {
      const { svg } = await card(id);
      const end = figure(svg);
      const start = figure(svg.querySelector('g.ghost')!);
      for (const [pose, parts] of [
        ['end', end],
        ['start', start],
      ] as const) {
        expect(parts.head, `${pose}: head`).to.exist;
        expect(parts.trunk, `${pose}: lower and upper back`).to.have.length(2);
        // Two arms (shoulder, elbow, hand) and two legs (hip, knee, ankle, toes): segments that meet at joints.
        expect(
          parts.limbs.map((limb) => points(limb).length).sort(),
          `${pose}: arms of 3 joints, legs of 4`,
        ).to.deep.equal([3, 3, 4, 4]);
      }
      const style = getComputedStyle(svg.querySelector('g.ghost')!);
      expect(Number(style.opacity), 'the start pose is faint').to.be.below(1);
      for (const line of svg.querySelectorAll('g.ghost > *'))
        expect(getComputedStyle(line).strokeDasharray, 'and dotted').to.not.equal('none');
      const moving = svg.querySelector(':scope > .moving:not(.far)')!;
      expect(moving, 'the end pose shows what moves').to.exist;
      const stroke = (el: Element) => getComputedStyle(el).stroke;
      expect(stroke(moving), 'in the accent colour, as the arrow').to.equal(stroke(svg.querySelector('.arrow')!));
      expect(stroke(moving), 'not in the text colour').to.not.equal(stroke(svg.querySelector('.floor')!));
      expect(svg.querySelector('.arrow')!.getAttribute('d'), 'an arrow with its head').to.match(/^M.*m/);
      expect(svg.querySelector('.floor'), 'a mat or a floor').to.exist;
    });
  }

  it('every person has the same proportions: each bone one length in all seven drawings', async () => {
    const lengths = new Map<string, number[]>();
    for (const id of exerciseIds) {
      const { svg } = await card(id);
      for (const parent of [svg, svg.querySelector('g.ghost')!]) {
        const { limbs, trunk } = figure(parent);
        for (const limb of limbs) {
          const joints = points(limb);
          joints.slice(1).forEach((joint, i) => {
            const bone = `${joints.length === 3 ? 'arm' : 'leg'} ${i}`;
            lengths.set(bone, [...(lengths.get(bone) ?? []), distance(joints[i], joint)]);
          });
        }
        for (const half of trunk) {
          const [from, to] = points(half);
          lengths.set('back', [...(lengths.get('back') ?? []), distance(from, to)]);
        }
      }
    }
    // Coordinates are whole user units, so a bone may differ by rounding (≤ 1.5 units), never more.
    for (const [bone, list] of lengths) {
      expect(Math.max(...list) - Math.min(...list), `${bone}: ${list.map(Math.round).join(', ')}`).to.be.at.most(1.5);
    }
  });

  it('draws in the text colour and the accent token only: no colour of its own in the markup or the styles', async () => {
    const { el, svg } = await card('bird-dog');
    expect(svg.querySelectorAll('[fill], [stroke], [style], [color]')).to.have.length(0);
    const rules = [...exerciseCardStyles.styleSheet!.cssRules].flatMap((rule) =>
      rule instanceof CSSMediaRule ? [...rule.cssRules] : [rule],
    );
    const drawingRules = rules.filter((rule) => /\.illustration|\.top /.test((rule as CSSStyleRule).selectorText));
    expect(drawingRules.length).to.be.at.least(8);
    for (const rule of drawingRules) {
      const { style } = rule as CSSStyleRule;
      for (const property of ['stroke', 'fill', 'color']) {
        const value = style.getPropertyValue(property);
        if (value)
          expect(value, `${rule.cssText}`).to.match(
            /^(none|currentcolor|var\(--_accent\)|color-mix\(in srgb, currentcolor \d+%, canvas( \d+%)?\)|canvastext|highlight)$/i,
          );
      }
    }
    // The accent is the widget's token: the page's --physio-color-accent reaches the moving parts and the arrow.
    el.style.setProperty('--physio-color-accent', '#8a1c7c');
    for (const part of svg.querySelectorAll(':scope > .moving:not(.far), .arrow'))
      expect(getComputedStyle(part).stroke).to.equal('rgb(138, 28, 124)');
  });

  it('lines are at least 1.5 px wide in a 320 px wide column', async () => {
    for (const id of exerciseIds) {
      const { svg } = await card(id, 320);
      const unit = scale(svg);
      for (const line of svg.querySelectorAll('path, circle')) {
        const { stroke, strokeWidth } = getComputedStyle(line);
        if (stroke === 'none') continue;
        expect(parseFloat(strokeWidth) * unit, `${id} ${line.getAttribute('class')}`).to.be.at.least(1.5);
      }
    }
  });

  for (const page of ['light', 'dark'] as const) {
    it(`every line has at least 3:1 against a ${page} page`, async () => {
      const saved = document.documentElement.getAttribute('style');
      if (page === 'dark') document.documentElement.style.cssText = 'color-scheme: dark; background: #111; color: #eee';
      try {
        const root = await fixture<HTMLElement>(
          html`<div>
            ${exerciseIds.map((id) => html`<physio-exercise-card exercise=${id}></physio-exercise-card>`)}
          </div>`,
        );
        await settleWidgets(root);
        const { failures, measured } = await nonTextContrast(root);
        expect(failures, failures.join('\n')).to.deep.equal([]);
        // 7 drawings × (2 × 7 parts, an arrow and a floor), plus the cards' buttons and rings.
        expect(measured).to.be.at.least(7 * 16);
      } finally {
        if (saved === null) document.documentElement.removeAttribute('style');
        else document.documentElement.setAttribute('style', saved);
      }
    });
  }

  it('forced colours: lines in CanvasText, the moving parts and arrows in Highlight, the start pose still dotted', async () => {
    await emulate({ forcedColors: 'active' });
    const { svg } = await card('single-leg-bridge');
    const text = systemColor('CanvasText');
    for (const line of svg.querySelectorAll(':scope > path:not(.moving):not(.arrow), g.ghost > path'))
      expect(getComputedStyle(line).stroke, line.getAttribute('class') ?? '').to.equal(text);
    for (const line of svg.querySelectorAll(':scope > .moving, .arrow'))
      expect(getComputedStyle(line).stroke).to.equal(systemColor('Highlight'));
    expect(getComputedStyle(svg.querySelector('g.ghost path')!).strokeDasharray).to.not.equal('none');
  });

  it('prints: the drawing is shown, in black on white, at most 12em tall', async () => {
    const { svg } = await card('walking', 643);
    await emulate({ media: 'print' });
    const box = svg.getBoundingClientRect();
    expect(box.width).to.be.above(100);
    expect(box.height).to.be.at.most(12 * parseFloat(getComputedStyle(svg).fontSize) + 1);
    expect(getComputedStyle(svg.querySelector(':scope > .head')!).fill).to.equal('rgb(0, 0, 0)');
  });

  for (const [locale, start] of [
    ['en', 'Drawing: '],
    ['nl', 'Tekening'],
    ['fr', 'Dessin'],
    ['de', 'Zeichnung'],
  ] as const) {
    it(`the text alternative is the exercise's own, in ${locale}: what the drawing shows and how`, async () => {
      await setLocale(locale);
      for (const id of exerciseIds) {
        const { svg } = await card(id);
        const alt = svg.getAttribute('aria-label')!;
        expect(svg.getAttribute('role')).to.equal('img');
        expect(alt).to.equal(builtInExercise(id).imageAlt);
        expect(alt.startsWith(start), alt).to.be.true;
        // How the drawings show movement, the same words on every card.
        expect(alt).to.include(
          { en: 'Dotted lines', nl: 'Stippellijnen', fr: 'pointillés', de: 'Gepunktete Linien' }[locale],
        );
      }
    });
  }
});
