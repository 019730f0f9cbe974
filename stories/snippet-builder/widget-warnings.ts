/** Every warning a widget writes starts with this (src/base/warn.ts). */
const prefix = 'physio-elements: ';

/**
 * Calls `listener` with the text of every console warning a widget writes, as the console shows it (the arguments
 * joined by spaces), and still writes it to the console. The builder shows what the widget says instead of checking
 * the values itself, so its messages can never drift from the widget's. Returns the function that stops listening;
 * it puts the console back only if nothing replaced it meanwhile, so it never undoes another wrapper.
 */
export function listenForWidgetWarnings(listener: (text: string) => void): () => void {
  const inner = console.warn;
  const wrapper = (...args: unknown[]) => {
    inner.apply(console, args);
    const text = args.map(String).join(' ');
    if (text.startsWith(prefix)) listener(text);
  };
  console.warn = wrapper;
  return () => {
    if (console.warn === wrapper) console.warn = inner;
  };
}
