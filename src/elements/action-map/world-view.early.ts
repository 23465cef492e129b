/**
 * Nothing to start early with ES modules (the world's paths are a chunk, imported when a map
 * connects). The `<script>` builds replace this module with `world-view.fetch.ts`, imported first so
 * that its request starts before the rest of the script has run (scripts/rollup/action-map-geometry.mjs).
 */
export {};
