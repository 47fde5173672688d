// Builds the Excel task pane (taskpane.html, with Microsoft's office.js CDN tag as Excel requires),
// the browser demo (index.html: the same pane beside an in-memory workbook, nothing loaded from
// outside the page's own origin), and the analysis Web Worker, into dist/web. The CLI build lives
// in dist/cli etc. (tsconfig.cli.json), so this build never cleans dist/ as a whole.
const path = require('path');
const fs = require('fs');
const os = require('os');
const HtmlWebpackPlugin = require('html-webpack-plugin');
const CopyWebpackPlugin = require('copy-webpack-plugin');

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

/** Certificates for https://localhost:3000, generated locally and never installed (see README). */
async function httpsOptions() {
  const dir = path.join(os.homedir(), '.office-addin-dev-certs');
  const ca = path.join(dir, 'ca.crt');
  const cert = path.join(dir, 'localhost.crt');
  const key = path.join(dir, 'localhost.key');
  if (!fs.existsSync(cert) || !fs.existsSync(key)) {
    const { generateCertificates } = require('office-addin-dev-certs/lib/generate');
    await generateCertificates(ca, cert, key, 30);
    console.log(`Certificates written to ${dir}. Trust ${ca} once by hand (see README, "Sideloading").`);
  }
  return { ca: fs.readFileSync(ca), cert: fs.readFileSync(cert), key: fs.readFileSync(key) };
}

module.exports = async (_env, argv) => {
  const dev = argv.mode !== 'production';
  const serving = process.argv.some((a) => a === 'serve');

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
          { from: 'manifest.xml', to: 'manifest.xml' },
        ],
      }),
    ],
    devServer: serving
      ? {
          port: Number(process.env.PORT) || 3000,
          host: 'localhost',
          server: { type: 'https', options: await httpsOptions() },
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
