// The horizontal layout, as `<incident-timeline>` loads it: only when `layout="horizontal"`.
export { AxisController, ZOOM_STEP } from './axis-controller.js';
export { renderHorizontal } from './horizontal-view.js';
