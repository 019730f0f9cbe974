import { classicExportsProperty, sideFileName } from './side-file-names.js';

declare const __PHYSIO_VERSION__: string;

/** The part of Trusted Types used here (TypeScript's DOM library does not describe it yet). */
interface ScriptUrlPolicy {
  createScriptURL(url: string): unknown;
}
type TrustedTypesWindow = Window & {
  trustedTypes?: { createPolicy(name: string, rules: { createScriptURL(url: string): string }): ScriptUrlPolicy };
};

/*
 * In the classic script, a language or opt-in part loads from the classic file beside it
 * (physio-elements.classic.fr.js) through a script element: a classic script, unlike import(), needs no CORS from a
 * host on another origin. Its URL is taken from this script's own element, which is only known while the script
 * first runs (document.currentScript is null in later tasks), hence captured here, at the top.
 */
const self = document.currentScript as HTMLScriptElement | null;

let policy: ScriptUrlPolicy | string | undefined;

/**
 * Under `require-trusted-types-for 'script'` a script's src needs a TrustedScriptURL: the `physio-elements` policy
 * makes one only for this script's own side files. A page whose `trusted-types` list leaves the name out gets the
 * plain URL, which its default policy may accept; otherwise that language or part does not load, with a warning.
 */
function scriptUrl(url: string): unknown {
  if (policy === undefined) {
    try {
      const created = (window as TrustedTypesWindow).trustedTypes?.createPolicy('physio-elements', {
        createScriptURL(asked) {
          if (/^physio-elements\.classic\.[\w-]+\.js\?v=/.test(asked.slice(asked.lastIndexOf('/') + 1))) return asked;
          throw new TypeError(`physio-elements: ${asked} is not a file of this script`);
        },
      });
      policy = created ?? 'none';
    } catch {
      policy = 'none';
    }
  }
  return typeof policy === 'string' ? url : policy.createScriptURL(url);
}

/** Loads the classic side file `name` from this script's folder and resolves with what it exports. */
export function loadClassicSide<T>(name: string): Promise<T> {
  return new Promise((resolve, reject) => {
    if (!self?.src) throw new Error(`physio-elements: cannot tell where ${sideFileName(name, true)} is`);
    const url = new URL(`${sideFileName(name, true)}?v=${__PHYSIO_VERSION__}`, self.src).href;
    const script = document.createElement('script');
    // The files are UTF-8 (French, German); a page in another encoding would garble a script without this.
    script.charset = 'utf-8';
    script.src = scriptUrl(url) as string;
    script.onload = () => {
      const exports = (script as unknown as Record<string, T | undefined>)[classicExportsProperty];
      script.remove();
      // A file that ran but handed nothing over refused to load (another release; its error is on the console).
      if (exports) resolve(exports);
      else reject(new Error(`${url} is not of this release`));
    };
    script.onerror = () => {
      script.remove();
      reject(new Error(`${url} did not load`));
    };
    document.head.append(script);
  });
}
