import { expect } from '@open-wc/testing';
import 'axe-core/axe.min.js';

interface AxeResult {
  violations: Array<{ id: string; help: string; nodes: Array<{ target: unknown[] }> }>;
}
type AxeWindow = { axe: { run(context: Element, options: object): Promise<AxeResult> } };

/**
 * axe-core with every WCAG 2.0–2.2 A/AA rule, including target-size (2.5.8), which axe leaves off by default and
 * chai-a11y-axe cannot switch on. Failures list each rule and the elements it flagged.
 */
export async function expectNoAxeViolations(el: Element): Promise<void> {
  const { violations } = await (window as unknown as AxeWindow).axe.run(el, {
    runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'] },
    rules: { 'target-size': { enabled: true } },
  });
  const found = violations.map((v) => `${v.id} (${v.help}): ${v.nodes.map((n) => n.target.join(' ')).join(' | ')}`);
  expect(found, found.join('\n')).to.deep.equal([]);
}
