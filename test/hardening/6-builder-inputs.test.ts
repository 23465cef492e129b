// Row 6 of the hardening matrix (issue 10), in full. The fast sample runs in test/node/hardening-sample.test.ts.
import { builderInputsSuite } from './rows/builder-inputs.js';

builderInputsSuite('full');
