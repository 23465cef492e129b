/**
 * The form of a fact's fields (template functions: the review panel owns the values). Every input
 * has a label, errors are tied to their field with `aria-describedby`, and `aria-invalid` marks them.
 */
import { html, nothing, type TemplateResult } from 'lit';
import type { ListName } from './decisions.js';
import { FIELDS, QUALIFIER_OPTIONS, type FieldError, type FieldSpec, type FormValues } from './fields.js';
import type { StudioStrings } from './strings.js';

export interface FactFormOptions {
  list: ListName;
  values: FormValues;
  errors: Record<string, FieldError>;
  /** Prefix for element ids, unique on the page. */
  idPrefix: string;
  s: StudioStrings;
  onInput(key: string, value: string): void;
}

function field(f: FieldSpec, o: FactFormOptions): TemplateResult {
  const { s, values, errors, idPrefix } = o;
  const id = `${idPrefix}-${f.name}`;
  const err = errors[f.name];
  const errorId = `${id}-error`;
  const label = `${s.fieldLabels[f.name] ?? f.name}${f.required ? ' *' : ''}`;
  const input = (key: string) => (e: Event) => o.onInput(key, (e.target as HTMLInputElement).value);
  const error = html`<p class="error" id=${errorId}>${err ? s.fieldErrors[err] : ''}</p>`;
  if (f.kind === 'count') {
    return html`<fieldset class="field count" aria-describedby=${errorId}>
      <legend>${label}</legend>
      <label for=${`${id}-q`}>${s.countQualifier}</label>
      <select id=${`${id}-q`} .value=${values[`${f.name}.qualifier`] ?? 'exact'} @change=${input(`${f.name}.qualifier`)}>
        ${QUALIFIER_OPTIONS.map((q) => html`<option value=${q} ?selected=${values[`${f.name}.qualifier`] === q}>${s.optionLabels[q]}</option>`)}
      </select>
      <label for=${`${id}-v`}>${s.countValue}</label>
      <input id=${`${id}-v`} inputmode="numeric" .value=${values[`${f.name}.value`] ?? ''} aria-invalid=${err ? 'true' : 'false'} aria-describedby=${errorId} @input=${input(`${f.name}.value`)}>
      ${error}
    </fieldset>`;
  }
  if (f.kind === 'place') {
    const part = (p: string, text: string) => html`<label for=${`${id}-${p}`}>${text}</label>
      <input id=${`${id}-${p}`} .value=${values[`${f.name}.${p}`] ?? ''} aria-invalid=${err ? 'true' : 'false'} aria-describedby=${errorId} @input=${input(`${f.name}.${p}`)}>`;
    return html`<fieldset class="field place" aria-describedby=${errorId}>
      <legend>${label}</legend>
      ${part('name', s.placeName)} ${part('country', s.placeCountry)} ${part('lat', s.placeLat)} ${part('lon', s.placeLon)}
      ${error}
    </fieldset>`;
  }
  let control: TemplateResult;
  if (f.kind === 'enum') {
    control = html`<select id=${id} .value=${values[f.name] ?? ''} aria-invalid=${err ? 'true' : 'false'} aria-describedby=${errorId} @change=${input(f.name)}>
      ${f.required ? nothing : html`<option value=""></option>`}
      ${(f.options ?? []).map((v) => html`<option value=${v} ?selected=${values[f.name] === v}>${s.optionLabels[v] ?? v}</option>`)}
    </select>`;
  } else if (f.kind === 'longtext') {
    control = html`<textarea id=${id} rows="3" .value=${values[f.name] ?? ''} aria-describedby=${errorId} @input=${input(f.name)}></textarea>`;
  } else {
    const mode = f.kind === 'number' || f.kind === 'date' ? 'decimal' : 'text';
    control = html`<input id=${id} inputmode=${mode} .value=${values[f.name] ?? ''} ?required=${!!f.required}
      aria-invalid=${err ? 'true' : 'false'} aria-describedby=${errorId} @input=${input(f.name)}>`;
  }
  return html`<div class="field"><label for=${id}>${label}</label>${control}${error}</div>`;
}

export function factForm(o: FactFormOptions): TemplateResult {
  return html`<div class="fact-form">${FIELDS[o.list].map((f) => field(f, o))}</div>`;
}
