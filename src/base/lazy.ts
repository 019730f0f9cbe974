/**
 * A module loaded the first time a widget needs it (`import()`), shared by every instance. In the single CDN file
 * the import is inlined, so it resolves within the same task and the first paint already has the content.
 */
export class Lazy<T> {
  #value?: T;
  #loading?: Promise<T>;

  constructor(private readonly load: () => Promise<T>) {}

  /** The module, or undefined while it is not loaded yet. */
  get current(): T | undefined {
    return this.#value;
  }

  /** Starts loading (once) and resolves with the module. */
  request(): Promise<T> {
    return (this.#loading ??= this.load().then((value) => (this.#value = value)));
  }
}
