// What the elements accept, so the sidebar can say so under the field before the page shows no link. A copy, in
// plain browser JavaScript (the plugin has no build step), of src/base/safe-url.ts (safeUrl, telUrl), booking-cta's
// e-mail pattern and exercise-card-video.ts's https rule; wordpress/test/url-checks.test.mjs runs both on the same
// good and bad values in Chromium, so the copy cannot drift unnoticed.
(function (editor) {
  'use strict';

  // eslint-disable-next-line no-control-regex
  const controlCharacters = /[\u0000-\u001f\u007f]/;
  const emailPattern = /^[A-Za-z0-9._+-]+@[A-Za-z0-9-]+(\.[A-Za-z0-9-]+)+$/;

  function safeUrl(raw, protocols, allowRelative) {
    const value = (raw || '').trim();
    if (!value || controlCharacters.test(value)) return false;
    if (!/^[a-z][a-z0-9+.-]*:/i.test(value)) {
      if (!allowRelative) return false;
      if (!/^(\/|\.{1,2}\/|[?#]|[\w\-.~]+(\/|$))/.test(value) || /%(?![0-9a-f]{2})|\s/i.test(value)) return false;
      try {
        return new URL(value, document.baseURI).origin === location.origin;
      } catch {
        return false;
      }
    }
    let url;
    try {
      url = new URL(value);
    } catch {
      return false;
    }
    const protocol = url.protocol.toLowerCase();
    if (!protocols.includes(protocol)) return false;
    return !((protocol === 'https:' || protocol === 'http:') && !url.hostname);
  }

  function isPhone(raw) {
    const value = (raw || '').trim();
    if (!value || /[a-z]/i.test(value) || !/^[\d\s+()./-]+$/.test(value)) return false;
    const digits = value
      .replace(/^((?:\+|00)\d{1,3})\s*\(0\)/, '$1')
      .replace(/[^\d+]/g, '')
      .replace(/(?!^)\+/g, '');
    return /^\+?\d{3,15}$/.test(digits);
  }

  function isEmail(raw) {
    const value = (raw || '').trim();
    return emailPattern.test(value) && safeUrl(`mailto:${value}`, ['mailto:'], false);
  }

  /** Check name => whether the element would use the value (an empty value is not written, so it is fine). */
  editor.checks = {
    booking: (value) => safeUrl(value, ['https:', 'http:'], true),
    video: (value) => safeUrl(value, ['https:'], false),
    phone: isPhone,
    email: isEmail,
  };
})((window.physioElementsEditor = window.physioElementsEditor || {}));
