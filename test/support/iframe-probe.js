// Loaded first by test pages in an iframe (as a plain script, so it is allowed by a strict CSP): records what the
// page's scripts do before the test can look, i.e. errors, warnings and Content-Security-Policy violations.
window.__probe = { errors: [], warnings: [], violations: [] };
window.addEventListener('error', (event) => window.__probe.errors.push(String(event.message)));
window.addEventListener('unhandledrejection', (event) => window.__probe.errors.push(String(event.reason)));
document.addEventListener('securitypolicyviolation', (event) =>
  window.__probe.violations.push(
    `${event.violatedDirective} ${event.blockedURI} ${event.sample} ${event.sourceFile}:${event.lineNumber}:${event.columnNumber}`,
  ),
);
const warn = console.warn;
console.warn = (...args) => {
  window.__probe.warnings.push(args.map(String).join(' '));
  warn.apply(console, args);
};
