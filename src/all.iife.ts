// The all-in-one <script> build: defines all four elements and exposes the classes as
// `SolidarityWidgets` (to register a copy under another tag).
import './elements/all.js';
export * from './index.js';
