// The staff console's build: Vue single-file components, Element Plus imported per component (with
// its styles) by the resolver, served by the API's Koa process under /console/.

import vue from "@vitejs/plugin-vue";
import Components from "unplugin-vue-components/vite";
import { ElementPlusResolver } from "unplugin-vue-components/resolvers";
import { fileURLToPath } from "node:url";
import { defineConfig } from "vite";

export default defineConfig({
  root: fileURLToPath(new URL(".", import.meta.url)),
  base: "/console/",
  plugins: [vue(), Components({ resolvers: [ElementPlusResolver({ importStyle: "css" })], dts: false })],
  build: { target: "es2022", chunkSizeWarningLimit: 1200, reportCompressedSize: false },
});
