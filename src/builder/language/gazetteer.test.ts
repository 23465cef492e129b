// The generated gazetteer: places found in text (case-sensitive, longest first, demonyms apart), words
// that are not places, namesakes ranked, and the committed table the same as the generator's output.
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { test } from 'node:test';
import { countryByCode, demonymOf, findPlaceNames, lookupDemonym, lookupName } from './gazetteer.js';

const found = (text: string): string[] =>
  findPlaceNames(text).map((m) => `${m.text}=${m.entry.country}${m.demonym ? ' demonym' : ` ${m.entry.kind}`}`);

test('capitals, countries, a demonym and "the United States"', () => {
  const text = 'Workers marched in London, Phnom Penh and Dhaka, and outside the Cambodian embassy in Germany.';
  assert.deepEqual(found(text), [
    'London=GB capital', 'Phnom Penh=KH capital', 'Dhaka=BD capital', 'Cambodian=KH demonym', 'Germany=DE country',
  ]);
  const us = findPlaceNames('Brands based in the United States said nothing.');
  assert.deepEqual(us.map((m) => [m.text, m.entry.country, m.entry.kind]), [['United States', 'US', 'country']]);
  assert.equal(us[0].start, 'Brands based in the '.length);
  assert.deepEqual(found('the U.S. and the UK, Britain, Burma, Ivory Coast, South Korea'), [
    'U.S.=US country', 'UK=GB country', 'Britain=GB country', 'Burma=MM country', 'Ivory Coast=CI country',
    'South Korea=KR country',
  ]);
  assert.deepEqual(found('Bangladeshi, Sri Lankan, Filipino and Khmer workers'), [
    'Bangladeshi=BD demonym', 'Sri Lankan=LK demonym', 'Filipino=PH demonym', 'Khmer=KH demonym',
  ]);
});

test('industrial towns and provinces from the data', () => {
  assert.deepEqual(found('Kampong Speu, Hawassa, Gebze, Gurgaon, Bengaluru, Karachi, Lahore, Maseru, Bien Hoa.'), [
    'Kampong Speu=KH province', 'Hawassa=ET city', 'Gebze=TR city', 'Gurgaon=IN city', 'Bengaluru=IN city',
    'Karachi=PK city', 'Lahore=PK city', 'Maseru=LS capital', 'Bien Hoa=VN city',
  ]);
  assert.deepEqual(found('strikes in Haryana, Karnataka and Dong Nai'), [
    'Haryana=IN province', 'Karnataka=IN province', 'Dong Nai=VN province',
  ]);
  // "Heroica Matamoros" is the Tamaulipas city's own name; its short form beats the smaller namesake.
  assert.equal(lookupName('Matamoros')[0].name, 'Heroica Matamoros');
  // English other names of big cities.
  assert.deepEqual(found('Saigon, Bombay, Rangoon'), ['Saigon=VN city', 'Bombay=IN city', 'Rangoon=MM capital']);
});

test('not a place: US$80, Police, March, Union, Chadwick, US-based, lower case', () => {
  assert.deepEqual(found('The wage was doubled from US$80 to $160.'), []);
  assert.deepEqual(found('Police fired tear gas at the crowd.'), []);
  assert.deepEqual(found('In March 2014 the strike began.'), []);
  assert.deepEqual(found('Union leaders met the ministry.'), []);
  assert.deepEqual(found('Chadwick spoke for US-based brands.'), []);
  assert.deepEqual(found('workers from london and phnom penh'), []);
  // Cities named by common words are left out below a million people.
  for (const word of ['Reading', 'Nice', 'Mobile', 'Bath', 'Hope', 'Police', 'Union']) {
    assert.deepEqual(lookupName(word), [], word);
  }
});

test('the longest name wins, at word boundaries only', () => {
  assert.deepEqual(found('Papua New Guinea, Guinea-Bissau, Guinea'), [
    'Papua New Guinea=PG country', 'Guinea-Bissau=GW country', 'Guinea=GN country',
  ]);
  assert.deepEqual(found('Democratic Republic of the Congo'), ['Democratic Republic of the Congo=CD country']);
  assert.deepEqual(found('South African unions'), ['South African=ZA demonym']);
  assert.deepEqual(found('in Côte d’Ivoire.'), ['Côte d’Ivoire=CI country']);
  assert.deepEqual(found('Chad-based, Chad.'), ['Chad=TD country']);
  assert.deepEqual(found('St. Louis and Washington D.C. and Port-au-Prince'), [
    'St. Louis=US city', 'Washington D.C.=US capital', 'Port-au-Prince=HT capital',
  ]);
});

test('namesakes: a country first, then places by rank; ambiguous names are marked', () => {
  assert.deepEqual(lookupName('Georgia').map((e) => `${e.country} ${e.kind}`), ['GE country', 'US province']);
  assert.deepEqual(lookupName('Punjab').map((e) => e.country), ['IN', 'PK']);
  assert.equal(lookupName('Victoria')[0].ambiguous, true);
  assert.equal(lookupName('London')[0].ambiguous, undefined);
  assert.ok((lookupName('London')[0].population ?? 0) > 5_000_000);
  // A capital of fewer than 100,000 people ranks with the big cities: Hong Kong's Victoria first.
  assert.equal(lookupName('Victoria')[0].country, 'HK');
  assert.equal(lookupName('Kingston')[0].country, 'JM');
});

test('countries: codes, numeric ids, demonyms, embassy seats', () => {
  const kh = countryByCode('KH');
  assert.equal(kh?.name, 'Cambodia');
  assert.equal(kh?.numeric, '116');
  assert.deepEqual(kh?.seat, { name: 'Phnom Penh', lat: 11.56, lon: 104.92 });
  assert.equal(countryByCode('840')?.country, 'US');
  assert.equal(countryByCode('kh'), kh);
  assert.equal(countryByCode('MM')?.seat?.name, 'Yangon');
  assert.equal(countryByCode('NL')?.seat?.name, 'The Hague');
  assert.equal(countryByCode('TZ')?.seat?.name, 'Dar es Salaam');
  assert.equal(countryByCode('IL')?.seat, undefined);
  assert.equal(lookupDemonym('Khmer')?.country, 'KH');
  assert.equal(demonymOf('KH'), 'Cambodian');
});

test('coordinates are rounded to 0.01°', () => {
  for (const name of ['London', 'Phnom Penh', 'Kampong Speu', 'Hawassa']) {
    const e = lookupName(name)[0];
    for (const x of [e.lat, e.lon]) {
      assert.equal(typeof x, 'number');
      assert.equal(Math.round(x! * 100) / 100, x, `${name} ${x}`);
    }
  }
});

test('the committed table is what `npm run gen:gazetteer` writes, and ranks namesakes as it did', async () => {
  const gen = await import(new URL('../../../scripts/gen-gazetteer.mjs', import.meta.url).href);
  const order: [string, string[]][] = [];
  const text = gen.generate({
    onName: (name: string, places: { cc: string; kind: string }[]) => {
      if (places.length > 1) order.push([name, places.map((p) => `${p.cc} ${p.kind}`)]);
    },
  });
  const committed = readFileSync(new URL('./gazetteer.generated.ts', import.meta.url), 'utf8');
  assert.ok(text === committed, 'gazetteer.generated.ts is stale: run `npm run gen:gazetteer`');
  assert.ok(order.length > 100);
  for (const [name, expected] of order) {
    const places = lookupName(name).filter((e) => e.kind !== 'country');
    assert.deepEqual(places.map((e) => `${e.country} ${e.kind}`), expected, name);
  }
});
