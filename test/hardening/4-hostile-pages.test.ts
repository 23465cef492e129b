// Row 4 of the hardening matrix (issue 10), in full. The fast sample runs in test/e2e/hardening-sample.test.ts.
import { hostilePagesSuite } from './rows/hostile-pages.js';

hostilePagesSuite('full');
