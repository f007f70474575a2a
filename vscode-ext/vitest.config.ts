import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vitest/config';

export default defineConfig({
  resolve: {
    // The extension host's `vscode` module does not exist outside VS Code: tests get a small in-memory stand-in.
    alias: { vscode: fileURLToPath(new URL('./test/mocks/vscode.ts', import.meta.url)) },
  },
  test: {
    include: ['test/**/*.test.ts'],
    environment: 'node',
    watch: false,
    pool: 'threads',
    testTimeout: 20000,
  },
});
