import { delay } from './dom.js';

/** Captures console.warn calls and uncaught errors while `run` executes. */
export async function captureWarnings(run: () => unknown | Promise<unknown>) {
  const warnings: string[] = [];
  const errors: string[] = [];
  const original = console.warn;
  console.warn = (...args: unknown[]) => void warnings.push(args.map(String).join(' '));
  const onError = (event: ErrorEvent) => void errors.push(event.message);
  const onRejection = (event: PromiseRejectionEvent) => void errors.push(String(event.reason));
  window.addEventListener('error', onError);
  window.addEventListener('unhandledrejection', onRejection);
  try {
    await run();
    await delay();
  } finally {
    console.warn = original;
    window.removeEventListener('error', onError);
    window.removeEventListener('unhandledrejection', onRejection);
  }
  return { warnings, errors };
}
