-- wrk script: cycles through a fixed list of SPARQL GET paths (one per line in the file named by WRK_PATHS).
local paths = {}
local i = 0
init = function(args)
  local f = assert(io.open(os.getenv("WRK_PATHS"), "r"))
  for line in f:lines() do if #line > 0 then paths[#paths + 1] = line end end
  f:close()
end
request = function()
  i = i % #paths + 1
  return wrk.format("GET", wrk.path .. paths[i], { ["Accept"] = "application/sparql-results+json" })
end
