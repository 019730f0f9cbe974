import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { runInNewContext } from 'node:vm';

// The plugin's blocks follow custom-elements.json: a new element attribute fails here until its block has the
// attribute and a sidebar control (wordpress/physio-elements/blocks/*/block.json, editor/attributes.js).
const plugin = 'wordpress/physio-elements';
const blocks = ['faq', 'red-flags', 'load-bucket', 'exercise-card', 'booking-cta'];

interface ManifestAttribute {
  name: string;
  type?: { text: string };
  default?: string;
}
const manifest = JSON.parse(readFileSync('custom-elements.json', 'utf8'));
const elements = new Map<string, ManifestAttribute[]>();
for (const module of manifest.modules) {
  for (const declaration of module.declarations ?? []) {
    if (declaration.customElement && declaration.tagName) elements.set(declaration.tagName, declaration.attributes);
  }
}

interface BlockAttribute {
  type: string;
  enum?: string[];
  default?: unknown;
}
const blockJson = (name: string) => JSON.parse(readFileSync(`${plugin}/blocks/${name}/block.json`, 'utf8'));

interface Control {
  attribute: string;
  type: string;
  check?: string;
  min?: number;
  max?: number;
  options?: { value: string; label: string }[];
}
// The editor file as WordPress runs it, with __() returning its text.
const window: { wp: unknown; physioElementsEditor?: { attributes: Record<string, Control[]> } } = {
  wp: { i18n: { __: (text: string) => text } },
};
runInNewContext(readFileSync(`${plugin}/editor/attributes.js`, 'utf8'), { window });
// Copied out of the script's realm, whose arrays deepEqual would not take for this realm's.
const controls: Record<string, Control[]> = JSON.parse(JSON.stringify(window.physioElementsEditor!.attributes));

const camel = (name: string) => name.replace(/-([a-z])/g, (_, letter: string) => letter.toUpperCase());
/** `'nl' | 'be' | undefined` → ['nl', 'be']; undefined for a type that is not a list of choices. */
const choices = (type: string) =>
  /^'/.test(type) ? [...type.matchAll(/'([^']+)'/g)].map(([, value]) => value) : undefined;
const blockType = (type: string) =>
  choices(type) ? 'string' : type.startsWith('boolean') ? 'boolean' : type.startsWith('number') ? 'number' : 'string';
const checks: Record<string, string> = {
  href: 'booking',
  video: 'video',
  email: 'email',
  phone: 'phone',
  'emergency-number': 'phone',
  'after-hours-number': 'phone',
};

describe('WordPress blocks (one per element)', () => {
  for (const name of blocks) {
    const tag = `physio-${name}`;
    const block = blockJson(name);
    const attributes: Record<string, BlockAttribute> = block.attributes;
    const manifestAttributes = elements.get(tag)!;

    it(`${name}: block.json is an apiVersion 2 widget block of the plugin, server-rendered`, () => {
      assert.ok(manifestAttributes, `${tag} is in custom-elements.json`);
      assert.equal(block.name, `physio-elements/${name}`);
      assert.equal(block.apiVersion, 2);
      assert.equal(block.textdomain, 'physio-elements');
      assert.equal(block.category, 'widgets');
      assert.equal(block.supports.html, false);
      assert.equal(block.editorScript, 'physio-elements-editor');
      assert.ok(block.title && block.description && block.keywords.length >= 3);
    });

    it(`${name}: the block has exactly the element attributes, camelCased, with their types and choices`, () => {
      assert.deepEqual(Object.keys(attributes).sort(), manifestAttributes.map((a) => camel(a.name)).sort());
      for (const attribute of manifestAttributes) {
        const type = attribute.type?.text ?? 'string';
        const own = attributes[camel(attribute.name)];
        assert.equal(own.type, blockType(type), attribute.name);
        assert.deepEqual(own.enum, choices(type), `${attribute.name}: choices`);
      }
    });

    it(`${name}: the sidebar has a control of the right kind for every attribute`, () => {
      const list = controls[`physio-elements/${name}`];
      assert.deepEqual(list.map((c) => c.attribute).sort(), Object.keys(attributes).sort());
      for (const attribute of manifestAttributes) {
        const type = attribute.type?.text ?? 'string';
        const control = list.find((c) => c.attribute === camel(attribute.name))!;
        const values = choices(type);
        if (values) {
          assert.equal(control.type, 'select', attribute.name);
          const options = control.options!.map((o) => o.value);
          assert.deepEqual(
            options.filter(Boolean),
            values,
            `${attribute.name}: the same choices as the element, in its order`,
          );
          // An empty choice writes no attribute: only where neither the element nor the block has a default.
          const hasDefault = attribute.default !== undefined || attributes[camel(attribute.name)].default !== undefined;
          assert.equal(options.includes(''), !hasDefault, `${attribute.name}: empty choice`);
        } else if (type === 'boolean') {
          assert.equal(control.type, 'toggle', attribute.name);
        } else if (type.startsWith('boolean')) {
          assert.equal(control.type, 'tri-state', `${attribute.name}: default, on or off`);
          assert.deepEqual(
            control.options!.map((o) => o.value),
            ['', 'on', 'off'],
          );
        } else if (type.startsWith('number')) {
          assert.equal(control.type, 'number', attribute.name);
          assert.ok(Number.isInteger(control.min) && control.max! > control.min!, `${attribute.name}: range`);
        } else {
          assert.equal(control.type, 'text', attribute.name);
          assert.equal(control.check, checks[attribute.name], `${attribute.name}: checked as the element does`);
        }
      }
      const levels = list.find((c) => c.attribute === 'headingLevel');
      assert.deepEqual([levels?.min, levels?.max], [2, 6]);
    });
  }

  it('the FAQ question block saves markup Authors can keep: no class on details or summary', () => {
    const question = blockJson('faq-question');
    assert.deepEqual(question.parent, ['physio-elements/faq']);
    assert.deepEqual(question.supports, { html: false, className: false, customClassName: false, reusable: false });
    assert.equal(question.textdomain, 'physio-elements');
  });

  it('every block.json and the editor script handle are registered in includes/blocks.php', () => {
    const php = readFileSync(`${plugin}/includes/blocks.php`, 'utf8');
    for (const name of [...blocks, 'faq-question']) {
      assert.ok(php.includes(`'physio-elements/${name}'`) || php.includes(`/blocks/${name}'`), name);
    }
    assert.match(php, /'physio-elements-editor'\s*=>/);
    assert.match(php, /wp_set_script_translations\(\s*\$handle,\s*'physio-elements'/);
  });
});
