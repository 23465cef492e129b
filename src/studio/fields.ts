/**
 * The editable fields of each kind of fact, and the conversion between a fact and the text of a
 * form. The form checks only what a person can fix while typing (a number, a date, a code); the
 * builder's own `validateFeed` has the last word when the corrections are applied.
 */
import { isPartialDate } from '../feed/dates.js';
import { ACTION_KINDS, INCIDENT_KINDS, QUALIFIERS, WAGE_PERIODS, WAGE_ROLES } from '../feed/types.js';
import type { ListName } from './decisions.js';

export type FieldKind = 'text' | 'longtext' | 'number' | 'date' | 'enum' | 'code2' | 'code3' | 'count' | 'place' | 'names';

export interface FieldSpec {
  name: string;
  kind: FieldKind;
  required?: boolean;
  options?: readonly string[];
}

export const FIELDS: Record<ListName, readonly FieldSpec[]> = {
  wages: [
    { name: 'amount', kind: 'number', required: true },
    { name: 'currency', kind: 'code3', required: true },
    { name: 'period', kind: 'enum', required: true, options: WAGE_PERIODS },
    { name: 'role', kind: 'enum', required: true, options: WAGE_ROLES },
    { name: 'country', kind: 'code2' },
    { name: 'sector', kind: 'text' },
    { name: 'effective', kind: 'date' },
  ],
  incidents: [
    { name: 'date', kind: 'date', required: true },
    { name: 'end', kind: 'date' },
    { name: 'kind', kind: 'enum', required: true, options: INCIDENT_KINDS },
    { name: 'title', kind: 'text', required: true },
    { name: 'description', kind: 'longtext' },
    { name: 'deaths', kind: 'count' },
    { name: 'injured', kind: 'count' },
    { name: 'arrested', kind: 'count' },
    { name: 'participants', kind: 'count' },
    { name: 'place', kind: 'place' },
  ],
  actions: [
    { name: 'date', kind: 'date', required: true },
    { name: 'end', kind: 'date' },
    { name: 'kind', kind: 'enum', required: true, options: ACTION_KINDS },
    { name: 'title', kind: 'text', required: true },
    { name: 'description', kind: 'longtext' },
    { name: 'participants', kind: 'count' },
    { name: 'place', kind: 'place' },
    { name: 'organisers', kind: 'names' },
  ],
};

export const QUALIFIER_OPTIONS = QUALIFIERS;

/** A form's values: one string per input; counts and places use `field.part` keys. */
export type FormValues = Record<string, string>;
export type FieldError = 'required' | 'number' | 'date' | 'code2' | 'code3' | 'count' | 'coordinates';

const s = (v: unknown): string => (v === undefined || v === null ? '' : String(v));

export function toForm(list: ListName, fact: Record<string, unknown>): FormValues {
  const out: FormValues = {};
  for (const f of FIELDS[list]) {
    const v = fact[f.name] as Record<string, unknown> | undefined;
    if (f.kind === 'count') {
      out[`${f.name}.value`] = s(v?.value);
      out[`${f.name}.qualifier`] = s(v?.qualifier) || 'exact';
    } else if (f.kind === 'place') {
      for (const part of ['name', 'country', 'lat', 'lon']) out[`${f.name}.${part}`] = s(v?.[part]);
    } else if (f.kind === 'names') {
      out[f.name] = Array.isArray(v) ? v.join(', ') : '';
    } else out[f.name] = s(v);
  }
  return out;
}

const NUMBER = /^-?\d+(?:\.\d+)?$/;
const toNumber = (text: string): number | undefined => (NUMBER.test(text.replace(/[,\s]/g, '')) ? Number(text.replace(/[,\s]/g, '')) : undefined);

/**
 * Form values → the fact's fields (`undefined` = the field is empty, so it is removed) and the
 * problems a person must fix first, by field name.
 */
export function fromForm(list: ListName, values: FormValues): { fields: Record<string, unknown>; errors: Record<string, FieldError> } {
  const fields: Record<string, unknown> = {};
  const errors: Record<string, FieldError> = {};
  const get = (k: string): string => (values[k] ?? '').trim();
  for (const f of FIELDS[list]) {
    const raw = get(f.name);
    switch (f.kind) {
      case 'count': {
        const value = get(`${f.name}.value`);
        if (value === '') fields[f.name] = undefined;
        else {
          const n = toNumber(value);
          if (n === undefined || n < 0 || !Number.isInteger(n)) errors[f.name] = 'count';
          else fields[f.name] = { value: n, qualifier: QUALIFIERS.includes(get(`${f.name}.qualifier`) as never) ? get(`${f.name}.qualifier`) : 'exact' };
        }
        break;
      }
      case 'place': {
        const name = get(`${f.name}.name`);
        const country = get(`${f.name}.country`).toUpperCase();
        const lat = get(`${f.name}.lat`);
        const lon = get(`${f.name}.lon`);
        if (name === '' && country === '' && lat === '' && lon === '') {
          fields[f.name] = undefined;
          break;
        }
        if (name === '') {
          errors[f.name] = 'required';
          break;
        }
        if (country !== '' && !/^[A-Z]{2}$/.test(country)) {
          errors[f.name] = 'code2';
          break;
        }
        const place: Record<string, unknown> = { name };
        if (country) place.country = country;
        if (lat !== '' || lon !== '') {
          const la = toNumber(lat);
          const lo = toNumber(lon);
          if (la === undefined || lo === undefined || Math.abs(la) > 90 || Math.abs(lo) > 180) {
            errors[f.name] = 'coordinates';
            break;
          }
          place.lat = la;
          place.lon = lo;
        }
        fields[f.name] = place;
        break;
      }
      case 'names': {
        const names = raw.split(',').map((x) => x.trim()).filter(Boolean);
        fields[f.name] = names.length ? names : undefined;
        break;
      }
      default: {
        if (raw === '') {
          if (f.required) errors[f.name] = 'required';
          else fields[f.name] = undefined;
          break;
        }
        if (f.kind === 'number') {
          const n = toNumber(raw);
          if (n === undefined || n <= 0) errors[f.name] = 'number';
          else fields[f.name] = n;
        } else if (f.kind === 'date') {
          if (!isPartialDate(raw)) errors[f.name] = 'date';
          else fields[f.name] = raw;
        } else if (f.kind === 'code2' || f.kind === 'code3') {
          const code = raw.toUpperCase();
          if (!(f.kind === 'code2' ? /^[A-Z]{2}$/ : /^[A-Z]{3}$/).test(code)) errors[f.name] = f.kind;
          else fields[f.name] = code;
        } else fields[f.name] = f.kind === 'longtext' ? raw : raw.replace(/\s+/g, ' ');
      }
    }
  }
  return { fields, errors };
}
