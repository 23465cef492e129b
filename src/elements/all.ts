// One line per element: its define file. Each element's issue adds its line.
export {};
import './press-release-list/press-release-list.define.js';
import './action-map/action-map.define.js';
import './wage-gap-gauge/wage-gap-gauge.define.js';
import './incident-timeline/incident-timeline.define.js';
