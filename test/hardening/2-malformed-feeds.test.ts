// Row 2 of the hardening matrix (issue 10), in full. The fast sample runs in test/e2e/hardening-sample.test.ts.
import { malformedFeedsSuite } from './rows/malformed-feeds.js';

malformedFeedsSuite('full');
