import antfu from '@antfu/eslint-config'

// The house style (../shared/STYLE.md): two-space indent, single quotes, no semicolons.
// JSON, YAML and Markdown are data and prose: the bank's checks and the README own them.
export default antfu({
  vue: true,
  typescript: true,
  jsonc: false,
  yaml: false,
  toml: false,
  markdown: false,
  ignores: ['dist/**', 'reports/**', '.stryker-tmp/**', 'questions/**', 'seeds/**', 'public/**',
    // Frozen readers of released schemas: only their import paths may change.
    'tests/fixtures/storage/v*/reader/**'],
})
