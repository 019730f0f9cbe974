import { isServer } from 'lit-html/is-server.js';

const allowedProtocols = new Set(['https:', 'http:', 'tel:', 'mailto:']);

export interface SafeUrlOptions {
  /** Limit to a subset of the allowlist, e.g. `['https:', 'http:']` for a booking page. */
  protocols?: readonly string[];
  /** Accept relative URLs such as `/book` or `#faq`, as long as they stay on the page's origin. */
  allowRelative?: boolean;
}

/**
 * The one gate every page-supplied URL passes before it reaches an `href` or `src`.
 * Returns the URL to use, or `undefined` for anything outside the allowlist (`javascript:`, `data:`, garbage).
 */
export function safeUrl(raw: string | null | undefined, options: SafeUrlOptions = {}): string | undefined {
  const value = (raw ?? '').trim();
  if (!value) return undefined;
  // Control characters inside a scheme are how `java\nscript:` slips past naive checks.
  // eslint-disable-next-line no-control-regex
  if (/[\u0000-\u001f\u007f]/.test(value)) return undefined;
  const protocols = options.protocols ?? [...allowedProtocols];
  const hasScheme = /^[a-z][a-z0-9+.-]*:/i.test(value);
  if (!hasScheme) {
    if (!options.allowRelative) return undefined;
    // A path, query or fragment made of ordinary URL characters, with well-formed % escapes.
    if (!/^(\/|\.{1,2}\/|[?#]|[\w\-.~]+(\/|$))/.test(value) || /%(?![0-9a-f]{2})|\s/i.test(value)) return undefined;
    // Relative means this site: `//host`, `/\host`, `\\host` or a `<base href>` elsewhere would leave it.
    // The resolved URL is returned, so events report the URL actually followed.
    try {
      // A server knows neither the page's address nor its <base>: it checks against a stand-in origin and keeps the
      // path as written, which the browser resolves the same way (hydration keeps the attribute it finds).
      if (isServer) return new URL(value, 'https://server.invalid').host === 'server.invalid' ? value : undefined;
      const resolved = new URL(value, document.baseURI);
      return resolved.origin === location.origin ? resolved.href : undefined;
    } catch {
      return undefined;
    }
  }
  let url: URL;
  try {
    url = new URL(value);
  } catch {
    return undefined;
  }
  const protocol = url.protocol.toLowerCase();
  if (!allowedProtocols.has(protocol) || !protocols.includes(protocol)) return undefined;
  if ((protocol === 'https:' || protocol === 'http:') && !url.hostname) return undefined;
  return url.href;
}

/** A phone number as written on the page (`+32 (0)15 12 34 56`) turned into a dialable `tel:` URL. */
export function telUrl(phone: string | null | undefined): string | undefined {
  const raw = (phone ?? '').trim();
  // Letters ("0800-PHYSIO", "ext 12") would be dropped silently and dial a different number: refuse them.
  if (!raw || /[a-z]/i.test(raw) || !/^[\d\s+()./-]+$/.test(raw)) return undefined;
  // "(0)" after a country code is the trunk prefix, not dialled internationally; elsewhere it is part of the number.
  const withoutTrunk = raw.replace(/^((?:\+|00)\d{1,3})\s*\(0\)/, '$1');
  const digits = withoutTrunk.replace(/[^\d+]/g, '').replace(/(?!^)\+/g, '');
  if (!/^\+?\d{3,15}$/.test(digits)) return undefined;
  return `tel:${digits}`;
}
