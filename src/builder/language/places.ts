/**
 * Places in a sentence, from the gazetteer generated out of maintained data (gazetteer.ts): country
 * names, demonyms ("Cambodian"), capitals, cities and first-level regions. A demonym says which
 * country a sentence is about, never where something happened: "the Cambodian embassy in north
 * London" is in London. A name that is also an English word or a first name ("Victoria") is a place
 * only where the text puts something in it ("in Victoria").
 */
import type { Place } from '../../feed/types.js';
import { countryByCode, demonymOf as demonymFor, findPlaceNames, type GazetteerEntry, type PlaceMention } from './gazetteer.js';

export type { GazetteerEntry, PlaceMention };

const LOCATIVE_BEFORE = /\b(?:in|at|near|outside|from|to|across|around)\s+(?:the\s+)?$/i;
/** A capitalised word right before, that is not a direction or part of a place's own name. */
const GIVEN_NAME = /(?:^|[\s(“"])(?!(?:North|South|East|West|Central|Greater|Northern|Southern|Eastern|Western|Upper|Lower|New|Old|The|In|At|From|To|Of|And|On|Near|Outside|Across|Metro|Downtown|Inner|Outer)\s)\p{Lu}\p{Ll}+\s$/u;
/** "the Southland garment factory", "Phnom Penh-based": a place name inside another name. */
const NAME_AFTER = /^(?:[-–]\p{L}|\s+(?:garment|factory|factories|company|group|mill|apparel|textiles?|ltd|co\b|inc\b|sportswear|footwear|hotel|mall))/iu;

/** Every place name and demonym in a text, left to right. */
export function findPlaces(text: string): PlaceMention[] {
  return findPlaceNames(text).filter((p) => {
    if (/[-–]$/.test(text.slice(Math.max(0, p.start - 1), p.start))) return false;
    // "Pedro Zamora": a place name after a given name is a surname.
    if (p.entry.kind !== 'country' && !p.demonym && GIVEN_NAME.test(text.slice(Math.max(0, p.start - 24), p.start))) return false;
    if (p.entry.kind !== 'country' && !p.demonym && NAME_AFTER.test(text.slice(p.end, p.end + 12))) return false;
    return !p.entry.ambiguous || p.entry.kind === 'country' || LOCATIVE_BEFORE.test(text.slice(Math.max(0, p.start - 12), p.start));
  });
}

export function countryName(iso: string): string | undefined {
  return countryByCode(iso)?.name;
}

/** "KH" → "Cambodian", for titles such as "Protest outside the Cambodian embassy". */
export function demonymOf(iso: string): string | undefined {
  return demonymFor(iso);
}

/** A Place for the feed. A country becomes its seat city's marker only when `atSeat` (embassies). */
export function toPlace(entry: GazetteerEntry, atSeat = false): Place {
  if (entry.kind === 'country') {
    // The name stays what the text says ("Germany"); the marker goes where embassies are (Berlin).
    if (atSeat && entry.seat) return { name: entry.name, country: entry.country, lat: entry.seat.lat, lon: entry.seat.lon };
    return { name: entry.name, country: entry.country };
  }
  const place: Place = { name: entry.name, country: entry.country };
  if (entry.lat !== undefined && entry.lon !== undefined) {
    place.lat = entry.lat;
    place.lon = entry.lon;
  }
  return place;
}

/** A country-level place: name and code only, no marker (the text does not say where in it). */
export function countryPlace(iso: string): Place {
  return { name: countryName(iso) ?? iso, country: iso };
}
