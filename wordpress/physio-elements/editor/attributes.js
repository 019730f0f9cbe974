// One sidebar control per element attribute, as custom-elements.json lists them (test/build/wordpress-blocks.test.mts
// fails when an element gains an attribute that has no control here). `attribute` is the block attribute, the
// element's name in camelCase; number ranges are the ones the element accepts (src/base/warn.ts pick* calls).
(function (editor, __) {
  'use strict';

  const region = {
    attribute: 'region',
    type: 'select',
    label: __('Country', 'physio-elements'),
    help: __("Which country's routes, numbers and rules are shown.", 'physio-elements'),
    // Empty: nothing is written, so the site setting (or the page language) decides.
    options: [
      { value: '', label: __('Site setting', 'physio-elements') },
      { value: 'nl', label: __('Netherlands', 'physio-elements') },
      { value: 'be', label: __('Belgium', 'physio-elements') },
    ],
  };
  const headingLevel = (fallback) => ({
    attribute: 'headingLevel',
    type: 'number',
    label: __('Heading level', 'physio-elements'),
    min: 2,
    max: 6,
    placeholder: String(fallback),
  });
  const emergencyNumber = {
    attribute: 'emergencyNumber',
    type: 'text',
    check: 'phone',
    label: __('Emergency number', 'physio-elements'),
    placeholder: '112',
    error: __('Not a phone number: the widget shows 112 instead.', 'physio-elements'),
  };
  const afterHoursNumber = {
    attribute: 'afterHoursNumber',
    type: 'text',
    check: 'phone',
    label: __('After-hours number (GP on call)', 'physio-elements'),
    help: __(
      'Empty: the number from the settings, else 1733 in Belgium; in the Netherlands the widget names the huisartsenpost without a number.',
      'physio-elements',
    ),
    error: __('Not a phone number: the widget ignores it.', 'physio-elements'),
  };
  const count = (attribute, label, min, max) => ({ attribute, type: 'number', label, min, max });

  editor.attributes = {
    'physio-elements/faq': [
      {
        attribute: 'topic',
        type: 'select',
        label: __('Built-in questions', 'physio-elements'),
        help: __('Shown when the FAQ has no questions of its own.', 'physio-elements'),
        options: [{ value: 'low-back-pain', label: __('Low back pain', 'physio-elements') }],
      },
      { attribute: 'single', type: 'toggle', label: __('Opening one question closes the others', 'physio-elements') },
      headingLevel(3),
      {
        attribute: 'structuredData',
        type: 'toggle',
        label: __('Structured data for search engines', 'physio-elements'),
      },
      { attribute: 'searchable', type: 'toggle', label: __('Search field', 'physio-elements') },
      region,
      emergencyNumber,
      afterHoursNumber,
    ],
    'physio-elements/red-flags': [
      region,
      emergencyNumber,
      afterHoursNumber,
      headingLevel(2),
      {
        attribute: 'static',
        type: 'toggle',
        label: __('Information panel without checkboxes', 'physio-elements'),
      },
    ],
    'physio-elements/load-bucket': [
      {
        attribute: 'preset',
        type: 'select',
        label: __('Starting point', 'physio-elements'),
        options: [
          { value: 'empty', label: __('Empty', 'physio-elements') },
          { value: 'moving-house', label: __('Moving house (nearly full)', 'physio-elements') },
        ],
      },
      region,
      headingLevel(2),
    ],
    'physio-elements/exercise-card': [
      {
        attribute: 'exercise',
        type: 'select',
        label: __('Exercise', 'physio-elements'),
        options: [
          { value: 'bird-dog', label: __('Bird dog', 'physio-elements') },
          { value: 'glute-bridge', label: __('Bridge', 'physio-elements') },
          { value: 'single-leg-bridge', label: __('Single-leg bridge', 'physio-elements') },
          { value: 'knee-rolls', label: __('Knee rolls', 'physio-elements') },
          { value: 'bottom-to-heels', label: __('Bottom to heels', 'physio-elements') },
          { value: 'pelvic-tilt', label: __('Pelvic tilt', 'physio-elements') },
          { value: 'walking', label: __('Walking', 'physio-elements') },
        ],
      },
      count('sets', __('Sets', 'physio-elements'), 1, 20),
      count('reps', __('Repetitions per set', 'physio-elements'), 1, 100),
      count('hold', __('Hold (seconds)', 'physio-elements'), 0, 120),
      {
        attribute: 'perSide',
        type: 'tri-state',
        label: __('Count each side separately', 'physio-elements'),
        options: [
          { value: '', label: __('As the exercise suggests', 'physio-elements') },
          { value: 'on', label: __('Yes', 'physio-elements') },
          { value: 'off', label: __('No', 'physio-elements') },
        ],
      },
      count('rest', __('Rest between sets (seconds)', 'physio-elements'), 0, 600),
      count('minutes', __('Minutes', 'physio-elements'), 1, 180),
      count('timesPerDay', __('Times a day', 'physio-elements'), 1, 10),
      count('daysPerWeek', __('Days a week', 'physio-elements'), 1, 7),
      {
        attribute: 'video',
        type: 'text',
        check: 'video',
        label: __('Video', 'physio-elements'),
        help: __('An https link: YouTube, Vimeo, or an .mp4 or .webm file.', 'physio-elements'),
        error: __('The card shows no video for this: it needs an https link.', 'physio-elements'),
      },
      headingLevel(3),
      emergencyNumber,
      region,
    ],
    'physio-elements/booking-cta': [
      {
        attribute: 'href',
        type: 'text',
        check: 'booking',
        label: __('Online booking page', 'physio-elements'),
        help: __('An https or http link, or a page of this site such as /book.', 'physio-elements'),
        error: __('No booking button is shown for this: use an https or http link or a page of this site.', 'physio-elements'),
      },
      {
        attribute: 'phone',
        type: 'text',
        check: 'phone',
        label: __('Phone number', 'physio-elements'),
        error: __('No call link is shown for this: use digits, spaces and + ( ) . / - only.', 'physio-elements'),
      },
      {
        attribute: 'email',
        type: 'text',
        check: 'email',
        label: __('E-mail address', 'physio-elements'),
        error: __('No e-mail link is shown for this: write an address such as info@clinic.be.', 'physio-elements'),
      },
      { attribute: 'clinic', type: 'text', label: __('Clinic name (in the heading)', 'physio-elements') },
      {
        attribute: 'label',
        type: 'text',
        label: __('Button text', 'physio-elements'),
        placeholder: __('Book online', 'physio-elements'),
      },
      region,
      {
        attribute: 'cancellationHours',
        type: 'number',
        label: __('Free cancellation up to (hours before)', 'physio-elements'),
        help: __('0 hides the line about free cancellation.', 'physio-elements'),
        min: 0,
        max: 168,
        placeholder: '24',
      },
      {
        attribute: 'variant',
        type: 'select',
        label: __('Layout', 'physio-elements'),
        options: [
          { value: 'inline', label: __('Inline', 'physio-elements') },
          { value: 'banner', label: __('Banner (full width)', 'physio-elements') },
          { value: 'floating', label: __('Floating button in the corner', 'physio-elements') },
        ],
      },
      headingLevel(2),
    ],
  };
})((window.physioElementsEditor = window.physioElementsEditor || {}), window.wp.i18n.__);
