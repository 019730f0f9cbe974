// Hostile attribute and content values: the elements' conformance tests and the WordPress plugin's tests (shortcodes,
// blocks, REST saves) send the same list.
/** @type {string[]} */
export default [
  '<img src=x onerror="window.__physioXss=1">',
  '"><script>window.__physioXss=1</script>',
  'javascript:window.__physioXss=1',
  "'); window.__physioXss=1; ('",
  '</script><svg onload="window.__physioXss=1">',
];
