// The one place that knows where Chromium is and how to start it here (Debian's package, as root,
// on a machine with no outside network). CHROME_PATH points to another Chrome.
import { existsSync } from 'node:fs';

export const chromiumPath = process.env.CHROME_PATH || ['/usr/bin/chromium', '/usr/bin/chromium-browser', '/usr/bin/google-chrome'].find(existsSync);

export const chromiumArgs = [
  '--no-sandbox',
  '--headless=new',
  '--disable-gpu',
  '--disable-dev-shm-usage',
  '--disable-background-networking',
  '--disable-component-update',
  '--no-first-run',
  '--disable-sync',
  '--disable-quic',
];

export function requireChromium() {
  if (!chromiumPath) {
    throw new Error('No Chromium found. Install it with `apt-get install -y chromium fonts-noto-core fonts-khmeros`, or set CHROME_PATH.');
  }
  return chromiumPath;
}
