// Row 1 of the hardening matrix (issue 10), in full. The fast sample runs in test/e2e/hardening-sample.test.ts.
import { hostileTextSuite } from './rows/hostile-text.js';

hostileTextSuite('full');
