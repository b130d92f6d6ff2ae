import tailwindcss from '@tailwindcss/vite';
import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';

export default defineConfig({
  plugins: [react(), tailwindcss()],
  // Data files are fetched by URL at run time (so a bad file is a message, not a broken bundle).
  assetsInclude: ['**/*.geojson'],
  build: { assetsInlineLimit: 0, chunkSizeWarningLimit: 1600 },
  server: { port: 5173 },
  preview: { port: 5173 },
});
