import { sendKeys } from '@web/test-runner-commands';
import { delay, shadow } from './dom.js';

/**
 * Uses a widget the way a curious reader would: clicks every button, summary and checkbox (shadow and light DOM)
 * and types into every text field. Links are not followed, and neither are buttons marked `data-external`
 * ("Load video"): the reader's explicit opt-in to another site is the one allowed request, tested on its own.
 */
export async function interactWithEverything(el: HTMLElement): Promise<void> {
  const root = shadow(el);
  const clickable = [
    ...root.querySelectorAll<HTMLElement>('button:not([data-external]), summary, input[type=checkbox]'),
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
    await delay();
    input.value = '';
    input.dispatchEvent(new Event('input', { bubbles: true, composed: true }));
  }
}
