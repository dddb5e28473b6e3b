import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';

// The web UI builds to dist/web, which `cablescope serve` serves beside the API. During development,
// `npx vite web` proxies /api to a server started with `cablescope serve`.
export default defineConfig({
  plugins: [react()],
  build: { outDir: '../dist/web', emptyOutDir: true, chunkSizeWarningLimit: 1500, sourcemap: false },
  server: { proxy: { '/api': 'http://127.0.0.1:8080' } },
});
