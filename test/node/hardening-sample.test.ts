// A fast sample of row 6 of the hardening matrix (issue 10), inside `npm test`: the builder's hostile
// inputs at a smaller scale (20 random files, a 1 MB line, 500 files), the 1 GB sparse file, 100,000-deep
// HTML, sources.json and links out of the folder as in full. The full matrix: `npm run test:hardening`.
import { builderInputsSuite } from '../hardening/rows/builder-inputs.js';

builderInputsSuite('sample');
