-- GET /api/v1/practices/{id}/similar for ids read from the file named by the IDS environment variable, in turn.
local ids = {}
for line in io.lines(os.getenv("IDS")) do
  ids[#ids + 1] = line
end
local counter = 0

request = function()
  counter = counter + 1
  return wrk.format("GET", "/api/v1/practices/" .. ids[(counter % #ids) + 1] .. "/similar")
end
