// The classes and helpers, with no side effect: importing this file defines no element.
// Register with `PressReleaseList.define()` (or another tag), or import `solidarity-widgets/all.js`.
export * from './feed/index.js';
export * from './runtime/index.js';
export * from './elements/index.js';
