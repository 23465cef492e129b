// Row 3 of the hardening matrix (issue 10), in full. The fast sample runs in test/e2e/hardening-sample.test.ts.
import { networkSuite } from './rows/network.js';

networkSuite('full');
