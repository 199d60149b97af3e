import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { describe, it } from 'node:test';
import { cli, ROOT, tempDir } from '../helpers.js';

/**
 * End to end with a real editor's LSP client: headless Neovim (Debian's 0.7, whose API is
 * `vim.lsp.start_client` + `vim.lsp.buf_attach_client`) starts `popenlint server`, opens a file,
 * waits for the diagnostics, asks for the code actions and applies the preferred quick fix.
 * Neovim converts the server's UTF-16 columns to byte columns itself, so a line with an astral
 * character checks the conversion with a client we did not write.
 */

const nvim = spawnSync('nvim', ['--version'], { encoding: 'utf8' });
const skip = nvim.error || nvim.status !== 0 ? 'nvim is not on PATH (Debian: apt-get install -y neovim)' : false;
if (skip) console.log(`# skipping the Neovim end-to-end test: ${skip}`);

const SOURCE = 'import os\nlabel = "é😀"; os.popen("make")\n';

const lua = (s: string) => JSON.stringify(s);

function script(file: string, out: string): string {
  return `
local out = {}
local function finish()
  local f = io.open(${lua(out)}, 'w')
  f:write(vim.fn.json_encode(out))
  f:close()
  vim.cmd('qa!')
end
local ok, err = pcall(function()
  local id = vim.lsp.start_client({
    name = 'popenlint',
    cmd = { ${lua(process.execPath)}, ${lua(path.join(ROOT, 'bin', 'popenlint.js'))}, 'server', '--stdio' },
    root_dir = ${lua(path.dirname(file))},
  })
  out.client = id ~= nil
  vim.cmd('edit ' .. vim.fn.fnameescape(${lua(file)}))
  local buf = vim.api.nvim_get_current_buf()
  vim.lsp.buf_attach_client(buf, id)
  out.attached = vim.wait(20000, function() return #vim.diagnostic.get(buf) > 0 end, 20)
  out.diagnostics = {}
  for _, d in ipairs(vim.diagnostic.get(buf)) do
    local lsp = (d.user_data or {}).lsp or {}
    table.insert(out.diagnostics, { lnum = d.lnum, col = d.col, end_col = d.end_col, message = d.message, source = d.source, code = lsp.code, href = (lsp.codeDescription or {}).href })
  end
  local d = vim.diagnostic.get(buf)[1]
  local client = vim.lsp.get_client_by_id(id)
  -- What \`vim.lsp.buf.code_action()\` sends with the cursor on the finding: Neovim turns the
  -- cursor's byte column into the client's encoding (UTF-16) itself.
  vim.api.nvim_win_set_cursor(0, { d.lnum + 1, d.col })
  local params = vim.lsp.util.make_range_params()
  params.context = { diagnostics = vim.lsp.diagnostic.get_line_diagnostics(buf) }
  local responses = vim.lsp.buf_request_sync(buf, 'textDocument/codeAction', params, 20000)
  for _, r in pairs(responses or {}) do if r.error then out.error = vim.inspect(r.error) end end
  out.actions = {}
  local preferred
  for _, r in pairs(responses or {}) do
    for _, a in ipairs(r.result or {}) do
      table.insert(out.actions, a.title)
      if a.isPreferred then preferred = a end
    end
  end
  if preferred then vim.lsp.util.apply_workspace_edit(preferred.edit, client.offset_encoding) end
  out.fixed = vim.api.nvim_buf_get_lines(buf, 0, -1, false)
  out.fixed_diagnostics = vim.wait(20000, function() return #vim.diagnostic.get(buf) == 0 end, 20)
  vim.lsp.stop_client(id)
  out.stopped = vim.wait(10000, function() return vim.lsp.get_client_by_id(id) == nil end, 20)
end)
if not ok then out.error = tostring(err) end
finish()
`;
}

describe('Neovim built-in LSP client', () => {
  it('shows popenlint diagnostics for an opened file and applies its quick fix', { skip, timeout: 120_000 }, () => {
    const dir = fs.realpathSync(tempDir('popenlint-nvim-'));
    try {
      const file = path.join(dir, 'job.py');
      fs.writeFileSync(file, SOURCE);
      const out = path.join(dir, 'out.json');
      fs.writeFileSync(path.join(dir, 'test.lua'), script(file, out));
      const r = spawnSync('nvim', ['--headless', '--clean', '-n', '-c', `luafile ${path.join(dir, 'test.lua')}`], {
        cwd: dir, encoding: 'utf8', timeout: 90_000, env: { ...process.env, XDG_STATE_HOME: dir, XDG_CACHE_HOME: dir, NVIM_LOG_FILE: path.join(dir, 'nvim.log') },
      });
      assert.ok(fs.existsSync(out), `nvim wrote no result (status ${r.status}): ${r.stderr}${r.stdout}`);
      const result = JSON.parse(fs.readFileSync(out, 'utf8')) as {
        error?: string; client: boolean; attached: boolean; stopped: boolean; fixed_diagnostics: boolean;
        diagnostics: { lnum: number; col: number; end_col: number; message: string; source: string; code: string }[];
        actions: string[]; fixed: string[];
      };
      assert.equal(result.error, undefined);
      assert.equal(result.client, true);
      assert.equal(result.attached, true, 'diagnostics arrived');
      const line = SOURCE.split('\n')[1]!;
      // Neovim columns are bytes: é is 2 bytes and 😀 is 4 (and 2 UTF-16 code units on the wire).
      const byteCol = Buffer.byteLength(line.slice(0, line.indexOf('os.popen')));
      assert.deepEqual(result.diagnostics.map(({ lnum, col, end_col, code, source }) => ({ lnum, col, end_col, code, source })), [
        { lnum: 1, col: byteCol, end_col: Buffer.byteLength(line), code: 'POP001', source: 'popenlint' },
      ]);
      const json = JSON.parse(cli(['check', file, '--format', 'json', '--exit-zero']).stdout) as { findings: { message: string }[] };
      assert.equal(result.diagnostics[0]!.message, json.findings[0]!.message, 'the message the CLI prints');
      assert.equal(result.actions[0], "Fix POP001: Redirect the command's stdout to /dev/null");
      assert.ok(result.actions.includes('Suppress POP001 on this line'), result.actions.join('\n'));
      assert.deepEqual(result.fixed, ['import os', 'label = "é😀"; os.popen("make >/dev/null")']);
      assert.equal(result.fixed_diagnostics, true, 'the fixed buffer is linted again and comes back clean');
      assert.equal(result.stopped, true, 'the server shut down');
    } finally {
      fs.rmSync(dir, { recursive: true, force: true });
    }
  });
});
