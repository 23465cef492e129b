export * from './types.js';
export * from './dates.js';
export * from './urls.js';
export * from './validate.js';
