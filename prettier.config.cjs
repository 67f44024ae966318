// Prettier settings, chosen to match how the code was already written (single quotes, semicolons, trailing
// commas, lines up to about 120 characters), so a formatting pass changes as little as possible.
module.exports = {
  printWidth: 120,
  singleQuote: true,
  semi: true,
  trailingComma: 'all',
  arrowParens: 'always',
};
