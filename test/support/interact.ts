import { sendKeys } from '@web/test-runner-commands';
import { renderRootOf } from '../../src/base/physio-element.js';

/**
 * Uses a widget the way a curious reader would: clicks every button, summary and checkbox (shadow and light DOM)
 * and types into every text field. Links are not followed.
 */
export async function interactWithEverything(el: HTMLElement): Promise<void> {
  const root = renderRootOf(el)!;
  const clickable = [
    ...root.querySelectorAll<HTMLElement>('button, summary, input[type=checkbox]'),
    ...el.querySelectorAll<HTMLElement>('summary'),
  ];
  for (const target of clickable) {
    if (!target.isConnected) continue;
    target.click();
    await Promise.resolve();
  }
  for (const input of root.querySelectorAll<HTMLInputElement>('input[type=search], input[type=text]')) {
    input.focus();
    await sendKeys({ type: 'back' });
    await new Promise((resolve) => setTimeout(resolve, 0));
    input.value = '';
    input.dispatchEvent(new Event('input', { bubbles: true, composed: true }));
  }
}
