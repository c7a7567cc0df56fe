-- Drives `goldthread lsp` with Neovim's own LSP client (vim.lsp), headless, as a user's editor would,
-- and writes what the client received to a JSON file for NeovimLanguageServerTest to check.
-- Written for Neovim 0.7 (Debian 12) and later. Environment:
--   GT_SERVER_CMD  the server's command line, a JSON array
--   GT_ROOT        the workspace folder, WITHOUT a trailing slash (as Neovim and VS Code send it)
--   GT_CLEAN       the course that must have no diagnostics (Northtown)
--   GT_GAPS        the course with findings (Eastfield)
--   GT_OUT         the JSON file to write
--   GT_TIMEOUT_MS  how long to wait for each answer
local out = {}
local timeout = tonumber(os.getenv('GT_TIMEOUT_MS') or '120000')

local function finish(code)
  local f = assert(io.open(os.getenv('GT_OUT'), 'w'))
  f:write(vim.fn.json_encode(out))
  f:close()
  vim.cmd((code == 0) and 'qall!' or ('cquit! ' .. code))
end

local function fail(message)
  out.error = message
  finish(1)
end

local ok, err = pcall(function()
  local root = os.getenv('GT_ROOT')
  out.root_uri = vim.uri_from_fname(root)

  -- every publishDiagnostics notification, as received, in order
  local published = {}
  local function on_diagnostics(e, result, ctx, config)
    table.insert(published, { uri = result.uri, diagnostics = result.diagnostics, at = vim.loop.now() })
    return vim.lsp.handlers['textDocument/publishDiagnostics'](e, result, ctx, config)
  end
  local messages = {}
  local function on_show_message(_, result)
    table.insert(messages, result)
  end

  local client_id = vim.lsp.start_client({
    name = 'goldthread',
    cmd = vim.fn.json_decode(os.getenv('GT_SERVER_CMD')),
    root_dir = root,
    handlers = {
      ['textDocument/publishDiagnostics'] = on_diagnostics,
      ['window/showMessage'] = on_show_message,
    },
  })
  if not client_id then
    return fail('the server did not start')
  end
  local client = vim.lsp.get_client_by_id(client_id)
  if not vim.wait(timeout, function() return client.initialized end, 50) then
    return fail('no answer to initialize')
  end
  out.server_info = client.server_capabilities and client.server_capabilities.serverInfo or nil
  if client.resolved_capabilities then
    out.capabilities_code_action = client.resolved_capabilities.code_action and true or false
  end
  out.workspace_folders = client.workspace_folders or (client.config and client.config.workspace_folders)

  local function open(path)
    vim.cmd('edit ' .. vim.fn.fnameescape(path))
    local buf = vim.api.nvim_get_current_buf()
    vim.lsp.buf_attach_client(buf, client_id)
    return buf, vim.uri_from_bufnr(buf)
  end

  -- the last diagnostics of a URI once the server has been quiet about it for a while
  local function settled(uri, quiet_ms, accept)
    local last
    local ok_wait = vim.wait(timeout, function()
      last = nil
      for _, p in ipairs(published) do
        if p.uri == uri then last = p end
      end
      return last ~= nil and (vim.loop.now() - last.at) >= quiet_ms and (accept == nil or accept(last.diagnostics))
    end, 100)
    return ok_wait and last.diagnostics or nil
  end

  local function request(buf, method, params)
    local responses, request_err = vim.lsp.buf_request_sync(buf, method, params, timeout)
    if not responses then
      return nil, request_err
    end
    local response = responses[client_id]
    if not response then
      return nil, 'no response'
    end
    return response.result, response.err or response.error -- 0.7 names it err
  end

  local function find(buf, pattern)
    for i, line in ipairs(vim.api.nvim_buf_get_lines(buf, 0, -1, false)) do
      local s, e, capture = line:find(pattern)
      if s then
        return i - 1, s - 1, e, capture, line
      end
    end
  end

  local clean_buf, clean_uri = open(os.getenv('GT_CLEAN'))
  local gaps_buf, gaps_uri = open(os.getenv('GT_GAPS'))
  out.clean_uri = clean_uri
  out.gaps_uri = gaps_uri

  out.clean_diagnostics = settled(clean_uri, 3000)
  out.gaps_diagnostics = settled(gaps_uri, 3000)
  -- what Neovim attached to the buffers (only diagnostics whose URI names the buffer end up here)
  out.clean_buffer_diagnostics = #vim.diagnostic.get(clean_buf)
  out.gaps_buffer_diagnostics = #vim.diagnostic.get(gaps_buf)

  -- hover, completion and definition on the first objective the clean course covers
  local line, _, e, _, text = find(clean_buf, 'covers%s+')
  local id_start = e
  local id = text:sub(id_start + 1):match('^[%w%.]+')
  out.reference = id
  local at = { textDocument = { uri = clean_uri }, position = { line = line, character = id_start + 2 } }
  local hover, hover_err = request(clean_buf, 'textDocument/hover', at)
  out.hover = hover and hover.contents or vim.inspect(hover_err)
  local definition, definition_err = request(clean_buf, 'textDocument/definition', at)
  out.definition = definition or vim.inspect(definition_err)

  local theme = id:match('^([%w]+)%.')
  local completion_at = { textDocument = { uri = clean_uri }, position = { line = line, character = id_start + #theme + 1 } }
  local completion, completion_err = request(clean_buf, 'textDocument/completion', completion_at)
  local labels = {}
  if completion then
    for _, item in ipairs(completion.items or completion) do
      table.insert(labels, item.label)
    end
  else
    labels = { vim.inspect(completion_err) }
  end
  out.completion_prefix = theme .. '.'
  out.completion = labels

  -- a code action on the first GT-COV-001 of the course with gaps, applied by Neovim to the buffer
  local target
  for _, d in ipairs(out.gaps_diagnostics or {}) do
    if d.code == 'GT-COV-001' then
      target = d
      break
    end
  end
  if target then
    local actions, actions_err = request(gaps_buf, 'textDocument/codeAction', {
      textDocument = { uri = gaps_uri },
      range = target.range,
      context = { diagnostics = { target } },
    })
    out.code_actions = {}
    for _, action in ipairs(actions or {}) do
      table.insert(out.code_actions, action.title)
    end
    out.code_actions_error = actions_err and vim.inspect(actions_err) or nil
    local chosen
    for _, action in ipairs(actions or {}) do
      if action.title:find('justified gap', 1, true) then
        chosen = action
      end
    end
    if chosen then
      out.applied = chosen.title
      vim.lsp.util.apply_workspace_edit(chosen.edit, client.offset_encoding or 'utf-16')
      out.text_after_fix = table.concat(vim.api.nvim_buf_get_lines(gaps_buf, 0, -1, false), '\n')
      local element = target.data and target.data.elementId
      out.fixed_element = element
      -- the buffer changed (didChange): the finding goes away
      local after = settled(gaps_uri, 2000, function(diagnostics)
        for _, d in ipairs(diagnostics) do
          if d.code == 'GT-COV-001' and d.data and d.data.elementId == element then
            return false
          end
        end
        return true
      end)
      out.gaps_diagnostics_after_fix = after
    end
  end

  -- the shipped curriculum is read-only: renaming the objective it declares is refused with a message
  local rename, rename_err = request(clean_buf, 'textDocument/rename', {
    textDocument = { uri = clean_uri }, position = at.position, newName = 'renamed' })
  out.rename_result = rename
  out.rename_error = rename_err and rename_err.message or nil
  vim.wait(2000, function() return #messages > 0 end, 50)
  out.messages = messages

  client.stop()
  vim.wait(5000, function() return client.is_stopped() end, 50)
end)
if not ok then
  return fail(tostring(err))
end
finish(0)
