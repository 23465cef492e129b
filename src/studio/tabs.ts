/** The four steps, and the ARIA tabs keyboard pattern: arrows move between tabs, Home/End jump. */
export const TABS = ['build', 'review', 'preview', 'embed'] as const;
export type Tab = (typeof TABS)[number];

export function nextTab(current: Tab, key: string, rtl = false): Tab | undefined {
  const i = TABS.indexOf(current);
  const forward = rtl ? 'ArrowLeft' : 'ArrowRight';
  const back = rtl ? 'ArrowRight' : 'ArrowLeft';
  if (key === forward) return TABS[(i + 1) % TABS.length];
  if (key === back) return TABS[(i + TABS.length - 1) % TABS.length];
  if (key === 'Home') return TABS[0];
  if (key === 'End') return TABS[TABS.length - 1];
  return undefined;
}
