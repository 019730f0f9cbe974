import { expect } from '@open-wc/testing';
import 'axe-core/axe.min.js';
import { renderRootOf, type PhysioElement } from '../../src/base/physio-element.js';

interface AxeResult {
  violations: Array<{ id: string; help: string; nodes: Array<{ target: unknown[] }> }>;
}
type AxeWindow = { axe: { run(context: Element, options: object): Promise<AxeResult> } };

async function audit(el: Element): Promise<string[]> {
  const { violations } = await (window as unknown as AxeWindow).axe.run(el, {
    runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'] },
    rules: { 'target-size': { enabled: true } },
  });
  return violations.map((v) => `${v.id} (${v.help}): ${v.nodes.map((n) => n.target.join(' ')).join(' | ')}`);
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

/**
 * axe-core with every WCAG 2.0–2.2 A/AA rule, including target-size (2.5.8), which axe leaves off by default and
 * chai-a11y-axe cannot switch on. Failures list each rule and the elements it flagged.
 */
export async function expectNoAxeViolations(el: Element): Promise<void> {
  const found = await audit(el);
  const closed = [el, ...el.querySelectorAll('*')].filter((node) => renderRootOf(node) && !node.shadowRoot);
  for (const host of closed as PhysioElement[]) {
    const twin = await openTwin(host);
    found.push(...(await audit(twin)));
    twin.remove();
  }
  expect(found, found.join('\n')).to.deep.equal([]);
}
