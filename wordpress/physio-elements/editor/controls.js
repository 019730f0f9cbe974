// The sidebar built from a block's control list (attributes.js), and the live preview: the real element with the
// block's attributes, so what the editor sees is what the reader gets.
(function (editor, wp) {
  'use strict';

  const { createElement: el, Fragment } = wp.element;
  const { InspectorControls } = wp.blockEditor;
  const { PanelBody, SelectControl, TextControl, ToggleControl } = wp.components;
  // The site's numbers for a block that has none (includes/blocks.php prints them before this file).
  const defaults = editor.defaults || {};
  const { __, sprintf } = wp.i18n;

  /** headingLevel → heading-level, as the element spells it. */
  const kebab = (name) => name.replace(/[A-Z]/g, (letter) => `-${letter.toLowerCase()}`);

  function problem(control, value) {
    if (value === undefined || value === '') return '';
    if (control.type === 'number' && !(Number.isInteger(value) && value >= control.min && value <= control.max)) {
      /* translators: 1: lowest allowed number, 2: highest allowed number. */
      const text = __('Use a whole number from %1$d to %2$d; otherwise the widget uses its default.', 'physio-elements');
      return sprintf(text, control.min, control.max);
    }
    if (control.check && !editor.checks[control.check](value)) {
      return control.error || __('The widget does not accept this value.', 'physio-elements');
    }
    return '';
  }

  /**
   * Under the field, in place of its help, so screen readers read it with the field. The error goes into a polite
   * live region that is there from the start (a region added together with its text is not announced), so typing a
   * value the widget would not take is heard, not only seen.
   */
  function help(control, value) {
    const message = problem(control, value);
    return el(
      Fragment,
      null,
      message ? null : control.help,
      el(
        'span',
        { role: 'status', className: 'physio-elements-field-status' },
        message ? el('span', { className: 'physio-elements-error', style: { color: '#cc1818' } }, message) : null,
      ),
    );
  }

  function control(item, attributes, setAttributes) {
    const value = attributes[item.attribute];
    const set = (next) => setAttributes({ [item.attribute]: next });
    const common = { key: item.attribute, label: item.label, help: help(item, value) };
    switch (item.type) {
      case 'toggle':
        return el(ToggleControl, { ...common, checked: !!value, onChange: set });
      case 'select':
        return el(SelectControl, {
          ...common,
          value: value ?? item.options[0].value,
          options: item.options,
          // The empty choice writes nothing (undefined), never an empty attribute.
          onChange: (next) => set(next || undefined),
        });
      case 'tri-state':
        return el(SelectControl, {
          ...common,
          value: value === true ? 'on' : value === false ? 'off' : '',
          options: item.options,
          onChange: (next) => set(next === 'on' ? true : next === 'off' ? false : undefined),
        });
      case 'number':
        return el(TextControl, {
          ...common,
          type: 'number',
          min: item.min,
          max: item.max,
          placeholder: item.placeholder,
          value: value ?? '',
          onChange: (next) => set(next === '' || Number.isNaN(Number(next)) ? undefined : Number(next)),
        });
      default:
        return el(TextControl, {
          ...common,
          placeholder: defaults[item.attribute] || item.placeholder,
          value: value ?? '',
          onChange: (next) => set(next || undefined),
        });
    }
  }

  /** The block's sidebar: one control per attribute of the element, after a notice about the block, if any. */
  editor.inspector = (blockName, attributes, setAttributes, notice = null) =>
    el(
      InspectorControls,
      null,
      el(
        PanelBody,
        { title: __('Settings', 'physio-elements') },
        notice,
        editor.attributes[blockName].map((item) => control(item, attributes, setAttributes)),
      ),
    );

  /**
   * The element's attributes as the page gets them: false and empty ones left out, true as a bare attribute, and the
   * site's numbers where the block has none (as includes/site-settings.php does on the front end). Only the block's
   * controls' names: WordPress adds attributes of its own (lock, metadata) that the element must not get.
   */
  editor.elementAttributes = (blockName, attributes) => {
    const out = {};
    for (const { attribute: name } of editor.attributes[blockName]) {
      const own = attributes[name];
      const blank = own === undefined || own === null || (typeof own === 'string' && own.trim() === '');
      const value = blank && defaults[name] ? defaults[name] : own;
      if (value === undefined || value === null || value === '') continue;
      if (value === false && name !== 'perSide') continue;
      out[kebab(name)] = value === true ? '' : String(value);
    }
    return out;
  };

  /** Keeps a click on the preview's links (the booking button, a video link) from leaving the editor. */
  editor.stayInEditor = (event) => {
    if (event.nativeEvent.composedPath().some((node) => node.localName === 'a')) event.preventDefault();
  };
})(window.physioElementsEditor, window.wp);
