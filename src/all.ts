// Defines all four elements: the entry of the <script> tag build.
import './elements/all.js';
export * from './index.js';
