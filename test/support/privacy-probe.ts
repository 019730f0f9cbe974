/**
 * Records every way a widget could leak what a reader does: requests (resource timing, fetch, XHR, beacons,
 * WebSocket, EventSource), cookies, Web Storage and IndexedDB. Install before rendering, `restore()` after.
 */
export interface PrivacyProbe {
  readonly calls: string[];
  restore(): void;
}

export function installPrivacyProbe(): PrivacyProbe {
  const calls: string[] = [];
  const restores: Array<() => void> = [];
  const resourcesBefore = performance.getEntriesByType('resource').length;

  const spy = <T extends object>(target: T, key: keyof T & string, label: string) => {
    const original = target[key];
    if (typeof original !== 'function') return;
    (target as Record<string, unknown>)[key] = function (this: unknown, ...args: unknown[]) {
      calls.push(`${label}(${args.map(String).join(', ').slice(0, 80)})`);
      return (original as (...a: unknown[]) => unknown).apply(this, args);
    };
    restores.push(() => ((target as Record<string, unknown>)[key] = original));
  };
  spy(window, 'fetch', 'fetch');
  spy(XMLHttpRequest.prototype, 'open', 'XMLHttpRequest.open');
  spy(navigator, 'sendBeacon', 'sendBeacon');
  spy(Storage.prototype, 'setItem', 'Storage.setItem');
  spy(Storage.prototype, 'getItem', 'Storage.getItem');
  spy(Storage.prototype, 'removeItem', 'Storage.removeItem');
  spy(indexedDB, 'open', 'indexedDB.open');
  for (const name of ['WebSocket', 'EventSource'] as const) {
    const Original = window[name];
    (window as unknown as Record<string, unknown>)[name] = function (...args: unknown[]) {
      calls.push(`new ${name}(${String(args[0])})`);
      return new (Original as unknown as new (...a: unknown[]) => unknown)(...args);
    };
    restores.push(() => ((window as unknown as Record<string, unknown>)[name] = Original));
  }
  const cookie = Object.getOwnPropertyDescriptor(Document.prototype, 'cookie')!;
  Object.defineProperty(document, 'cookie', {
    configurable: true,
    get: () => (calls.push('document.cookie (read)'), cookie.get!.call(document)),
    set: (value: string) => (calls.push(`document.cookie = ${value}`), cookie.set!.call(document, value)),
  });
  restores.push(() => delete (document as unknown as Record<string, unknown>).cookie);
  const storedBefore = [localStorage.length, sessionStorage.length];
  const cookiesBefore = cookie.get!.call(document);

  return {
    calls,
    restore() {
      for (const restore of restores.reverse()) restore();
      const resources = performance.getEntriesByType('resource').slice(resourcesBefore);
      for (const entry of resources) calls.push(`request ${entry.name}`);
      if (localStorage.length !== storedBefore[0]) calls.push('localStorage changed');
      if (sessionStorage.length !== storedBefore[1]) calls.push('sessionStorage changed');
      if (cookie.get!.call(document) !== cookiesBefore) calls.push('cookies changed');
    },
  };
}
