-- A real LSP client (Neovim 0.7 from Debian) talks to dist/server.js: diagnostics,
-- document symbols and a hover on a Chinese agreement. Prints lines run.mjs checks.
local root = vim.env.CLAUSEWISE_ROOT
local file = vim.env.CLAUSEWISE_FILE
local id = vim.lsp.start_client({ cmd = { 'node', root .. '/dist/server.js', '--stdio' }, root_dir = root, name = 'clausewise' })
vim.cmd('edit ' .. file)
vim.lsp.buf_attach_client(0, id)
vim.wait(15000, function() return #vim.diagnostic.get(0) > 0 end, 50)
for _, d in ipairs(vim.diagnostic.get(0)) do
  local code = d.code or (d.user_data and d.user_data.lsp and d.user_data.lsp.code) or ''
  print(string.format('DIAG %d:%d %s %s', d.lnum + 1, d.col + 1, code, d.message))
end
local params = { textDocument = vim.lsp.util.make_text_document_params() }
local symbols = vim.lsp.buf_request_sync(0, 'textDocument/documentSymbol', params, 5000)
for _, r in pairs(symbols or {}) do
  local function walk(list, depth)
    for _, s in ipairs(list or {}) do
      print(string.format('SYMBOL %s%s', string.rep('  ', depth), s.name))
      walk(s.children, depth + 1)
    end
  end
  walk(r.result, 0)
end
local line = tonumber(vim.env.CLAUSEWISE_HOVER_LINE)
local col = tonumber(vim.env.CLAUSEWISE_HOVER_COL)
local hover = vim.lsp.buf_request_sync(0, 'textDocument/hover', { textDocument = params.textDocument, position = { line = line, character = col } }, 5000)
for _, r in pairs(hover or {}) do
  if r.result then print('HOVER ' .. string.gsub(r.result.contents.value or '', '\n', ' ')) end
end
vim.lsp.stop_client(id)
vim.cmd('qa!')
