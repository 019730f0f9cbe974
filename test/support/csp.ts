/** The strictest policy a clinic might set: own scripts and styles only, no requests, Trusted Types required. */
export const strictCsp = [
  "default-src 'none'",
  "script-src 'self'",
  "style-src 'self'",
  "connect-src 'none'",
  "img-src 'none'",
  "base-uri 'none'",
  "require-trusted-types-for 'script'",
].join('; ');
