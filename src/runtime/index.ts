export * from './events.js';
export * from './define.js';
export * from './feed-controller.js';
export * from './feed-element.js';
export * from './format.js';
export * from './i18n.js';
export * from './links.js';
