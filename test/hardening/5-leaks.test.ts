// Row 5 of the hardening matrix (issue 10), in full. The fast sample runs in test/e2e/hardening-sample.test.ts.
import { leaksSuite } from './rows/leaks.js';

leaksSuite('full');
