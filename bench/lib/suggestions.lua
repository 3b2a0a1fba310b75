-- GET /api/v1/taxonomy/municipalities/{cvegeo}/suggestions (served by practices-service) for the municipalities
-- in the file named by the CVEGEOS environment variable, in turn; every fourth asks for a principle too.
local codes = {}
for line in io.lines(os.getenv("CVEGEOS")) do
  codes[#codes + 1] = line
end
local counter = 0

request = function()
  counter = counter + 1
  local path = "/api/v1/taxonomy/municipalities/" .. codes[(counter % #codes) + 1] .. "/suggestions"
  if counter % 4 == 0 then
    path = path .. "?principle=PARTICIPATION"
  end
  return wrk.format("GET", path)
end
