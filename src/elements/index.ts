// One line per element (its class file, never its define file). Each element's issue adds its line.
export {};
export * from './press-release-list/press-release-list.js';
export * from './action-map/action-map.js';
export * from './wage-gap-gauge/wage-gap-gauge.js';
export * from './incident-timeline/incident-timeline.js';
