import tailwindcss from '@tailwindcss/vite';
import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';

export default defineConfig({
  plugins: [react(), tailwindcss()],
  // Data files are fetched by URL at run time (so a bad file is a message, not a broken bundle).
  assetsInclude: ['**/*.geojson'],
  build: {
    assetsInlineLimit: 0,
    // MapLibre alone is about 1 MB minified.
    chunkSizeWarningLimit: 1100,
    // MapLibre and the chart libraries change less often than the app: separate files cache better.
    rolldownOptions: {
      output: {
        codeSplitting: {
          groups: [
            { name: 'maplibre', test: /node_modules[\\/]maplibre-gl/ },
            { name: 'charts', test: /node_modules[\\/](recharts|d3-|victory-vendor)/ },
            { name: 'vendor', test: /node_modules/ },
          ],
        },
      },
    },
  },
  server: { port: 5173 },
  preview: { port: 5173 },
});
