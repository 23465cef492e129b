import { compareDates, isPartialDate } from '../../feed/dates.js';
import { WAGE_ROLES, type PartialDate, type Wage, type WageRole } from '../../feed/types.js';

/** Which of the two targets the gap is measured against. */
export type GaugeTarget = 'demand' | 'living';

export interface WageQuery {
  /** ISO 3166-1 alpha-2; compared without regard to case. */
  country?: string;
  sector?: string;
  /** Figures in force at this date (reduced precision allowed). */
  asOf?: PartialDate;
  target: GaugeTarget;
}

export interface WageSelection {
  /** One figure per role: the one in force at `asOf`. */
  byRole: Partial<Record<WageRole, Wage>>;
  /** The date the figures are in force at: the query's `as-of`, else the target's `effective`. */
  asOf?: PartialDate;
  /** Whether `asOf` came from the page (`as-of`) or was taken from the target figure. */
  asOfFrom: 'attribute' | 'target' | 'none';
  country?: string;
  sector?: string;
  /** Every dated minimum of the same country and sector, oldest first (for the history sparkline). */
  minima: Wage[];
}

/** The last day a partial date can mean: `2014-02` → `2014-02-31` is fine as a sort key. */
function latestKey(date: PartialDate): string {
  return date.length === 4 ? `${date}-99-99` : date.length === 7 ? `${date}-99` : date.slice(0, 10);
}

/** The first day a partial date can mean, as a sort key. */
function earliestKey(date: PartialDate): string {
  return date.length === 4 ? `${date}-00-00` : date.length === 7 ? `${date}-00` : date.slice(0, 10);
}

/**
 * Was a figure that took effect at `effective` in force as of `asOf`? Both dates may have reduced
 * precision, so the question is whether it took effect no later than the end of the period `asOf`
 * names: an `effective` of `2014-02` is in force as of `2014-02` (and `2014`), not as of `2014-01`.
 * An `effective` of `2014-02-15` is in force as of `2014-02` — during part of that month.
 */
export function inForceAsOf(effective: PartialDate, asOf: PartialDate): boolean {
  return earliestKey(effective) <= latestKey(asOf);
}

function sameCode(a: string | undefined, b: string | undefined): boolean {
  return (a ?? '').toLowerCase() === (b ?? '').toLowerCase();
}

/** Later `effective` wins; an undated figure is older than any dated one; on a tie the later record wins. */
function newer(a: Wage, b: Wage): boolean {
  if (a.effective === undefined) return false;
  if (b.effective === undefined) return true;
  return compareDates(a.effective, b.effective) >= 0;
}

function latest(list: Wage[]): Wage | undefined {
  let best: Wage | undefined;
  for (const w of list) if (!best || newer(w, best)) best = w;
  return best;
}

/** Only the four roles of the contract, with a usable amount: nothing else can ever reach the gauge. */
export function usableWages(wages: readonly unknown[] | undefined): Wage[] {
  if (!Array.isArray(wages)) return [];
  return wages.filter((w): w is Wage => {
    if (typeof w !== 'object' || w === null) return false;
    const r = w as Partial<Wage>;
    return (
      WAGE_ROLES.includes(r.role as WageRole) &&
      typeof r.amount === 'number' &&
      Number.isFinite(r.amount) &&
      r.amount > 0 &&
      (r.effective === undefined || isPartialDate(r.effective))
    );
  });
}

/**
 * Picks the figures the gauge shows: one per role, from one country and sector, in force at one date.
 *
 * - `country`/`sector` narrow the wages. When the page names neither and the wages cover several,
 *   the group of the latest target figure (else the latest minimum) is used, so a Cambodian minimum is
 *   never set against another country's demand.
 * - Without `as-of`, the date is the target's `effective`: a demand is compared with the minimum in
 *   force when it was made, not with one set later in answer to it. The page sets `as-of` to choose
 *   another moment.
 * - Per role, the figure with the latest `effective` that is in force at that date (see `inForceAsOf`),
 *   among those in the currency of the latest minimum when there are any.
 */
export function selectWages(all: readonly unknown[] | undefined, query: WageQuery): WageSelection {
  let wages = usableWages(all);
  if (query.country) wages = wages.filter((w) => sameCode(w.country, query.country));
  if (query.sector) wages = wages.filter((w) => sameCode(w.sector, query.sector));

  const other: GaugeTarget = query.target === 'demand' ? 'living' : 'demand';
  const ofRole = (role: WageRole, list = wages) => list.filter((w) => w.role === role);
  const anchor =
    latest(ofRole(query.target)) ?? latest(ofRole(other)) ?? latest(ofRole('minimum')) ?? latest(wages);

  let country = query.country;
  let sector = query.sector;
  if (anchor) {
    if (!country && anchor.country && wages.some((w) => !sameCode(w.country, anchor.country))) {
      country = anchor.country;
      wages = wages.filter((w) => sameCode(w.country, country));
    }
    if (!sector && anchor.sector && wages.some((w) => !sameCode(w.sector, anchor.sector))) {
      sector = anchor.sector;
      wages = wages.filter((w) => sameCode(w.sector, sector));
    }
  }
  country ??= anchor?.country;
  sector ??= anchor?.sector;

  // Figures in the minimum's own currency come first: a demand in another currency is used only when
  // no figure of that role is in the minimum's currency (and may then need a rate the page lacks).
  const currency = latest(ofRole('minimum'))?.currency;
  const preferred = (list: Wage[]) => {
    const same = list.filter((w) => w.currency === currency);
    return same.length ? same : list;
  };

  let asOf: PartialDate | undefined;
  let asOfFrom: WageSelection['asOfFrom'] = 'none';
  if (query.asOf && isPartialDate(query.asOf)) {
    asOf = query.asOf;
    asOfFrom = 'attribute';
  } else {
    const target = latest(preferred(ofRole(query.target))) ?? latest(preferred(ofRole(other)));
    if (target?.effective) {
      asOf = target.effective;
      asOfFrom = 'target';
    }
  }

  const inForce = asOf === undefined ? wages : wages.filter((w) => w.effective === undefined || inForceAsOf(w.effective, asOf));
  const byRole: Partial<Record<WageRole, Wage>> = {};
  for (const role of WAGE_ROLES) {
    const w = latest(preferred(ofRole(role, inForce)));
    if (w) byRole[role] = w;
  }

  const minima = ofRole('minimum')
    .filter((w) => w.effective !== undefined)
    .sort((a, b) => compareDates(a.effective!, b.effective!));
  return { byRole, asOf, asOfFrom, country, sector, minima };
}
