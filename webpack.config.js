// Build of the task pane and the ribbon commands.
// Production pages load office.js from Microsoft's CDN (required for AppSource/central deployment);
// `--env preview` (npm run preview) loads the copy from @microsoft/office-js so preview works offline.
const fs = require('fs');
const path = require('path');
const zlib = require('zlib');
const HtmlWebpackPlugin = require('html-webpack-plugin');
const CopyWebpackPlugin = require('copy-webpack-plugin');

const CDN_OFFICE_JS = 'https://appsforoffice.microsoft.com/lib/1/hosted/office.js';
const LOCAL_OFFICE_JS = path.join(
  path.dirname(require.resolve('@microsoft/office-js/package.json')),
  'dist',
  'office.js',
);
/** Gzipped bytes the task pane may load before it can show anything. */
const BUDGET_GZIP_BYTES = 168909;

const CSP = [
  "default-src 'self'",
  "script-src 'self' https://appsforoffice.microsoft.com",
  "style-src 'self' 'unsafe-inline'",
  "img-src 'self' data:",
  "connect-src 'self'",
].join('; ');

/**
 * What the task pane loads before its first view is usable, after the entry's own files: webpack chunk
 * names (chunk groups, with the vendor chunks webpack splits off them), per start mode. Preview runs on the
 * demo workbook (chunk `preview`), Excel on the open workbook (chunk `excel`). test/e2e/firstView.e2e.test.ts
 * checks the preview list against the browser's network log, so it cannot drift from what is loaded.
 */
const FIRST_VIEW_CHUNKS = { shared: ['app'], preview: ['preview'], excel: ['excel'] };

/** After a production build: gzipped size of what the task pane loads up front and for its first view. */
class BundleBudgetPlugin {
  apply(compiler) {
    compiler.hooks.afterEmit.tap('BundleBudgetPlugin', (compilation) => {
      const entry = compilation.entrypoints.get('taskpane');
      if (!entry) return;
      const outDir = compilation.outputOptions.path;
      const loaded = (f) => f.endsWith('.js') || f.endsWith('.css');
      // Sources are released after emit; measure the files as written.
      const gzipSize = (file) => zlib.gzipSync(fs.readFileSync(path.join(outDir, file)), { level: 9 }).length;
      const measured = (files) => {
        const sizes = [...files].sort().map((file) => ({ file, gzipBytes: gzipSize(file) }));
        return { gzipBytes: sizes.reduce((sum, s) => sum + s.gzipBytes, 0), files: sizes };
      };
      const entryFiles = entry.getFiles().filter(loaded);
      const firstView = (mode) => {
        const files = new Set(entryFiles);
        const chunks = [...FIRST_VIEW_CHUNKS.shared, ...FIRST_VIEW_CHUNKS[mode]];
        for (const name of chunks) {
          const group = compilation.namedChunkGroups.get(name);
          if (!group) throw new Error(`BundleBudgetPlugin: no chunk named "${name}" (FIRST_VIEW_CHUNKS)`);
          for (const f of group.getFiles()) if (loaded(f)) files.add(f);
        }
        return { chunks, ...measured(files) };
      };
      const initial = measured(entryFiles);
      const preview = firstView('preview');
      const excel = firstView('excel');
      const report = {
        budget: BUDGET_GZIP_BYTES,
        initialGzipBytes: initial.gzipBytes,
        files: initial.files,
        // The budget applies to each start mode's first view (entry + FIRST_VIEW_CHUNKS).
        firstView: { preview, excel },
        firstRenderGzipBytes: Math.max(preview.gzipBytes, excel.gzipBytes),
      };
      fs.writeFileSync(path.join(outDir, 'bundle-size.json'), JSON.stringify(report, null, 2));
      console.log(`Startbundle (gzip): ${initial.gzipBytes} bytes`);
      for (const [mode, v] of Object.entries(report.firstView))
        console.log(
          `Første visning, ${mode} (gzip): ${v.gzipBytes} bytes (budget ${BUDGET_GZIP_BYTES}${v.gzipBytes > BUDGET_GZIP_BYTES ? ', OVER' : ''}): ` +
            v.files.map((f) => `${f.file} ${f.gzipBytes}`).join(', '),
        );
    });
  }
}

/**
 * Starts fetching the chunks every start mode's first view needs (FIRST_VIEW_CHUNKS.shared) from the page's
 * head, beside office.js, instead of only once office.js has run and the entry asks for them (issue 28:
 * first usable view). The mode's own chunk (preview or excel) is left to the entry: one mode never fetches
 * the other's.
 */
class PreloadFirstViewPlugin {
  apply(compiler) {
    compiler.hooks.compilation.tap('PreloadFirstViewPlugin', (compilation) => {
      HtmlWebpackPlugin.getHooks(compilation).alterAssetTagGroups.tap('PreloadFirstViewPlugin', (data) => {
        if (data.outputName !== 'taskpane.html') return data;
        const entry = new Set(compilation.entrypoints.get('taskpane').getFiles());
        const files = new Set();
        for (const name of FIRST_VIEW_CHUNKS.shared)
          for (const f of compilation.namedChunkGroups.get(name).getFiles())
            if (f.endsWith('.js') && !entry.has(f)) files.add(f);
        const links = [...files].sort().map((href) => ({
          tagName: 'link',
          voidTag: true,
          attributes: { rel: 'preload', as: 'script', href },
          meta: { plugin: 'PreloadFirstViewPlugin' },
        }));
        data.headTags.unshift(...links);
        return data;
      });
    });
  }
}

/** Trusted localhost certificates from office-addin-dev-certs when installed (Office refuses untrusted https). */
async function devCertificates() {
  try {
    return await require('office-addin-dev-certs').getHttpsServerOptions();
  } catch {
    return undefined; // webpack-dev-server then makes a self-signed certificate
  }
}

module.exports = async (env = {}, argv = {}) => {
  const production = argv.mode === 'production';
  const preview = Boolean(env.preview);
  const officeJs = preview ? 'office.js' : CDN_OFFICE_JS;
  const page = (chunk, template, title) =>
    new HtmlWebpackPlugin({
      filename: `${chunk}.html`,
      template,
      chunks: [chunk],
      templateParameters: { officeJs, csp: CSP, title },
      scriptLoading: 'defer',
    });

  return {
    entry: {
      taskpane: './src/taskpane/index.tsx',
      commands: './src/commands/commands.ts',
    },
    target: ['web', 'es2020'],
    // No eval-based source maps: the pages' CSP forbids eval.
    devtool: production ? 'source-map' : 'cheap-module-source-map',
    resolve: { extensions: ['.ts', '.tsx', '.js'] },
    module: {
      rules: [
        // Our modules do nothing when imported (only the entries do): webpack may drop a module whose
        // exports are unused, e.g. the parts of the text layer's barrel a chunk does not need.
        {
          test: /\.tsx?$/,
          include: path.resolve(__dirname, 'src'),
          exclude: [path.resolve(__dirname, 'src/taskpane/index.tsx'), path.resolve(__dirname, 'src/commands')],
          sideEffects: false,
        },
        {
          test: /\.tsx?$/,
          exclude: /node_modules/,
          use: {
            loader: 'ts-loader',
            // esnext modules keep import() as a split point; type checking is `npm run typecheck`.
            options: { transpileOnly: true, compilerOptions: { module: 'esnext', target: 'ES2020', noEmit: false } },
          },
        },
      ],
    },
    output: {
      path: path.resolve(__dirname, 'dist'),
      filename: '[name].[contenthash:8].js',
      chunkFilename: '[name].[contenthash:8].chunk.js',
      clean: true,
      environment: {
        arrowFunction: true,
        const: true,
        destructuring: true,
        dynamicImport: true,
        module: true,
        optionalChaining: true,
        templateLiteral: true,
      },
    },
    optimization: {
      // Exports renamed to the shortest names, most used first ('deterministic' keeps 3-letter names
      // stable across builds): 1.5 kB gzip off the first view, which pays for splitting it into tasks.
      mangleExports: 'size',
      splitChunks: {
        chunks: (chunk) => chunk.name !== 'commands',
        cacheGroups: {
          react: { test: /[\\/]node_modules[\\/](react|react-dom|scheduler)[\\/]/, name: 'react', priority: 20 },
          vendors: { test: /[\\/]node_modules[\\/]/, priority: 10, reuseExistingChunk: true },
        },
      },
    },
    performance: { hints: false },
    plugins: [
      page('taskpane', './src/taskpane/taskpane.html', 'Fremdrift'),
      page('commands', './src/commands/commands.html', 'Fremdrift – kommandoer'),
      new CopyWebpackPlugin({
        patterns: [
          { from: 'assets', to: 'assets', noErrorOnMissing: true },
          { from: 'manifest.xml', to: 'manifest.xml', noErrorOnMissing: true },
          // Copied as is (already minified by Microsoft; Terser must not touch it).
          { from: LOCAL_OFFICE_JS, to: 'office.js', info: { minimized: true } },
          // office.js fetches this table next to itself; without it Office.onReady never settles in a plain browser.
          {
            from: path.join(path.dirname(LOCAL_OFFICE_JS), 'o15apptofilemappingtable.js'),
            to: 'o15apptofilemappingtable.js',
            info: { minimized: true },
          },
        ],
      }),
      new PreloadFirstViewPlugin(),
      ...(production ? [new BundleBudgetPlugin()] : []),
    ],
    devServer: {
      port: 3000,
      // Preview runs in a plain browser over http; Office sideloading needs https (office-addin-dev-certs).
      server: preview ? 'http' : { type: 'https', options: env.WEBPACK_SERVE ? await devCertificates() : undefined },
      static: false,
      hot: false,
      headers: { 'Access-Control-Allow-Origin': '*' },
    },
  };
};
