// Wage levels: amount, currency, period and role from the words around the amount; rises, bonuses,
// conversions and current pay are not wages. All sentences are invented.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { splitSentences } from '../language/sentences.js';
import { findWages } from './wages.js';
import { findMoney } from './wages/money.js';

const wages = (text: string, countries: string[] = [], home?: string) => findWages(splitSentences(text)[0], countries,
  home);
const brief = (text: string, countries: string[] = [], home?: string) =>
  wages(text, countries, home).hits.map((h) => `${h.currency} ${h.amount} ${h.role} ${h.period}`);
const skippedWhy = (text: string, amount: string) => wages(text).skipped.find((s) => s.text === amount)?.reason ?? '';

test('the example of the issue: a demand for Tk 16,000, then the minimum set at Tk 8,000', () => {
  const doc = 'The workers want the monthly minimum wage raised to Tk 16,000. '
    + 'The government set it at Tk 8,000 in December.';
  const [a, b] = splitSentences(doc);
  const out = [...findWages(a, []).hits, ...findWages(b,
    []).hits].map((h) => `${h.currency} ${h.amount} ${h.role} ${h.period}`);
  assert.deepEqual(out, ['BDT 16000 demand month', 'BDT 8000 minimum month']);
});

test('"would rise by £9 to £60 a month" is the new minimum of 60, never a wage of 9', () => {
  const r = wages('Workers struck after officials said the minimum wage would only rise by £9 to £60 a month, '
    + "far short of workers' demands for a living wage of £100 a month.");
  assert.deepEqual(r.hits.map((h) => `${h.currency} ${h.amount} ${h.role} ${h.period}`), ['GBP 60 minimum month',
    'GBP 100 demand month']);
  assert.ok(r.skipped.some((s) => s.text === '£9' && /rise/.test(s.reason)));
});

test('currency symbols, abbreviations, ISO codes and names', () => {
  assert.deepEqual(brief('The minimum wage is Tk 9,500 a month.'), ['BDT 9500 minimum month']);
  assert.deepEqual(brief('The minimum wage is 9,500 taka a month.'), ['BDT 9500 minimum month']);
  assert.deepEqual(brief('The minimum wage is BDT 9,500 a month.'), ['BDT 9500 minimum month']);
  assert.deepEqual(brief('The minimum wage is IDR 3,100,000 a month.'), ['IDR 3100000 minimum month']);
  assert.deepEqual(brief('The minimum wage is 3.1 million rupiah a month.'), ['IDR 3100000 minimum month']);
  assert.deepEqual(brief('The minimum wage is Rp 3.1 million a month.'), ['IDR 3100000 minimum month']);
  assert.deepEqual(brief('The minimum wage is VND 3,900,000 a month.'), ['VND 3900000 minimum month']);
  assert.deepEqual(brief('The minimum wage is 3.9 million dong a month.'), ['VND 3900000 minimum month']);
  assert.deepEqual(brief('The minimum wage is Kyat 5,200 a day.'), ['MMK 5200 minimum day']);
  assert.deepEqual(brief('The minimum wage is 5,200 kyats a day.'), ['MMK 5200 minimum day']);
  assert.deepEqual(brief('The minimum wage is MMK 5,200 a day.'), ['MMK 5200 minimum day']);
  assert.deepEqual(brief('The minimum wage is 800,000 riels a month.'), ['KHR 800000 minimum month']);
  assert.deepEqual(brief('The minimum wage is KHR 800,000 a month.'), ['KHR 800000 minimum month']);
  assert.deepEqual(brief('The minimum wage is 685 gourdes a day.'), ['HTG 685 minimum day']);
  assert.deepEqual(brief('The minimum wage is HTG 685 a day.'), ['HTG 685 minimum day']);
  assert.deepEqual(brief('The minimum wage is 248 pesos a day.'), ['MXN 248 minimum day']);
  assert.deepEqual(brief('The minimum wage is MXN 248 a day.'), ['MXN 248 minimum day']);
  assert.deepEqual(brief('The minimum wage is R4,400 a month.'), ['ZAR 4400 minimum month']);
  assert.deepEqual(brief('The minimum wage is 4,400 rand a month.'), ['ZAR 4400 minimum month']);
  assert.deepEqual(brief('The minimum wage is ZAR 4,400 a month.'), ['ZAR 4400 minimum month']);
  assert.deepEqual(brief('The minimum wage is LSL2300 a month.'), ['LSL 2300 minimum month']);
  assert.deepEqual(brief('The minimum wage is 2,300 maloti a month.'), ['LSL 2300 minimum month']);
  assert.deepEqual(brief('The minimum wage is ₹9,000 a month.'), ['INR 9000 minimum month']);
  assert.deepEqual(brief('The minimum wage is £1,900 a month.'), ['GBP 1900 minimum month']);
  assert.deepEqual(brief('The minimum wage of €1,500 a month applies.'), ['EUR 1500 minimum month']);
  assert.deepEqual(brief('The minimum wage is $200 a month.'), ['USD 200 minimum month']);
  assert.deepEqual(brief('The minimum wage is US$200 a month.'), ['USD 200 minimum month']);
  assert.deepEqual(brief('The minimum wage is US$ 200 a month.'), ['USD 200 minimum month']);
  assert.deepEqual(brief('The minimum wage is 200 US dollars a month.'), ['USD 200 minimum month']);
});

test('rupees by the demonym in front, the countries of the sentence, then the document', () => {
  assert.deepEqual(brief('The minimum wage is Rs 25,000 a month.', ['PK']), ['PKR 25000 minimum month']);
  assert.deepEqual(brief('The minimum wage is Rs 25,000 a month.', ['NP']), ['NPR 25000 minimum month']);
  assert.deepEqual(brief('The minimum wage is Rs. 25,000 a month.', ['LK']), ['LKR 25000 minimum month']);
  assert.deepEqual(brief('The minimum wage is Rs.25,000 a month.', [], 'LK'), ['LKR 25000 minimum month']);
  assert.deepEqual(brief('The minimum wage is Rs 25,000 a month.'), ['INR 25000 minimum month']);
  assert.deepEqual(brief('Estate unions want Sri Lankan rupees 1,700 a day.', ['IN']), ['LKR 1700 demand day']);
  assert.deepEqual(brief('Estate unions want Sri Lankan Rs.1,700 a day.'), ['LKR 1700 demand day']);
  assert.deepEqual(brief('Estate unions want 1,700 Sri Lankan rupees a day.'), ['LKR 1700 demand day']);
  assert.deepEqual(brief('Filipino workers demand a daily wage of 750 pesos.', ['PH']), ['PHP 750 demand day']);
});

test('figures with multipliers, commas and decimals', () => {
  const m = findMoney('from Rp 2.9 million to 1.25 million dong, US$7.25 and Rs 1,00,000');
  assert.deepEqual(m.map((x) => [x.label, x.amount]), [['Rp 2.9 million', 2900000], ['1.25 million dong', 1250000],
    ['US$7.25', 7.25], ['Rs 1,00,000', 100000]]);
  assert.deepEqual(findMoney('In 2019, 12.5 percent of the G20 and COVID-19 cases, on the 2nd').filter((x) => x.ref),
    []);
});

test('periods: stated after the amount, in front of the wage noun, shared in a pair, else a month', () => {
  assert.deepEqual(brief('Unions demand $300 per month.'), ['USD 300 demand month']);
  assert.deepEqual(brief('Unions demand $300 monthly.'), ['USD 300 demand month']);
  assert.deepEqual(brief('Unions demand $12 a day.'), ['USD 12 demand day']);
  assert.deepEqual(brief('Unions demand $12 per day.'), ['USD 12 demand day']);
  assert.deepEqual(brief('Unions demand $12 daily.'), ['USD 12 demand day']);
  assert.deepEqual(brief('Unions demand $15 per hour.'), ['USD 15 demand hour']);
  assert.deepEqual(brief('Unions demand $15 an hour.'), ['USD 15 demand hour']);
  assert.deepEqual(brief('Unions demand $90 a week.'), ['USD 90 demand week']);
  assert.deepEqual(brief('The daily minimum wage is 6,000 kyats.'), ['MMK 6000 minimum day']);
  assert.deepEqual(brief('Unions demand a minimum monthly pay of Tk 20,000.'), ['BDT 20000 demand month']);
  assert.deepEqual(brief('The minimum wage is 700 gourdes for a ten hours’ workday.'), ['HTG 700 minimum day']);
  assert.deepEqual(brief('The minimum wage is 700 gourdes for an eight-hour shift.'), ['HTG 700 minimum day']);
  assert.deepEqual(brief('The minimum wage was raised from 90 pesos to 120 pesos per day.'), ['MXN 90 minimum day',
    'MXN 120 minimum day']);
  const r = wages('Officials set the minimum wage at $120.');
  assert.deepEqual(r.hits.map((h) => h.period), ['month']);
  assert.ok(r.hits[0].notes.some((n) => n.includes('no period stated')));
  assert.deepEqual(brief('They work 12 hours a day and the minimum wage is $120.'), ['USD 120 minimum month']);
});

test('conversions into another currency are left out and the amount before them is kept', () => {
  const r = wages('The minimum wage is Tk 12,500 (US$114) a month.');
  assert.deepEqual(r.hits.map((h) => `${h.currency} ${h.amount}`), ['BDT 12500']);
  assert.ok(r.skipped.some((s) => s.text === 'US$114' && /conversion/.test(s.reason)));
  assert.deepEqual(brief('Unions demand a minimum wage of 23,000 taka (USD 210 or Rs 17,500).'),
    ['BDT 23000 demand month']);
  assert.deepEqual(brief('The minimum wage rose from 200 pesos ($10.50) to 250 pesos ($13) per day.'),
    ['MXN 200 minimum day', 'MXN 250 minimum day']);
  assert.deepEqual(brief('Workers here make 685 gourdes, about $5 a day, the legal minimum wage.'),
    ['HTG 685 minimum day']);
  assert.deepEqual(brief('Workers demand a rise for staff who take home the equivalent of £90 a month.'), []);
});

test('"from X to Y": a minimum raised gives two minimums; a demand to raise pay gives the demand only', () => {
  assert.deepEqual(brief('The ministry raised the monthly minimum wage from $170 a month to $182.'),
    ['USD 170 minimum month', 'USD 182 minimum month']);
  assert.deepEqual(
    brief('Officials increased the city minimum wage by 8 percent from Rp 4.4 million (US$280) to Rp 4.7 million.'),
    ['IDR 4400000 minimum month', 'IDR 4700000 minimum month'],
  );
  assert.deepEqual(brief('The new rates range from a minimum of 3.4 million dong to 4.7 million dong a month.'),
    ['VND 3400000 minimum month', 'VND 4700000 minimum month']);
  const r = wages('Tea pickers demand an increase in daily wages from rupees 700 to 1,500.', ['LK']);
  assert.deepEqual(r.hits.map((h) => `${h.currency} ${h.amount} ${h.role} ${h.period}`), ['LKR 1500 demand day']);
  assert.ok(r.skipped.some((s) => s.text === 'rupees 700' && /current pay/.test(s.reason)));
  assert.deepEqual(brief('Strikers called for the minimum wage to be tripled from US$60 to $180.'),
    ['USD 60 minimum month', 'USD 180 demand month']);
  assert.deepEqual(brief('A wage committee proposed to lift the minimum wage from $80 to only $90 a month.'),
    ['USD 80 minimum month', 'USD 90 offer month']);
  assert.deepEqual(brief('The union cut its demand from $300 to $250 as the basic wage.'), ['USD 300 demand month']);
  assert.deepEqual(brief('Average pay ranges from $190 to $240 per month.'), []);
  assert.deepEqual(brief('Most of them already earn between 300 and 340 pesos a day.'), []);
});

test('demands: demanding, calling for, want, seek, a campaign, a demand of X', () => {
  assert.deepEqual(brief('Strikers are demanding a daily minimum of 2,000 gourdes.'), ['HTG 2000 demand day']);
  assert.deepEqual(brief('Protesters were calling for a minimum wage of $250.'), ['USD 250 demand month']);
  assert.deepEqual(brief('Unions are seeking a minimum wage of $200 a month.'), ['USD 200 demand month']);
  assert.deepEqual(brief('The federation wants 30,000 taka a month.'), ['BDT 30000 demand month']);
  assert.deepEqual(brief('Workers demanded an increase to 7,000 kyats a day.'), ['MMK 7000 demand day']);
  assert.deepEqual(brief("The union's demand of 25,000 taka a month was rejected."), ['BDT 25000 demand month']);
  assert.deepEqual(brief('They join the campaign to raise the minimum wage to BDT 25,000 per month.'),
    ['BDT 25000 demand month']);
  assert.deepEqual(brief('Activists urged the government to set the minimum wage at $220.'), ['USD 220 demand month']);
  assert.deepEqual(brief('Unions said they would not accept less than $150 a month.'), ['USD 150 demand month']);
  assert.deepEqual(brief('They are calling for a $160 minimum wage.'), ['USD 160 demand month']);
});

test('offers: employers and the state propose, offer, request, or refuse to go beyond an amount', () => {
  assert.deepEqual(brief('The employers offered $95 a month in wages.'), ['USD 95 offer month']);
  assert.deepEqual(brief('Factory owners requested that the minimum wage be fixed at 4,500 kyats.'),
    ['MMK 4500 offer month']);
  assert.deepEqual(brief('The wage board proposed a minimum wage of Tk 12,500 a month.'), ['BDT 12500 offer month']);
  assert.deepEqual(brief('The estates insisted that they could not raise it beyond Rs 800.', ['LK']),
    ['LKR 800 offer month']);
  assert.deepEqual(brief('The union rejected the offer, which would have raised wages to $120.'),
    ['USD 120 offer month']);
  assert.deepEqual(brief('Unions say the $95 offer is too low.'), ['USD 95 offer month']);
  assert.deepEqual(
    brief('While unions demanded an increase to 8,000 kyats, employers requested that it be fixed at 5,500 kyats.'),
    ['MMK 8000 demand month', 'MMK 5500 offer month'],
  );
  assert.deepEqual(
    brief('The government offered a minimum wage of only $95 a month, far below the $160 that unions demand.'),
    ['USD 95 offer month', 'USD 160 demand month'],
  );
});

test('living wages: "needed … to meet basic needs", "a living wage of X"', () => {
  const study = 'A study found that Rs 41,000 (US$ 130) is needed per month to meet the basic needs of a family.';
  assert.deepEqual(brief(study, [], 'LK'), ['LKR 41000 living month']);
  assert.deepEqual(brief('A living wage is estimated at $283 a month.'), ['USD 283 living month']);
  assert.deepEqual(brief('Researchers put the living wage at Tk 30,000 a month.'), ['BDT 30000 living month']);
});

test('the minimum in force and the newly set one', () => {
  assert.deepEqual(brief('The minimum wage is Tk 12,500 a month.'), ['BDT 12500 minimum month']);
  assert.deepEqual(brief('Minimum wages are LSL2300 for a cutter, and LSL2500 for a machinist per month.'),
    ['LSL 2300 minimum month', 'LSL 2500 minimum month']);
  const region = "The region's new monthly minimum wage of Rp 4.9 million ($310), in force since May, is a 6% rise.";
  assert.deepEqual(brief(region), ['IDR 4900000 minimum month']);
  assert.deepEqual(brief('The minimum wage is now $100, up from $80 last year.'), ['USD 100 minimum month',
    'USD 80 minimum month']);
  assert.deepEqual(brief('The regional administration raised it to ₹11,000 for helpers.'), ['INR 11000 minimum month']);
});

test('current pay is no wage unless the text calls it the minimum', () => {
  assert.deepEqual(brief('They say their present monthly salary of 8,000 taka is not enough.'), []);
  assert.deepEqual(brief('Farm labourers typically earn around US$90 a month.'), []);
  assert.deepEqual(brief('Most pickers get paid less than Rs. 9000 (US$ 30) a month.'), []);
  assert.deepEqual(brief('Their daily wage of rupees 700 is often paid late.'), []);
  assert.deepEqual(brief('Wages have been about 600 gourdes ($4.50) for a ten hours’ workday.'), []);
  assert.deepEqual(brief('Pickers were being paid $50 per week.'), []);
  assert.deepEqual(brief('Workers are paid $80, below the minimum wage of $100.'), ['USD 100 minimum month']);
  assert.deepEqual(brief('Machinists make 685 gourdes, about $5 per day, Haiti’s minimum wage.'),
    ['HTG 685 minimum day']);
  const r = wages('Workers earn $120 a month.');
  assert.deepEqual(r.hits, []);
  assert.ok(r.skipped.some((s) => /role/.test(s.reason)));
});

test('an increase is not a level, whichever way it is written', () => {
  assert.deepEqual(brief('The ministry agreed an increase of $12 to the minimum wage.'), []);
  assert.deepEqual(brief('Workers won a $5 rise in their monthly wage.'), []);
  assert.deepEqual(brief('The wage went up by Tk 500 a month.'), []);
  assert.match(skippedWhy('Pickers now get a basic wage of Rs 900, an increase of Rs.150.', 'Rs.150'), /rise/);
  assert.match(skippedWhy("The employers' offer of a 250 gourdes increase angered the strikers.", '250 gourdes'),
    /rise/);
  assert.match(skippedWhy('The strikers rejected a 15 percent (Rs.90) increase.', 'Rs.90'), /rise/);
  const r = wages('The new rates are 400,000 dong and 700,000 dong higher than before.');
  assert.deepEqual(r.hits, []);
  assert.ok(r.skipped.every((s) => /rise/.test(s.reason)));
  assert.match(skippedWhy('Miners are striking for a wage increase of R1,500 a month.', 'R1,500'), /rise/);
  assert.deepEqual(brief('Unions want the minimum wage increased by Tk 4,000 to Tk 12,000.'),
    ['BDT 12000 demand month']);
});

test('bonuses, incentives, severance, compensation, investments, costs, values, piece rates, poverty lines', () => {
  assert.match(skippedWhy('They demand a 10 percent raise and an annual bonus of 20,000 pesos ($1,000).',
    '20,000 pesos'), /bonus/);
  assert.deepEqual(brief('They demand a 10 percent raise and an annual bonus of 20,000 pesos ($1,000).'), []);
  assert.match(skippedWhy('The attendance incentive would be Rs. 60 a day.', 'Rs. 60'), /incentive/);
  assert.match(skippedWhy('The firm offered the dismissed workers severance pay of Rp 500,000 each.', 'Rp 500,000'),
    /severance/);
  assert.match(skippedWhy('The company will pay Tk 50,000 in compensation to each family.', 'Tk 50,000'),
    /compensation/);
  assert.match(skippedWhy('Investors put around US$80 million into the park.', 'US$80 million'), /invest/);
  assert.match(skippedWhy('The stoppage is costing exporters US$20 million a week.', 'US$20 million'), /cost/);
  assert.match(skippedWhy('Unions threaten an industry worth $7bn a year.', '$7bn'), /worth/);
  assert.match(skippedWhy('Pickers are paid Rs.50 per kg of leaf.', 'Rs.50'), /piece rate/);
  assert.match(skippedWhy('The international poverty line is US$2.15 per day.', 'US$2.15'), /poverty line/);
  assert.match(skippedWhy('The state will release Rs.200 million to the estates.', 'Rs.200 million'), /release/);
  assert.deepEqual(brief('Exports reached $5 billion while wages stayed low.'), []);
  assert.deepEqual(brief('The factory was fined $500 last year.'), []);
});

test('amounts inside quotation marks are words in someone\'s mouth', () => {
  assert.deepEqual(brief('He said: "We demand $200 a month and nothing less."'), []);
});

test('sentences without money are skipped quickly and yield nothing', () => {
  assert.deepEqual(wages('Workers marched on 12 May with 3,000 others.'), { hits: [], skipped: [] });
  assert.deepEqual(wages('No figures here.'), { hits: [], skipped: [] });
});

test('an earlier level told after the new one takes its role, whatever words stand between', () => {
  assert.deepEqual(brief('The board set a monthly minimum of 9,000 rupees for helpers in the capital, up from '
    + '7,500 rupees.', ['NP']), ['NPR 9000 minimum month', 'NPR 7500 minimum month']);
  assert.deepEqual(brief('Officials announced a new minimum wage of 9,400 kyats (US$4.50) for factory hands, up from '
    + '7,200 kyats (US$3.40), from next year.'), ['MMK 9400 minimum month', 'MMK 7200 minimum month']);
  assert.deepEqual(brief('The new minimum wage is $204 a month for shoe and bag makers, compared with $200 last year.'),
    ['USD 204 minimum month', 'USD 200 minimum month']);
  assert.deepEqual(brief('The minimum is now $100 for most workers, up from the previous $80.'),
    ['USD 100 minimum month', 'USD 80 minimum month']);
  assert.deepEqual(brief('The owners cut their offer to $90 a month, down from $95.'),
    ['USD 90 offer month', 'USD 95 offer month']);
  assert.deepEqual(brief('The minimum wage rose to 5,000 kyats a day, from 4,800 kyats previously.'),
    ['MMK 5000 minimum day', 'MMK 4800 minimum day']);
  assert.deepEqual(brief('The council raised the minimum wage to $95 from $80.'),
    ['USD 95 minimum month', 'USD 80 minimum month']);
  // A bare figure after "from" shares the currency of the new level.
  assert.deepEqual(brief('The minimum wage went up to 4,800 kyats, from 3,600, in May.'),
    ['MMK 4800 minimum month', 'MMK 3600 minimum month']);
  // "a year ago" dates the earlier level; it is no pay period.
  assert.deepEqual(brief('The minimum wage was cut to $90, down from 95 a year ago.'),
    ['USD 90 minimum month', 'USD 95 minimum month']);
});

test('the starting point of a demand is current pay, not an earlier demand', () => {
  assert.deepEqual(brief('Dockers want a raise to $200 from $120.'), ['USD 200 demand month']);
  assert.deepEqual(brief('Pickers are demanding Rs 1,000 a day, up from the Rs 500 they now earn.', ['LK']),
    ['LKR 1000 demand day']);
  assert.deepEqual(brief('Porters demand Rs 1,700 a day, up from Rs 1,350 currently.', ['LK']),
    ['LKR 1700 demand day']);
  assert.deepEqual(brief('The unions now demand $250, up from $200 earlier this year.'),
    ['USD 250 demand month', 'USD 200 demand month']);
  assert.deepEqual(brief('The minimum wage is $100, compared with an average wage of $150.'),
    ['USD 100 minimum month']);
});

test('a cost-of-living estimate is a living wage even without the words "living wage"', () => {
  assert.deepEqual(brief('Researchers say a family of four needs 30,000 taka a month to cover basic needs.'),
    ['BDT 30000 living month']);
  assert.deepEqual(brief('Campaigners reckon that a seamstress in Chittagong needs at least 21,000 taka a month to '
    + 'live decently.'), ['BDT 21000 living month']);
  assert.deepEqual(brief('A single worker would need at least $300 a month to live with dignity, the study found.'),
    ['USD 300 living month']);
  assert.deepEqual(brief('It takes about 18,000 rupees a month to live decently in Kandy, activists say.', ['LK']),
    ['LKR 18000 living month']);
  assert.deepEqual(brief('Cutters say they need a wage of at least 23,000 taka to survive.'),
    ['BDT 23000 living month']);
  assert.deepEqual(brief('A household needs Rs 45,000 a month to cover living costs.', ['LK']),
    ['LKR 45000 living month']);
  assert.deepEqual(brief('The survey estimated what a family needs to live decently at 32,000 taka a month.'),
    ['BDT 32000 living month']);
  assert.deepEqual(brief('A decent life requires 30,000 taka a month, according to the survey.'),
    ['BDT 30000 living month']);
  assert.deepEqual(brief('The federation estimates that a worker needs $400 a month.'), ['USD 400 living month']);
  // What a need is for decides: a firm's needs, a demand, a need set against pay are no estimate.
  assert.deepEqual(brief('The mill needs $5 million to reopen.'), []);
  assert.deepEqual(brief('The firm said it needs $2 a day per worker to cover its costs.'), []);
  assert.deepEqual(brief('Each loader needs $5 a day for transport.'), []);
  assert.deepEqual(brief('A welder needs $400 a month, but earns $100.'), []);
  assert.deepEqual(brief('Unions demand 25,000 taka a month to live decently.'), ['BDT 25000 demand month']);
});

test('a relative clause without "that" says who asks for an amount', () => {
  assert.deepEqual(brief('The ministry approved a minimum wage hike to 12,500 taka, well below the 23,000 taka unions '
    + 'had demanded.'), ['BDT 12500 minimum month', 'BDT 23000 demand month']);
  assert.deepEqual(brief('The new minimum of $95 is far from the $160 they had sought.'),
    ['USD 95 minimum month', 'USD 160 demand month']);
  // After a comma it is a new clause: "workers demand more" says nothing of the $100.
  assert.deepEqual(brief('The minimum is $100 a month, workers demand more.'), ['USD 100 minimum month']);
});

test('shared currency names are settled by the country: pesos, dollars, rupees, shillings, francs', () => {
  const home = (text: string, country: string) => brief(text, [], country).map((h) => h.split(' ')[0]);
  const pesos = 'The minimum wage is 335 pesos a day.';
  assert.deepEqual(['PH', 'MX', 'CO', 'AR', 'CL', 'DO', 'CU', 'UY'].map((c) => home(pesos, c)[0]),
    ['PHP', 'MXN', 'COP', 'ARS', 'CLP', 'DOP', 'CUP', 'UYU']);
  assert.deepEqual(brief(pesos, ['PH'], 'JP'), ['PHP 335 minimum day']);
  const dollars = 'The minimum wage is $15 an hour.';
  assert.deepEqual(['US', 'CA', 'AU', 'NZ', 'HK', 'SG', 'TW', 'ZW', 'KH', 'LR'].map((c) => home(dollars, c)[0]),
    ['USD', 'CAD', 'AUD', 'NZD', 'HKD', 'SGD', 'TWD', 'ZWL', 'USD', 'LRD']);
  assert.deepEqual(home('The minimum wage is 15 dollars an hour.', 'AU'), ['AUD']);
  const rupees = 'The minimum wage is 25,000 rupees a month.';
  assert.deepEqual(['IN', 'LK', 'PK', 'NP'].map((c) => home(rupees, c)[0]), ['INR', 'LKR', 'PKR', 'NPR']);
  const shillings = 'The minimum wage is 15,000 shillings a month.';
  assert.deepEqual(['KE', 'UG', 'TZ'].map((c) => home(shillings, c)[0]), ['KES', 'UGX', 'TZS']);
  const francs = 'The minimum wage is 60,000 francs a month.';
  assert.deepEqual(['SN', 'CI', 'CM', 'GA', 'CH'].map((c) => home(francs, c)[0]), ['XOF', 'XOF', 'XAF', 'XAF', 'CHF']);
  assert.deepEqual(brief('The minimum wage is 60,000 CFA francs a month.'), ['XOF 60000 minimum month']);
  assert.deepEqual(brief('The minimum wage is FCFA 43,000 a month.', [], 'CM'), ['XAF 43000 minimum month']);
  assert.deepEqual(home('The minimum wage is 17,002 lira a month.', 'TR'), ['TRY']);
  assert.deepEqual(home('The minimum wage is C$ 6,000 a month.', 'NI'), ['NIO']);
  assert.deepEqual(home('The minimum wage is C$ 17 an hour.', 'CA'), ['CAD']);
  assert.deepEqual(home('The minimum wage is K4,800 a day.', 'MM'), ['MMK']);
  assert.deepEqual(home('The minimum wage is K4,800 a month.', 'ZM'), ['ZMW']);
});

test('currencies of one country by name, symbol or code', () => {
  const cases: [string, string][] = [
    ['4,000 rand', 'ZAR'], ['70,000 naira', 'NGN'], ['N70,000', 'NGN'], ['450 cedis', 'GHS'], ['GH₵ 18.15', 'GHS'],
    ['4,500 birr', 'ETB'], ['1.1 million kip', 'LAK'], ['400 baht', 'THB'], ['500 Thai baht', 'THB'],
    ['1,500 ringgit', 'MYR'], ['RM1,500', 'MYR'], ['9,860 won', 'KRW'], ['₩9,860', 'KRW'], ['2,690 yuan', 'CNY'],
    ['1,412 reais', 'BRL'], ['1,412 Brazilian reais', 'BRL'], ['R$1,412', 'BRL'], ['1,025 soles', 'PEN'],
    ['S/ 1,025', 'PEN'], ['3,200 quetzales', 'GTQ'], ['13,500 lempiras', 'HNL'], ['7,000 córdobas', 'NIO'],
    ['350,000 colones', 'CRC'], ['2,650,000 guaraníes', 'PYG'], ['15,000 meticais', 'MZN'], ['3,000 shekels', 'ILS'],
  ];
  for (const [money, code] of cases) {
    assert.deepEqual(brief(`The minimum wage is ${money} a month.`).map((h) => h.split(' ')[0]), [code], money);
  }
});

test('currency words that are also English words or letters are read with care', () => {
  // "won" is a currency only after a large figure and before a period or the end of the phrase.
  assert.deepEqual(brief('The minimum wage is 9,860 won an hour.'), ['KRW 9860 minimum hour']);
  assert.deepEqual(brief('The minimum wage is 2 million won (US$1,500) a month.'), ['KRW 2000000 minimum month']);
  assert.deepEqual(wages('In the vote on the minimum wage, 8 won.').hits, []);
  assert.deepEqual(findMoney('Of the 300 candidates, 120 won a seat.').filter((m) => m.ref), []);
  // One-letter symbols only glued to a figure in the thousands: "N95 masks" is no money.
  assert.deepEqual(findMoney('Workers demand N95 masks and gloves.').filter((m) => m.ref), []);
  assert.deepEqual(findMoney('Unit K 4,800 was closed.').filter((m) => m.ref), []);
});

test('"far from X" compares; it tells no earlier level', () => {
  assert.deepEqual(brief('The new minimum of $95 is far from $160.'), ['USD 95 minimum month']);
});
