import type { StorybookConfig } from '@storybook/web-components-vite';

const config: StorybookConfig = {
  framework: { name: '@storybook/web-components-vite', options: {} },
  stories: ['../stories/**/*.stories.ts'],
  addons: ['@storybook/addon-docs'],
  core: { disableTelemetry: true, disableWhatsNewNotifications: true },
  // The library's own fonts only: nothing is fetched from a third party, in Storybook either.
  async viteFinal(vite) {
    return {
      ...vite,
      // Lit decorators are compiled the same way as rollup and wtr do (experimentalDecorators,
      // useDefineForClassFields: false), from the repo's tsconfig.json.
      // Vite 8 compiles TypeScript with Oxc, whose equivalents are these three options.
      oxc: {
        ...(vite.oxc || {}),
        decorator: { legacy: true },
        assumptions: { setPublicClassFields: true },
        typescript: { removeClassFieldsWithoutInitializer: true },
      },
    };
  },
};
export default config;
