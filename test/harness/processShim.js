// `process` for the test pane bundle: jest's expect reads process.env and process.platform and
// asks for stdout colours; in a browser there are none.
module.exports = { env: {}, platform: 'browser', argv: [], cwd: () => '/', stdout: { isTTY: false }, stderr: { isTTY: false } };
