/**
 * Copies `text` to the clipboard for the builders' Copy buttons. Without clipboard access (a page served over plain
 * http, a refused permission) it selects `shown`, the element that shows the same text, and tries the older copy
 * command, so the reader can at least press Ctrl+C. True when the text was copied.
 */
export async function copyText(text: string, shown: Node): Promise<boolean> {
  try {
    await navigator.clipboard.writeText(text);
    return true;
  } catch {
    getSelection()?.selectAllChildren(shown);
    return document.execCommand('copy');
  }
}
