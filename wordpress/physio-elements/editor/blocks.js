// Registers the blocks whose block.json PHP has already registered: each edit shows the sidebar and the real element;
// the page gets the element from PHP (includes/blocks.php), so the widgets save nothing but the FAQ's questions.
(function (editor, wp) {
  'use strict';

  const { createElement: el, Fragment } = wp.element;
  const { InnerBlocks, useBlockProps } = wp.blockEditor;
  const { registerBlockType } = wp.blocks;

  for (const name of [
    'physio-elements/red-flags',
    'physio-elements/load-bucket',
    'physio-elements/exercise-card',
    'physio-elements/booking-cta',
  ]) {
    const tag = name.replace('physio-elements/', 'physio-');
    registerBlockType(name, {
      edit: ({ attributes, setAttributes }) =>
        el(
          Fragment,
          null,
          editor.inspector(name, attributes, setAttributes),
          el('div', useBlockProps({ onClick: editor.stayInEditor }), el(tag, editor.elementAttributes(name, attributes))),
        ),
      save: () => null,
    });
  }

  registerBlockType('physio-elements/faq', { edit: editor.faqEdit, save: () => el(InnerBlocks.Content) });
  registerBlockType('physio-elements/faq-question', { edit: editor.questionEdit, save: editor.questionSave });
})(window.physioElementsEditor, window.wp);
