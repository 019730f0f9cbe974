// The FAQ block: the editor's own questions (child blocks, each saved as <details><summary>…</summary>answer</details>,
// which <physio-faq> upgrades) above a live preview of the element built from them.
(function (editor, wp) {
  'use strict';

  const { createElement: el, Fragment } = wp.element;
  const { InnerBlocks, RichText, useBlockProps, useInnerBlocksProps } = wp.blockEditor;
  const { Button } = wp.components;
  const { createBlock, getBlockContent } = wp.blocks;
  const { useDispatch, useSelect } = wp.data;
  const { __ } = wp.i18n;

  editor.faqEdit = function FaqEdit({ attributes, setAttributes, clientId }) {
    const questions = useSelect((select) => select('core/block-editor').getBlock(clientId)?.innerBlocks ?? [], [
      clientId,
    ]);
    const { insertBlock } = useDispatch('core/block-editor');
    const list = useInnerBlocksProps(
      { className: 'physio-elements-faq-questions' },
      { allowedBlocks: ['physio-elements/faq-question'], renderAppender: false },
    );
    // As WordPress saves them, so the preview is the published FAQ.
    const html = questions.map((question) => getBlockContent(question)).join('');
    return el(
      Fragment,
      null,
      editor.inspector('physio-elements/faq', attributes, setAttributes),
      el(
        'div',
        useBlockProps(),
        el('div', list),
        el(
          Button,
          {
            variant: 'secondary',
            onClick: () => insertBlock(createBlock('physio-elements/faq-question'), questions.length, clientId),
          },
          __('Add a question', 'physio-elements'),
        ),
        el(
          'p',
          { className: 'physio-elements-preview-note', style: { fontSize: '0.8125rem', color: '#757575' } },
          questions.length
            ? __('Preview:', 'physio-elements')
            : __('No questions of your own yet: the built-in low back pain FAQ is shown.', 'physio-elements'),
        ),
        el(
          'div',
          { className: 'physio-elements-preview', onClick: editor.stayInEditor },
          el('physio-faq', { ...editor.elementAttributes('physio-elements/faq', attributes), dangerouslySetInnerHTML: { __html: html } }),
        ),
      ),
    );
  };

  editor.questionEdit = function QuestionEdit({ attributes, setAttributes }) {
    const answer = useInnerBlocksProps(
      { className: 'physio-elements-faq-answer' },
      {
        allowedBlocks: ['core/paragraph', 'core/list'],
        template: [['core/paragraph', { placeholder: __('Answer', 'physio-elements') }]],
      },
    );
    return el(
      'div',
      useBlockProps({ className: 'physio-elements-faq-question' }),
      el(RichText, {
        tagName: 'p',
        style: { fontWeight: 'bold' },
        'aria-label': __('Question', 'physio-elements'),
        placeholder: __('Question', 'physio-elements'),
        value: attributes.question,
        onChange: (question) => setAttributes({ question }),
        // A <summary> holds the question as plain text: no bold, links or line breaks.
        allowedFormats: [],
        withoutInteractiveFormatting: true,
        disableLineBreaks: true,
      }),
      el('div', answer),
    );
  };

  // No class or other attribute on <details>/<summary>: KSES would strip it for Authors and the block turn invalid.
  editor.questionSave = ({ attributes }) =>
    el('details', null, el(RichText.Content, { tagName: 'summary', value: attributes.question }), el(InnerBlocks.Content));
})(window.physioElementsEditor, window.wp);
