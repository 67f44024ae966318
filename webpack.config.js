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

/** After a production build: gzipped size of the JS the task pane entrypoint loads up front. */
class BundleBudgetPlugin {
  apply(compiler) {
    compiler.hooks.afterEmit.tap('BundleBudgetPlugin', (compilation) => {
      const entry = compilation.entrypoints.get('taskpane');
      if (!entry) return;
      const outDir = compilation.outputOptions.path;
      const files = entry.getFiles().filter((f) => f.endsWith('.js'));
      // Sources are released after emit; measure the files as written.
      const gzipSize = (file) => zlib.gzipSync(fs.readFileSync(path.join(outDir, file)), { level: 9 }).length;
      const sizes = files.map((file) => ({ file, gzipBytes: gzipSize(file) }));
      const initialGzipBytes = sizes.reduce((sum, s) => sum + s.gzipBytes, 0);
      // For information: the lazily loaded App chunk(s) that the first render also waits for.
      const appFiles = new Set();
      for (const group of compilation.chunkGroups) {
        if (group.origins.some((o) => o.request === './App'))
          for (const f of group.getFiles()) if (f.endsWith('.js')) appFiles.add(f);
      }
      for (const f of files) appFiles.delete(f);
      const appGzipBytes = [...appFiles].reduce((sum, f) => sum + gzipSize(f), 0);
      const report = {
        initialGzipBytes,
        budget: BUDGET_GZIP_BYTES,
        files: sizes,
        appChunk: { gzipBytes: appGzipBytes, files: [...appFiles] },
        firstRenderGzipBytes: initialGzipBytes + appGzipBytes,
      };
      fs.writeFileSync(path.join(outDir, 'bundle-size.json'), JSON.stringify(report, null, 2));
      console.log(`Startbundle (gzip): ${initialGzipBytes} bytes (budget ${BUDGET_GZIP_BYTES})`);
      console.log(`Med App-chunk til første visning (gzip): ${initialGzipBytes + appGzipBytes} bytes`);
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
