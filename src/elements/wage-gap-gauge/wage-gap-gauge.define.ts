import { WageGapGauge } from './wage-gap-gauge.js';

WageGapGauge.define();

declare global {
  interface HTMLElementTagNameMap {
    'wage-gap-gauge': WageGapGauge;
  }
}
