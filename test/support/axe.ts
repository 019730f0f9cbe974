import { expect } from '@open-wc/testing';
import 'axe-core/axe.min.js';
import { renderRootOf, type PhysioElement } from '../../src/base/physio-element.js';

interface AxeRule {
  id: string;
  help: string;
  nodes: Array<{ target: unknown[] }>;
}
interface AxeResult {
  violations: AxeRule[];
  passes: AxeRule[];
  incomplete: AxeRule[];
}
type AxeWindow = { axe: { run(context: Element, options: object): Promise<AxeResult> } };

const run = (el: Element, options: object) => (window as unknown as AxeWindow).axe.run(el, options);
const targets = (rule: AxeRule) => rule.nodes.map((n) => n.target.join(' '));

async function audit(el: Element): Promise<string[]> {
  const { violations } = await run(el, {
    runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'] },
    rules: { 'target-size': { enabled: true } },
  });
  return violations.map((v) => `${v.id} (${v.help}): ${targets(v).join(' | ')}`);
}

const twinTags = new Map<CustomElementConstructor, string>();

/**
 * axe cannot look into a closed shadow root, so a widget that uses one is audited through an open-rooted twin:
 * the same class and attributes, with the same boxes ticked.
 */
async function openTwin(el: PhysioElement): Promise<PhysioElement> {
  const Ctor = el.constructor as typeof PhysioElement;
  if (!twinTags.has(Ctor)) {
    const tag = `${el.localName}-open-twin`;
    customElements.define(
      tag,
      class extends Ctor {
        static override shadowRootOptions: ShadowRootInit = { ...Ctor.shadowRootOptions, mode: 'open' };
      },
    );
    twinTags.set(Ctor, tag);
  }
  const twin = document.createElement(twinTags.get(Ctor)!) as PhysioElement;
  for (const { name, value } of el.attributes) twin.setAttribute(name, value);
  el.after(twin);
  await twin.updateComplete;
  const boxes = [...renderRootOf(el)!.querySelectorAll('input')];
  const twinBoxes = [...twin.shadowRoot!.querySelectorAll('input')];
  boxes.forEach((box, i) => box.checked !== twinBoxes[i].checked && twinBoxes[i].click());
  await twin.updateComplete;
  return twin;
}

/** `check` run on `el`, and on an open twin of every closed-rooted widget in it. */
async function withTwins<T>(el: Element, check: (root: Element) => Promise<T[]>): Promise<T[]> {
  const found = await check(el);
  const closed = [el, ...el.querySelectorAll('*')].filter((node) => renderRootOf(node) && !node.shadowRoot);
  for (const host of closed as PhysioElement[]) {
    const twin = await openTwin(host);
    found.push(...(await check(twin)));
    twin.remove();
  }
  return found;
}

/**
 * axe-core with every WCAG 2.0–2.2 A/AA rule, including target-size (2.5.8), which axe leaves off by default and
 * chai-a11y-axe cannot switch on. Failures list each rule and the elements it flagged.
 */
export async function expectNoAxeViolations(el: Element): Promise<void> {
  const found = await withTwins(el, audit);
  expect(found, found.join('\n')).to.deep.equal([]);
}

/**
 * What axe's colour-contrast rule made of `el`: the elements it passed and those it could not decide (text over a
 * gradient or an image). A contrast test that passes because the rule checked nothing proves nothing.
 */
export async function colorContrastCoverage(el: Element): Promise<{ passed: string[]; undecided: string[] }> {
  const results = await withTwins(el, async (root) => [
    await run(root, { runOnly: { type: 'rule', values: ['color-contrast'] } }),
  ]);
  const of = (key: 'passes' | 'incomplete') => results.flatMap((r) => r[key].flatMap(targets));
  return { passed: of('passes'), undecided: of('incomplete') };
}

/** The elements axe's colour-contrast rule failed in `el` (and in open twins of its closed-rooted widgets). */
export async function colorContrastFailures(el: Element): Promise<string[]> {
  const results = await withTwins(el, async (root) => [
    await run(root, { runOnly: { type: 'rule', values: ['color-contrast'] } }),
  ]);
  return results.flatMap((r) => r.violations.flatMap(targets));
}
