// `solidarity-widgets/all.js`: defines all four elements, each loaded the first time its tag is in
// the document. The classes are in `solidarity-widgets` (index.js).
import { autoload } from './runtime/autoload.js';

autoload({
  'press-release-list': () => import('./elements/press-release-list/press-release-list.define.js'),
  'wage-gap-gauge': () => import('./elements/wage-gap-gauge/wage-gap-gauge.define.js'),
  'incident-timeline': () => import('./elements/incident-timeline/incident-timeline.define.js'),
  'action-map': () => import('./elements/action-map/action-map.define.js'),
});
