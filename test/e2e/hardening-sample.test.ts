// A fast, fixed-seed sample of rows 1–5 of the hardening matrix (issue 10), inside `npm test`: a few
// dozen hostile payloads in every field, a few malformed feeds, the network faults, the hostile host
// pages, 100 create/remove cycles per element. The full matrix: `npm run test:hardening`.
import { hostileTextSuite } from '../hardening/rows/hostile-text.js';
import { malformedFeedsSuite } from '../hardening/rows/malformed-feeds.js';
import { networkSuite } from '../hardening/rows/network.js';
import { hostilePagesSuite } from '../hardening/rows/hostile-pages.js';
import { leaksSuite } from '../hardening/rows/leaks.js';

hostileTextSuite('sample');
malformedFeedsSuite('sample');
networkSuite('sample');
hostilePagesSuite('sample');
leaksSuite('sample');
