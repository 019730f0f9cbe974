// Registers the blocks whose block.json PHP has already registered: each edit shows the sidebar and the real element;
// the page gets the element from PHP (includes/blocks.php), so the widgets save nothing but the FAQ's questions.
(function (editor, wp) {
  'use strict';

  const { createElement: el, Fragment } = wp.element;
  const { InnerBlocks, useBlockProps } = wp.blockEditor;
  const { Notice } = wp.components;
  const { registerBlockType } = wp.blocks;
  const { __ } = wp.i18n;

  const note = (text) =>
    el('p', { className: 'physio-elements-preview-note', style: { fontSize: '0.8125rem', color: '#757575' } }, text);

  /**
   * A booking block with no link the element would show (none set, or none it accepts) is only a heading on the
   * page: say so where the editor looks, in the block and at the top of its sidebar. Only one of the two is spoken
   * (Notice announces itself when it appears), so a screen reader hears it once.
   */
  function bookingNotice(attributes, spoken) {
    const channels = editor.attributes['physio-elements/booking-cta'].filter((item) =>
      ['href', 'phone', 'email'].includes(item.attribute),
    );
    const bookable = channels.some(
      (item) => attributes[item.attribute] && editor.checks[item.check](attributes[item.attribute]),
    );
    if (bookable) return null;
    return el(
      Notice,
      {
        status: 'warning',
        isDismissible: false,
        className: 'physio-elements-booking-notice',
        ...(spoken ? {} : { spokenMessage: null }),
      },
      __('Add an online booking page, a phone number or an e-mail address.', 'physio-elements'),
    );
  }

  /**
   * The floating button is position: fixed with a z-index above everything: in the 6.1 post editor (no iframe) it
   * would sit over the admin screen. The transform makes this box the containing block of fixed children (and a
   * stacking context for the z-index), so the button floats in the corner of the block instead; the min-height
   * leaves it room.
   */
  const floating = (preview) =>
    el(
      Fragment,
      null,
      note(__('Floats in a corner of the published page.', 'physio-elements')),
      el(
        'div',
        { className: 'physio-elements-floating-preview', style: { transform: 'translateZ(0)', minHeight: '5rem' } },
        preview,
      ),
    );

  for (const name of [
    'physio-elements/red-flags',
    'physio-elements/load-bucket',
    'physio-elements/exercise-card',
    'physio-elements/booking-cta',
  ]) {
    const tag = name.replace('physio-elements/', 'physio-');
    const booking = name === 'physio-elements/booking-cta';
    registerBlockType(name, {
      edit: ({ attributes, setAttributes }) => {
        const notice = (spoken) => (booking ? bookingNotice(attributes, spoken) : null);
        const preview = el(tag, editor.elementAttributes(name, attributes));
        return el(
          Fragment,
          null,
          editor.inspector(name, attributes, setAttributes, notice(true)),
          el(
            'div',
            useBlockProps({ onClick: editor.stayInEditor }),
            notice(false),
            booking && attributes.variant === 'floating' ? floating(preview) : preview,
          ),
        );
      },
      save: () => null,
    });
  }

  registerBlockType('physio-elements/faq', { edit: editor.faqEdit, save: () => el(InnerBlocks.Content) });
  registerBlockType('physio-elements/faq-question', { edit: editor.questionEdit, save: editor.questionSave });
})(window.physioElementsEditor, window.wp);
