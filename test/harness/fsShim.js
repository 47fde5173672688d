// graceful-fs for the test pane bundle: jest's message helpers patch fs when loaded and read a
// source file only to print a code frame; a browser has no files, so there is none.
module.exports = {
  existsSync: () => false,
  readFileSync: () => {
    throw new Error('no file system in the test pane');
  },
};
