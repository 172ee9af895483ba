import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';

// Served by the API in production (apps/api/src/server.ts serves dist/ with /assets/* and an SPA fallback),
// so base stays '/' and the assets directory stays 'assets'.
export default defineConfig({
  plugins: [react()],
  base: '/',
  resolve: {
    // Plugin packages import react/antd/i18next themselves; one copy of each keeps contexts shared.
    dedupe: ['react', 'react-dom', 'antd', 'i18next', 'react-i18next', '@jiceng/ui'],
  },
  server: {
    proxy: { '/api': 'http://127.0.0.1:3000' },
  },
  build: {
    outDir: 'dist',
    assetsDir: 'assets',
    emptyOutDir: true,
    chunkSizeWarningLimit: 2000,
  },
});
