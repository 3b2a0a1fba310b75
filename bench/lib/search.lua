-- Varied anonymous searches: a full-text query, two filters and facets, as a portal's search page asks.
local queries = {"participacion", "presupuesto participativo", "datos abiertos", "cabildo", "contraloria social",
                 "transparencia", "mesas vecinales", "igualdad de genero", "movilidad", "agua"}
local principles = {"TRANSPARENCY", "ACCOUNTABILITY", "PARTICIPATION", "INNOVATION"}
local counter = 0

request = function()
  counter = counter + 1
  local q = queries[(counter % #queries) + 1]:gsub(" ", "+")
  local state = string.format("%02d", (counter % 32) + 1)
  local principle = principles[(counter % #principles) + 1]
  local path = "/api/v1/practices?q=" .. q .. "&state=" .. state .. "&principle=" .. principle .. "&facets=true&limit=20"
  return wrk.format("GET", path)
end
