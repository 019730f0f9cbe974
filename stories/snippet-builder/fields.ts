/** The parts of custom-elements.json the builder reads (schema 2.x). */
export interface Manifest {
  modules: Array<{ declarations?: Array<Declaration> }>;
}
interface Declaration {
  tagName?: string;
  customElement?: boolean;
  summary?: string;
  attributes?: Array<{ name?: string; description?: string; default?: string; type?: { text?: string } }>;
}

/** One form control, made from one attribute of the manifest. */
export interface Field {
  name: string;
  description: string;
  /**
   * `select`: a union of string literals; `checkbox`: a boolean attribute that is off unless present; `tristate`: a
   * boolean the widget decides when absent, so the form must be able to say "on" and "off"; else a number or text.
   */
  control: 'select' | 'checkbox' | 'tristate' | 'number' | 'text';
  /** For text fields: only the on-screen keyboard differs. Every field takes any text, so the widget can warn. */
  inputType: 'text' | 'url' | 'tel' | 'email';
  /** The values of a `select`. */
  options: string[];
  /** The value the widget uses when the attribute is absent, as an attribute value; '' when the widget decides. */
  fallback: string;
}

export interface Widget {
  tag: string;
  summary: string;
  fields: Field[];
}

/** `'inline'` in the manifest is the attribute value `inline`. */
const unquote = (text: string) => text.replace(/^(['"`])(.*)\1$/, '$2');

function inputTypeOf(name: string): Field['inputType'] {
  if (name === 'href' || name === 'video') return 'url';
  if (name === 'phone' || name.endsWith('-number')) return 'tel';
  return name === 'email' ? 'email' : 'text';
}

function fieldOf(attribute: Required<Declaration>['attributes'][number] & { name: string }): Field {
  const parts = (attribute.type?.text ?? 'string')
    .split('|')
    .map((part) => part.trim())
    .filter((part) => part !== 'undefined');
  const literals = parts.every((part) => /^(['"]).*\1$/.test(part));
  const fallback = attribute.default === undefined ? '' : unquote(attribute.default);
  const field: Field = {
    name: attribute.name,
    description: (attribute.description ?? '').replace(/\s+/g, ' ').trim(),
    control: 'text',
    inputType: inputTypeOf(attribute.name),
    options: [],
    fallback,
  };
  if (literals) return { ...field, control: 'select', options: parts.map(unquote) };
  // A boolean without a default (`per-side`) is decided by the widget when absent; off is `per-side="false"`.
  if (parts.includes('boolean'))
    return { ...field, control: attribute.default === undefined ? 'tristate' : 'checkbox' };
  return parts.includes('number') ? { ...field, control: 'number' } : field;
}

/** Every custom element in the manifest, with a field for each of its attributes, in the manifest's order. */
export function widgetsOf(manifest: Manifest): Widget[] {
  return manifest.modules
    .flatMap((module) => module.declarations ?? [])
    .filter((d): d is Declaration & { tagName: string } => Boolean(d.customElement && d.tagName))
    .map((d) => ({
      tag: d.tagName,
      summary: d.summary ?? '',
      fields: (d.attributes ?? []).filter((a): a is typeof a & { name: string } => Boolean(a.name)).map(fieldOf),
    }));
}

/**
 * The attributes to write, in field order: only those that differ from what the widget does without them. The
 * value is exactly what the editor typed (the widget trims and checks it, and warns), `true` for a bare attribute.
 */
export function changedAttributes(fields: Field[], values: Record<string, string>): Array<[string, string | true]> {
  const changed: Array<[string, string | true]> = [];
  for (const field of fields) {
    const value = values[field.name] ?? field.fallback;
    if (field.control === 'checkbox' || field.control === 'tristate') {
      if (value === 'true' && field.fallback !== 'true') changed.push([field.name, true]);
      else if (value === 'false' && field.control === 'tristate') changed.push([field.name, 'false']);
    } else if (value !== '' && value !== field.fallback) changed.push([field.name, value]);
  }
  return changed;
}
