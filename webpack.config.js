// Builds the Excel task pane (taskpane.html, with Microsoft's office.js CDN tag as Excel requires),
// the browser demo (index.html: the same pane beside an in-memory workbook, nothing loaded from
// outside the page's own origin), and the analysis Web Worker, into dist/web. The CLI build lives
// in dist/cli etc. (tsconfig.cli.json), so this build never cleans dist/ as a whole.
const path = require('path');
const HtmlWebpackPlugin = require('html-webpack-plugin');
const CopyWebpackPlugin = require('copy-webpack-plugin');
const webpack = require('webpack');
const { ReleaseManifestPlugin, releaseBase } = require('./tools/manifest.js');

const outDir = path.resolve(__dirname, 'dist/web');

const tsRule = {
  test: /\.tsx?$/,
  exclude: /node_modules/,
  loader: 'ts-loader',
  options: { transpileOnly: true, configFile: path.resolve(__dirname, 'tsconfig.webpack.json') },
};

function common(dev) {
  return {
    mode: dev ? 'development' : 'production',
    devtool: dev ? 'eval-cheap-module-source-map' : false,
    resolve: { extensions: ['.ts', '.tsx', '.js'] },
    module: { rules: [tsRule] },
    // The lazily loaded exceljs/docx chunks are large by nature; the initial bundle is checked by
    // test/browser (≤ 300 KB gzipped), not by webpack's generic hint.
    performance: { hints: false },
  };
}

/**
 * The test pane of `npm run test:excel` (test/harness): the port contract with jest's own `expect`
 * and a small runner, into dist/harness. Built only on request (--env harness), never shipped.
 */
function harness(dev) {
  return {
    ...common(dev),
    name: 'harness',
    target: 'web',
    entry: { harness: './test/harness/page.ts' },
    output: { path: path.resolve(__dirname, 'dist/harness'), filename: '[name].js', publicPath: '', clean: true },
    // jest-util's module loader (a dynamic require) is in the bundle but never called by expect.
    ignoreWarnings: [{ module: /jest-util/, message: /Critical dependency/ }],
    resolve: {
      extensions: ['.ts', '.tsx', '.js'],
      // jest's expect and its message helpers name Node built-ins: path works in a browser as
      // path-browserify; the file system and the rest they only touch to print code frames.
      alias: { 'graceful-fs': require.resolve('./test/harness/fsShim.js') },
      fallback: {
        path: require.resolve('path-browserify'),
        process: require.resolve('./test/harness/processShim.js'),
        fs: false, os: false, tty: false, util: false, assert: false, url: false, module: false, stream: false, constants: false,
      },
    },
    plugins: [
      new webpack.DefinePlugin({ 'process.env': JSON.stringify({}), 'process.platform': JSON.stringify('browser') }),
      new webpack.ProvidePlugin({ process: require.resolve('./test/harness/processShim.js') }),
      new HtmlWebpackPlugin({ filename: 'harness.html', template: './test/harness/harness.html', chunks: ['harness'] }),
      new CopyWebpackPlugin({ patterns: [{ from: 'assets/*.png', to: 'assets/[name][ext]' }] }),
    ],
  };
}

module.exports = async (env, argv) => {
  const dev = argv.mode !== 'production';
  const serving = process.argv.some((a) => a === 'serve');
  if (env && env.harness) return [harness(dev)];
  // Where a release is served from (https, not local): ADDIN_BASE_URL=https://… npm run build.
  const releaseBaseUrl = process.env.ADDIN_BASE_URL;
  if (!dev && releaseBaseUrl) releaseBase(releaseBaseUrl); // fails the build at once on a local or http address
  if (!dev && !releaseBaseUrl) {
    console.log('No ADDIN_BASE_URL: dist/web gets no manifest (a release names the server it is hosted on; see README).');
  }

  const web = {
    ...common(dev),
    name: 'web',
    target: 'web',
    entry: {
      taskpane: './src/taskpane/index.tsx',
      demo: './src/demo/index.tsx',
    },
    output: {
      path: outDir,
      filename: dev ? '[name].js' : '[name].[contenthash:8].js',
      chunkFilename: dev ? '[name].chunk.js' : '[name].[contenthash:8].chunk.js',
      publicPath: '',
      clean: { keep: /analysis-worker/ },
    },
    // React and Fluent UI are shared by the pane and the demo: one vendor chunk, minified once.
    optimization: {
      splitChunks: {
        cacheGroups: {
          vendor: { test: /[\\/]node_modules[\\/]/, name: 'vendor', chunks: 'initial', priority: 10 },
        },
      },
    },
    plugins: [
      new HtmlWebpackPlugin({
        filename: 'taskpane.html',
        template: './src/taskpane/taskpane.html',
        chunks: ['taskpane'],
      }),
      new HtmlWebpackPlugin({
        filename: 'index.html',
        template: './src/demo/index.html',
        chunks: ['demo'],
      }),
      new HtmlWebpackPlugin({
        filename: 'help.html',
        template: './src/taskpane/help.html',
        chunks: [],
      }),
      new CopyWebpackPlugin({
        patterns: [
          { from: 'assets/*.png', to: 'assets/[name][ext]' },
          // Development: the manifests as they are, for https://localhost:3000 (npm start).
          ...(dev ? [{ from: 'manifest.xml' }, { from: 'manifest.json' }] : []),
        ],
      }),
      // Production: the manifests for the server named at build time, or none at all, so that a
      // release never names localhost.
      ...(!dev && releaseBaseUrl ? [new ReleaseManifestPlugin(__dirname, releaseBaseUrl)] : []),
    ],
    devServer: serving
      ? {
          port: Number(process.env.PORT) || 3000,
          host: 'localhost',
          server: { type: 'https', options: await require('./tools/dev-certs.js').httpsOptions() },
          headers: { 'Access-Control-Allow-Origin': '*' },
          static: false,
          hot: false,
          client: { overlay: { warnings: false, errors: true } },
        }
      : undefined,
  };

  const worker = {
    ...common(dev),
    name: 'worker',
    target: 'webworker',
    entry: { 'analysis-worker': './src/taskpane/analysis/analysisWorker.ts' },
    output: { path: outDir, filename: '[name].js', publicPath: '' },
  };

  return [web, worker];
};
